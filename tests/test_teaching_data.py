"""What a model is taught on, checked before anything runs: text from files and folders,
JSONL examples, held-out parts, and clear refusals of bad data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from assistant.engine.teacher import estimate_bytes, windows
from assistant.ground.errors import UserError
from assistant.models.library import LocalModel
from assistant.personal.teaching import Lesson
from assistant.personal.teaching_data import MIN_CHARS, read_data


def prose(n: int) -> str:
    return "\n".join(f"Line {i} of the notes says something about rivers." for i in range(n))


def test_text_is_split_at_its_end(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.txt").write_text(prose(300))
    (folder / "b.md").write_text("# Title\n\n" + prose(100))
    (folder / "photo.bin").write_bytes(os.urandom(4000))  # not text: left out
    data = read_data([folder])
    assert data.kind == "text" and len(data.sources) == 2
    assert data.held_out_text and data.train_text
    assert len(data.held_out_text) < len(data.train_text) / 5
    assert "Line 99" in data.held_out_text  # the end of the last file


def test_examples_are_read_and_some_held_out(tmp_path: Path) -> None:
    path = tmp_path / "ex.jsonl"
    path.write_text(
        "\n".join(json.dumps({"prompt": f"q{i}", "answer": f"a{i}"}) for i in range(30)) + "\n\n"
    )
    data = read_data([path])
    assert data.kind == "examples"
    assert len(data.train_examples) == 27 and len(data.held_out_examples) == 3
    assert read_data([path]).held_out_examples == data.held_out_examples  # seeded


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"empty.txt": ""}, "too little text"),
        ({"short.txt": "hello"}, f"at least {MIN_CHARS:,} characters"),
        ({"data.bin": os.urandom(5000)}, "are not text"),
        (
            {"ex.jsonl": '{"prompt": "a", "answer": "b"}\nnot json\n{"prompt": 1, "answer": 2}\n'},
            "lines 2, 3 are not",
        ),
        ({"ex.jsonl": '{"prompt": "a", "answer": "b"}\n'}, "too few"),
        ({"ex.jsonl": '{"prompt": "a", "answer": ""}\n'}, "line 1 are not"),
        ({"a.txt": prose(100), "ex.jsonl": "{}"}, "not both"),
    ],
)
def test_bad_data_is_refused_with_the_reason(
    tmp_path: Path, files: dict[str, str | bytes], message: str
) -> None:
    paths = []
    for name, content in files.items():
        p = tmp_path / name
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content)
        paths.append(p)
    with pytest.raises(UserError, match=message):
        read_data(paths)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.truncate(2 * 2**30)  # 2 GB, sparse: refused by its size
    with pytest.raises(UserError, match="few MB of text"):
        read_data([big])
    with pytest.raises(UserError, match="does not exist"):
        read_data([tmp_path / "gone.txt"])
    with pytest.raises(UserError, match="Choose what to teach"):
        read_data([])


def test_lessons_are_checked(tmp_path: Path) -> None:
    base = LocalModel("m", tmp_path / "m.gguf", 1)
    Lesson(base, "my notes-1.0").check()
    for bad, message in (
        ({"name": "../evil"}, "Name the taught model"),
        ({"epochs": 0}, "Epochs"),
        ({"learning_rate": 1.0}, "learning rate"),
        ({"context": 300}, "multiple of 256"),
    ):
        kw: dict[str, object] = {"base": base, "name": "ok", **bad}
        with pytest.raises(UserError, match=message):
            Lesson(**kw).check()  # type: ignore[arg-type]


def test_windows_and_the_memory_estimate() -> None:
    cut = windows(list(range(1000)), 256)
    assert all(len(w) == 257 for w in cut) and cut[1][0] == 128  # half overlapping
    assert windows(list(range(200)), 256) == []
    small = estimate_bytes(135_000_000, 30, 576, 49152, 256)
    assert 2.0 * 2**30 < small < 3.0 * 2**30
    assert estimate_bytes(1_700_000_000, 24, 2048, 49152, 256) > 25 * 2**30
