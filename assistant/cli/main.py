"""Command line: ``assistant ask``, ``assistant chat``, ``assistant models ...``."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from types import FrameType
from typing import Any

from assistant import __version__
from assistant.cli.documents import add_docs_parser, check_collections, print_sources
from assistant.cli.history import add_history_parser
from assistant.cli.i18n import tr
from assistant.cli.info import add_info_parser
from assistant.cli.memory import add_memory_parser
from assistant.cli.models import add_models_parser
from assistant.cli.serve import add_serve_parser
from assistant.cli.speech import add_speech_parsers
from assistant.cli.tasks import add_task_parsers, parse_vars, presets
from assistant.cli.teach import add_teach_parser
from assistant.cli.tools import add_tool_options, add_tools_parser, print_call, tool_params, toolbox
from assistant.engine.backend import Completion, SamplingParams
from assistant.engine.reasoning import Part, ReasoningSplitter, split_reasoning
from assistant.ground.adapter_choice import parse as parse_adapters
from assistant.ground.adapter_choice import text_of as adapters_text
from assistant.ground.errors import UserError

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

# A subcommand's handler: the core and the parsed arguments in, the exit status out.
Command = Callable[[Any, argparse.Namespace], int]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="assistant", description="Offline Assistant")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--self-test",
        action="store_true",
        help=tr("check this installation offline (built-in model, history, window) and exit"),
    )
    sub = p.add_subparsers(dest="command")

    def gen_options(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--model", "-m", help=tr("model name or path to a .gguf file"))
        sp.add_argument("--system", "-s", help=tr("system prompt"))
        sp.add_argument("--temperature", "-t", type=float)
        sp.add_argument("--max-tokens", type=int)
        sp.add_argument(
            "--think",
            action=argparse.BooleanOptionalAction,
            help=tr(
                "let a reasoning model think first, or not (where its template allows; "
                "default: the model's own); its reasoning goes to stderr"
            ),
        )
        sp.add_argument(
            "--docs",
            action="append",
            metavar="COLLECTION",
            help=tr("answer from a document collection (see `assistant docs`), citing its sources"),
        )
        sp.add_argument(
            "--adapter",
            action="append",
            metavar="NAME[@SCALE]",
            help=tr(
                "answer with a LoRA adapter over the model (see `assistant models list`), "
                "at a scale (default 1); none: without the model's own"
            ),
        )
        sp.add_argument(
            "--private",
            action="store_true",
            help=tr("a private chat: your memories are neither used nor added"),
        )
        add_tool_options(sp)

    ask = sub.add_parser("ask", help=tr("answer one prompt and exit"))
    ask.set_defaults(run=cmd_ask)
    ask.add_argument("text", nargs="*", help=tr("the prompt; read from stdin when omitted"))
    gen_options(ask)
    ask.add_argument("--preset", "-p", help=tr("a task preset, e.g. summarize, translate"))
    ask.add_argument("--var", action="append", metavar="NAME=VALUE", help=tr("a preset variable"))
    ask.add_argument(
        "--verbose", "-v", action="store_true", help=tr("print the answer's figures on stderr")
    )
    chat = sub.add_parser("chat", help=tr("interactive conversation in the terminal"))
    chat.set_defaults(run=cmd_chat)
    gen_options(chat)
    chat.add_argument(
        "--continue",
        dest="continue_id",
        type=int,
        metavar="ID",
        help=tr("resume a saved conversation"),
    )
    add_history_parser(sub)
    add_docs_parser(sub)
    add_models_parser(sub)
    add_task_parsers(sub)
    add_serve_parser(sub)
    add_speech_parsers(sub)
    add_info_parser(sub)
    add_memory_parser(sub)
    add_teach_parser(sub)
    add_tools_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; each subcommand's parser names its handler (``run``)."""
    parser = _parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.self_test:
        from assistant.selftest import run_self_test

        return run_self_test()
    command: Command | None = getattr(args, "run", None)
    if command is None:  # `assistant` alone opens the window (launch.py decides that)
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return _run_with_core(lambda core: command(core, args))
    except UserError as exc:
        print(tr("error: {exc}").format(exc=exc), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:  # e.g. Ctrl+C while a model loads; the engine stopped it
        print("stopped", file=sys.stderr)
        return EXIT_INTERRUPTED


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
            tr("error: an internal error occurred; details are in {log_file}").format(
                log_file=core.paths.log_file
            ),
            file=sys.stderr,
        )
        return 2
    finally:
        core.close()


def _params(args: argparse.Namespace, defaults: dict[str, Any] | None = None) -> SamplingParams:
    """The command line's sampling over the model's own defaults."""
    base = SamplingParams(**(defaults or {}))
    return replace(
        base,
        temperature=args.temperature if args.temperature is not None else base.temperature,
        max_tokens=args.max_tokens if args.max_tokens is not None else base.max_tokens,
        think=getattr(args, "think", None),
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


@contextmanager
def _loading() -> Iterator[None]:
    """Say that the model is loading (on a terminal; Ctrl+C stops it), then clear it."""
    shown = sys.stderr.isatty()
    if shown:
        sys.stderr.write(tr("Loading the model… (Ctrl+C stops)"))
        sys.stderr.flush()
    try:
        yield
    finally:
        if shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


class _Output:
    """An answer as it streams: the answer on stdout, a reasoning model's thinking on
    stderr (dimmed on a terminal), so ``assistant ask ... > file`` keeps the answer."""

    def __init__(self) -> None:
        self._split = ReasoningSplitter()
        self._dim = sys.stderr.isatty()
        self._thinking = False

    def __call__(self, piece: str) -> None:
        self._write(self._split.feed(piece))

    def close(self) -> None:
        self._write(self._split.finish())
        self._end_thinking()

    def _write(self, parts: list[tuple[Part, str]]) -> None:
        for part, text in parts:
            if part == "reasoning":
                if not self._thinking:
                    sys.stderr.write(("\033[2m" if self._dim else "") + tr("Thinking: "))
                    self._thinking = True
                sys.stderr.write(text)
                sys.stderr.flush()
            else:
                self._end_thinking()
                sys.stdout.write(text)
                sys.stdout.flush()

    def _end_thinking(self) -> None:
        if self._thinking:
            sys.stderr.write(("\033[0m" if self._dim else "") + "\n")
            sys.stderr.flush()
            self._thinking = False


def figures(done: Completion) -> str:
    """An answer's figures in one line, e.g. for ``ask -v``."""
    line = "[" + tr(
        "{prompt} prompt tokens ({reused} reused), {answer} answer tokens, {speed} tok/s"
    ).format(
        prompt=done.prompt_tokens,
        reused=done.reused_tokens,
        answer=done.completion_tokens,
        speed=f"{done.tokens_per_second:.1f}",
    )
    if done.drafted:
        share = 100 * done.accepted / done.drafted
        line += ", " + tr("{kept} of {drafted} drafted tokens kept ({share}%)").format(
            kept=done.accepted, drafted=done.drafted, share=f"{share:.0f}"
        )
    return line + "]"


def _dropped_note(done: Completion | None) -> None:
    if done is not None and done.dropped_messages:
        print(
            tr(
                "[{dropped} older messages no longer fit in the model's context and were left "
                "out; the system prompt was kept]"
            ).format(dropped=done.dropped_messages),
            file=sys.stderr,
        )


def _chat_params(core: Any, args: argparse.Namespace) -> dict[str, Any] | None:
    """A new conversation's own settings: its collections, private or not."""
    names = getattr(args, "docs", None)
    params: dict[str, Any] = {"documents": check_collections(core, names)} if names else {}
    if getattr(args, "private", False):
        params["private"] = True
    adapters = getattr(args, "adapter", None)
    if adapters:
        picks = parse_adapters(",".join(adapters))
        for pick in picks:
            core.adapters.find(pick.name)  # an unknown name is refused before loading
        params["adapters"] = adapters_text(picks)
    return params or None


def cmd_ask(core: Any, args: argparse.Namespace) -> int:
    text = " ".join(args.text) if args.text else sys.stdin.read()
    if not text.strip():
        raise UserError(tr("Nothing to ask: give the prompt as an argument or on stdin."))
    overrides = {
        k: v
        for k, v in (("temperature", args.temperature), ("max_tokens", args.max_tokens))
        if v is not None
    }
    rendered = None
    if args.preset:
        with _loading():
            core.models.use(args.model)
        preset = presets(core).get(args.preset)
        rendered = preset.render(
            text, parse_vars(args.var), overrides, defaults=core.models.sampling_defaults()
        )
        system = rendered.messages[0]["content"] if len(rendered.messages) > 1 else None
        text, params = rendered.messages[-1]["content"], rendered.params
        if args.think is not None:
            params = replace(params, think=args.think)
    else:
        with _loading():
            core.models.use(args.model)
        system = args.system or core.models.system_prompt()
        params = _params(args, core.models.sampling_defaults())
    cid = core.repo.create_conversation(
        system_prompt=system, preset=args.preset, params=_chat_params(core, args)
    )
    out = _Output()
    tools = toolbox(core, args, getattr(args, "docs", None) or [])
    if tools is not None:
        params = tool_params(params, args)
    with _CtrlC(core.models.cancel) as ctrl_c:
        result = core.chat.send(
            cid, text, params, on_text=out, preset=args.preset, tools=tools, on_call=print_call
        )
    out.close()
    sys.stdout.write("\n")
    print_sources(result.sources, result.note)
    _dropped_note(result.completion)
    if args.verbose and result.completion is not None:
        print(figures(result.completion), file=sys.stderr)
    if rendered is not None and result.completion is not None:
        from assistant.presets.preset import check_output

        answer = split_reasoning(result.completion.text).answer
        checked = check_output(answer, rendered)
        if not checked.valid:
            print(
                tr("warning: the answer does not fit the preset: {problem}").format(
                    problem=checked.problem
                ),
                file=sys.stderr,
            )
    return EXIT_INTERRUPTED if ctrl_c.pressed else EXIT_OK


def cmd_chat(core: Any, args: argparse.Namespace) -> int:
    with _loading():
        active = core.models.use(getattr(args, "model", None))
    continue_id = getattr(args, "continue_id", None)
    if continue_id is not None:
        conv = core.repo.conversation(continue_id)
        cid = conv.id
        shown = core.repo.branch(cid)
        print(
            tr('Continuing "{title}" ({shown_count} messages).').format(
                title=conv.title, shown_count=len(shown)
            ),
            file=sys.stderr,
        )
        for m in shown[-4:]:
            who = {"user": "you", "tool": f"tool {m.tool_name or ''}".strip()}.get(m.role, m.role)
            print(f"{who}> {m.content}")
    else:
        system = getattr(args, "system", None) or core.models.system_prompt()
        cid = core.repo.create_conversation(system_prompt=system, params=_chat_params(core, args))
    print(
        tr(
            "{name} · context {context} tokens · conversation {cid}. Ctrl+C stops an answer, "
            "Ctrl+D or /exit quits."
        ).format(name=active.name, context=active.facts.context or tr("unknown"), cid=cid),
        file=sys.stderr,
    )
    defaults = core.models.sampling_defaults()
    params = _params(args, defaults) if hasattr(args, "temperature") else SamplingParams(**defaults)
    chat_docs = core.repo.conversation(cid).params_dict.get("documents") or []
    tools = toolbox(core, args, chat_docs)
    if tools is not None:
        params = tool_params(params, args)
    while True:
        try:
            line = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return EXIT_OK
        if line.strip() in ("/exit", "/quit"):
            return EXIT_OK
        if not line.strip():
            continue
        with _CtrlC(core.models.cancel):
            out = _Output()
            try:
                result = core.chat.send(
                    cid, line, params, on_text=out, tools=tools, on_call=print_call
                )
            except UserError as exc:
                print(tr("\nerror: {exc}").format(exc=exc), file=sys.stderr)
                continue
            finally:
                out.close()
        sys.stdout.write("\n")
        print_sources(result.sources, result.note)
        _dropped_note(result.completion)
