"""Making the assistant the person's own: memories kept across chats (memory.py). No Qt
here."""
