"""The conversation: chat list, messages, composer, streaming answers, sources."""
