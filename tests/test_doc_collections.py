"""Document collections on real files with the real embedding model: indexing mixed
folders, incremental sync, paraphrased questions, citations, bad files, a damaged index,
a changed embedding model, a full disk and a kill -9 mid-index."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.documents.library import Documents
from assistant.documents.loaders import blocks
from assistant.ground.errors import UserError
from assistant.store.doc_index import DocIndex
from tests.conftest import tmpfs
from tests.fixtures import documents as fx

LEASE = """# Tenancy agreement

This agreement is made between the landlord and the tenant for the flat at 4 Mill Lane.

## Notice periods

Either party may end this tenancy by giving the other at least three months' written
notice, to take effect at the end of a calendar quarter.

## Rent

The monthly rent is 1,200 euros, payable on the first working day of each month into the
landlord's bank account.
"""

HANDBOOK_PAGES = [
    "Travel expenses. Train tickets in second class and hotel nights up to 120 euros are "
    "reimbursed when the receipt is handed in within thirty days.",
    "Annual leave. Every employee is entitled to 28 days of paid holiday per year, plus "
    "public holidays. Unused days may be carried over until the end of March.",
]

GARDEN = """Tomatoes need a sunny spot and deep watering twice a week in summer.

Roses are pruned in early spring, just above an outward-facing bud.
"""


def write_corpus(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "lease.md").write_text(LEASE)
    fx.pdf(root / "handbook.pdf", HANDBOOK_PAGES)
    (root / "notes").mkdir()
    (root / "notes" / "garden.txt").write_text(GARDEN)
    fx.docx_file(root / "notes" / "report.docx")
    (root / "notes" / "page.html").write_text(fx.HTML)
    (root / "README").write_text("This folder holds the household papers.\n")
    (root / "prices.csv").write_text("item,price\nbread,2.40\nmilk,1.10\n")
    return root


def add_bad_files(root: Path, tmp: Path) -> dict[str, str]:
    """Files that must be skipped, and a word of the reason each must give."""
    fx.encrypted_pdf(root / "locked.pdf", fx.pdf(tmp / "plain.pdf", ["secret"]))
    fx.image_only_pdf(root / "scan.pdf", tmp)
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (root / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    (root / "empty.md").write_text("")
    (root / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    fx.damaged_docx(root / "damaged.docx", fx.docx_file(tmp / "whole.docx"))
    good_pdf = fx.pdf(tmp / "good.pdf", ["text"]).read_bytes()
    (root / "bad_filter.pdf").write_bytes(good_pdf.replace(b"/FlateDecode", b"/FlateDec&de"))
    (root / ".hidden.txt").write_text("never indexed")
    with (root / "huge.log").open("wb") as f:
        f.truncate(201 << 20)  # sparse: 201 MB on paper, nothing on disk
    return {
        "huge.log": "too large",
        "locked.pdf": "password",
        "scan.pdf": "text layer",
        "photo.png": "not a kind of file",
        "binary.txt": "binary",
        "empty.md": "empty",
        "broken.docx": "Word",
        "damaged.docx": "not a readable Word document",
        "bad_filter.pdf": "not a readable PDF",
    }


def test_a_mixed_folder_is_indexed_and_bad_files_listed_with_reasons(
    documents: Documents, tmp_path: Path
) -> None:
    root = write_corpus(tmp_path / "papers")
    expected_skips = add_bad_files(root, tmp_path)
    # Restricted (an owner password only): opens in any viewer without asking, so it is read.
    statement = fx.pdf(tmp_path / "statement.pdf", ["Your balance is 310 euros."])
    fx.encrypted_pdf(root / "statement.pdf", statement, user="", algorithm="AES-256")
    documents.add("papers", [root])
    report = documents.sync("papers")
    indexed = {Path(p).name for p, row in documents.index.files("papers").items()
               if row.status == "indexed"}  # fmt: skip
    assert indexed == {
        "lease.md", "handbook.pdf", "garden.txt", "report.docx", "page.html", "README",
        "prices.csv", "statement.pdf",
    }  # fmt: skip
    skipped = {Path(p).name: why for p, why in report.skipped}
    assert set(skipped) == set(expected_skips)
    for name, word in expected_skips.items():
        assert word in skipped[name], (name, skipped[name])
    assert report.added == 8 and report.passages >= 8
    stats = documents.index.stats("papers")
    assert stats["indexed"] == 8 and stats["skipped"] == len(expected_skips)


def test_paraphrased_questions_find_the_right_passage_and_place(
    documents: Documents, tmp_path: Path
) -> None:
    documents.add("papers", [write_corpus(tmp_path / "papers")])
    documents.sync("papers")
    hit = documents.search(["papers"], "How far ahead must I tell the landlord I am moving out?")[0]
    assert hit.name == "lease.md" and "three months" in hit.passage.text
    assert hit.passage.heading in ("Notice periods", "Tenancy agreement")
    hit = documents.search(["papers"], "How many vacation days do staff get?")[0]
    assert hit.name == "handbook.pdf" and hit.passage.page == 2 and hit.where() == "p. 2"
    hit = documents.search(["papers"], "when should I cut back my rose bushes")[0]
    assert hit.name == "garden.txt"
    # Keywords alone find exact names and numbers too.
    kw = documents.search(["papers"], "Mill Lane", mode="keyword")
    assert kw and kw[0].name == "lease.md"
    # The passage's offsets point at its text in the document.
    lease = documents.search(["papers"], "monthly rent euros bank account")[0]
    assert lease.name == "lease.md"
    joined = "\n\n".join(b.text for b in blocks(tmp_path / "papers" / "lease.md"))
    span = joined[lease.passage.start : lease.passage.end]
    assert span.split() == lease.passage.text.split()


def test_warming_loads_the_vectors_before_the_first_question(
    documents: Documents, tmp_path: Path
) -> None:
    documents.add("papers", [write_corpus(tmp_path / "papers")])
    documents.sync("papers")
    assert "papers" not in documents.index._cache
    documents.warm(["papers", "deleted since"])  # a name a chat kept is no error
    pids, matrix = documents.index._cache["papers"][1:]
    assert len(pids) == matrix.shape[0] >= 7 and matrix.shape[1] == 384


def test_incremental_sync_adds_changes_and_removes(documents: Documents, tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "papers")
    documents.add("papers", [root])
    first = documents.sync("papers")
    assert first.added == 7
    again = documents.sync("papers")
    assert (again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, 7)
    assert again.passages == 0
    (root / "new.txt").write_text("The boiler is serviced every October by Hansen Heating.")
    (root / "notes" / "garden.txt").write_text(GARDEN + "\nBasil hates cold nights.\n")
    (root / "prices.csv").unlink()
    os.utime(root / "lease.md")  # touched, same content: not read again
    r = documents.sync("papers")
    assert (r.added, r.changed, r.removed, r.unchanged) == (1, 1, 1, 5)
    assert documents.search(["papers"], "who services the heating")[0].name == "new.txt"
    assert not documents.search(["papers"], "bread milk price", mode="keyword")


def test_a_file_changed_while_indexing_is_read_again_next_time(
    documents: Documents, tmp_path: Path
) -> None:
    root = write_corpus(tmp_path / "papers")
    documents.add("papers", [root])
    target = root / "notes" / "garden.txt"

    def meanwhile(p: object) -> None:
        if getattr(p, "current", "") == str(target) and "Basil" not in target.read_text():
            time.sleep(0.01)
            target.write_text(GARDEN + "\nBasil hates cold nights.\n")

    documents.sync("papers", meanwhile)
    r = documents.sync("papers")
    assert r.changed == 1
    assert "Basil" in documents.search(["papers"], "basil cold", mode="keyword")[0].passage.text


def test_a_folder_that_disappears_keeps_its_files_until_removed(
    documents: Documents, tmp_path: Path
) -> None:
    root = write_corpus(tmp_path / "papers")
    other = tmp_path / "usb"
    other.mkdir()
    (other / "manual.txt").write_text("The pump must be descaled every six months.")
    documents.add("papers", [root, other])
    documents.sync("papers")
    shutil.rmtree(other)
    r = documents.sync("papers")
    assert r.removed == 0 and any("Not found" in n for n in r.notes)
    assert documents.search(["papers"], "descale pump")[0].name == "manual.txt"
    documents.collections.remove_paths("papers", [str(other)])
    r = documents.sync("papers")
    assert r.removed == 1


def test_unknown_collection_and_missing_path_are_clear_errors(documents: Documents) -> None:
    with pytest.raises(UserError, match="No document collection named 'nope'"):
        documents.sync("nope")
    with pytest.raises(UserError, match="Not found"):
        documents.add("papers", ["/no/such/folder"])
    with pytest.raises(UserError, match="needs a name"):
        documents.add("  ", ["/"])


def indexed_then_closed(documents: Documents, tmp_path: Path) -> Path:
    """The corpus indexed as collection "papers", the index closed; its folder."""
    root = write_corpus(tmp_path / "papers")
    documents.add("papers", [root])
    documents.sync("papers")
    documents.close()
    return root


def test_a_damaged_index_is_set_aside_and_rebuilt(
    documents: Documents, tmp_path: Path, minilm: Path, embed_host: object
) -> None:
    root = indexed_then_closed(documents, tmp_path)
    index_file = tmp_path / "documents.db"
    data = bytearray(index_file.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header and the schema page: unreadable
    index_file.write_bytes(bytes(data))
    (tmp_path / "documents.db-wal").unlink(missing_ok=True)
    again = Documents(documents.collections.repo, index_file, embed_host, tmp_path, minilm)  # type: ignore[arg-type]
    assert again.index.notes and "started afresh" in again.index.notes[0]
    assert list(tmp_path.glob("documents.db.damaged-*"))
    assert again.collections.get("papers").paths == (str(root),)  # the collection stays
    # Asked before it is indexed again: what to do, not an empty answer.
    with pytest.raises(UserError, match="'papers' is not indexed yet; sync it"):
        again.search(["papers"], "rent")
    report = again.sync("papers")
    assert report.added == 7
    assert any("damaged and has been started afresh" in n for n in report.notes)
    assert not again.sync("papers").notes  # told once
    again.close()


def test_an_index_of_an_earlier_version_is_built_afresh(
    documents: Documents, tmp_path: Path, minilm: Path, embed_host: object
) -> None:
    indexed_then_closed(documents, tmp_path)
    index_file = tmp_path / "documents.db"
    with sqlite3.connect(index_file) as c:
        c.execute("UPDATE meta SET value = '2' WHERE key = 'version'")
    c.close()
    again = Documents(documents.collections.repo, index_file, embed_host, tmp_path, minilm)  # type: ignore[arg-type]
    assert again.index.stats("papers")["indexed"] == 0
    assert not list(tmp_path.glob("documents.db.damaged-*"))  # nothing kept aside
    report = again.sync("papers")
    assert report.added == 7
    assert any("earlier version of the app" in n for n in report.notes)
    assert again.search(["papers"], "monthly rent")[0].name == "lease.md"
    again.close()


def test_a_changed_embedding_model_indexes_everything_again(
    documents: Documents, tmp_path: Path, minilm: Path, embed_host: object
) -> None:
    root = write_corpus(tmp_path / "papers")
    documents.add("papers", [root])
    documents.sync("papers")
    other_model = tmp_path / "other-embedder.gguf"
    shutil.copy(minilm, other_model)
    documents.close()
    switched = Documents(
        documents.collections.repo,
        tmp_path / "documents.db",
        embed_host,
        tmp_path,
        other_model,  # type: ignore[arg-type]
    )
    with pytest.raises(UserError, match="another embedding model"):
        switched.search(["papers"], "rent")
    r = switched.sync("papers")
    assert r.added == 7 and any("embedding model changed" in n for n in r.notes)
    assert switched.search(["papers"], "monthly rent")[0].name == "lease.md"
    switched.close()


def test_a_full_disk_stops_indexing_with_a_clear_message_and_keeps_the_index(
    tmp_path: Path, minilm: Path, embed_host: object
) -> None:
    from assistant.store import Repository

    root = write_corpus(tmp_path / "papers")
    for i in range(40):
        (root / f"long{i}.txt").write_text(
            "\n\n".join(f"Paragraph {i}.{j}: " + "words of a long note " * 40 for j in range(30))
        )
    repo = Repository(tmp_path / "history.db")
    with tmpfs(tmp_path / "small", "1m") as small:
        docs = Documents(repo, small / "documents.db", embed_host, tmp_path, minilm)  # type: ignore[arg-type]
        try:
            docs.add("papers", [root])
            with pytest.raises(UserError, match="disk is full"):
                docs.sync("papers")
            stats = docs.index.stats("papers")
            assert stats["indexed"] >= 1 and stats["indexing"] <= 1
            assert docs.search(["papers"], "monthly rent")  # what was indexed is searchable
        finally:
            docs.close()
        conn = sqlite3.connect(small / "documents.db")
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()
        for name in ("documents.db", "documents.db-wal"):
            if (small / name).exists():
                shutil.copy(small / name, tmp_path / name)
    # With room again, the next sync finishes the job.
    docs = Documents(repo, tmp_path / "documents.db", embed_host, tmp_path, minilm)  # type: ignore[arg-type]
    docs.sync("papers")
    stats = docs.index.stats("papers")
    assert stats["indexed"] == 47 and stats["indexing"] == 0
    docs.close()
    repo.close()


KILL_SCRIPT = """
import sys
from pathlib import Path
from assistant.documents.library import Documents
from assistant.documents.loaders import blocks
from assistant.engine.host import EngineHost
from assistant.store import Repository
home = Path(sys.argv[1])
docs = Documents(Repository(home / "history.db"), home / "documents.db", EngineHost(), home,
                 Path(sys.argv[2]))
docs.sync("big")
"""


def big_collection_then_closed(
    documents: Documents, tmp_path: Path, files: int, parts: int
) -> None:
    """A collection "big" of ``files`` notes of ``parts`` paragraphs each, not yet
    indexed; the library closed so that another process can index it."""
    root = tmp_path / "big"
    root.mkdir()
    for i in range(files):
        (root / f"note{i:02}.txt").write_text(
            "\n\n".join(f"Note {i} part {j}: the meeting about topic {i * 100 + j} decided "
                        "to plan the next steps carefully. " * 3 for j in range(parts))
        )  # fmt: skip
    documents.add("big", [root])
    documents.close()


def test_kill_9_mid_index_leaves_a_consistent_index_the_next_sync_completes(
    documents: Documents, tmp_path: Path, minilm: Path
) -> None:
    big_collection_then_closed(documents, tmp_path, files=30, parts=40)
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(tmp_path), str(minilm)])
    index_file = tmp_path / "documents.db"
    deadline = time.monotonic() + 120
    passages = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if index_file.exists():
            try:
                conn = sqlite3.connect(index_file, timeout=1)
                passages = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:
                continue
            if passages > 150:
                break
    assert proc.poll() is None, "indexing finished before it could be killed"
    proc.kill()
    proc.wait()
    index = DocIndex(index_file)
    assert not index.notes  # not damaged
    assert index._conn().execute("PRAGMA integrity_check").fetchone() == ("ok",)
    unfinished = [r for r in index.files("big").values() if r.status != "indexed"]
    assert len(unfinished) <= 1
    done_before = sum(1 for r in index.files("big").values() if r.status == "indexed")
    index.close()
    report = documents.sync("big")
    assert report.added + report.changed == 30 - done_before
    stats = documents.index.stats("big")
    assert stats["indexed"] == 30 and stats["indexing"] == 0
    # The same passages as indexing the folder in one go.
    fresh = Documents(
        documents.collections.repo, tmp_path / "fresh.db", documents._host, tmp_path, minilm
    )
    fresh.sync("big")
    assert fresh.index.stats("big")["passages"] == stats["passages"]
    fresh.close()


def test_two_apps_syncing_one_collection_at_once_index_it_once(
    documents: Documents, tmp_path: Path, minilm: Path
) -> None:
    """The window's sync and `assistant docs sync` in a terminal, at the same time: one
    waits for the other, and each file is in the index once."""
    big_collection_then_closed(documents, tmp_path, files=12, parts=20)
    procs = [
        subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(tmp_path), str(minilm)])
        for _ in range(2)
    ]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    index = DocIndex(tmp_path / "documents.db")
    twice = (
        index._conn()
        .execute(
            "SELECT count(*) FROM (SELECT file_id, ordinal FROM passages GROUP BY 1, 2 "
            "HAVING count(*) > 1)"
        )
        .fetchone()[0]
    )
    stats = index.stats("big")
    index.close()
    assert twice == 0 and stats["indexed"] == 12 and stats["indexing"] == 0
    fresh = Documents(
        documents.collections.repo, tmp_path / "fresh.db", documents._host, tmp_path, minilm
    )
    fresh.sync("big")
    assert fresh.index.stats("big")["passages"] == stats["passages"]
    fresh.close()


PERMISSION_SCRIPT = """
import json, sys
from pathlib import Path
from assistant.documents.library import Documents
from assistant.engine.host import EngineHost
from assistant.store import Repository
home = Path(sys.argv[1])
host = EngineHost()
docs = Documents(Repository(home / "history.db"), home / "documents.db", host, home,
                 Path(sys.argv[2]))
docs.add("locked", [sys.argv[3]])
r = docs.sync("locked")
print(json.dumps({"added": r.added, "skipped": r.skipped, "notes": r.notes}))
docs.close()
host.close()
"""


def without_root_powers(cmd: list[str]) -> list[str]:
    """Run ``cmd`` so that file permissions apply to it (root ignores them otherwise)."""
    if os.geteuid() != 0:
        return cmd
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions cannot apply")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *cmd]


def test_unreadable_files_and_folders_are_skipped_with_the_reason(
    tmp_path: Path, minilm: Path
) -> None:
    import json

    root = tmp_path / "shared"
    root.mkdir()
    (root / "ok.txt").write_text("The spare key is under the blue flower pot.")
    secret = root / "secret.txt"
    secret.write_text("Nobody may read this.")
    private = root / "private"
    private.mkdir()
    (private / "hidden.txt").write_text("Inside a locked folder.")
    secret.chmod(0)
    private.chmod(0)
    try:
        out = subprocess.run(
            without_root_powers(
                [sys.executable, "-c", PERMISSION_SCRIPT, str(tmp_path), str(minilm), str(root)]
            ),
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    finally:
        secret.chmod(0o644)
        private.chmod(0o755)
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["added"] == 1
    assert report["skipped"] == [[str(secret), "permission denied"]]
    assert any("Could not read the folder" in n and "private" in n for n in report["notes"])


def test_pause_and_cancel_mid_sync_then_the_next_sync_finishes(
    documents: Documents, tmp_path: Path
) -> None:
    import threading

    root = tmp_path / "notes"
    root.mkdir()
    for i in range(12):
        (root / f"note{i:02}.txt").write_text(
            "\n\n".join(f"Note {i}.{j}: item {i * 100 + j} was discussed at length and "
                        "postponed to the next meeting." for j in range(40))
        )  # fmt: skip
    documents.add("notes", [root])
    cancel, pause = threading.Event(), threading.Event()
    seen: list[int] = []

    def progress(p: object) -> None:
        seen.append(getattr(p, "files_done", 0))
        if len(seen) == 3:
            pause.set()
            threading.Timer(0.5, cancel.set).start()  # paused, then cancelled

    started = time.monotonic()
    report = documents.sync("notes", progress, cancel, pause)
    assert report.cancelled and time.monotonic() - started >= 0.5
    stats = documents.index.stats("notes")
    assert stats["indexing"] == 0 and stats["indexed"] == report.added < 12
    again = documents.sync("notes")
    assert not again.cancelled and again.added == 12 - report.added
    assert documents.index.stats("notes")["indexed"] == 12
