"""The Backend protocol and the plain data that crosses the engine boundary.

Everything here is picklable: it travels between the app and the engine child process.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NotRequired, Protocol, TypedDict

Role = Literal["system", "user", "assistant", "tool"]


class ChatMessage(TypedDict):
    role: Role
    content: str
    # An assistant's tool calls, in OpenAI's shape ({"id", "type", "function": {"name",
    # "arguments"}}); a tool message's call id and tool name (assistant/tools).
    tool_calls: NotRequired[list[dict[str, Any]]]
    tool_call_id: NotRequired[str]
    name: NotRequired[str]


@dataclass(frozen=True)
class SamplingParams:
    """Sampling settings for one answer; ``grammar`` is GBNF text constraining the output."""

    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    max_tokens: int = 512
    seed: int | None = None
    grammar: str | None = None
    json_schema: str | None = None  # JSON text; turned into a grammar by the engine
    ignore_eos: bool = False  # benchmarks: always produce max_tokens
    # Prompt-lookup speculative decoding (engine/drafts.py); None: the engine's setting.
    speculative: bool | None = None
    # Save the conversation's state afterwards for resuming it (engine/resume_cache.py);
    # off for one-off prompts such as a summary's chunks.
    remember: bool = True
    # The chat the state is saved for (chat.state_owner): deleting the chat deletes it.
    owner: str = ""
    # A thinking model's reasoning (Qwen3's enable_thinking): None leaves it to the
    # template; False asks a template that can turn it off to do so.
    think: bool | None = None
    # Tools the model may call (JSON text of assistant/tools/spec.py's to_json), how
    # ("auto", "none", "required"; ``tool_name`` forces one tool) and whether several
    # calls may come in one answer. The engine renders them and constrains the calls.
    tools: str | None = None
    tool_choice: str = "auto"
    tool_name: str = ""
    parallel_tool_calls: bool = True
    # Regular expressions that start ``grammar``: free text until one matches in the
    # answer (a lazy grammar, as for tool calls with tool_choice auto).
    grammar_triggers: tuple[str, ...] = ()
    # LoRA adapters over the model for this answer: (file path, scale) pairs
    # (personal/adapters.py: per chat, preset or model).
    adapters: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class ResumeOptions:
    """Where saved conversation states go: ``directory`` "" keeps them in RAM only
    (engine/resume_cache.py); ``disk_bytes`` 0 turns the disk tier off."""

    directory: str = ""
    disk_bytes: int = 4 << 30
    ram_bytes: int = 512 << 20


@dataclass(frozen=True)
class LoadOptions:
    """How to load a model: context length, CPU threads, layers offloaded to a GPU."""

    n_ctx: int = 4096
    n_threads: int = 2
    n_gpu_layers: int = -1  # -1: as many as fit in free GPU memory; 0: CPU only
    n_batch: int = 512
    flash_attn: bool = True
    speculative: bool = True  # draft from the prompt (engine/drafts.py) unless a request says
    resume: ResumeOptions = field(default_factory=ResumeOptions)
    chat_template: str = ""  # used instead of the model's own (the user's file), when set
    # Answers decoded together (continuous batching, engine/llama/batcher.py); each has
    # a KV cache of the whole ``n_ctx``, so they hold ``parallel * n_ctx`` tokens. 0: chosen
    # from memory and cores (engine/memory.py: answers_at_once).
    parallel: int = 0


@dataclass(frozen=True)
class ModelFacts:
    """What the engine learned about a loaded model from its GGUF metadata."""

    path: str
    name: str
    architecture: str
    parameters: int
    quantization: str
    trained_context: int
    context: int
    has_chat_template: bool
    size_bytes: int
    memory_ceiling: int = 0  # the engine child's private-memory limit (0: none)
    gpu_layers: int = 0  # layers offloaded to a GPU
    offload: str = ""  # why that many, in words
    gpu_fallback: bool = False  # the GPU could not take the model; it runs on the CPU
    cpu_variant: str = ""  # llama.cpp's CPU kernels in use (engine/backends.py)
    gpus: tuple[str, ...] = ()  # GPU devices llama.cpp found
    parallel: int = 1  # answers decoded at once, each with the whole context
    # Reasoning before answers: "" none, "always", or "toggle" (the template can turn it
    # off: SamplingParams.think).
    thinking: str = ""
    # How the model writes tool calls (assistant/tools/formats.py: FAMILIES).
    tool_format: str = "hermes"
    # The sampling the GGUF recommends (general.sampling.*), by SamplingParams name.
    recommended: dict[str, float] = field(default_factory=dict)


# GGUF metadata keys of a model's recommended sampling (llama.cpp's converter writes
# them), and the SamplingParams field each one sets.
RECOMMENDED_SAMPLING = {
    "general.sampling.temp": "temperature",
    "general.sampling.top_p": "top_p",
    "general.sampling.top_k": "top_k",
    "general.sampling.min_p": "min_p",
    "general.sampling.penalty_repeat": "repeat_penalty",
}


@dataclass
class Completion:
    """The end of a streamed answer, with its figures."""

    text: str
    finish_reason: Literal["stop", "length", "cancelled"]
    prompt_tokens: int
    completion_tokens: int
    reused_tokens: int
    prompt_seconds: float
    generation_seconds: float
    dropped_messages: int = 0
    dropped: list[ChatMessage] = field(default_factory=list)
    drafted: int = 0  # speculative decoding: draft tokens verified
    accepted: int = 0  # of those, kept

    @property
    def tokens_per_second(self) -> float:
        # The first token comes out of the prefill; the rest are pure generation.
        n = self.completion_tokens - 1
        return n / self.generation_seconds if n > 0 and self.generation_seconds > 0 else 0.0

    @property
    def prompt_tokens_per_second(self) -> float:
        n = self.prompt_tokens - self.reused_tokens
        return n / self.prompt_seconds if n > 0 and self.prompt_seconds > 0 else 0.0


StreamItem = str | Completion

# Whose request it is, most urgent first: the person at the keyboard, a program on the
# API, work in the background (indexing documents). Waiting requests are taken in this
# order; the person's may pause a running request of the others (engine/llama/batcher.py).
PERSON, PROGRAM, BACKGROUND = 0, 1, 2
CancelCheck = Callable[[], bool]


def never() -> bool:
    """A :data:`CancelCheck` for work nobody can cancel."""
    return False


class Backend(Protocol):
    """A model runner. ``stream`` yields text pieces and finally one :class:`Completion`."""

    def load(self, path: str, options: LoadOptions, cancel: CancelCheck) -> ModelFacts: ...

    def stream(
        self, messages: Sequence[ChatMessage], params: SamplingParams, cancel: CancelCheck
    ) -> Iterator[StreamItem]: ...

    def count(self, messages: Sequence[ChatMessage]) -> int: ...

    def count_texts(self, texts: Sequence[str]) -> list[int]: ...

    def close(self) -> None: ...


class ChatEngine(Protocol):
    """What a conversation needs from a model, local (EngineHost) or remote."""

    facts: ModelFacts | None

    def stream(
        self, messages: Sequence[ChatMessage], params: SamplingParams | None = None
    ) -> Generator[StreamItem, None, None]: ...

    def cancel(self) -> None: ...

    def close(self) -> None: ...
