"""Runs language models. No Qt here."""
