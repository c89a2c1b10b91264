"""Presets: files, validation, rendering, and constrained answers on the real model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.engine.backend import ChatMessage, SamplingParams
from assistant.engine.host import EngineHost
from assistant.presets import PresetLibrary
from assistant.presets.preset import Preset, PresetError, check_output, labels_grammar

SHIPPED = {
    "chat",
    "summarize",
    "key-points",
    "translate",
    "rewrite",
    "proofread",
    "sentiment",
    "classify",
    "extract",
    "explain-code",
    "write-code",
    "answer-from-text",
}

SAMPLE_INPUTS = {
    "chat": "What is a good name for a cat?",
    "summarize": "The town council met on Monday. It approved a new park and a bike lane. "
    "Work starts in June and ends in October.",
    "key-points": "Our shop opens at 9. We sell bread, cakes and coffee. Parking is free.",
    "translate": "Good morning, how are you?",
    "rewrite": "Send me the report now.",
    "proofread": "Their going too the store tomorow.",
    "sentiment": "This is the best day ever!",
    "classify": "Why is my invoice higher this month?",
    "extract": "Invoice from Acme Ltd, dated 3 May 2024, total 120 EUR.",
    "explain-code": "def add(a, b):\n    return a + b",
    "write-code": "Reverse a string.",
    "answer-from-text": "Mount Everest is 8,849 metres high and lies in the Himalayas.",
}

REVIEWS = [
    "I love this phone, the battery lasts forever.",
    "Terrible service, I will never come back.",
    "The package arrived on Tuesday.",
    "Absolutely wonderful experience!",
    "It broke after a day.",
    "The meeting is at 3 pm.",
    "Best pizza in town, highly recommended.",
    "Rude staff and cold food.",
    "The store sells shoes and hats.",
    "I'm so happy with my new bike!",
    "Worst movie I have seen.",
    "The train leaves from platform 2.",
    "Great value for money.",
    "The room was dirty and loud.",
    "Water boils at 100 degrees.",
    "Fantastic support team, thank you!",
    "I want a refund, awful.",
    "The museum opens at ten.",
    "This book made me smile.",
    "The app keeps crashing, useless.",
    "My order number is 4411.",
    "Delicious coffee and friendly people.",
    "Never buying this again.",
    "The sky is grey today.",
    "Superb quality, works perfectly.",
    "Disappointing and overpriced.",
    "The report has twelve pages.",
    "Lovely hotel with a great view.",
    "It smells bad and leaks.",
    "The bus was on time.",
    "Amazing concert last night!",
    "Horrible customer care.",
    "Tomatoes are red.",
    "Really pleased with the repair.",
    "The worst purchase of my life.",
    "There are seven days in a week.",
    "Brilliant idea, well done!",
    "Slow, buggy and expensive.",
    "The office is on the third floor.",
    "Thank you, this helped a lot!",
    "Broken on arrival.",
    "He walked to the station.",
    "I adore this little cafe.",
    "Awful noise all night.",
    "The file is attached.",
    "Excellent teacher, very clear.",
    "The food made me sick.",
    "The shop closes at six.",
    "So comfortable, I wear them daily!",
    "Missing parts, bad packing.",
]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> PresetLibrary:
    return PresetLibrary(tmp_path_factory.mktemp("user-presets"))


def test_all_shipped_presets_load(library: PresetLibrary) -> None:
    assert {p.id for p in library.all()} == SHIPPED
    assert library.problems == []


@pytest.mark.parametrize("preset_id", sorted(SHIPPED))
def test_every_preset_renders_and_runs(
    library: PresetLibrary, engine: EngineHost, preset_id: str
) -> None:
    preset = library.get(preset_id)
    rendered = preset.render(SAMPLE_INPUTS[preset_id], overrides={"max_tokens": 48})
    assert SAMPLE_INPUTS[preset_id] in rendered.messages[-1]["content"]
    assert "{" not in rendered.messages[0]["content"].replace("{{", "")
    done = engine.complete(rendered.messages, rendered.params)
    assert done.text.strip()
    if rendered.labels or rendered.schema:
        assert check_output(done.text, rendered).valid, done.text


def test_sentiment_is_always_one_label(library: PresetLibrary, engine: EngineHost) -> None:
    preset = library.get("sentiment")
    answers = []
    for text in REVIEWS:
        rendered = preset.render(text)
        answers.append(engine.complete(rendered.messages, rendered.params).text)
    assert len(answers) == 50
    assert all(a in ("positive", "negative", "neutral") for a in answers), answers
    assert len(set(answers)) >= 2  # it is judging, not repeating one word


def test_classify_with_user_labels_is_always_one_label(
    library: PresetLibrary, engine: EngineHost
) -> None:
    preset = library.get("classify")
    labels = "billing, delivery, product quality, other"
    for text in REVIEWS:
        rendered = preset.render(text, {"labels": labels})
        answer = engine.complete(rendered.messages, rendered.params).text
        assert answer in [x.strip() for x in labels.split(",")], answer


def test_extract_gives_valid_json_every_time(library: PresetLibrary, engine: EngineHost) -> None:
    preset = library.get("extract")
    for i, text in enumerate(REVIEWS):
        rendered = preset.render(
            f"{text} (ticket {i}, by Sam)",
            {"fields": "ticket, person"},
            overrides={"max_tokens": 64},
        )
        answer = engine.complete(rendered.messages, rendered.params).text
        checked = check_output(answer, rendered)
        assert checked.valid, (answer, checked.problem)
        assert set(checked.value) == {"ticket", "person"}


def test_extract_with_a_schema(engine: EngineHost) -> None:
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "population": {"type": "integer"}},
        "required": ["city", "population"],
    }
    preset = Preset.from_dict(
        {
            "id": "city",
            "name": "City",
            "system_prompt": "Extract the city and its population.",
            "sampling": {"temperature": 0.0, "max_tokens": 48},
            "output": {"json_schema": schema},
        },
        "city.toml",
    )
    rendered = preset.render("Paris has about 2100000 inhabitants.")
    checked = check_output(engine.complete(rendered.messages, rendered.params).text, rendered)
    assert checked.valid and isinstance(checked.value["population"], int)


def test_schema_strings_hold_no_raw_control_characters(engine: EngineHost) -> None:
    # Hot sampling finds whatever the grammar allows; a raw newline inside a string
    # once made the API server return JSON that did not parse.
    schema = json.dumps({"type": "object", "properties": {"name": {"type": "string"}}})
    messages: list[ChatMessage] = [
        {"role": "user", "content": "Write a poem with many short lines about the sea."}
    ]
    for seed in range(20):  # before the fix, 7 of the first 30 seeds broke out of JSON
        params = SamplingParams(
            temperature=1.8,
            top_k=100,
            top_p=1.0,
            min_p=0.0,
            max_tokens=40,
            seed=seed,
            json_schema=schema,
        )
        done = engine.complete(messages, params)
        assert not any(ord(c) < 0x20 for c in done.text), repr(done.text)
        if done.finish_reason == "stop":
            assert isinstance(json.loads(done.text), dict)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('id = "x"\nname = "X"\ncolour = "red"\n', "'colour' is not a preset field"),
        ('id = "x"\nname = 3\n', "'name' is required and must be text"),
        ('id = "x"\nname = "X"\ninput_template = "{text} {tone}"\n', "{tone}, which has no value"),
        ('id = "x"\nname = "X"\n[sampling]\ntemperature = "hot"\n', "'sampling.temperature'"),
        ('id = "x"\nname = "X"\n[sampling]\nwarmth = 1\n', "not a sampling parameter"),
        (
            'id = "x"\nname = "X"\n[output]\njson_schema = "{\\"type\\": 12}"\n',
            "not a valid JSON schema",
        ),
        ('id = "x"\nname = "X"\n[output]\njson_schema = "{nope"\n', "is not valid JSON"),
        ('id = "x"\nname = "X"\n[output]\nlabels = []\n', "non-empty list"),
        ("id = [broken\n", "not valid TOML"),
        ('id = "Bad Id!"\nname = "X"\n', "lowercase"),
    ],
)
def test_broken_user_presets_are_reported_and_skipped(
    tmp_path: Path, content: str, message: str
) -> None:
    (tmp_path / "mine.toml").write_text(content)
    lib = PresetLibrary(tmp_path)
    assert len(lib.problems) == 1
    assert lib.problems[0].startswith("mine.toml") and message in lib.problems[0]
    assert {p.id for p in lib.all()} == SHIPPED  # the app goes on with the rest


def test_user_copy_overrides_shipped_and_round_trips(tmp_path: Path) -> None:
    lib = PresetLibrary(tmp_path)
    p = lib.get("translate")
    p.variables["target_language"] = "Spanish"
    path = lib.save(p)
    assert path.parent == tmp_path
    again = PresetLibrary(tmp_path).get("translate")
    assert not again.shipped and again.variables["target_language"] == "Spanish"
    lib.copy("my-extract", "extract")
    mine = PresetLibrary(tmp_path).get("my-extract")
    assert mine.output == lib.get("extract").output
    with pytest.raises(PresetError, match="already exists"):
        lib.copy("my-extract", "chat")


def test_render_errors(library: PresetLibrary) -> None:
    with pytest.raises(PresetError, match="no variable"):
        library.get("translate").render("hi", {"colour": "red"})
    with pytest.raises(PresetError, match="needs a value"):
        library.get("translate").render("hi", {"target_language": " "})
    with pytest.raises(PresetError, match="No preset"):
        library.get("nope")


def test_output_checks() -> None:
    rendered = PresetLibrary(Path("/nonexistent")).get("sentiment").render("x")
    assert check_output(" positive\n", rendered).valid
    assert not check_output("Positive!", rendered).valid
    assert labels_grammar(["a b", 'say "hi"']) == 'root ::= "a b" | "say \\"hi\\""\n'
    ext = PresetLibrary(Path("/nonexistent")).get("extract").render("x", {"fields": "a, b"})
    assert check_output(json.dumps({"a": "1", "b": None}), ext).valid
    assert not check_output('{"a": 1}', ext).valid
    assert not check_output("not json", ext).valid
