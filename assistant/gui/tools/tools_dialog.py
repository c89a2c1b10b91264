"""Settings → Tools: the built-in tools and the person's MCP servers, each server's tools
(what they do, whether they only read) and state, a server on or off, servers added
from another app's file, the tools always allowed, the step limit, and whether programs
using the local API may call the servers. Changes apply at once."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.ground.errors import UserError
from assistant.gui.shared.background import Job, Worker
from assistant.gui.shared.i18n import tr
from assistant.tools.builtin import builtin_tools
from assistant.tools.loop import Tool

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.tools.mcp_client import McpHub
    from assistant.tools.mcp_config import ServerConfig

_SERVER = Qt.ItemDataRole.UserRole


def state_text(state: str) -> str:
    """A server's state in words."""
    if state.startswith("failed: "):
        return tr("failed: {why}").format(why=state.removeprefix("failed: "))
    return {
        "off": tr("off"),
        "stopped": tr("starts when a chat needs it"),
        "running": tr("running"),
    }.get(state, state)


def _tool_item(parent: QTreeWidgetItem, tool: Tool) -> None:
    kind = tr("only reads") if tool.spec.read_only else tr("may change things")
    item = QTreeWidgetItem(parent, [tool.spec.name, kind])
    item.setToolTip(0, tool.spec.description)
    item.setText(2, " ".join(tool.spec.description.split())[:200])


class ToolsDialog(QDialog):
    """The tools page; servers start (to list their tools) on a thread of their own."""

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.setWindowTitle(tr("Tools"))
        self.resize(760, 560)
        self.worker = Worker("mcp-start", self)
        layout = QVBoxLayout(self)
        note = QLabel(
            tr(
                "Tools let a model compute, look things up and act. Turn them on per chat "
                "with the Tools button under the message box; you approve each call unless "
                "you always allow the tool."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Tool or server"), tr("State"), tr("What it does")])
        self.tree.setAccessibleName(tr("Tools and MCP servers"))
        self.tree.itemChanged.connect(self._ticked)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 3)
        row = QHBoxLayout()
        self.start_button = QPushButton(tr("&List their tools"))
        self.start_button.setToolTip(tr("Start the servers that are on and list their tools"))
        self.import_button = QPushButton(tr("&Add from file…"))
        self.import_button.setToolTip(
            tr("Add MCP servers from another app's configuration (the mcpServers JSON shape)")
        )
        self.edit_button = QPushButton(tr("&Edit mcp.json"))
        self.remove_button = QPushButton(tr("&Remove server"))
        for button, slot in (
            (self.start_button, self.start_servers),
            (self.import_button, self.import_servers),
            (self.edit_button, self.edit_config),
            (self.remove_button, self.remove_server),
        ):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        form = QFormLayout()
        self.allowed = QListWidget()
        self.allowed.setAccessibleName(tr("Tools that run without asking"))
        self.allowed.setMaximumHeight(90)
        forget = QPushButton(tr("Ask again"))
        forget.setToolTip(tr("Ask before the chosen tool runs again"))
        forget.clicked.connect(self._forget_allowed)
        allowed_row = QHBoxLayout()
        allowed_row.addWidget(self.allowed, 1)
        allowed_row.addWidget(forget, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(tr("Run without asking"), allowed_row)
        self.steps = QSpinBox()
        self.steps.setRange(1, 50)
        self.steps.setValue(core.settings.tools_max_steps)
        self.steps.setMaximumWidth(120)
        self.steps.setToolTip(tr("Tool calls in a row before the model must answer"))
        self.steps.valueChanged.connect(lambda n: core.config.change(tools_max_steps=n))
        form.addRow(tr("Calls in a row at most"), self.steps)
        self.api = QCheckBox(tr("Programs using the local API may call my MCP servers"))
        self.api.setToolTip(
            tr(
                "Off by default. When on, a program on this computer can name your servers "
                "in its requests; only the tools you always allow run for it."
            )
        )
        self.api.setChecked(core.settings.api_mcp_servers)
        self.api.toggled.connect(lambda on: core.config.change(api_mcp_servers=on))
        form.addRow(tr("Local API"), self.api)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------

    def _hub(self) -> McpHub | None:
        return self.core.mcp if self.core.paths.mcp_servers.exists() else None

    def refresh(self) -> None:
        """Show the tools, the servers and their states as they are now."""
        self.tree.blockSignals(True)
        self.tree.clear()
        builtin = QTreeWidgetItem(self.tree, [tr("Built in"), tr("always available")])
        for tool in builtin_tools():
            _tool_item(builtin, tool)
        docs = QTreeWidgetItem(builtin, ["search_documents", tr("only reads")])
        docs.setText(2, tr("Searches the chat's document collections (chats that have some)"))
        builtin.setExpanded(True)
        hub = self._hub()
        if hub is not None:
            self._show_servers(hub)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        self.tree.blockSignals(False)
        self.allowed.clear()
        self.allowed.addItems(self.core.settings.tools_allowed)
        if hub is None or not hub.configs:
            self.status.setText(tr("No MCP server yet: add some from another app's file."))
        self._update_buttons()

    def _show_servers(self, hub: McpHub) -> None:
        for name, config in hub.configs.items():
            state = hub.state(name)
            item = QTreeWidgetItem(self.tree, [name, state_text(state)])
            item.setData(0, _SERVER, name)
            item.setText(2, config.url or " ".join([config.command, *config.args]))
            item.setToolTip(1, state_text(state))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Unchecked if config.disabled else Qt.CheckState.Checked
            )
            if state == "running":
                for tool in hub.tools([name]):
                    _tool_item(item, tool)
                item.setExpanded(True)

    def _selected_server(self) -> str:
        item = self.tree.currentItem()
        while item is not None and item.data(0, _SERVER) is None:
            item = item.parent()
        return "" if item is None else str(item.data(0, _SERVER))

    def _update_buttons(self) -> None:
        hub = self._hub()
        self.remove_button.setEnabled(bool(self._selected_server()))
        self.start_button.setEnabled(bool(hub and hub.configs))
        self.edit_button.setEnabled(self.core.paths.mcp_servers.exists())

    # -- changing --------------------------------------------------------------------------

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        name = item.data(0, _SERVER)
        hub = self._hub()
        if column != 0 or name is None or hub is None:
            return
        on = item.checkState(0) == Qt.CheckState.Checked
        servers = dict(hub.configs)
        servers[name] = dataclasses.replace(servers[name], disabled=not on)
        self._save(servers)

    def _save(self, servers: dict[str, ServerConfig]) -> None:
        try:
            self.core.save_mcp_servers(servers)
        except UserError as exc:
            self.status.setText(str(exc))
        self.refresh()

    def remove_server(self) -> None:
        name, hub = self._selected_server(), self._hub()
        if name and hub is not None:
            self._save({n: c for n, c in hub.configs.items() if n != name})
            self.status.setText(tr("Removed {name}.").format(name=name))

    def import_servers(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Add MCP servers from a file"), "", tr("JSON files (*.json);;All files (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Add the servers of another host's configuration file."""
        from assistant.tools.mcp_config import read

        try:
            if not path.is_file():
                raise UserError(tr("{file} does not exist.").format(file=path))
            incoming = read(path)
        except UserError as exc:
            self.status.setText(str(exc))
            return
        hub = self._hub()
        self._save({**(hub.configs if hub else {}), **incoming})
        self.status.setText(
            tr("Added: {names}.").format(names=", ".join(incoming)) if incoming else
            tr("{file} lists no server.").format(file=path.name)
        )  # fmt: skip

    def edit_config(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.core.paths.mcp_servers)))

    def start_servers(self) -> None:
        """Start every server that is on, off the window's thread, then show their tools."""
        hub = self._hub()
        if hub is None:
            return
        self.start_button.setEnabled(False)
        self.status.setText(tr("Starting the servers…"))

        def work(_job: Job) -> list[str]:
            problems = []
            for name, config in list(hub.configs.items()):
                if not config.disabled:
                    try:
                        hub.start(name)
                    except UserError as exc:
                        problems.append(str(exc))
            return problems

        self.worker.submit(work, self._started, lambda message, _exc: self._started([message]))

    def _started(self, problems: list[str]) -> None:
        self.status.setText("\n".join(problems) or tr("Every server that is on is running."))
        self.refresh()

    def _forget_allowed(self) -> None:
        item = self.allowed.currentItem()
        if item is not None:
            keep = [k for k in self.core.settings.tools_allowed if k != item.text()]
            self.core.config.change(tools_allowed=keep)
            self.refresh()

    def done(self, result: int) -> None:
        self.worker.shutdown(0)  # a server still starting finishes on its own
        super().done(result)
