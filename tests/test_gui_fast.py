"""The window's own logic on a scripted fake engine (tests/fixtures/fake_engine.py):
conversations, branches, search, delete and undo, switching models, settings, errors.
Runs in seconds with `pytest -m "not slow"`; the real model's path is in test_gui.py."""

from __future__ import annotations

from pathlib import Path

from assistant.ground.settings import Settings
from assistant.gui.chat.delegates import caption_parts
from assistant.gui.main_window import MainWindow
from tests.gui_window import send, shot


def fake(w: MainWindow):  # type: ignore[no-untyped-def]
    return w.core.models.engine


def test_a_turn_is_streamed_saved_and_shown(qtbot, fake_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    assert w.empty.isVisible() and "What can I help with?" in w.empty.text()
    send(qtbot, w, "Name a river.")
    cid = w.conversations.current
    assert cid is not None and w.chat.isVisible() and not w.empty.isVisible()
    saved = w.core.repo.branch(cid)
    assert [m.role for m in saved] == ["user", "assistant"]
    assert saved[-1].content == "Answer 1 to: Name a river." and saved[-1].status == "complete"
    assert saved[-1].model_file == Path(w.active.facts.path).name  # type: ignore[union-attr]
    assert w.messages.messages[-1].content == saved[-1].content
    assert "tok/s" in w.status.speed_label.text()
    assert (saved[-1].drafted_tokens, saved[-1].accepted_tokens) == (2, 1)
    names = w.chatting.delegate.model_names
    caption = " ".join(label for _, label in caption_parts(w.messages.messages[-1], (1, 1), names))
    assert "1 of 2 drafted kept" in caption
    # The caption names the model as the Models menu does, not by its file name.
    assert w.active.local.name in caption and saved[-1].model_file not in caption  # type: ignore[union-attr]
    shot(w, "drafted-caption")
    # The follow-up carries the history to the engine.
    send(qtbot, w, "And another?")
    assert [m["content"] for m in fake(w).prompts[-1]][-3:] == [
        "Name a river.",
        "Answer 1 to: Name a river.",
        "And another?",
    ]


def test_regenerate_keeps_both_answers_as_branches(qtbot, fake_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    send(qtbot, w, "Pick a colour.")
    first = w.messages.messages[-1]
    w.chatting.message_action("regenerate", first)
    qtbot.waitUntil(lambda: not w.engine.busy, timeout=10_000)
    second = w.messages.messages[-1]
    assert second.id != first.id and second.content.startswith("Answer 2")
    w.chatting.message_action("prev", second)
    assert w.messages.messages[-1].id == first.id
    w.chatting.message_action("next", w.messages.messages[-1])
    assert w.messages.messages[-1].id == second.id


def test_stop_keeps_the_partial_answer(qtbot, fake_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    fake(w).delay = 0.05
    send(qtbot, w, " ".join(["word"] * 200), wait=False)
    qtbot.waitUntil(lambda: len(w.messages.messages) == 2 and bool(w.messages.messages[-1].content))
    w.engine.stop()
    qtbot.waitUntil(lambda: not w.engine.busy, timeout=10_000)
    answer = w.core.repo.branch(w.conversations.current)[-1]  # type: ignore[arg-type]
    assert answer.status == "cancelled" and answer.content.startswith("Answer 1")
    assert not w.composer.generating


def test_delete_and_undo_from_the_banner(qtbot, fake_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    send(qtbot, w, "Something to delete.")
    cid = w.conversations.current
    w.conversations.delete_selected()
    assert w.conversations.current is None and w.empty.isVisible()
    assert "Chat deleted" in w.banner.text()
    assert all(r.conversation_id != cid for r in w.conversations.list_model.rows)
    assert fake(w).forgotten == [f"chat{cid}"]  # its saved states hold its words
    assert fake(w).params[-1].owner == f"chat{cid}"  # what the engine saved them under
    w.banner.linkActivated.emit("undo")
    assert any(r.conversation_id == cid for r in w.conversations.list_model.rows)
    assert not w.banner.isVisible()


def test_chats_deleted_over_thirty_days_ago_go_for_good_at_start(
    qtbot, fake_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3
    import time

    w = fake_window
    repo = w.core.repo
    old, recent = repo.create_conversation("old"), repo.create_conversation("recent")
    repo.append(old, "user", "an old secret")
    repo.delete(old)
    repo.delete(recent)
    conn = sqlite3.connect(w.core.paths.database)
    with conn:  # deleted 31 days ago (the store has no API to back-date a delete)
        conn.execute(
            "UPDATE conversations SET deleted_at = ? WHERE id = ?", (time.time() - 31 * 86400, old)
        )
    conn.close()
    w.start()
    qtbot.waitUntil(lambda: _gone(repo, old))
    repo.undo_delete(recent)  # deleted today: still restorable
    assert repo.conversation(recent).title == "recent"


def _gone(repo, cid: int) -> bool:  # type: ignore[no-untyped-def]
    from assistant.ground.errors import UserError

    try:
        repo.conversation(cid)
    except UserError:
        return True
    return False


def test_search_finds_and_opens_a_chat(qtbot, fake_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    send(qtbot, w, "Tell me about pelicans.")
    pelicans = w.conversations.current
    w.conversations.new_chat()
    send(qtbot, w, "Tell me about owls.")
    model = w.conversations.list_model
    with qtbot.waitSignal(model.searched, check_params_cb=lambda q: q == "pelicans"):
        qtbot.keyClicks(w.sidebar.search, "pelicans")
    hits = [i for i, r in enumerate(model.rows) if r.kind == "hit"]
    assert hits and {model.rows[i].conversation_id for i in hits} == {pelicans}
    w.conversations.open_index(model.index(hits[0]))
    assert w.conversations.current == pelicans
    assert "pelicans" in w.messages.messages[0].content


def test_a_failed_load_keeps_the_model_and_says_why(qtbot, fake_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    before = w.active
    fake(w).fail_next_load = "This file is not a GGUF model."
    w.model_control.switch(before.facts.path)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: w.banner.isVisible(), timeout=10_000)
    assert w.banner.text() == "This file is not a GGUF model."
    assert w.active is before and w.status.model_button.text() == before.name  # type: ignore[union-attr]
    assert not w.status.loading.isVisible()


def test_settings_changes_reach_the_window(qtbot, fake_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    loads = len(fake(w).loads)
    w.core.config.change(send_key="ctrl+enter")
    assert w.composer.edit.send_key == "ctrl+enter"
    assert len(fake(w).loads) == loads  # nothing that needs a reload
    w.core.config.change(context_length=1024)
    qtbot.waitUntil(lambda: w.active is not None and w.active.facts.context == 1024)
    assert len(fake(w).loads) == loads + 1
    saved = Settings.load(w.core.paths.settings_file)
    assert saved.send_key == "ctrl+enter" and saved.context_length == 1024


def test_opening_a_chat_from_another_model_offers_to_switch_back(
    qtbot, fake_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    repo = w.core.repo
    recorded = Path(w.active.facts.path).name  # type: ignore[union-attr]
    cid = repo.create_conversation("Old chat")
    repo.append(cid, "user", "Hi")
    repo.set_conversation_settings(cid, model=recorded, preset=None)
    w.conversations.open(cid)
    assert "Switch back" not in w.banner.text()  # the same model: nothing to offer
    repo.set_conversation_settings(cid, model="Elsewhere (remote)", preset=None)
    w.conversations.open(cid)
    assert "Switch back" not in w.banner.text()  # a model that is gone: nothing to offer


def test_earlier_reasoning_is_not_sent_back_to_the_model(qtbot, fake_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    fake(w).script = ["<think>", "Blue is calm.", "</think>\n\n", "Blue."]
    send(qtbot, w, "Pick a colour.")
    fake(w).script = None
    send(qtbot, w, "Why?")
    history = fake(w).prompts[-1]
    assert [m["content"] for m in history][-3:] == ["Pick a colour.", "Blue.", "Why?"]


def test_reasoning_is_folded_above_the_answer_and_kept_apart(
    qtbot, fake_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

    w = fake_window
    reasoning = "The user wants a colour. Blue is calm and common; green is also fine."
    fake(w).script = ["<think>\n", reasoning, "\n</think>\n\n", "**Blue.** It is calm."]
    send(qtbot, w, "Pick a colour.")
    answer = w.core.repo.branch(w.conversations.current)[-1]  # type: ignore[arg-type]
    assert answer.content == "**Blue.** It is calm." and answer.reasoning.strip() == reasoning
    assert answer.reasoning_seconds is not None
    shown = w.messages.messages[-1]
    assert shown.reasoning and shown.content == answer.content
    delegate = w.chatting.delegate
    assert delegate._shown(shown) == answer.content  # folded: the answer only
    shot(w, "thinking-folded")
    # A click on the "Thought for …" line opens the reasoning, another folds it.
    index = w.messages.index(len(w.messages.messages) - 1)
    option = QStyleOptionViewItem()
    w.chat.initViewItemOption(option)
    option.rect = w.chat.visualRect(index)
    header = delegate._header_rect(option, shown)
    assert header is not None
    qtbot.mouseClick(w.chat.viewport(), Qt.MouseButton.LeftButton, pos=header.center())
    assert reasoning in delegate._shown(shown)
    qtbot.wait(50)
    shot(w, "thinking-open")
    # Copy takes the answer alone.
    w.chatting.message_action("copy", shown)
    assert QApplication.clipboard().text() == answer.content


def test_each_chat_remembers_its_think_choice(qtbot, fake_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    assert w.composer.think.isHidden()  # the starter model cannot turn reasoning off
    send(qtbot, w, "Hello.")
    assert fake(w).params[-1].think is None
    fake(w).thinking = "toggle"  # a Qwen3-style model
    w.core.config.change(context_length=1024)  # reloads it
    qtbot.waitUntil(lambda: not w.composer.think.isHidden())
    w.composer.think.setChecked(False)
    send(qtbot, w, "Quick: 2 + 2?")
    assert fake(w).params[-1].think is False
    first = w.conversations.current
    shot(w, "think-toggle")
    w.conversations.new_chat()
    assert w.composer.think.isChecked()  # a new chat thinks by default
    send(qtbot, w, "Prove it.")
    assert fake(w).params[-1].think is True
    w.conversations.open(first)  # type: ignore[arg-type]
    assert not w.composer.think.isChecked()


def test_a_models_own_settings_from_the_manager(qtbot, fake_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from assistant.gui.models.model_settings_dialog import ModelSettingsDialog

    w = fake_window
    model = w.active.local  # type: ignore[union-attr]
    dialog = ModelSettingsDialog(w.core, model, w)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "im_start" in dialog.template.toPlainText())  # the GGUF's own
    dialog.fields["temperature"].setText("3")
    dialog.save()
    assert "'temperature' must be between 0 and 2" in dialog.message.text()
    assert dialog.isVisible()  # nothing saved, still open
    dialog.fields["temperature"].setText("0.3")
    dialog.fields["context_length"].setText("1024")
    dialog.system.setPlainText("You answer in one sentence.")
    shot(dialog, "model-settings")
    loads = len(fake(w).loads)
    dialog.save()
    assert dialog.reloads and not dialog.isVisible()
    own = Settings.load(w.core.paths.settings_file).model(model.path.name)
    assert (own.temperature, own.context_length) == (0.3, 1024)
    # The model in use is loaded again with its new context; the next chat uses the rest.
    qtbot.waitUntil(lambda: len(fake(w).loads) == loads + 1)
    qtbot.waitUntil(lambda: w.active is not None and w.active.facts.context == 1024)
    send(qtbot, w, "Hello.")
    assert fake(w).params[-1].temperature == 0.3
    assert fake(w).prompts[-1][0] == {"role": "system", "content": "You answer in one sentence."}


def test_import_chats_from_chatgpt_in_the_background(
    qtbot, fake_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    exports = Path(__file__).parent / "fixtures" / "chat_exports"
    w.conversations.import_file(exports / "chatgpt_conversations.json")
    qtbot.waitUntil(lambda: "Imported 2 chats" in w.banner.text(), timeout=10_000)
    assert w.messages.messages[-1].content == "Sie treiben auf dem Rücken – 睡觉."
    shot(w, "imported-chatgpt")
    bad = tmp_path / "conversations.json"
    bad.write_text('[{"mapping": 3}]', encoding="utf-8")
    w.conversations.import_file(bad)
    qtbot.waitUntil(lambda: "Nothing was imported" in w.banner.text(), timeout=10_000)


def test_settings_saved_by_another_process_reach_the_open_window(
    qtbot, fake_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from assistant.ground.settings import RemoteServer, SettingsStore

    w = fake_window
    terminal = SettingsStore(w.core.config.path)  # `assistant models add-remote` and the like
    box = RemoteServer("box", "http://10.0.0.2:8080/v1")
    terminal.add_remote(box)
    terminal.change(send_key="ctrl+enter")
    qtbot.waitUntil(lambda: w.composer.edit.send_key == "ctrl+enter", timeout=5000)
    assert w.core.settings.remotes == {"box": box}
    # An unreadable file (a half-done hand edit) changes nothing in the window.
    w.core.config.path.write_text("send_key = ")
    qtbot.wait(600)
    assert w.core.settings.send_key == "ctrl+enter"
