"""What a model is taught on: the person's text (files and folders of documents) or
their examples (JSONL, one {"prompt", "answer"} per line), read in bounded memory,
checked, and split into what it learns from and what is held out to measure it."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from assistant.ground.errors import UserError

# A few MB of text teach a small model plenty in an evening; more only takes longer.
MAX_TEXT_CHARS = 20_000_000
MAX_FILE_BYTES = 200 * 2**20  # files (documents) read for text at most
MAX_EXAMPLE_CHARS = 20_000
HELD_OUT = 0.1  # of the text (its end) or of the examples (drawn at random, seeded)
MIN_CHARS = 6_000  # below this there is nothing to hold out and measure
MIN_HELD_OUT_CHARS = 1_500


@dataclass
class TeachingData:
    """Text to learn from and to hold out, or prompt/answer examples likewise."""

    kind: str  # "text" or "examples"
    train_text: str = ""
    held_out_text: str = ""
    train_examples: list[dict[str, str]] = field(default_factory=list)
    held_out_examples: list[dict[str, str]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # what it came from, for the card

    @property
    def chars(self) -> int:
        examples = self.train_examples + self.held_out_examples
        return (
            len(self.train_text)
            + len(self.held_out_text)
            + sum(len(e["prompt"]) + len(e["answer"]) for e in examples)
        )

    def table(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "train_text": self.train_text,
            "held_out_text": self.held_out_text,
            "train_examples": self.train_examples,
            "held_out_examples": self.held_out_examples,
            "sources": self.sources,
        }


def read_data(paths: list[Path]) -> TeachingData:
    """The data in ``paths``: JSONL files are examples, anything else is text (folders
    are read whole). UserError says what is wrong: nothing readable, a broken line,
    too little to hold some out, too much."""
    if not paths:
        raise UserError("Choose what to teach: text files, a folder, or a JSONL of examples.")
    jsonl = [p for p in paths if p.suffix.lower() == ".jsonl"]
    if jsonl and len(jsonl) != len(paths):
        raise UserError("Teach either text or examples (JSONL) at once, not both.")
    if jsonl:
        return _examples(jsonl)
    return _text(paths)


def _files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        elif p.is_file():
            out.append(p)
        else:
            raise UserError(f"{p} does not exist.")
    return out


def _text(paths: list[Path]) -> TeachingData:
    from assistant.documents.loaders import SUPPORTED, blocks, looks_like_text

    parts: list[str] = []
    total, skipped, used = 0, [], []
    files = _files(paths)
    # Refused by size before anything is read (a PDF holds less text than its bytes).
    size = sum(f.stat().st_size for f in files)
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"These files hold {size / 2**20:,.0f} MB; a few MB of text teach a small model "
            "plenty. Choose fewer or smaller files."
        )
    for f in files:
        if f.stat().st_size == 0:
            continue
        if f.suffix.lower() not in SUPPORTED and not looks_like_text(f):
            skipped.append(f.name)
            continue
        try:
            text = "\n\n".join(b.text for b in blocks(f, any_text=True)).strip()
        except UserError as exc:
            text = str(exc)
            raise UserError(text if f.name in text else f"{f.name}: {text}") from None
        if not text:
            continue
        total += len(text)
        if total > MAX_TEXT_CHARS:
            raise UserError(
                f"That is more than {MAX_TEXT_CHARS // 1_000_000} million characters of "
                "text; a few MB teach a small model plenty. Choose fewer files."
            )
        parts.append(text)
        used.append(str(f))
    text = "\n\n".join(parts)
    if len(text) < MIN_CHARS:
        why = f" ({', '.join(skipped[:3])} are not text)" if skipped else ""
        raise UserError(
            f"There is too little text to teach and to measure the result{why}: at least "
            f"{MIN_CHARS:,} characters are needed, {len(text):,} were found."
        )
    # At least a window's worth is held out (256 tokens: about 1,500 characters).
    keep = max(int(len(text) * HELD_OUT), MIN_HELD_OUT_CHARS)
    cut = text.rfind("\n", 0, len(text) - keep)
    cut = cut if cut > len(text) // 2 else len(text) - keep
    return TeachingData("text", text[:cut], text[cut:], sources=used)


def _examples(paths: list[Path]) -> TeachingData:
    examples: list[dict[str, str]] = []
    for path in paths:
        broken: list[int] = []
        size = 0
        with path.open("rb") as f:
            for number, raw in enumerate(f, 1):
                size += len(raw)
                if size > MAX_TEXT_CHARS:
                    raise UserError(f"{path.name} is too large to teach from (over 20 MB).")
                if not raw.strip():
                    continue
                try:
                    item = json.loads(raw)
                    prompt, answer = item["prompt"], item["answer"]
                    if not isinstance(prompt, str) or not isinstance(answer, str):
                        raise TypeError
                    if not prompt.strip() or not answer.strip():
                        raise ValueError
                    if len(prompt) + len(answer) > MAX_EXAMPLE_CHARS:
                        raise ValueError
                except (ValueError, KeyError, TypeError):
                    broken.append(number)
                    continue
                examples.append({"prompt": prompt, "answer": answer})
        if broken:
            shown = ", ".join(map(str, broken[:10])) + (" …" if len(broken) > 10 else "")
            raise UserError(
                f"{path.name}: line{'s' if len(broken) > 1 else ''} {shown} "
                'are not {"prompt": "…", "answer": "…"} with text in both.'
            )
    if len(examples) < 10:
        raise UserError(
            f"{len(examples)} examples are too few: at least 10 are needed, one in ten of "
            "them held out to measure what was learned."
        )
    order = list(range(len(examples)))
    random.Random(0).shuffle(order)
    held = max(1, int(len(examples) * HELD_OUT))
    return TeachingData(
        "examples",
        train_examples=[examples[i] for i in order[held:]],
        held_out_examples=[examples[i] for i in order[:held]],
        sources=[str(p) for p in paths],
    )
