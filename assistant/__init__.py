"""Offline Assistant: local language models on your own computer."""

from typing import Any


def __getattr__(name: str) -> Any:
    # The version lives in pyproject.toml; reading the installed metadata costs tens of
    # milliseconds, so it is done on first use (About, --version), not at every import.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("offline-assistant")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0"
    raise AttributeError(name)
