"""/v1/embeddings in OpenAI's format, with the default embedding model
(all-MiniLM-L6-v2, made on first use: models/embedding.py) run in the engine child."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse, Response

from assistant.errors import UserError
from assistant.models.embedding import DEFAULT_NAME, default_embedding_model
from assistant.server import protocol

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.server.gate import EngineGate


async def embeddings_response(core: Core, gate: EngineGate, body: dict[str, Any]) -> Response:
    """Vectors for the request's texts, in the engine's turn like any other request."""
    texts = protocol.embedding_input(body)
    name = body.get("model") or DEFAULT_NAME
    if name not in (DEFAULT_NAME, "default"):
        raise protocol.ApiError(
            404,
            f"No embedding model named '{name}'. Available: {DEFAULT_NAME}.",
            "invalid_request_error",
            param="model",
            code="model_not_found",
        )
    data_dir, host = core.paths.data, core.engine

    def work() -> tuple[list[list[float]], int]:
        return host.embed(str(default_embedding_model(data_dir)), texts)

    try:
        vectors, tokens = await gate.call(work)
    except UserError as exc:
        raise protocol.ApiError(400, str(exc)) from None
    data = protocol.embedding_data(vectors, body.get("encoding_format", "float"))
    usage = {"prompt_tokens": tokens, "total_tokens": tokens}
    return JSONResponse({"object": "list", "data": data, "model": DEFAULT_NAME, "usage": usage})
