"""The sampler chain for one answer (llama.cpp's C samplers): grammar or JSON schema,
top-k, repeat penalty, then greedy or top-p/min-p/temperature with a seeded draw."""

from __future__ import annotations

import ctypes
import json
import math
import os
from typing import Any

import llama_cpp as lc
from llama_cpp.llama_grammar import RESERVED_NAMES, SchemaConverter

from assistant.engine.backend import SamplingParams
from assistant.ground.errors import UserError


def make_sampler(vocab: Any, p: SamplingParams) -> Any:
    chain = lc.llama_sampler_chain_init(lc.llama_sampler_chain_default_params())
    add = lc.llama_sampler_chain_add
    gbnf = p.grammar
    if p.json_schema:
        try:
            gbnf = schema_grammar(p.json_schema)
        except Exception as exc:  # the converter raises plain exceptions
            lc.llama_sampler_free(chain)
            raise UserError(f"The JSON schema cannot be turned into a grammar: {exc}") from exc
    if gbnf and p.grammar_triggers:
        # Lazy: free text until a trigger pattern matches, the grammar from there on.
        patterns = (ctypes.c_char_p * len(p.grammar_triggers))(
            *(t.encode() for t in p.grammar_triggers)
        )
        no_tokens = (lc.llama_token * 1)()
        grammar = lc.llama_sampler_init_grammar_lazy_patterns(
            vocab, gbnf.encode(), b"root", patterns, len(p.grammar_triggers), no_tokens, 0
        )
        if not grammar:
            lc.llama_sampler_free(chain)
            raise UserError("The output constraint (grammar) is invalid.")
        add(chain, grammar)
    elif gbnf:
        grammar = lc.llama_sampler_init_grammar(vocab, gbnf.encode(), b"root")
        if not grammar:
            lc.llama_sampler_free(chain)
            raise UserError("The output constraint (grammar) is invalid.")
        add(chain, grammar)
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
