"""Summarize a document file and keep the result as a conversation (no Qt here)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from assistant.documents.loaders import document_info, paragraphs, pdf_pages
from assistant.documents.summarize import Summarizer, SummaryProgress, SummaryResult
from assistant.engine.host import EngineHost
from assistant.presets.preset import Preset
from assistant.store.repository import Repository


def summarize_file(
    engine: EngineHost,
    repo: Repository,
    path: Path,
    preset: Preset,
    length: str = "short",
    on_progress: Callable[[SummaryProgress], None] | None = None,
    cancelled: threading.Event | None = None,
) -> tuple[int, SummaryResult]:
    """Summarize ``path``; the summary and its source are saved as a new conversation
    (so the user can ask follow-up questions). Returns (conversation id, result).
    Setting ``cancelled`` (and cancelling the engine) stops it, keeping finished parts."""
    pages = pdf_pages(path) if path.suffix.lower() == ".pdf" else None
    info = document_info(path, pages)
    summarizer = Summarizer(engine, preset, length, cancelled)
    result = summarizer.run(paragraphs(path), on_progress)
    facts = engine.facts
    cid = repo.create_conversation(
        f"Summary of {info.name}",
        preset=preset.id,
        system_prompt="You answer questions about a document the user summarized.",
        params={"source": asdict(info), "length": length},
        model=Path(facts.path).name if facts else None,
    )
    repo.append(
        cid,
        "user",
        f"Summarize {info.name} ({length}).",
        preset=preset.id,
        params=json.dumps({"source": asdict(info)}),
    )
    repo.append(
        cid,
        "assistant",
        result.text or "(nothing was finished)",
        status="complete" if result.complete else "cancelled",
        preset=preset.id,
        model_file=Path(facts.path).name if facts else None,
        prompt_tokens=result.prompt_tokens,
        completion_tokens=result.completion_tokens,
        generation_seconds=result.generation_seconds,
    )
    return cid, result
