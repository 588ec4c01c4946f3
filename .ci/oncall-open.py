"""Issue 12 in a built bundle: `show … --at` a Monday 03:00 (its output in the file named
first) must say the on-call service, Barnevernvakten, is open: the frozen opening-hours-py
reads "Mo-Fr 00:00-08:30,15:00-24:00; Sa,Su 00:00-24:00" across the night."""

import sys

lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
starts = [i for i, line in enumerate(lines) if line.strip().startswith("Barnevernvakten –")]
if not starts:
    sys.exit("oncall: Barnevernvakten is not among the contacts shown:\n" + "\n".join(lines[:60]))
status = next((line.strip() for line in lines[starts[0] + 1:starts[0] + 6]
               if line.strip().startswith(("Åpent", "Stengt", "Døgnåpent", "Åpningstid ikke"))), None)
if status is None or not status.startswith("Åpent nå"):
    sys.exit(f"oncall: Barnevernvakten on a Monday 03:00 is shown as {status!r}, not open")
print(f"oncall: Barnevernvakten on a Monday 03:00: {status}")
