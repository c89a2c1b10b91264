"""Conversation history in SQLite: the only package that issues SQL. No Qt here."""

from assistant.store.db import open_database
from assistant.store.records import Conversation, Message
from assistant.store.repository import Repository

__all__ = ["Conversation", "Message", "Repository", "open_database"]
