"""The speech child process: decodes one file and transcribes it, reporting as it goes;
speaks a text (``{"speak": text, ...}``: into a WAV file, or aloud); or takes a
dictation from the microphone (``{"listen": true, ...}``: speech/dictation.py).

Whisper (CTranslate2) and FFmpeg (PyAV) are native code reading files from anywhere: a
crash or a runaway allocation on a hostile file must cost an error message, never the
window. Request: one JSON object as the only argument (file, model, language, task,
threads). Answers, one JSON object per line on the original stdout:
``{"duration": s}``, ``{"language": code}``, ``{"segment": [start, end, text]}``,
``{"progress": s}``, then ``{"done": true}`` or ``{"error": message}``.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from pathlib import Path
from typing import IO, Any

from assistant.ground.errors import Cancelled, UserError

# Whisper base (int8) or a Piper voice with their runtimes, two minutes of decoded audio
# and the decoder's buffers, with room to spare.
SPEECH_NEED_BYTES = 2 * 2**30


def main(argv: list[str]) -> int:
    request: dict[str, Any] = json.loads(argv[0])
    # The protocol keeps the real stdout; anything a library prints goes to stderr.
    out = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what stops
    if request.get("logs"):
        from assistant.ground.logs import setup_child_logging

        setup_child_logging(request["logs"])
    # A ceiling on its private memory (as the engine's): a hostile file or a runaway
    # allocation ends this process with a message, never the machine's memory.
    from assistant.engine.limits import apply_memory_ceiling

    apply_memory_ceiling(SPEECH_NEED_BYTES)
    try:
        run(request, out)
    except UserError as exc:
        send(out, error=str(exc))
        return 1
    except Cancelled:
        return 1
    except MemoryError:
        send(out, error="Reading this file needed more memory than it should; it may be damaged.")
        return 1
    except Exception:
        logging.getLogger(__name__).exception("speech child failed")
        what = "Speaking" if "speak" in request else "The transcription"
        send(out, error=f"{what} failed (details in the log).")
        return 2
    send(out, done=True)
    return 0


def send(out: IO[str], **message: Any) -> None:
    out.write(json.dumps(message, ensure_ascii=False) + "\n")


def run(request: dict[str, Any], out: IO[str]) -> None:
    if "speak" in request:
        speak(request, out)
        return
    if request.get("listen"):
        from assistant.speech.dictation import listen

        listen(request, lambda **message: send(out, **message))
        return
    if request.get("converse"):
        from assistant.speech.conversation import converse

        converse(request, lambda **message: send(out, **message))
        return
    from assistant.speech import audio
    from assistant.speech.whisper import Whisper

    path = Path(request["file"])
    task = request.get("task") or "transcribe"
    language = request.get("language") or None
    send(out, duration=audio.duration_of(path))
    model = Whisper(Path(request["model"]), int(request.get("threads") or 0))
    model.check(language, task)
    for offset, samples in audio.chunks(path):
        if len(samples) == 0:
            continue
        heard, segments = model.segments(samples, offset, language, task)
        if language is None and heard:
            language = heard  # the first chunk decides; later ones keep to it
        for s in segments:
            send(out, segment=[s.start, s.end, s.text])
        send(out, progress=round(offset + len(samples) / audio.SAMPLE_RATE, 3))
    if language is not None:
        send(out, language=language)


def speak(request: dict[str, Any], out: IO[str]) -> None:
    """Speak ``request["speak"]``: into a 16-bit WAV file at ``request["out"]``, or with
    ``play``, aloud on the sound output sentence by sentence (each said as soon as it
    is made)."""
    from assistant.speech.encode import encode
    from assistant.speech.saying import Saying
    from assistant.speech.speakable import sentences

    saying = Saying(request)
    if request.get("play"):
        from assistant.speech.sound_io import Player

        with Player(saying.rate) as player:
            said = 0
            for text in _texts(request):
                for sentence in sentences(text):
                    player.play(saying.pcm(sentence))
                    said += 1
                    send(out, said=said)
        return
    audio = saying.pcm(request["speak"])
    Path(request["out"]).write_bytes(encode(audio, saying.rate, "wav"))
    send(out, seconds=round(len(audio) / saying.rate, 3), rate=saying.rate)


def _texts(request: dict[str, Any]) -> Any:
    """The request's text; with ``follow``, then each line on stdin (a JSON string: more
    of an answer as it streams) until stdin closes."""
    if request["speak"].strip():
        yield request["speak"]
    if request.get("follow"):
        for line in sys.stdin:
            text = json.loads(line)
            if isinstance(text, str) and text.strip():
                yield text


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
