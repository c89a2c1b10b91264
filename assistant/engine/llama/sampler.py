"""The sampler chain for one answer (llama.cpp's C samplers): grammar or JSON schema,
top-k, repeat penalty, then greedy or top-p/min-p/temperature with a seeded draw."""

from __future__ import annotations

import ctypes
import json
import math
import os
from typing import Any

import llama_cpp as lc
import numpy as np
from llama_cpp.llama_grammar import RESERVED_NAMES, SchemaConverter

from assistant.engine.backend import SamplingParams
from assistant.ground.errors import UserError


class Sampler:
    """One answer's sampler: the chain (top-k, penalty, temperature, seeded draw) and,
    apart from it, the grammar. As llama.cpp's own common sampler does, a token is drawn
    without the grammar and only checked against it; the grammar filters the whole
    vocabulary only when it refuses the token: a grammar over every candidate made each
    token of a tool call cost twice a free one (bench/tools.py)."""

    def __init__(self, vocab: Any, p: SamplingParams) -> None:
        self.grammar = _grammar(vocab, p)
        self.chain = _chain(vocab, p)
        self._n = int(lc.llama_vocab_n_tokens(vocab))
        self._all = (lc.llama_token_data * self._n)()
        self._cands = np.ctypeslib.as_array(self._all).view(_TOKEN_DATA)
        self._ids = np.arange(self._n, dtype=np.int32)
        self._logits = np.empty(self._n, dtype=np.float32)
        self._one = (lc.llama_token_data * 1)()
        self._shortlists = [
            lc.llama_sampler_init_top_k(max(n, p.top_k)) for n in SHORTLISTS if n < self._n
        ]

    def sample(self, ctx: Any, row: int) -> int:
        """The next token from the logits of batch ``row``."""
        if self.grammar is None:
            return int(lc.llama_sampler_sample(self.chain, ctx, row))
        cands = self._candidates(ctx, row)
        lc.llama_sampler_apply(self.chain, ctypes.byref(cands))
        tok = int(cands.data[cands.selected].id)  # a sampler may move the data
        self._one[0] = lc.llama_token_data(tok, 1.0, 0.0)
        one = lc.llama_token_data_array(self._one, 1, -1, False)
        lc.llama_sampler_apply(self.grammar, ctypes.byref(one))
        if not math.isfinite(self._one[0].logit):  # refused: draw again under the grammar
            # Among the likeliest few hundred first (the chain keeps at most top-k of
            # them anyway), then a few thousand; over the whole vocabulary only when none
            # of those may follow (a literal the model would not write: a marker, a key).
            for shortlist in (*self._shortlists, None):
                cands = self._candidates(ctx, row)
                if shortlist is not None:
                    lc.llama_sampler_apply(shortlist, ctypes.byref(cands))
                lc.llama_sampler_apply(self.grammar, ctypes.byref(cands))
                if any(math.isfinite(cands.data[i].logit) for i in range(cands.size)):
                    break
            cands.sorted = False  # refused ones fell to -inf: the chain must sort again
            lc.llama_sampler_apply(self.chain, ctypes.byref(cands))
            tok = int(cands.data[cands.selected].id)  # a sampler may move the data
        lc.llama_sampler_accept(self.grammar, tok)
        lc.llama_sampler_accept(self.chain, tok)
        return tok

    def _candidates(self, ctx: Any, row: int) -> Any:
        # Copied through a scratch array: making a numpy view of the C pointer costs
        # more per token than the copy. ``p`` is left: samplers that read it set it.
        logits = lc.llama_get_logits_ith(ctx, row)
        ctypes.memmove(self._logits.ctypes.data, logits, self._n * 4)
        self._cands["id"] = self._ids  # samplers reorder them
        self._cands["logit"] = self._logits
        return lc.llama_token_data_array(self._all, self._n, -1, False)

    def close(self) -> None:
        for s in (self.chain, self.grammar, *self._shortlists):
            if s is not None:
                lc.llama_sampler_free(s)
        self.chain = self.grammar = None
        self._shortlists = []


# Candidates the grammar filters, in turn, when it refused the drawn token.
SHORTLISTS = (256, 4096)

# llama.cpp's llama_token_data, for numpy to fill candidates in one go.
_TOKEN_DATA = np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)])


def make_sampler(vocab: Any, p: SamplingParams) -> Sampler:
    return Sampler(vocab, p)


def _grammar(vocab: Any, p: SamplingParams) -> Any:
    """The grammar sampler of ``p`` (lazy with trigger patterns), or None."""
    gbnf = p.grammar
    if p.json_schema:
        try:
            gbnf = schema_grammar(p.json_schema)
        except Exception as exc:  # the converter raises plain exceptions
            raise UserError(f"The JSON schema cannot be turned into a grammar: {exc}") from exc
    if not gbnf:
        return None
    if p.grammar_triggers:
        # Lazy: free text until a trigger pattern matches, the grammar from there on.
        patterns = (ctypes.c_char_p * len(p.grammar_triggers))(
            *(t.encode() for t in p.grammar_triggers)
        )
        no_tokens = (lc.llama_token * 1)()
        grammar = lc.llama_sampler_init_grammar_lazy_patterns(
            vocab, gbnf.encode(), b"root", patterns, len(p.grammar_triggers), no_tokens, 0
        )
    else:
        grammar = lc.llama_sampler_init_grammar(vocab, gbnf.encode(), b"root")
    if not grammar:
        raise UserError("The output constraint (grammar) is invalid.")
    return grammar


def _chain(vocab: Any, p: SamplingParams) -> Any:
    chain = lc.llama_sampler_chain_init(lc.llama_sampler_chain_default_params())
    add = lc.llama_sampler_chain_add
    # top-k first: the penalty sampler is slow over the full vocabulary.
    add(chain, lc.llama_sampler_init_top_k(p.top_k if p.top_k > 0 else 100))
    if p.repeat_penalty and p.repeat_penalty != 1.0:
        n_vocab = lc.llama_vocab_n_tokens(vocab)
        add(chain, lc.llama_sampler_init_penalties(n_vocab, 64, p.repeat_penalty, 0.0, 0.0))
    if p.temperature <= 0:
        add(chain, lc.llama_sampler_init_greedy())
        return chain
    if 0 < p.top_p < 1:
        add(chain, lc.llama_sampler_init_top_p(p.top_p, 1))
    if p.min_p > 0:
        add(chain, lc.llama_sampler_init_min_p(p.min_p, 1))
    add(chain, lc.llama_sampler_init_temp(p.temperature))
    seed = p.seed if p.seed is not None else int.from_bytes(os.urandom(4), "little")
    add(chain, lc.llama_sampler_init_dist(seed & 0xFFFFFFFF))
    return chain


# llama-cpp-python's converter lets any character but quote and backslash into a string,
# so a sampled raw newline made invalid JSON; llama.cpp's own converter excludes controls.
_LOOSE_CHAR = 'char ::= [^"\\\\] |'
_JSON_CHAR = 'char ::= [^"\\\\\\x7F\\x00-\\x1F] |'


def schema_grammar(schema: str) -> str:
    """GBNF for a JSON schema whose strings can only hold characters JSON allows
    unescaped, and whose integers keep their bounds."""
    converter = _Converter(  # type: ignore[no-untyped-call]
        prop_order={}, allow_fetch=False, dotall=False, raw_pattern=False
    )
    converter.visit(converter.resolve_refs(json.loads(schema), "stdin"), "")
    gbnf: str = converter.format_grammar()  # type: ignore[no-untyped-call]
    return gbnf.replace(_LOOSE_CHAR, _JSON_CHAR)


# Integer bounds become a list of the allowed numbers up to this many (hours, minutes,
# percentages, counts); wider ranges are checked when the call is read.
MAX_INTEGER_CHOICES = 1024


def integer_rule(schema: Any) -> str | None:
    """GBNF of a bounded integer (without the space after it), or None to leave it to
    llama-cpp-python's converter (which ignores minimum and maximum)."""
    if not isinstance(schema, dict) or schema.get("type") != "integer" or "enum" in schema:
        return None
    lo, hi = schema.get("minimum"), schema.get("maximum")
    if isinstance(schema.get("exclusiveMinimum"), int | float):
        lo = max(lo if lo is not None else -(2**63), int(schema["exclusiveMinimum"]) + 1)
    if isinstance(schema.get("exclusiveMaximum"), int | float):
        hi = min(hi if hi is not None else 2**63, int(schema["exclusiveMaximum"]) - 1)
    if lo is not None and not isinstance(lo, int):
        lo = math.ceil(lo)
    if hi is not None and not isinstance(hi, int):
        hi = math.floor(hi)
    if lo is not None and hi is not None and 0 <= hi - lo < MAX_INTEGER_CHOICES:
        return " | ".join(f'"{v}"' for v in range(lo, hi + 1)) if hi >= lo else None
    if hi is None and lo in (0, 1):
        return '"0" | [1-9] [0-9]{0,15}' if lo == 0 else "[1-9] [0-9]{0,15}"
    return None


class _Converter(SchemaConverter):
    def visit(self, schema: Any, name: str) -> Any:
        rule = integer_rule(schema)
        if rule is None:
            return super().visit(schema, name)  # type: ignore[no-untyped-call]
        rule_name = name + "-" if name in RESERVED_NAMES else name or "root"
        return self._add_rule(rule_name, f"({rule}) space")  # type: ignore[no-untyped-call]
