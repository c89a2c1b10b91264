"""``assistant presets ...`` and ``assistant summarize FILE``."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from assistant.cli.i18n import tr
from assistant.documents.summarize import LENGTH_TOKENS, SummaryProgress
from assistant.ground.errors import UserError
from assistant.presets import PresetLibrary
from assistant.presets.preset import Preset
from assistant.services.summaries import summarize_file


def add_task_parsers(sub: Any) -> None:
    p = sub.add_parser("presets", help=tr("task presets"))
    p.set_defaults(run=cmd_presets)
    ps = p.add_subparsers(dest="presets_command", required=True)
    ps.add_parser("list", help=tr("all presets"))
    ps.add_parser("show", help=tr("a preset's settings")).add_argument("id")
    new = ps.add_parser("new", help=tr("a new preset copied from another"))
    new.add_argument("id")
    new.add_argument("--from", dest="from_id", default="chat")
    ps.add_parser("edit", help=tr("edit a preset in $EDITOR (saves a user copy)")).add_argument(
        "id"
    )
    ps.add_parser("validate", help=tr("check every preset file"))
    s = sub.add_parser("summarize", help=tr("summarize a document"))
    s.set_defaults(run=cmd_summarize)
    s.add_argument("file", type=Path)
    s.add_argument("--preset", default="summarize", help=tr("summarize or key-points"))
    s.add_argument("--length", choices=list(LENGTH_TOKENS), default="medium")
    s.add_argument("--model", "-m")


def presets(core: Any) -> PresetLibrary:
    return PresetLibrary(core.paths.user_presets)


def parse_vars(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserError(tr("--var needs name=value, got '{item}'.").format(item=item))
        out[name.strip()] = value
    return out


def cmd_presets(core: Any, args: argparse.Namespace) -> int:
    lib = presets(core)
    cmd = args.presets_command
    for problem in lib.problems:
        print(tr("warning: skipped a preset: {problem}").format(problem=problem), file=sys.stderr)
    if cmd == "list":
        for p in lib.all():
            where = "" if p.shipped else tr("  (yours)")
            extra = (
                f"  vars: {', '.join(f'{k}={v}' for k, v in p.variables.items())}"
                if p.variables
                else ""
            )
            print(f"{p.id:<18} {p.name:<18} {p.description}{extra}{where}")
        return 0
    if cmd == "show":
        p = lib.get(args.id)
        print(Path(p.source).read_text(encoding="utf-8"))
        return 0
    if cmd == "new":
        print(tr("Created {from_id}").format(from_id=lib.copy(args.id, args.from_id)))
        return 0
    if cmd == "edit":
        p = lib.get(args.id)
        path = lib.user_path(p.id)
        if not path.exists():
            lib.save(p)  # editing a shipped preset edits a copy
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "nano"
        subprocess.run([editor, str(path)], check=False)
        Preset.from_file(path)  # say at once if the edit broke it
        print(tr("Saved {path}").format(path=path))
        return 0
    if cmd == "validate":
        problems = lib.validate()
        for problem in problems:
            print(problem)
        print(
            tr("All presets are valid.") if not problems else tr("%n problems.", "", len(problems))
        )
        return 1 if problems else 0
    return 0


def cmd_summarize(core: Any, args: argparse.Namespace) -> int:
    preset = presets(core).get(args.preset)
    core.models.load_local(args.model)
    console = Console(stderr=True)
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
    ) as bar:
        task = bar.add_task("reading", total=None)

        def on_progress(p: SummaryProgress) -> None:
            label = tr("summarizing parts") if p.stage == "map" else tr("combining")
            bar.update(task, description=label, completed=p.done, total=p.total)

        try:
            cid, result = summarize_file(
                core.engine, core.repo, args.file, preset, args.length, on_progress
            )
        except KeyboardInterrupt:
            core.engine.cancel()
            raise
    print(result.text)
    note = "" if result.complete else tr(" (stopped early: partial summary)")
    print(
        "\n["
        + tr("saved as conversation {cid}; %n parts", "", result.chunks).format(cid=cid)
        + note
        + "]",
        file=sys.stderr,
    )
    return 0 if result.complete else 130
