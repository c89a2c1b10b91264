"""The Adapters chip in the window, on the real starter model with a real adapter: it
shows once an adapter for the loaded model is installed, the chat keeps what is chosen
in its menu, the answer's caption names the adapter, a file that is not an adapter is
refused in the banner, and a model's own adapters are set in its settings dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMenu

from assistant.gui.chat.delegates import caption_parts
from assistant.gui.main_window import MainWindow
from assistant.gui.models.model_settings_dialog import ModelSettingsDialog
from tests.fixtures.lora import write_lora
from tests.gui_window import send, shot


def menu_actions(menu: QMenu) -> dict[str, Any]:
    menu.aboutToShow.emit()
    return {a.text(): a for a in menu.actions()}


def test_choosing_an_adapter_for_a_chat(
    qtbot: Any, window: MainWindow, starter: Path, tmp_path: Path
) -> None:
    w = window
    picker = w.adapters
    assert not picker.button.isVisibleTo(w)  # no adapter installed: no chip
    junk = tmp_path / "not-an-adapter.gguf"
    junk.write_bytes(b"GGUF" + b"\0" * 64)
    picker.add_file(junk)
    assert w.banner.isVisibleTo(w) and "is not a LoRA adapter" in w.banner.text()
    picker.add_file(write_lora(tmp_path / "style.gguf", starter))
    assert picker.button.isVisibleTo(w) and picker.button.text() == "Adapters"
    actions = menu_actions(picker.menu)
    assert actions["As the model's settings say"].isChecked()
    style = actions["style"].menu()
    strengths = {a.text(): a for a in style.actions()}
    assert strengths["Off"].isChecked()
    strengths["Full strength"].trigger()
    assert picker.button.text() == "Adapter: style"
    b = picker.button
    qtbot.waitUntil(lambda: b.width() >= b.sizeHint().width())  # laid out, as on screen
    shot(w.composer, "adapters-chip")
    style.adjustSize()
    shot(style, "adapters-menu")
    send(qtbot, w, "Name three colours of the rainbow.")
    cid = w.conversations.current
    assert cid is not None
    assert w.core.repo.conversation(cid).params_dict["adapters"] == "style"  # kept by the chat
    answer = w.messages.messages[-1]
    assert answer.adapters_used == ["style"]
    caption = " ".join(label for _, label in caption_parts(answer, (1, 1)))
    assert "+ style" in caption
    shot(w, "adapters-answer")
    # Half strength, then none in this chat.
    strengths = {a.text(): a for a in menu_actions(picker.menu)["style"].menu().actions()}
    strengths["Half strength"].trigger()
    assert picker.button.text() == "Adapter: style@0.5"
    menu_actions(picker.menu)["No adapter in this chat"].trigger()
    assert picker.button.text() == "Adapters"
    assert w.core.repo.conversation(cid).params_dict["adapters"] == ""
    # A new chat follows the model's settings: set there, in its dialog.
    w.conversations.new_chat()
    assert picker.button.text() == "Adapters"
    active = w.active
    assert active is not None and active.local is not None
    dialog = ModelSettingsDialog(w.core, active.local, w)
    qtbot.addWidget(dialog)
    assert "style" in dialog.adapters.placeholderText()
    dialog.adapters.setText("nope")
    dialog.save()
    assert "No adapter named 'nope'" in dialog.message.text()
    dialog.adapters.setText("style@0.5")
    dialog.save()
    assert w.core.settings.model(active.local.path.name).adapters == "style@0.5"
    picker.refresh()
    assert picker.button.text() == "Adapter: style@0.5"
    # Chosen before the first message: the new chat keeps it.
    strengths = {a.text(): a for a in menu_actions(picker.menu)["style"].menu().actions()}
    strengths["Stronger"].trigger()
    send(qtbot, w, "Hello")
    cid = w.conversations.current
    assert cid is not None
    assert w.core.repo.conversation(cid).params_dict["adapters"] == "style@1.5"
    assert w.messages.messages[-1].adapters_used == ["style@1.5"]
