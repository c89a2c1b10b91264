"""Reading a request's JSON body within the size a client may send (413 beyond it)."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request

from assistant.server.protocol import MAX_BODY_BYTES, ApiError


async def json_body(request: Request) -> dict[str, Any]:
    """The body as a JSON object; ApiError 413 past MAX_BODY_BYTES, 400 for bad JSON."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _too_large()
    chunks, size = [], 0
    async for chunk in request.stream():  # a body without a length is counted as it comes
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _too_large()
        chunks.append(chunk)
    try:
        body = json.loads(b"".join(chunks))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ApiError(400, "The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    return body


def _too_large() -> ApiError:
    return ApiError(
        413,
        f"The request body is larger than {MAX_BODY_BYTES // 2**20} MiB.",
        code="request_too_large",
    )
