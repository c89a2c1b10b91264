"""Chat templates run in a sandbox."""

import time
from pathlib import Path

import pytest

from assistant.engine.template import ChatTemplate
from assistant.ground.errors import UserError
from tests.fixtures.gguf_files import MALICIOUS_TEMPLATE

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def test_renders_chatml() -> None:
    out = ChatTemplate(CHATML).render([{"role": "user", "content": "hi"}])
    assert out == "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"


def test_malicious_template_is_stopped() -> None:
    marker = Path("/tmp/pwned-by-template")
    marker.unlink(missing_ok=True)
    with pytest.raises(UserError, match="unsafe"):
        ChatTemplate(MALICIOUS_TEMPLATE).render([{"role": "user", "content": "hi"}])
    assert not marker.exists()


def test_raise_exception_becomes_user_error() -> None:
    t = ChatTemplate("{{ raise_exception('System role not supported') }}")
    with pytest.raises(UserError, match="System role not supported"):
        t.render([{"role": "system", "content": "x"}])


def test_syntax_error_is_user_error() -> None:
    with pytest.raises(UserError, match="broken"):
        ChatTemplate("{% for %}")


def test_hostile_templates_are_refused_within_the_time_budget() -> None:
    from assistant.engine.template import TemplateRefused
    from assistant.engine.template_limits import RENDER_SECONDS
    from tests.test_hostile_models import HOSTILE_TEMPLATES

    for name, source in HOSTILE_TEMPLATES.items():
        started = time.monotonic()
        with pytest.raises(TemplateRefused, match="too large or too slow"):
            ChatTemplate(source, name=f"{name}.gguf").render([{"role": "user", "content": "hi"}])
        assert time.monotonic() - started < RENDER_SECONDS + 1, name


def test_long_conversations_still_render() -> None:
    """The budget grows with the conversation: a pasted 20 MB document is not "hostile"."""
    document = "lorem ipsum " * 1_700_000
    gemma = (Path(__file__).parent / "fixtures" / "gemma3_chat_template.jinja").read_text()
    for source in (CHATML, gemma):
        messages = [{"role": "user", "content": document}] + [
            {"role": r, "content": f"turn {i}"}  # type: ignore[misc]
            for i, r in enumerate(["assistant", "user"] * 500)
        ]
        out = ChatTemplate(source, bos_token="<bos>").render(messages)  # type: ignore[arg-type]
        assert document.strip() in out and "turn 999" in out


def test_legitimate_jinja_features_still_work() -> None:
    source = (
        "{% set ns = namespace(n=0) %}{% for m in messages %}{% set ns.n = ns.n + 1 %}"
        "{{ '%-6s|' % m.role }}{{ '{:>3}'.format(loop.index) }} {{ m.content|trim|center(9) }}"
        "{{ ([m.content] * 2)|join('/') }}\n{% endfor %}{{ ns.n * 1000 }}{{ 2 ** 10 }}"
    )
    out = ChatTemplate(source).render([{"role": "user", "content": " hi "}])
    assert out == "user  |  1     hi    hi / hi \n10001024"
