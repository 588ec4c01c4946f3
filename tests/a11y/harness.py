"""The app under Xvfb with the accessibility bus, read from outside by ``probe.py``.

:class:`A11yApp` starts, in a private temporary home: an X server (Xvfb), a session
D-Bus, the AT-SPI bus and registry, and ``python3 -m tiltakskort run`` with Qt's
accessibility bridge on. :meth:`A11yApp.probe` runs ``probe.py`` under Debian's
``/usr/bin/python3`` (where ``python3-pyatspi`` lives), the way Orca reads the app.

:func:`missing` names what is absent (the tests skip with that reason); ``.ci/a11y``
installs it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRYD = "/usr/libexec/at-spi2-registryd"


def missing() -> str | None:
    """Why the AT-SPI tests cannot run here, or None."""
    if not sys.platform.startswith("linux"):
        return "AT-SPI tests run on Linux only"
    for tool in ("Xvfb", "dbus-launch", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (run .ci/a11y)"
    for path in (SYSTEM_PYTHON, BUS_LAUNCHER, REGISTRYD):
        if not Path(path).exists():
            return f"{path} is missing (at-spi2-core; run .ci/a11y)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed for /usr/bin/python3 (run .ci/a11y)"
    return None


def _free_display() -> int:
    for n in range(90, 190):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number")


class A11yApp:
    """One app under test. Use as a context manager; ``settings`` go into the app's
    settings file before it starts (e.g. ``{"ui/zoom": 200}``)."""

    def __init__(
        self,
        deck: Path | None = None,
        *,
        size: tuple[int, int] = (1280, 1024),
        settings: dict[str, object] | None = None,
        lang: str = "nb",
        env: dict[str, str] | None = None,
    ) -> None:
        self.deck = deck or ROOT / "cards" / "eksempel"
        self.size = size
        self.settings = settings or {}
        self.lang = lang
        self.extra_env = env or {}
        self.procs: list[subprocess.Popen] = []  # type: ignore[type-arg]
        self.app: subprocess.Popen | None = None  # type: ignore[type-arg]
        self.env: dict[str, str] = {}
        self._tmp: tempfile.TemporaryDirectory | None = None  # type: ignore[type-arg]

    # -- life ------------------------------------------------------------------
    def __enter__(self) -> A11yApp:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _spawn(self, args: list[str], **kw) -> subprocess.Popen:  # type: ignore[no-untyped-def,type-arg]
        proc = subprocess.Popen(
            args,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=kw.pop("stderr", subprocess.DEVNULL),
            start_new_session=True,
            **kw,
        )
        self.procs.append(proc)
        return proc

    def start(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="tk-a11y-")
        home = Path(self._tmp.name)
        config = home / "config"
        (config / "Tiltakskort").mkdir(parents=True)
        if self.settings:
            groups: dict[str, list[str]] = {}
            for key, value in self.settings.items():
                group, _, name = key.partition("/")
                groups.setdefault(group, []).append(f"{name}={value}")
            text = "".join(f"[{g}]\n" + "\n".join(lines) + "\n\n" for g, lines in groups.items())
            (config / "Tiltakskort" / "Tiltakskort.conf").write_text(text, encoding="utf-8")
        display = _free_display()
        runtime = home / "run"
        runtime.mkdir(mode=0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(config),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_DATA_HOME": str(home / "data"),
            "DISPLAY": f":{display}",
            "LANG": "C.UTF-8",
            "NO_AT_BRIDGE": "0",
            "TILTAKSKORT_LANG": self.lang,
        }
        w, h = self.size
        self._spawn(["Xvfb", f":{display}", "-screen", "0", f"{w}x{h}x24", "-nolisten", "tcp"])
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.05)
        out = subprocess.run(
            ["dbus-launch", "--sh-syntax"], env=self.env, capture_output=True, text=True, check=True
        ).stdout
        for line in out.splitlines():
            if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
                self.env["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].rstrip(";").strip("'")
            if line.startswith("DBUS_SESSION_BUS_PID="):
                self._dbus_pid = int(line.split("=", 1)[1].rstrip(";"))
        self._spawn([BUS_LAUNCHER, "--launch-immediately"])
        time.sleep(0.5)
        self._spawn([REGISTRYD])
        time.sleep(0.3)
        app_env = dict(
            self.env,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            PYTHONPATH=str(ROOT),
            **self.extra_env,
        )
        self.log = home / "app.log"
        self._log_file = self.log.open("w")
        self.app = subprocess.Popen(
            [sys.executable, "-m", "tiltakskort", "run", str(self.deck)],
            cwd=str(ROOT),
            env=app_env,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.procs.append(self.app)
        found = self.probe([{"op": "wait_for", "timeout": 20}])[0]
        if not found.get("found"):
            raise RuntimeError(
                "the app did not appear on the accessibility bus:\n" + self.app_log()
            )
        self.focus_window()
        time.sleep(0.8)  # first paint, first focus

    def focus_window(self) -> None:
        """Give the app's window the keyboard (there is no window manager to do it)."""
        subprocess.run(
            [
                "xdotool",
                "search",
                "--sync",
                "--onlyvisible",
                "--name",
                "Tiltakskort",
                "windowfocus",
                "--sync",
            ],
            env=self.env,
            capture_output=True,
            timeout=20,
        )

    def app_log(self) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]
        except OSError:
            return ""

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except (ProcessLookupError, PermissionError):
                    proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        self.procs = []
        log_file = getattr(self, "_log_file", None)
        if log_file is not None:
            log_file.close()
            self._log_file = None
        pid = getattr(self, "_dbus_pid", None)
        if pid:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    # -- reading -------------------------------------------------------------------
    def probe(self, steps: list[dict], timeout: float = 60) -> list:  # type: ignore[type-arg]
        done = subprocess.run(
            [SYSTEM_PYTHON, str(PROBE), "tiltakskort"],
            input=json.dumps(steps),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise RuntimeError(f"probe failed: {done.stderr[-3000:]}")
        return json.loads(done.stdout)

    def tree(self) -> list[dict]:  # type: ignore[type-arg]
        return self.probe([{"op": "tree"}])[0] or []

    def keys(self, *keys: str, listen: float = 1.2, between: float = 0.4) -> list[dict]:  # type: ignore[type-arg]
        return self.probe(
            [{"op": "keys", "keys": list(keys), "listen": listen, "between": between}]
        )[0]

    def screenshot(self, path: Path) -> None:
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True)
