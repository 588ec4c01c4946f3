"""An MSI for IT from the Windows one-folder build, made with ``wixl`` (Debian's msitools).

    python3 -m tiltakskort.packaging.msi dist/Tiltakskort -o Tiltakskort-0.1.0.msi

What it installs, per machine (``ALLUSERS=1``; Intune, SCCM or ``msiexec /i … /qn``):

* the whole build folder in ``C:\\Program Files\\<name>`` (``Tiltakskort.exe``, the console
  ``tiltakskort.com`` beside it, ``_internal``), plus the Group Policy templates in
  ``policy\\`` (``tiltakskort.admx`` with ``nb-NO`` and ``en-US``) for IT to copy;
* one Start-menu shortcut for all users;
* nothing else: no service, no registry value of the app's own, nothing that needs admin
  rights to run. The app writes only the user's preferences (HKEY_CURRENT_USER).

The upgrade code comes from the program's name (the default ``Tiltakskort`` always has
the same), and each file's component GUID from its path: a newer MSI of the same name
replaces the older one (major upgrade), and an older one does not install over a newer.
The product version is the app's ``__version__``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

#: the namespace the upgrade code and the component GUIDs are made in (never change it)
NAMESPACE = uuid.UUID("6f1d3c0e-6a0b-4f7e-9a57-2b8f0c7d4e11")
TEMPLATES = Path(__file__).resolve().parent / "windows"
MANUFACTURER = "Tiltakskort"


def upgrade_code(name: str) -> str:
    """The same for every version of a program called ``name``."""
    return "{" + str(uuid.uuid5(NAMESPACE, "upgrade:" + name)).upper() + "}"


def component_guid(name: str, rel: str) -> str:
    return "{" + str(uuid.uuid5(NAMESPACE, f"component:{name}:{rel.lower()}")).upper() + "}"


def msi_version(version: str) -> str:
    """``0.1.0``, ``1.2.3rc1`` → the three numbers an MSI compares (each at most 255/255/65535)."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:3]]
    numbers += [0] * (3 - len(numbers))
    return ".".join(str(min(n, limit)) for n, limit in zip(numbers, (255, 255, 65535), strict=True))


def _relative_to_root(path: Path) -> str:
    """wixl takes only relative sources (it is run from the root folder, or the drive)."""
    path = Path(path).resolve()
    return path.relative_to(path.anchor).as_posix()


def _id(prefix: str, rel: str) -> str:
    return prefix + hashlib.sha1(rel.encode("utf-8")).hexdigest()[:20]


def wxs(app: Path, name: str, version: str, extra: dict[str, Path] | None = None) -> str:
    """The WiX source for the build folder ``app`` (and ``extra`` files: target path →
    source file, e.g. ``policy/tiltakskort.admx``)."""
    files: dict[str, Path] = {
        p.relative_to(app).as_posix(): p for p in sorted(app.rglob("*")) if p.is_file()
    }
    files.update(extra or {})
    main = f"{name}.exe"
    if main not in files:
        raise SystemExit(
            f"{app} has no {main}: build it on Windows first (winpy -m PyInstaller build.spec)"
        )
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    in_folder: dict[str, list[str]] = {}
    for rel in files:
        folder, _, _ = rel.rpartition("/")
        in_folder.setdefault(folder, []).append(rel)
        node = tree
        for part in folder.split("/") if folder else []:
            node = node.setdefault(part, {})
    refs: list[str] = []

    def directory(node: dict, folder: str, indent: str) -> list[str]:  # type: ignore[type-arg]
        out = []
        for rel in sorted(in_folder.get(folder, [])):
            cid, fid = _id("c", rel), ("MainExe" if rel == main else _id("f", rel))
            refs.append(cid)
            out.append(
                f'{indent}<Component Id="{cid}" Guid="{component_guid(name, rel)}" Win64="yes">'
            )
            out.append(
                f'{indent}  <File Id="{fid}" Name={quoteattr(rel.rpartition("/")[2])} '
                f'Source={quoteattr(_relative_to_root(files[rel]))} KeyPath="yes"/>'
            )
            if rel == main:
                out.append(
                    f'{indent}  <Shortcut Id="StartMenuShortcut" Directory="ProgramMenuFolder" '
                    f'Name={quoteattr(name)} Target="[INSTALLDIR]{main}" WorkingDirectory="INSTALLDIR"/>'
                )
            out.append(f"{indent}</Component>")
        for part in sorted(node):
            sub = f"{folder}/{part}" if folder else part
            out.append(f'{indent}<Directory Id="{_id("d", sub)}" Name={quoteattr(part)}>')
            out += directory(node[part], sub, indent + "  ")
            out.append(f"{indent}</Directory>")
        return out

    body = directory(tree, "", "          ")
    comp_refs = "\n".join(f'      <ComponentRef Id="{r}"/>' for r in refs)
    return f'''<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="*" Name={quoteattr(name)} Language="1033" Version="{msi_version(version)}"
           Manufacturer="{MANUFACTURER}" UpgradeCode="{upgrade_code(name)}">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine"
             Description={quoteattr(name)} Comments="Tiltakskort {version}" Manufacturer="{MANUFACTURER}"/>
    <MajorUpgrade DowngradeErrorMessage="A newer version of {name} is already installed."/>
    <Media Id="1" Cabinet="app.cab" EmbedCab="yes"/>
    <Property Id="ARPNOMODIFY" Value="1"/>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramMenuFolder"/>
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" Name={quoteattr(name)}>
{chr(10).join(body)}
        </Directory>
      </Directory>
    </Directory>
    <Feature Id="Complete" Level="1" Title={quoteattr(name)}>
{comp_refs}
    </Feature>
  </Product>
</Wix>
'''


def policy_templates() -> dict[str, Path]:
    """The Group Policy templates, where they go in the install folder."""
    out = {"policy/tiltakskort.admx": TEMPLATES / "tiltakskort.admx"}
    for adml in sorted(TEMPLATES.glob("*/tiltakskort.adml")):
        out[f"policy/{adml.parent.name}/tiltakskort.adml"] = adml
    return out


def build_msi(app: Path, out: Path, *, name: str | None = None, version: str | None = None) -> Path:
    """Write the MSI for the build folder ``app`` to ``out`` with wixl; returns ``out``."""
    from tiltakskort import __version__

    app = Path(app).resolve()
    name = name or app.name
    wixl = shutil.which("wixl")
    if wixl is None:
        raise SystemExit("wixl is missing: apt-get install wixl (Debian's msitools)")
    with tempfile.TemporaryDirectory(prefix="tiltakskort-msi-") as tmp:
        source = Path(tmp) / "tiltakskort.wxs"
        source.write_text(
            wxs(app, name, version or __version__, policy_templates()), encoding="utf-8"
        )
        target = Path(out).resolve()
        subprocess.run(
            [wixl, "-a", "x64", "-o", str(target), str(source)],
            check=True,
            cwd=Path(source).resolve().anchor,
        )
    return target


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """The rows of one table of ``msi`` (``msiinfo export``)."""
    text = subprocess.run(
        ["msiinfo", "export", str(msi), name],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    lines = text.splitlines()
    if len(lines) < 3:
        return []
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=False)) for line in lines[3:] if line]


def check_msi(
    msi: Path, app: Path, *, name: str | None = None, version: str | None = None
) -> list[str]:
    """What is wrong with ``msi`` as the installer of the build folder ``app``, read with
    msiinfo: per machine, the upgrade code and version, every file, the Start-menu
    shortcut, the major upgrade, and no registry values or services of its own."""
    from tiltakskort import __version__

    app = Path(app)
    name = name or app.name
    out: list[str] = []
    props = {row["Property"]: row["Value"] for row in table(msi, "Property")}
    expected = {
        "ALLUSERS": "1",
        "UpgradeCode": upgrade_code(name),
        "ProductName": name,
        "ProductVersion": msi_version(version or __version__),
        "Manufacturer": MANUFACTURER,
    }
    for key, value in expected.items():
        if props.get(key) != value:
            out.append(f"Property {key} is {props.get(key)!r}, not {value!r}")
    wanted = sorted(
        [p.name for p in app.rglob("*") if p.is_file()]
        + [p.name for p in policy_templates().values()]
    )
    files = sorted(row["FileName"].rpartition("|")[2] for row in table(msi, "File"))
    if files != wanted:
        out.append(
            f"File: {len(files)} files, the build has {len(wanted)} "
            f"(missing {sorted(set(wanted) - set(files))[:5]})"
        )
    shortcuts = table(msi, "Shortcut")
    if [(s["Directory_"], s["Target"]) for s in shortcuts] != [
        ("ProgramMenuFolder", f"[INSTALLDIR]{name}.exe")
    ]:
        out.append(f"Shortcut: {shortcuts}")
    upgrades = {
        row["ActionProperty"]
        for row in table(msi, "Upgrade")
        if row["UpgradeCode"] == upgrade_code(name)
    }
    if upgrades != {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"}:
        out.append(f"Upgrade: {upgrades}")
    actions = {row["Action"] for row in table(msi, "InstallExecuteSequence")}
    if "RemoveExistingProducts" not in actions:
        out.append(
            "InstallExecuteSequence: no RemoveExistingProducts (a new version would not replace the old)"
        )
    for own in ("Registry", "ServiceInstall", "CustomAction"):
        if table(msi, own):
            out.append(f"{own}: not empty")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("app", help="the Windows build folder (dist/Tiltakskort)")
    parser.add_argument("-o", "--output", required=True, help="the .msi to write (or check)")
    parser.add_argument("--name", help="the program's name (default: the folder's name)")
    parser.add_argument("--version", help="the product version (default: the app's)")
    parser.add_argument("--check", action="store_true", help="check an MSI already built (msiinfo)")
    args = parser.parse_args(argv)
    if not args.check:
        print(build_msi(Path(args.app), Path(args.output), name=args.name, version=args.version))
    found = check_msi(Path(args.output), Path(args.app), name=args.name, version=args.version)
    for line in found:
        print(line, file=sys.stderr)
    if not found:
        print(f"{args.output}: tables ok")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
