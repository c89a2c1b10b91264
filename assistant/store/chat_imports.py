"""Conversations from other apps: ChatGPT's data export (``conversations.json``, or the
export's zip), Open WebUI's chat export, LM Studio's conversation files and Jan's
threads (``messages.jsonl``, titled from the ``thread.json`` beside it), turned into
the store's own import records (branches kept as alternatives). Everything is read and
checked before anything is written: a bad or partial file imports nothing."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.ground.errors import UserError

Record = dict[str, Any]  # a conversation as store/bulk.py inserts it
_ROLES = {"user", "assistant", "system"}


class ImportProblem(ValueError):
    """A file that is not what it claims, with what is wrong."""


def _text_parts(parts: Any) -> str:
    out: list[str] = []
    for part in parts if isinstance(parts, list) else []:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            out.append(part["text"])
        elif isinstance(part, dict):
            out.append("[attachment]")  # images and files stay in the other app
    return "\n".join(p for p in out if p)


def _time(value: Any, millis: bool = False) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value / 1000 if millis else float(value)


def _tree(
    nodes: dict[str, Any],
    parent_of: Callable[[Any], Any],
    message_of: Callable[[Any], Record | None],
    leaf: Any,
) -> tuple[list[Record], Any]:
    """Messages of a tree in parents-first order; nodes without a message (roots,
    tool calls, empty or hidden ones) are skipped and their children hang on the nearest
    kept ancestor. Returns the messages and the kept leaf for ``leaf``."""
    kept: dict[str, Record | None] = {}
    order: list[Record] = []
    for start in nodes:
        # Walk up to a node already placed (or a root), then place the chain downwards:
        # no recursion, so a chat thousands of turns deep imports too.
        chain: list[str] = []
        node_id: Any = start
        while node_id in nodes and node_id not in kept:
            if len(chain) > len(nodes):
                raise ImportProblem("its messages refer to each other in a loop")
            chain.append(node_id)
            node_id = parent_of(nodes[node_id])
            if node_id in chain:
                raise ImportProblem("its messages refer to each other in a loop")
        parent = kept.get(node_id) if node_id in kept else None
        for nid in reversed(chain):
            message = message_of(nodes[nid])
            if message is not None:
                message["id"] = f"m{len(order)}"
                message["parent_id"] = parent["id"] if parent is not None else None
                order.append(message)
                parent = message
            kept[nid] = parent
    end = kept.get(leaf) if isinstance(leaf, str) else None
    return order, end["id"] if end is not None else None


# -- ChatGPT -------------------------------------------------------------------------------


def _chatgpt_message(node: Any) -> Record | None:
    m = node.get("message") if isinstance(node, dict) else None
    if not isinstance(m, dict):
        return None
    role = (m.get("author") or {}).get("role")
    meta = m.get("metadata") or {}
    if role not in _ROLES or meta.get("is_visually_hidden_from_conversation"):
        return None
    content = m.get("content") or {}
    kind = content.get("content_type")
    if kind in ("text", "multimodal_text"):
        text = _text_parts(content.get("parts"))
    elif kind == "code" and isinstance(content.get("text"), str):
        text = f"```\n{content['text']}\n```"
    else:
        return None  # reasoning recaps, tool output, browsing: not a turn of the chat
    if not text.strip():
        return None
    out: Record = {"role": role, "content": text, "created": _time(m.get("create_time"))}
    if role == "assistant" and isinstance(meta.get("model_slug"), str):
        out["model_file"] = f"ChatGPT {meta['model_slug']}"
    return out


def from_chatgpt(data: list[Any]) -> list[Record]:
    out: list[Record] = []
    for i, conv in enumerate(data):
        if not isinstance(conv, dict) or not isinstance(conv.get("mapping"), dict):
            raise ImportProblem(f"conversation {i + 1} has no message tree ('mapping')")
        mapping = conv["mapping"]
        messages, leaf = _tree(
            mapping,
            lambda n: n.get("parent") if isinstance(n, dict) else None,
            _chatgpt_message,
            conv.get("current_node"),
        )
        out.append(
            _record(
                conv.get("title"), conv.get("create_time"), conv.get("update_time"), messages, leaf
            )
        )
    return out


# -- Open WebUI ----------------------------------------------------------------------------


def _webui_message(node: Any) -> Record | None:
    if not isinstance(node, dict) or node.get("role") not in _ROLES:
        return None
    text = node.get("content")
    if not isinstance(text, str) or not text.strip():
        return None
    out: Record = {"role": node["role"], "content": text, "created": _time(node.get("timestamp"))}
    if node["role"] == "assistant" and isinstance(node.get("model"), str):
        out["model_file"] = node["model"]
    return out


def from_open_webui(data: list[Any]) -> list[Record]:
    out: list[Record] = []
    for i, item in enumerate(data):
        chat = item.get("chat") if isinstance(item, dict) else None
        history = chat.get("history") if isinstance(chat, dict) else None
        if not isinstance(history, dict) or not isinstance(history.get("messages"), dict):
            raise ImportProblem(f"chat {i + 1} has no message history")
        messages, leaf = _tree(
            history["messages"],
            lambda n: n.get("parentId") if isinstance(n, dict) else None,
            _webui_message,
            history.get("currentId"),
        )
        assert isinstance(chat, dict)
        title = item.get("title") or chat.get("title")
        out.append(_record(title, item.get("created_at"), item.get("updated_at"), messages, leaf))
    return out


# -- LM Studio -----------------------------------------------------------------------------


def _lmstudio_text(version: Any) -> str:
    if not isinstance(version, dict):
        return ""
    if version.get("type") == "multiStep":
        steps = version.get("steps") or []
        return "\n".join(
            _text_parts(s.get("content"))
            for s in steps
            if isinstance(s, dict) and s.get("type") == "contentBlock"
        )
    return _text_parts(version.get("content"))


def from_lmstudio(data: dict[str, Any]) -> list[Record]:
    """One conversation file; each turn's versions are alternatives, and the selected
    one carries the conversation on."""
    messages: list[Record] = []
    parent: str | None = None
    for i, turn in enumerate(data["messages"]):
        versions = turn.get("versions") if isinstance(turn, dict) else None
        if not isinstance(versions, list) or not versions:
            raise ImportProblem(f"message {i + 1} has no versions")
        selected = turn.get("currentlySelected", 0)
        chosen: str | None = None
        for j, version in enumerate(versions):
            role = version.get("role") if isinstance(version, dict) else None
            text = _lmstudio_text(version)
            if role not in _ROLES or not text.strip():
                continue
            mid = f"m{len(messages)}"
            messages.append({"id": mid, "parent_id": parent, "role": role, "content": text})
            if j == selected or chosen is None:
                chosen = mid
        parent = chosen or parent
    created = _time(data.get("createdAt"), millis=True)
    return [_record(data.get("name"), created, created, messages, parent)]


# -- detection and checks ------------------------------------------------------------------


def _record(title: Any, created: Any, updated: Any, messages: list[Record], leaf: Any) -> Record:
    return {
        "title": title if isinstance(title, str) else "",
        "title_is_auto": 0,
        "created": _time(created) if not isinstance(created, str) else None,
        "updated": _time(updated) if not isinstance(updated, str) else None,
        "messages": messages,
        "current_leaf": leaf,
    }


def _problem(path: Path, what: str) -> UserError:
    return UserError(f"{path.name} is not a valid history export: {what}. Nothing was imported.")


def load_export(path: Path) -> Any:
    """The parsed JSON of an export file (or of a ChatGPT export's zip)."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                names = [n for n in z.namelist() if n.rsplit("/", 1)[-1] == "conversations.json"]
                if not names:
                    raise _problem(path, "the zip has no conversations.json (ChatGPT's export)")
                return json.loads(z.read(names[0]).decode("utf-8"))
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":  # Jan's thread: one message per line
            title = _jan_title(path.parent / "thread.json")
            return {
                "jan_thread": [json.loads(line) for line in text.splitlines() if line.strip()],
                "title": title,
            }
        return json.loads(text)
    except FileNotFoundError:
        raise UserError(f"File not found: {path}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _problem(path, f"it is not JSON ({exc})") from None
    except (OSError, zipfile.BadZipFile) as exc:
        raise _problem(path, f"it cannot be read ({exc})") from None


def _jan_title(path: Path) -> str:
    try:
        title = json.loads(path.read_text(encoding="utf-8")).get("title")
    except (OSError, ValueError, AttributeError):
        return ""
    return title if isinstance(title, str) else ""


def from_jan(lines: list[Any], title: str) -> list[Record]:
    """Jan's thread (messages.jsonl, OpenAI-assistants-style messages), one branch."""
    messages: list[Record] = []
    for i, m in enumerate(lines):
        if not isinstance(m, dict) or not isinstance(m.get("content"), list):
            raise ImportProblem(f"line {i + 1} is not a Jan message")
        parts = [
            p["text"]["value"] if isinstance(p.get("text"), dict) else p.get("text")
            for p in m["content"]
            if isinstance(p, dict) and p.get("type") == "text"
        ]
        text = "\n".join(p for p in parts if isinstance(p, str) and p)
        if m.get("role") not in _ROLES or not text.strip():
            continue
        created = m.get("created_at") or m.get("created")
        messages.append(
            {
                "id": f"m{len(messages)}",
                "parent_id": messages[-1]["id"] if messages else None,
                "role": m["role"],
                "content": text,
                # Jan writes milliseconds; seconds are far smaller numbers.
                "created": _time(created, millis=isinstance(created, int) and created > 10**11),
            }
        )
    leaf = messages[-1]["id"] if messages else None
    first = messages[0]["created"] if messages else None
    return [_record(title, first, messages[-1]["created"] if messages else None, messages, leaf)]


def detect(data: Any) -> tuple[str, list[Record]] | None:
    """The app a parsed export comes from and its conversations; None if unknown."""
    if isinstance(data, dict) and isinstance(data.get("jan_thread"), list):
        return "Jan", from_jan(data["jan_thread"], data.get("title") or "")
    items = data if isinstance(data, list) else None
    if items is not None and items and all(isinstance(x, dict) for x in items):
        # One conversation that looks like an app's makes the file that app's; the
        # others must then be sound too (else nothing is imported).
        if any("mapping" in x for x in items):
            return "ChatGPT", from_chatgpt(items)
        if any("chat" in x for x in items):
            return "Open WebUI", from_open_webui(items)
    if isinstance(data, dict) and isinstance(data.get("messages"), list):
        msgs = data["messages"]
        if any(isinstance(m, dict) and "versions" in m for m in msgs):
            return "LM Studio", from_lmstudio(data)
    return None


def foreign_conversations(path: Path, data: Any) -> list[Record]:
    """The conversations of another app's parsed export; UserError when it is not one
    this app knows, is damaged, or holds no messages (nothing is imported)."""
    try:
        found = detect(data)
    except ImportProblem as exc:
        raise _problem(path, str(exc)) from None
    if found is None:
        raise _problem(
            path,
            "it is not a chat export this app knows (Offline Assistant, ChatGPT, "
            "Open WebUI, LM Studio, Jan)",
        )
    app, convs = found
    kept = [c for c in convs if c["messages"]]
    if not kept:
        raise _problem(path, f"this {app} export holds no messages")
    return kept
