"""Caps on what a remote model server may send us (in the openai client's HTTP layer).

A server the user added may be broken or hostile: an answer that never ends, a body of
gigabytes, a "line" that never ends would otherwise grow our memory without bound. The
transport below counts bytes as they arrive and cuts the connection past the caps; the
client's read timeout covers a server that goes silent.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx2

MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # far beyond any answer of a chat model
MAX_LINE_BYTES = 4 * 1024 * 1024  # one SSE event holds one small delta


class PeerLimitExceeded(Exception):
    """The server sent more than any real answer holds; the connection was cut."""


class _CappedStream(httpx2.SyncByteStream):
    def __init__(self, inner: httpx2.SyncByteStream, max_bytes: int, max_line: int) -> None:
        self._inner, self._max_bytes, self._max_line = inner, max_bytes, max_line

    def __iter__(self) -> Iterator[bytes]:
        total = line = 0
        for chunk in self._inner:
            total += len(chunk)
            if total > self._max_bytes:
                raise PeerLimitExceeded(f"more than {self._max_bytes // 2**20} MiB")
            end = max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
            line = line + len(chunk) if end < 0 else len(chunk) - end - 1
            if line > self._max_line:
                raise PeerLimitExceeded(f"a line longer than {self._max_line // 2**20} MiB")
            yield chunk

    def close(self) -> None:
        self._inner.close()


class CappedTransport(httpx2.BaseTransport):
    """An HTTP transport whose response bodies stop at the caps."""

    def __init__(self, max_bytes: int = MAX_RESPONSE_BYTES, max_line: int = MAX_LINE_BYTES) -> None:
        self._inner = httpx2.HTTPTransport()
        self._max_bytes, self._max_line = max_bytes, max_line

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response = self._inner.handle_request(request)
        assert isinstance(response.stream, httpx2.SyncByteStream)
        # Lines matter in event streams; a JSON body is one line of any length up to the cap.
        events = response.headers.get("content-type", "").startswith("text/event-stream")
        max_line = self._max_line if events else self._max_bytes
        return httpx2.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_CappedStream(response.stream, self._max_bytes, max_line),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._inner.close()


def exceeded(exc: BaseException) -> PeerLimitExceeded | None:
    """The cap that ended a request, wherever in the exception chain the client put it."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, PeerLimitExceeded):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None
