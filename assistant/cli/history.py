"""``assistant history ...``: the saved conversations from the command line."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from assistant.cli.i18n import tr
from assistant.ground.errors import UserError
from assistant.store.exchange import conversation_markdown, export, import_json
from assistant.store.search import MARK_END, MARK_START


def add_history_parser(sub: Any) -> None:
    h = sub.add_parser("history", help=tr("saved conversations"))
    h.set_defaults(run=cmd_history)
    hs = h.add_subparsers(dest="history_command", required=True)
    ls = hs.add_parser("list", help=tr("conversations, pinned first, newest first"))
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--archived", action="store_true", help=tr("include archived ones"))
    hs.add_parser("show", help=tr("print a conversation")).add_argument("id", type=int)
    hs.add_parser("search", help=tr("full-text search")).add_argument("query", nargs="+")
    ex = hs.add_parser("export", help=tr("write conversations to a file"))
    ex.add_argument("id", type=int, nargs="?")
    ex.add_argument("--all", action="store_true")
    ex.add_argument("--format", choices=["md", "json"], default="md")
    ex.add_argument("-o", "--output", required=True, type=Path)
    hs.add_parser("import", help=tr("import a JSON export")).add_argument("file", type=Path)
    hs.add_parser("rm", help=tr("delete a conversation (undo with restore)")).add_argument(
        "id", type=int
    )
    hs.add_parser("restore", help=tr("undo a delete")).add_argument("id", type=int)
    hs.add_parser("purge", help=tr("remove deleted conversations for good"))
    hs.add_parser("stats", help=tr("figures about the history"))


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


def _bold(snippet: str) -> str:
    on, off = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("**", "**")
    return snippet.replace(MARK_START, on).replace(MARK_END, off).replace("\n", " ")


def cmd_history(core: Any, args: argparse.Namespace) -> int:
    repo = core.repo
    for note in repo.notes:
        print(tr("note: {note}").format(note=note), file=sys.stderr)
    cmd = args.history_command
    if cmd == "list":
        for c in repo.list_conversations(limit=args.limit, include_archived=args.archived):
            pin = "📌 " if c.pinned else ""
            print(f"{c.id:>6}  {_when(c.updated)}  {pin}{c.title or 'Untitled chat'}")
    elif cmd == "show":
        conv = repo.conversation(args.id)
        print(conversation_markdown(conv, repo.branch(args.id)))
    elif cmd == "search":
        hits = repo.search(" ".join(args.query))
        if not hits:
            print(tr("No matches."))
        for hit in hits:
            print(f"{hit.conversation_id:>6}  {hit.title}\n        {_bold(hit.snippet)}")
    elif cmd == "export":
        if args.all:
            ids = [c.id for c in repo.list_conversations(limit=10**9, include_archived=True)]
        elif args.id is not None:
            ids = [repo.conversation(args.id).id]
        else:
            raise UserError(tr("Say which conversation to export (an ID) or --all."))
        export(repo, ids, args.format, args.output)
        print(tr("Exported %n conversations to {output}.", "", len(ids)).format(output=args.output))
    elif cmd == "import":
        ids = import_json(repo, args.file)
        print(
            tr("Imported %n conversations: {ids}.", "", len(ids)).format(
                ids=", ".join(map(str, ids))
            )
        )
    elif cmd == "rm":
        repo.conversation(args.id)
        core.delete_chat(args.id)
        print(
            tr("Deleted conversation {id}. Undo with: assistant history restore {id}").format(
                id=args.id
            )
        )
    elif cmd == "restore":
        repo.undo_delete(args.id)
        print(tr("Restored conversation {id}.").format(id=args.id))
    elif cmd == "purge":
        print(tr("Removed %n deleted conversations for good.", "", repo.purge()))
    elif cmd == "stats":
        for key, value in repo.statistics().items():
            print(f"{key:>22}: {value}")
    return 0
