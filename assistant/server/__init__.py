"""The local OpenAI-compatible API (optional extra ``server``)."""
