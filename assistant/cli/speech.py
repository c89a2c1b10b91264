"""``assistant transcribe FILE``: audio and video files to text, with timestamps; and
``assistant speak TEXT -o FILE``: a text said aloud by a voice on this machine."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TimeRemainingColumn

from assistant.cli.i18n import tr
from assistant.ground import atomic
from assistant.ground.errors import Cancelled
from assistant.speech.encode import FORMATS as SPOKEN_FORMATS
from assistant.speech.transcript import FORMATS


def add_speech_parsers(sub: Any) -> None:
    sp = sub.add_parser(
        "transcribe",
        help=tr("write down what is said in an audio or video file"),
        description=tr(
            "Transcribe wav, mp3, m4a, ogg, flac, webm, mp4 and other audio or video files "
            "on this machine, with timestamps."
        ),
    )
    sp.set_defaults(run=cmd_transcribe)
    sp.add_argument("file", type=Path)
    sp.add_argument("--language", "-l", help=tr("the spoken language, e.g. en (default: heard)"))
    sp.add_argument(
        "--format", "-f", choices=FORMATS, default="txt", help=tr("output format (txt)")
    )
    sp.add_argument("--output", "-o", type=Path, help=tr("write to this file, not the terminal"))
    sp.add_argument(
        "--translate", action="store_true", help=tr("translate the speech into English")
    )
    sp.add_argument(
        "--collection", metavar="NAME",
        help=tr("also add it to this document collection (made if new) and index it"),
    )  # fmt: skip
    sp.add_argument(
        "--save", action="store_true", help=tr("also keep it as a conversation to ask about")
    )

    say = sub.add_parser(
        "speak",
        help=tr("say a text aloud into an audio file, with a voice on this machine"),
        description=tr(
            "Speak a text with the built-in voice (or the one the settings name) into "
            "a wav, flac, mp3 or raw pcm file. espeak-ng must be installed."
        ),
    )
    say.set_defaults(run=cmd_speak)
    say.add_argument("text", help=tr("what to say ('-' reads it from standard input)"))
    say.add_argument("--output", "-o", type=Path, required=True, help=tr("the audio file to write"))
    say.add_argument(
        "--format",
        "-f",
        choices=tuple(SPOKEN_FORMATS),
        help=tr("audio format (default: from the file's suffix, else wav)"),
    )
    say.add_argument("--speed", type=float, help=tr("0.25 to 4 (default: the settings', 1)"))


def cmd_speak(core: Any, args: argparse.Namespace) -> int:
    from assistant.services.transcripts import speaker
    from assistant.speech.encode import encode

    text = sys.stdin.read() if args.text == "-" else args.text
    fmt = args.format or args.output.suffix.lstrip(".").lower()
    if fmt not in SPOKEN_FORMATS:
        fmt = "wav"
    stop = threading.Event()
    speed = args.speed if args.speed is not None else core.settings.voice_speed
    try:
        samples, rate = speaker(core).speak(text, speed, stop)
    except KeyboardInterrupt:
        stop.set()
        raise
    except Cancelled:
        raise KeyboardInterrupt from None
    atomic.write_bytes(args.output, encode(samples, rate, fmt), mode=0o644)
    print(
        tr("{seconds:.1f} s of speech written to {file}").format(
            seconds=len(samples) / rate, file=args.output
        ),
        file=sys.stderr,
    )
    return 0


def cmd_transcribe(core: Any, args: argparse.Namespace) -> int:
    from assistant.services.transcripts import keep_transcript, transcriber

    engine = transcriber(core)
    stop = threading.Event()
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(tr("transcribing"), total=None)

        def on_progress(done: float, total: float | None) -> None:
            bar.update(task, completed=done, total=total)

        try:
            transcript = engine.transcribe(
                args.file,
                args.language,
                "translate" if args.translate else "transcribe",
                on_progress,
                cancelled=stop,
            )
        except KeyboardInterrupt:
            stop.set()
            raise
        except Cancelled:
            raise KeyboardInterrupt from None
    text = transcript.render(args.format)
    if args.output:
        atomic.write_text(args.output, text, mode=0o644)  # the user's own file
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if args.save:
        cid = keep_transcript(core.repo, args.file, transcript)
        print(tr("[saved as conversation {cid}]").format(cid=cid), file=sys.stderr)
    if args.collection:
        _add_to_collection(core, args.collection, args.file.name, transcript.render("txt"))
    return 0


def _add_to_collection(core: Any, collection: str, name: str, text: str) -> None:
    """Keep the transcript as a file of the collection (made if new), and index it."""
    from assistant.services.transcripts import transcript_document

    path = transcript_document(core.paths.transcripts, name, text)
    docs = core.documents
    docs.add(collection, [path])
    report = docs.sync(collection)
    print(
        tr("[added to the collection {name} as {file}; {n} passages indexed]").format(
            name=collection, file=path.name, n=report.passages
        ),
        file=sys.stderr,
    )
