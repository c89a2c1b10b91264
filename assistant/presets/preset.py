"""A preset: system prompt, input template with variables, sampling parameters and an
optional output constraint (a label set or a JSON schema)."""

from __future__ import annotations

import json
import re
import string
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import jsonschema

from assistant.engine.backend import ChatMessage, SamplingParams
from assistant.ground.adapter_choice import parse as parse_adapters
from assistant.ground.adapter_choice import text_of as adapters_text
from assistant.ground.errors import UserError

_TOP = {
    "id",
    "name",
    "description",
    "icon",
    "system_prompt",
    "input_template",
    "variables",
    "sampling",
    "output",
    "adapters",
}
_SAMPLING = {f.name: f.type for f in fields(SamplingParams)}.keys() - {
    "grammar",
    "json_schema",
    "ignore_eos",
}
_OUTPUT = {"labels", "labels_from", "json_schema", "json_fields_from"}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")


class PresetError(UserError):
    """A preset file that cannot be used; the message names the file and the field."""


@dataclass
class RenderedPrompt:
    messages: list[ChatMessage]
    params: SamplingParams
    labels: list[str] | None
    schema: dict[str, Any] | None


@dataclass
class Preset:
    id: str
    name: str
    description: str = ""
    icon: str = ""
    system_prompt: str = ""
    input_template: str = "{text}"
    variables: dict[str, str] = field(default_factory=dict)
    sampling: dict[str, Any] = field(default_factory=dict)
    output: dict[str, Any] = field(default_factory=dict)
    adapters: str = ""  # LoRA adapters its answers use ("NAME[@SCALE], …"; "": the model's)
    source: str = ""  # the file it came from
    shipped: bool = False

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def from_file(cls, path: Path, shipped: bool = False) -> Preset:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise PresetError(f"{path.name}: cannot be read ({exc})") from exc
        except tomllib.TOMLDecodeError as exc:
            raise PresetError(f"{path.name}: not valid TOML ({exc})") from exc
        preset = cls.from_dict(data, path.name)
        preset.source, preset.shipped = str(path), shipped
        return preset

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str) -> Preset:
        def fail(field_name: str, problem: str) -> PresetError:
            return PresetError(f"{where}: field '{field_name}' {problem}")

        for key in data:
            if key not in _TOP:
                raise fail(key, "is not a preset field")
        for key in ("id", "name"):
            if not isinstance(data.get(key), str) or not data[key].strip():
                raise fail(key, "is required and must be text")
        if not _ID.match(data["id"]):
            raise fail("id", "must be lowercase letters, digits and dashes")
        for key in ("description", "icon", "system_prompt", "input_template", "adapters"):
            if key in data and not isinstance(data[key], str):
                raise fail(key, "must be text")
        try:
            adapters = adapters_text(parse_adapters(data.get("adapters", "")))
        except UserError as exc:
            raise fail("adapters", f"is not a list of adapters ({exc})") from None
        variables = data.get("variables", {})
        if not isinstance(variables, dict) or not all(
            isinstance(v, str) for v in variables.values()
        ):
            raise fail("variables", "must be a table of text values")
        sampling = data.get("sampling", {})
        if not isinstance(sampling, dict):
            raise fail("sampling", "must be a table")
        for key, value in sampling.items():
            if key not in _SAMPLING:
                raise fail(f"sampling.{key}", "is not a sampling parameter")
            expected: type | tuple[type, ...] = (
                (int, float) if key not in ("max_tokens", "top_k", "seed") else int
            )
            if isinstance(value, bool) or not isinstance(value, expected):
                raise fail(f"sampling.{key}", "has the wrong type")
        output = data.get("output", {})
        if not isinstance(output, dict):
            raise fail("output", "must be a table")
        for key in output:
            if key not in _OUTPUT:
                raise fail(f"output.{key}", "is not an output constraint")
        if len(output) > 1:
            raise fail("output", "may have only one constraint")
        if "labels" in output and (
            not isinstance(output["labels"], list)
            or not output["labels"]
            or not all(isinstance(x, str) and x.strip() for x in output["labels"])
        ):
            raise fail("output.labels", "must be a non-empty list of text")
        for key in ("labels_from", "json_fields_from"):
            if key in output and output[key] not in variables:
                raise fail(f"output.{key}", "must name one of the preset's variables")
        if "json_schema" in output:
            schema = output["json_schema"]
            if isinstance(schema, str):
                try:
                    schema = json.loads(schema)
                except json.JSONDecodeError as exc:
                    raise fail("output.json_schema", f"is not valid JSON ({exc})") from exc
            check_schema(schema, f"{where}: field 'output.json_schema'")
            output = {"json_schema": schema}
        preset = cls(
            id=data["id"],
            name=data["name"],
            description=data.get("description", ""),
            icon=data.get("icon", ""),
            system_prompt=data.get("system_prompt", ""),
            input_template=data.get("input_template", "{text}"),
            variables=dict(variables),
            sampling=dict(sampling),
            output=dict(output),
            adapters=adapters,
        )
        for text_field in ("system_prompt", "input_template"):
            for name in template_fields(
                getattr(preset, text_field), f"{where}: field '{text_field}'"
            ):
                if name != "text" and name not in preset.variables:
                    raise fail(text_field, f"uses the variable {{{name}}}, which has no value")
        return preset

    def to_toml_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "icon": self.icon,
            "system_prompt": self.system_prompt,
            "input_template": self.input_template,
        }
        if self.adapters:
            out["adapters"] = self.adapters
        for key in ("variables", "sampling", "output"):
            value = getattr(self, key)
            if value:
                out[key] = {k: json.dumps(v) if k == "json_schema" else v for k, v in value.items()}
        return out

    # -- use -------------------------------------------------------------------------------

    def render(
        self,
        text: str,
        values: dict[str, str] | None = None,
        overrides: dict[str, Any] | None = None,
        defaults: dict[str, Any] | None = None,
    ) -> RenderedPrompt:
        """The messages and sampling parameters for one input; ``defaults`` (the model's
        own sampling) apply where the preset sets nothing."""
        values = {**self.variables, **{k: v for k, v in (values or {}).items()}}
        unknown = set(values) - set(self.variables)
        if unknown:
            raise PresetError(
                f"Preset '{self.id}' has no variable {', '.join(sorted(unknown))}; "
                f"it has: {', '.join(self.variables) or 'none'}."
            )
        for name, value in values.items():
            if not value.strip():
                raise PresetError(f"Preset '{self.id}': the variable '{name}' needs a value.")
        fill = {**values, "text": text}
        messages: list[ChatMessage] = []
        if self.system_prompt:
            messages.append({"role": "system", "content": self.system_prompt.format_map(fill)})
        messages.append({"role": "user", "content": self.input_template.format_map(fill)})
        labels = self.labels(values)
        schema = self.schema(values)
        params = SamplingParams(**{**(defaults or {}), **self.sampling, **(overrides or {})})
        if labels:
            params = _replace(params, grammar=labels_grammar(labels))
        elif schema:
            params = _replace(params, json_schema=json.dumps(schema))
        return RenderedPrompt(messages, params, labels, schema)

    def labels(self, values: dict[str, str]) -> list[str] | None:
        if "labels" in self.output:
            return list(self.output["labels"])
        if "labels_from" in self.output:
            items = [x.strip() for x in values[self.output["labels_from"]].split(",")]
            return [x for x in items if x] or None
        return None

    def schema(self, values: dict[str, str]) -> dict[str, Any] | None:
        if "json_schema" in self.output:
            return dict(self.output["json_schema"])
        if "json_fields_from" in self.output:
            names = [x.strip() for x in values[self.output["json_fields_from"]].split(",")]
            names = [n for n in names if n]
            return {
                "type": "object",
                "properties": {n: {"type": ["string", "number", "null"]} for n in names},
                "required": names,
                "additionalProperties": False,
            }
        return None


def _replace(params: SamplingParams, **changes: Any) -> SamplingParams:
    from dataclasses import replace

    return replace(params, **changes)


def template_fields(template: str, where: str) -> list[str]:
    try:
        return [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise PresetError(f"{where} has a broken {{variable}}: {exc}") from exc


def check_schema(schema: Any, where: str) -> None:
    if not isinstance(schema, dict):
        raise PresetError(f"{where} must be a JSON object")
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise PresetError(f"{where} is not a valid JSON schema: {exc.message}") from exc


def labels_grammar(labels: list[str]) -> str:
    """GBNF that allows exactly one of the labels."""
    alternatives = " | ".join(json.dumps(label) for label in labels)
    return f"root ::= {alternatives}\n"


@dataclass
class Checked:
    text: str
    valid: bool
    value: Any = None
    problem: str = ""


def check_output(answer: str, rendered: RenderedPrompt) -> Checked:
    """Validate an answer against the preset's constraint (after generation, too)."""
    text = answer.strip()
    if rendered.labels:
        if text in rendered.labels:
            return Checked(text, True, text)
        return Checked(text, False, problem=f"'{text}' is not one of {rendered.labels}")
    if rendered.schema:
        try:
            value = json.loads(text)
            jsonschema.validate(value, rendered.schema)
        except json.JSONDecodeError as exc:
            return Checked(text, False, problem=f"not JSON: {exc}")
        except jsonschema.ValidationError as exc:
            return Checked(text, False, problem=f"does not match the schema: {exc.message}")
        return Checked(text, True, value)
    return Checked(text, True, text)
