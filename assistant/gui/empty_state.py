"""What an empty chat shows: a welcome with the way to a first model, or examples and
where answers come from."""

from __future__ import annotations

from assistant.session import ActiveModel

EXAMPLES = (
    "Explain how a rainbow forms, in three sentences.",
    "Write a polite reply declining a meeting invitation.",
    "Give me five names for a bakery.",
)

NO_MODEL = (
    "<h2>Welcome to Offline Assistant</h2><p>There is no model on this computer "
    "yet. A model is a file the assistant thinks with; small ones are 100 MB to "
    "2 GB.</p><p><a href='catalog'>Browse recommended models</a> · "
    "<a href='import'>Import a GGUF file you have</a></p>"
)


def empty_chat_html(active: ActiveModel | None) -> str:
    """The panel of a new chat, naming the model and where its answers come from."""
    model = active.name if active is not None else "loading…"
    where = (
        f"answers come from {active.endpoint}"
        if active is not None and active.endpoint
        else "everything stays on this computer"
    )
    examples = "".join(f"<li>{e}</li>" for e in EXAMPLES)
    return (
        f"<h2>What can I help with?</h2><p style='color:gray'>Model: {model} · {where}"
        f"</p><ul style='text-align:left'>{examples}</ul>"
    )
