"""Text to phonemes with espeak-ng, run as a program of its own (GPL-3.0: never linked
into the app), one line of IPA per sentence, as Piper voices were trained on."""

from __future__ import annotations

import os
import shutil
import subprocess

from assistant.ground.errors import UserError

MAX_CHARS = 20_000  # of one request; longer text is spoken in parts by the caller
TIMEOUT = 60.0


def phonemize(text: str, voice: str) -> list[str]:
    """Each sentence of ``text`` in IPA (espeak-ng's voice ``voice``, e.g. "en-us")."""
    program = shutil.which("espeak-ng")
    if program is None:
        raise UserError(
            "Speaking needs espeak-ng, a separate program that turns text into phonemes: "
            "install it (Debian and Ubuntu: sudo apt install espeak-ng; macOS: brew "
            "install espeak-ng)."
        )
    if len(text) > MAX_CHARS:
        raise UserError(f"The text is longer than {MAX_CHARS:,} characters; speak it in parts.")
    try:
        done = subprocess.run(
            [program, "-q", "--ipa", "-v", voice, "--stdin"],
            input=text,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
            # It only writes phonemes, never plays; left alone, its sound library still
            # connects to PulseAudio and leaves a file in the person's ~/.config.
            env={**os.environ, "PULSE_SERVER": "/nonexistent"},
        )
    except subprocess.TimeoutExpired:
        raise UserError("espeak-ng did not answer in time.") from None
    if done.returncode != 0:
        raise UserError(f"espeak-ng failed: {done.stderr.strip()[:200] or done.returncode}")
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]
