"""``assistant docs …``: document collections from the command line."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
from rich.table import Table

from assistant.cli.i18n import tr
from assistant.documents.grounding import source_label
from assistant.documents.indexer import SyncProgress, SyncReport
from assistant.ground.errors import UserError


def add_docs_parser(sub: Any) -> None:
    p = sub.add_parser("docs", help=tr("document collections to ask questions about"))
    p.set_defaults(run=cmd_docs)
    ds = p.add_subparsers(dest="docs_command", required=True)
    add = ds.add_parser("add", help=tr("create a collection or add folders/files, then index them"))
    add.add_argument("name")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--no-sync", action="store_true", help=tr("only record the paths"))
    ds.add_parser("list", help=tr("collections and their size"))
    ds.add_parser("show", help=tr("a collection's files and their status")).add_argument("name")
    sync = ds.add_parser("sync", help=tr("index new and changed files, drop deleted ones"))
    sync.add_argument("name", nargs="?", help=tr("one collection (default: all)"))
    search = ds.add_parser("search", help=tr("the passages that best match a query"))
    search.add_argument("name")
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", "-n", type=int, default=5)
    search.add_argument("--mode", choices=("hybrid", "keyword", "vector"), default="hybrid")
    ds.add_parser("rm", help=tr("delete a collection and its index (not the files)")).add_argument(
        "name"
    )
    model = ds.add_parser("model", help=tr("show or choose the embedding model documents use"))
    model.add_argument(
        "name", nargs="?", help=tr("an embedding model's name or path, or 'built-in'")
    )


def cmd_docs(core: Any, args: argparse.Namespace) -> int:
    docs = core.documents
    command = args.docs_command
    if command == "add":
        collection = docs.add(args.name, args.paths)
        print(
            tr("{name}: %n folders or files", "", len(collection.paths)).format(
                name=collection.name
            ),
            file=sys.stderr,
        )
        return 0 if args.no_sync else _sync(core, [collection.name])
    if command == "list":
        return _list(docs)
    if command == "show":
        return _show(docs, args.name)
    if command == "sync":
        names = [args.name] if args.name else [c.name for c in docs.collections.all()]
        if not names:
            raise UserError(
                tr("No collections yet: create one with `assistant docs add NAME PATH`.")
            )
        return _sync(core, names)
    if command == "search":
        hits = docs.search([args.name], " ".join(args.query), args.limit, args.mode)
        if not hits:
            print(tr("No passage matches."), file=sys.stderr)
            return 1
        for n, hit in enumerate(hits, 1):
            where = f", {hit.where()}" if hit.where() else ""
            print(f"[{n}] {hit.passage.path}{where}  (score {hit.score:.4f})")
            print("    " + hit.passage.text.replace("\n", "\n    "))
            print()
        return 0
    if command == "model":
        return _model(core, args.name)
    if command == "rm":
        docs.remove(args.name)
        print(
            tr("Deleted the collection {name} (your files were not touched).").format(
                name=args.name
            ),
            file=sys.stderr,
        )
        return 0
    raise AssertionError(command)


def _model(core: Any, name: str | None) -> int:
    if name is None:
        print(tr("in use: {model_name}").format(model_name=core.documents.model_name))
        others = [m.name for m in core.library.installed("embedding")]
        print(
            tr("downloaded embedding models: {names}").format(names=", ".join(others) or tr("none"))
        )
        return 0
    if name.lower() in ("built-in", "builtin", "default", ""):
        core.config.change(embedding_model="")
    else:
        core.library.embedding_model(name)  # a clear error for an unknown one
        core.config.change(embedding_model=name)
    print(
        tr(
            "Documents now use {model_name}; each collection is indexed again at its next sync."
        ).format(model_name=core.documents.model_name),
        file=sys.stderr,
    )
    return 0


def _list(docs: Any) -> int:
    collections = docs.collections.all()
    if not collections:
        print(tr("No collections yet: create one with `assistant docs add NAME PATH`."))
        return 0
    table = Table("Collection", "Files", "Skipped", "Passages", "Folders and files")
    for c in collections:
        s = docs.index.stats(c.name)
        table.add_row(
            c.name, str(s["indexed"]), str(s["skipped"]), str(s["passages"]), "\n".join(c.paths)
        )
    Console().print(table)
    return 0


def _show(docs: Any, name: str) -> int:
    collection = docs.collections.get(name)
    files = docs.index.files(collection.name)
    print(f"{collection.name}: " + ", ".join(collection.paths))
    if not files:
        print(tr("Not indexed yet: run `assistant docs sync {name}`.").format(name=collection.name))
        return 0
    for path, row in files.items():
        if row.status == "indexed":
            print(
                tr("  indexed   {path}  ({passages} passages)").format(
                    path=path, passages=row.passages
                )
            )
        elif row.status == "skipped":
            print(tr("  skipped   {path}  ({reason})").format(path=path, reason=row.reason))
        else:
            print(tr("  unfinished {path}  (indexed again by the next sync)").format(path=path))
    return 0


def _sync(core: Any, names: Sequence[str]) -> int:
    docs = core.documents
    cancel = threading.Event()
    console = Console(stderr=True)
    reports: list[SyncReport] = []
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        "{task.fields[speed]}",
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        for name in names:
            task = bar.add_task(name, total=None, speed="")

            def on_progress(p: SyncProgress, task: Any = task) -> None:
                label = os.path.basename(p.current) or p.collection
                bar.update(
                    task,
                    description=label[:40],
                    completed=p.files_done,
                    total=p.files_total,
                    speed=tr("{passages} passages, {rate}/s").format(
                        passages=p.passages, rate=f"{p.passages_per_second:.0f}"
                    ),
                )

            try:
                reports.append(docs.sync(name, on_progress, cancel))
            except KeyboardInterrupt:
                cancel.set()
                raise
    for report in reports:
        print(report.summary(), file=sys.stderr)
        for note in report.notes:
            print(tr("  note: {note}").format(note=note), file=sys.stderr)
        for path, why in report.skipped:
            print(tr("  skipped {path}: {why}").format(path=path, why=why), file=sys.stderr)
    return 0


def print_sources(sources: Sequence[dict[str, Any]], note: str = "") -> None:
    """The sources an answer was given, numbered as it cites them."""
    if note:
        print(f"[{note}]", file=sys.stderr)
    if not sources:
        return
    print("\nSources:")
    for s in sources:
        print(f"{source_label(s)} — {s['path']}")


def check_collections(core: Any, names: Sequence[str]) -> list[str]:
    """The collections named for ``--docs``: each must exist and hold indexed files."""
    out = []
    for name in names:
        collection = core.documents.collections.get(name)
        if not core.documents.index.stats(collection.name)["indexed"]:
            raise UserError(
                tr(
                    "The collection {name} has no indexed documents yet: run "
                    "`assistant docs sync {name}`."
                ).format(name=collection.name)
            )
        out.append(collection.name)
    return out
