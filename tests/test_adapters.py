"""LoRA adapters as the person chooses them: written as text ("name@0.5, other") in
Settings, presets, chats, the command line and API model ids; found among the models
by their GGUF type; the chat's choice over its preset's over the model's; refused
clearly when unknown or made for another kind of model. The chat, the API (the official
openai client) and the command line run the real starter with a real adapter."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from assistant.app import Core, build_core
from assistant.engine.backend import SamplingParams
from assistant.ground.adapter_choice import Pick, parse, split_model_id, text_of
from assistant.ground.errors import UserError
from assistant.ground.model_settings import ModelSettings, check
from assistant.models.downloads import DownloadManager
from assistant.models.hub import Hub
from assistant.models.kinds import model_kind
from assistant.models.library import ModelLibrary
from assistant.personal.adapters import AdapterLibrary, chosen
from assistant.presets import PresetLibrary
from assistant.presets.preset import Preset, PresetError
from assistant.server.run import ApiServer
from tests.conftest import TEST_CTX, free_port
from tests.fixtures.fake_hub import FakeHub
from tests.fixtures.lora import write_lora


def test_choices_are_written_the_same_way_everywhere() -> None:
    assert parse(" style@0.5 , terse ") == (Pick("style", 0.5), Pick("terse", 1.0))
    assert parse("") == parse("none") == ()
    assert text_of(parse("a@1.0,b@0.25")) == "a, b@0.25"
    assert split_model_id("smollm2+style@0.5+terse") == (
        "smollm2",
        (Pick("style", 0.5), Pick("terse")),
    )
    assert split_model_id("smollm2") == ("smollm2", ())
    for bad, why in (
        ("a@x", "must be a number"),
        ("a@9", "between"),
        ("a@nan", "between"),
        ("@0.5", "names no adapter"),
        ("a, A", "named twice"),
    ):
        with pytest.raises(UserError, match=why):
            parse(bad)
    assert check("adapters", "style@0.50") == "style@0.5"
    with pytest.raises(UserError, match="must be text"):
        check("adapters", 3)
    assert ModelSettings.from_table({"adapters": "a@x"}) == ModelSettings()  # hand-edited


def test_a_preset_names_its_adapters() -> None:
    base = {"id": "legal", "name": "Legal"}
    preset = Preset.from_dict({**base, "adapters": "legal-style@0.8"}, "legal.toml")
    assert preset.adapters == "legal-style@0.8"
    assert preset.to_toml_dict()["adapters"] == "legal-style@0.8"
    with pytest.raises(PresetError, match="'adapters'"):
        Preset.from_dict({**base, "adapters": "x@big"}, "legal.toml")


def test_the_chat_over_the_preset_over_the_model() -> None:
    assert chosen({}, "", "m") == "m"
    assert chosen({}, "p", "m") == "p"
    assert chosen({"adapters": "c"}, "p", "m") == "c"
    assert chosen({"adapters": ""}, "p", "m") == ""  # the chat chose none


def test_adapters_are_told_apart_from_models(starter: Path, tmp_path: Path) -> None:
    core = build_core(str(tmp_path / "home"))
    try:
        models = core.library.models_dir
        models.mkdir(parents=True, exist_ok=True)
        style = write_lora(models / "style.gguf", starter)
        write_lora(models / "gemma-style.gguf", starter, architecture="gemma3", base_name="")
        assert model_kind(style) == "adapter" and model_kind(starter) == "chat"
        assert "style" not in [m.name for m in core.library.installed()]
        assert sorted(a.name for a in core.adapters.all()) == ["gemma-style", "style"]
        assert [a.name for a in core.adapters.fitting(starter)] == ["style"]
        adapter = core.adapters.find("STYLE")
        assert adapter.base == "SmolLM2 135M Instruct" and "for SmolLM2" in adapter.describe()
        assert core.adapters.files(parse("style@0.5"), starter) == ((str(style), 0.5),)
        with pytest.raises(UserError, match="made for a gemma3 model"):
            core.adapters.files(parse("gemma-style"), starter)
        with pytest.raises(UserError, match=r"No adapter named 'nope'\. Adapters: "):
            core.adapters.find("nope")
        # Imported from a file like a model, listed as an adapter.
        other = write_lora(tmp_path / "other.gguf", starter, seed=3)
        core.library.import_file(other)
        assert "other" in [a.name for a in core.adapters.all()]
    finally:
        core.close()


@pytest.fixture(scope="module")
def core(tmp_path_factory: pytest.TempPathFactory, starter: Path) -> Iterator[Core]:
    core = build_core(str(tmp_path_factory.mktemp("adapters-home")))
    core.config.change(context_length=TEST_CTX)
    models = core.library.models_dir
    models.mkdir(parents=True, exist_ok=True)
    write_lora(models / "style.gguf", starter)
    write_lora(models / "gemma-style.gguf", starter, architecture="gemma3")
    core.models.load_local()
    yield core
    core.close()


GREEDY = SamplingParams(temperature=0.0, max_tokens=16)
QUESTION = "Name three colours of the rainbow."


@pytest.mark.slow
def test_a_chat_answers_with_its_adapters_and_says_so(core: Core) -> None:
    bare_id = core.repo.create_conversation()
    bare = core.chat.send(bare_id, QUESTION, GREEDY)
    cid = core.repo.create_conversation(params={"adapters": "style"})
    adapted = core.chat.send(cid, QUESTION, GREEDY)
    assert adapted.completion is not None and bare.completion is not None
    assert adapted.completion.text != bare.completion.text
    answer = core.repo.message(adapted.answer_message_id)
    assert answer.adapters_used == ["style"]  # the answer's details name it
    assert core.repo.message(bare.answer_message_id).adapters_used == []
    # The model's own setting applies to chats that chose nothing; "" is none.
    name = core.models.active.local.path.name  # type: ignore[union-attr]
    core.config.change(models={name: ModelSettings(adapters="style@0.5")})
    try:
        follows = core.chat.send(core.repo.create_conversation(), QUESTION, GREEDY)
        assert core.repo.message(follows.answer_message_id).adapters_used == ["style@0.5"]
        none = core.chat.send(core.repo.create_conversation(params={"adapters": ""}), QUESTION)
        assert core.repo.message(none.answer_message_id).adapters_used == []
    finally:
        core.config.change(models={})
    # An adapter removed since: the turn fails with a clear message, the chat is kept.
    gone = core.repo.create_conversation(params={"adapters": "removed-one"})
    with pytest.raises(UserError, match="No adapter named 'removed-one'"):
        core.chat.send(gone, QUESTION, GREEDY)
    assert core.repo.branch(gone)[0].content == QUESTION


@pytest.fixture(scope="module")
def client(core: Core) -> Iterator[openai.OpenAI]:
    server = ApiServer(core, PresetLibrary(core.paths.user_presets), port=free_port())
    server.start()
    yield openai.OpenAI(base_url=server.url, api_key="unused", max_retries=0, timeout=120)
    server.stop()


@pytest.mark.slow
def test_api_model_ids_name_adapters(client: openai.OpenAI, core: Core) -> None:
    slug = core.library.installed()[0].slug
    ids = [m.id for m in client.models.list().data]
    assert f"{slug}+style" in ids and f"{slug}+gemma-style" not in ids

    def ask(model: str) -> str:
        r = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": QUESTION}],
            temperature=0,
            max_tokens=16,
        )
        return r.choices[0].message.content or ""

    bare, adapted = ask(slug), ask(f"{slug}+style")
    assert adapted != bare
    assert ask(f"{slug}+style@0") == bare  # scale 0: the bare model
    for model, why in (
        (f"{slug}+nope", "No adapter named 'nope'"),
        (f"{slug}+gemma-style", "made for a gemma3 model"),
        (f"{slug}+style@x", "must be a number"),
    ):
        with pytest.raises(openai.BadRequestError, match=why):
            ask(model)
    completion = client.completions.create(
        model=f"{slug}+style", prompt="Once upon a time", max_tokens=8, temperature=0
    )
    assert completion.choices[0].text


@pytest.mark.slow
def test_the_command_line_lists_and_uses_adapters(core: Core, tmp_path: Path) -> None:
    env_home = {"ASSISTANT_HOME": str(core.paths.data.parent)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        import os

        return subprocess.run(
            [sys.executable, "-m", "assistant", *args],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, **env_home},
        )

    listed = cli("models", "list")
    assert listed.returncode == 0, listed.stderr
    assert "LoRA adapters" in listed.stdout and "style" in listed.stdout
    refused = cli("ask", "--adapter", "nope", "Hello")
    assert refused.returncode != 0 and "No adapter named 'nope'" in refused.stderr
    answered = cli("ask", "--adapter", "style@0.5", "--temperature", "0", "--max-tokens", "8", "Hi")
    assert answered.returncode == 0, answered.stderr
    assert answered.stdout.strip()
    setting = cli("models", "set", core.library.installed()[0].name, "adapters=nope")
    assert setting.returncode != 0 and "No adapter named 'nope'" in setting.stderr
    assert json.loads(json.dumps(core.settings.models)) == {}  # nothing changed


def test_an_adapter_downloaded_from_the_hub_is_listed_as_one(
    fake_hub: FakeHub, starter: Path, tmp_path: Path
) -> None:
    repo = "someone/SmolLM2-legal-LoRA-GGUF"
    fake_hub.add(repo, "smollm2-legal-lora-f32.gguf", write_lora(tmp_path / "a.gguf", starter))
    models = tmp_path / "models"
    downloads = DownloadManager(models, Hub(endpoint=fake_hub.url))
    try:
        job = downloads.add(repo, Hub(endpoint=fake_hub.url).files(repo)[0])
        downloads.wait(job.id)
    finally:
        downloads.close()
    library = ModelLibrary(models)
    assert [m.name for m in library.installed("adapter")] == ["smollm2-legal-lora-f32"]
    assert [m.builtin for m in library.installed()] == [True]  # not a model to chat with
    adapters = AdapterLibrary(library)
    assert adapters.files(parse("smollm2-legal-lora-f32@0.5"), starter)[0][1] == 0.5
