"""The program's entry point. Kept import-light: with no arguments the window opens
before the command line, the store or the engine are imported."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """``assistant`` with no arguments opens the window; anything else is the CLI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--engine-child"]:  # the frozen bundle starts its engine this way
        from assistant.engine.child import main as child_main

        child_main(args[1:])
        return 0
    if args[:1] == ["--speech-child"]:  # and its speech child (speech/transcriber.py)
        from assistant.speech.child import main as speech_main

        return speech_main(args[1:])
    if not args:
        return main_gui()
    from assistant.cli.main import main as cli_main

    return cli_main(args)


def main_gui() -> int:
    """Open the window (the desktop launcher's entry point)."""
    from assistant.ground.errors import UserError
    from assistant.gui.app import run_gui

    try:
        return run_gui()
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
