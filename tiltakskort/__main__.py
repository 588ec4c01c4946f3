"""Allow ``python -m tiltakskort``."""

import sys

from tiltakskort.cli import main

sys.exit(main())
