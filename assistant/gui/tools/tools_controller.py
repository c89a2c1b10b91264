"""Tools in the window: the composer's Tools button (each chat keeps its choice), the
question before each call, the chat updated as calls run, and Settings → Tools."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from assistant.gui.look.icons import set_icon
from assistant.gui.tools.approval import WindowApproval
from assistant.gui.tools.tools_picker import ToolsPicker
from assistant.tools.chat_tools import ChatTools, tool_key
from assistant.tools.loop import Tool

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.gui.chat.composer import Composer
    from assistant.gui.chat.conversations import Conversations
    from assistant.gui.chat.message_model import MessageModel
    from assistant.gui.services.engine_service import EngineService
    from assistant.gui.tools.tools_dialog import ToolsDialog


class ToolsController(QObject):
    """Owns the Tools button, the approvals and the Tools page."""

    def __init__(
        self,
        core: Core,
        engine: EngineService,
        composer: Composer,
        conversations: Conversations,
        messages: MessageModel,
        parent: QWidget,
        after: QWidget,
    ) -> None:
        """``after``: the control before the Tools button in Tab order."""
        super().__init__(parent)
        self.core, self.conversations, self.messages = core, conversations, messages
        self.parent_widget = parent
        self.dialog: ToolsDialog | None = None
        self.picker = ToolsPicker()
        self.picker.setObjectName("chip")
        self.picker.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        set_icon(self.picker, "tools")
        composer.top_row.insertWidget(3, self.picker)
        # Reading order for Tab: the chips (Documents, then Tools), then the message.
        QWidget.setTabOrder(after, self.picker)
        QWidget.setTabOrder(self.picker, composer.edit)
        self.picker.changed.connect(self._choice_changed)
        self.picker.manage_requested.connect(self.open_page)
        self.picker.menu().aboutToShow.connect(self._list_servers)
        self.approval = WindowApproval(parent, self._allow_always)
        self.approval.before_asking = self._show_calls
        engine.approver = self.approval.approver
        engine.tool_called.connect(lambda _event: self._show_calls())
        conversations.opened.connect(self.chat_opened)
        conversations.created.connect(self._remember)

    def _choice_changed(self, choice: ChatTools) -> None:
        self._remember(self.conversations.current)

    def _remember(self, cid: int | None) -> None:
        """The picker's choice becomes the chat's (a new chat keeps what was picked)."""
        if cid is None:
            return
        params = self.core.repo.conversation(cid).params_dict
        self.core.repo.set_conversation_settings(
            cid, params={**params, "tools": self.picker.choice.stored()}
        )

    def chat_opened(self) -> None:
        cid = self.conversations.current
        params = self.core.repo.conversation(cid).params_dict if cid is not None else {}
        self.picker.set_choice(ChatTools.of(params))

    def _list_servers(self) -> None:
        # The configuration only: nothing starts because a menu opened.
        hub = self.core.mcp if self.core.paths.mcp_servers.exists() else None
        configs = hub.configs if hub is not None else {}
        self.picker.set_servers({n: not c.disabled for n, c in configs.items()})

    def _allow_always(self, tool: Tool) -> None:
        allowed = self.core.settings.tools_allowed
        if tool_key(tool) not in allowed:
            self.core.config.change(tools_allowed=[*allowed, tool_key(tool)])

    def _show_calls(self) -> None:
        """The chat as stored: the answer that called and each result so far."""
        if self.conversations.current is not None:
            self.messages.open(self.conversations.current)

    def open_page(self) -> None:
        from assistant.gui.tools.tools_dialog import ToolsDialog

        self.dialog = ToolsDialog(self.core, self.parent_widget)
        self.dialog.open()
