"""Tools in the window on the real starter model: the Tools button turns them on for a
chat, each call waits for the person's approval (Run, Don't run, Always allow), Stop
withdraws the question, calls and results show folded in the chat; and Settings → Tools
with a real MCP server written with the SDK."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from assistant.gui.main_window import MainWindow
from assistant.gui.tools.approval import ApprovalDialog
from assistant.gui.tools.tools_dialog import ToolsDialog
from assistant.tools.chat_tools import ChatTools
from assistant.tools.mcp_config import ServerConfig
from tests.gui_window import send, shot

SERVER = str(Path(__file__).parent / "fixtures" / "mcp_server.py")


def turn_on(w: MainWindow, required: bool = True) -> None:
    """Through the Tools button's menu, as a person does."""
    picker = w.tools.picker
    picker.menu().aboutToShow.emit()
    actions = {a.text(): a for a in picker.menu().actions()}
    actions["Use tools in this chat"].trigger()
    picker.menu().aboutToShow.emit()
    actions = {a.text(): a for a in picker.menu().actions()}
    if required:
        actions["Call a tool first"].trigger()
    assert picker.choice == ChatTools(on=True, required=required)
    assert picker.text() == "Tools: on"


def answer_all(qtbot: Any, w: MainWindow, run: bool, timeout: float = 150.0) -> None:
    """Until the turn ends, answer every further question the same way (a small model
    may call again after a result)."""
    import time

    deadline = time.monotonic() + timeout
    while w.engine.busy:
        assert time.monotonic() < deadline, "the turn did not end"
        dialog = w.tools.approval.dialog
        if dialog is not None and dialog.isVisible():
            button = dialog.run_button if run else dialog.decline_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.wait(50)


def asked(qtbot: Any, w: MainWindow, again: Callable[[], None] | None = None) -> ApprovalDialog:
    """The approval dialog of the turn under way. With ``again``: a small model's forced
    call may miss (its arguments refused before anyone is asked: the turn then ends
    without a question); the turn is then started again, up to three times."""
    for _attempt in range(4):
        qtbot.waitUntil(
            lambda: (
                w.tools.approval.dialog is not None or (again is not None and not w.engine.busy)
            ),
            timeout=150_000,
        )
        if w.tools.approval.dialog is not None or again is None:
            break
        again()
    dialog = w.tools.approval.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_call_is_approved_run_and_shown_folded(qtbot: Any, window: MainWindow) -> None:
    w = window
    turn_on(w)
    send(qtbot, w, "What is 12 times 7?", wait=False)
    dialog = asked(qtbot, w, again=lambda: send(qtbot, w, "What is 12 times 7?", wait=False))
    # Exactly what will run: the tool and its arguments, as the model wrote them.
    name = dialog.question.call.name
    assert name in ("calculator", "date_time")
    assert json.loads(dialog.arguments.toPlainText()) == json.loads(dialog.question.call.arguments)
    assert dialog.arguments.isReadOnly()
    # The call is already in the chat while the question is open (after any turn whose
    # forced call missed).
    at = len(w.messages.messages)
    assert w.messages.messages[at - 1].tool_calls
    shot(dialog, "tool-approval")
    dialog.always.setChecked(True)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    answer_all(qtbot, w, run=False)
    assert f"built-in/{name}" in w.core.settings.tools_allowed
    roles = [m.role for m in w.messages.messages]
    assert roles[at - 2 : at + 1] == ["user", "assistant", "tool"], roles
    result = w.messages.messages[at]
    # It ran (a small model's expression may not compute: then the error is its result).
    assert result.tool_name == name and result.content and result.generation_seconds is not None
    assert result.error is None or result.content.startswith("Error: ")
    last = w.messages.messages[-1]
    assert last.role == "assistant" and last.status == "complete"
    # Folded: one line per call and result; Details opens the whole.
    shown = w.chatting.delegate._shown(result)
    assert shown.count("\n") == 0 and shown.startswith(f"⚙ {name} →")
    w.chatting.message_action("details", result)
    assert w.chatting.delegate._shown(result).startswith(f"⚙ {name} →\n")
    w.chatting.message_action("details", result)
    shot(w, "tool-call-folded")
    # Always allowed: the next call of that tool runs without a question.
    questions: list[str] = []
    w.tools.approval.asked.connect(lambda q: questions.append(q.call.name))
    before = len(w.messages.messages)
    send(qtbot, w, "And 6 times 7?", wait=False)
    answer_all(qtbot, w, run=False)
    ran = [m for m in w.messages.messages[before:] if m.role == "tool" and m.tool_name == name]
    assert name not in questions
    assert not ran or not ran[0].content.startswith("The person declined")


def test_declined_and_stopped_calls(qtbot: Any, window: MainWindow) -> None:
    w = window
    turn_on(w)
    send(qtbot, w, "What is 3 + 4?", wait=False)
    dialog = asked(qtbot, w, again=lambda: send(qtbot, w, "What is 3 + 4?", wait=False))
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    answer_all(qtbot, w, run=False)
    declined = [m for m in w.messages.messages if m.role == "tool"]
    assert any(m.content == "The person declined to run this tool." for m in declined)
    assert w.messages.messages[-1].status == "complete"  # the model went on without it

    # Regenerating in a chat with tools on answers with them (asked again).
    def regenerate() -> None:
        w.chatting.message_action("regenerate", w.messages.messages[-1])

    regenerate()
    qtbot.mouseClick(asked(qtbot, w, again=regenerate).decline_button, Qt.MouseButton.LeftButton)
    answer_all(qtbot, w, run=False)
    assert w.messages.messages[-1].status == "complete"
    # A new chat; Stop while the question is open withdraws it: nothing runs, nothing hangs.
    w.conversations.new_chat()
    assert w.tools.picker.choice == ChatTools()  # a new chat starts with tools off
    turn_on(w)
    send(qtbot, w, "What time is it in Tokyo?", wait=False)
    dialog = asked(qtbot, w, again=lambda: send(qtbot, w, "What time is it in Tokyo?", wait=False))
    w.stop()
    qtbot.waitUntil(lambda: not w.engine.busy, timeout=30_000)
    qtbot.waitUntil(lambda: w.tools.approval.dialog is None, timeout=5_000)  # withdrawn
    msgs = w.messages.messages
    assert [m.role for m in msgs][-2:] == ["tool", "assistant"]
    assert msgs[-2].content == "The person declined to run this tool."
    assert msgs[-1].status == "cancelled"
    cid = w.conversations.current
    assert cid is not None
    assert ChatTools.of(w.core.repo.conversation(cid).params_dict).on  # the chat keeps it


def test_the_tools_page_with_a_real_mcp_server(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    w = window
    other_app = tmp_path / "claude_desktop_config.json"
    other_app.write_text(
        json.dumps(
            {"mcpServers": {"mine": ServerConfig("mine", sys.executable, (SERVER, "good")).entry()}}
        )
    )
    w.tools.open_page()
    page = w.tools.dialog
    assert isinstance(page, ToolsDialog)
    assert "No MCP server yet" in page.status.text()
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    page.import_file(broken)
    assert "not valid JSON" in page.status.text() and not w.core.paths.mcp_servers.exists()
    page.import_file(other_app)
    assert page.status.text() == "Added: mine."
    server = page.tree.topLevelItem(1)
    assert server.text(0) == "mine" and server.text(1) == "starts when a chat needs it"
    page.start_servers()
    qtbot.waitUntil(lambda: "running" in page.status.text(), timeout=60_000)
    server = page.tree.topLevelItem(1)
    tools = {server.child(i).text(0) for i in range(server.childCount())}
    assert {"add", "shout"} <= tools and server.text(1) == "running"
    shot(page, "tools-page")
    # Off in Settings → Tools: saved to mcp.json, the server stops, chats leave it out.
    server.setCheckState(0, Qt.CheckState.Unchecked)
    saved = json.loads(w.core.paths.mcp_servers.read_text())
    assert saved["mcpServers"]["mine"]["disabled"] is True
    assert w.core.mcp.state("mine") == "off"
    page.steps.setValue(3)
    page.api.setChecked(True)
    assert w.core.settings.tools_max_steps == 3 and w.core.settings.api_mcp_servers
    page.tree.setCurrentItem(page.tree.topLevelItem(1))
    page.remove_server()
    assert json.loads(w.core.paths.mcp_servers.read_text()) == {"mcpServers": {}}
    page.close()


def test_a_proposed_memory_cannot_be_always_allowed(qtbot: Any) -> None:
    from assistant.gui.tools.approval import Question
    from assistant.tools.builtin import remember
    from assistant.tools.formats import ToolCall

    memo = remember(lambda _fact: None)
    dialog = ApprovalDialog(Question(ToolCall("c1", "remember", '{"fact": "I cycle."}'), memo))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.always.isVisible() and '"fact": "I cycle."' in dialog.arguments.toPlainText()
    assert dialog.decline_button.isDefault()  # it keeps something: a click, not Enter
    shot(dialog, "tool-approval-memory")
    dialog.accept()
    assert dialog.question.run and not dialog.question.always
