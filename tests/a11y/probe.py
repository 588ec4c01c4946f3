#!/usr/bin/python3
"""Read the app through AT-SPI, as a screen reader does (run by Debian's /usr/bin/python3).

This script runs outside the app and outside pytest's Python: pyatspi is Debian's
(``python3-pyatspi``), bound to the system's GObject introspection. The tests in this
folder start it with a JSON list of steps on stdin and read one JSON answer per step:

- ``{"op": "tree"}``: every object of the app: path, role, name, description, states,
  extents on the screen, the full text of objects with a text interface, actions.
- ``{"op": "keys", "keys": ["Tab", "Return"], "listen": 1.5}``: press the keys (xdotool),
  one after another, and report the events a screen reader hears meanwhile: focus,
  announcements, alerts, name changes of the focused object, state changes "showing".
- ``{"op": "wait_for", "name": "…", "role": "…", "timeout": 10}``: until such an object
  shows, or the timeout.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP = sys.argv[1] if len(sys.argv) > 1 else "tiltakskort"


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        try:
            if a is not None and a.name and a.name.lower().startswith(APP.lower()):
                return a
        except Exception:  # noqa: BLE001 - a dying application
            continue
    return None


def states(obj) -> list[str]:
    try:
        return sorted(pyatspi.stateToString(s) for s in obj.getState().getStates())
    except Exception:  # noqa: BLE001
        return []


def describe(obj, path: str) -> dict:
    node = {"path": path}
    try:
        node["role"] = obj.getRoleName()
        node["name"] = obj.name or ""
        node["description"] = obj.description or ""
    except Exception:  # noqa: BLE001
        node["role"] = "?"
        return node
    node["states"] = states(obj)
    try:
        comp = obj.queryComponent()
        e = comp.getExtents(pyatspi.DESKTOP_COORDS)
        node["extents"] = [e.x, e.y, e.width, e.height]
    except NotImplementedError:
        pass
    except Exception:  # noqa: BLE001
        pass
    try:
        text = obj.queryText()
        node["text"] = text.getText(0, text.characterCount)
    except NotImplementedError:
        pass
    except Exception:  # noqa: BLE001
        pass
    try:
        action = obj.queryAction()
        node["actions"] = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        pass
    except Exception:  # noqa: BLE001
        pass
    try:
        attrs = obj.getAttributes() or []
        if attrs:
            node["attributes"] = list(attrs)
    except Exception:  # noqa: BLE001
        pass
    try:
        rels = []
        for r in obj.getRelationSet():
            rels.append(pyatspi.relationToString(r.getRelationType()))
        if rels:
            node["relations"] = rels
    except Exception:  # noqa: BLE001
        pass
    return node


def tree(app) -> list[dict]:
    out: list[dict] = []

    def walk(obj, path: str, depth: int) -> None:
        if obj is None or depth > 60:
            return
        out.append(describe(obj, path))
        try:
            n = obj.childCount
        except Exception:  # noqa: BLE001
            return
        for i in range(n):
            try:
                child = obj.getChildAtIndex(i)
            except Exception:  # noqa: BLE001
                continue
            walk(child, f"{path}/{i}", depth + 1)

    walk(app, "0", 0)
    return out


def keys(step: dict) -> list[dict]:
    heard: list[dict] = []

    def on_event(event) -> None:
        src = event.source
        entry = {"type": event.type, "detail1": event.detail1}
        try:
            entry["role"] = src.getRoleName()
            entry["name"] = src.name or ""
            entry["description"] = src.description or ""
        except Exception:  # noqa: BLE001
            pass
        if isinstance(event.any_data, str):
            entry["data"] = event.any_data
        heard.append(entry)

    kinds = [
        "object:state-changed:focused",
        "object:announcement",
        "object:state-changed:showing",
        "object:property-change:accessible-name",
        "window:activate",
    ]
    for kind in kinds:
        pyatspi.Registry.registerEventListener(on_event, kind)
    loop = GLib.MainLoop()
    pending = list(step.get("keys", []))
    delay = float(step.get("between", 0.5))

    def press() -> bool:
        if pending:
            key = pending.pop(0)
            heard.append({"type": "key", "name": key})
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=False)
            return True
        GLib.timeout_add(int(float(step.get("listen", 1.5)) * 1000), loop.quit)
        return False

    GLib.timeout_add(int(delay * 1000), press)
    loop.run()
    for kind in kinds:
        pyatspi.Registry.deregisterEventListener(on_event, kind)
    return heard


def wait_for(step: dict):
    until = time.monotonic() + float(step.get("timeout", 15))
    while time.monotonic() < until:
        app = find_app()
        if app is not None:
            if not step.get("name"):
                return {"found": True}
            for node in tree(app):
                if node.get("name") == step["name"] and (
                    not step.get("role") or node.get("role") == step["role"]
                ):
                    return {"found": True}
        time.sleep(0.3)
    return {"found": False}


def main() -> None:
    steps = json.load(sys.stdin)
    answers = []
    for step in steps:
        op = step["op"]
        if op == "wait_for":
            answers.append(wait_for(step))
        elif op == "tree":
            app = find_app()
            answers.append(tree(app) if app is not None else None)
        elif op == "keys":
            answers.append(keys(step))
        elif op == "sleep":
            time.sleep(float(step.get("seconds", 0.5)))
            answers.append(None)
        else:
            answers.append({"error": f"unknown op {op}"})
    json.dump(answers, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
