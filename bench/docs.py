"""Documents benchmark: indexing speed against llama.cpp's own llama-embedding (built from
the same vendored sources, same model, same passages, same threads), query latency on an
index of 100,000 passages, and retrieval quality (recall@5) of keyword, vector and hybrid
search on questions over Debian's license texts (bench/docs_questions.py).

    .venv/bin/python bench/docs.py [-v]
    .venv/bin/python bench/docs.py --files 10000   # many files: speed and bounded memory
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.documents.embeddings import EngineEmbeddings
from assistant.documents.library import Documents
from assistant.documents.retrieval import Retriever
from assistant.engine.host import EngineHost
from assistant.models.bert_gguf import minilm_gguf
from assistant.store import Repository
from assistant.store.doc_index import DocIndex
from bench.docs_questions import HELD_OUT, QUESTIONS
from bench.llama_bench import llama_tool

LICENSES = Path("/usr/share/common-licenses")
THREADS = 2
BIG_INDEX = 100_000
_STAMP = re.compile(r"^(\d+)\.(\d+)\.(\d+)\.(\d+) I batch_decode: n_tokens = (\d+)")


def corpus(into: Path) -> Path:
    """The license texts (not the symlinks to them) as .txt files."""
    into.mkdir(parents=True, exist_ok=True)
    for f in sorted(LICENSES.iterdir()):
        if f.is_file() and not f.is_symlink():
            shutil.copy(f, into / f"{f.name}.txt")
    return into


def llama_embedding_rate(model: Path, texts: list[str], work: Path) -> float:
    """Tokens per second of llama-embedding's batches (from its log's timestamps: first
    batch start to last batch start, over the tokens of all but the last batch)."""
    prompts = work / "passages.txt"
    prompts.write_text("\n".join(" ".join(t.split()) for t in texts) + "\n")
    out = subprocess.run(
        [str(llama_tool("llama-embedding")), "-m", str(model), "-f", str(prompts),
         "-t", str(THREADS), "-b", "2048", "-ub", "2048", "-c", "2048",
         "--embd-normalize", "2", "--embd-output-format", "array", "--log-timestamps"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    batches = []
    for line in out.stderr.splitlines():
        m = _STAMP.match(line)
        if m:
            mins, secs, ms, us, n = (int(g) for g in m.groups())
            batches.append(((mins * 60 + secs) + ms / 1e3 + us / 1e6, n))
    assert len(batches) >= 3, out.stderr[-2000:]
    seconds = batches[-1][0] - batches[0][0]
    return sum(n for _, n in batches[:-1]) / seconds


def our_embedding_rate(emb: EngineEmbeddings, texts: list[str]) -> float:
    start = time.perf_counter()
    _, tokens = emb.embed(texts, background=False)
    return tokens / (time.perf_counter() - start)


def recall_at_5(
    docs: Documents, mode: str, questions: list[tuple[str, tuple[str, ...], str]]
) -> tuple[float, list[str]]:
    found, missed = 0, []
    for question, files, phrase in questions:
        hits = docs.search(["licenses"], question, 5, mode)  # type: ignore[arg-type]
        want = " ".join(phrase.lower().split())
        ok = any(
            Path(h.passage.path).stem in files and want in " ".join(h.passage.text.lower().split())
            for h in hits
        )
        found += ok
        if not ok:
            missed.append(question[:60])
    return found / len(questions), missed


def big_index(path: Path, sentences: list[str], dims: int) -> None:
    """100,000 passages of license sentences (shuffled) with random unit vectors: the
    latency of a search depends on the index's size, not on what the vectors mean."""
    rng = np.random.default_rng(7)
    index = DocIndex(path)
    index.use_embedding_model("bench")
    index.ensure_collection("big")
    per_file = 1000
    for f in range(BIG_INDEX // per_file):
        file_id = index.begin_file("big", f"/bench/file{f:03}.txt")
        rows = []
        for i in range(per_file):
            picked = rng.choice(len(sentences), 6)
            rows.append((" ".join(sentences[j] for j in picked) + f" ref{f}x{i}", None, "", 0, 0))
        vectors = rng.standard_normal((per_file, dims)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        index.add_passages(file_id, 0, rows, vectors)
        index.finish_file(file_id, 1, 1, "x", per_file, per_file * 40)
    index.close()


def many_files(count: int) -> None:
    """Index ``count`` small files: speed per file and the memory of the app process
    and the engine child along the way (bounded: it must not grow with the count)."""
    import psutil

    work = Path(tempfile.mkdtemp(prefix="bench-docs-files-"))
    host = EngineHost()
    try:
        texts = [p.read_text(errors="replace") for p in sorted(LICENSES.iterdir()) if p.is_file()]
        sentences = [s for t in texts for s in re.split(r"(?<=[.;])\s+", t) if len(s) > 30]
        root = work / "files"
        for i in range(count):
            folder = root / f"{i // 500:03}"
            folder.mkdir(parents=True, exist_ok=True)
            picked = [sentences[(i * 7 + k) % len(sentences)] for k in range(3)]
            (folder / f"note{i:05}.txt").write_text(f"Note {i}. " + " ".join(picked))
        model = minilm_gguf(work / "all-MiniLM-L6-v2.gguf")
        repo = Repository(work / "history.db")
        docs = Documents(repo, work / "documents.db", host, work, model_path=model)
        docs.add("many", [root])
        docs.embeddings.embed(["warm up"], background=False)
        me = psutil.Process()
        marks: dict[int, tuple[float, float]] = {}

        def progress(p: object) -> None:
            done = getattr(p, "files_done", 0)
            if done in (count // 10, count // 2, count) and done not in marks:
                child = psutil.Process(host.pid) if host.pid else None
                marks[done] = (me.memory_info().rss / 2**20,
                               child.memory_info().rss / 2**20 if child else 0.0)  # fmt: skip

        report = docs.sync("many", progress)
        print(f"{count:,} files: {report.added:,} indexed in {report.seconds:.0f} s "
              f"({report.added / report.seconds:.1f} files/s, "
              f"{report.passages / report.seconds:.1f} passages/s)")  # fmt: skip
        for done, (app, child) in sorted(marks.items()):
            print(f"  after {done:>6,} files: app {app:6.1f} MiB, engine child {child:6.1f} MiB")
        again = docs.sync("many")
        print(f"sync again, nothing changed: {again.seconds:.1f} s for {again.unchanged:,} files")
        docs.close()
        repo.close()
    finally:
        host.close()
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    if "--files" in sys.argv:
        many_files(int(sys.argv[sys.argv.index("--files") + 1]))
        return
    if not LICENSES.is_dir():
        sys.exit(f"{LICENSES} is missing (Debian's base-files)")
    work = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    host = EngineHost()
    try:
        model = minilm_gguf(work / "all-MiniLM-L6-v2.gguf")
        repo = Repository(work / "history.db")
        docs = Documents(repo, work / "documents.db", host, work, model_path=model)
        docs.add("licenses", [corpus(work / "licenses")])
        docs.embeddings.embed(["warm up"], background=False)  # load the model first
        report = docs.sync("licenses")
        print(f"corpus: {len(list((work / 'licenses').iterdir()))} license texts, "
              f"{report.passages} passages, {report.tokens} tokens")  # fmt: skip
        index_tps = report.tokens / report.seconds
        print(f"indexing (read, cut, embed, write): {report.passages / report.seconds:.1f} "
              f"passages/s, {index_tps:.0f} tokens/s")  # fmt: skip
        rows = docs.index._conn().execute("SELECT text FROM passages ORDER BY id").fetchall()
        texts = [r[0] for r in rows]
        ours, native = [], []
        for _ in range(3):  # alternated, so both see the same machine state
            ours.append(our_embedding_rate(docs.embeddings, texts))
            native.append(llama_embedding_rate(model, texts, work))
        o, n = statistics.median(ours), statistics.median(native)
        print(f"embedding only: engine child {o:.0f} tokens/s, llama-embedding {n:.0f} tokens/s, "
              f"ratio {o / n:.3f} (target >= 0.9)")  # fmt: skip
        print(f"indexing end to end vs llama-embedding: ratio {index_tps / n:.3f} (target >= 0.9)")

        for label, questions in (("questions", QUESTIONS), ("held-out questions", HELD_OUT)):
            print(f"recall@5 on {len(questions)} {label}:")
            for mode in ("keyword", "vector", "hybrid"):
                r, missed = recall_at_5(docs, mode, questions)
                print(f"  {mode:8s} {r:.3f}  ({len(questions) - len(missed)}/{len(questions)})")
                if "-v" in sys.argv:
                    for q in missed:
                        print(f"      missed: {q}")

        sentences = [s.strip() for t in texts for s in re.split(r"(?<=[.;])\s+", t)]
        sentences = [s for s in sentences if len(s) > 20]
        started = time.perf_counter()
        big_index(work / "big.db", sentences, 384)
        print(f"built a {BIG_INDEX:,}-passage index in {time.perf_counter() - started:.0f} s "
              f"({(work / 'big.db').stat().st_size / 2**20:.0f} MiB)")  # fmt: skip
        big = DocIndex(work / "big.db")
        emb = docs.embeddings
        retriever = Retriever(big, emb)
        retriever.embeddings = _SameModel(emb)  # type: ignore[assignment]
        started = time.perf_counter()
        retriever.search(["big"], QUESTIONS[0][0], 5)
        print(f"first query (loads the vectors): {(time.perf_counter() - started) * 1000:.0f} ms")
        # The window loads a chat's collections when they are picked or the chat opens.
        warmed = DocIndex(work / "big.db")
        started = time.perf_counter()
        warmed.warm(["big"])
        warming = time.perf_counter() - started
        retriever.index = warmed
        started = time.perf_counter()
        retriever.search(["big"], QUESTIONS[1][0], 5)
        print(f"first query once the collection is warmed (picked in the chat): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms (warming: {warming * 1000:.0f} ms "
              "in the background)")  # fmt: skip
        warmed.close()
        times = []
        for _ in range(3):
            for question, _, _ in QUESTIONS:
                started = time.perf_counter()
                retriever.search(["big"], question, 5)
                times.append((time.perf_counter() - started) * 1000)
        print(f"query latency (embed + keyword + vector + fusion), {BIG_INDEX:,} passages: "
              f"median {statistics.median(times):.1f} ms, p90 "
              f"{statistics.quantiles(times, n=10)[-1]:.1f} ms (target median <= 50 ms)")  # fmt: skip
        big.close()
        docs.close()
        repo.close()
    finally:
        host.close()
        shutil.rmtree(work, ignore_errors=True)


class _SameModel:
    """The real embedding model under the identity the synthetic index records."""

    identity = "bench"

    def __init__(self, emb: EngineEmbeddings) -> None:
        self._emb = emb

    def count(self, texts: list[str]) -> list[int]:
        return self._emb.count(texts)

    def embed(self, texts: list[str], background: bool = True) -> tuple[np.ndarray, int]:
        return self._emb.embed(texts, background)


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", str(THREADS))
    main()
