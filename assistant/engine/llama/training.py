"""Teaching a model: llama.cpp's training API (``llama_opt_init``/``llama_opt_epoch``,
ggml-opt datasets), bound here because llama-cpp-python binds it only in part: its
``llama_opt_params`` lacks the trailing ``optimizer_type`` field, and ggml-opt's
dataset and result functions (in libggml-base) are not bound at all.

The whole model is trained, in F32 (llama.cpp cannot train an adapter), with AdamW
at a learning rate we set through ``ggml_opt_get_constant_optimizer_params`` (it reads
the parameters from memory we own, so a C callback returning a struct by value is not
needed). Training runs in chunks of a few windows of text, each one
``llama_opt_epoch`` call: between chunks the caller reports progress and may stop,
and the optimizer's state carries on (one optimizer context for the whole run).
"""

from __future__ import annotations

import ctypes
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import llama_cpp as lc

from assistant.engine.llama.backend import init_backend
from assistant.ground.errors import UserError

_GGML_TYPE_I32 = 26
_GGML_TYPE_F32 = 0
_ADAMW = 0
_FTYPE_ALL_F32 = 0
FTYPE_Q8_0 = 7


class _OptParams(ctypes.Structure):
    """llama.h's ``llama_opt_params``, whole."""

    _fields_ = [
        ("n_ctx_train", ctypes.c_uint32),
        ("param_filter", ctypes.c_void_p),
        ("param_filter_ud", ctypes.c_void_p),
        ("get_opt_pars", ctypes.c_void_p),
        ("get_opt_pars_ud", ctypes.c_void_p),
        ("optimizer_type", ctypes.c_int),
    ]


class OptimizerParams(ctypes.Structure):
    """ggml-opt.h's ``ggml_opt_optimizer_params``: AdamW's, then SGD's."""

    _fields_ = [
        ("alpha", ctypes.c_float),  # learning rate
        ("beta1", ctypes.c_float),
        ("beta2", ctypes.c_float),
        ("eps", ctypes.c_float),
        ("wd", ctypes.c_float),  # weight decay
        ("sgd_alpha", ctypes.c_float),
        ("sgd_wd", ctypes.c_float),
    ]


def _library(name: str) -> ctypes.CDLL:
    lib = Path(lc.__file__).parent / "lib"
    for file in (f"lib{name}.so", f"lib{name}.dylib", f"{name}.dll"):
        if (lib / file).exists():
            return ctypes.CDLL(str(lib / file))
    raise UserError(f"This installation's llama.cpp has no {name} library; teaching needs it.")


class _Api:
    """The C functions used, with their types (loaded on first use)."""

    def __init__(self) -> None:
        base = _library("ggml-base")
        llama = lc.llama_cpp._lib
        vp, i64 = ctypes.c_void_p, ctypes.c_int64
        self.dataset_init = base.ggml_opt_dataset_init
        self.dataset_init.argtypes = [ctypes.c_int, ctypes.c_int, i64, i64, i64, i64]
        self.dataset_init.restype = vp
        for name in ("ggml_opt_dataset_data", "ggml_opt_dataset_labels", "ggml_get_data"):
            getattr(base, name).argtypes = [vp]
            getattr(base, name).restype = vp
        self.dataset_data, self.dataset_labels = (
            base.ggml_opt_dataset_data,
            base.ggml_opt_dataset_labels,
        )
        self.get_data = base.ggml_get_data
        self.dataset_free = base.ggml_opt_dataset_free
        self.dataset_free.argtypes, self.dataset_free.restype = [vp], None
        self.result_init = base.ggml_opt_result_init
        self.result_init.argtypes, self.result_init.restype = [], vp
        self.result_free = base.ggml_opt_result_free
        self.result_free.argtypes, self.result_free.restype = [vp], None
        self.result_loss = base.ggml_opt_result_loss
        self.result_loss.argtypes = [vp, ctypes.POINTER(ctypes.c_double), vp]
        self.result_loss.restype = None
        self.result_ndata = base.ggml_opt_result_ndata
        self.result_ndata.argtypes = [vp, ctypes.POINTER(i64)]
        self.result_ndata.restype = None
        self.constant_params = ctypes.cast(base.ggml_opt_get_constant_optimizer_params, vp).value
        self.filter_all = ctypes.cast(llama.llama_opt_param_filter_all, vp).value
        self.opt_init = llama.llama_opt_init
        self.opt_init.argtypes = [vp, vp, _OptParams]
        self.opt_init.restype = None
        self.opt_epoch = llama.llama_opt_epoch
        self.opt_epoch.argtypes = [vp, vp, vp, vp, i64, vp, vp]
        self.opt_epoch.restype = None


_api: _Api | None = None


def api() -> _Api:
    global _api
    if _api is None:
        _api = _Api()
    return _api


def convert(source: str, target: str, ftype: int, threads: int) -> None:
    """Write ``source`` as ``target`` in ``ftype`` (F32 to train on, Q8_0 to use), with
    llama.cpp's quantizer (it reads quantized tensors too: --allow-requantize)."""
    init_backend()
    params = lc.llama_model_quantize_default_params()
    params.nthread = threads
    params.ftype = ftype
    params.allow_requantize = True
    if lc.llama_model_quantize(os.fsencode(source), os.fsencode(target), ctypes.byref(params)):
        raise UserError(f"llama.cpp could not write {os.path.basename(target)}.")


def model_bytes(path: str) -> tuple[int, int, int, int]:
    """(parameters, layers, embedding width, vocabulary) of a model, read by llama.cpp
    without its weights (for the memory estimate)."""
    init_backend()
    mparams = lc.llama_model_default_params()
    mparams.vocab_only = True
    model = lc.llama_model_load_from_file(os.fsencode(path), mparams)
    if not model:
        raise UserError(f"{os.path.basename(path)} cannot be read as a model.")
    try:
        vocab = lc.llama_model_get_vocab(model)
        return (
            int(lc.llama_model_n_params(model)),
            int(lc.llama_model_n_layer(model)),
            int(lc.llama_model_n_embd(model)),
            int(lc.llama_vocab_n_tokens(vocab)),
        )
    finally:
        lc.llama_model_free(model)


# What a chunk reports: (train or held-out, windows done, windows in all, mean loss).
Progress = Callable[[bool, int, int, float], None]


class Trainer:
    """One F32 model being taught, in a context of ``n_ctx`` tokens per window."""

    def __init__(self, path: str, n_ctx: int, threads: int, learning_rate: float) -> None:
        init_backend()
        self.api = api()
        mparams = lc.llama_model_default_params()
        mparams.load_mode = 0  # read into memory: the weights are written to
        mparams.n_gpu_layers = 0
        self.model = lc.llama_model_load_from_file(os.fsencode(path), mparams)
        if not self.model:
            raise UserError(f"{os.path.basename(path)} could not be loaded for teaching.")
        cparams = lc.llama_context_default_params()
        cparams.n_ctx = cparams.n_batch = cparams.n_ubatch = n_ctx  # K and V get gradients
        cparams.n_seq_max = 1
        cparams.n_threads = cparams.n_threads_batch = threads
        cparams.flash_attn_type = 0  # no backward pass for flash attention
        cparams.type_k = cparams.type_v = _GGML_TYPE_F32  # OUT_PROD has no F16
        cparams.no_perf = True
        self.ctx = lc.llama_init_from_model(self.model, cparams)
        if not self.ctx:
            lc.llama_model_free(self.model)
            raise UserError("Not enough memory for a teaching context.")
        # llama.cpp rounds a context up (to 256 cells): windows are what it holds.
        self.n_ctx = int(lc.llama_n_ctx(self.ctx))
        self.vocab = lc.llama_model_get_vocab(self.model)
        self.optimizer = OptimizerParams(learning_rate, 0.9, 0.999, 1e-8, 0.0, learning_rate, 0.0)
        opt = _OptParams(
            self.n_ctx,
            self.api.filter_all,
            None,
            self.api.constant_params,
            ctypes.addressof(self.optimizer),
            _ADAMW,
        )
        self.api.opt_init(self.ctx, self.model, opt)

    def tokenize(self, text: str, add_special: bool = False) -> list[int]:
        data = text.encode("utf-8")
        cap = len(data) + 16
        arr = (lc.llama_token * cap)()
        n = lc.llama_tokenize(self.vocab, data, len(data), arr, cap, add_special, True)
        return list(arr[: max(n, 0)])

    def piece(self, token: int) -> str:
        buf = ctypes.create_string_buffer(256)
        n = lc.llama_token_to_piece(self.vocab, token, buf, len(buf), 0, True)
        return buf.raw[: max(n, 0)].decode("utf-8", "replace")

    @property
    def eos(self) -> int:
        return int(lc.llama_vocab_eos(self.vocab))

    def run(
        self,
        windows: Sequence[Sequence[int]],
        train: bool,
        progress: Progress | None = None,
        stop: Callable[[], bool] = lambda: False,
        chunk: int = 1,
    ) -> tuple[float, int]:
        """Train on (or, ``train`` False, measure) ``windows`` of ``n_ctx`` + 1 tokens
        each, ``chunk`` windows per call into llama.cpp; returns the mean loss and
        how many windows were done (fewer when ``stop`` said so between chunks)."""
        total, done = 0.0, 0
        for start in range(0, len(windows), chunk):
            if stop():
                break
            part = windows[start : start + chunk]
            loss = self._call(part, train)
            total += loss * len(part)
            done += len(part)
            if progress is not None:
                progress(train, done, len(windows), total / done)
        return (total / done if done else math.nan), done

    def _call(self, windows: Sequence[Sequence[int]], train: bool) -> float:
        a, n = self.api, self.n_ctx
        dataset = a.dataset_init(_GGML_TYPE_I32, _GGML_TYPE_I32, n, n, len(windows), 1)
        result = a.result_init()
        other = a.result_init()
        try:
            data = (ctypes.c_int32 * (n * len(windows))).from_address(
                a.get_data(a.dataset_data(dataset))
            )
            labels = (ctypes.c_int32 * (n * len(windows))).from_address(
                a.get_data(a.dataset_labels(dataset))
            )
            for i, window in enumerate(windows):
                data[i * n : (i + 1) * n] = list(window[:n])
                labels[i * n : (i + 1) * n] = list(window[1 : n + 1])
            split = len(windows) if train else 0
            if train:
                a.opt_epoch(self.ctx, dataset, result, other, split, None, None)
            else:
                a.opt_epoch(self.ctx, dataset, other, result, split, None, None)
            loss = ctypes.c_double()
            a.result_loss(result, ctypes.byref(loss), None)
            return float(loss.value)
        finally:
            a.result_free(result)
            a.result_free(other)
            a.dataset_free(dataset)

    def save(self, path: str) -> None:
        """The model as taught so far, in F32."""
        lc.llama_model_save_to_file(self.model, os.fsencode(path))
        if not os.path.exists(path):
            raise UserError("The taught model could not be written (is the disk full?).")

    def close(self) -> None:
        if self.ctx:
            lc.llama_free(self.ctx)
            self.ctx = None
        if self.model:
            lc.llama_model_free(self.model)
            self.model = None


def trace(*parts: Any) -> None:
    """A line for the teaching log (stderr of the child)."""
    print(*parts, file=sys.stderr, flush=True)
