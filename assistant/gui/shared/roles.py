"""The app's own Qt item data roles, one enumeration for all its list models."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole)


class Role(IntEnum):
    """Custom roles (Qt's own stay in Qt.ItemDataRole)."""

    MESSAGE = _USER + 1  # MessageModel: the store.records.Message of the row
    ALTERNATIVES = _USER + 2  # MessageModel: (position, count) among its versions
    CONVERSATION_ID = _USER + 3  # ConversationListModel: the conversation of the row
    KIND = _USER + 4  # ConversationListModel: "header", "conversation" or "hit"
    MESSAGE_ID = _USER + 5  # ConversationListModel: the message a search hit is in
    SNIPPET = _USER + 6  # ConversationListModel: a search hit's highlighted snippet
    PRIVATE = _USER + 7  # MessageModel: the row's chat is private (no memories)
