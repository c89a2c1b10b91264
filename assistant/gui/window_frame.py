"""The window's widgets and layout, built from Qt alone.

The first paint must not wait for the store, the presets, Markdown rendering, icon
fonts or the model: those are imported and attached after the window is on screen
(``MainWindow.attach``). Until then the frame shows its layout and the composer
already takes typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant.gui.composer import Composer

if TYPE_CHECKING:
    from pathlib import Path

    from assistant.app import Core
    from assistant.engine.backend import ModelFacts
    from assistant.gui.conversation_list import ConversationListModel
    from assistant.gui.delegates import MessageDelegate
    from assistant.gui.engine_service import EngineService
    from assistant.gui.message_model import MessageModel
    from assistant.models.library import LocalModel
    from assistant.presets import PresetLibrary
    from assistant.store.repository import Repository


class WindowFrame(QMainWindow):
    """Sidebar, chat area, composer and status bar, with nothing behind them yet."""

    # Attached after the first paint (MainWindow.attach).
    core: Core
    repo: Repository
    presets: PresetLibrary
    engine: EngineService
    messages: MessageModel
    sidebar_model: ConversationListModel
    delegate: MessageDelegate
    models_menu: QMenu

    def __init__(self) -> None:
        super().__init__()
        self.conversation_id: int | None = None
        self.model: LocalModel | None = None
        self.facts: ModelFacts | None = None
        self.setWindowTitle("Offline Assistant")
        self.setAcceptDrops(True)
        self._crash_report: Path | None = None
        self._dialog: QDialog | None = None  # the open dialog, for tests and screenshots
        self._undo_id: int | None = None
        self.resize(1180, 780)
        self._build_side()
        self._build_center()
        self._build_status()

    def _build_side(self) -> None:
        self.new_button = QPushButton("New chat")
        self.new_button.setAccessibleName("New chat")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search chats")
        self.search.setAccessibleName("Search chats")
        self.search.setClearButtonEnabled(True)
        self.sidebar = QListView()
        self.sidebar.setAccessibleName("Conversations")
        self.sidebar.setMouseTracking(True)
        self.sidebar.setFrameShape(QListView.Shape.NoFrame)
        self.side = side = QWidget()
        side.setMinimumWidth(200)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(8, 8, 0, 8)
        sl.addWidget(self.new_button)
        sl.addWidget(self.search)
        sl.addWidget(self.sidebar, 1)

    def _build_center(self) -> None:
        self.chat = QListView()
        self.chat.setAccessibleName("Conversation")
        self.chat.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.chat.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chat.setFrameShape(QListView.Shape.NoFrame)
        self.chat.setWordWrap(True)
        self.chat.setUniformItemSizes(False)
        self.chat.setVisible(False)
        # Centred by HTML: Qt's enum namespace (AlignCenter) costs ~50 ms to build and
        # is left until after the first paint (MainWindow.attach).
        self.empty = QLabel(
            "<div align='center'><h2>What can I help with?</h2>"
            "<p style='color:gray'>Starting…</p></div>"
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
        cl = QVBoxLayout(center)
        cl.setContentsMargins(16, 8, 16, 8)
        cl.addWidget(self.banner)
        cl.addWidget(self.empty, 1)
        cl.addWidget(self.chat, 1)
        cl.addWidget(self.composer)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(center)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 920])
        self.splitter.setCollapsible(0, True)
        self.setCentralWidget(self.splitter)
        self.composer.edit.setFocus()

    def _build_status(self) -> None:
        self.model_button = QPushButton("Starting…")
        self.model_button.setFlat(True)
        self.model_button.setAccessibleName("Current model")
        self.loading = QProgressBar()
        self.loading.setRange(0, 0)
        self.loading.setMaximumWidth(120)
        self.loading.setAccessibleName("Loading the model")
        self.cancel_load = QPushButton("Cancel")
        self.cancel_load.setFlat(True)
        self.cancel_load.setToolTip("Stop loading this model and keep the one in use")
        self.cancel_load.setAccessibleName("Cancel loading the model")
        self.cancel_load.hide()
        self.context_label = QLabel("")
        self.speed_label = QLabel("")
        self.speed_label.setMinimumWidth(80)
        self.context_label.setMinimumWidth(140)
        self.offline_badge = QLabel()
        self.set_network_badge(None)
        self.api_label = QLabel("")
        self.api_label.setAccessibleName("Local API server address")
        self.api_label.hide()
        bar = self.statusBar()
        bar.addWidget(self.model_button)
        bar.addWidget(self.loading)
        bar.addWidget(self.cancel_load)
        bar.addPermanentWidget(self.context_label)
        bar.addPermanentWidget(self.speed_label)
        bar.addPermanentWidget(self.api_label)
        bar.addPermanentWidget(self.offline_badge)

    def set_network_badge(self, remote_url: str | None) -> None:
        """ "Offline" while answers come from this computer; the server's address when the
        user picked a remote model."""
        badge = self.offline_badge
        if remote_url is None:
            badge.setText("● Offline")
            badge.setAccessibleName("Offline")
            badge.setToolTip(
                "Nothing leaves this computer. Only the model manager uses the "
                "network, and only when you ask it to."
            )
            badge.setStyleSheet("color: #2e7d32;")
        else:
            host = remote_url.split("//", 1)[-1].split("/", 1)[0]
            badge.setText(f"● Remote: {host}")
            badge.setAccessibleName(f"Remote model at {host}")
            badge.setToolTip(
                f"Your messages go to {remote_url}, the server you added. "
                "Pick a local model to be offline again."
            )
            badge.setStyleSheet("color: #b26a00;")

    def show_banner(self, text: str, undo: int | None = None) -> None:
        """A short message above the chat; with ``undo``, an Undo link for a deleted chat."""
        self._undo_id = undo
        self.banner.setText(text)
        self.banner.setVisible(True)
