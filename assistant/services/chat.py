"""One turn of a conversation: history from the store, answer from the engine, saved
as it streams. Shared by the CLI and the window (no Qt here)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from assistant.engine.backend import ChatEngine, ChatMessage, Completion, SamplingParams
from assistant.engine.reasoning import split_reasoning
from assistant.ground.errors import Cancelled, EngineCrashed, UserError
from assistant.personal.memory import Recall, Recalled
from assistant.services.session import ActiveModel
from assistant.services.tool_turns import ToolTurn
from assistant.store.memories import Memories
from assistant.store.recorder import AnswerRecorder
from assistant.store.records import Message
from assistant.store.repository import Repository
from assistant.tools.formats import FAMILIES, HERMES
from assistant.tools.loop import CallEvent, Toolbox, run_tools

if TYPE_CHECKING:
    from assistant.documents.grounding import Grounded
    from assistant.documents.library import Documents

# Statuses whose text the model should see again on the next turn.
_VISIBLE = {"complete", "cancelled", "interrupted"}


def state_owner(conversation_id: int) -> str:
    """The tag the engine saves a chat's resume states under (deleting the chat deletes
    them: they hold its words)."""
    return f"chat{conversation_id}"


class ModelSource(Protocol):
    """Where answers come from: the active model and the engine that runs it
    (:class:`assistant.services.session.ModelSession`)."""

    @property
    def backend(self) -> ChatEngine: ...

    @property
    def active(self) -> ActiveModel | None: ...


class LoadedEngine:
    """A :class:`ModelSource` over an engine that already holds its model (tests, scripts)."""

    def __init__(self, engine: ChatEngine) -> None:
        self.backend = engine

    @property
    def active(self) -> ActiveModel | None:
        facts = self.backend.facts
        return None if facts is None else ActiveModel("local", facts)


@dataclass
class TurnResult:
    user_message_id: int | None
    answer_message_id: int
    completion: Completion | None
    status: str
    sources: list[dict[str, Any]] = field(default_factory=list)  # passages given, numbered
    note: str = ""  # e.g. passages left out to fit the context
    memories: list[dict[str, Any]] = field(default_factory=list)  # given to the answer


# A turn's adapters: (its chat's settings, its preset's id) -> (file, scale) pairs.
AdapterFiles = Callable[[dict[str, Any], str | None], tuple[tuple[str, float], ...]]


class ChatService:
    """Runs conversation turns against the active model and records them in a repository."""

    def __init__(
        self,
        models: ModelSource,
        repo: Repository,
        documents: Documents | None = None,
        recall: Recall | None = None,
        adapters: AdapterFiles | None = None,
    ) -> None:
        """``recall``: memories are given to answers (None: never); ``adapters``: the
        LoRA adapter files of a turn, from its chat's settings and its preset (None:
        none)."""
        self.models = models
        self.repo = repo
        self.documents = documents
        self.recall = recall
        self.adapters = adapters
        self.memories = Memories(repo)

    def is_private(self, conversation_id: int) -> bool:
        """A private chat neither reads nor adds memories."""
        return bool(self.repo.conversation(conversation_id).params_dict.get("private"))

    def set_private(self, conversation_id: int, private: bool = True) -> None:
        params = self.repo.conversation(conversation_id).params_dict
        params["private"] = private
        self.repo.set_conversation_settings(conversation_id, params=params)

    def _recall(
        self, conversation_id: int, messages: list[ChatMessage], preset: str | None
    ) -> Recalled:
        # Tasks on a given text (translate, proofread, classify...) get none: a fact about
        # the person would only distract a small model there.
        if self.recall is None or preset not in (None, "chat"):
            return Recalled([], messages)
        if self.is_private(conversation_id):
            return Recalled([], messages)
        return self.recall.apply(self.memories.all(enabled_only=True), messages)

    def _ground(
        self,
        conversation_id: int,
        messages: list[ChatMessage],
        params: SamplingParams,
        engine: ChatEngine,
    ) -> Grounded | None:
        """The question with passages from the chat's document collections, if it has any."""
        names = self.repo.conversation(conversation_id).params_dict.get("documents") or []
        if not names or self.documents is None:
            return None
        return self.documents.ground_messages(names, messages, params.max_tokens, engine)

    def history(self, conversation_id: int, up_to: Message | None = None) -> list[ChatMessage]:
        """The shown branch as chat messages (ending at ``up_to`` when given)."""
        conv = self.repo.conversation(conversation_id)
        branch = self.repo.branch(conversation_id)
        if up_to is not None:
            branch = branch[: [m.id for m in branch].index(up_to.id) + 1]
        out: list[ChatMessage] = []
        if conv.system_prompt:
            out.append({"role": "system", "content": conv.system_prompt})
        for m in branch:
            if m.status not in _VISIBLE:
                continue
            if m.role == "tool":
                out.append(
                    {
                        "role": "tool",
                        "content": m.content,
                        "tool_call_id": m.tool_call_id or "",
                        "name": m.tool_name or "",
                    }
                )
            elif m.role == "assistant" and m.tool_calls:
                out.append(
                    {"role": "assistant", "content": m.content, "tool_calls": m.tool_calls_list}
                )
            elif m.content and m.role in ("user", "assistant", "system"):
                content = m.content
                if m.role == "assistant":
                    # Earlier reasoning is not sent back (as Qwen3's template expects):
                    # it costs context and the model reasons afresh on every turn.
                    content = split_reasoning(content).answer or content
                out.append({"role": m.role, "content": content})  # type: ignore[typeddict-item]
        return out

    def send(
        self,
        conversation_id: int,
        text: str,
        params: SamplingParams | None = None,
        on_text: Callable[[str], None] | None = None,
        preset: str | None = None,
        tools: Toolbox | None = None,
        on_call: Callable[[CallEvent], None] | None = None,
    ) -> TurnResult:
        """Append a user message at the end of the shown branch and answer it, with
        ``tools`` when given (each call reported to ``on_call`` once it ran)."""
        user_id = self.repo.append(conversation_id, "user", text, preset=preset)
        return self._answer(
            conversation_id, user_id, params, on_text, preset, tools=tools, on_call=on_call
        )

    def regenerate(
        self,
        answer_id: int,
        params: SamplingParams | None = None,
        on_text: Callable[[str], None] | None = None,
        tools: Toolbox | None = None,
        on_call: Callable[[CallEvent], None] | None = None,
    ) -> TurnResult:
        """A new alternative answer next to ``answer_id`` (the old one is kept)."""
        old = self.repo.message(answer_id)
        if old.parent_id is None:
            raise UserError("This message has nothing to answer.")
        return self._answer(
            old.conversation_id, old.parent_id, params, on_text, old.preset, True, tools, on_call
        )

    def edit_and_resend(
        self,
        user_message_id: int,
        new_text: str,
        params: SamplingParams | None = None,
        on_text: Callable[[str], None] | None = None,
        tools: Toolbox | None = None,
        on_call: Callable[[CallEvent], None] | None = None,
    ) -> TurnResult:
        """A new version of a user message (the old branch is kept) and its answer."""
        old = self.repo.message(user_message_id)
        new_id = self.repo.append(
            old.conversation_id, "user", new_text, parent_id=old.parent_id, preset=old.preset
        )
        return self._answer(
            old.conversation_id, new_id, params, on_text, old.preset, tools=tools, on_call=on_call
        )

    def _answer(
        self,
        conversation_id: int,
        parent_id: int,
        params: SamplingParams | None,
        on_text: Callable[[str], None] | None,
        preset: str | None,
        regenerate: bool = False,
        tools: Toolbox | None = None,
        on_call: Callable[[CallEvent], None] | None = None,
    ) -> TurnResult:
        params = params or SamplingParams()
        if not params.adapters and self.adapters is not None:
            chat = self.repo.conversation(conversation_id).params_dict
            params = dataclasses.replace(params, adapters=self.adapters(chat, preset))
        parent = self.repo.message(parent_id)
        if regenerate:
            self.repo.show_branch(parent_id)
        messages = self.history(conversation_id, up_to=parent)
        engine, active = self.models.backend, self.models.active
        grounded = self._ground(conversation_id, messages, params, engine)
        sources: dict[str, Any] = {}
        if grounded is not None:
            messages[-1] = {"role": "user", "content": grounded.content}
            if grounded.sources:
                sources["sources"] = grounded.sources
        recalled = self._recall(conversation_id, messages, preset)
        messages = recalled.messages
        used = [{"id": m.id, "text": m.text} for m in recalled.memories]
        if used:
            sources["memories"] = used
        model_file = active.record_name if active else None
        identity = active.identity if active else None

        def start(under: int) -> AnswerRecorder:
            return AnswerRecorder(
                self.repo,
                conversation_id,
                under,
                model_file=model_file,
                model_identity=identity,
                preset=preset,
                params={k: v for k, v in dataclasses.asdict(params).items() if v is not None},
                **sources,
            )

        if model_file:
            self.repo.set_conversation_settings(conversation_id, model=model_file, preset=preset)
        user_id = parent_id if parent.role == "user" else None
        done: Completion | None = None
        owned = dataclasses.replace(params, owner=state_owner(conversation_id))
        if tools is not None and tools.required:
            owned = dataclasses.replace(owned, tool_choice="required")
        turn = None
        if tools is None:
            recorder = start(parent_id)
        else:
            turn = ToolTurn(self.repo, conversation_id, start, parent_id, on_text, on_call)
            assert turn.recorder is not None
            recorder = turn.recorder
        try:
            if turn is not None and tools is not None:
                done = turn.run(
                    run_tools(
                        engine.stream,
                        messages,
                        owned,
                        tools.tools,
                        FAMILIES.get(getattr(engine.facts, "tool_format", ""), HERMES),
                        tools.approve,
                        tools.max_steps,
                        tools.cancelled,
                    )
                )
                recorder = turn.current()
            else:
                for item in engine.stream(messages, owned):
                    if isinstance(item, Completion):
                        done = item
                    else:
                        recorder.add(item)
                        if on_text is not None:
                            on_text(item)
        except Cancelled:
            recorder = turn.current() if turn is not None else recorder
            recorder.finish("cancelled", finish_reason="cancelled")
            return TurnResult(user_id, recorder.message_id, None, "cancelled")
        except BaseException as exc:
            # The answer being written when it failed (a tool turn moves on from the first).
            recorder = turn.current() if turn is not None else recorder
            if isinstance(exc, EngineCrashed):
                recorder.finish("interrupted", error=str(exc))
            elif isinstance(exc, UserError):
                recorder.finish("error", error=str(exc))
            else:
                recorder.finish("interrupted")
            raise
        assert done is not None
        status = "cancelled" if done.finish_reason == "cancelled" else "complete"
        recorder.finish(
            status,
            text=done.text,
            finish_reason=done.finish_reason,
            prompt_tokens=done.prompt_tokens,
            completion_tokens=done.completion_tokens,
            generation_seconds=done.generation_seconds,
            tokens_per_second=done.tokens_per_second,
            drafted_tokens=done.drafted,
            accepted_tokens=done.accepted,
        )
        return TurnResult(
            user_id,
            recorder.message_id,
            done,
            status,
            sources=sources.get("sources", []),
            note=grounded.note if grounded is not None else "",
            memories=used,
        )
