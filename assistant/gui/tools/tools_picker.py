"""The composer's Tools button: tools on or off for this chat, a call required first,
and which of the person's MCP servers this chat uses."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton

from assistant.gui.shared.i18n import tr
from assistant.tools.chat_tools import ChatTools


class ToolsPicker(QToolButton):
    """A chip with a menu; ``changed`` carries the chat's new :class:`ChatTools`."""

    changed = Signal(object)
    manage_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(tr("Tools"))
        self.setToolTip(tr("Let the model call tools in this chat (you approve each call)"))
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self.choice = ChatTools()
        self.servers: dict[str, bool] = {}  # name -> on in Settings → Tools
        self._menu.aboutToShow.connect(self._fill)
        self._show()

    def set_choice(self, choice: ChatTools) -> None:
        self.choice = choice
        self._show()

    def set_servers(self, servers: dict[str, bool]) -> None:
        self.servers = servers

    def _change(self, **values: object) -> None:
        from dataclasses import replace

        self.choice = replace(self.choice, **values)  # type: ignore[arg-type]
        self._show()
        self.changed.emit(self.choice)

    def _server(self, name: str, on: bool) -> None:
        off = [n for n in self.choice.servers_off if n != name] + ([] if on else [name])
        self._change(servers_off=tuple(off))

    def _fill(self) -> None:
        menu, c = self._menu, self.choice
        menu.clear()
        use = menu.addAction(tr("Use tools in this chat"))
        use.setCheckable(True)
        use.setChecked(c.on)
        use.toggled.connect(lambda on: self._change(on=on))
        first = menu.addAction(tr("Call a tool first"))
        first.setCheckable(True)
        first.setChecked(c.required)
        first.setEnabled(c.on)
        first.setToolTip(tr("Small models often answer without calling: this makes them call"))
        first.toggled.connect(lambda on: self._change(required=on))
        if self.servers:
            menu.addSection(tr("MCP servers"))
        for name, enabled in self.servers.items():
            label = name if enabled else tr("{name} (off in Settings → Tools)").format(name=name)
            act = menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(enabled and name not in c.servers_off)
            act.setEnabled(c.on and enabled)
            act.toggled.connect(lambda on, n=name: self._server(n, on))
        menu.addSeparator()
        menu.addAction(tr("Tools and servers…"), self.manage_requested.emit)

    def _show(self) -> None:
        self.setText(tr("Tools: on") if self.choice.on else tr("Tools"))
        self.setAccessibleDescription(
            tr("The model may call tools; you approve each call")
            if self.choice.on
            else tr("Tools are off in this chat")
        )
