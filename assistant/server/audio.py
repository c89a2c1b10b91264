"""OpenAI's /v1/audio/transcriptions and /v1/audio/translations: a multipart upload
(``file``, ``model``, ``language``, ``response_format``) transcribed by the speech child
(speech/transcriber.py). Any model name is accepted (clients send ``whisper-1``); the
settings' speech model answers, one file at a time."""

from __future__ import annotations

import asyncio
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import anyio
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from assistant.ground.errors import Cancelled
from assistant.ground.private_files import private_dir
from assistant.server.disconnect import while_connected
from assistant.server.protocol import ApiError
from assistant.speech.transcript import Transcript

if TYPE_CHECKING:
    from assistant.app import Core

PATHS = ("/v1/audio/transcriptions", "/v1/audio/translations")
# OpenAI takes 25 MB; an hour of compressed audio is more. The file goes to disk, not RAM.
MAX_AUDIO_BYTES = 1024 * 2**20
RESPONSE_FORMATS = {"json", "text", "srt", "vtt", "verbose_json"}
_COPY = 2**20


class Audio:
    """The audio routes over one core."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self._one_at_a_time = asyncio.Semaphore(1)

    async def transcriptions(self, request: Request) -> Response:
        return await self._run(request, "transcribe")

    async def translations(self, request: Request) -> Response:
        return await self._run(request, "translate")

    async def _run(self, request: Request, task: str) -> Response:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_AUDIO_BYTES:
            raise _too_large()
        uploads = private_dir(self.core.paths.cache / "uploads")
        with tempfile.TemporaryDirectory(dir=uploads) as tmp:
            async with request.form(max_files=1, max_fields=32) as form:
                upload = form.get("file")
                if not isinstance(upload, UploadFile):
                    raise ApiError(
                        400, "Send the audio as the multipart field 'file'.", param="file"
                    )
                fmt = str(form.get("response_format") or "json")
                if fmt not in RESPONSE_FORMATS:
                    raise ApiError(
                        400,
                        f"'response_format' must be one of {', '.join(sorted(RESPONSE_FORMATS))}.",
                        param="response_format",
                    )
                language = str(form.get("language") or "") or None
                name = Path(upload.filename or "audio").name or "audio"
                path = Path(tmp) / name
                await _save(upload, path)
            transcript = await self._transcribe(request, path, language, task)
        if fmt == "verbose_json":
            return JSONResponse(transcript.verbose())
        if fmt == "json":
            return JSONResponse({"text": transcript.text})
        media = "text/vtt" if fmt == "vtt" else "text/plain"
        return PlainTextResponse(transcript.render(fmt), media_type=media)

    async def _transcribe(
        self, request: Request, path: Path, language: str | None, task: str
    ) -> Transcript:
        from assistant.services.transcripts import transcriber

        engine = transcriber(self.core)
        stop = threading.Event()
        async with self._one_at_a_time:

            async def run() -> Transcript:
                return await anyio.to_thread.run_sync(
                    lambda: engine.transcribe(path, language, task, cancelled=stop)
                )

            try:
                # A client that hangs up stops its transcription.
                result = await while_connected(request, run, on_gone=stop.set)
            except Cancelled:
                raise ApiError(499, "The client went away.") from None
        assert result is not None
        return result


async def _save(upload: UploadFile, path: Path) -> None:
    size = 0
    with path.open("wb") as out:
        while chunk := await upload.read(_COPY):
            size += len(chunk)
            if size > MAX_AUDIO_BYTES:
                raise _too_large()
            out.write(chunk)
    if size == 0:
        raise ApiError(400, "The uploaded file is empty.", param="file")


def _too_large() -> ApiError:
    return ApiError(
        413,
        f"The audio file is larger than {MAX_AUDIO_BYTES // 2**20} MiB.",
        code="request_too_large",
    )
