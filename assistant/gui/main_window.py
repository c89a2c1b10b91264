"""The main window: the frame, conversations and documents (the parent classes) plus
models, chatting, menus and dialogs, over the core services."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QStyleOptionViewItem,
)

from assistant.gui.document_window import DocumentWindow
from assistant.gui.roles import Role

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.chat import TurnResult
    from assistant.engine.backend import ModelFacts, SamplingParams
    from assistant.models.library import LocalModel
    from assistant.store.records import Message

log = logging.getLogger(__name__)


class MainWindow(DocumentWindow):
    """The whole window. Built in two steps so that it paints before anything heavy:
    the frame at construction, the services with ``attach(core)`` (done at once when a
    core is given)."""

    def __init__(self, core: Core | None = None) -> None:
        super().__init__()
        self._summarizing = ""
        self.attached = False
        if core is not None:
            self.attach(core)

    def attach(self, core: Core) -> None:
        """Bring in the store, presets, engine, models, menus and icons."""
        from PySide6.QtCore import Qt

        from assistant.gui.api_server import ApiServerService
        from assistant.gui.conversation_list import ConversationListModel
        from assistant.gui.delegates import ConversationDelegate, MessageDelegate
        from assistant.gui.engine_service import EngineService
        from assistant.gui.icons import icon
        from assistant.gui.menus import build_menus
        from assistant.gui.message_model import MessageModel
        from assistant.presets import PresetLibrary

        self.core = core
        self.repo = core.repo
        self.presets = PresetLibrary(core.paths.user_presets)
        self.engine = EngineService(core)
        self.sidebar_model = ConversationListModel(self.repo)
        self.sidebar.setModel(self.sidebar_model)
        self.sidebar.setItemDelegate(ConversationDelegate(self.sidebar))
        self.messages = MessageModel(self.repo)
        self.chat.setModel(self.messages)
        self.delegate = MessageDelegate(self.chat)
        self.chat.setItemDelegate(self.delegate)
        self.composer.set_presets(self.presets.all())
        self.composer.edit.send_key = core.settings.send_key
        self.composer.select_preset(core.settings.default_preset)
        self.new_button.setIcon(icon("new"))
        self.model_button.setIcon(icon("model"))
        self.model_button.setText("Loading model…")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.api_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.api_server = ApiServerService(core, self.presets)
        self.chat.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty.linkActivated.connect(self._empty_link)
        self.banner.linkActivated.connect(self._banner_link)
        build_menus(self)
        self._wire()
        self.sidebar_model.refresh()
        self.attached = True
        self._show_empty()

    def fill_models_menu(self) -> None:
        from assistant.gui.menus import fill_models_menu

        fill_models_menu(self)

    def _wire(self) -> None:
        self.new_button.clicked.connect(self.new_chat)
        self.search.textChanged.connect(self._search_changed)
        self.sidebar.clicked.connect(self._sidebar_clicked)
        self.sidebar.activated.connect(self._sidebar_clicked)
        self.composer.send_requested.connect(self.send)
        self.composer.stop_requested.connect(self.engine.stop)
        self.composer.attach_requested.connect(self.attach_document)
        self.delegate.action.connect(self._message_action)
        self.chat.customContextMenuRequested.connect(self._message_menu)
        self.messages.modelReset.connect(self._show_empty)
        self.messages.rowsInserted.connect(self._show_empty)
        e = self.engine
        e.model_loading.connect(self._model_loading)
        self.cancel_load.clicked.connect(e.cancel_load)
        e.model_loaded.connect(self._model_loaded)
        e.model_failed.connect(self._model_failed)
        e.text.connect(self._on_text)
        e.turn_started.connect(lambda: self.composer.set_generating(True))
        e.turn_done.connect(self._turn_done)
        e.turn_failed.connect(self._turn_failed)
        e.summary_progress.connect(self._summary_progress)
        e.summary_done.connect(self._summary_done)
        self.api_server.started.connect(self._api_started)
        self.api_server.stopped.connect(self.api_label.hide)
        self.api_server.failed.connect(self.show_banner)

    # -- models ------------------------------------------------------------------------------

    def start(self) -> None:
        """After the first paint: load the model in the engine child."""
        from assistant import logs

        for note in self.repo.notes:
            self.show_banner(note)
        if logs.previous_crash is not None:
            self._crash_report = logs.previous_crash
            self.show_banner(
                "Offline Assistant stopped unexpectedly last time. "
                "<a href='crash'>Show the crash report</a> (it stays on this computer)."
            )
        if not self.core.library.installed():
            self.loading.hide()
            self.model_button.setText("No model")
            self._show_empty()
            return
        self.engine.load(self.core.settings.default_model)

    def switch_model(self, path: str) -> None:
        if self.engine.busy:
            self.show_banner("Wait for the answer to finish (or stop it) before switching models.")
            return
        self.engine.load(path)

    def import_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import a GGUF model", str(Path.home()), "GGUF models (*.gguf)"
        )
        if path:
            try:
                m = self.core.library.import_file(Path(path), copy=False)
            except Exception as exc:  # UserError: say it where it happened
                self.show_banner(str(exc))
                return
            self.switch_model(str(m.path))

    def _model_loading(self, _name: str) -> None:
        self.loading.show()
        self.cancel_load.show()
        self.model_button.setText("Loading model…")

    def _model_loaded(self, model: LocalModel, facts: ModelFacts) -> None:
        self.model, self.facts = model, facts
        self.loading.hide()
        self.cancel_load.hide()
        self.model_button.setText(model.name)
        remote = facts.architecture == "remote"
        self.model_button.setToolTip(
            f"{facts.path.replace('#', ' · ')}"
            if remote
            else f"{facts.architecture}, {facts.parameters / 1e6:.0f}M parameters, "
            f"{facts.quantization}, context {facts.context}"
        )
        self.set_network_badge(facts.path.rsplit("#", 1)[0] if remote else None)
        self.context_label.setText(
            f"context {facts.context} tokens" if facts.context else "context size not reported"
        )
        self.banner.hide()
        if facts.gpu_fallback:
            self.show_banner(f"{model.name} runs on the CPU: {facts.offload}.")
        self._show_empty()

    def _model_failed(self, message: str) -> None:
        self.loading.hide()
        self.cancel_load.hide()
        self.model_button.setText(self.model.name if self.model else "No model")
        self.fill_models_menu()  # a file found incomplete was removed: drop its entry
        self.show_banner(message)

    def _api_started(self, url: str) -> None:
        self.api_label.setText(f"API {url}")
        self.api_label.setToolTip(
            "Programs on this computer can use the current model through this "
            "OpenAI-compatible address (Models → Local API server stops it)."
        )
        self.api_label.show()

    # -- banner links ------------------------------------------------------------------------

    def _banner_link(self, href: str) -> None:
        if href.startswith("switch:"):
            name = href.split(":", 1)[1]
            for m in self.core.library.installed():
                if m.path.name == name:
                    self.switch_model(str(m.path))
            if self.core.remote(name) is not None:
                self.switch_model(name)
            return
        if href == "crash" and self._crash_report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._crash_report)))
            return
        if self._undo_id is not None:
            self.repo.undo_delete(self._undo_id)
            self._undo_id = None
            self.sidebar_model.refresh()
            self.banner.hide()

    # -- chatting ----------------------------------------------------------------------------

    def _params(self) -> SamplingParams:
        return self.composer.preset.render("", self.composer.variables()).params

    def send(self, text: str) -> None:
        if self.facts is None:
            self.show_banner("No model is loaded yet.")
            return
        preset = self.composer.preset
        try:
            rendered = preset.render(text, self.composer.variables())
        except Exception as exc:
            self.show_banner(str(exc))
            return
        if self.conversation_id is None:
            system = rendered.messages[0]["content"] if len(rendered.messages) > 1 else None
            self.conversation_id = self.repo.create_conversation(
                system_prompt=system, preset=preset.id
            )
        user_text = rendered.messages[-1]["content"]
        self._begin_turn()
        self.engine.send(self.conversation_id, user_text, rendered.params, preset.id)
        QTimer.singleShot(0, self._show_pending)

    def _begin_turn(self) -> None:
        self.banner.hide()
        self._show_empty()

    def _show_pending(self) -> None:
        """The user message and the growing answer appear at once (already in the store)."""
        if self.conversation_id is not None:
            self.messages.open(self.conversation_id)
            self.sidebar_model.refresh()
            self._select_in_sidebar()
            self.chat.scrollToBottom()

    def _on_text(self, piece: str) -> None:
        msgs = self.messages.messages
        if not msgs or msgs[-1].role != "assistant" or msgs[-1].status != "streaming":
            self.messages.open(self.conversation_id)
            msgs = self.messages.messages
            if msgs and msgs[-1].status == "streaming":
                msgs[-1].content = ""
        bar = self.chat.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 8  # a reader who scrolled up stays put
        idx = self.messages.grow(piece)
        if idx is None:
            return
        option = QStyleOptionViewItem()
        option.initFrom(self.chat.viewport())
        rect = self.delegate.streamed(msgs[-1], self.chat.visualRect(idx), option)
        if rect is not None:
            self.chat.viewport().update(rect)  # just the new lines
            return
        self.messages.row_changed(idx)  # a new step of height: lay out, follow
        if following:
            self.chat.scrollToBottom()

    def _turn_done(self, result: TurnResult) -> None:
        self.composer.set_generating(False)
        self.messages.open(self.conversation_id)
        self.sidebar_model.refresh()
        self._select_in_sidebar()
        self.chat.scrollToBottom()
        c = result.completion
        if c is not None:
            self.speed_label.setText(f"{c.tokens_per_second:.0f} tok/s")
            used = c.prompt_tokens + c.completion_tokens
            total = self.facts.context if self.facts else 0
            note = f" — {c.dropped_messages} older messages left out" if c.dropped_messages else ""
            shown = f"{used}/{total}" if total else f"{used} tokens used"
            self.context_label.setText(f"context {shown}{note}")

    def _turn_failed(self, message: str, crashed: bool) -> None:
        self.composer.set_generating(False)
        self.messages.open(self.conversation_id)
        self.show_banner(
            "The model stopped unexpectedly. Your next message will restart it."
            if crashed
            else message
        )

    def _message_action(self, action: str, m: Message) -> None:
        if action == "copy":
            QGuiApplication.clipboard().setText(m.content)
            self.statusBar().showMessage("Copied", 3000)
        elif action.startswith("copy-code:"):
            from assistant.gui.message_menu import message_code

            blocks = message_code(m)
            i = int(action.partition(":")[2])
            if i < len(blocks):
                QGuiApplication.clipboard().setText(blocks[i])
                self.statusBar().showMessage("Code copied", 3000)
        elif action == "regenerate" and not self.engine.busy:
            self._begin_turn()
            self.engine.regenerate(m.id, self._params())
            QTimer.singleShot(0, self._show_pending)
        elif action == "edit" and not self.engine.busy:
            text, ok = QInputDialog.getMultiLineText(self, "Edit and resend", "Message:", m.content)
            if ok and text.strip():
                self._begin_turn()
                self.engine.edit(m.id, text.strip(), self._params())
                QTimer.singleShot(0, self._show_pending)
        elif action in ("prev", "next"):
            sibs = self.repo.siblings(m.id)
            i = sibs.index(m.id) + (1 if action == "next" else -1)
            if 0 <= i < len(sibs):
                self.repo.show_branch(sibs[i])
                self.messages.open(self.conversation_id)

    def _message_menu(self, pos: QPoint) -> None:
        from assistant.gui.message_menu import message_menu

        index = self.chat.indexAt(pos)  # the keyboard's request points at the current row
        if not index.isValid():
            index = self.chat.currentIndex()
            pos = self.chat.visualRect(index).topLeft()
        if index.isValid():
            m = index.data(Role.MESSAGE)
            alternatives = index.data(Role.ALTERNATIVES)
            menu = message_menu(self, m, alternatives, self._message_action)
            menu.popup(self.chat.viewport().mapToGlobal(pos))

    def copy_last_answer(self) -> None:
        for m in reversed(self.messages.messages):
            if m.role == "assistant":
                QGuiApplication.clipboard().setText(m.content)
                return

    # -- misc --------------------------------------------------------------------------------

    def _models_changed(self) -> None:
        self.fill_models_menu()
        if self.model is None and self.core.library.installed():
            self.engine.load(self.core.settings.default_model)  # the first model arrived

    def _empty_link(self, href: str) -> None:
        if href == "catalog":
            self.open_model_manager(tab=1)
        elif href == "import":
            self.import_model()

    def open_model_manager(self, tab: int = 0) -> None:
        from assistant.gui.model_manager import ModelManager

        manager = ModelManager(self.core, self)
        manager.tabs.setCurrentIndex(tab)
        self._dialog = manager
        manager.models_changed.connect(self._models_changed)
        manager.show()

    def open_settings(self) -> None:
        from assistant.gui.settings_dialog import SettingsDialog
        from assistant.gui.theme import apply_theme

        dialog = SettingsDialog(self.core, self.presets.all(), self)
        self._dialog = dialog  # reachable for tests and screenshots
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        reload = dialog.save()
        s = self.core.settings
        self.composer.edit.send_key = s.send_key
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, s.theme, s.font_size)
        if reload and self.model is not None:
            self.core.engine.options = self.core.load_options()
            self.switch_model(str(self.model.path))

    def about(self) -> None:
        from assistant.gui.about import show_about

        show_about(self, self.model.name if self.model else None, self.facts)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.attached:
            if self.api_server.server is not None:
                self.api_server.server.stop()
            self.sidebar_model.shutdown()
            self.engine.shutdown()
        super().closeEvent(event)
