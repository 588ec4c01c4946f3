"""Translations of a deck: export its texts to CSV, import the translations back.

Every text of a deck has an **id path** that says where it is written, with list
items counted from 1 and scenarios named by their id::

    title
    contacts.barnevern.role
    cards.barn-akutt.steps.2
    cards.niva-1.steps.3.who
    cards.start.options.1.label
    services.skole.steps.niva-1.1.text
    scenarios.lise-7.story

The CSV file has one row per text: the id path, the text in the deck's default
language and the translation (empty when there is none). It is UTF-8 with a
byte-order mark, comma-separated, so spreadsheet programs read the letters right;
import also reads files saved with semicolons or tabs.

Import writes the translations into ``deck.yaml`` with ruamel.yaml's round trip
(:mod:`roundtrip`): comments, order and formatting stay. A plain text becomes a
mapping ``{nb: …, nn: …}`` in the same style (flow inside ``[…]``/``{…}``, block
otherwise). Only the deck's own file is read and written; texts that come from a
deck it ``extends`` are translated in that deck.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tiltakskort.authoring.commands import msg, write_text
from tiltakskort.deck.entities import STEP_KEYS
from tiltakskort.i18n import N_, t

LANG_RE = re.compile(r"[a-z]{2}\Z")
CONTACT_TEXTS = ("name", "role", "address", "note")

_MSG: dict[str, str] = {
    "bad_lang": N_(
        "The deck has no language '{lang}'; it has {langs}. Add the "
        "language to languages first, e.g. languages: [{langs}, {lang}]."
    ),
    "is_default": N_(
        "'{lang}' is the deck's default language; the texts are written "
        "in it. Choose one of the others: {others}."
    ),
    "one_lang": N_(
        "The deck has only the language {lang}. Add the language you want "
        "to translate into to languages, e.g. languages: [{lang}, nn]."
    ),
    "exported": N_("Wrote {n} texts to {path} ({missing} lack a translation into {lang})."),
    "base_note": N_(
        "Texts from the deck this one extends ({base}) are not included; translate them there."
    ),
    "bad_csv": N_(
        "{path}: this is not a translation file from 'tiltakskort strings "
        "export' (the first line should be id,{default},LANGUAGE)."
    ),
    "csv_unreadable": N_("{path}: the file cannot be read ({reason})."),
    "unknown_id": N_("{path}:{line}: '{id}' is not in the deck; the line was skipped."),
    "stale": N_(
        "{path}:{line}: the text '{id}' has changed since the export; check "
        "the translation and import with --force, or export again. The line "
        "was skipped."
    ),
    "imported": N_(
        "Wrote {n} translations to {path} ({same} were there already, {skipped} skipped)."
    ),
    "broke": N_("The import would have given the deck errors; {path} is unchanged:"),
    "yaml_failed": N_("{path}: the file cannot be edited automatically ({reason})."),
}


def _m(ui: str, key: str, **fields: Any) -> str:
    return t(ui, _MSG[key], **fields)


@dataclass(frozen=True)
class Slot:
    """Where one text is written: ``container[key]`` in ruamel's tree."""

    path: str
    container: Any
    key: Any


def iter_slots(data: Any) -> Iterator[Slot]:
    """Every text field of a deck file's tree, in the order the file writes them."""
    if not isinstance(data, dict):
        return

    def field(container: Any, key: Any, path: str) -> Iterator[Slot]:
        if isinstance(container, dict) and key in container and container[key] is not None:
            yield Slot(path, container, key)

    def items(container: Any, key: str, path: str, sub: str | None = None) -> Iterator[Slot]:
        seq = container.get(key) if isinstance(container, dict) else None
        if not isinstance(seq, list):
            return
        for i, item in enumerate(seq, 1):
            if sub is None:
                if item is not None and not isinstance(item, list):
                    yield Slot(f"{path}.{i}", seq, i - 1)
            else:
                yield from field(item, sub, f"{path}.{i}.{sub}")

    def steps(container: Any, key: Any, path: str) -> Iterator[Slot]:
        # a step is a text, or {text, who, when}
        seq = container.get(key) if isinstance(container, dict) else None
        if not isinstance(seq, list):
            return
        for i, item in enumerate(seq, 1):
            if isinstance(item, dict) and any(k in item for k in STEP_KEYS):
                for k in STEP_KEYS:
                    yield from field(item, k, f"{path}.{i}.{k}")
            elif item is not None and not isinstance(item, list):
                yield Slot(f"{path}.{i}", seq, i - 1)

    def files(container: Any, path: str) -> Iterator[Slot]:
        seq = container.get("files") if isinstance(container, dict) else None
        for i, item in enumerate(seq if isinstance(seq, list) else [], 1):
            yield from field(item, "label", f"{path}.{i}.label")

    def options(container: Any, key: str, path: str) -> Iterator[Slot]:
        seq = container.get(key) if isinstance(container, dict) else None
        for i, opt in enumerate(seq if isinstance(seq, list) else [], 1):
            yield from field(opt, "label", f"{path}.{i}.label")
            yield from field(opt, "hint", f"{path}.{i}.hint")

    def contact(c: Any, path: str) -> Iterator[Slot]:
        for k in CONTACT_TEXTS:
            yield from field(c, k, f"{path}.{k}")

    for k in ("title", "municipality", "owner"):
        yield from field(data, k, k)
    emergency = data.get("emergency")
    yield from field(emergency, "text", "emergency.text")
    yield from files(data, "files")
    yield from options(data, "always", "always")
    for cid, c in _mapping_items(data.get("contacts")):
        yield from contact(c, f"contacts.{cid}")
    for mid, m in _mapping_items(data.get("municipalities")):
        yield from field(m, "name", f"municipalities.{mid}.name")
        if isinstance(m, dict):
            for cid, c in _mapping_items(m.get("contacts")):
                yield from contact(c, f"municipalities.{mid}.contacts.{cid}")
    for sid, sv in _mapping_items(data.get("services")):
        yield from field(sv, "name", f"services.{sid}.name")
        if isinstance(sv, dict):
            for cid, c in _mapping_items(sv.get("contacts")):
                yield from contact(c, f"services.{sid}.contacts.{cid}")
            added = sv.get("steps")
            for cid, _ in _mapping_items(added):
                yield from steps(added, cid, f"services.{sid}.steps.{cid}")
    for cid, card in _mapping_items(data.get("cards")):
        p = f"cards.{cid}"
        yield from field(card, "title", f"{p}.title")
        yield from field(card, "body", f"{p}.body")
        if not isinstance(card, dict):
            continue
        yield from options(card, "options", f"{p}.options")
        yield from steps(card, "steps", f"{p}.steps")
        for k in ("talk", "law"):
            yield from items(card, k, f"{p}.{k}")
        yield from files(card, f"{p}.files")
        yield from items(card, "links", f"{p}.links", "label")
        yield from items(card, "tags", f"{p}.tags")
    scenarios = data.get("scenarios")
    if isinstance(scenarios, list):
        for i, s in enumerate(scenarios, 1):
            if not isinstance(s, dict):
                continue
            sid = s.get("id") or str(i)
            for k in ("title", "story", "debrief"):
                yield from field(s, k, f"scenarios.{sid}.{k}")


def _mapping_items(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        yield from ((str(k), v) for k, v in node.items())


def read_slot(slot: Slot, default: str, lang: str) -> tuple[str, str | None]:
    """(text in the default language, translation or None when it is missing)."""
    value = slot.container[slot.key]
    if isinstance(value, dict):
        src = value.get(default)
        tr = None if lang not in value else ("" if value[lang] is None else str(value[lang]))
        return ("" if src is None else str(src)), tr
    return str(value), None


# -- the command ------------------------------------------------------------------------


def run_strings(args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.cli import UsageError, load_or_exit

    deck, opened = load_or_exit(args.deck, lang, trust=False)
    assert opened.result is not None
    entry = opened.result.files[0]
    if args.strings_command == "export":
        target = args.lang.strip()
        _check_lang(target, deck.languages, lang, UsageError)
        return _export(entry, deck, target, Path(args.output), args.missing, lang)
    return _import(entry, args.deck, deck, Path(args.csv), args.force, lang, UsageError)


def _check_lang(target: str, languages: tuple[str, ...], lang: str, error: Any) -> None:
    if len(languages) == 1:
        raise error(_m(lang, "one_lang", lang=languages[0]))
    if target == languages[0]:
        raise error(_m(lang, "is_default", lang=target, others=", ".join(languages[1:])))
    if target not in languages:
        raise error(_m(lang, "bad_lang", lang=target, langs=", ".join(languages)))


def _load(entry: Path, lang: str) -> Any:
    from tiltakskort.authoring.roundtrip import load_deck_file

    try:
        return load_deck_file(entry)
    except Exception as e:  # noqa: BLE001 - ruamel's errors have no common base we can name
        print(
            _m(
                lang,
                "yaml_failed",
                path=entry,
                reason=str(e).splitlines()[0] if str(e) else type(e).__name__,
            ),
            file=sys.stderr,
        )
        return None


def _export(
    entry: Path, deck: Any, target: str, output: Path, missing_only: bool, lang: str
) -> int:
    doc = _load(entry, lang)
    if doc is None:
        return 1
    default = deck.default_language
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", default, target])
    n = missing = 0
    for slot in iter_slots(doc.data):
        src, tr = read_slot(slot, default, target)
        if tr is None:
            missing += 1
        elif missing_only:
            continue
        writer.writerow([slot.path, src.rstrip("\n"), (tr or "").rstrip("\n")])
        n += 1
    if not write_text(output, out.getvalue(), lang, encoding="utf-8-sig"):
        return 1
    print(_m(lang, "exported", n=n, path=output, missing=missing, lang=target))
    if deck.extends:
        print(_m(lang, "base_note", base=", ".join(str(p) for p in deck.extends)))
    return 0


def read_csv(path: Path) -> list[list[str]]:
    """The rows of a translation file, whatever separator the spreadsheet used."""
    text = path.read_bytes().decode("utf-8-sig")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))


def _import(
    entry: Path, given: str, deck: Any, path: Path, force: bool, lang: str, error: Any
) -> int:
    from tiltakskort.deck.loader import load_deck

    default = deck.default_language
    try:
        rows = read_csv(path)
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        reason = getattr(e, "strerror", None) or str(e)
        raise error(_m(lang, "csv_unreadable", path=path, reason=reason)) from e
    header = [h.strip() for h in rows[0]] if rows else []
    if len(header) < 3 or header[0].lower() != "id" or not LANG_RE.match(header[2]):
        raise error(_m(lang, "bad_csv", path=path, default=default))
    target = header[2]
    _check_lang(target, deck.languages, lang, error)

    doc = _load(entry, lang)
    if doc is None:
        return 1
    slots = {s.path: s for s in iter_slots(doc.data)}
    written = same = skipped = 0
    for line, row in enumerate(rows[1:], 2):
        if len(row) < 3 or not row[0].strip() or not row[2].strip():
            continue
        pid, src, translation = row[0].strip(), row[1], _norm(row[2])
        slot = slots.get(pid)
        if slot is None:
            print(_m(lang, "unknown_id", path=path, line=line, id=pid), file=sys.stderr)
            skipped += 1
            continue
        current, existing = read_slot(slot, default, target)
        if _norm(current) != _norm(src) and not force:
            print(_m(lang, "stale", path=path, line=line, id=pid), file=sys.stderr)
            skipped += 1
            continue
        if existing is not None and _norm(existing) == translation:
            same += 1
            continue
        set_translation(slot, default, target, translation, deck.languages)
        written += 1
    if written:
        before = entry.read_bytes()
        try:
            doc.save()
        except OSError as e:
            print(msg(lang, "write_failed", path=entry, reason=e.strerror or e), file=sys.stderr)
            return 1
        after = load_deck(given)
        if after.errors:  # never leave a deck broken: put the old file back
            entry.write_bytes(before)
            print(_m(lang, "broke", path=entry), file=sys.stderr)
            for p in after.errors:
                print(p.format(lang), file=sys.stderr)
            return 1
    print(_m(lang, "imported", n=written, path=entry, same=same, skipped=skipped))
    return 1 if skipped else 0


def _is_flow(node: Any) -> bool:
    fa = getattr(node, "fa", None)
    return bool(fa is not None and fa.flow_style())


def _scalar(text: str, flow: bool) -> Any:
    from ruamel.yaml.scalarstring import LiteralScalarString

    if "\n" in text and not flow:
        return LiteralScalarString(text + "\n")
    return text


def set_translation(
    slot: Slot, default: str, target: str, text: str, languages: tuple[str, ...]
) -> None:
    """Write ``text`` as the ``target`` translation of the text at ``slot``."""
    from ruamel.yaml.comments import CommentedMap

    value = slot.container[slot.key]
    if isinstance(value, dict):
        flow = _is_flow(value) or _is_flow(slot.container)
        if target in value:
            value[target] = _scalar(text, flow)
            return
        order = {code: i for i, code in enumerate(languages)}
        rank = order.get(target, len(order))
        keys = list(value.keys())
        pos = len(keys)
        for i, k in enumerate(keys):
            if order.get(str(k), len(order)) > rank:
                pos = i
                break
        value.insert(pos, target, _scalar(text, flow))  # type: ignore[attr-defined]
        return
    flow = _is_flow(slot.container)
    new = CommentedMap()
    new[default] = value
    new[target] = _scalar(text, flow)
    if (
        flow
        or "\n" not in str(value)
        and "\n" not in text
        and len(str(value)) + len(text) < 60
        and isinstance(slot.key, int)
    ):
        new.fa.set_flow_style()
    else:
        new.fa.set_block_style()
    # an end-of-line comment after the old value stays after the new mapping's key
    slot.container[slot.key] = new
