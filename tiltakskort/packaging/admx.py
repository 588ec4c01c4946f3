"""Checks of the Group Policy templates (``windows/tiltakskort.admx`` and its ``.adml``
files), as XML: every string and presentation the ADMX names is in each language, every
policy writes the key and a value name the app reads (:mod:`tiltakskort.policy`), with
the app's limits.

    python3 -m tiltakskort.packaging.admx        # exit 1 and the problems, if any
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tiltakskort import policy

NS = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"
FOLDER = Path(__file__).resolve().parent / "windows"
LANGUAGES = ("en-US", "nb-NO")


def problems(folder: Path = FOLDER) -> list[str]:
    """What is wrong with the templates in ``folder`` (empty when nothing is)."""
    out: list[str] = []
    try:
        admx = ET.parse(folder / "tiltakskort.admx").getroot()
    except (OSError, ET.ParseError) as e:
        return [f"tiltakskort.admx: {e}"]
    if admx.tag != f"{NS}policyDefinitions":
        out.append(f"tiltakskort.admx: the root is {admx.tag}, not policyDefinitions")
    text = ET.tostring(admx, encoding="unicode")
    strings = set(re.findall(r"\$\(string\.(\w+)\)", text))
    presentations = set(re.findall(r"\$\(presentation\.(\w+)\)", text))
    categories = {c.get("name") for c in admx.iter(f"{NS}category")}
    supported = {d.get("name") for d in admx.iter(f"{NS}definition")}
    names: set[str] = set()
    elements: dict[str, set[str]] = {}
    for p in admx.iter(f"{NS}policy"):
        name = p.get("name", "?")
        if p.get("class") != "Machine":
            out.append(f"{name}: class must be Machine (HKEY_LOCAL_MACHINE is where the app reads)")
        if p.get("key") != policy.POLICY_KEY:
            out.append(f"{name}: key {p.get('key')} is not {policy.POLICY_KEY}")
        for ref, known, what in (
            (f"{NS}parentCategory", categories, "category"),
            (f"{NS}supportedOn", supported, "supportedOn"),
        ):
            found = p.find(ref)
            if found is None or found.get("ref") not in known:
                out.append(f"{name}: no known {what}")
        values = [p.get("valueName")] if p.get("valueName") else []
        ids = set()
        node = p.find(f"{NS}elements")
        for element in list(node) if node is not None else []:
            values.append(element.get("valueName"))
            ids.add(element.get("id", ""))
            if (
                element.tag == f"{NS}decimal"
                and element.get("valueName") == policy.IDLE_MINUTES
                and (int(element.get("minValue", -1)), int(element.get("maxValue", -1)))
                != (policy.IDLE_MIN, policy.IDLE_MAX)
            ):
                out.append(f"{name}: the range is not {policy.IDLE_MIN}–{policy.IDLE_MAX}")
            if element.tag == f"{NS}enum":
                items = tuple(v.text for v in element.iter(f"{NS}string"))
                if set(items) != set(policy.UI_LANGUAGES):
                    out.append(f"{name}: the choices {items} are not {policy.UI_LANGUAGES}")
        elements[name] = ids
        for value in values:
            if value not in policy.POLICY_NAMES:
                out.append(f"{name}: the value {value} is not one the app reads")
            names.add(value or "")
    missing = set(policy.POLICY_NAMES) - names
    if missing:
        out.append("no policy for " + ", ".join(sorted(missing)))
    for lang in LANGUAGES:
        path = folder / lang / "tiltakskort.adml"
        try:
            adml = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as e:
            out.append(f"{lang}/tiltakskort.adml: {e}")
            continue
        defined = {s.get("id") for s in adml.iter(f"{NS}string") if (s.text or "").strip()}
        for sid in sorted(strings - defined):
            out.append(f"{lang}: no text for string {sid}")
        shown = {
            pr.get("id"): {c.get("refId") for c in pr} for pr in adml.iter(f"{NS}presentation")
        }
        for pid in sorted(presentations):
            if pid not in shown:
                out.append(f"{lang}: no presentation {pid}")
            elif shown[pid] != elements.get(pid, set()):
                out.append(
                    f"{lang}: presentation {pid} shows {sorted(shown[pid], key=str)}, "
                    f"the policy has {sorted(elements.get(pid, set()))}"
                )
    return out


def main() -> int:
    found = problems()
    for line in found:
        print(line, file=sys.stderr)
    if not found:
        print(
            f"{FOLDER / 'tiltakskort.admx'}: {len(policy.POLICY_NAMES)} policies, "
            f"{', '.join(LANGUAGES)}: ok"
        )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
