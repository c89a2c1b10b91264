"""LlamaBackend: llama.cpp through llama-cpp-python's low-level bindings.

The only module that imports ``llama_cpp``. It runs a lean token loop (C sampler
chain, incremental detokenising into a reused buffer) because the high-level
``Llama.create_chat_completion`` path spends ~25% of generation time in Python.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import llama_cpp as lc

from assistant.engine.backend import (
    RECOMMENDED_SAMPLING,
    CancelCheck,
    ChatMessage,
    LoadOptions,
    ModelFacts,
    ResumeOptions,
    SamplingParams,
    never,
)
from assistant.engine.backends import load_backends
from assistant.engine.context import fit_tokens
from assistant.engine.drafts import DecodeCosts, PromptLookup
from assistant.engine.gguf_check import check_gguf_file, quantization_name
from assistant.engine.limits import apply_memory_ceiling, lift_memory_ceiling
from assistant.engine.llama.adapters import Adapters
from assistant.engine.llama.batcher import Batcher, Emit, Job
from assistant.engine.llama.generation import Generation
from assistant.engine.llama.opening import open_model, per_sequence
from assistant.engine.llama.saved_state import state_key
from assistant.engine.llama.slots import Slots
from assistant.engine.llama.tool_use import call_format, prepare
from assistant.engine.load_errors import recent_log
from assistant.engine.memory import (
    answers_at_once,
    check_memory,
    estimate_bytes,
    resume_bytes,
)
from assistant.engine.offload import OffloadPlan, plan_offload
from assistant.engine.reasoning import MARKERS, MarkerTranslator
from assistant.engine.resume_cache import ResumeCache
from assistant.engine.template import ChatTemplate, template_from_metadata
from assistant.ground.errors import UserError

log = logging.getLogger(__name__)


@lc.llama_log_callback  # type: ignore[untyped-decorator]
def _on_llama_log(level: int, text: bytes, _user: ctypes.c_void_p) -> None:
    # llama.cpp's own messages explain load failures better than its return codes.
    line = text.decode("utf-8", "replace").rstrip()
    if line:
        recent_log.append(line)
        if level in (3, 4):  # GGML_LOG_LEVEL_WARN/ERROR; a cancelled decode logs errors too
            log.info("llama.cpp: %s", line)


_backend_ready = False


def init_backend() -> None:
    """Load llama.cpp's kernels and GPU backends once per process (before any model)."""
    global _backend_ready
    if not _backend_ready:
        lc.llama_log_set(_on_llama_log, ctypes.c_void_p(0))
        load_backends()  # our build loads its kernels dynamically: before any model
        lc.llama_backend_init()
        _backend_ready = True


class LlamaBackend:
    """Loads one GGUF at a time and streams answers; keeps the KV cache between turns."""

    def __init__(self, emit: Emit) -> None:
        """``emit(rid, kind, value)`` receives what requests produce as steps run."""
        init_backend()
        self._emit = emit
        self._model: lc.llama_model_p | None = None
        self._ctx: lc.llama_context_p | None = None
        self._vocab: lc.llama_vocab_p | None = None
        self._template: ChatTemplate | None = None
        self._template_error: str | None = None
        self._batcher: Batcher | None = None  # the requests, and the context's sequences
        self._adapters: Adapters | None = None
        self._piece = ctypes.create_string_buffer(256)
        self._costs = DecodeCosts()
        self._can_draft = False
        self._think_opened = False  # the last prompt rendered ends inside a reasoning block
        self._marker_ids: frozenset[int] = frozenset()  # reasoning markers that are special
        self._tool_marker_ids: frozenset[int] = frozenset()  # tool-call markers, likewise
        self._states = ResumeCache()  # outlives each model: switching back resumes
        self.facts: ModelFacts | None = None

    # -- loading -------------------------------------------------------------------------

    def load(self, path: str, options: LoadOptions, cancel: CancelCheck = never) -> ModelFacts:
        """Load ``path``; ``cancel`` is polled while llama.cpp reads the weights.

        Layers go to the GPU as planned (engine/offload.py); if the GPU cannot take the
        model, it is loaded again on the CPU and the facts say why."""
        header = check_gguf_file(path)
        # The automatic number of answers at once, settled for this model.
        options = replace(options, parallel=answers_at_once(options, header))
        check_memory(path, header, options.n_ctx * options.parallel)
        self.close()
        recent_log.clear()
        size = os.path.getsize(path)
        lift_memory_ceiling()
        need = estimate_bytes(size, header, options.n_ctx * options.parallel)
        ceiling = apply_memory_ceiling(need + resume_bytes(header, options))
        report = load_backends()
        gpus = report.gpus
        plan = plan_offload(options.n_gpu_layers, header, size, options.n_ctx, gpus)
        fell_back = False
        try:
            model, ctx = open_model(path, header.architecture, plan.layers, options, cancel)
        except UserError as exc:
            if plan.layers == 0:
                raise
            log.warning("GPU load of %s failed, using the CPU: %s", path, exc)
            model, ctx = open_model(path, header.architecture, 0, options, cancel)
            plan, fell_back = OffloadPlan(0, f"the GPU could not take it: {exc}"), True
        self._model, self._ctx = model, ctx
        self._vocab = lc.llama_model_get_vocab(model)
        self._costs = DecodeCosts()  # what batches cost with this model, learned in use
        # Drafts only where a rejected one leaves the cache exactly as before: a sliding-
        # window cache reuses its cells in another order afterwards (Gemma 3's answers
        # then differed, measured), and recurrent state cannot be cut back at all.
        self._can_draft = not (
            lc.llama_model_n_swa(model) > 0
            or lc.llama_model_is_recurrent(model)
            or lc.llama_model_is_hybrid(model)
        )
        self._states.configure(options.resume)
        context = per_sequence(options, model)
        key = state_key(path, options, context, plan.layers, report.cpu_variant)
        slots = Slots(ctx, model, options.parallel, self._states, key)
        self._adapters = Adapters(model, ctx)
        self._batcher = Batcher(
            ctx,
            slots,
            options.n_batch,
            context,
            self._costs,
            self._can_draft,
            self._emit,
            self._adapters,
        )
        # The header check already read the metadata; llama.cpp is not asked again.
        meta = header.metadata
        if options.chat_template:  # the user's template file, in the same sandbox
            meta = {**meta, "tokenizer.chat_template": options.chat_template}
        try:
            self._template, self._template_error = template_from_metadata(
                meta,
                bos=self._special_piece("bos"),
                eos=self._special_piece("eos"),
                name=os.path.basename(path),
            )
        except UserError:
            self.close()  # a hostile template: refuse the file, the caller keeps the old one
            raise
        # Reasoning markers that are one special token each are shown as text (the
        # token loop leaves other special tokens out of the answer).
        markers = self._template.markers if self._template else MARKERS[0]
        single = [self.tokenize(m, add_special=False) for m in markers]
        self._marker_ids = frozenset(t[0] for t in single if len(t) == 1)
        calls = call_format(self._template)
        single = [self.tokenize(m, add_special=False) for m in (calls.open, calls.close) if m]
        self._tool_marker_ids = frozenset(t[0] for t in single if len(t) == 1)
        self.facts = ModelFacts(
            path=path,
            name=str(meta.get("general.name") or os.path.splitext(os.path.basename(path))[0]),
            architecture=header.architecture,
            parameters=int(lc.llama_model_n_params(model)),
            quantization=quantization_name(meta.get("general.file_type"), path),
            trained_context=int(lc.llama_model_n_ctx_train(model)),
            context=context,
            parallel=options.parallel,
            has_chat_template=self._template is not None,
            thinking=self._template.thinking if self._template else "",
            tool_format=calls.family,
            recommended={
                field: float(meta[key])
                for key, field in RECOMMENDED_SAMPLING.items()
                if isinstance(meta.get(key), int | float) and not isinstance(meta[key], bool)
            },
            size_bytes=size,
            memory_ceiling=ceiling,
            gpu_layers=plan.layers,
            offload=plan.reason,
            gpu_fallback=fell_back,
            cpu_variant=report.cpu_variant,
            gpus=tuple(d.description for d in gpus),
        )
        log.info("loaded %s (%s, ctx %d)", path, self.facts.architecture, self.facts.context)
        return self.facts

    def _special_piece(self, which: str) -> str:
        assert self._vocab is not None
        tok = lc.llama_vocab_bos(self._vocab) if which == "bos" else lc.llama_vocab_eos(self._vocab)
        return self._detok_one(tok, special=True) if tok >= 0 else ""

    # -- tokens --------------------------------------------------------------------------

    def tokenize(self, text: str, add_special: bool = True) -> list[int]:
        assert self._vocab is not None
        data = text.encode("utf-8")
        cap = len(data) + 16
        arr = (lc.llama_token * cap)()
        n = lc.llama_tokenize(self._vocab, data, len(data), arr, cap, add_special, True)
        if n < 0:
            cap = -n
            arr = (lc.llama_token * cap)()
            n = lc.llama_tokenize(self._vocab, data, len(data), arr, cap, add_special, True)
        return list(arr[:n])

    def _detok_one(self, token: int, special: bool = False) -> str:
        assert self._vocab is not None
        n = lc.llama_token_to_piece(self._vocab, token, self._piece, len(self._piece), 0, special)
        return self._piece.raw[:n].decode("utf-8", "replace") if n > 0 else ""

    def _render(
        self,
        messages: Sequence[ChatMessage],
        think: bool | None = None,
        tools: list[dict[str, Any]] | None = None,
    ) -> str:
        if self._template is None:
            raise UserError(self._template_error or "No model is loaded.")
        return self._template.render(messages, think=think, tools=tools)

    def _prompt_tokens(
        self,
        messages: Sequence[ChatMessage],
        think: bool | None = None,
        tools: list[dict[str, Any]] | None = None,
    ) -> list[int]:
        text = self._render(messages, think, tools)
        # A template that opens the reasoning block itself (DeepSeek-R1): the answer
        # starts inside it, unless reasoning is off, when the block is closed here.
        opening, closing = self._template.markers if self._template else MARKERS[0]
        self._think_opened = text.rstrip().endswith(opening)
        if self._think_opened and think is False:
            text, self._think_opened = text + f"\n{closing}\n\n", False
        # Templates that write the BOS text themselves must not get a second BOS.
        bos = self._template.bos_token if self._template else ""
        return self.tokenize(text, add_special=not (bos and text.startswith(bos)))

    def count(self, messages: Sequence[ChatMessage]) -> int:
        return len(self._prompt_tokens(messages))

    def count_texts(self, texts: Sequence[str]) -> list[int]:
        """Tokens in each plain text (no template, no special tokens)."""
        if self._vocab is None:
            raise UserError("No model is loaded.")
        return [len(self.tokenize(t, add_special=False)) for t in texts]

    # -- generation ----------------------------------------------------------------------

    def submit_chat(
        self,
        rid: int,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        priority: int,
        cancelled: CancelCheck,
    ) -> None:
        """Queue an answer to ``messages``; its text and end go to ``emit`` as steps run."""
        if self.facts is None:
            raise UserError("No model is loaded.")
        n_ctx = self.facts.context
        reserve = max(16, min(params.max_tokens, n_ctx // 4))
        tools = None
        if self._template is not None:
            messages, tools, params = prepare(self._template, list(messages), params)
        think = params.think
        if think is None and (params.grammar or params.json_schema) and not params.grammar_triggers:
            think = False  # labels and JSON need no reasoning: the grammar applies at once
        tokens, fitted = fit_tokens(
            messages, lambda m: self._prompt_tokens(m, think, tools), n_ctx - reserve
        )
        self._submit(rid, tokens, params, priority, cancelled, fitted.dropped, self._think_opened)

    def submit_prompt(
        self, rid: int, prompt: str, params: SamplingParams, priority: int, cancelled: CancelCheck
    ) -> None:
        """Queue the continuation of a raw text prompt (no chat template), as OpenAI's
        /v1/completions."""
        if self.facts is None:
            raise UserError("No model is loaded.")
        tokens = self.tokenize(prompt, add_special=True)
        room = self.facts.context - min(params.max_tokens, self.facts.context // 4)
        if len(tokens) > room:
            raise UserError(
                f"The prompt is {len(tokens)} tokens; this model's context leaves room for "
                f"{room} with the answer."
            )
        self._submit(rid, tokens, params, priority, cancelled, [])

    def _submit(
        self,
        rid: int,
        tokens: list[int],
        params: SamplingParams,
        priority: int,
        cancelled: CancelCheck,
        dropped: list[ChatMessage],
        opened: bool = False,
    ) -> None:
        assert self._batcher is not None and self._adapters is not None
        adapters = self._adapters.resolve(params.adapters)  # a wrong file is refused now
        # The host fills in the user's setting (EngineHost._params); unset means on.
        drafting = params.speculative is not False and self._can_draft
        lookup = PromptLookup(tokens, self._costs) if drafting else None
        # The sampler is made now: a bad grammar is refused before any work.
        shown = self._marker_ids | (self._tool_marker_ids if params.tools else frozenset())
        gen = Generation(self._ctx, self._vocab, params, self._piece, 0, lookup, cancelled, shown)
        translate = MarkerTranslator(self._template.markers if self._template else MARKERS[0])
        self._batcher.submit(
            Job(rid, tokens, params, gen, translate, priority, dropped, opened, adapters)
        )

    @property
    def active(self) -> bool:
        """Requests are waiting or running."""
        return self._batcher is not None and self._batcher.active

    def step(self) -> None:
        """One decode step of every running request (engine/llama/batcher.py)."""
        assert self._batcher is not None
        self._batcher.step()

    def fail_all(self, kind: str, message: str) -> None:
        if self._batcher is not None:
            self._batcher.fail_all(kind, message)

    def configure_resume(self, options: ResumeOptions) -> None:
        self._states.configure(options)

    def clear_saved_states(self, owner: str = "") -> None:
        """Forget every saved state, or every one of the chat ``owner``."""
        if owner:
            self._states.forget_owner(owner)
        else:
            self._states.clear()

    def busy(self, busy: bool) -> None:
        """A request starts or ends: saving to disk waits while the engine works."""
        self._states.busy(busy)

    def shutdown(self, timeout: float = 4.0) -> None:
        """Free the model; finish saving states (bounded)."""
        self.close()
        self._states.close(timeout)

    def close(self) -> None:
        if self._batcher is not None:  # first: its requests end while the context exists
            self._batcher.close()
            self._batcher = None
        if self._adapters is not None:  # before the model they belong to
            self._adapters.close()
            self._adapters = None
        if self._ctx is not None:
            lc.llama_free(self._ctx)
            self._ctx = None
        if self._model is not None:
            lc.llama_model_free(self._model)
            self._model = None
        self._vocab = None
        self.facts = None
