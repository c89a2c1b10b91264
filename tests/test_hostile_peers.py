"""A remote model server that misbehaves (endless answers, endless lines, silence, a huge
body) is cut off with a clear message; our memory stays bounded and the app goes on."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.engine.backend import SamplingParams
from assistant.engine.peer_limits import MAX_LINE_BYTES, MAX_RESPONSE_BYTES
from assistant.engine.remote import RemoteBackend
from assistant.ground.errors import UserError
from assistant.ground.settings import RemoteServer

QUESTION = [{"role": "user", "content": "hi"}]


class HostileHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # the body ends when the connection closes

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        if self.server.mode == "huge-models":  # type: ignore[attr-defined]
            self._write(b'{"object": "list", "data": [{"id": "m", "pad": "')
            self._endless(b"z" * 65536)
            return
        self._write(
            json.dumps({"object": "list", "data": [{"id": "m", "object": "model"}]}).encode()
        )

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        mode = self.server.mode  # type: ignore[attr-defined]
        if mode == "endless":
            event = {
                "id": "1",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": "m",
                "choices": [{"index": 0, "delta": {"content": "x"}, "finish_reason": None}],
            }
            self._endless(f"data: {json.dumps(event)}\n\n".encode())
        elif mode == "long-line":
            self._write(b"data: ")
            self._endless(b"w" * 65536)
        elif mode == "silent":
            time.sleep(30)

    def _write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            self.wfile.flush()
            return True
        except OSError:  # the client hung up: what we want
            return False

    def _endless(self, piece: bytes) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and self._write(piece):
            pass


@pytest.fixture
def peer() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), HostileHandler)
    server.daemon_threads = True
    server.mode = "endless"  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def backend(peer: ThreadingHTTPServer, timeout: float = 60.0) -> RemoteBackend:
    url = f"http://127.0.0.1:{peer.server_address[1]}/v1"
    return RemoteBackend(RemoteServer("peer", url), timeout=timeout)


def ask(b: RemoteBackend, max_tokens: int = 32) -> None:
    for _ in b.stream(QUESTION, SamplingParams(max_tokens=max_tokens)):  # type: ignore[arg-type]
        pass


def test_endless_answer_is_cut_off_at_the_length_limit(peer: ThreadingHTTPServer) -> None:
    b = backend(peer)
    started = time.monotonic()
    with pytest.raises(UserError, match="kept sending after the answer's length limit"):
        ask(b)
    assert time.monotonic() - started < 10
    b.close()


def test_line_that_never_ends_is_cut_off(peer: ThreadingHTTPServer) -> None:
    peer.mode = "long-line"  # type: ignore[attr-defined]
    b = backend(peer)
    with pytest.raises(UserError, match=f"a line longer than {MAX_LINE_BYTES // 2**20} MiB"):
        ask(b)
    b.close()


def test_huge_body_is_cut_off(peer: ThreadingHTTPServer) -> None:
    peer.mode = "huge-models"  # type: ignore[attr-defined]
    b = backend(peer)
    with pytest.raises(UserError, match=f"more than {MAX_RESPONSE_BYTES // 2**20} MiB"):
        b.load()
    b.close()


def test_silent_server_times_out(peer: ThreadingHTTPServer) -> None:
    peer.mode = "silent"  # type: ignore[attr-defined]
    b = backend(peer, timeout=1.0)
    started = time.monotonic()
    with pytest.raises(UserError, match=r"did not answer in time|broke off"):
        ask(b)
    assert time.monotonic() - started < 10
    b.close()
