"""Store benchmark: search and paging on a 100,000-message history, and the cost of
checkpointing a streaming answer on the starter model.

Run: .venv/bin/python bench/store.py
"""

from __future__ import annotations

import itertools
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine.backend import Completion, LoadOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.models.starter import starter_model_path
from assistant.store import Repository
from assistant.store.exchange import _CONV_FIELDS, _MSG_FIELDS
from assistant.store.recorder import AnswerRecorder

COMMON = (
    "the of and to in is you that it he was for on are as with his they at be this have from "
    "or one had by word but not what all were we when your can said there use an each which "
    "she do how their if will up other about out many then them these so some her would make"
).split()
SYLLABLES = "ka lo mi ra ten sul vor pe an ti dra gon riv er gar den py thon mo del ca stle".split()


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    """Common words first, then made-up content words; used with Zipf weights, like text."""
    words = list(COMMON)
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


WORDS = vocabulary(random.Random(1))
CUM_WEIGHTS = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(WORDS))))


def fake_text(rng: random.Random) -> str:
    return " ".join(rng.choices(WORDS, cum_weights=CUM_WEIGHTS, k=rng.randint(20, 400)))


def conversation(rng: random.Random, n_messages: int, title: str) -> dict[str, object]:
    now = time.time()
    msgs = []
    for i in range(n_messages):
        msgs.append(
            {
                "id": i + 1,
                "parent_id": i or None,
                "role": "user" if i % 2 == 0 else "assistant",
                "content": fake_text(rng),
                "created": now + i,
                "status": "complete",
            }
        )
    return {
        "title": title,
        "created": now,
        "updated": now,
        "messages": msgs,
        "current_leaf": n_messages,
    }


def build(repo: Repository, rng: random.Random) -> int:
    batch = []
    for _ in range(2000):
        batch.append(conversation(rng, 50, " ".join(rng.sample(WORDS[100:3000], 4))))
        if len(batch) == 200:
            repo.import_conversations(batch, _CONV_FIELDS, _MSG_FIELDS)
            batch = []
    return repo.import_conversations(
        [conversation(rng, 10_000, "the long one")], _CONV_FIELDS, _MSG_FIELDS
    )[0]


def pct(values: list[float], p: float) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * p))]


def checkpoint_overhead(repo: Repository) -> tuple[float, float]:
    model = starter_model_path()
    assert model is not None, "the starter model is needed"
    host = EngineHost(LoadOptions(n_ctx=2048, n_threads=2))
    host.load(str(model))
    params = SamplingParams(max_tokens=257, ignore_eos=True, seed=1)
    prompt = [{"role": "user", "content": "Tell me a story."}]
    with_store, without = [], []
    cid = repo.create_conversation("bench")
    for rep in range(4):
        for attached in (False, True) if rep % 2 == 0 else (True, False):
            rec = AnswerRecorder(repo, cid, None) if attached else None
            t0 = time.perf_counter()
            done: Completion | None = None
            for item in host.stream(prompt, params):  # type: ignore[arg-type]
                if isinstance(item, Completion):
                    done = item
                elif rec is not None:
                    rec.add(item)
            assert done is not None
            if rec is not None:
                rec.finish(text=done.text)
            rate = (done.completion_tokens - 1) / (time.perf_counter() - t0 - done.prompt_seconds)
            (with_store if attached else without).append(rate)
    host.close()
    return statistics.median(with_store), statistics.median(without)


def main() -> None:
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "history.db"
        repo = Repository(path)
        t = time.perf_counter()
        long_id = build(repo, rng)
        print(f"built 110,000 messages in {time.perf_counter() - t:.1f} s")
        repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        repo.db.execute("ANALYZE")

        # What people search for: content words (ranks 100-5,000), one to three of them,
        # plus some very common words, a prefix being typed, and syntax characters.
        queries = [" ".join(rng.sample(WORDS[100:5000], rng.randint(1, 3))) for _ in range(60)]
        queries += ["the", "of and", WORDS[150][:3], '"foo', "AND OR", "zzzz", "it was"]
        times = []
        for q in queries:
            t = time.perf_counter()
            repo.search(q)
            times.append((time.perf_counter() - t) * 1000)
        print(
            f"search       median {statistics.median(times):6.2f} ms   p95 {pct(times, 0.95):6.2f} ms   "
            f"(targets <= 20 ms, <= 50 ms; {len(queries)} queries)"
        )

        opens = []
        for _ in range(20):
            fresh = Repository(path)
            t = time.perf_counter()
            page = fresh.page(long_id, limit=50)
            opens.append((time.perf_counter() - t) * 1000)
            fresh.close()
            assert len(page) == 50
        print(
            f"open newest page of a 10,000-message conversation: median {statistics.median(opens):5.2f} ms, "
            f"max {max(opens):5.2f} ms   (target <= 30 ms)"
        )

        messages = repo.statistics()["messages"]
        size = path.stat().st_size
        print(
            f"database     {size / 2**20:.1f} MiB for {messages} messages = {size / messages:.0f} bytes/message"
        )

        with_store, without = checkpoint_overhead(repo)
        cost = 1 - with_store / without
        print(
            f"checkpointing  generation {with_store:.1f} tok/s with the store vs {without:.1f} without: "
            f"cost {cost * 100:+.2f}%   (target <= 2%)"
        )
        repo.close()


if __name__ == "__main__":
    main()
