"""``assistant memory …``: the facts the assistant keeps across chats."""

from __future__ import annotations

import argparse
from typing import Any

from assistant.cli.i18n import tr
from assistant.store.memories import Memories


def add_memory_parser(sub: Any) -> None:
    mp = sub.add_parser(
        "memory",
        help=tr("facts the assistant keeps across chats"),
        description=tr(
            "Facts about you the assistant is given in every chat (private chats excepted), "
            "e.g. 'I am vegetarian' or 'answer in metric units'."
        ),
    )
    msub = mp.add_subparsers(dest="memory_command", required=True)
    add = msub.add_parser("add", help=tr("remember a fact"))
    add.add_argument("text", nargs="+")
    add.set_defaults(run=cmd_add)
    listing = msub.add_parser("list", help=tr("list the memories (off ones marked)"))
    listing.set_defaults(run=cmd_list)
    edit = msub.add_parser("edit", help=tr("change a memory's text"))
    edit.add_argument("id", type=int)
    edit.add_argument("text", nargs="+")
    edit.set_defaults(run=cmd_edit)
    for name, on, text in (
        ("on", True, tr("use a memory again")),
        ("off", False, tr("keep a memory but stop using it")),
    ):
        p = msub.add_parser(name, help=text)
        p.add_argument("id", type=int)
        p.set_defaults(run=cmd_toggle, on=on)
    rm = msub.add_parser("rm", help=tr("forget a memory"))
    rm.add_argument("id", type=int)
    rm.set_defaults(run=cmd_rm)


def cmd_add(core: Any, args: argparse.Namespace) -> int:
    memory = Memories(core.repo).add(" ".join(args.text))
    print(f"{memory.id}\t{memory.text}")
    return 0


def cmd_list(core: Any, _args: argparse.Namespace) -> int:
    for m in Memories(core.repo).all():
        print(f"{m.id}\t{m.text}" + ("" if m.enabled else "\t" + tr("(off)")))
    return 0


def cmd_edit(core: Any, args: argparse.Namespace) -> int:
    memory = Memories(core.repo).edit(args.id, " ".join(args.text))
    print(f"{memory.id}\t{memory.text}")
    return 0


def cmd_toggle(core: Any, args: argparse.Namespace) -> int:
    Memories(core.repo).enable(args.id, args.on)
    return 0


def cmd_rm(core: Any, args: argparse.Namespace) -> int:
    Memories(core.repo).delete(args.id)
    return 0
