"""The MSI for IT (wixl) and the Group Policy templates, checked as CI checks the real ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tiltakskort import __version__
from tiltakskort.packaging import admx, msi


def test_the_policy_templates_match_what_the_app_reads() -> None:
    assert admx.problems() == []


def test_a_string_missing_in_one_language_is_caught(tmp_path) -> None:
    shutil.copytree(admx.FOLDER, tmp_path / "t")
    adml = tmp_path / "t" / "nb-NO" / "tiltakskort.adml"
    adml.write_text(
        adml.read_text(encoding="utf-8").replace(
            '<string id="IdleMinutes">', '<string id="Other">'
        ),
        encoding="utf-8",
    )
    admx_file = tmp_path / "t" / "tiltakskort.admx"
    admx_file.write_text(
        admx_file.read_text(encoding="utf-8").replace('maxValue="60"', 'maxValue="600"'),
        encoding="utf-8",
    )
    found = admx.problems(tmp_path / "t")
    assert "nb-NO: no text for string IdleMinutes" in found
    assert any("range" in line for line in found)


def test_versions_and_codes() -> None:
    assert msi.msi_version("0.1.0") == "0.1.0" and msi.msi_version("2.3rc1") == "2.3.1"
    assert msi.msi_version("300.1.70000") == "255.1.65535"
    # one upgrade code per program, the same for every version: a new MSI replaces the old
    assert (
        msi.upgrade_code("Tiltakskort")
        == msi.upgrade_code("Tiltakskort")
        != msi.upgrade_code("Tiltakskort Fjordvik")
    )
    assert msi.component_guid("Tiltakskort", "_internal/A.dll") == msi.component_guid(
        "Tiltakskort", "_internal/a.dll"
    )


@pytest.mark.skipif(
    shutil.which("wixl") is None or shutil.which("msiinfo") is None,
    reason="wixl and msiinfo (Debian's msitools) are not installed",
)
def test_an_msi_of_a_build_folder(tmp_path) -> None:
    app = tmp_path / "Tiltakskort"
    for rel in (
        "Tiltakskort.exe",
        "tiltakskort.com",
        "_internal/python311.dll",
        "_internal/cards/eksempel/deck.yaml",
        "_internal/resources/fonts/Ny font.ttf",
    ):
        (app / rel).parent.mkdir(parents=True, exist_ok=True)
        (app / rel).write_bytes(b"MZ" + rel.encode())
    out = msi.build_msi(app, tmp_path / "t.msi")
    assert msi.check_msi(out, app) == []
    props = {r["Property"]: r["Value"] for r in msi.table(out, "Property")}
    assert props["ALLUSERS"] == "1" and props["ProductVersion"] == __version__
    dirs = {r["Directory"]: r for r in msi.table(out, "Directory")}
    assert dirs["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    names = {r["FileName"] for r in msi.table(out, "File")}
    assert {"tiltakskort.admx", "tiltakskort.adml", "Ny font.ttf"} <= names
    # a build folder without the program is refused
    (app / "Tiltakskort.exe").unlink()
    with pytest.raises(SystemExit):
        msi.build_msi(app, tmp_path / "u.msi")
    assert not Path(tmp_path / "u.msi").exists()
