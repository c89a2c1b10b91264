"""The download queue: jobs persisted as sidecar files, so interrupted downloads are
listed and resumable after a restart, and pause/cancel work across processes."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from assistant.ground import atomic
from assistant.ground.errors import Cancelled, UserError
from assistant.ground.file_lock import held_elsewhere, try_lock
from assistant.models import settle
from assistant.models.fit import Machine
from assistant.models.hub import Hub, HubFile, safe_filename
from assistant.models.transfer import Paused, Progress, RetryPolicy, Transfer

log = logging.getLogger(__name__)

State = Literal["queued", "downloading", "paused", "failed", "done", "cancelled"]
DISK_MARGIN = 256 * 1024**2


@dataclass
class JobFile:
    path: str  # path in the repository
    size: int
    sha256: str | None
    done: bool = False


@dataclass
class Job:
    """A download, as stored in its sidecar file."""

    id: str
    repo_id: str
    revision: str
    name: str
    files: list[JobFile]
    state: State = "queued"
    error: str = ""
    created: float = field(default_factory=time.time)
    # A model made of several files (a speech model, a voice) installs as one folder of
    # the models folder, e.g. "speech/whisper-base"; empty: a GGUF, installed at the top.
    folder: str = ""

    @property
    def total(self) -> int:
        return sum(f.size for f in self.files)


@dataclass(frozen=True)
class DownloadEvent:
    job_id: str
    state: State
    done: int
    total: int
    speed: float = 0.0
    eta: float | None = None
    error: str = ""


def job_id_for(repo_id: str, filename: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", f"{repo_id}__{filename}")[:150]


class DownloadManager:
    """Queues downloads (a few at a time), reports progress, survives restarts."""

    def __init__(
        self,
        models_dir: Path,
        hub: Hub,
        on_event: Callable[[DownloadEvent], None] | None = None,
        policy: RetryPolicy | None = None,
        max_concurrent: int = 2,
    ) -> None:
        self.models_dir = models_dir
        self.work = models_dir / ".downloads"  # same file system: the final move is atomic
        self.hub = hub
        self.on_event = on_event
        self.policy = policy or RetryPolicy()
        self._pool = ThreadPoolExecutor(max_concurrent, thread_name_prefix="download")
        self._futures: dict[str, Future[None]] = {}
        self._lock = threading.Lock()
        self._settling: list[threading.Thread] = []

    # -- persistence -----------------------------------------------------------------------

    def _sidecar(self, job_id: str) -> Path:
        return self.work / f"{job_id}.json"

    def _control(self, job_id: str) -> Path:
        return self.work / f"{job_id}.control"

    def _runner_lock(self, job_id: str) -> Path:
        """Held while a process downloads the job: the window and `assistant models
        download` writing one part file together would corrupt it."""
        return self.work / f"{job_id}.lock"

    def _busy_elsewhere(self, job: Job) -> UserError:
        return UserError(
            f"{job.name} is being downloaded by another Offline Assistant window or "
            "command; it goes on there."
        )

    def part_path(self, job: Job, f: JobFile) -> Path:
        return self.work / job.id / (os.path.basename(f.path) + ".part")

    def _save(self, job: Job) -> None:
        atomic.write_text(self._sidecar(job.id), json.dumps(asdict(job), indent=1))

    def load(self, job_id: str) -> Job:
        try:
            data = json.loads(self._sidecar(job_id).read_text(encoding="utf-8"))
            data["files"] = [JobFile(**f) for f in data["files"]]
            return Job(**data)
        except FileNotFoundError:
            raise UserError(f"There is no download '{job_id}'.") from None
        except (ValueError, TypeError, KeyError) as exc:
            raise UserError(f"The record of download '{job_id}' is damaged: {exc}") from exc

    def jobs(self) -> list[Job]:
        """Every known download; ones interrupted by a crash show as paused."""
        out = []
        for p in sorted(self.work.glob("*.json")) if self.work.is_dir() else []:
            try:
                job = self.load(p.stem)
            except UserError as exc:
                log.warning("%s", exc)
                continue
            if (
                job.state in ("downloading", "queued")
                and not self._running(job.id)
                and not held_elsewhere(self._runner_lock(job.id))
            ):
                job.state = "paused"  # its process ended (a crash, a kill)
            out.append(job)
        return out

    def bytes_done(self, job: Job) -> int:
        total = 0
        for f in job.files:
            if f.done:
                total += f.size
            else:
                part = self.part_path(job, f)
                total += part.stat().st_size if part.exists() else 0
        return total

    def _running(self, job_id: str) -> bool:
        fut = self._futures.get(job_id)
        return fut is not None and not fut.done()

    # -- commands --------------------------------------------------------------------------

    def add(
        self, repo_id: str, model: HubFile, revision: str = "main", start: bool = True,
        folder: str = "",
    ) -> Job:  # fmt: skip
        """Queue a model (all parts of a split one, or every file of one installed as
        ``folder``) after checking names and disk space."""
        if folder and any(".." in part or not part for part in folder.split("/")):
            raise UserError(f"Refusing a folder name: {folder!r}")
        for p in model.parts:
            safe_filename(os.path.basename(p))
            if ".." in p.split("/") or p.startswith("/"):
                raise UserError(f"Refusing a file name from the Hub: {p!r}")
        job = Job(
            id=job_id_for(repo_id, model.name),
            repo_id=repo_id,
            revision=revision,
            name=os.path.basename(model.name),
            files=[
                JobFile(p, s, h)
                for p, s, h in zip(model.parts, model.part_sizes, model.sha256, strict=True)
            ],
            folder=folder,
        )
        if self._sidecar(job.id).exists():
            job = self.load(job.id)  # the same model again: continue the existing download
        else:
            self._check_disk(job)
            self._save(job)
        if start:
            self.resume(job.id)
        return job

    def _check_disk(self, job: Job) -> None:
        needed = job.total - self.bytes_done(job) + DISK_MARGIN
        free = Machine.current(self.models_dir).free_disk
        if free < needed:
            raise UserError(
                f"Not enough free disk for {job.name}: it needs {needed / 2**30:.2f} GiB and "
                f"{free / 2**30:.2f} GiB are free in {self.models_dir}."
            )

    def resume(self, job_id: str) -> None:
        """Start or continue a download in the background. Right after a pause (the
        download still stopping, or not yet told) it waits for it to stop, then goes on:
        Resume must never be lost."""
        fut = self._futures.get(job_id)
        if fut is not None and not fut.done():
            control = self._control(job_id)
            pausing = control.exists() and control.read_text().strip() == "pause"
            if not pausing and self.load(job_id).state != "paused":
                return  # downloading, and staying so
            fut.result()  # it stops at its next piece (milliseconds)
        with self._lock:
            if self._running(job_id):
                return
            job = self.load(job_id)
            if held_elsewhere(self._runner_lock(job_id)):
                raise self._busy_elsewhere(job)
            self._control(job_id).unlink(missing_ok=True)
            job.state, job.error = "queued", ""
            self._save(job)
            self._emit(job, "queued")
            self._futures[job_id] = self._pool.submit(self._run_logged, job_id)

    def pause(self, job_id: str) -> None:
        """Stop a download and keep what arrived (works from another process too)."""
        job = self.load(job_id)
        if self._running(job_id) or job.state == "downloading":
            self._control(job_id).write_text("pause")
        else:
            job.state = "paused"
            self._save(job)
            self._emit(job, "paused")

    def cancel(self, job_id: str) -> None:
        """Stop a download and delete its partial data."""
        job = self.load(job_id)
        if self._running(job_id) or job.state == "downloading":
            self._control(job_id).write_text("cancel")
            fut = self._futures.get(job_id)
            if fut is not None:
                fut.result()
            else:
                return  # the other process cleans up
        self._discard(job)
        self._emit(job, "cancelled")

    def wait(self, job_id: str) -> None:
        fut = self._futures.get(job_id)
        if fut is not None:
            fut.result()

    def run(self, job_id: str) -> Job:
        """Run a download in this thread (the CLI's foreground download)."""
        if held_elsewhere(self._runner_lock(job_id)):
            raise self._busy_elsewhere(self.load(job_id))
        self._control(job_id).unlink(missing_ok=True)
        self._run(job_id)
        return (
            self.load(job_id)
            if self._sidecar(job_id).exists()
            else Job(job_id, "", "", "", [], state="done")
        )

    def close(self, wait_settled: bool = True) -> None:
        """Pause running downloads; with ``wait_settled``, also wait until finished ones
        are on disk (a window closing its dialog need not wait for the disk)."""
        for job_id in list(self._futures):
            if self._running(job_id):
                self._control(job_id).write_text("pause")
        self._pool.shutdown(wait=True)
        if wait_settled:
            for syncer in self._settling:
                syncer.join()

    # -- the work --------------------------------------------------------------------------

    def _emit(self, job: Job, state: State, p: Progress | None = None, error: str = "") -> None:
        if self.on_event is not None:
            done = p.done if p else self.bytes_done(job)
            self.on_event(
                DownloadEvent(
                    job.id,
                    state,
                    done,
                    job.total,
                    p.speed if p else 0.0,
                    p.eta if p else None,
                    error,
                )
            )

    def _discard(self, job: Job) -> None:
        for f in job.files:
            self.part_path(job, f).unlink(missing_ok=True)
        for p in (self._sidecar(job.id), self._control(job.id)):
            p.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            (self.work / job.id).rmdir()
        with contextlib.suppress(OSError):  # Windows keeps a held lock file
            self._runner_lock(job.id).unlink(missing_ok=True)

    def _run_logged(self, job_id: str) -> None:
        try:
            self._run(job_id)
        except UserError:
            pass  # recorded in the sidecar and sent as an event
        except Exception:
            log.exception("download %s failed", job_id)

    def _run(self, job_id: str) -> None:
        release = try_lock(self._runner_lock(job_id))
        if release is None:  # another process took it since the caller looked
            raise self._busy_elsewhere(self.load(job_id))
        try:
            self._download(job_id)
        finally:
            release()

    def _download(self, job_id: str) -> None:
        job = self.load(job_id)
        job.state = "downloading"
        self._save(job)
        control_file = self._control(job_id)
        checked = {"at": 0.0}
        request: dict[str, str | None] = {"value": None}

        def control() -> str | None:
            now = time.monotonic()
            if now - checked["at"] > 0.2:  # a stat per chunk would be wasteful
                checked["at"] = now
                request["value"] = (
                    control_file.read_text().strip() if control_file.exists() else None
                )
            return request["value"]

        offset = 0
        try:
            for f in job.files:
                if f.done:
                    offset += f.size
                    continue
                resolved = self.hub.resolve(job.repo_id, f.path, job.revision)
                if resolved.size and resolved.size != f.size:
                    raise UserError(
                        f"{f.path} changed on the Hub since the download started; "
                        "cancel it and download again."
                    )
                base = offset

                def progress(p: Progress, base: int = base) -> None:
                    self._emit(
                        job, "downloading", Progress(base + p.done, job.total, p.speed, p.eta)
                    )

                Transfer(
                    resolved.url,
                    self.part_path(job, f),
                    f.size,
                    f.sha256,
                    resolved.headers,
                    self.policy,
                    control,
                    progress,
                ).run()
                f.done = True
                self._save(job)
                offset += f.size
            self._install(job)
        except Paused:
            job.state = "paused"
            control_file.unlink(missing_ok=True)
            self._save(job)
            self._emit(job, "paused")
        except Cancelled:
            self._discard(job)
            self._emit(job, "cancelled")
        except UserError as exc:
            job.state, job.error = "failed", str(exc)
            self._save(job)
            self._emit(job, "failed", error=str(exc))
            raise

    def _install(self, job: Job) -> None:
        """Move verified parts into the models folder (atomic renames), forget the job,
        and make the files durable on a thread (see settle.py)."""
        self.models_dir.mkdir(parents=True, exist_ok=True)
        if job.folder:  # a speech model or a voice: one folder, placed whole
            files = [(self.part_path(job, f), os.path.basename(f.path)) for f in job.files]
            settle.place_folder(files, self.models_dir / job.folder)
            installed: list[Path] = []
        else:
            installed = [self.models_dir / os.path.basename(f.path) for f in job.files]
            for f, target in zip(job.files, installed, strict=True):
                settle.mark(target, f.size, f.sha256)
            for f, target in zip(job.files, installed, strict=True):
                os.replace(self.part_path(job, f), target)
        job.state = "done"
        self._emit(job, "done")
        self._discard(job)
        if installed:
            # Not a daemon: the interpreter waits for it at exit, so the CLI ends durable.
            syncer = threading.Thread(target=settle.settle, args=(installed,), name="settle")
            syncer.start()
            self._settling.append(syncer)
