"""Tools on the command line, in subprocesses with the real starter model: the list, a
call approved beforehand that runs and is kept in the history (calls, results, export),
a call nobody could approve that does not run, an unknown tool refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.app import build_core
from assistant.cli.tools import TerminalApproval
from assistant.store.exchange import conversation_markdown, to_json
from assistant.tools.builtin import calculator
from assistant.tools.formats import ToolCall
from tests.test_cli import run_cli

pytestmark = pytest.mark.slow
ASK = ("ask", "--tools", "calculator", "--tool-choice", "required", "-t", "0")


def test_tools_list(app_home: Path) -> None:
    r = run_cli("tools", "list", home=app_home)
    assert r.returncode == 0, r.stderr
    assert "calculator" in r.stdout and "date_time" in r.stdout and "read-only" in r.stdout


def test_an_allowed_call_runs_and_stays_in_the_history(app_home: Path) -> None:
    r = run_cli(
        *ASK,
        "--allow",
        "calculator",
        "--max-steps",
        "1",
        "--max-tokens",
        "80",
        "What is 12 * 11?",
        home=app_home,
        stdin="",
    )
    assert r.returncode == 0, r.stderr
    assert "⚙ calculator(" in r.stderr
    core = build_core(str(app_home))
    try:
        (conv,) = core.repo.list_conversations()
        branch = core.repo.branch(conv.id)
        roles = [m.role for m in branch]
        assert roles[:3] == ["user", "assistant", "tool"] and roles[-1] == "assistant"
        call = branch[1].tool_calls_list[0]
        assert call["function"]["name"] == "calculator"
        assert branch[2].tool_call_id == call["id"] and branch[2].tool_name == "calculator"
        history = core.chat.history(conv.id)  # what the model is given next time
        assert history[-3]["tool_calls"] and history[-2]["role"] == "tool"
        exported = to_json(core.repo, [conv.id])["conversations"][0]["messages"]
        assert exported[1]["tool_calls"][0]["id"] == call["id"]
        assert "**Tool call** `calculator(" in conversation_markdown(conv, branch)
        hits = core.repo.search(branch[2].content.split()[0]) if branch[2].content else []
        assert branch[2].content and any(h.conversation_id == conv.id for h in hits)
    finally:
        core.close()


def test_without_a_terminal_nothing_runs_unasked(app_home: Path) -> None:
    r = run_cli(
        *ASK, "--max-steps", "1", "--max-tokens", "60", "What is 2 + 2?", home=app_home, stdin=""
    )
    assert r.returncode == 0, r.stderr
    assert "not run (no terminal to ask" in r.stderr and "declined" in r.stderr


def test_unknown_tools_are_refused(app_home: Path) -> None:
    r = run_cli("ask", "--tools", "calculator,rm_rf", "hi", home=app_home)
    assert r.returncode == 1 and "Unknown tool: rm_rf" in r.stderr


def test_terminal_approval_answers(tmp_path: Path) -> None:
    replies = iter(["n\n", "a\n"])

    class Term:
        def readline(self) -> str:
            return next(replies)

    approve = TerminalApproval(set(), ask=lambda: Term())  # type: ignore[arg-type,return-value]
    call, tool = ToolCall("c", "calculator", json.dumps({"expression": "1+1"})), calculator()
    assert not approve(call, tool)  # "n"
    assert approve(call, tool)  # "a": always, from now on without asking
    assert approve(call, tool)
