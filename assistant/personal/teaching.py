"""Teaching a model on the person's text, on this machine: a job folder per model being
taught (under the data folder's ``teaching/``), run by the teaching child
(engine/teacher.py), which reports its curve line by line. Pause checkpoints and stops
it; a paused or interrupted job resumes where its last checkpoint left it, also after a
restart; cancel stops it and deletes the job, the base model untouched.

The result is a new model in the library (Q8_0, with a card saying what it was taught
on and its held-out perplexity before and after), not an adapter: llama.cpp trains
whole models only, and an adapter extracted from the difference would be an
approximation of what was learned."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.engine.gguf_check import read_header
from assistant.ground import atomic
from assistant.ground.errors import UserError
from assistant.ground.private_files import private_dir
from assistant.models.library import LocalModel
from assistant.personal.teaching_data import TeachingData

DEFAULT_EPOCHS = 1
DEFAULT_LEARNING_RATE = 1e-5  # llama.cpp's finetune example's; small data may want more
DEFAULT_CONTEXT = 256  # tokens per window (llama.cpp rounds contexts to 256)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,80}$")


@dataclass
class Lesson:
    """How to teach: the base model, the result's name, and the settings."""

    base: LocalModel
    name: str
    epochs: int = DEFAULT_EPOCHS
    learning_rate: float = DEFAULT_LEARNING_RATE
    context: int = DEFAULT_CONTEXT
    threads: int = 2

    def check(self) -> None:
        if not _NAME.match(self.name):
            raise UserError(
                "Name the taught model with letters, digits, spaces, dots or dashes "
                "(e.g. smollm2-my-notes)."
            )
        if not 1 <= self.epochs <= 100:
            raise UserError("Epochs must be between 1 and 100.")
        if not 0 < self.learning_rate <= 0.01:
            raise UserError("The learning rate must be above 0 and at most 0.01 (try 1e-5).")
        if self.context % 256 or not 256 <= self.context <= 4096:
            raise UserError("The window must be a multiple of 256 tokens, 256 to 4096.")


@dataclass
class Event:
    """A line from the teaching child: ``kind`` is preparing, measuring, started, step,
    epoch, paused, saving, done or failed (with ``message``)."""

    kind: str
    fields: dict[str, Any]

    @property
    def curve(self) -> list[list[Any]]:
        return list(self.fields.get("curve") or [])


class TeachJob:
    """One model being taught: its folder, and the child while it runs."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.child: subprocess.Popen[str] | None = None

    @property
    def id(self) -> str:
        return self.folder.name

    @property
    def spec(self) -> dict[str, Any]:
        return dict(json.loads((self.folder / "job.json").read_text()))

    @property
    def state(self) -> dict[str, Any]:
        path = self.folder / "state.json"
        return dict(json.loads(path.read_text())) if path.exists() else {}

    def describe(self) -> str:
        spec, state = self.spec, self.state
        epoch, position, windows = state.get("epoch", 0), state.get("position", 0), 0
        windows = state.get("windows") or 0
        done = (epoch + (position / windows if windows else 0)) / spec["epochs"]
        return f"{self.id}: {spec['name']} from {spec['base_name']}, {done:.0%} taught"

    def run(self, on_event: Callable[[Event], None] | None = None) -> Event:
        """Teach until done, paused, cancelled or failed; each line of the child goes
        to ``on_event``. Returns the last one."""
        for name in ("pause", "cancel"):
            (self.folder / name).unlink(missing_ok=True)
        with open(self.folder / "teaching.log", "a") as log:
            self.child = subprocess.Popen(
                [sys.executable, "-m", "assistant.engine.teacher", str(self.folder)],
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
            )
            last = Event("failed", {"message": "The teaching process ended without a word."})
            assert self.child.stdout is not None
            with self.child.stdout:
                for line in self.child.stdout:
                    try:
                        data = json.loads(line)
                    except ValueError:
                        continue
                    last = Event(str(data.pop("event", "")), data)
                    if on_event is not None:
                        on_event(last)
            code = self.child.wait()
            self.child = None
        if code == 4 or (self.folder / "cancel").exists():
            shutil.rmtree(self.folder, ignore_errors=True)
            return Event("cancelled", {})
        if code < 0 or (code not in (0, 2, 3) and last.kind not in ("failed",)):
            why = f"signal {-code}" if code < 0 else f"exit code {code}"
            last = Event(
                "failed",
                {
                    "message": f"The teaching process stopped ({why}); resume it to go on "
                    f"from its last checkpoint. Details: {self.folder / 'teaching.log'}"
                },
            )
        if last.kind == "done":
            shutil.rmtree(self.folder, ignore_errors=True)
        return last

    def pause(self) -> None:
        """Checkpoint and stop after the window under way."""
        (self.folder / "pause").touch()

    def cancel(self) -> None:
        """Stop (after the window under way, or now when nothing runs) and forget it."""
        (self.folder / "cancel").touch()
        if self.child is None:
            shutil.rmtree(self.folder, ignore_errors=True)


class Teaching:
    """The jobs under ``root`` (the data folder's ``teaching/``)."""

    def __init__(self, root: Path, models_dir: Path) -> None:
        self.root, self.models_dir = root, models_dir

    def jobs(self) -> list[TeachJob]:
        """Jobs not finished (paused, interrupted, or running in another process)."""
        if not self.root.is_dir():
            return []
        return [TeachJob(f) for f in sorted(self.root.iterdir()) if (f / "job.json").exists()]

    def job(self, job_id: str) -> TeachJob:
        for j in self.jobs():
            if j.id == job_id:
                return j
        known = ", ".join(j.id for j in self.jobs()) or "none"
        raise UserError(f"No teaching job {job_id} (jobs: {known}).")

    def start(self, lesson: Lesson, data: TeachingData) -> TeachJob:
        """A new job, written whole before anything runs."""
        lesson.check()
        target = self.models_dir / f"{lesson.name}.gguf"
        if target.exists():
            raise UserError(f"A model named {target.name} already exists; choose another name.")
        if any(j.spec["name"] == lesson.name for j in self.jobs()):
            raise UserError(f"A model named {lesson.name} is already being taught.")
        # The F32 working copy, its next checkpoint, the whole result before it is
        # quantized, and the result.
        need = 3 * 4 * read_header(str(lesson.base.path)).parameters + lesson.base.size_bytes
        private_dir(self.root)  # the person's text is copied in
        if shutil.disk_usage(self.root).free < need:
            raise UserError(
                f"Teaching {lesson.base.name} needs about {need / 2**30:.1f} GiB of free "
                "disk for its working copy; free some space first."
            )
        folder = self.root / time.strftime("%Y%m%d-%H%M%S")
        while folder.exists():
            folder = folder.with_name(folder.name + "x")
        tmp = folder.with_name(f".{folder.name}.new")
        tmp.mkdir()
        spec = {
            "base": str(lesson.base.path),
            "base_name": lesson.base.name,
            "name": lesson.name,
            "target": str(target),
            "epochs": lesson.epochs,
            "learning_rate": lesson.learning_rate,
            "context": lesson.context,
            "threads": lesson.threads,
            "kind": data.kind,
            "sources": data.sources,
        }
        atomic.write_text(tmp / "data.json", json.dumps(data.table()))
        atomic.write_text(tmp / "job.json", json.dumps(spec, indent=1))
        os.replace(tmp, folder)
        return TeachJob(folder)


def card_of(model_path: Path) -> dict[str, Any] | None:
    """What a taught model was taught on, when, and its held-out figures (None for
    models that were not taught here)."""
    path = model_path.with_name(model_path.name + ".card.json")
    try:
        return dict(json.loads(path.read_text()))
    except (OSError, ValueError):
        return None


def card_lines(card: dict[str, Any]) -> Iterator[str]:
    """The card for people."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(card.get("when", 0)))
    yield f"Taught from {card.get('base')} on {when}"
    yield f"on {', '.join(Path(s).name for s in card.get('taught_on', []))} ({card.get('kind')})"
    yield (
        f"{card.get('epochs')} epoch(s), learning rate {card.get('learning_rate'):g}, "
        f"{card.get('windows')} windows of {card.get('context')} tokens"
    )
    yield (
        f"held-out perplexity {card.get('held_out_perplexity_before', 0):.2f} before, "
        f"{card.get('held_out_perplexity_after', 0):.2f} after"
    )
