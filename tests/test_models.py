"""Hub search, downloads and the local library against a local fake Hub (real HTTP)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine.backend import SamplingParams
from assistant.engine.host import EngineHost
from assistant.ground.errors import UserError
from assistant.models.downloads import DownloadEvent, DownloadManager, Job
from assistant.models.fit import Machine, fit
from assistant.models.hub import Hub, HubFile, safe_filename
from assistant.models.library import ModelLibrary, model_info
from assistant.models.quant import quant_of
from assistant.models.transfer import RetryPolicy, Transfer, _Redirects
from tests.conftest import tmpfs
from tests.fixtures.fake_hub import FakeHub

REPO = "test/SmolLM2-GGUF"
FAST = RetryPolicy(attempts=4, base_delay=0.05, stall_seconds=1.0, connect_timeout=2.0)


@pytest.fixture
def hub(fake_hub: FakeHub, starter: Path) -> FakeHub:
    fake_hub.add(REPO, "SmolLM2-135M-Instruct-Q4_1.gguf", starter, downloads=900, likes=3)
    fake_hub.add(REPO, "small-Q8_0.gguf", os.urandom(300_000))
    fake_hub.add(
        "other/Qwen-GGUF",
        "qwen-Q4_K_M.gguf",
        os.urandom(200_000),
        downloads=10,
        likes=50,
        last_modified="2026-06-01T00:00:00.000Z",
    )
    for i in range(1, 4):
        fake_hub.add("split/Big-GGUF", f"big-Q4_K_M-0000{i}-of-00003.gguf", os.urandom(100_000 + i))
    return fake_hub


def manager(
    tmp_path: Path, hub: FakeHub, events: list[DownloadEvent] | None = None
) -> DownloadManager:
    return DownloadManager(
        tmp_path / "models",
        Hub(endpoint=hub.url),
        on_event=events.append if events is not None else None,
        policy=FAST,
    )


def test_search_sorts(hub: FakeHub) -> None:
    h = Hub(endpoint=hub.url)
    assert next(r.repo_id for r in h.search("gguf")) == REPO
    assert next(r.repo_id for r in h.search("gguf", sort="likes")) == "other/Qwen-GGUF"
    assert next(r.repo_id for r in h.search("gguf", sort="recent")) == "other/Qwen-GGUF"
    assert h.search("nothing-like-this") == []


def test_files_with_sha_quant_and_splits(hub: FakeHub, starter: Path) -> None:
    h = Hub(endpoint=hub.url)
    files = {f.name: f for f in h.files(REPO)}
    smol = files["SmolLM2-135M-Instruct-Q4_1.gguf"]
    assert smol.quant == "Q4_1" and smol.size == starter.stat().st_size
    assert smol.sha256[0] == hub.sha256(REPO, smol.name)
    split = h.files("split/Big-GGUF")
    assert len(split) == 1 and len(split[0].parts) == 3
    assert split[0].size == sum(100_000 + i for i in range(1, 4)) and split[0].quant == "Q4_K_M"


def test_quant_names() -> None:
    assert quant_of("Qwen2.5-1.5B-Instruct-Q4_K_M.gguf") == "Q4_K_M"
    assert quant_of("model.IQ3_XXS.gguf") == "IQ3_XXS"
    assert quant_of("gemma-3-270m-q4_k_m.gguf") == "Q4_K_M"
    assert quant_of("x-f16.gguf") == "F16"
    assert quant_of("weird.gguf") == "?"


def test_download_then_the_engine_runs_it(hub: FakeHub, tmp_path: Path) -> None:
    events: list[DownloadEvent] = []
    m = manager(tmp_path, hub, events)
    target = next(f for f in Hub(endpoint=hub.url).files(REPO) if f.quant == "Q4_1")
    job = m.add(REPO, target)
    m.wait(job.id)
    path = tmp_path / "models" / target.name
    assert path.is_file() and not (tmp_path / "models" / ".downloads" / f"{job.id}.json").exists()
    assert events[-1].state == "done"
    progress = [e for e in events if e.state == "downloading"]
    assert progress and all(e.total == target.size for e in progress)
    assert [e.done for e in progress] == sorted(e.done for e in progress)
    m.close()
    host = EngineHost()
    try:
        host.load(str(path))
        done = host.complete([{"role": "user", "content": "Hi"}], SamplingParams(max_tokens=8))
        assert done.completion_tokens > 0
    finally:
        host.close()
    assert ModelLibrary(tmp_path / "models").resolve(target.name).path == path


@pytest.mark.parametrize(
    "faults",
    [["drop:100000"], ["status:500", "status:503"], ["stall:3"], ["drop:50000", "ignore_range"]],
)
def test_recovers_from_faults(hub: FakeHub, tmp_path: Path, faults: list[str]) -> None:
    hub.faults["small-Q8_0.gguf"] = list(faults)
    m = manager(tmp_path, hub)
    f = next(x for x in Hub(endpoint=hub.url).files(REPO) if x.quant == "Q8_0")
    job = m.add(REPO, f, start=False)
    assert m.run(job.id).state == "done"
    data = (tmp_path / "models" / "small-Q8_0.gguf").read_bytes()
    assert data == hub.repos[REPO].files["small-Q8_0.gguf"]
    assert hub.faults["small-Q8_0.gguf"] == []
    m.close()


def test_resume_uses_range_and_sends_only_missing_bytes(hub: FakeHub, tmp_path: Path) -> None:
    hub.faults["small-Q8_0.gguf"] = ["drop:120000"]
    m = manager(tmp_path, hub)
    f = next(x for x in Hub(endpoint=hub.url).files(REPO) if x.quant == "Q8_0")
    m.run(m.add(REPO, f, start=False).id)
    assert hub.bytes_served == 300_000  # 120,000 then the remaining 180,000
    m.close()


def test_gives_up_after_retries_and_keeps_part(hub: FakeHub, tmp_path: Path) -> None:
    hub.faults["small-Q8_0.gguf"] = ["drop:1000"] + ["status:500"] * 10
    m = manager(tmp_path, hub)
    f = next(x for x in Hub(endpoint=hub.url).files(REPO) if x.quant == "Q8_0")
    job = m.add(REPO, f, start=False)
    with pytest.raises(UserError, match="failed after"):
        m.run(job.id)
    assert m.load(job.id).state == "failed"
    assert m.part_path(job, job.files[0]).stat().st_size == 1000
    m.close()


def test_flipped_byte_is_refused_and_deleted(hub: FakeHub, tmp_path: Path) -> None:
    hub.faults["small-Q8_0.gguf"] = ["flip"]
    m = manager(tmp_path, hub)
    f = next(x for x in Hub(endpoint=hub.url).files(REPO) if x.quant == "Q8_0")
    job = m.add(REPO, f, start=False)
    with pytest.raises(UserError, match="corrupt"):
        m.run(job.id)
    assert not (tmp_path / "models" / "small-Q8_0.gguf").exists()
    assert not m.part_path(job, job.files[0]).exists()
    m.close()


def test_missing_file_and_private_repo(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("secret/Gated-GGUF", "gated-Q4_0.gguf", b"GGUF" + os.urandom(1000), private=True)
    h = Hub(endpoint=hub.url)
    with pytest.raises(UserError, match=r"hf auth login|HF_TOKEN"):
        h.files("secret/Gated-GGUF")
    with pytest.raises(UserError, match=r"hf auth login|HF_TOKEN"):
        h.resolve("secret/Gated-GGUF", "gated-Q4_0.gguf")
    assert Hub(endpoint=hub.url, token=hub.token).files("secret/Gated-GGUF")
    with pytest.raises(UserError, match=r"not in that repository|does not exist"):
        h.resolve(REPO, "nope.gguf")
    with pytest.raises(UserError, match="does not exist"):
        h.files("nobody/nothing")


def test_private_download_keeps_token_only_on_the_same_host(hub: FakeHub, tmp_path: Path) -> None:
    data = b"GGUF" + os.urandom(300_000)
    hub.add("secret/Gated-GGUF", "gated-Q4_0.gguf", data, private=True)
    h = Hub(endpoint=hub.url, token=hub.token)
    r = h.resolve("secret/Gated-GGUF", "gated-Q4_0.gguf")
    part = tmp_path / "gated.part"
    # The fake Hub redirects to /cdn/ on its own host, which checks the token too.
    Transfer(r.url, part, r.size, None, r.headers, policy=FAST).run()
    assert part.read_bytes() == data
    # A redirect to another host (a CDN) must not carry the token along.
    request = urllib.request.Request(f"{hub.url}/x")
    request.add_unredirected_header("Authorization", "Bearer t")
    same = _Redirects().redirect_request(request, None, 302, "Found", {}, f"{hub.url}/cdn/x")
    other = _Redirects().redirect_request(request, None, 302, "Found", {}, "http://cdn.test/x")
    assert same is not None and same.get_header("Authorization") == "Bearer t"
    assert other is not None and other.get_header("Authorization") is None


def test_unsafe_file_names_are_refused(hub: FakeHub, tmp_path: Path) -> None:
    for bad in ("../evil.gguf", "/etc/passwd.gguf", "a/../../b.gguf", "..\\x.gguf"):
        with pytest.raises(UserError, match="Refusing"):
            safe_filename(bad)
    m = manager(tmp_path, hub)
    evil = HubFile("../../evil.gguf", ("../../evil.gguf",), 10, (10,), (None,), "?")
    with pytest.raises(UserError, match="Refusing"):
        m.add(REPO, evil)
    assert not (tmp_path / "evil.gguf").exists()
    m.close()


def slow_download_under_way(
    hub: FakeHub, tmp_path: Path, name: str, at_least: int
) -> tuple[DownloadManager, HubFile, Job, Path]:
    """A download of ``name`` at 20 MB/s, once ``at_least`` bytes have arrived."""
    hub.faults[name] = ["slow:20000000"]
    m = manager(tmp_path, hub)
    f = next(x for x in Hub(endpoint=hub.url).files(REPO) if x.name == name)
    job = m.add(REPO, f)
    part = m.part_path(job, job.files[0])
    deadline = time.time() + 30
    while (not part.exists() or part.stat().st_size < at_least) and time.time() < deadline:
        time.sleep(0.02)
    return m, f, job, part


def test_pause_resume_cancel_and_restart(hub: FakeHub, tmp_path: Path, starter: Path) -> None:
    name = "SmolLM2-135M-Instruct-Q4_1.gguf"
    m, f, job, part = slow_download_under_way(hub, tmp_path, name, 5_000_000)
    m.pause(job.id)
    m.wait(job.id)
    kept = part.stat().st_size
    assert m.load(job.id).state == "paused" and 0 < kept < f.size
    m.close()
    # "Restart the app": a new manager lists the interrupted download and resumes it.
    again = manager(tmp_path, hub)
    listed = again.jobs()
    assert [j.id for j in listed] == [job.id] and listed[0].state == "paused"
    assert again.bytes_done(listed[0]) == kept
    served_before = hub.bytes_served
    again.resume(job.id)
    again.wait(job.id)
    assert (tmp_path / "models" / name).read_bytes() == starter.read_bytes()
    # Only the missing bytes (the slow fake server may still have been writing one
    # 64 KiB piece to the closed connection when it was paused).
    assert f.size - kept <= hub.bytes_served - served_before <= f.size - kept + 65536
    # Cancel deletes partial data.
    hub.faults["small-Q8_0.gguf"] = ["slow:50000"]
    small = next(x for x in Hub(endpoint=hub.url).files(REPO) if x.quant == "Q8_0")
    job2 = again.add(REPO, small)
    time.sleep(0.5)
    again.cancel(job2.id)
    assert again.jobs() == [] and not again.part_path(job2, job2.files[0]).exists()
    again.close()


def test_split_model_downloads_as_one(hub: FakeHub, tmp_path: Path) -> None:
    m = manager(tmp_path, hub)
    f = Hub(endpoint=hub.url).files("split/Big-GGUF")[0]
    m.run(m.add("split/Big-GGUF", f, start=False).id)
    got = sorted(p.name for p in (tmp_path / "models").glob("*.gguf"))
    assert got == [f"big-Q4_K_M-0000{i}-of-00003.gguf" for i in range(1, 4)]
    names = [x.name for x in ModelLibrary(tmp_path / "models").installed() if not x.builtin]
    assert names == ["big-Q4_K_M-00001-of-00003"]
    m.close()


def test_offline_and_unreachable(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(UserError, match="offline"):
        Hub(endpoint=hub.url).search("x")
    with pytest.raises(UserError, match="offline"):
        Hub(endpoint=hub.url).resolve(REPO, "small-Q8_0.gguf")
    monkeypatch.delenv("HF_HUB_OFFLINE")
    with pytest.raises(UserError, match="cannot reach"):
        Hub(endpoint="http://127.0.0.1:9").search("x")


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "tiny", "1m") as d:
        yield d


def test_stale_part_restarts_once_then_reports_a_short_file(hub: FakeHub, tmp_path: Path) -> None:
    data = os.urandom(200_000)
    hub.add("short/GGUF", "short.gguf", data)
    r = Hub(endpoint=hub.url).resolve("short/GGUF", "short.gguf")
    part = tmp_path / "short.part"
    part.write_bytes(b"x" * len(data))  # a part as long as the server's whole file
    # Listed as longer than the server's file: Range past its end -> 416, restart from
    # zero, 416 again at the same place -> a clear error instead of looping forever.
    with pytest.raises(UserError, match="smaller than its listing"):
        Transfer(r.url, part, len(data) + 10, None, policy=FAST).run()
    assert not part.exists()


def test_disk_full(hub: FakeHub, tiny_disk: Path) -> None:
    m = DownloadManager(tiny_disk / "models", Hub(endpoint=hub.url), policy=FAST)
    f = next(x for x in Hub(endpoint=hub.url).files(REPO) if x.quant == "Q8_0")
    with pytest.raises(UserError, match="Not enough free disk"):
        m.add(REPO, f)  # refused before a byte is sent
    m.close()
    # During the transfer: ENOSPC stops it with a clear message and keeps the part.
    h = Hub(endpoint=hub.url)
    r = h.resolve(REPO, "SmolLM2-135M-Instruct-Q4_1.gguf")
    part = tiny_disk / "x.part"
    with pytest.raises(UserError, match="disk is full"):
        Transfer(r.url, part, r.size, None, policy=FAST).run()
    assert part.exists() and part.stat().st_size > 0


def test_fit_labels_with_fixed_ram() -> None:
    gib = 2**30
    m = Machine(total_ram=8 * gib, available_ram=4 * gib, free_disk=100 * gib)
    small = fit(1 * gib, m)
    assert small.label == "fits" and small.memory_bytes > gib and "GiB" in small.reason
    assert fit(5 * gib, m).label == "tight"
    assert fit(9 * gib, m).label == "won't fit"
    assert not fit(1 * gib, Machine(8 * gib, 4 * gib, gib // 2)).disk_ok
    assert fit(1 * gib, m, context=32768).memory_bytes > small.memory_bytes


def test_library_import_discover_remove(
    tmp_path: Path, starter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "userhome"
    blob = home / ".cache/huggingface/hub/models--x--y/blobs/abc"
    blob.parent.mkdir(parents=True)
    blob.write_bytes(starter.read_bytes())
    snap = home / ".cache/huggingface/hub/models--x--y/snapshots/rev/cached-Q4_1.gguf"
    snap.parent.mkdir(parents=True)
    snap.symlink_to(blob)
    (home / "models").mkdir()
    (home / "models" / "broken.gguf").write_bytes(b"junk")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("HF_HOME", raising=False)
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    lib = ModelLibrary(tmp_path / "models")
    found = lib.discover()
    assert [m.name for m in found] == ["cached-Q4_1"]
    assert lib.discover() == []  # already known
    copied = lib.import_file(starter)
    assert copied.path.parent == tmp_path / "models" and copied.path.read_bytes()[:4] == b"GGUF"
    with pytest.raises(UserError, match="already"):
        lib.import_file(starter)
    with pytest.raises(UserError, match=r"not a GGUF|damaged|empty"):
        lib.import_file(home / "models" / "broken.gguf")
    names = {m.name for m in lib.installed()}
    assert {"cached-Q4_1", starter.stem, "SmolLM2 135M (built-in)"} <= names
    info = model_info(copied.path)
    assert info.architecture == "llama" and info.quantization == "Q4_1"
    assert 100e6 < info.parameters < 200e6 and info.has_chat_template
    assert "left" in lib.remove(lib.resolve("cached-Q4_1"))
    assert blob.exists()  # forgetting an in-place model never deletes the file
    lib.remove(lib.resolve(str(copied.path)))
    assert not copied.path.exists()
    with pytest.raises(UserError, match="built-in"):
        lib.remove(lib.resolve("SmolLM2 135M (built-in)"))


def slow_cli_download(
    hub: FakeHub, app_home: Path
) -> tuple[str, dict[str, str], subprocess.Popen[str]]:
    """`assistant models download` of the starter from a slow fake Hub, under way."""
    name = "SmolLM2-135M-Instruct-Q4_1.gguf"
    hub.faults[name] = ["slow:15000000"]
    env = {**os.environ, "ASSISTANT_HOME": str(app_home), "HF_ENDPOINT": hub.url}
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "models", "download", REPO, name],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    return name, env, proc


def test_cli_download_killed_and_resumed_in_new_process(
    hub: FakeHub, app_home: Path, starter: Path
) -> None:
    name, env, proc = slow_cli_download(hub, app_home)
    parts = app_home / "data" / "models" / ".downloads"
    deadline = time.time() + 60
    while time.time() < deadline:
        found = list(parts.glob("*/*.part"))
        if found and found[0].stat().st_size > 20_000_000:
            break
        time.sleep(0.05)
    proc.kill()
    proc.communicate()
    kept = next(iter(parts.glob("*/*.part"))).stat().st_size
    served = hub.bytes_served
    listed = subprocess.run(
        [sys.executable, "-m", "assistant", "models", "downloads"],
        env=env,
        capture_output=True,
        text=True,
    )
    job_id = listed.stdout.split()[0]
    assert "paused" in listed.stdout
    r = subprocess.run(
        [sys.executable, "-m", "assistant", "models", "resume", job_id],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    resent = hub.bytes_served - served
    size = starter.stat().st_size
    assert resent <= size - kept + 1024 * 1024  # at most one chunk again
    assert (app_home / "data" / "models" / name).read_bytes() == starter.read_bytes()
    out = subprocess.run(
        [sys.executable, "-m", "assistant", "models", "list"],
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    assert "SmolLM2-135M-Instruct-Q4_1" in out


def test_a_download_running_in_another_process_is_left_to_it(
    hub: FakeHub, app_home: Path, starter: Path
) -> None:
    """`assistant models download` in a terminal while the window is open: the window
    lists it as downloading (not paused) and its Resume, or a second download command,
    says it goes on elsewhere instead of writing the same part file too."""
    name, env, proc = slow_cli_download(hub, app_home)
    models = app_home / "data" / "models"
    deadline = time.time() + 60
    while not list((models / ".downloads").glob("*/*.part")) and time.time() < deadline:
        time.sleep(0.05)
    window = DownloadManager(models, Hub(endpoint=hub.url), policy=FAST)
    (job,) = window.jobs()
    assert job.state == "downloading"
    with pytest.raises(UserError, match="being downloaded by another"):
        window.resume(job.id)
    with pytest.raises(UserError, match="being downloaded by another"):
        window.run(job.id)
    second = subprocess.run(
        [sys.executable, "-m", "assistant", "models", "download", REPO, name],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert second.returncode != 0 and "being downloaded by another" in second.stderr
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    assert (models / name).read_bytes() == starter.read_bytes()
    assert window.jobs() == []
    window.close()


def test_resume_right_after_pause_is_not_lost(hub: FakeHub, tmp_path: Path, starter: Path) -> None:
    """Resume clicked while a paused download is still stopping (or before it noticed the
    pause) continues it; it used to be ignored because the download was "running"."""
    name = "SmolLM2-135M-Instruct-Q4_1.gguf"
    m, _, job, _ = slow_download_under_way(hub, tmp_path, name, 2_000_000)
    m.pause(job.id)
    m.resume(job.id)  # at once: the download has not stopped yet
    m.wait(job.id)
    assert (tmp_path / "models" / name).read_bytes() == starter.read_bytes()
    m.close()
