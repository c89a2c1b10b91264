"""`assistant info`: what this installation runs on (kernels, devices, the model's offload)."""

from __future__ import annotations

import argparse
from typing import Any

from assistant import __version__
from assistant.cli.i18n import tr


def add_info_parser(sub: Any) -> None:
    info = sub.add_parser(
        "info", help=tr("show the CPU kernels, GPU devices and how the model is offloaded")
    )
    info.add_argument("--model", "-m", help=tr("model name or path (default: the default model)"))
    info.add_argument(
        "--no-model", action="store_true", help=tr("only the kernels and devices, load no model")
    )
    info.set_defaults(run=cmd_info)


def cmd_info(core: Any, args: argparse.Namespace) -> int:
    from assistant.engine.backends import describe
    from assistant.engine.offload import runs_on

    print(f"Offline Assistant {__version__}")
    print(tr("Data: {data}").format(data=core.paths.data))
    for line in describe(core.engine.backend_info()):
        print(line)
    if args.no_model or (not core.library.installed() and not args.model):
        return 0
    active = core.models.load_local(args.model)
    facts = active.facts
    print(tr("Model: {name} ({describe})").format(name=active.name, describe=active.describe()))
    print(tr("Offload: {runs_on}; {offload}").format(runs_on=runs_on(facts), offload=facts.offload))
    print(
        tr("Answers at once: {n}, each with a context of {context} tokens").format(
            n=facts.parallel, context=facts.context
        )
    )
    if facts.memory_ceiling:
        ceiling = f"{facts.memory_ceiling / 2**30:.1f}"
        print(tr("Engine memory ceiling: {size} GiB").format(size=ceiling))
    return 0
