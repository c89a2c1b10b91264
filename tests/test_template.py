"""Chat templates run in a sandbox."""

from pathlib import Path

import pytest

from assistant.engine.template import ChatTemplate
from assistant.errors import UserError
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
