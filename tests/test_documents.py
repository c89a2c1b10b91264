"""Loaders on real files, bad input, and map-reduce summaries on the real model."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.documents.loaders import blocks, paragraphs, pdf_pages
from assistant.documents.summarize import Summarizer, SummaryProgress
from assistant.engine.host import EngineHost
from assistant.ground.errors import UserError
from assistant.presets import PresetLibrary
from assistant.services.summaries import summarize_file
from assistant.store import Repository
from tests.conftest import TEST_CTX
from tests.fixtures import documents as docs

TOPICS = [
    "The river flooded the old town in the spring of that year.",
    "Farmers planted wheat and barley on the hills near the village.",
    "The mayor opened a new school with twelve classrooms.",
    "Engineers repaired the stone bridge over the river.",
    "Tourists visited the castle and the museum every summer.",
]


def long_text(n_paragraphs: int) -> list[str]:
    return [" ".join(TOPICS[(i + j) % 5] for j in range(6)) for i in range(n_paragraphs)]


def test_pdf_pages_with_text_layer(tmp_path: Path) -> None:
    p = docs.pdf(
        tmp_path / "report.pdf",
        ["First page about apples.", "Second page on pears.", "Third page: plums."],
    )
    assert pdf_pages(p) == 3
    text = "\n".join(paragraphs(p))
    assert "apples" in text and "pears" in text and "plums" in text
    assert text.index("apples") < text.index("pears") < text.index("plums")


def test_docx_headings_and_table(tmp_path: Path) -> None:
    got = list(paragraphs(docs.docx_file(tmp_path / "r.docx")))
    assert got == [
        "Quarterly report",
        "Sales grew by ten percent.",
        "Region | Sales",
        "North | 120",
        "Outlook",
        "We expect steady demand.",
    ]


def test_html_visible_text_only(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(docs.HTML)
    text = "\n".join(paragraphs(p))
    assert "Garden news" in text and "Tulips bloom in & around April." in text
    assert "Water daily" in text
    for hidden in ("secret", "alert", "color:red", "enable js"):
        assert hidden not in text


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8"])
def test_text_encodings(tmp_path: Path, encoding: str) -> None:
    text = "Café crème à la française.\n\nDeuxième paragraphe, très complet et déjà lu."
    p = tmp_path / "note.txt"
    p.write_bytes(text.encode(encoding))
    assert list(paragraphs(p)) == text.split("\n\n")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "empty.txt", "empty"),
        (lambda d: d / "missing.pdf", "not found"),
        (lambda d: d / "bin.txt", "binary"),
        (lambda d: d / "data.xlsx", "not supported"),
        (lambda d: d / "fake.pdf", "not a readable PDF"),
        (lambda d: d / "fake.docx", "not a readable Word"),
        (lambda d: docs.damaged_docx(d / "cut.docx", docs.docx_file(d / "w.docx")), "Word"),
    ],
)
def test_bad_files(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(os.urandom(4096) + b"\x00\x01\x02" * 100)
    (tmp_path / "data.xlsx").write_bytes(b"PK\x03\x04 spreadsheet")
    (tmp_path / "fake.pdf").write_text("this is not a pdf at all")
    (tmp_path / "fake.docx").write_text("not a zip")
    with pytest.raises(UserError, match=message):
        list(paragraphs(make(tmp_path)))


def test_encrypted_and_image_only_pdfs(tmp_path: Path) -> None:
    plain = docs.pdf(tmp_path / "plain.pdf", ["Secret plans."])
    enc = docs.encrypted_pdf(tmp_path / "locked.pdf", plain)
    with pytest.raises(UserError, match="protected by a password"):
        list(paragraphs(enc))
    scan = docs.image_only_pdf(tmp_path / "scan.pdf", tmp_path)
    with pytest.raises(UserError, match="no text layer"):
        list(paragraphs(scan))


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_with_only_an_owner_password_is_read_like_a_viewer_does(
    tmp_path: Path, algorithm: str
) -> None:
    plain = docs.pdf(tmp_path / "plain.pdf", ["The notice period is three months.", "Page two."])
    restricted = docs.encrypted_pdf(tmp_path / "statement.pdf", plain, "", algorithm)
    assert [(b.page, b.text) for b in blocks(restricted)] == [
        (1, "The notice period is three months."),
        (2, "Page two."),
    ]
    assert pdf_pages(restricted) == 2


def damaged_pdfs(tmp_path: Path) -> list[Path]:
    """Real PDFs broken the ways files on disks are: cut short, a page's content stream
    garbled, the cross-reference table and trailer gone, a stream's filter name damaged
    (pypdf raises NotImplementedError for that one)."""
    good = docs.pdf(tmp_path / "good.pdf", ["First page text.", "Second page text."])
    data = good.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    garbled = tmp_path / "garbled.pdf"
    start = data.index(b"stream") + 8
    garbled.write_bytes(data[:start] + bytes(range(256)) * 2 + data[start + 512 :])
    no_xref = tmp_path / "no_xref.pdf"
    no_xref.write_bytes(data[: data.rindex(b"xref")])
    bad_filter = tmp_path / "bad_filter.pdf"
    bad_filter.write_bytes(data.replace(b"/FlateDecode", b"/FlateDec&de"))
    return [cut, garbled, no_xref, bad_filter]


def test_damaged_pdfs_are_a_clear_error_never_a_crash(tmp_path: Path) -> None:
    refused = []
    for path in damaged_pdfs(tmp_path):
        try:
            list(paragraphs(path))
        except UserError as exc:
            assert str(exc).startswith(path.name)
            refused.append(str(exc))
        # pypdf repairs some damage: then whatever text it recovers is fine.
    assert any(r.startswith("bad_filter.pdf is not a readable PDF") for r in refused)


# Peak RSS from VmHWM: ru_maxrss would carry over the forking test process's size.
BIG_READER = """
import re, sys
from pathlib import Path
from assistant.documents.loaders import paragraphs
n = chars = 0
for para in paragraphs(Path(sys.argv[1])):
    n += 1
    chars += len(para)
peak = re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1)
print(n, chars, peak)
"""


def test_200_mb_text_file_in_bounded_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    para = ("All work and no play makes Jack a dull boy. " * 20 + "\n\n").encode()
    with big.open("wb") as f:
        for _ in range(200 * 2**20 // len(para)):
            f.write(para)
    r = subprocess.run(
        [sys.executable, "-c", BIG_READER, str(big)], capture_output=True, text=True, check=True
    )
    count, chars, peak_kib = map(int, r.stdout.split())
    assert count > 200_000 and chars > 190 * 2**20
    assert peak_kib < 80 * 1024, f"peak RSS {peak_kib / 1024:.0f} MiB for a 200 MiB file"


@pytest.fixture(scope="module")
def presets(tmp_path_factory: pytest.TempPathFactory) -> PresetLibrary:
    return PresetLibrary(tmp_path_factory.mktemp("p"))


def test_one_pass_when_it_fits(engine: EngineHost, presets: PresetLibrary) -> None:
    s = Summarizer(engine, presets.get("summarize"), "short")
    r = s.run(long_text(2))
    assert r.complete and r.chunks == 1 and r.text


def test_map_reduce_ten_times_the_context(engine: EngineHost, presets: PresetLibrary) -> None:
    paras = long_text(160)
    total = sum(engine.count_texts(paras))
    assert total > 10 * TEST_CTX
    events: list[SummaryProgress] = []
    r = Summarizer(engine, presets.get("key-points"), "short").run(paras, events.append)
    assert r.complete and r.chunks >= 10 and r.text.strip()
    maps = [e for e in events if e.stage == "map"]
    assert maps[-1].done == r.chunks and any(e.stage == "reduce" for e in events)
    assert any(e.eta_seconds for e in maps)


def test_cancel_mid_way_keeps_finished_parts(engine: EngineHost, presets: PresetLibrary) -> None:
    s = Summarizer(engine, presets.get("summarize"), "short")
    stamp: list[float] = []

    def on_progress(p: SummaryProgress) -> None:
        if p.stage == "map" and p.done == 2 and not stamp:

            def later() -> None:
                time.sleep(0.3)
                stamp.append(time.perf_counter())
                s.cancel()

            threading.Thread(target=later).start()

    r = s.run(long_text(80), on_progress)
    ended = time.perf_counter()
    assert not r.complete and len(r.partials) >= 2
    assert r.text == "\n\n".join(r.partials)
    assert ended - stamp[0] < 1.0


def test_summary_saved_as_conversation(
    engine: EngineHost, presets: PresetLibrary, tmp_path: Path
) -> None:
    doc = docs.pdf(tmp_path / "minutes.pdf", ["\n\n".join(long_text(3))] * 2)
    repo = Repository(tmp_path / "h.db")
    cid, result = summarize_file(engine, repo, doc, presets.get("summarize"), "short")
    conv = repo.conversation(cid)
    source = conv.params_dict["source"]
    assert source["name"] == "minutes.pdf" and source["pages"] == 2
    assert len(source["sha256"]) == 64 and source["size"] == doc.stat().st_size
    # A small model may, rarely, finish at once: the chat then says so rather than nothing.
    assert repo.branch(cid)[-1].content == (result.text or "(nothing was finished)")
    repo.close()


@pytest.mark.slow  # the real model, in a new process
def test_cli_summarizes_a_long_pdf(app_home: Path, tmp_path: Path) -> None:
    doc = docs.pdf(tmp_path / "long.pdf", ["\n\n".join(long_text(6))] * 6)
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "summarize",
            str(doc),
            "--length",
            "short",
            "--preset",
            "key-points",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "ASSISTANT_HOME": str(app_home)},
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() and "saved as conversation" in r.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "assistant", "summarize", str(tmp_path / "nope.pdf")],
        capture_output=True,
        text=True,
        env={**os.environ, "ASSISTANT_HOME": str(app_home)},
    )
    assert bad.returncode == 1 and "not found" in bad.stderr
