"""The main window lays out the widgets and wires the parts that own the behaviour:
:class:`Conversations` (the open chat and the sidebar), :class:`ChatController`
(sending and streaming), :class:`Documents` (summaries), :class:`ModelsMenu` and
:class:`ModelStatus`. Signals connect them here, in one place.

It is built in two steps so that it paints before anything heavy: the layout at
construction (Qt alone), the services with ``attach(core)``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant.gui.chat.composer import Composer
from assistant.gui.chat.sidebar import Sidebar
from assistant.gui.shared.i18n import tr
from assistant.gui.status_bar import ModelStatus

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.ground.settings import Settings
    from assistant.gui.chat.chat_controller import ChatController
    from assistant.gui.chat.conversations import Conversations
    from assistant.gui.chat.message_model import MessageModel
    from assistant.gui.documents.collections_controller import CollectionsController
    from assistant.gui.documents.documents_controller import Documents
    from assistant.gui.models.models_menu import ModelsMenu
    from assistant.gui.personal.adapters_picker import AdaptersPicker
    from assistant.gui.personal.memory_controller import MemoryController
    from assistant.gui.personal.teach_dialog import TeachDialog
    from assistant.gui.services.api_server import ApiServerService
    from assistant.gui.services.engine_service import EngineService
    from assistant.gui.speech.dictate_controller import Dictate
    from assistant.gui.speech.read_aloud import ReadAloud
    from assistant.gui.speech.speech_parts import SpeechParts
    from assistant.gui.speech.transcribe_controller import Transcriptions
    from assistant.gui.speech.voice_mode import VoiceMode
    from assistant.gui.tools.tools_controller import ToolsController
    from assistant.presets import PresetLibrary
    from assistant.services.chat import TurnResult
    from assistant.services.session import ActiveModel

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The whole window (``attach`` is done at once when a core is given)."""

    # The parts, attached after the first paint.
    core: Core
    presets: PresetLibrary
    engine: EngineService
    messages: MessageModel
    conversations: Conversations
    chatting: ChatController
    documents: Documents
    transcriptions: Transcriptions
    read_aloud: ReadAloud
    dictate: Dictate
    voice_mode: VoiceMode
    speech: SpeechParts
    memory: MemoryController
    adapters: AdaptersPicker
    tools: ToolsController
    collections: CollectionsController
    composer: Composer
    models_menu: ModelsMenu
    api_server: ApiServerService

    def __init__(self, core: Core | None = None) -> None:
        super().__init__()
        self.setWindowTitle(tr("Offline Assistant"))
        self.setAcceptDrops(True)
        self.resize(1180, 780)
        self.attached = False
        self.dialog: QDialog | None = None  # the open dialog, for tests and screenshots
        self.teach_dialog: TeachDialog | None = None  # kept: it runs in the background
        self._crash_report: Path | None = None
        self._undo_id: int | None = None
        self._build()
        if core is not None:
            self.attach(core)

    # -- layout (Qt alone: paints before the services exist) --------------------------------

    def _build(self) -> None:
        self.sidebar = Sidebar()
        self.chat = QListView()
        self.chat.setAccessibleName(tr("Conversation"))
        self.chat.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.chat.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chat.setFrameShape(QListView.Shape.NoFrame)
        self.chat.setWordWrap(True)
        self.chat.setUniformItemSizes(False)
        self.chat.setVisible(False)
        # Centred by HTML: Qt's enum namespace (AlignCenter) costs ~50 ms to build and
        # is left until after the first paint (attach).
        muted = self.palette().color(self.palette().ColorRole.PlaceholderText).name()
        self.empty = QLabel(
            "<div align='center'><h2>{}</h2><p style='color:{}'>{}</p></div>".format(
                tr("What can I help with?"), muted, tr("Starting…")
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setOpenExternalLinks(False)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet(
            "padding: 8px; border-radius: 6px; background: palette(alternate-base);"
        )
        self.composer = Composer()
        center = QWidget()
        layout = QVBoxLayout(center)
        layout.setContentsMargins(16, 4, 16, 8)
        # The model picker heads the conversation: what answers, and switching it.
        self.model_bar = QWidget()
        self.model_bar.setObjectName("modelBar")
        self.model_bar.setAccessibleName(tr("Model"))
        model_row = QHBoxLayout(self.model_bar)
        model_row.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.model_bar)
        self._column = layout  # parts attached later add their lines under the model bar
        layout.addWidget(self.banner)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.chat, 1)
        layout.addWidget(self.composer)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(center)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 920])
        self.splitter.setCollapsible(0, True)
        self.setCentralWidget(self.splitter)
        self.status = ModelStatus(self.statusBar(), model_row)
        self.composer.edit.setFocus()

    # -- the parts ---------------------------------------------------------------------------

    def attach(self, core: Core) -> None:
        """Bring in the store, presets, engine, models, menus and icons, and wire them."""
        from PySide6.QtCore import Qt

        from assistant.gui.chat.chat_controller import ChatController
        from assistant.gui.chat.conversation_delegate import ConversationDelegate
        from assistant.gui.chat.conversations import Conversations
        from assistant.gui.chat.message_model import MessageModel
        from assistant.gui.documents.collections_controller import CollectionsController
        from assistant.gui.documents.documents_controller import Documents
        from assistant.gui.look.icons import set_icon
        from assistant.gui.models.model_control import ModelControl
        from assistant.gui.models.models_menu import ModelsMenu
        from assistant.gui.personal.adapters_picker import AdaptersPicker
        from assistant.gui.personal.memory_controller import MemoryController
        from assistant.gui.services.api_server import ApiServerService
        from assistant.gui.services.engine_service import EngineService
        from assistant.gui.shared.keyboard import keyboard_for
        from assistant.gui.speech.speech_parts import SpeechParts
        from assistant.gui.tools.tools_controller import ToolsController
        from assistant.presets import PresetLibrary
        from assistant.store.memories import Memories

        self.core = core
        self.presets = PresetLibrary(core.paths.user_presets)
        self.engine = EngineService(core)
        self.messages = MessageModel(core.repo)
        self.chat.setModel(self.messages)
        self.sidebar.list.setItemDelegate(ConversationDelegate(self.sidebar.list))
        self.conversations = Conversations(core.repo, self.sidebar, self.chat, self.messages)

        def active() -> ActiveModel | None:
            return self.active

        self.chatting = ChatController(
            self.engine, self.conversations, self.composer, self.chat, self.messages, active,
            core.models,
        )  # fmt: skip
        self.documents = Documents(self.engine, self.composer, active, self)
        self.speech = SpeechParts(
            core, self.chatting, self.engine, self.composer, self._column, self,
            self.show_banner, self._summary_finished, self.statusBar(),
        )  # fmt: skip
        self.transcriptions, self.read_aloud = self.speech.transcriptions, self.speech.read_aloud
        self.dictate, self.voice_mode = self.speech.dictate, self.speech.voice_mode
        mark = QLabel()
        mark.setObjectName("privateMark")
        self._column.insertWidget(1, mark)
        self.memory = MemoryController(
            Memories(core.repo), self.conversations, self.messages, self.chatting, mark, self
        )
        self.collections = CollectionsController(core, self.composer, self.conversations, self)
        self.tools = ToolsController(
            core, self.engine, self.composer, self.conversations, self.messages, self,
            after=self.collections.picker,
        )  # fmt: skip
        self.adapters = AdaptersPicker(
            core, self.composer, self.conversations, self, after=self.tools.picker
        )
        self.adapters.failed.connect(self.show_banner)
        self.api_server = ApiServerService(core, self.presets)
        self.models_menu = ModelsMenu(
            core.library, lambda: core.settings.remotes, lambda: self.api_server.running, self
        )
        self.model_control = ModelControl(core, self.engine, self.status, self.models_menu, self)
        self.composer.set_presets(self.presets.all())
        self.chatting.delegate.preset_names = {p.id: tr(p.name) for p in self.presets.all()}
        self.composer.edit.send_key = core.settings.send_key
        self.composer.select_preset(core.settings.default_preset)
        set_icon(self.sidebar.new_button, "new")
        set_icon(self.status.model_button, "model")
        self.status.model_button.setText(tr("Loading model…"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.sidebar.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.status.api_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.regions = keyboard_for(self)
        self._build_menus()
        self._wire()
        core.config.subscribe(self._settings_changed)
        from assistant.gui.settings.settings_watch import SettingsWatch

        self._settings_watch = SettingsWatch(core.config, self)
        self.conversations.list_model.refresh()
        self.attached = True
        self._show_empty()

    def _build_menus(self) -> None:
        from assistant.gui.shared.menus import fill_menu_bar
        from assistant.gui.window_menus import main_menus

        fill_menu_bar(self.menuBar(), main_menus(self))
        self.conversations.add_list_actions()

    def _wire(self) -> None:
        from assistant.gui.chat.empty_state import follow_empty_link

        conv, status, menu, engine = self.conversations, self.status, self.models_menu, self.engine
        conv.opened.connect(self._show_empty)
        conv.opened_with_model.connect(self._offer_switch_back)
        conv.deleted.connect(self._deleted)
        conv.failed.connect(self.show_banner)
        conv.notice.connect(self.show_banner)
        self.chatting.failed.connect(self.show_banner)
        self.chatting.turn_begins.connect(self._turn_begins)
        self.chatting.status.connect(lambda text: self.statusBar().showMessage(text, 3000))
        engine.notice.connect(self.show_banner)
        self.documents.progress.connect(self.show_banner)
        self.documents.failed.connect(self.show_banner)
        self.documents.finished.connect(self._summary_finished)
        self.documents.recording_chosen.connect(self.transcriptions.transcribe)
        for signal in (self.collections.notice, self.collections.failed):
            signal.connect(self.show_banner)
        engine.turn_done.connect(self.collections.turn_done)
        self.composer.attach_requested.connect(self.documents.choose)
        self.messages.modelReset.connect(self._show_empty)
        self.messages.rowsInserted.connect(self._show_empty)
        self.model_control.changed.connect(self._model_changed)
        self.model_control.failed.connect(self.show_banner)
        engine.turn_done.connect(self._turn_done)
        engine.worker.failed.connect(self.show_banner)
        menu.manage_requested.connect(self.open_model_manager)
        menu.teach_requested.connect(self.open_teaching)
        menu.api_server_toggled.connect(self.api_server.set_running)
        self.api_server.started.connect(status.show_api)
        self.api_server.stopped.connect(status.api_label.hide)
        self.api_server.failed.connect(self.show_banner)
        self.empty.linkActivated.connect(lambda href: follow_empty_link(self, href))
        self.banner.linkActivated.connect(self._banner_link)

    # -- models ------------------------------------------------------------------------------

    def start(self) -> None:
        """After the first paint: say what the last run left behind, load the model."""
        from assistant.ground import logs

        for note in self.core.repo.notes:
            self.show_banner(note)
        if logs.previous_crash is not None:
            self._crash_report = logs.previous_crash
            self.show_banner(
                tr(
                    "Offline Assistant stopped unexpectedly last time. "
                    "<a href='crash'>Show the crash report</a> (it stays on this computer)."
                )
            )
        self.model_control.start()
        self._show_empty()
        self.conversations.empty_trash(self.core)

    @property
    def active(self) -> ActiveModel | None:
        """The model that answers now (None until one is loaded)."""
        return self.model_control.active if self.attached else None

    def _model_changed(self, active: ActiveModel) -> None:
        self.banner.hide()
        self.chatting.model_changed(active)
        self.adapters.refresh()  # the adapters that fit this model
        if active.facts.gpu_fallback:
            self.show_banner(
                tr("{model} runs on the CPU: {reason}.").format(
                    model=active.name, reason=active.facts.offload
                )
            )
        self._show_empty()

    # -- turns and summaries -----------------------------------------------------------------

    def _offer_switch_back(self, recorded: str) -> None:
        offer = self.model_control.switch_back_offer(recorded)
        if offer:
            self.show_banner(offer)

    def _turn_begins(self) -> None:
        self.banner.hide()
        self._show_empty()

    def _turn_done(self, result: TurnResult) -> None:
        completion = result.completion
        if completion is not None:
            self.status.show_answer(completion, self.active.facts.context if self.active else 0)

    def _summary_finished(self, cid: int) -> None:
        self.banner.hide()
        self.conversations.open(cid)
        self.conversations.select_current()

    # -- the banner and the empty chat -------------------------------------------------------

    def show_banner(self, text: str) -> None:
        """A short message above the chat."""
        self._undo_id = None
        self.banner.setText(text)
        self.banner.setVisible(True)
        from assistant.gui.shared.announce import announce  # QAccessible: not before first paint

        announce(self.banner, self.banner.text(), assertive=True)

    def _deleted(self, cid: int) -> None:
        self.core.forget_chat_states(cid)  # they hold its words
        self.statusBar().showMessage(tr("Chat deleted"), 8000)
        self.show_banner(tr("Chat deleted. <a href='undo'>Undo</a>"))
        self._undo_id = cid

    def _banner_link(self, href: str) -> None:
        if href.startswith("switch:"):
            self.model_control.switch_back(href.split(":", 1)[1])
        elif href.startswith("transcript:"):
            self.collections.add_transcript(int(href.split(":", 1)[1]))
        elif href == "crash" and self._crash_report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._crash_report)))
        elif href == "undo" and self._undo_id is not None:
            self.conversations.undo_delete(self._undo_id)
            self._undo_id = None
            self.banner.hide()

    def _show_empty(self) -> None:
        from assistant.gui.chat.empty_state import NO_MODEL, empty_chat_html

        has = bool(self.messages.messages)
        self.chat.setVisible(has)
        self.empty.setVisible(not has)
        if not has:
            none = not self.core.library.installed()
            self.empty.setText(tr(NO_MODEL) if none else empty_chat_html(self.active))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A theme switch ends with the app's style sheet: the empty state's HTML carries
        # the theme's colours, so it is written again.
        if getattr(self, "messages", None) is None:  # not attached yet (nor Qt's enums built)
            return
        if event.type() == QEvent.Type.StyleChange and self.empty.isVisible():
            self._show_empty()

    # -- dialogs and settings ----------------------------------------------------------------

    def open_teaching(self) -> None:
        """Models → Teach a model… (one window; a paused job is offered again)."""
        from assistant.gui.personal.teach_dialog import TeachDialog

        if self.teach_dialog is None:
            self.teach_dialog = TeachDialog(self.core, self)
            self.teach_dialog.finished_model.connect(lambda _p: self.model_control.models_changed())
        self.teach_dialog.show()
        self.teach_dialog.raise_()

    def open_model_manager(self, tab: int = 0) -> None:
        from assistant.gui.models.model_manager import ModelManager

        manager = ModelManager(self.core, self)
        manager.tabs.setCurrentIndex(tab)
        self.dialog = manager
        manager.models_changed.connect(self.model_control.models_changed)
        manager.show()

    def open_settings(self) -> None:
        from assistant.gui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.core, self.presets.all(), self)
        self.dialog = dialog
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            dialog.save()  # the settings' owner tells _settings_changed

    def _settings_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        from assistant.app import RELOAD_SETTINGS
        from assistant.gui.look.theme import apply_theme

        if "send_key" in changed:
            self.composer.edit.send_key = settings.send_key
        app = QApplication.instance()
        if changed & {"theme", "font_size"} and isinstance(app, QApplication):
            apply_theme(app, settings.theme, settings.font_size)
        local = self.active.local if self.active is not None else None
        reload = changed & RELOAD_SETTINGS or (
            "models" in changed and self.core.models.needs_reload()
        )
        if reload and local is not None:
            self.model_control.switch(str(local.path))

    def stop(self) -> None:
        """Esc: stop a transcription, a reading or a dictation, else the answer (or
        summary) in progress."""
        if not self.speech.stop():
            self.engine.stop()

    def toggle_sidebar(self) -> None:
        self.sidebar.setVisible(not self.sidebar.isVisible())

    def about(self) -> None:
        from assistant.gui.about import show_about

        show_about(self, self.active)

    # -- the window --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls and self.attached:
            from assistant.gui.speech.transcribe_controller import is_audio

            path = urls[0].toLocalFile()
            if is_audio(path):
                self.transcriptions.transcribe(path)
            else:
                self.documents.summarize(path)
            event.acceptProposedAction()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.attached:
            self.core.config.unsubscribe(self._settings_changed)
            self.api_server.shutdown()
            self.collections.shutdown()
            self.speech.shutdown()
            if self.teach_dialog is not None:  # a job being taught pauses (resumable)
                self.teach_dialog.close()
            self.conversations.shutdown()
            self.engine.shutdown()
        super().closeEvent(event)
