"""Voice, side by side in one run (whisper tiny.en, the built-in voice, the starter
model, 2 threads):

- Recognition speed: bench/speech.py's comparison (the app's speech child against
  faster-whisper's own transcribe, same audio and model) on a 10-minute talk.
- Synthesis: the speech child's path for `assistant speak` and /v1/audio/speech
  (espeak-ng's phonemes of the text, then the voice through sherpa-onnx sentence by
  sentence) against sherpa-onnx's own generate given the same phonemes (made before its
  clock starts) in one process, same voice, text and threads. sherpa-onnx's CLI
  (sherpa-onnx-offline-tts, from the sherpa-onnx-bin wheel of the same version, fetched
  from PyPI into the cache on first run) is shown too: sherpa-onnx 2 has no espeak-ng,
  so it reads words' phonemes from a lexicon and its speech differs (shorter, words run
  together).
- Voice mode's round trip, from the last sample of a spoken question (a real-time
  virtual microphone: tests/fixtures/audio.py) to the first sound of the answer, and its
  parts: end-of-speech detection with what was left of recognition, the model's first
  sentence, the voice's first audio (target <= 1.5 s).
- Word error rate: whisper tiny.en on espeak-ng's speech of known sentences (target
  <= 15%), and the app's own voice written back by the app (target <= 10%).

Run: .venv/bin/python bench/voice.py [--rounds 8] [--minutes 10]
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import wave
import zipfile
from pathlib import Path
from typing import Any

import jiwer
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine.backend import LoadOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.models.starter import starter_model_path
from assistant.speech.models import speech_model
from assistant.speech.speakable import Follower
from assistant.speech.transcriber import Transcriber
from assistant.speech.voice_mode import VoiceSession
from assistant.speech.voices import prepare, voice_file
from tests.fixtures.audio import RATE, Microphone, read_samples, sound_device, speak, utterances

SENTENCES = [
    "The quarterly meeting starts at nine and the budget report is due on Friday.",
    "After lunch we will visit the new factory in the harbour with the engineers.",
    "Please send the minutes to everyone who could not join us today.",
    "The train to the airport leaves from the second platform every half hour.",
    "She bought fresh bread, a bottle of milk and some apples at the market.",
    "Remember to water the plants and close the windows before you leave.",
    "The library will stay open late during the exam weeks this winter.",
    "Our team finished the project early because everyone worked together.",
]
QUESTIONS = [
    "What is the capital of France?",
    "Name three colours of the rainbow.",
    "How many days are there in a week?",
    "What do bees make?",
    "Why is the sky blue?",
    "What is the largest ocean on Earth?",
]
CACHE = Path.home() / ".cache" / "offline-assistant" / "bench-tools"


def trailing_quiet(wav: Path) -> float:
    """Seconds of quiet at the end of a spoken question (espeak-ng leaves some): the
    clock starts at the last sound of the voice, not of the file."""
    samples = read_samples(wav).astype(np.float64)
    frame = RATE // 100
    n = len(samples) // frame
    levels = np.sqrt(np.mean(samples[: n * frame].reshape(n, frame) ** 2, axis=1))
    loud = np.flatnonzero(levels > 300)
    return (n - 1 - loud[-1]) / 100 if len(loud) else 0.0


def words(text: str) -> str:
    return " ".join(re.findall(r"[a-z']+", text.lower()))


# -- synthesis ------------------------------------------------------------------------------

SYNTH = """
import json, sys, time
from assistant.speech.phonemes import phonemize
from assistant.speech.saying import SENTENCE_PAUSE, Saying
saying = Saying(json.loads(sys.argv[1]))
t = time.perf_counter()
samples = len(saying.pcm(sys.argv[2]))
spent = time.perf_counter() - t
# Seconds of speech: the pauses put between sentences are not the voice's work.
pauses = (len(phonemize(sys.argv[2], saying.voice.espeak_voice)) - 1) * SENTENCE_PAUSE
print(json.dumps({"generation": spent, "audio": samples / saying.rate - pauses}))
"""


ENGINE = """
import json, sys, time
import sherpa_onnx
from assistant.speech.phonemes import phonemize
folder, text = sys.argv[1], sys.argv[2]
# The same phonemes, made before the clock starts: only the engine's own work is timed.
phonemes = phonemize(text, "en-us")
tts = sherpa_onnx.OfflineTts(sherpa_onnx.OfflineTtsConfig(
    model=sherpa_onnx.OfflineTtsModelConfig(
        vits=sherpa_onnx.OfflineTtsVitsModelConfig(
            model=folder + "/model.onnx", tokens=folder + "/tokens.txt"),
        num_threads=2),
    max_num_sentences=1))
config = sherpa_onnx.GenerationConfig()
config.sid, config.speed = 0, 1.0
config.phoneme_codepoints = [[ord(c) for c in p] for p in phonemes]
t = time.perf_counter()
audio = tts.generate(" ".join(phonemes), config)
spent = time.perf_counter() - t
print(json.dumps({"generation": spent, "audio": len(audio.samples) / audio.sample_rate}))
"""


def sherpa_cli() -> Path:
    """sherpa-onnx-offline-tts of the installed sherpa-onnx's version."""
    from importlib.metadata import version

    v = version("sherpa-onnx")
    binary = CACHE / f"sherpa-onnx-bin-{v}" / "sherpa-onnx-offline-tts"
    if not binary.exists():
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp,
                 f"sherpa-onnx-bin=={v}"], check=True,
            )  # fmt: skip
            wheel = next(Path(tmp).glob("*.whl"))
            with zipfile.ZipFile(wheel) as z:
                name = next(n for n in z.namelist() if n.endswith("/bin/sherpa-onnx-offline-tts"))
                binary.parent.mkdir(parents=True, exist_ok=True)
                binary.write_bytes(z.read(name))
        binary.chmod(0o755)
    return binary


def lexicon(text: str, tokens: Path, out: Path) -> None:
    """Each word of ``text`` with espeak-ng's phonemes, as the CLI reads them."""
    known = {line.rsplit(" ", 1)[0] for line in tokens.read_text(encoding="utf-8").splitlines()}
    lines = []
    for word in sorted(set(words(text).split())):
        ipa = subprocess.run(
            ["espeak-ng", "-q", "--ipa", "-v", "en-us", word],
            capture_output=True, text=True, check=True,
            env={**os.environ, "PULSE_SERVER": "/nonexistent"},
        ).stdout.strip()  # fmt: skip
        lines.append(word + " " + " ".join(c for c in ipa if c in known))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def synthesis(tmp: Path, rounds: int) -> None:
    import sherpa_onnx  # type: ignore[import-untyped]

    text = " ".join(SENTENCES)
    cache = tmp / "voices"
    voice = prepare(voice_file(""), cache)
    lexicon(text, voice.folder / "tokens.txt", tmp / "lexicon.txt")
    cli = sherpa_cli()
    env = {**os.environ, "LD_LIBRARY_PATH": str(Path(sherpa_onnx.__file__).parent / "lib")}
    request = json.dumps({"voice": str(voice_file("")), "cache": str(cache), "threads": 2})
    ours: list[dict[str, float]] = []
    engine: list[dict[str, float]] = []
    theirs: list[dict[str, float]] = []
    for _ in range(rounds):  # in turns
        for runs, script, args in ((ours, SYNTH, request), (engine, ENGINE, str(voice.folder))):
            done = subprocess.run([sys.executable, "-c", script, args, text],
                                  capture_output=True, text=True, check=True)  # fmt: skip
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        done = subprocess.run(
            [str(cli), f"--vits-model={voice.folder / 'model.onnx'}",
             f"--vits-tokens={voice.folder / 'tokens.txt'}", f"--vits-lexicon={tmp / 'lexicon.txt'}",
             "--num-threads=2", f"--output-filename={tmp / 'cli.wav'}", text],
            capture_output=True, text=True, check=True, env=env,
        )  # fmt: skip
        m = re.search(
            r"Elapsed seconds: ([\d.]+).*?Audio duration: ([\d.]+)", done.stderr + done.stdout, re.S
        )
        assert m, done.stderr[-500:]
        theirs.append({"generation": float(m[1]), "audio": float(m[2])})

    def line(name: str, runs: list[dict[str, float]]) -> float:
        g = statistics.median(r["generation"] for r in runs)
        a = statistics.median(r["audio"] for r in runs)
        print(f"{name:44s} {g:.3f} s for the text, {a:.1f} s of speech, {g / a:.4f} s per speech s")
        return g

    print(
        f"\nsynthesis ({len(SENTENCES)} sentences, {rounds} rounds in turns, medians; first use after loading)"
    )
    og = line("app (espeak-ng + sherpa-onnx, by sentence)", ours)
    eg = line("sherpa-onnx's own generate, same phonemes", engine)
    line("sherpa-onnx-offline-tts (lexicon)", theirs)
    print(
        f"speed ratio (app / sherpa-onnx's own, the same text): {eg / og:.3f}x   (target >= 0.95x)"
    )
    print(
        "(the CLI reads words from a lexicon, without espeak-ng's sentence phonemes: its "
        "speech is not the same, so its figures are shown, not compared)"
    )


# -- word error rate ------------------------------------------------------------------------


def error_rates(tmp: Path) -> None:
    from assistant.speech.speaker import Speaker

    hear = Transcriber(speech_model(), threads=2)
    refs, espeak_heard, voice_heard = [], [], []
    speaker = Speaker("", tmp / "voices", None, 2)
    for i, sentence in enumerate(SENTENCES):
        refs.append(words(sentence))
        wav = speak(sentence, tmp / f"espeak{i}.wav")
        espeak_heard.append(words(hear.transcribe(wav).text))
        samples, rate = speaker.speak(sentence)
        said = tmp / f"voice{i}.wav"
        with wave.open(str(said), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(samples.tobytes())
        voice_heard.append(words(hear.transcribe(said).text))
    print(
        f"\nword error rate ({len(SENTENCES)} sentences, {sum(len(r.split()) for r in refs)} words)"
    )
    print(
        f"whisper tiny.en on espeak-ng's speech:        {jiwer.wer(refs, espeak_heard):.1%}   (target <= 15%)"
    )
    print(
        f"the app's voice written back by the app:      {jiwer.wer(refs, voice_heard):.1%}   (target <= 10%)"
    )


# -- voice mode's round trip ----------------------------------------------------------------


def round_trip(tmp: Path, rounds: int) -> None:
    wavs = [speak(q, tmp / f"q{i}.wav") for i, q in enumerate(QUESTIONS)]
    mic = Microphone(tmp, utterances([(wavs[0], 1.5)]))
    os.environ["HOME"] = str(sound_device(tmp / "home", mic.path, None))
    voice = VoiceSession(speech_model(), voice_file(""), tmp / "voices", threads=2)
    heard: queue.Queue[tuple[int, str]] = queue.Queue()
    marks: dict[int, dict[str, Any]] = {}

    def on(message: dict[str, Any]) -> None:
        now = time.perf_counter()
        if "heard" in message:
            marks[message["turn"]] = {**message, "t_heard": now}
            heard.put((message["turn"], message["heard"]))
        elif "speaking" in message:
            marks[message["speaking"]].update(t_sound=now, voice=message["voice"])
            voice.skip(message["speaking"])  # measured: no need to hear it all
        elif "spoken" in message:
            n = message["spoken"]
            if n >= rounds:
                voice.end()
            else:
                mic.say(utterances([(wavs[n % len(wavs)], 1.0)]))

    with EngineHost(LoadOptions(n_ctx=2048, n_threads=2, parallel=1)) as host:
        host.load(str(starter_model_path()))
        host.complete([{"role": "user", "content": "Hello"}], SamplingParams(max_tokens=4))
        talk = threading.Thread(target=voice.run, args=(on, threading.Event()), daemon=True)
        talk.start()
        params = SamplingParams(max_tokens=80, temperature=0.2, seed=0)
        while talk.is_alive():
            try:
                turn, text = heard.get(timeout=0.2)
            except queue.Empty:
                continue
            follower, answer = Follower(), ""
            for item in host.stream([{"role": "user", "content": text}], params):
                if isinstance(item, str):
                    answer += item
                    ready = follower.feed(answer)
                    if ready:
                        marks[turn].setdefault("t_sentence", time.perf_counter())
                        voice.say(turn, " ".join(ready))
            rest = follower.finish(answer)
            if rest:
                marks[turn].setdefault("t_sentence", time.perf_counter())
                voice.say(turn, " ".join(rest))
            voice.answered(turn)
        talk.join()
    mic.close()
    rows = []
    for turn, m in sorted(marks.items()):
        end = mic.ended[turn - 1] - trailing_quiet(wavs[(turn - 1) % len(wavs)])
        rows.append({
            "heard": m["t_heard"] - end, "after_end": m["after_end"],
            "sentence": m["t_sentence"] - m["t_heard"], "voice": m["voice"],
            "total": m["t_sound"] - end,
        })  # fmt: skip
    med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    worst = max(r["total"] for r in rows)
    print(
        f"\nvoice mode round trip ({len(rows)} spoken questions, medians; the clock starts at the question's last sample)"
    )
    print(
        f"end of speech detected and written down:    {med['heard']:.3f} s  (0.6 s of quiet; recognition left after it {med['after_end']:.3f} s)"
    )
    print(f"the model's first sentence:                 {med['sentence']:.3f} s")
    print(f"the voice's first audio:                    {med['voice']:.3f} s")
    print(
        f"round trip to the first sound:              {med['total']:.3f} s  (worst {worst:.3f} s; target <= 1.5 s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()
    from bench import speech

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        home = os.environ.get("HOME", "")
        round_trip(tmp, args.rounds)
        os.environ["HOME"] = home
        synthesis(tmp, args.rounds)
        error_rates(tmp)
    print()
    speech.main(args.minutes)


if __name__ == "__main__":
    main()
