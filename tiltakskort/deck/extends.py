"""A deck's files and its ``extends`` chain, read and overlaid into one located tree.

:func:`read_chain` reads ``deck.yaml`` (:mod:`yamlread`), follows ``extends`` to the
decks it builds on, refuses missing bases and loops (TK023), and overlays each deck on
its base with :func:`merge` (format §7). Nodes keep the file they were written in, so
problems found later still point at the right file. Nothing here knows what the fields
mean; that is :mod:`fields` and :mod:`entities`.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from tiltakskort.deck.problems import Problem
from tiltakskort.deck.yamlread import Mapping, Node, Scalar, Sequence, read_yaml, wrong_kind
from tiltakskort.i18n import Msg

ENTRY = "deck.yaml"


@dataclass
class Chain:
    """What reading a deck's files gave.

    Attributes:
        root: the merged tree, or ``None`` when the entry file gave no mapping.
        problems: the problems of reading and parsing the files.
        files: every file read, the entry files of ``extends`` bases included.
        folders: each file's name as shown in problems -> the folder it is in
            (relative asset paths are relative to the file that names them).
        extends: the resolved folders of the bases, nearest first.
        unverified: the files (as shown in problems) that were needed but not among the
            bytes given, and so not read (``only_preloaded``).
    """

    root: Node | None = None
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    folders: dict[str, Path] = field(default_factory=dict)
    extends: list[Path] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)


def read_chain(
    folder: Path,
    display_folder: str,
    entry: str = ENTRY,
    preloaded: dict[Path, bytes] | None = None,
    *,
    only_preloaded: bool = False,
) -> Chain:
    """Read ``folder/entry`` and the decks it extends, merged into one tree.

    Args:
        folder: the deck folder.
        display_folder: the folder as the user named it (problems name files so).
        entry: the entry file's name.
        preloaded: file bytes already read, by resolved path.
        only_preloaded: read nothing else (a signed deck: only the bytes whose signature
            was checked are parsed); a file needed but not given is a problem (TK001)
            and listed in :attr:`Chain.unverified`.
    """
    chain = Chain()
    chain.root = _read(chain, folder, display_folder, entry, preloaded or {}, [], only_preloaded)
    return chain


def _read(
    chain: Chain,
    folder: Path,
    display_folder: str,
    entry: str,
    preloaded: dict[Path, bytes],
    seen: list[Path],
    only_preloaded: bool,
) -> Node | None:
    display = os.path.normpath(os.path.join(display_folder, entry))
    path = folder / entry
    chain.files.append(path)
    try:
        data = preloaded.get(path.resolve()) if preloaded else None
    except (OSError, ValueError, RuntimeError):
        data = None
    if data is None and only_preloaded:
        chain.unverified.append(display)
        chain.problems.append(
            Problem(
                display,
                1,
                1,
                "TK001",
                Msg(
                    "The file is not covered by the deck's signature, so it is not read. Sign the "
                    "deck again (tiltakskort sign)."
                ),
            )
        )
        return None
    result = read_yaml(path, display, data)
    chain.problems.extend(result.problems)
    root = result.root
    if root is None:
        if not result.problems:
            chain.problems.append(
                Problem(
                    display,
                    1,
                    1,
                    "TK012",
                    Msg(
                        "The file is empty; a deck needs at least format, id, title, start and cards."
                    ),
                )
            )
        return None
    if not isinstance(root, Mapping):
        chain.problems.append(wrong_kind(root, Msg("a deck file"), Msg("a mapping of keys")))
        return None
    chain.folders[display] = folder
    ext = root.get("extends")
    if ext is None:
        return root
    if not isinstance(ext, Scalar) or not ext.value.strip():
        chain.problems.append(wrong_kind(ext, "'extends'", Msg("the path of a deck folder")))
        return root
    from tiltakskort.deck.fields import possible_path

    if not possible_path(ext.value):
        chain.problems.append(
            Problem.at(
                ext,
                "TK023",
                Msg(
                    "'extends: {base}' is not a folder name that can exist (a name holds no control "
                    "characters, and no part of it is longer than 255 characters).",
                    base=ext.value,
                ),
            )
        )
        return root
    base_folder = folder / ext.value
    try:
        resolved = base_folder.resolve()
        me = folder.resolve()
        loop = resolved == me or resolved in seen
        found = not loop and _is_deck_file(base_folder / ENTRY)
    except (OSError, ValueError, RuntimeError) as e:
        chain.problems.append(
            Problem.at(
                ext,
                "TK023",
                Msg(
                    "'extends: {base}' cannot be followed ({reason}).",
                    base=ext.value,
                    reason=getattr(e, "strerror", None) or str(e),
                ),
            )
        )
        return root
    if loop:
        chain.problems.append(
            Problem.at(
                ext,
                "TK023",
                Msg(
                    "'extends: {base}' leads back to a deck that already builds on this one; "
                    "decks cannot extend each other in a loop.",
                    base=ext.value,
                ),
            )
        )
        return root
    if not found:
        chain.problems.append(
            Problem.at(
                ext,
                "TK023",
                Msg(
                    "'extends: {base}' names no deck: there is no {entry} in '{folder}'.",
                    base=ext.value,
                    entry=ENTRY,
                    folder=os.path.normpath(os.path.join(display_folder, ext.value)),
                ),
            )
        )
        return root
    chain.extends.append(resolved)
    base = _read(
        chain,
        base_folder,
        os.path.join(display_folder, ext.value),
        ENTRY,
        preloaded,
        [*seen, me],
        only_preloaded,
    )
    if isinstance(base, Mapping):
        return merge(base, root)
    return root


def _is_deck_file(path: Path) -> bool:
    """An ordinary file (not a pipe or a device, which could block or never end)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        return False
    except OSError as e:
        if e.errno in (errno.ENOENT, errno.ENOTDIR):
            return False
        raise


def merge(base: Mapping, top: Mapping) -> Mapping:
    """Overlay ``top`` on ``base`` as the format's §7 says.

    Top-level scalars replace; ``contacts`` merge by id field by field;
    ``cards`` and ``municipalities`` replace by id; ``scenarios`` replace by
    their ``id`` and otherwise add; the words of ``search: synonyms`` (an addition to
    the format) merge by word. Nodes keep the file they were written in.
    """
    out = Mapping(top.path, top.line, top.col)
    out.items = dict(base.items)
    for key, (knode, vnode) in top.items.items():
        old = out.items.get(key)
        if key == "extends" or old is None or not isinstance(vnode, (Mapping, Sequence)):
            out.items[key] = (knode, vnode)
        elif key == "contacts" and isinstance(old[1], Mapping) and isinstance(vnode, Mapping):
            merged = Mapping(vnode.path, vnode.line, vnode.col)
            merged.items = dict(old[1].items)
            for cid, (ck, cv) in vnode.items.items():
                prev = merged.items.get(cid)
                if prev is not None and isinstance(prev[1], Mapping) and isinstance(cv, Mapping):
                    fields = Mapping(cv.path, cv.line, cv.col)
                    fields.items = {**prev[1].items, **cv.items}
                    merged.items[cid] = (ck, fields)
                else:
                    merged.items[cid] = (ck, cv)
            out.items[key] = (knode, merged)
        elif (
            key in ("cards", "municipalities")
            and isinstance(old[1], Mapping)
            and isinstance(vnode, Mapping)
        ):
            merged = Mapping(vnode.path, vnode.line, vnode.col)
            merged.items = {**old[1].items, **vnode.items}
            out.items[key] = (knode, merged)
        elif key == "scenarios" and isinstance(old[1], Sequence) and isinstance(vnode, Sequence):
            seq = Sequence(vnode.path, vnode.line, vnode.col)
            seq.items = list(old[1].items)
            index = {_scenario_id(n): i for i, n in enumerate(seq.items)}
            for n in vnode.items:
                sid = _scenario_id(n)
                if sid is not None and sid in index:
                    seq.items[index[sid]] = n
                else:
                    seq.items.append(n)
            out.items[key] = (knode, seq)
        elif key == "search" and isinstance(old[1], Mapping) and isinstance(vnode, Mapping):
            out.items[key] = (knode, _merge_search(old[1], vnode))
        else:
            out.items[key] = (knode, vnode)
    return out


def _merge_search(base: Mapping, top: Mapping) -> Mapping:
    """``search``: the words of ``synonyms`` merge by word (the top's list replaces the
    base's for the same word); other keys replace."""
    out = Mapping(top.path, top.line, top.col)
    out.items = {**base.items, **top.items}
    old, new = base.items.get("synonyms"), top.items.get("synonyms")
    if (
        old is not None
        and new is not None
        and isinstance(old[1], Mapping)
        and isinstance(new[1], Mapping)
    ):
        words = Mapping(new[1].path, new[1].line, new[1].col)
        words.items = {**old[1].items, **new[1].items}
        out.items["synonyms"] = (new[0], words)
    return out


def _scenario_id(node: Node) -> str | None:
    if isinstance(node, Mapping):
        sid = node.get("id")
        if isinstance(sid, Scalar):
            return sid.value
    return None
