"""Sentence embeddings with a GGUF embedding model (BERT-style, e.g. all-MiniLM-L6-v2)
through llama.cpp: several texts per encode call, pooled as the model's metadata says,
L2-normalized. The engine child runs it next to the chat model (documents, the API's
/v1/embeddings)."""

from __future__ import annotations

import ctypes
import math
import os
from collections.abc import Generator, Sequence
from typing import Any

import llama_cpp as lc

from assistant.engine.gguf_check import check_gguf_file
from assistant.engine.llama.backend import init_backend
from assistant.ground.errors import UserError

# Tokens per encode call: several short passages share one call (throughput); a
# sequence is never split across calls (the model attends over all of it at once).
BATCH_TOKENS = 2048
MAX_SEQUENCES = 16


class Embedder:
    """One loaded embedding model; :meth:`embed` returns a unit vector per text."""

    def __init__(self, path: str, n_threads: int = 2) -> None:
        init_backend()
        check_gguf_file(path)
        params = lc.llama_model_default_params()
        params.n_gpu_layers = 0
        self._model = lc.llama_model_load_from_file(os.fsencode(path), params)
        if not self._model:
            raise UserError(f"{os.path.basename(path)} could not be loaded as an embedding model.")
        self.max_tokens = int(lc.llama_model_n_ctx_train(self._model)) or 512
        self.dimensions = int(lc.llama_model_n_embd(self._model))
        cparams = lc.llama_context_default_params()
        cparams.embeddings = True
        cparams.n_ctx = cparams.n_batch = cparams.n_ubatch = max(BATCH_TOKENS, self.max_tokens)
        cparams.n_seq_max = MAX_SEQUENCES
        cparams.n_threads = cparams.n_threads_batch = n_threads
        cparams.no_perf = True
        self._ctx = lc.llama_init_from_model(self._model, cparams)
        if not self._ctx:
            lc.llama_model_free(self._model)
            raise UserError(f"Not enough memory for the embedding model {os.path.basename(path)}.")
        if lc.llama_pooling_type(self._ctx) == lc.LLAMA_POOLING_TYPE_NONE:
            self.close()
            raise UserError(f"{os.path.basename(path)} is not a sentence-embedding model.")
        self._vocab = lc.llama_model_get_vocab(self._model)
        self._batch = lc.llama_batch_init(cparams.n_batch, 0, MAX_SEQUENCES)
        self.name = os.path.basename(path)
        self.path = path

    def _tokens(self, text: str, special: bool) -> list[int]:
        data = text.encode("utf-8")
        cap = len(data) + 8
        arr = (lc.llama_token * cap)()
        n = lc.llama_tokenize(self._vocab, data, len(data), arr, cap, special, False)
        return list(arr[: max(n, 0)])

    def tokenize(self, text: str) -> list[int]:
        """The model's tokens for ``text`` ([CLS] … [SEP]), cut to what it can read."""
        tokens = self._tokens(text, True)
        if len(tokens) > self.max_tokens:
            tokens = [*tokens[: self.max_tokens - 1], tokens[-1]]  # keep the closing [SEP]
        return tokens

    def count(self, text: str) -> int:
        """Tokens of ``text`` alone: no [CLS]/[SEP], not cut (for cutting passages)."""
        return len(self._tokens(text, False))

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """A unit-length vector for each text, in order."""
        return self.embed_counted(texts)[0]

    def embed_counted(self, texts: Sequence[str]) -> tuple[list[list[float]], int]:
        """Like :meth:`embed`, with how many tokens the texts took (tokenized once)."""
        steps = self.embed_steps(texts)
        while True:
            try:
                next(steps)
            except StopIteration as end:
                result: tuple[list[list[float]], int] = end.value
                return result

    def embed_steps(
        self, texts: Sequence[str]
    ) -> Generator[None, None, tuple[list[list[float]], int]]:
        """:meth:`embed_counted` one encode call at a time (the engine runs answers
        between them); the generator's return value is the result."""
        out: list[list[float]] = []
        group: list[list[int]] = []
        used = total = 0
        for tokens in (self.tokenize(t) for t in texts):
            total += len(tokens)
            if group and (used + len(tokens) > BATCH_TOKENS or len(group) == MAX_SEQUENCES):
                out.extend(self._encode(group))
                yield
                group, used = [], 0
            group.append(tokens)
            used += len(tokens)
        if group:
            out.extend(self._encode(group))
        return out, total

    def _encode(self, group: list[list[int]]) -> list[list[float]]:
        batch: Any = self._batch
        n = 0
        for seq, tokens in enumerate(group):
            for pos, tok in enumerate(tokens):
                batch.token[n], batch.pos[n], batch.n_seq_id[n] = tok, pos, 1
                batch.seq_id[n][0], batch.logits[n] = seq, 1
                n += 1
        batch.n_tokens = n
        if lc.llama_encode(self._ctx, batch) != 0:
            raise UserError("The embedding model could not process the text (llama.cpp error).")
        vectors = []
        for seq in range(len(group)):
            ptr = lc.llama_get_embeddings_seq(self._ctx, seq)
            if not ptr:
                raise UserError("The embedding model returned no vector.")
            values = ctypes.cast(ptr, ctypes.POINTER(ctypes.c_float))[: self.dimensions]
            norm = math.sqrt(sum(v * v for v in values)) or 1.0
            vectors.append([v / norm for v in values])
        return vectors

    def close(self) -> None:
        if getattr(self, "_batch", None) is not None:
            lc.llama_batch_free(self._batch)
            self._batch = None
        if self._ctx:
            lc.llama_free(self._ctx)
            self._ctx = None
        if self._model:
            lc.llama_model_free(self._model)
            self._model = None
