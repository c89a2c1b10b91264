"""The teaching child: ``python -m assistant.engine.teacher JOB_FOLDER`` teaches a
model as the job folder says (personal/teaching.py writes it) and reports on stdout,
one JSON object per line. A process of its own: native training code can crash, and
it runs under a memory ceiling estimated before anything large is allocated.

The folder: ``job.json`` (what to do), ``data.json`` (the text or examples, split),
``state.json`` (the curve so far, where it is, the held-out figures; rewritten whole
after every step), ``work.gguf`` (the F32 copy being taught; it is the checkpoint)
and the files ``pause`` / ``cancel`` the app creates to ask it to stop. A paused or
killed job goes on from its last step: the weights and the place in the data are
kept (the optimizer's moments are not: llama.cpp cannot save them).
"""

from __future__ import annotations

import json
import logging
import math
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import psutil

from assistant.engine.gguf_check import read_header
from assistant.engine.limits import apply_memory_ceiling
from assistant.ground import atomic
from assistant.ground.errors import UserError

log = logging.getLogger(__name__)

EXIT_PAUSED = 3
EXIT_CANCELLED = 4
EXIT_FAILED = 2
CHECKPOINT_SECONDS = 300.0  # F32 weights are large: written this often, and on pause


_orphaned = False  # the app that reads our lines is gone


def say(event: str, **fields: Any) -> None:
    """A line for the app; once nobody reads them, the job pauses at the next step."""
    global _orphaned
    try:
        print(json.dumps({"event": event, **fields}), flush=True)
    except BrokenPipeError:
        _orphaned = True


def estimate_bytes(params: int, layers: int, embd: int, vocab: int, n_ctx: int) -> int:
    """Memory a teaching run takes: F32 weights, their gradients and AdamW's two
    moments (4 copies), the logits and their gradient over the vocabulary, the
    activations kept for the backward pass, and the process itself."""
    weights = 4 * params
    logits = 4 * n_ctx * vocab * 4
    activations = 4 * n_ctx * layers * embd * 24
    return 4 * weights + logits + activations + 256 * 2**20


class Job:
    """A job folder, read and written by the child."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.spec: dict[str, Any] = json.loads((folder / "job.json").read_text())
        state = folder / "state.json"
        self.state: dict[str, Any] = json.loads(state.read_text()) if state.exists() else {}

    def save_state(self) -> None:
        atomic.write_text(self.folder / "state.json", json.dumps(self.state))

    def asked(self, what: str) -> bool:
        return (self.folder / what).exists()


def keep_header(f32: Path, folder: Path) -> None:
    """The F32 copy's header and tensor table, kept: llama.cpp's model saver drops the
    chat template and writes the training window as the context length, so the result
    is the original header over the taught weights (:func:`splice`)."""
    header = read_header(str(f32))
    with f32.open("rb") as f:
        atomic.write_bytes(folder / "header.bin", f.read(header.data_start))
    table = [[n, list(d), t, o, b] for n, d, t, o, b in header.tensors]
    atomic.write_text(folder / "tensors.json", json.dumps(table))


def splice(folder: Path, weights: Path, out: Path) -> None:
    """``out``: the kept header, then each tensor's taught values from ``weights`` (a
    file of llama.cpp's saver, with its tensors in another order) where the header
    says; refused if a tensor is missing or has another shape or type."""
    header = read_header(str(weights))
    taught = {n: (d, t, o, b) for n, d, t, o, b in header.tensors}
    start = header.data_start
    table = json.loads((folder / "tensors.json").read_text())
    head = (folder / "header.bin").read_bytes()
    with weights.open("rb") as src, out.open("wb") as dst:
        dst.write(head)
        for name, dims, ttype, offset, nbytes in sorted(table, key=lambda t: t[3]):
            have = taught.get(name)
            if have is None or list(have[0]) != dims or have[1] != ttype or have[3] != nbytes:
                raise UserError(f"The taught weights do not match the model ({name}).")
            dst.seek(len(head) + offset)
            src.seek(start + have[2])
            left = nbytes
            while left:
                block = src.read(min(left, 1 << 24))
                if not block:
                    raise UserError("The taught weights are cut short.")
                dst.write(block)
                left -= len(block)
        dst.truncate()


def checkpoint(trainer: Any, job: Job) -> None:
    """The weights and the place in the data, together: the F32 copy is written beside
    and renamed over the last one, then the state that goes with it."""
    trainer.save(str(job.folder / "work.tmp"))
    os.replace(job.folder / "work.tmp", job.folder / "work.gguf")
    job.save_state()


def windows(tokens: list[int], n_ctx: int) -> list[list[int]]:
    """Windows of n_ctx + 1 tokens (inputs and the next token of each), half
    overlapping, as llama.cpp's finetune example cuts them."""
    stride = max(1, n_ctx // 2)
    return [tokens[i : i + n_ctx + 1] for i in range(0, len(tokens) - n_ctx, stride)]


def tokens_of(trainer: Any, data: dict[str, Any], part: str, template: Any) -> list[int]:
    """The tokens of the text or of the examples (each rendered with the model's chat
    template as a prompt and its answer, ended with the end-of-text token)."""
    if data["kind"] == "text":
        text = data["train_text" if part == "train" else "held_out_text"]
        return list(trainer.tokenize(text, add_special=False))
    out: list[int] = []
    for ex in data["train_examples" if part == "train" else "held_out_examples"]:
        messages = [
            {"role": "user", "content": ex["prompt"]},
            {"role": "assistant", "content": ex["answer"]},
        ]
        if template is not None:
            text = template.render(messages, add_generation_prompt=False)
        else:
            text = f"{ex['prompt']}\n{ex['answer']}"
        out += [*trainer.tokenize(text, add_special=False), trainer.eos]
    return out


def main(folder: Path) -> int:
    from assistant.engine.gguf_check import check_gguf_file
    from assistant.engine.llama.training import Trainer, convert, model_bytes
    from assistant.engine.template import template_from_metadata

    job = Job(folder)
    spec, state = job.spec, job.state
    base, n_ctx, threads = spec["base"], int(spec["context"]), int(spec["threads"])
    params, layers, embd, vocab = model_bytes(base)
    need = estimate_bytes(params, layers, embd, vocab, n_ctx)
    free = psutil.virtual_memory().available
    state["estimate_bytes"] = need
    if need > free:
        raise UserError(
            f"Teaching this model needs about {need / 2**30:.1f} GiB of memory; "
            f"{free / 2**30:.1f} GiB are free. Close other programs or choose a smaller model."
        )
    apply_memory_ceiling(need)
    work = folder / "work.gguf"
    if not work.exists():
        say("preparing")
        convert(base, str(folder / "work.tmp"), 0, threads)  # F32 (dequantized)
        keep_header(folder / "work.tmp", folder)
        os.replace(folder / "work.tmp", work)
    data = json.loads((folder / "data.json").read_text())
    header = check_gguf_file(base)
    trainer = Trainer(str(work), n_ctx, threads, float(spec["learning_rate"]))
    try:
        template = None
        if data["kind"] == "examples":
            template, _why = template_from_metadata(
                header.metadata, bos="", eos=trainer.piece(trainer.eos), name=Path(base).name
            )
        train = windows(tokens_of(trainer, data, "train", template), trainer.n_ctx)
        held = windows(tokens_of(trainer, data, "held_out", template), trainer.n_ctx)
        if not train or not held:
            raise UserError(
                f"There is too little to teach with windows of {trainer.n_ctx} tokens: "
                "add more text or examples."
            )
        state.setdefault("curve", [])
        state.setdefault("epoch", 0)
        state.setdefault("position", 0)
        state["windows"], state["held_out_windows"] = len(train), len(held)
        if "before" not in state:
            say("measuring")
            loss, _ = trainer.run(held, train=False)
            state["before"] = loss
            job.save_state()
        epochs = int(spec["epochs"])
        say("started", **_public(state, epochs))
        while state["epoch"] < epochs:
            stopped = _epoch(trainer, job, train, held, epochs)
            if stopped is not None:
                return stopped
        state["after"] = state["curve"][-1][2]
        say("saving")
    finally:
        trainer.close()
    _install(job, threads)
    say("done", result=state["result"], **_public(state, int(spec["epochs"])))
    return 0


def _epoch(
    trainer: Any, job: Job, train: list[list[int]], held: list[list[int]], epochs: int
) -> int | None:
    """The rest of the epoch under way, then its held-out loss; the exit code when it
    was asked to stop (paused: checkpointed first), else None."""
    state = job.state
    started, began, saved = time.monotonic(), state["position"], time.monotonic()

    def step(_train: bool, done: int, _all: int, loss: float) -> None:
        nonlocal saved
        state["position"] = began + done
        point = state["epoch"] + state["position"] / len(train)
        state["curve"].append([round(point, 4), loss, None])
        left = len(train) - state["position"] + (epochs - state["epoch"] - 1) * len(train)
        state["seconds_left"] = (time.monotonic() - started) / done * left
        if time.monotonic() - saved > CHECKPOINT_SECONDS:  # a crash loses little
            checkpoint(trainer, job)
            saved = time.monotonic()
        say("step", **_public(state, epochs))

    def stop() -> bool:
        return _orphaned or job.asked("pause") or job.asked("cancel")

    rest = train[began:]
    _loss, done = trainer.run(rest, train=True, progress=step, stop=stop)
    if done < len(rest):
        if job.asked("cancel"):
            return EXIT_CANCELLED
        checkpoint(trainer, job)
        say("paused", **_public(state, epochs))
        return EXIT_PAUSED
    loss, _ = trainer.run(held, train=False)
    state["curve"][-1][2] = loss
    state["epoch"] += 1
    state["position"] = 0
    checkpoint(trainer, job)
    say("epoch", **_public(state, epochs))
    return None


def _install(job: Job, threads: int) -> None:
    """The taught model, quantized to Q8_0, into the models folder under its name, with
    its card beside it; only a whole file gets the name the library lists."""
    from assistant.engine.llama.training import FTYPE_Q8_0, convert

    spec, state = job.spec, job.state
    target = Path(spec["target"])
    partial = target.with_name(f".{target.name}.partial")
    whole = job.folder / "taught.f32"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        splice(job.folder, job.folder / "work.gguf", whole)
        convert(str(whole), str(partial), FTYPE_Q8_0, threads)
        read_header(str(partial))  # whole (a full disk can cut llama.cpp's write short)
        card = {
            "name": target.stem,
            "base": spec["base_name"],
            "taught_on": spec["sources"],
            "kind": spec["kind"],
            "epochs": spec["epochs"],
            "learning_rate": spec["learning_rate"],
            "context": spec["context"],
            "windows": state["windows"],
            "when": time.time(),
            "held_out_perplexity_before": math.exp(state["before"]),
            "held_out_perplexity_after": math.exp(state["after"]),
        }
        atomic.write_text(target.with_name(target.name + ".card.json"), json.dumps(card, indent=1))
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"The taught model could not be saved: {exc.strerror}.") from exc
    except BaseException:
        partial.unlink(missing_ok=True)  # never listed, and not left behind
        raise
    finally:
        whole.unlink(missing_ok=True)
    state["result"] = str(target)
    job.save_state()


def _public(state: dict[str, Any], epochs: int) -> dict[str, Any]:
    return {
        "epoch": state["epoch"],
        "epochs": epochs,
        "position": state["position"],
        "windows": state.get("windows", 0),
        "curve": state["curve"],
        "before": state.get("before"),
        "seconds_left": state.get("seconds_left"),
        "estimate_bytes": state.get("estimate_bytes"),
    }


if __name__ == "__main__":
    # Ctrl+C in a terminal reaches the whole process group: the app asks this process
    # to pause (a file), which checkpoints first.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    try:
        sys.exit(main(Path(sys.argv[1])))
    except UserError as exc:
        say("failed", message=str(exc))
        sys.exit(EXIT_FAILED)
    except MemoryError:
        say("failed", message="Teaching ran out of memory; choose a smaller model.")
        sys.exit(EXIT_FAILED)
