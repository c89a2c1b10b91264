"""Export conversations to Markdown and JSON; import JSON back without loss."""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from assistant.ground.errors import UserError
from assistant.store.chat_imports import foreign_conversations, load_export
from assistant.store.records import Conversation, Message
from assistant.store.repository import Repository

FORMAT = "offline-assistant-history"
VERSION = 1
_CONV_FIELDS = (
    "title",
    "title_is_auto",
    "created",
    "updated",
    "pinned",
    "archived",
    "model",
    "preset",
    "system_prompt",
    "params",
)
_MSG_FIELDS = (
    "role",
    "content",
    "created",
    "status",
    "finish_reason",
    "error",
    "model_file",
    "model_identity",
    "preset",
    "params",
    "prompt_tokens",
    "completion_tokens",
    "generation_seconds",
    "tokens_per_second",
    "drafted_tokens",
    "accepted_tokens",
    "reasoning",
    "reasoning_seconds",
    "sources",
    "tool_calls",
    "tool_call_id",
    "tool_name",
)


def to_json(repo: Repository, conversation_ids: list[int]) -> dict[str, Any]:
    out = []
    for cid in conversation_ids:
        conv = repo.conversation(cid)
        item = {k: v for k, v in asdict(conv).items() if k in (*_CONV_FIELDS, "id", "current_leaf")}
        item["messages"] = [
            {
                **asdict(m),
                "sources": m.sources_list or None,
                "tool_calls": m.tool_calls_list or None,
            }
            for m in repo.all_messages(cid)
        ]
        out.append(item)
    return {"format": FORMAT, "version": VERSION, "exported": time.time(), "conversations": out}


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


def conversation_markdown(conv: Conversation, messages: list[Message]) -> str:
    lines = [f"# {conv.title or 'Untitled chat'}", "", f"*{_when(conv.created)}*", ""]
    if conv.system_prompt:
        lines += ["> **System:** " + conv.system_prompt.replace("\n", "\n> "), ""]
    for m in messages:
        who = {"user": "You", "assistant": "Assistant", "system": "System"}.get(m.role, m.role)
        if m.role == "tool":
            who = f"Tool {m.tool_name or ''}".strip()
        notes = [n for n in (m.model_file, m.preset and f"preset {m.preset}") if n]
        if m.status != "complete":
            notes.append(m.status)
        suffix = f" — {', '.join(notes)}" if notes else ""
        lines += [f"## {who}{suffix}", ""]
        if m.reasoning:  # apart from the answer, folded where Markdown viewers can
            lines += [
                "<details><summary>Thinking</summary>",
                "",
                m.reasoning.strip(),
                "",
                "</details>",
                "",
            ]
        if m.role == "tool":  # a result as it came, not read as Markdown
            lines += ["```", m.content, "```", ""]
        else:
            lines += [m.content, ""]
        for call in m.tool_calls_list:
            fn = call.get("function", {})
            lines += [f"**Tool call** `{fn.get('name', '')}({fn.get('arguments', '')})`", ""]
        lines += _sources_markdown(m)
    return "\n".join(lines)


def _sources_markdown(m: Message) -> list[str]:
    """The passages an answer was given, numbered as it cites them."""
    sources = m.sources_list
    if not sources:
        return []
    lines = ["**Sources**", ""]
    for s in sources:
        where = f", p. {s['page']}" if s.get("page") is not None else ""
        if not where and s.get("heading"):
            where = f", § {s['heading']}"
        uri = Path(s["path"]).as_uri() if Path(s["path"]).is_absolute() else s["path"]
        excerpt = " ".join(str(s.get("text", "")).split())
        excerpt = excerpt[:200] + ("…" if len(excerpt) > 200 else "")
        lines.append(f"{s['n']}. [{s['name']}{where}](<{uri}>) — {excerpt}")
    return [*lines, ""]


def to_markdown(repo: Repository, conversation_ids: list[int]) -> str:
    parts = [conversation_markdown(repo.conversation(c), repo.branch(c)) for c in conversation_ids]
    return "\n---\n\n".join(parts)


def write_atomic(path: Path, text: str) -> None:
    """Write a file whole or not at all."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Cannot write {path}: {exc.strerror}.") from exc


def export(repo: Repository, ids: list[int], fmt: str, path: Path) -> None:
    if fmt == "json":
        write_atomic(path, json.dumps(to_json(repo, ids), ensure_ascii=False, indent=1))
    elif fmt == "md":
        write_atomic(path, to_markdown(repo, ids))
    else:
        raise UserError(f"Unknown export format '{fmt}': use md or json.")


def _fail(path: Path, what: str) -> UserError:
    return UserError(f"{path.name} is not a valid history export: {what}. Nothing was imported.")


def _validate(data: Any, path: Path) -> list[dict[str, Any]]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail(path, "it is not an Offline Assistant history file")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise _fail(path, f"format version {data.get('version')!r} is not supported")
    convs = data.get("conversations")
    if not isinstance(convs, list):
        raise _fail(path, "'conversations' must be a list")
    for i, conv in enumerate(convs):
        if not isinstance(conv, dict) or not isinstance(conv.get("messages"), list):
            raise _fail(path, f"conversation {i + 1} has no message list")
        if not isinstance(conv.get("title", ""), str):
            raise _fail(path, f"conversation {i + 1} has a title that is not text")
        ids = set()
        for j, m in enumerate(conv["messages"]):
            where = f"conversation {i + 1}, message {j + 1}"
            if not isinstance(m, dict):
                raise _fail(path, f"{where} is not an object")
            if m.get("role") not in ("user", "assistant", "system", "tool"):
                raise _fail(path, f"{where} has an unknown role {m.get('role')!r}")
            if not _calls_ok(m.get("tool_calls")) or not all(
                isinstance(m.get(k), str | None) for k in ("tool_call_id", "tool_name")
            ):
                raise _fail(path, f"{where} has tool calls that are not OpenAI's shape")
            if not isinstance(m.get("content"), str):
                raise _fail(path, f"{where} has no text")
            sources = m.get("sources")
            if sources is not None and not (
                isinstance(sources, list)
                and all(
                    isinstance(x, dict)
                    and isinstance(x.get("n"), int)
                    and all(isinstance(x.get(k), str) for k in ("name", "path", "text"))
                    for x in sources
                )
            ):
                raise _fail(path, f"{where} has sources that are not a list of passages")
            if m.get("parent_id") is not None and m["parent_id"] not in ids:
                raise _fail(path, f"{where} refers to a message that is not before it")
            ids.add(m.get("id"))
    return convs


def _calls_ok(calls: Any) -> bool:
    """None, or a list of {"id", "type", "function": {"name", "arguments" (text)}}."""
    if calls is None:
        return True
    return isinstance(calls, list) and all(
        isinstance(c, dict)
        and isinstance(c.get("function"), dict)
        and isinstance(c["function"].get("name"), str)
        and isinstance(c["function"].get("arguments"), str)
        for c in calls
    )


def import_json(repo: Repository, path: Path) -> list[int]:
    """Import every conversation of an export: ours, or ChatGPT's, Open WebUI's or LM
    Studio's (store/chat_imports.py); all or nothing. Returns the new ids."""
    data = load_export(path)
    if isinstance(data, dict) and data.get("format") == FORMAT:
        convs = _validate(data, path)
    else:
        convs = foreign_conversations(path, data)
    return repo.import_conversations(convs, _CONV_FIELDS, _MSG_FIELDS)
