"""Voice mode in the speech child: listen until the person stops speaking, write down
what they said, speak the answer the app sends back sentence by sentence as it is
written, listen again. Speaking over the answer stops it (barge-in) and what they say
is the next utterance. Whisper, the voice, the microphone and the sound output stay
open the whole time: a turn costs no loading.

Out, one message per line: ``{"state": "listening" | "thinking" | "speaking"}``,
``{"heard": text, "turn": n, "recognition": s, "endpoint": s}``,
``{"speaking": n, "waited": s, "voice": s}`` (the first sound of answer n: how long the
first sentence took to arrive, and to be made into sound), ``{"barged": n}``,
``{"spoken": n}``, ``{"idle": true}`` (nobody spoke for a while: voice mode ends).
In, on stdin, each with the ``turn`` it belongs to: ``{"say": text}``, ``{"end": true}``
(the answer is complete), ``{"skip": true}`` (stop saying it); stdin closed: voice
mode ends.
"""

from __future__ import annotations

import json
import queue
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from assistant.speech.audio import SAMPLE_RATE
from assistant.speech.dictation import text_of
from assistant.speech.saying import SoundMaker, pieces
from assistant.speech.speakable import sentences
from assistant.speech.utterance import BLOCK_SECONDS, Utterance, level_of

QUIET_SECONDS = 0.6  # of quiet after speech: the turn is the assistant's
GUESS_SECONDS = 0.3  # of quiet after speech: start writing it down meanwhile
IDLE_SECONDS = 300.0  # of nobody speaking: voice mode ends itself
LONGEST_SECONDS = 60.0  # of one utterance
# The first second of each answer teaches how loud its echo is (loudspeakers: the
# microphone hears it, up to a second late through the sound system's buffers); it
# cannot be interrupted meanwhile.
ECHO_SECONDS = 1.0
ECHO_MARGIN = 2.0  # a voice this much louder than the echo interrupts
ECHO_LAG_BLOCKS = 10  # the echo follows the sound by up to a second


class Guess:
    """Writing down an utterance on a thread while voice mode waits to be sure it is
    over: if the person goes on, the guess is dropped; if not, the words are (nearly)
    ready when the quiet has lasted long enough."""

    _one_at_a_time = threading.Lock()

    def __init__(self, recognize: Callable[[np.ndarray], str], samples: np.ndarray) -> None:
        self.text, self.seconds = "", 0.0
        self._done = threading.Event()

        def run() -> None:
            with self._one_at_a_time:
                started = time.perf_counter()
                try:
                    self.text = recognize(samples)
                finally:
                    self.seconds = time.perf_counter() - started
                    self._done.set()

        threading.Thread(target=run, daemon=True).start()

    def result(self) -> str:
        self._done.wait()
        return self.text


class Commands:
    """The app's commands, read from stdin on a thread of their own."""

    def __init__(self) -> None:
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.closed = False
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in sys.stdin:
            try:
                command = json.loads(line)
            except ValueError:
                continue
            if isinstance(command, dict):
                self._queue.put(command)
        self._queue.put(None)

    def take(self, wait: float = 0.0) -> list[dict[str, Any]]:
        """The commands that came (waiting up to ``wait`` seconds for the first)."""
        got: list[dict[str, Any]] = []
        try:
            first = self._queue.get(timeout=wait) if wait else self._queue.get_nowait()
            while True:
                if first is None:
                    self.closed = True
                else:
                    got.append(first)
                first = self._queue.get_nowait()
        except queue.Empty:
            return got


def converse(request: dict[str, Any], send: Callable[..., None]) -> None:
    """Voice mode until stdin closes, the person is silent for long, or a device fails."""
    from assistant.speech.saying import Saying
    from assistant.speech.sound_io import Player, Recorder
    from assistant.speech.whisper import Whisper

    language = request.get("language") or None
    model = Whisper(Path(request["model"]), int(request.get("threads") or 0))
    model.check(language, "transcribe")
    saying = Saying(request)
    commands = Commands()
    quiet = float(request.get("quiet_seconds") or QUIET_SECONDS)
    turn = 0
    carry: Utterance | None = None

    def recognize(samples: np.ndarray) -> str:
        return text_of(model, samples, language)

    with Recorder(SAMPLE_RATE) as mic, Player(saying.rate) as player:
        while not commands.closed:
            send(state="listening")
            heard = _hear(mic, commands, carry or Utterance(quiet), recognize, send)
            if heard is None:
                return
            over = time.perf_counter()
            text = heard.result()
            carry = None
            if not text:
                continue  # a cough, a door: nothing to answer
            turn += 1
            # How long the words took, and how much of that came after the quiet that
            # ended the utterance (the rest was done while waiting for it).
            send(heard=text, turn=turn, endpoint=quiet, recognition=round(heard.seconds, 3),
                 after_end=round(time.perf_counter() - over, 3))  # fmt: skip
            send(state="thinking")
            carry = _answer(turn, mic, player, saying, commands, quiet, send)


def _hear(
    mic: Any, commands: Commands, said: Utterance, recognize: Callable[[np.ndarray], str],
    send: Callable[..., None],
) -> Guess | None:  # fmt: skip
    """The next utterance being written down, or None when voice mode ends."""
    block = int(SAMPLE_RATE * BLOCK_SECONDS)
    guess: Guess | None = None
    while not said.over:
        commands.take()  # what comes for a turn already over is dropped
        if commands.closed:
            return None
        said.add(mic.read(block))
        if said.quiet == 0.0:
            guess = None  # they go on (or have not begun)
        elif guess is None and said.quiet >= GUESS_SECONDS:
            guess = Guess(recognize, said.samples())
        if said.begun and len(said.blocks) * BLOCK_SECONDS >= LONGEST_SECONDS:
            break  # (the blocks kept: from just before the voice began)
        if not said.begun and said.seconds() >= IDLE_SECONDS:
            send(idle=True)
            return None
    return guess or Guess(recognize, said.samples())


def _answer(
    turn: int, mic: Any, player: Any, saying: Any, commands: Commands, quiet: float,
    send: Callable[..., None],
) -> Utterance | None:  # fmt: skip
    """Say answer ``turn`` as its sentences come; the person's voice over it when they
    interrupt (the start of their next utterance), else None."""
    maker = SoundMaker(saying)
    try:
        return _say(turn, mic, player, maker, saying.rate, commands, quiet, send)
    finally:
        maker.close()


def _say(
    turn: int, mic: Any, player: Any, maker: SoundMaker, rate: int, commands: Commands,
    quiet: float, send: Callable[..., None],
) -> Utterance | None:  # fmt: skip
    block = int(SAMPLE_RATE * BLOCK_SECONDS)
    out_block = int(rate * BLOCK_SECONDS)
    audio, at, ended = np.zeros(0, np.int16), 0, False
    asked, first_text = time.perf_counter(), 0.0
    barge = Utterance(quiet)
    echo, played, spoke = 0.0, deque([0.0], maxlen=ECHO_LAG_BLOCKS), 0.0
    while True:
        for command in commands.take():
            if command.get("turn") != turn:
                continue
            if isinstance(command.get("say"), str):
                for sentence in sentences(command["say"]):
                    for piece in pieces(sentence, first=not first_text):
                        maker.add(piece)
                    first_text = first_text or time.perf_counter()
            elif "end" in command:
                ended = True
            elif "skip" in command:
                player.cut()
                send(spoken=turn)
                return None
        if commands.closed:
            player.cut()
            return None
        if at < len(audio):
            chunk = audio[at : at + out_block]
            at += len(chunk)
            player.play(chunk)
            played.append(level_of(chunk))
            heard = mic.read(block)
            spoke += BLOCK_SECONDS
            loudest = max(played)
            if spoke <= ECHO_SECONDS:  # learn how much of its own voice comes back
                echo = max(echo, level_of(heard) / loudest) if loudest else echo
                continue
            barge.add(heard, louder_than=ECHO_MARGIN * echo * loudest)
            if barge.begun:
                player.cut()
                send(barged=turn)
                return barge
        elif (made := maker.take(0.02)) is not None:
            audio, at = made, 0
            if not spoke:
                send(speaking=turn, waited=round(first_text - asked, 3),
                     voice=round(time.perf_counter() - first_text, 3))  # fmt: skip
                send(state="speaking")
        elif ended and maker.pending == 0:
            send(spoken=turn)
            return None
