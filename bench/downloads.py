"""Download benchmark against a local fake Hub: our transfer vs curl on the same file,
CPU cost of hashing + transfer, and bytes sent again after a kill -9 and resume.

"Installed" is when the verified model is in the models folder and usable (curl's file
is at that point too: in the page cache). "Durable" adds our background fsync, compared
with curl followed by a SHA-256 of the file (openssl, the same SHA-NI code as ours;
coreutils' sha256sum is 8x slower here) and sync.

Run: .venv/bin/python bench/downloads.py
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import json
import urllib.request

from assistant.models.downloads import DownloadManager
from assistant.models.hub import Hub
from assistant.models.starter import starter_model_path

REPO = "bench/SmolLM2-GGUF"
NAME = "SmolLM2-135M-Instruct-Q4_1.gguf"
REPS = 7  # loopback timings on a shared 2-core VM vary by +-10% run to run


class RemoteHub:
    """The fake Hub in its own process, so it does not share our GIL or CPU time."""

    def __init__(self, model: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.fixtures.fake_hub", REPO, NAME, str(model)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()

    @property
    def bytes_served(self) -> int:
        with urllib.request.urlopen(f"{self.url}/_stats") as r:
            return int(json.load(r)["bytes_served"])

    def fault(self, fault: str) -> None:
        urllib.request.urlopen(f"{self.url}/_fault?name={NAME}&fault={fault}").close()

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait()


def ours(hub: RemoteHub, work: Path) -> tuple[float, float, float]:
    """Seconds to installed, CPU seconds, seconds to durable."""
    models = work / "models"
    shutil.rmtree(models, ignore_errors=True)
    manager = DownloadManager(models, Hub(endpoint=hub.url))
    model = next(f for f in Hub(endpoint=hub.url).files(REPO) if f.name == NAME)
    job = manager.add(REPO, model, start=False)
    os.sync()  # the previous run's files and deletes are on disk: a quiet start for each
    cpu0, t0 = time.process_time(), time.perf_counter()
    manager.run(job.id)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    assert (models / NAME).stat().st_size == model.size
    manager.close()  # waits for the background fsync
    return wall, cpu, time.perf_counter() - t0


def curl(hub: RemoteHub, work: Path, same_job: bool = False) -> float:
    """curl alone, or (``same_job``) curl plus what our download also does before it
    calls a file installed: check its SHA-256 and make it durable (sync)."""
    out = work / "curl.bin"
    url = f"{hub.url}/{REPO}/resolve/main/{NAME}"
    script = f'curl -sSfL -o "{out}" "{url}"'
    if same_job:
        sha = "openssl dgst -sha256" if shutil.which("openssl") else "sha256sum"
        script += f' && {sha} "{out}" >/dev/null && sync "{out}"'
    os.sync()
    t0 = time.perf_counter()
    subprocess.run(["sh", "-c", script], check=True)
    wall = time.perf_counter() - t0
    out.unlink()
    return wall


def kill_and_resume(hub: RemoteHub, work: Path, size: int) -> int:
    home = work / "home"
    shutil.rmtree(home, ignore_errors=True)
    env = {**os.environ, "ASSISTANT_HOME": str(home), "HF_ENDPOINT": hub.url}
    hub.fault("slow:40000000")
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "models", "download", REPO, NAME],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    parts = home / "data" / "models" / ".downloads"
    while True:
        found = list(parts.glob("*/*.part"))
        if found and found[0].stat().st_size > size // 2:
            break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    kept = next(iter(parts.glob("*/*.part"))).stat().st_size
    served = hub.bytes_served
    job_id = subprocess.run(
        [sys.executable, "-m", "assistant", "models", "downloads"],
        env=env,
        capture_output=True,
        text=True,
    ).stdout.split()[0]
    subprocess.run(
        [sys.executable, "-m", "assistant", "models", "resume", job_id],
        env=env,
        check=True,
        capture_output=True,
    )
    return (hub.bytes_served - served) - (size - kept)


def main() -> None:
    model = starter_model_path()
    assert model is not None, "needs the starter model"
    hub = RemoteHub(model)
    size = model.stat().st_size
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        walls, cpus, durables, curls, jobs = [], [], [], [], []
        for _ in range(REPS):  # alternate so all see the same machine state
            wall, cpu, durable = ours(hub, work)
            walls.append(wall)
            cpus.append(cpu)
            durables.append(durable)
            curls.append(curl(hub, work))
            jobs.append(curl(hub, work, same_job=True))
        ours_mb = size / statistics.median(walls) / 2**20
        curl_mb = size / statistics.median(curls) / 2**20
        job_mb = size / statistics.median(jobs) / 2**20
        durable_mb = size / statistics.median(durables) / 2**20
        print(
            f"installed    ours {ours_mb:7.1f} MiB/s   curl {curl_mb:7.1f} MiB/s   "
            f"ratio {ours_mb / curl_mb:.3f}  (target >= 0.9; {size / 2**20:.0f} MiB file, "
            f"median of {REPS}; ours includes resolving, SHA-256 and the check)"
        )
        print(
            f"durable      ours {durable_mb:7.1f} MiB/s   curl+sha256+sync {job_mb:7.1f} MiB/s"
            f"   ratio {durable_mb / job_mb:.3f}"
        )
        cpu_per_gb = statistics.median(cpus) / (size / 2**30)
        print(f"cpu          {cpu_per_gb:.2f} s of CPU per GiB (transfer + SHA-256, our process)")
        extra = kill_and_resume(hub, work, size)
        print(
            f"kill -9 and resume: {extra} bytes sent again ({extra / 2**20:.2f} MiB; "
            "target <= one 1 MiB chunk)"
        )
    hub.close()


if __name__ == "__main__":
    main()
