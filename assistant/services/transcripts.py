"""Speech for the faces (window, command line, API): the speech model and the voice the
settings name, and a transcript kept as a conversation to ask about (no Qt here)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.ground import atomic
from assistant.ground.errors import UserError
from assistant.speech.models import speech_model
from assistant.speech.speaker import Speaker
from assistant.speech.transcriber import Transcriber
from assistant.speech.transcript import Transcript
from assistant.store.repository import Repository

if TYPE_CHECKING:
    from assistant.app import Core

# Files the window and the CLI hand to speech instead of the document loaders.
AUDIO_SUFFIXES = frozenset(
    {".wav", ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".flac", ".webm", ".mp4", ".mkv",
     ".mov", ".aac", ".wma"}
)  # fmt: skip


def speaker(core: Core) -> Speaker:
    """A speaker with the voice the settings name (else the built-in one)."""
    settings = core.settings
    return Speaker(
        settings.voice, core.paths.cache / "voices", core.paths.logs, settings.effective_threads()
    )


def transcriber(core: Core) -> Transcriber:
    """A transcriber with the model the settings name (else the built-in one)."""
    settings = core.settings
    return Transcriber(
        speech_model(settings.speech_model), core.paths.logs, settings.effective_threads()
    )


def keep_transcript(repo: Repository, path: Path, transcript: Transcript) -> int:
    """Save ``transcript`` as a new conversation (the transcript as the first message,
    so the next question is about it: "summarize this", "what was decided?")."""
    name = Path(path).name
    verb = "Translation" if transcript.task == "translate" else "Transcript"
    cid = repo.create_conversation(
        f"{verb} of {name}",
        preset="chat",
        system_prompt="You answer questions about a recording the user transcribed.",
        params={"source": {"name": name, "duration": round(transcript.duration, 1)}},
    )
    repo.append(
        cid,
        "user",
        f"{verb} of {name}:\n\n{transcript.text or '(no speech was heard)'}",
        preset="chat",
        params=json.dumps({"source": {"name": name, "language": transcript.language}}),
    )
    return cid


def transcript_document(folder: Path, name: str, text: str) -> Path:
    """``text``, the transcript of the recording ``name``, as a Markdown file in
    ``folder`` that a document collection can hold (a new name when one is taken)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^\w\- .]+", "_", Path(name).stem).strip(" .") or "recording"
    path = folder / f"{stem} - transcript.md"
    n = 2
    while path.exists():
        path = folder / f"{stem} - transcript ({n}).md"
        n += 1
    atomic.write_text(path, f"# Transcript of {name}\n\n{text.strip()}\n")
    return path


def transcript_of(repo: Repository, cid: int) -> tuple[str, str]:
    """The recording's name and the transcript a transcript conversation holds."""
    messages = repo.all_messages(cid)
    source = repo.conversation(cid).params_dict.get("source")
    if not messages or not isinstance(source, dict) or "name" not in source:
        raise UserError("This chat does not hold a transcript.")
    name = str(source["name"])
    body = messages[0].content.split("\n\n", 1)
    return name, body[1] if len(body) == 2 else body[0]
