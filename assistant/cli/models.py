"""``assistant models ...``: the catalog, Hub search, downloads and the local library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table

from assistant.cli.i18n import tr
from assistant.ground.adapter_choice import parse as parse_adapters
from assistant.ground.errors import UserError
from assistant.ground.model_settings import HELP, RELOAD_KEYS, keys, parse_assignments
from assistant.ground.settings import RemoteServer
from assistant.models.catalog import CatalogEntry, load_catalog
from assistant.models.downloads import DownloadEvent, DownloadManager
from assistant.models.fit import Machine, fit
from assistant.models.hub import Hub, HubFile
from assistant.models.library import model_info
from assistant.models.starter import HOW_TO_GET_A_MODEL

Command = Callable[[Any, argparse.Namespace], int]


def add_models_parser(sub: Any) -> None:
    models = sub.add_parser("models", help=tr("find, download and manage models"))
    ms = models.add_subparsers(dest="models_command", required=True)

    def verb(name: str, run: Command, help: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = ms.add_parser(name, help=help)
        p.set_defaults(run=run)
        return p

    verb("list", _list, tr("models you can use"))
    verb("catalog", _catalog, tr("recommended models"))
    s = verb("search", _search, tr("search the Hugging Face Hub for GGUF models"))
    s.add_argument("query", nargs="*")
    s.add_argument("--sort", choices=["downloads", "likes", "recent"], default="downloads")
    verb("files", _files, tr("the GGUF files of a repository")).add_argument("repo")
    d = verb("download", _download, tr("download a model"))
    d.add_argument("repo")
    d.add_argument("file", nargs="?")
    d.add_argument("--quant", help=tr("pick the file by quantization, e.g. Q4_K_M"))
    verb("downloads", _downloads, tr("queued, paused and failed downloads"))
    verb("pause", _pause, tr("pause a download")).add_argument("id")
    verb("resume", _resume, tr("resume a download")).add_argument("id")
    verb("cancel", _cancel, tr("cancel a download")).add_argument("id")
    i = verb("import", _import, tr("add a GGUF file you already have"))
    i.add_argument("path", type=Path)
    i.add_argument("--in-place", action="store_true", help=tr("use it where it is, do not copy"))
    verb("discover", _discover, tr("find GGUFs other apps downloaded"))
    r = verb("remove", _remove, tr("delete a model"))
    r.add_argument("name")
    r.add_argument("--yes", "-y", action="store_true", help=tr("do not ask"))
    verb("use", _use, tr("make a model the default")).add_argument("name")
    verb("info", _info, tr("facts from a model's GGUF header")).add_argument("name")
    st = verb("set", _set, tr("a model's own settings, e.g. context_length=8192 temperature=0.6"))
    st.add_argument("name")
    st.add_argument(
        "values", nargs="*", metavar="KEY=VALUE",
        help=tr("keys: {join}; KEY= unsets one; none: show them").format(join=', '.join(keys())),
    )  # fmt: skip
    ar = verb(
        "add-remote", _add_remote, tr("use a model on an OpenAI-compatible server (llama-server…)")
    )
    ar.add_argument("name", help=tr("the name to use it by, e.g. with ask --model"))
    ar.add_argument("url", help=tr("the server's base URL, e.g. http://192.168.1.20:8080/v1"))
    ar.add_argument("--api-key", default="", help=tr("the server's API key, if it needs one"))
    ar.add_argument("--model", default="", help=tr("the server's model id (its first by default)"))
    verb("remove-remote", _remove_remote, tr("forget a remote model")).add_argument("name")


def _size(n: int) -> str:
    return f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.0f} MiB"


def _pick(files: list[HubFile], file: str | None, quant: str | None, repo: str) -> HubFile:
    if file:
        for f in files:
            if file in (f.name, f.name.rsplit("/", 1)[-1]):
                return f
        raise UserError(tr("{repo} has no GGUF file named {file}.").format(repo=repo, file=file))
    if quant:
        for f in files:
            if f.quant.upper() == quant.upper():
                return f
        have = ", ".join(sorted({f.quant for f in files}))
        raise UserError(
            tr("{repo} has no {quant} file. Available: {have}.").format(
                repo=repo, quant=quant, have=have
            )
        )
    for preferred in ("Q4_K_M", "Q4_K_S", "Q5_K_M", "Q8_0"):
        for f in files:
            if f.quant == preferred:
                return f
    if not files:
        raise UserError(tr("{repo} has no GGUF files.").format(repo=repo))
    return files[0]


def _foreground(manager: DownloadManager, job_id: str, total: int, name: str) -> int:
    """Run one download with a progress bar; Ctrl+C pauses it."""
    console = Console(stderr=True)
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=console,
    ) as bar:
        task = bar.add_task(name, total=total, completed=manager.bytes_done(manager.load(job_id)))

        def on_event(e: DownloadEvent) -> None:
            bar.update(task, completed=e.done)

        manager.on_event = on_event
        try:
            job = manager.run(job_id)
        except KeyboardInterrupt:
            manager.pause(job_id)
            print(
                tr("Paused. Resume with: assistant models resume {job_id}").format(job_id=job_id),
                file=sys.stderr,
            )
            return 130
    if job.state == "done":
        print(
            tr("Downloaded {name}. Use it with: assistant models use {stem}").format(
                name=name, stem=Path(name).stem
            )
        )
    elif job.state == "paused":
        print(tr("Paused. Resume with: assistant models resume {job_id}").format(job_id=job_id))
    return 0


def _list(core: Any, args: argparse.Namespace) -> int:
    models = core.library.installed()
    if not models:
        print(HOW_TO_GET_A_MODEL)
    default = core.settings.default_model
    for m in models:
        mark = "*" if default and default in (m.name, m.path.name) else " "
        where = " (in place)" if m.in_place else ""
        print(f"{mark} {m.name}\t{_size(m.size_bytes)}\t{m.path}{where}")
    for name, server in core.settings.remotes.items():
        print(f"  {name}\tremote\t{server.url} {server.model}".rstrip())
    adapters = core.adapters.all()
    if adapters:
        print(tr("LoRA adapters (--adapter NAME[@SCALE], or `models set MODEL adapters=…`):"))
    for a in adapters:
        made_for = a.base or a.architecture
        print(f"  {a.name}\t{_size(a.model.size_bytes)}\t{tr('for')} {made_for}\t{a.path}")
    return 0


def _info(core: Any, args: argparse.Namespace) -> int:
    from assistant.personal.teaching import card_lines, card_of

    path = core.library.resolve(args.name).path
    info = model_info(path)
    for key, value in vars(info).items():
        print(f"{key:>18}: {value}")
    card = card_of(path)  # a model taught here says on what, and how it did
    for line in card_lines(card) if card else []:
        print(f"{'taught':>18}: {line}")
    return 0


def _set(core: Any, args: argparse.Namespace) -> int:
    model = core.library.resolve(args.name)
    own = core.settings.model(model.path.name)
    if args.values:
        values = parse_assignments(args.values)
        for pick in parse_adapters(values.get("adapters") or ""):
            core.adapters.find(pick.name)  # refused now, not at the next answer
        own = own.with_values(**values)
        core.config.change(models={**core.settings.models, model.path.name: own})
        if set(values) & RELOAD_KEYS:
            print(tr("These apply the next time the model is loaded."), file=sys.stderr)
    print(f"{model.name} ({model.path.name}):")
    table = own.table()
    for key in keys():
        value = table.get(key)
        shown = "(default)" if value is None else repr(value) if isinstance(value, str) else value
        print(f"  {key:>18} = {shown}\t# {HELP[key]}")
    return 0


def _use(core: Any, args: argparse.Namespace) -> int:
    m = core.library.resolve(args.name)
    core.config.change(default_model=m.name)
    print(tr("Default model: {name}").format(name=m.name))
    return 0


def _import(core: Any, args: argparse.Namespace) -> int:
    m = core.library.import_file(args.path, copy=not args.in_place)
    print(tr("Added {name} ({size_bytes}).").format(name=m.name, size_bytes=_size(m.size_bytes)))
    return 0


def _discover(core: Any, args: argparse.Namespace) -> int:
    found = core.library.discover()
    for m in found:
        print(
            tr("Found {name} ({size_bytes}) at {path}").format(
                name=m.name, size_bytes=_size(m.size_bytes), path=m.path
            )
        )
    print(
        tr("%n new models registered.", "", len(found)) if found else tr("No new GGUF files found.")
    )
    return 0


def _remove(core: Any, args: argparse.Namespace) -> int:
    m = core.library.resolve(args.name)
    if not args.yes:
        answer = input(
            tr("Delete {name} ({size_bytes})? [y/N] ").format(
                name=m.name, size_bytes=_size(m.size_bytes)
            )
        )
        if answer.strip().lower() not in ("y", "yes"):
            print(tr("Nothing deleted."))
            return 0
    print(core.library.remove(m))
    return 0


def _catalog(core: Any, args: argparse.Namespace) -> int:
    table = Table("name", "kind", "repo", "params", "context", "good at", "license")
    for e in load_catalog():
        table.add_row(
            e.name, e.kind, e.repo, f"{e.params:g}B", str(e.context), ", ".join(e.good_at),
            e.license,
        )  # fmt: skip
    Console().print(table)
    return 0


def _search(core: Any, args: argparse.Namespace) -> int:
    results = Hub().search(" ".join(args.query), sort=args.sort)
    for r in results:
        print(f"{r.repo_id}\t{r.downloads} downloads\t{r.likes} likes")
    if not results:
        print(tr("No GGUF repositories found."))
    return 0


def _files(core: Any, args: argparse.Namespace) -> int:
    machine = Machine.current(core.library.models_dir)
    for f in Hub().files(args.repo):
        ft = fit(f.size, machine, core.settings.context_length)
        parts = f" ({len(f.parts)} parts)" if len(f.parts) > 1 else ""
        print(f"{f.quant:>8}  {_size(f.size):>10}  {ft.label:<9}  {f.name}{parts}  [{ft.reason}]")
    return 0


@contextmanager
def _manager(core: Any, hub: Hub | None = None) -> Iterator[DownloadManager]:
    manager = DownloadManager(core.library.models_dir, hub or Hub())
    try:
        yield manager
    finally:
        manager.close()


def _speech_entry(name: str) -> CatalogEntry | None:
    """The catalog's speech model or voice named ``name`` (its folder's name, e.g.
    whisper-base or de_DE-thorsten-medium, or its repository when it holds one)."""
    speech = [e for e in load_catalog() if e.is_speech]
    by_folder = [e for e in speech if e.folder.rsplit("/", 1)[-1] == name]
    by_repo = [e for e in speech if e.repo == name]
    found = by_folder or (by_repo if len(by_repo) == 1 else [])
    return found[0] if found else None


def _download(core: Any, args: argparse.Namespace) -> int:
    hub = Hub()
    entry = _speech_entry(args.repo)
    if entry is not None:  # a speech model or a voice: several files, one folder
        chosen = hub.bundle(entry.repo, entry.files, entry.folder.rsplit("/", 1)[-1])
    else:
        chosen = _pick(hub.files(args.repo), args.file, args.quant, args.repo)
    machine = Machine.current(core.library.models_dir)
    ft = fit(chosen.size, machine, core.settings.context_length)
    if not ft.disk_ok:
        raise UserError(
            tr("Not enough free disk for {name}: {reason}.").format(
                name=chosen.name, reason=ft.reason
            )
        )
    print(
        tr("{name}: {size}, {label} ({reason})").format(
            name=chosen.name, size=_size(chosen.size), label=ft.label, reason=ft.reason
        ),
        file=sys.stderr,
    )
    with _manager(core, hub) as manager:
        if entry is not None:
            job = manager.add(entry.repo, chosen, start=False, folder=entry.folder)
        else:
            job = manager.add(args.repo, chosen, start=False)
        return _foreground(manager, job.id, job.total, job.name)


def _downloads(core: Any, args: argparse.Namespace) -> int:
    with _manager(core) as manager:
        jobs = manager.jobs()
        for j in jobs:
            done = manager.bytes_done(j)
            err = f"  {j.error}" if j.error else ""
            print(f"{j.id}\t{j.state}\t{_size(done)} of {_size(j.total)}{err}")
        if not jobs:
            print(tr("No downloads."))
    return 0


def _pause(core: Any, args: argparse.Namespace) -> int:
    with _manager(core) as manager:
        manager.pause(args.id)
    print(tr("Paused {id}.").format(id=args.id))
    return 0


def _resume(core: Any, args: argparse.Namespace) -> int:
    with _manager(core) as manager:
        job = manager.load(args.id)
        return _foreground(manager, job.id, job.total, job.name)


def _cancel(core: Any, args: argparse.Namespace) -> int:
    with _manager(core) as manager:
        manager.cancel(args.id)
    print(tr("Cancelled {id}; its partial data was deleted.").format(id=args.id))
    return 0


def _remove_remote(core: Any, args: argparse.Namespace) -> int:
    if not core.config.remove_remote(args.name):
        raise UserError(tr("No remote model named '{name}'.").format(name=args.name))
    print(tr("Removed {name}.").format(name=args.name))
    return 0


def _add_remote(core: Any, args: argparse.Namespace) -> int:
    if any(args.name.lower() == m.name.lower() for m in core.library.installed()):
        raise UserError(
            tr("A local model is already called '{name}'; pick another name.").format(
                name=args.name
            )
        )
    from assistant.engine.remote import RemoteBackend

    backend = RemoteBackend(RemoteServer(args.name, args.url, args.api_key, args.model))
    try:
        facts = backend.load()  # check now: a typo in the URL is clearer here than later
    finally:
        backend.close()
    core.config.add_remote(RemoteServer(args.name, args.url, args.api_key, backend.model_id))
    context = (
        tr(", context {context} tokens").format(context=facts.context) if facts.context else ""
    )
    print(
        tr("Added {name}: {model_id} at {url}{context}.").format(
            name=args.name, model_id=backend.model_id, url=args.url, context=context
        )
    )
    return 0
