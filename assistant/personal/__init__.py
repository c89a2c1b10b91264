"""Making the assistant the person's own: memories kept across chats (memory.py) and
LoRA adapters over a model, chosen per chat, preset or model (adapters.py). No Qt
here."""
