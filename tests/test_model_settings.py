"""Each model's own settings (assistant/ground/model_settings.py): validation, the settings
file, what a load and an answer get from them, the CLI, and, on the real model, a
context length, a template file and a GGUF's recommended sampling taking effect."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.app import build_core
from assistant.ground.errors import UserError
from assistant.ground.model_settings import ModelSettings, check, parse_assignments
from assistant.ground.settings import Settings
from assistant.presets import PresetLibrary


def test_values_are_checked_with_messages_a_user_can_act_on(tmp_path: Path) -> None:
    assert check("temperature", "0.6") == 0.6 and check("top_k", "40") == 40
    assert check("temperature", 1) == 1.0 and isinstance(check("temperature", 1), float)
    for key, value, words in [
        ("temperature", "5", "between 0 and 2"),
        ("top_k", "many", "whole number"),
        ("context_length", "12", "between 256"),
        ("threads", True, "whole number"),
        ("colour", "red", "Unknown model setting 'colour'"),
        ("chat_template_file", str(tmp_path / "none.jinja"), "does not exist"),
    ]:
        with pytest.raises(UserError, match=words):
            check(key, value)
    assert parse_assignments(["top-p=0.9", "system_prompt=Be brief.", "min_p="]) == {
        "top_p": 0.9,
        "system_prompt": "Be brief.",
        "min_p": None,
    }
    with pytest.raises(UserError, match="key=value"):
        parse_assignments(["temperature"])


def test_the_settings_file_keeps_each_models_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    s = Settings(models={"a.gguf": ModelSettings(temperature=0.2, system_prompt="Hi")})
    s.save(path)
    assert Settings.load(path).model("a.gguf") == ModelSettings(temperature=0.2, system_prompt="Hi")
    assert Settings.load(path).model("b.gguf") == ModelSettings()
    # A hand-edited file with a bad value keeps the good ones and starts.
    path.write_text(
        '[models."a.gguf"]\ntemperature = 9.0\ntop_k = 20\nwhat = 1\n', encoding="utf-8"
    )
    assert Settings.load(path).model("a.gguf") == ModelSettings(top_k=20)


def test_a_presets_own_sampling_wins_over_the_models_defaults(tmp_path: Path) -> None:
    library = PresetLibrary(tmp_path / "presets")
    defaults = {"temperature": 0.1, "top_k": 7}
    chat = library.get("chat").render("hi", defaults=defaults).params
    assert (chat.temperature, chat.top_k) == (0.1, 7)
    summarize = library.get("summarize").render("text", defaults=defaults).params
    assert summarize.temperature == 0.3 and summarize.top_k == 7  # the preset sets 0.3


def test_models_set_on_the_command_line(app_home: Path, starter: Path) -> None:
    from tests.test_cli import run_cli

    name = "smollm2-135m-instruct-q4_1"
    r = run_cli("models", "set", name, "temperature=0.25", "context_length=2048", home=app_home)
    assert r.returncode == 0, r.stderr
    assert "temperature = 0.25" in r.stdout and "next time the model is loaded" in r.stderr
    bad = run_cli("models", "set", name, "top_p=2", home=app_home)
    assert bad.returncode == 1 and "'top_p' must be between 0 and 1" in bad.stderr
    core = build_core(str(app_home))
    try:
        assert core.settings.model(starter.name) == ModelSettings(
            context_length=2048, temperature=0.25
        )
        active = core.models.use(name)
        assert active.facts.context == 2048  # loaded with its own context length
        assert core.models.sampling_defaults()["temperature"] == 0.25
    finally:
        core.close()


def test_a_template_file_and_recommended_sampling(
    app_home: Path, starter: Path, tmp_path: Path
) -> None:
    from tests.fixtures.gguf_files import with_float_metadata

    models = app_home / "data" / "models"
    models.mkdir(parents=True)
    advised = with_float_metadata(
        starter,
        models / "advised.gguf",
        {"general.sampling.temp": 0.35, "general.sampling.top_p": 0.8},
    )
    core = build_core(str(app_home))
    try:
        active = core.models.use("advised")
        assert active.facts.recommended == pytest.approx({"temperature": 0.35, "top_p": 0.8})
        assert core.models.sampling_defaults() == pytest.approx({"temperature": 0.35, "top_p": 0.8})
        own = ModelSettings(temperature=0.9)
        core.config.change(models={advised.name: own})
        assert core.models.sampling_defaults() == pytest.approx({"temperature": 0.9, "top_p": 0.8})
        assert not core.models.needs_reload()  # sampling needs no reload
        template = Path(__file__).parent / "fixtures" / "qwen3_chat_template.jinja"
        core.config.change(models={advised.name: own.with_values(chat_template_file=str(template))})
        assert core.models.needs_reload()
        active = core.models.use("advised")
        assert active.facts.thinking == "toggle"  # the file's template is in use
        assert not core.models.needs_reload()
        # A template file that turned hostile is refused, the model as it was stays.
        hostile = tmp_path / "hostile.jinja"
        hostile.write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8")
        core.config.change(models={advised.name: own.with_values(chat_template_file=str(hostile))})
        with pytest.raises(UserError):
            core.models.use("advised")
        assert core.engine.facts is not None and core.engine.facts.thinking == "toggle"
        os.unlink(hostile)
        with pytest.raises(UserError, match="Cannot read the chat template file"):
            core.models.use("advised")
    finally:
        core.close()
