"""Chatting in the window: sending from the composer, the answer growing as it streams,
its end or failure, and the actions on a message (copy, regenerate, edit, branches)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QListView, QStyleOptionViewItem

from assistant.engine.backend import SamplingParams
from assistant.engine.reasoning import split_reasoning
from assistant.ground.errors import UserError
from assistant.gui.chat.composer import Composer
from assistant.gui.chat.conversations import Conversations
from assistant.gui.chat.delegates import MessageDelegate
from assistant.gui.chat.message_model import MessageModel
from assistant.gui.services.engine_service import EngineService
from assistant.gui.shared.i18n import tr
from assistant.gui.shared.roles import Role
from assistant.services.chat import TurnResult
from assistant.services.session import ActiveModel, ModelSession
from assistant.store.records import Message


class ChatController(QObject):
    """Connects the composer and the message view to the engine service."""

    failed = Signal(str)  # for the banner
    turn_begins = Signal()
    status = Signal(str)  # a short note for the status bar ("Copied")

    def __init__(
        self,
        engine: EngineService,
        conversations: Conversations,
        composer: Composer,
        chat: QListView,
        messages: MessageModel,
        active: Callable[[], ActiveModel | None],
        models: ModelSession | None = None,
    ) -> None:
        """``models``: the active model's own sampling defaults and system prompt."""
        super().__init__(chat)
        self.more_actions: dict[str, Callable[[Message], None]] = {}  # by action id
        self.engine = engine
        self.conversations = conversations
        self.repo = conversations.repo
        self.composer = composer
        self.chat = chat
        self.messages = messages
        self.active = active
        self.models = models
        self.delegate = MessageDelegate(chat)
        chat.setItemDelegate(self.delegate)
        chat.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        chat.customContextMenuRequested.connect(self._message_menu)
        self.delegate.action.connect(self.message_action)
        composer.send_requested.connect(self.send)
        composer.think.toggled.connect(self._think_toggled)
        conversations.opened.connect(self.chat_opened)
        composer.stop_requested.connect(engine.stop)
        engine.turn_started.connect(lambda: composer.set_generating(True))
        engine.text.connect(self._on_text)
        engine.turn_done.connect(self._turn_done)
        engine.turn_failed.connect(self._turn_failed)

    def _defaults(self) -> dict[str, Any]:
        return self.models.sampling_defaults() if self.models is not None else {}

    def _params(self) -> SamplingParams:
        variables = self.composer.variables()
        params = self.composer.preset.render("", variables, defaults=self._defaults()).params
        return replace(params, think=self.composer.think_choice())

    def model_changed(self, active: ActiveModel) -> None:
        """The Think toggle is there for models whose template can turn reasoning off;
        captions name models as the Models menu does."""
        self.composer.think.setVisible(active.facts.thinking == "toggle")
        if self.models is not None:
            installed = self.models.library.installed(kind=None)
            self.delegate.model_names = {m.path.name: m.name for m in installed}
            self.chat.viewport().update()

    def chat_opened(self) -> None:
        """Each chat remembers whether its model should think."""
        cid = self.conversations.current
        think = True
        if cid is not None:
            think = self.repo.conversation(cid).params_dict.get("think", True) is not False
        self.composer.think.blockSignals(True)
        self.composer.think.setChecked(think)
        self.composer.think.blockSignals(False)

    def _think_toggled(self, think: bool) -> None:
        cid = self.conversations.current
        if cid is not None:
            params = self.repo.conversation(cid).params_dict
            self.repo.set_conversation_settings(cid, params={**params, "think": think})

    def send(self, text: str) -> None:
        if self.active() is None:
            self.failed.emit(tr("No model is loaded yet."))
            return
        preset = self.composer.preset
        try:
            rendered = preset.render(text, self.composer.variables(), defaults=self._defaults())
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        cid = self.conversations.current
        if cid is None:
            system = rendered.messages[0]["content"] if len(rendered.messages) > 1 else None
            if preset.id == "chat" and self.models is not None:
                system = self.models.system_prompt() or system  # the model's own, if set
            private = {"private": True} if self.conversations.private_next else None
            cid = self.repo.create_conversation(
                system_prompt=system, preset=preset.id, params=private
            )
            self.conversations.started(cid)
            if self.composer.think_choice() is not None:  # a new chat keeps the choice made
                self._think_toggled(self.composer.think.isChecked())
        self.turn_begins.emit()
        params = replace(rendered.params, think=self.composer.think_choice())
        self.engine.send(cid, rendered.messages[-1]["content"], params, preset.id)
        # The user message and the growing answer appear at once (already in the store).
        QTimer.singleShot(0, self.conversations.show_current)

    def _on_text(self, piece: str) -> None:
        msgs = self.messages.messages
        if not msgs or msgs[-1].role != "assistant" or msgs[-1].status != "streaming":
            self.messages.open(self.conversations.current)
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
        from assistant.gui.shared.announce import announce, answer_announcement

        self.composer.set_generating(False)
        self.conversations.show_current()
        if result.completion is not None:  # screen readers hear the answer, focus stays
            answer = split_reasoning(result.completion.text).answer
            announce(self.chat, answer_announcement(answer))

    def _turn_failed(self, message: str, crashed: bool) -> None:
        self.composer.set_generating(False)
        self.messages.open(self.conversations.current)
        self.failed.emit(
            tr("The model stopped unexpectedly. Your next message will restart it.")
            if crashed
            else message
        )

    def message_action(self, action: str, m: Message) -> None:
        """What the buttons under a message and its context menu do."""
        if action == "copy":
            QGuiApplication.clipboard().setText(m.content)
            self.status.emit(tr("Copied"))
        elif action in ("thinking", "details"):  # open or fold reasoning, a call's details
            self.delegate.toggle_thinking(m)
            rows = [i for i, x in enumerate(self.messages.messages) if x.id == m.id]
            for row in rows:
                self.delegate.sizeHintChanged.emit(self.messages.index(row))
        elif action.startswith("source:"):  # a citation or a line of the Sources list
            from assistant.gui.chat.sources import SourceDialog

            n = int(action.partition(":")[2])
            for source in m.sources_list:
                if source["n"] == n:
                    SourceDialog(source, self.chat.window()).open()
        elif action.startswith("copy-code:"):
            from assistant.gui.chat.message_menu import message_code

            blocks = message_code(m)
            i = int(action.partition(":")[2])
            if i < len(blocks):
                QGuiApplication.clipboard().setText(blocks[i])
                self.status.emit(tr("Code copied"))
        elif action == "regenerate" and not self.engine.busy:
            self.turn_begins.emit()
            self.engine.regenerate(m.conversation_id, m.id, self._params())
            QTimer.singleShot(0, self.conversations.show_current)
        elif action == "edit" and not self.engine.busy:
            text, ok = QInputDialog.getMultiLineText(
                self.chat, tr("Edit and resend"), tr("Message:"), m.content
            )
            if ok and text.strip():
                self.turn_begins.emit()
                self.engine.edit(m.conversation_id, m.id, text.strip(), self._params())
                QTimer.singleShot(0, self.conversations.show_current)
        elif action in self.more_actions:  # other parts' actions (memories)
            self.more_actions[action](m)
        elif action in ("prev", "next"):
            sibs = self.repo.siblings(m.id)
            i = sibs.index(m.id) + (1 if action == "next" else -1)
            if 0 <= i < len(sibs):
                self.repo.show_branch(sibs[i])
                self.messages.open(self.conversations.current)

    def _message_menu(self, pos: QPoint) -> None:
        from assistant.gui.chat.message_menu import message_menu

        index = self.chat.indexAt(pos)  # the keyboard's request points at the current row
        if not index.isValid():
            index = self.chat.currentIndex()
            pos = self.chat.visualRect(index).topLeft()
        if index.isValid():
            m = index.data(Role.MESSAGE)
            menu = message_menu(
                self.chat,
                m,
                index.data(Role.ALTERNATIVES),
                self.message_action,
                bool(index.data(Role.PRIVATE)),
            )
            menu.popup(self.chat.viewport().mapToGlobal(pos))

    def copy_last_answer(self) -> None:
        for m in reversed(self.messages.messages):
            if m.role == "assistant":
                QGuiApplication.clipboard().setText(m.content)
                return
