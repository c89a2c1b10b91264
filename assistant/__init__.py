"""Offline Assistant: local language models on your own computer."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("offline-assistant")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
