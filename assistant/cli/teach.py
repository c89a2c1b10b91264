"""``assistant teach …``: teach a model on your text or examples, on this machine."""

from __future__ import annotations

import argparse
import math
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from assistant.cli.i18n import tr
from assistant.ground.errors import UserError
from assistant.personal.teaching import (
    DEFAULT_CONTEXT,
    DEFAULT_EPOCHS,
    DEFAULT_LEARNING_RATE,
    Event,
    Lesson,
    Teaching,
    TeachJob,
    card_lines,
    card_of,
)
from assistant.personal.teaching_data import read_data

EXIT_PAUSED = 3


def add_teach_parser(sub: Any) -> None:
    tp = sub.add_parser(
        "teach",
        help=tr("teach a model on your text or examples (fine-tuning, on this machine)"),
        description=tr(
            "Fine-tune a small model on text files, a folder, or a JSONL of "
            '{"prompt": …, "answer": …} examples. The result is a new model. Ctrl+C '
            "pauses (resume with --resume JOB, also after a restart)."
        ),
    )
    tp.add_argument("sources", nargs="*", type=Path, help=tr("text files, folders or .jsonl"))
    tp.add_argument("--model", "-m", help=tr("the model to start from (default: the default)"))
    tp.add_argument("--name", help=tr("the new model's name"))
    tp.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
    tp.add_argument("--learning-rate", type=float, default=DEFAULT_LEARNING_RATE)
    tp.add_argument("--context", type=int, default=DEFAULT_CONTEXT, help=tr("tokens per window"))
    tp.add_argument("--resume", metavar="JOB", help=tr("go on with a paused job"))
    tp.add_argument("--cancel", metavar="JOB", help=tr("forget a paused job"))
    tp.add_argument("--list", action="store_true", help=tr("list paused jobs"))
    tp.set_defaults(run=cmd_teach)


def cmd_teach(core: Any, args: argparse.Namespace) -> int:
    teaching = Teaching(core.paths.teaching, core.library.models_dir)
    if args.list:
        for job in teaching.jobs():
            print(job.describe())
        return 0
    if args.cancel:
        teaching.job(args.cancel).cancel()
        print(tr("Cancelled; the base model is untouched."), file=sys.stderr)
        return 0
    if args.resume:
        job = teaching.job(args.resume)
    else:
        base = core.library.resolve(args.model, core.settings.default_model)
        data = read_data(list(args.sources))
        name = args.name or f"{base.path.stem}-taught"
        lesson = Lesson(
            base,
            name,
            args.epochs,
            args.learning_rate,
            args.context,
            core.settings.effective_threads(),
        )
        job = teaching.start(lesson, data)
        print(
            tr("Job {job}: teaching {name} from {base}.").format(
                job=job.id, name=name, base=base.name
            ),
            file=sys.stderr,
        )
    return _run(job)


def _run(job: TeachJob) -> int:
    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        job.pause()
        print("\n" + tr("Pausing after this step…"), file=sys.stderr)

    old = signal.signal(signal.SIGINT, on_signal)
    try:
        last = job.run(_show)
    finally:
        signal.signal(signal.SIGINT, old)
    if last.kind == "paused":
        print(
            "\n" + tr("Paused. Go on with: assistant teach --resume {job}").format(job=job.id),
            file=sys.stderr,
        )
        return EXIT_PAUSED
    if last.kind == "failed":
        raise UserError(str(last.fields.get("message")))
    if last.kind == "done":
        target = Path(job_target(last))
        card = card_of(target)
        print(tr("Done: {path}").format(path=target))
        for line in card_lines(card or {}):
            print("  " + line)
    return 0


def job_target(last: Event) -> str:
    return str(last.fields.get("result") or "")


def _show(event: Event) -> None:
    f = event.fields
    if event.kind == "preparing":
        print(tr("Making a working copy in full precision…"), file=sys.stderr)
    elif event.kind == "measuring":
        print(tr("Measuring the held-out text before teaching…"), file=sys.stderr)
    elif event.kind == "started":
        print(
            tr("Held-out perplexity before: {ppl:.2f}; about {gib:.1f} GiB of memory.").format(
                ppl=math.exp(f["before"]), gib=(f.get("estimate_bytes") or 0) / 2**30
            ),
            file=sys.stderr,
        )
    elif event.kind == "step":
        left = f.get("seconds_left") or 0
        print(
            "\r" + tr("epoch {epoch}/{epochs}  window {pos}/{windows}  loss {loss:.3f}  "
               "{minutes:.0f} min left").format(
                epoch=f["epoch"] + 1, epochs=f["epochs"], pos=f["position"],
                windows=f["windows"], loss=event.curve[-1][1], minutes=left / 60,
            ),
            end="", file=sys.stderr, flush=True,
        )  # fmt: skip
    elif event.kind == "epoch":
        print(
            "\n"
            + tr("epoch {epoch}: held-out perplexity {ppl:.2f}").format(
                epoch=f["epoch"], ppl=math.exp(event.curve[-1][2])
            ),
            file=sys.stderr,
        )
    elif event.kind == "saving":
        print(tr("Saving the taught model…"), file=sys.stderr)
