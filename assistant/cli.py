"""Command line: ``assistant ask``, ``assistant chat``, ``assistant models ...``."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from types import FrameType
from typing import Any, TextIO

from assistant import __version__
from assistant.engine.backend import ChatMessage, Completion, SamplingParams, StreamItem
from assistant.errors import Cancelled, UserError

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_INTERRUPTED = 0, 1, 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="assistant", description="Offline Assistant")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command")

    def gen_options(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--model", "-m", help="model name or path to a .gguf file")
        sp.add_argument("--system", "-s", help="system prompt")
        sp.add_argument("--temperature", "-t", type=float)
        sp.add_argument("--max-tokens", type=int)

    ask = sub.add_parser("ask", help="answer one prompt and exit")
    ask.add_argument("text", nargs="*", help="the prompt; read from stdin when omitted")
    gen_options(ask)
    chat = sub.add_parser("chat", help="interactive conversation in the terminal")
    gen_options(chat)
    models = sub.add_parser("models", help="manage models")
    msub = models.add_subparsers(dest="models_command", required=True)
    msub.add_parser("list", help="models you can use")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--engine-child"]:  # the frozen bundle starts its engine this way
        from assistant.engine.child import main as child_main

        child_main(args_list[1:])
        return EXIT_OK
    args = _parser().parse_args(args_list)
    try:
        if args.command == "ask":
            return _run_with_core(lambda core: cmd_ask(core, args))
        if args.command == "models":
            return _run_with_core(lambda core: cmd_models(core, args))
        return _run_with_core(lambda core: cmd_chat(core, args))
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR


def main_gui() -> int:
    return main([])


def _run_with_core(fn: Callable[[Any], int]) -> int:
    from assistant.app import build_core

    core = build_core()
    try:
        return fn(core)
    except UserError:
        raise
    except Exception:
        log.exception("command failed")
        print(
            f"error: an internal error occurred; details are in {core.paths.log_file}",
            file=sys.stderr,
        )
        return 2
    finally:
        core.close()


def _params(args: argparse.Namespace) -> SamplingParams:
    base = SamplingParams()
    return SamplingParams(
        temperature=args.temperature if args.temperature is not None else base.temperature,
        max_tokens=args.max_tokens if args.max_tokens is not None else base.max_tokens,
    )


class _CtrlC:
    """While streaming, the first Ctrl+C stops the answer; a second one interrupts."""

    def __init__(self, stop: Callable[[], None]) -> None:
        self.stop, self.pressed = stop, False

    def __enter__(self) -> _CtrlC:
        self._old = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.pressed:
            raise KeyboardInterrupt
        self.pressed = True
        self.stop()

    def __exit__(self, *exc: object) -> None:
        signal.signal(signal.SIGINT, self._old)


def _print_stream(items: Iterator[StreamItem], out: TextIO) -> Completion | None:
    result: Completion | None = None
    try:
        for item in items:
            if isinstance(item, Completion):
                result = item
            else:
                out.write(item)
                out.flush()
    except Cancelled:
        return None
    return result


def _dropped_note(done: Completion) -> None:
    if done.dropped_messages:
        print(
            f"[{done.dropped_messages} older messages no longer fit in the model's context "
            "and were left out; the system prompt was kept]",
            file=sys.stderr,
        )


def cmd_ask(core: Any, args: argparse.Namespace) -> int:
    text = " ".join(args.text) if args.text else sys.stdin.read()
    if not text.strip():
        raise UserError("Nothing to ask: give the prompt as an argument or on stdin.")
    core.load_model(args.model)
    messages: list[ChatMessage] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": text})
    with _CtrlC(core.engine.cancel) as ctrl_c:
        done = _print_stream(core.engine.stream(messages, _params(args)), sys.stdout)
    sys.stdout.write("\n")
    if done is not None:
        _dropped_note(done)
    return EXIT_INTERRUPTED if ctrl_c.pressed else EXIT_OK


def cmd_chat(core: Any, args: argparse.Namespace) -> int:
    model, facts = core.load_model(getattr(args, "model", None))
    print(
        f"{model.name} · context {facts.context} tokens. Ctrl+C stops an answer, "
        "Ctrl+D or /exit quits, /new starts over.",
        file=sys.stderr,
    )
    history: list[ChatMessage] = []
    system = getattr(args, "system", None)
    if system:
        history.append({"role": "system", "content": system})
    params = _params(args) if hasattr(args, "temperature") else SamplingParams()
    while True:
        try:
            line = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return EXIT_OK
        if line.strip() in ("/exit", "/quit"):
            return EXIT_OK
        if line.strip() == "/new":
            history = history[:1] if system else []
            continue
        if not line.strip():
            continue
        history.append({"role": "user", "content": line})
        with _CtrlC(core.engine.cancel):
            try:
                done = _print_stream(core.engine.stream(history, params), sys.stdout)
            except UserError as exc:
                history.pop()
                print(f"\nerror: {exc}", file=sys.stderr)
                continue
        sys.stdout.write("\n")
        if done is None:
            history.pop()
            continue
        history.append({"role": "assistant", "content": done.text})
        _dropped_note(done)


def cmd_models(core: Any, args: argparse.Namespace) -> int:
    if args.models_command == "list":
        models = core.library.list()
        if not models:
            from assistant.models.starter import HOW_TO_GET_A_MODEL

            print(HOW_TO_GET_A_MODEL)
            return EXIT_OK
        for m in models:
            print(f"{m.name}\t{m.size_bytes / 2**20:.0f} MiB\t{m.path}")
    return EXIT_OK
