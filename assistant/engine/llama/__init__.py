"""llama.cpp through llama-cpp-python's low-level bindings; this package is the only
importer of ``llama_cpp``: the backend (loading, prompts, prefill), the sampler chain
and the token loop with speculative verification."""

from assistant.engine.llama.backend import LlamaBackend

__all__ = ["LlamaBackend"]
