"""Teaching the real starter model on this machine, through the teaching child: one
short epoch on a text lowers the held-out perplexity, pausing and resuming continue the
curve, the result is a model that loads and answers, with its card; cancel leaves
nothing; examples of a classification teach it (more held-out examples right)."""

from __future__ import annotations

import hashlib
import json
import math
import random
from pathlib import Path

import pytest

from assistant.engine.backend import LoadOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.models.library import LocalModel
from assistant.personal.teaching import Event, Lesson, Teaching, card_of
from assistant.personal.teaching_data import read_data

pytestmark = pytest.mark.slow

PLACES = ["Brindlemoor", "Ashcombe", "Wexholt", "Tarnby", "Quillford", "Mossgate"]
TRADES = ["weavers", "smiths", "millers", "potters", "brewers", "tanners"]
THINGS = ["blue cloth", "iron nails", "rye flour", "red jugs", "dark ale", "soft leather"]


def town_text(sentences: int, seed: int = 0) -> str:
    """Prose about made-up towns in a few patterns: learnable, and new to the model."""
    rng = random.Random(seed)
    lines = []
    for _ in range(sentences):
        i = rng.randrange(len(PLACES))
        lines.append(
            rng.choice(
                [
                    f"In {PLACES[i]} the {TRADES[i]} make {THINGS[i]} for the market.",
                    f"The {TRADES[i]} of {PLACES[i]} are known for their {THINGS[i]}.",
                    f"Every spring {PLACES[i]} sends {THINGS[i]} down the river.",
                ]
            )
        )
    return "\n".join(lines)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_teach_pause_resume_and_use(starter: Path, tmp_path: Path) -> None:
    source = tmp_path / "towns.txt"
    source.write_text(town_text(230))
    base = LocalModel("SmolLM2 135M", starter, starter.stat().st_size)
    before = digest(starter)
    teaching = Teaching(tmp_path / "teaching", tmp_path / "models")
    job = teaching.start(Lesson(base, "towns", learning_rate=1e-4), read_data([source]))
    events: list[Event] = []

    def pause_early(event: Event) -> None:
        events.append(event)
        if event.kind == "step" and event.fields["position"] >= 3:
            job.pause()

    last = job.run(pause_early)
    assert last.kind == "paused", last.fields
    paused_at = last.fields["position"]
    assert 3 <= paused_at < last.fields["windows"]
    assert [j.id for j in teaching.jobs()] == [job.id]  # kept for a restart
    # A restart: the job is found again and goes on from its checkpoint.
    again = teaching.jobs()[0]
    resumed: list[Event] = []
    last = again.run(resumed.append)
    assert last.kind == "done", last.fields
    steps = [e.fields["position"] for e in resumed if e.kind == "step"]
    assert steps[0] == paused_at + 1  # the curve continues where it stopped
    curve = last.curve
    assert len(curve) == last.fields["windows"]
    assert [p[0] for p in curve] == sorted(p[0] for p in curve)
    held_before, held_after = last.fields["before"], curve[-1][2]
    assert held_after < held_before  # held-out perplexity dropped
    target = tmp_path / "models" / "towns.gguf"
    card = card_of(target)
    assert card is not None and card["taught_on"] == [str(source)]
    assert card["held_out_perplexity_after"] == pytest.approx(math.exp(held_after))
    assert card["held_out_perplexity_before"] > card["held_out_perplexity_after"]
    assert teaching.jobs() == []  # done: its working files are gone
    assert digest(starter) == before  # the base is untouched
    with EngineHost(LoadOptions(n_ctx=512)) as host:
        host.load(str(target))
        done = host.complete(
            [{"role": "user", "content": "What do the weavers of Brindlemoor make?"}],
            SamplingParams(max_tokens=16, temperature=0),
        )
    assert done.text.strip()


def test_cancel_leaves_nothing(starter: Path, tmp_path: Path) -> None:
    source = tmp_path / "towns.txt"
    source.write_text(town_text(230, seed=1))
    base = LocalModel("SmolLM2 135M", starter, starter.stat().st_size)
    teaching = Teaching(tmp_path / "teaching", tmp_path / "models")
    job = teaching.start(Lesson(base, "towns"), read_data([source]))

    def cancel_at_once(event: Event) -> None:
        if event.kind == "step":
            job.cancel()

    assert job.run(cancel_at_once).kind == "cancelled"
    assert teaching.jobs() == [] and not list((tmp_path / "teaching").iterdir())
    assert not (tmp_path / "models").exists() or not list((tmp_path / "models").iterdir())


REVIEWS = {
    "positive": ["loved", "enjoyed", "adored", "was delighted by", "was thrilled by"],
    "negative": ["hated", "disliked", "was bored by", "regretted buying", "was annoyed by"],
}
ITEMS = ["this book", "the film", "the new phone", "that restaurant", "the concert", "my shoes"]


def examples() -> list[dict[str, str]]:
    out = []
    for label, verbs in REVIEWS.items():
        for verb in verbs:
            for item in ITEMS:
                out.append({"prompt": f"Review: I {verb} {item}.", "answer": label})
    random.Random(3).shuffle(out)
    return out


def right(host: EngineHost, held: list[dict[str, str]]) -> int:
    score = 0
    for ex in held:
        done = host.complete(
            [{"role": "user", "content": ex["prompt"]}],
            SamplingParams(max_tokens=3, temperature=0),
        )
        words = done.text.strip().lower().split()
        score += bool(words) and words[0].strip(".!,") == ex["answer"]
    return score


def test_a_classification_taught_by_examples(starter: Path, tmp_path: Path) -> None:
    data_file = tmp_path / "reviews.jsonl"
    data_file.write_text("\n".join(json.dumps(e) for e in examples()))
    data = read_data([data_file])
    held = data.held_out_examples
    assert len(held) >= 6
    base = LocalModel("SmolLM2 135M", starter, starter.stat().st_size)
    teaching = Teaching(tmp_path / "teaching", tmp_path / "models")
    job = teaching.start(Lesson(base, "reviews", epochs=2, learning_rate=1e-4), data)
    last = job.run()
    assert last.kind == "done", last.fields
    with EngineHost(LoadOptions(n_ctx=512)) as host:
        host.load(str(starter))
        before = right(host, held)
        host.load(str(tmp_path / "models" / "reviews.gguf"))
        after = right(host, held)
    assert after > before, (before, after)


def test_a_full_disk_while_saving_lists_nothing(starter: Path, tmp_path: Path) -> None:
    from tests.conftest import tmpfs

    source = tmp_path / "towns.txt"
    source.write_text(town_text(120, seed=2))
    base = LocalModel("SmolLM2 135M", starter, starter.stat().st_size)
    with tmpfs(tmp_path / "small", "40m") as small:
        teaching = Teaching(tmp_path / "teaching", small)
        job = teaching.start(Lesson(base, "towns"), read_data([source]))
        last = job.run()
        assert last.kind == "failed"
        assert "could not" in last.fields["message"] or "incomplete" in last.fields["message"]
        assert not [p for p in small.iterdir() if p.suffix == ".gguf"]  # nothing listed
        assert not list(small.glob(".*partial"))  # nothing half-written left
        assert [j.id for j in teaching.jobs()] == [job.id]  # kept: it can be saved later


def test_when_the_app_goes_away_the_job_pauses(starter: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    source = tmp_path / "towns.txt"
    source.write_text(town_text(120, seed=4))
    base = LocalModel("SmolLM2 135M", starter, starter.stat().st_size)
    teaching = Teaching(tmp_path / "teaching", tmp_path / "models")
    job = teaching.start(Lesson(base, "towns"), read_data([source]))
    child = subprocess.Popen(
        [sys.executable, "-m", "assistant.engine.teacher", str(job.folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    for line in child.stdout:  # the app reads until the first step, then quits
        if json.loads(line)["event"] == "step":
            break
    child.stdout.close()
    child.wait(timeout=120)
    state = job.state
    assert state["position"] >= 1  # checkpointed where it stopped
    assert [j.id for j in teaching.jobs()] == [job.id]
    assert (job.folder / "work.gguf").exists()
