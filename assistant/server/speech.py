"""OpenAI's /v1/audio/speech: ``{"model", "input", "voice", "speed", "response_format"}``
said by the voice the settings name (speech/speaker.py, in the speech child). Any model
name is accepted (clients send ``tts-1``); OpenAI's voice names (alloy, echo...) and the
voice's own name all mean that voice: there is one here."""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING, Any

import anyio
from starlette.requests import Request
from starlette.responses import Response

from assistant.ground.errors import Cancelled, UserError
from assistant.server.bodies import json_body
from assistant.server.disconnect import while_connected
from assistant.server.protocol import ApiError
from assistant.speech.encode import FORMATS, encode

if TYPE_CHECKING:
    from assistant.app import Core

PATH = "/v1/audio/speech"


class Speech:
    """The speech route over one core."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self._one_at_a_time = asyncio.Semaphore(1)

    async def speech(self, request: Request) -> Response:
        body = await json_body(request)
        text = body.get("input")
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "'input' must be the text to say.", param="input")
        fmt = body.get("response_format") or "mp3"
        if fmt not in FORMATS:
            raise ApiError(
                400,
                f"'response_format' must be one of {', '.join(FORMATS)} here.",
                param="response_format",
            )
        speed = body.get("speed", self.core.settings.voice_speed)
        if not isinstance(speed, int | float) or isinstance(speed, bool):
            raise ApiError(400, "'speed' must be a number from 0.25 to 4.", param="speed")
        stop = threading.Event()
        async with self._one_at_a_time:
            try:
                spoken = await while_connected(
                    request, lambda: self._speak(text, float(speed), stop), on_gone=stop.set
                )
            except Cancelled:
                raise ApiError(499, "The client went away.") from None
            except UserError as exc:
                raise ApiError(400, str(exc)) from None
        if spoken is None:
            return Response(status_code=499)
        samples, rate = spoken
        data = await anyio.to_thread.run_sync(lambda: encode(samples, rate, str(fmt)))
        return Response(data, media_type=FORMATS[str(fmt)])

    async def _speak(self, text: str, speed: float, stop: threading.Event) -> Any:
        from assistant.services.transcripts import speaker

        engine = speaker(self.core)
        return await anyio.to_thread.run_sync(lambda: engine.speak(text, speed, stop))
