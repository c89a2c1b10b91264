"""Hostile model files: templates and metadata built to exhaust memory or hang the engine.

Each is written into a copy of the real starter GGUF (or built with struct) and loaded
into an engine child that already has the starter loaded: the load must end within 5 s
with a clear message naming the file, the child's peak memory must stay under its
ceiling, and the next question must be answered by the previous model."""

from __future__ import annotations

import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine.backend import LoadOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.ground.errors import Cancelled, UserError
from tests.conftest import TEST_CTX
from tests.fixtures.gguf_files import edited_copy

pytestmark = pytest.mark.slow

HOSTILE_TEMPLATES = {
    "string-times": "{{ 'x' * 10**10 }}",
    "list-times": "{{ ([1, 2, 3] * 10**9)|length }}",
    "power": "{{ 9 ** (9 ** 9) }}",
    "join": "{% set s = 'x' * 1000000 %}{{ ([s] * 100000)|join(',') }}",
    "format-width": "{{ '{:>1000000000}'.format(1) }}",
    "percent-width": "{{ '%1000000000d' % 1 }}",
    "center": "{{ 'x'|center(10**9) }}",
    "nested-loops": (
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    ),
    "doubling": (
        "{% set ns = namespace(s='xxxxxxxx') %}{% for i in range(64) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}"
    ),
    "captured-output": (
        "{% set x %}{% for i in range(99999) %}{{ 'y' * 99999 }}{% endfor %}{% endset %}{{ x }}"
    ),
    "recursive-macro": "{% macro f(n) %}{{ f(n + 1) }}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "deep-nesting": "{% if true %}" * 3000 + "x" + "{% endif %}" * 3000,
}


def peak_bytes(pid: int) -> int:
    """The engine child's peak resident memory (VmHWM), from the kernel."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


@pytest.fixture(scope="module")
def host(starter: Path) -> Iterator[EngineHost]:
    h = EngineHost(LoadOptions(n_ctx=TEST_CTX))
    h.load(str(starter))
    yield h
    h.close()


def assert_previous_model_answers(host: EngineHost, starter: Path) -> None:
    assert host.facts is not None and host.facts.path == str(starter)
    done = host.complete([{"role": "user", "content": "Say hi."}], SamplingParams(max_tokens=8))
    assert done.completion_tokens > 0


@pytest.mark.parametrize("name", sorted(HOSTILE_TEMPLATES))
def test_hostile_template_is_refused_quickly(
    host: EngineHost, starter: Path, tmp_path: Path, name: str
) -> None:
    bad = edited_copy(
        starter, tmp_path / f"{name}.gguf", "--chat-template", HOSTILE_TEMPLATES[name]
    )
    started = time.monotonic()
    with pytest.raises(UserError, match=rf"{name}\.gguf.*(too large or too slow|malicious)"):
        host.load(str(bad))
    assert time.monotonic() - started < 5
    assert host.pid is not None
    assert host.facts is not None and host.facts.memory_ceiling > 0
    assert peak_bytes(host.pid) < host.facts.memory_ceiling
    assert_previous_model_answers(host, starter)


def test_template_of_100_mb_is_refused_before_loading(
    host: EngineHost, starter: Path, tmp_path: Path
) -> None:
    template = tmp_path / "huge.jinja"
    template.write_text("{{ messages[0].content }}" + " " * 100_000_000)
    bad = edited_copy(
        starter, tmp_path / "huge-template.gguf", "--chat-template-file", str(template)
    )
    pid = host.pid
    started = time.monotonic()
    with pytest.raises(UserError, match=r"huge-template\.gguf .*chat template far too large"):
        host.load(str(bad))
    assert time.monotonic() - started < 5
    assert host.pid == pid  # refused from the header, the engine never saw it
    assert_previous_model_answers(host, starter)


def test_unsafe_template_is_refused_at_load(
    host: EngineHost, starter: Path, tmp_path: Path
) -> None:
    from tests.fixtures.gguf_files import MALICIOUS_TEMPLATE

    Path("/tmp/pwned-by-template").unlink(missing_ok=True)
    bad = edited_copy(starter, tmp_path / "evil.gguf", "--chat-template", MALICIOUS_TEMPLATE)
    with pytest.raises(UserError, match=r"evil\.gguf tried to do something unsafe"):
        host.load(str(bad))
    assert not Path("/tmp/pwned-by-template").exists()
    assert_previous_model_answers(host, starter)


def test_memory_ceiling_stops_a_runaway_allocation_in_the_process() -> None:
    """The ceiling is real: an allocation past it fails with MemoryError, not an OOM kill."""
    code = (
        "from assistant.engine.limits import apply_memory_ceiling\n"
        "ceiling = apply_memory_ceiling(200 * 2**20)\n"
        "assert ceiling > 0\n"
        "try:\n"
        "    block = bytearray(8 * 2**30)\n"
        "except MemoryError:\n"
        "    print('refused')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "refused", out.stderr


def test_model_load_can_be_cancelled_and_the_previous_model_stays(
    host: EngineHost, starter: Path, gemma: Path
) -> None:
    done = threading.Event()

    def keep_cancelling() -> None:
        while not done.is_set():
            host.cancel()
            time.sleep(0.001)

    canceller = threading.Thread(target=keep_cancelling)
    canceller.start()
    try:
        with pytest.raises(Cancelled):
            host.load(str(gemma))
    finally:
        done.set()
        canceller.join()
    assert_previous_model_answers(host, starter)


# -- metadata bombs: refused from the header, before llama.cpp reads the file ----------------


def _gguf(kvs: bytes, n_kv: int, n_tensors: int = 0, tail: bytes = b"") -> bytes:
    return b"GGUF" + struct.pack("<IQQ", 3, n_tensors, n_kv) + kvs + tail


def _key(name: str) -> bytes:
    return struct.pack("<Q", len(name)) + name.encode()


def _string_kv(name: str, value: str) -> bytes:
    return _key(name) + struct.pack("<I", 8) + struct.pack("<Q", len(value)) + value.encode()


def _u32_kv(name: str, value: int) -> bytes:
    return _key(name) + struct.pack("<II", 4, value)


METADATA_BOMBS = {
    # A string claiming a terabyte in a small file.
    "string-length": (_gguf(_key("general.name") + struct.pack("<IQ", 8, 1 << 40), 1), "damaged"),
    # An array of 2^50 uint32s.
    "array-length": (
        _gguf(_key("tokenizer.ggml.scores") + struct.pack("<IIQ", 9, 4, 1 << 50), 1),
        "damaged",
    ),
    # 2^60 metadata entries.
    "entry-count": (_gguf(b"", 1 << 60), "damaged"),
    "layers": (
        _gguf(_string_kv("general.architecture", "llama") + _u32_kv("llama.block_count", 10**6), 2),
        "block count 1,000,000",
    ),
    "embedding": (
        _gguf(
            _string_kv("general.architecture", "llama")
            + _u32_kv("llama.embedding_length", 1 << 30),
            2,
        ),
        "embedding length",
    ),
    "alignment-zero": (_gguf(_u32_kv("general.alignment", 0), 1), "damaged"),
}


@pytest.mark.parametrize("name", sorted(METADATA_BOMBS))
def test_metadata_bomb_is_refused(
    host: EngineHost, starter: Path, tmp_path: Path, name: str
) -> None:
    data, message = METADATA_BOMBS[name]
    path = tmp_path / f"{name}.gguf"
    path.write_bytes(data + b"\0" * 4096)
    with pytest.raises(UserError, match=message):
        host.load(str(path))
    assert_previous_model_answers(host, starter)


def test_tensor_pointing_past_the_end_is_refused(
    host: EngineHost, starter: Path, tmp_path: Path
) -> None:
    import numpy as np
    from gguf import GGUFWriter

    path = tmp_path / "past-end.gguf"
    writer = GGUFWriter(str(path), "llama")
    writer.add_block_count(1)
    writer.add_tensor("token_embd.weight", np.zeros((64, 64), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    data = bytearray(path.read_bytes())
    # The tensor's data offset is the last 8 bytes of its info, right before the padding.
    at = data.index(b"token_embd.weight") + len("token_embd.weight") + 4 + 16 + 4
    data[at : at + 8] = struct.pack("<Q", 1 << 40)
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match="incomplete"):
        host.load(str(path))
    assert_previous_model_answers(host, starter)


def test_ctrl_c_during_a_load_keeps_the_engine_in_step(
    host: EngineHost, starter: Path, gemma: Path
) -> None:
    """Ctrl+C (KeyboardInterrupt in the parent) while the child loads: the load stops and
    the engine answers the next request with whichever model it holds."""
    import signal

    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGALRM, interrupt)
    interrupted = False
    try:
        for delay in (0.02, 0.01, 0.005, 0.002, 0.001):
            signal.setitimer(signal.ITIMER_REAL, delay)
            try:
                host.load(str(gemma))
            except KeyboardInterrupt:
                interrupted = True
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            host.load(str(starter))  # the load won the race: start over, interrupt sooner
    finally:
        signal.signal(signal.SIGALRM, old)
    assert interrupted
    assert host.facts is not None and host.facts.path in (str(starter), str(gemma))
    done = host.complete([{"role": "user", "content": "Say hi."}], SamplingParams(max_tokens=8))
    assert done.completion_tokens > 0
    host.load(str(starter))


def test_memory_watch_ends_a_process_past_its_ceiling(tmp_path: Path) -> None:
    """The app-side ceiling (for systems that do not enforce RLIMIT_DATA): a real process
    that keeps allocating is ended once its resident memory passes the ceiling."""
    from assistant.engine.memory_watch import MemoryWatch

    hog = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time\nx = []\nwhile True:\n"
            "    x.append(bytearray(20 * 2**20))\n    time.sleep(0.02)\n",
        ]
    )
    watch = MemoryWatch(interval=0.02)
    try:
        watch.watch(hog.pid, 300 * 2**20)
        assert hog.wait(timeout=30) != 0
        assert watch.tripped(hog.pid)
    finally:
        watch.close()
        if hog.poll() is None:
            hog.kill()


def test_engine_over_its_memory_ceiling_is_a_clear_message(starter: Path) -> None:
    with EngineHost(LoadOptions(n_ctx=TEST_CTX)) as h:
        h.load(str(starter))
        assert h.pid is not None
        h._watch.watch(h.pid, 64 * 2**20)  # far below what the model holds
        with pytest.raises(UserError, match="used more memory than it should"):
            h.complete([{"role": "user", "content": "Say hi."}], SamplingParams(max_tokens=8))
        h._watch.watch(0, 0)
        done = h.complete([{"role": "user", "content": "Say hi."}], SamplingParams(max_tokens=8))
        assert done.completion_tokens > 0  # the next request started it again
