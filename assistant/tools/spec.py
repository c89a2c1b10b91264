"""Tool definitions as OpenAI's API and MCP give them, checked before any reaches a
template or a grammar: a hostile schema (deep, huge, invalid) is refused with a clear
message, not run."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal

import jsonschema

from assistant.ground.errors import UserError

MAX_TOOLS = 128
MAX_SCHEMA_CHARS = 32_000  # one tool's parameters, as JSON
MAX_DEPTH = 12  # nesting of a schema's objects and lists
MAX_ENUM = 512  # values of one enum
MAX_DESCRIPTION = 4_000
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
EMPTY_PARAMETERS: dict[str, Any] = {"type": "object", "properties": {}}


class ToolError(UserError):
    """A tool definition or a tool choice that cannot be used."""


@dataclass(frozen=True)
class ToolSpec:
    """One tool: its name, what it does, the JSON schema of its arguments object."""

    name: str
    description: str = ""
    parameters: dict[str, Any] = field(default_factory=lambda: dict(EMPTY_PARAMETERS))
    read_only: bool = False  # MCP's readOnlyHint: offered as "allow", never assumed

    def openai(self) -> dict[str, Any]:
        """The definition in OpenAI's shape, as chat templates take ``tools``."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": self.parameters,
            },
        }


Mode = Literal["auto", "none", "required"]


@dataclass(frozen=True)
class ToolChoice:
    """``auto``: the model decides; ``none``: no call; ``required``: at least one call
    (of ``name`` only, when set)."""

    mode: Mode = "auto"
    name: str = ""


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level)
    return level


def _check_enums(value: Any) -> bool:
    if isinstance(value, dict):
        enum = value.get("enum")
        if isinstance(enum, list) and len(enum) > MAX_ENUM:
            return False
        return all(_check_enums(v) for v in value.values())
    if isinstance(value, list):
        return all(_check_enums(v) for v in value)
    return True


def check_parameters(name: str, schema: Any) -> dict[str, Any]:
    """The tool's arguments schema, refused when it is not a usable JSON schema of an
    object, or too large, deep or wide to turn into a grammar."""
    if schema is None:
        return dict(EMPTY_PARAMETERS)
    if not isinstance(schema, dict):
        raise ToolError(f"The parameters of the tool '{name}' must be a JSON schema object.")
    if _depth(schema) > MAX_DEPTH:
        raise ToolError(f"The parameters of the tool '{name}' are nested too deeply.")
    try:
        size = len(json.dumps(schema))
    except (TypeError, ValueError, RecursionError):
        raise ToolError(f"The parameters of the tool '{name}' are not JSON.") from None
    if size > MAX_SCHEMA_CHARS:
        raise ToolError(
            f"The parameters of the tool '{name}' are too large ({size:,} characters; "
            f"at most {MAX_SCHEMA_CHARS:,})."
        )
    if not _check_enums(schema):
        raise ToolError(f"The tool '{name}' has an enum of more than {MAX_ENUM} values.")
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise ToolError(
            f"The parameters of the tool '{name}' are not a valid JSON schema: {exc.message}"
        ) from None
    if schema.get("type", "object") != "object":
        raise ToolError(f"The parameters of the tool '{name}' must describe an object.")
    return schema


def make_spec(name: Any, description: Any, parameters: Any, read_only: bool = False) -> ToolSpec:
    if not isinstance(name, str) or not _NAME.match(name):
        raise ToolError(
            f"A tool's name must be 1 to 64 letters, digits, '_', '-' or '.': {name!r}."
        )
    if description is not None and not isinstance(description, str):
        raise ToolError(f"The description of the tool '{name}' must be text.")
    return ToolSpec(
        name,
        (description or "")[:MAX_DESCRIPTION],
        check_parameters(name, parameters),
        read_only,
    )


def openai_tools(raw: Any, where: str = "tools") -> list[ToolSpec]:
    """The tools of an OpenAI request body (``[{"type": "function", "function": {...}}]``)."""
    if not isinstance(raw, list):
        raise ToolError(f"'{where}' must be a list of tools.")
    if len(raw) > MAX_TOOLS:
        raise ToolError(f"'{where}' holds {len(raw)} tools; at most {MAX_TOOLS} are accepted.")
    specs: list[ToolSpec] = []
    for i, item in enumerate(raw):
        fn = item.get("function") if isinstance(item, dict) else None
        if not isinstance(item, dict) or item.get("type") != "function" or not isinstance(fn, dict):
            raise ToolError(f"{where}[{i}] must be {{'type': 'function', 'function': {{...}}}}.")
        specs.append(make_spec(fn.get("name"), fn.get("description"), fn.get("parameters")))
    names = [s.name for s in specs]
    if len(set(names)) != len(names):
        raise ToolError(f"Two tools in '{where}' have the same name.")
    return specs


def parse_choice(raw: Any, specs: list[ToolSpec]) -> ToolChoice:
    """OpenAI's ``tool_choice``: "auto", "none", "required" or a named function."""
    if raw is None:
        return ToolChoice("auto" if specs else "none")
    if raw in ("auto", "none", "required"):
        if raw == "required" and not specs:
            raise ToolError("'tool_choice' is 'required' but no tools were given.")
        return ToolChoice(raw)
    fn = raw.get("function") if isinstance(raw, dict) else None
    name = fn.get("name") if isinstance(fn, dict) else None
    if not isinstance(name, str):
        raise ToolError(
            "'tool_choice' must be 'auto', 'none', 'required' or "
            "{'type': 'function', 'function': {'name': ...}}."
        )
    if name not in {s.name for s in specs}:
        raise ToolError(f"'tool_choice' names the tool '{name}', which is not in 'tools'.")
    return ToolChoice("required", name)


def to_json(specs: list[ToolSpec]) -> str:
    """Tools as JSON text: what crosses to the engine child."""
    return json.dumps(
        [
            {
                "name": s.name,
                "description": s.description,
                "parameters": s.parameters,
                "read_only": s.read_only,
            }
            for s in specs
        ]
    )


def from_json(text: str) -> list[ToolSpec]:
    return [
        ToolSpec(d["name"], d["description"], d["parameters"], d.get("read_only", False))
        for d in json.loads(text)
    ]
