"""Keeping a collection's index in step with its folders: new and changed files are read,
cut into passages and embedded; deleted ones leave the index. One file at a time, a
few passages per write, so memory stays bounded for any number and size of files and a
kill -9 leaves the index consistent (a file cut short is redone by the next sync)."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from assistant.documents.embeddings import Embeddings
from assistant.documents.loaders import SUPPORTED, Block, blocks, looks_like_text
from assistant.documents.passages import Passage, passages
from assistant.ground.errors import Cancelled, UserError
from assistant.ground.file_lock import file_lock
from assistant.store.collections import Collection
from assistant.store.doc_index import DocIndex, FileRow

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 200 << 20
# Passages per embedding call and per write: small enough that an answer the user asks
# for meanwhile waits at most one call.
EMBED_BATCH = 16


@dataclass
class SyncProgress:
    """Where a sync is, for a progress bar: files and bytes done of the total."""

    collection: str
    files_done: int = 0
    files_total: int = 0
    bytes_done: int = 0
    bytes_total: int = 0
    passages: int = 0
    tokens: int = 0
    seconds: float = 0.0
    current: str = ""

    @property
    def passages_per_second(self) -> float:
        return self.passages / self.seconds if self.seconds > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        if self.bytes_done <= 0 or self.seconds < 1:
            return None
        return self.seconds / self.bytes_done * max(0, self.bytes_total - self.bytes_done)


@dataclass
class SyncReport:
    """What a sync did."""

    collection: str
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)
    passages: int = 0
    tokens: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        parts = [f"{self.added} new", f"{self.changed} changed", f"{self.removed} removed"]
        text = f"{self.collection}: " + ", ".join(parts)
        s = "" if self.passages == 1 else "s"
        text += f", {self.unchanged} unchanged; {self.passages} passage{s} indexed"
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        if self.seconds >= 0.1 and self.passages:
            text += f" ({self.passages / self.seconds:.0f} passages/s)"
        return text + (" — cancelled" if self.cancelled else "")


class _Unreadable(Exception):
    """A file that cannot be indexed, with the reason shown to the user."""


@dataclass
class _Found:
    path: str
    size: int
    mtime_ns: int
    reason: str = ""  # set: skipped without reading


class Indexer:
    """Syncs collections into a :class:`DocIndex` with an embedding model."""

    def __init__(self, index: DocIndex, embeddings: Embeddings) -> None:
        self.index = index
        self.embeddings = embeddings

    def sync(
        self,
        collection: Collection,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
        pause: threading.Event | None = None,
    ) -> SyncReport:
        """Bring the index of ``collection`` up to date with its folders and files (after
        any other sync of this index, in this process or another, has ended: the window
        and `assistant docs sync` syncing one file at once would store its passages
        twice)."""
        with file_lock(Path(f"{self.index.path}.sync-lock"), cancel):
            return self._sync(collection, progress, cancel, pause)

    def _sync(
        self,
        collection: Collection,
        progress: Callable[[SyncProgress], None] | None,
        cancel: threading.Event | None,
        pause: threading.Event | None,
    ) -> SyncReport:
        started = time.monotonic()
        report = SyncReport(collection.name)
        # What opening the index did (set a damaged one aside…), told once.
        report.notes.extend(self.index.notes)
        self.index.notes.clear()
        if self.index.use_embedding_model(self.embeddings.identity):
            report.notes.append(
                "The embedding model changed: every collection is indexed again "
                "(sync the others too)."
            )
        self.index.ensure_collection(collection.name)
        known = self.index.files(collection.name)
        found, missing_roots = self._walk(collection, report)
        keep = {
            path
            for path in known
            if any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in missing_roots)
        }
        gone = [row.id for path, row in known.items() if path not in found and path not in keep]
        if gone:
            self.index.remove_files(gone)
            report.removed = len(gone)
        work: list[_Found] = []
        for item in found.values():
            row = known.get(item.path)
            if item.reason:
                if row is None or row.status != "skipped" or row.reason != item.reason:
                    self.index.skip_file(
                        collection.name, item.path, item.size, item.mtime_ns, item.reason
                    )
                report.skipped.append((item.path, item.reason))
            elif self._unchanged(row, item):
                report.unchanged += 1
                if row is not None and row.status == "skipped":
                    report.skipped.append((item.path, row.reason or ""))
            elif _unknown_kind(item.path) and not looks_like_text(Path(item.path)):
                # Sniffed only when new or changed: a folder of photos is not re-read
                # on every sync.
                item.reason = "not a kind of file the app reads"
                self.index.skip_file(
                    collection.name, item.path, item.size, item.mtime_ns, item.reason
                )
                report.skipped.append((item.path, item.reason))
            else:
                work.append(item)
        state = SyncProgress(
            collection.name, files_total=len(work), bytes_total=sum(w.size for w in work)
        )
        try:
            for item in work:
                state.current = item.path
                self._emit(progress, state, started)
                is_new = item.path not in known
                indexed = self._index_file(collection.name, item, state, report, cancel, pause)
                if indexed:
                    if is_new:
                        report.added += 1
                    else:
                        report.changed += 1
                state.files_done += 1
                state.bytes_done += item.size
            state.current = ""
            self._emit(progress, state, started)
        except Cancelled:
            report.cancelled = True
        report.passages, report.tokens = state.passages, state.tokens
        report.seconds = time.monotonic() - started
        return report

    @staticmethod
    def _emit(
        progress: Callable[[SyncProgress], None] | None, state: SyncProgress, started: float
    ) -> None:
        if progress is not None:
            state.seconds = time.monotonic() - started
            progress(state)

    def _unchanged(self, row: FileRow | None, item: _Found) -> bool:
        if row is None or row.status == "indexing":
            return False
        if row.size == item.size and row.mtime_ns == item.mtime_ns:
            return True
        if row.status == "indexed" and row.size == item.size and row.sha256:
            try:
                same = _sha256(Path(item.path)) == row.sha256
            except OSError:
                return False
            if same:
                self.index.touch_file(row.id, item.mtime_ns)  # touched, not changed
            return same
        return False

    # -- finding the files ---------------------------------------------------------------

    def _walk(
        self, collection: Collection, report: SyncReport
    ) -> tuple[dict[str, _Found], list[str]]:
        found: dict[str, _Found] = {}
        missing: list[str] = []
        for root in collection.paths:
            if not os.path.exists(root):
                missing.append(root)
                report.notes.append(
                    f"Not found: {root} (its files stay in the index until it is back "
                    "or you remove it from the collection)."
                )
            elif os.path.isfile(root):
                self._consider(root, found)
            else:
                for path in _files_under(root, report):
                    self._consider(path, found)
        return found, missing

    @staticmethod
    def _consider(path: str, found: dict[str, _Found]) -> None:
        try:
            st = os.stat(path)
        except OSError as exc:
            found[path] = _Found(path, 0, 0, f"cannot be read ({exc.strerror or exc})")
            return
        reason = ""
        if st.st_size == 0:
            reason = "empty"
        elif st.st_size > MAX_FILE_BYTES:
            reason = f"too large ({st.st_size >> 20} MB; the limit is {MAX_FILE_BYTES >> 20} MB)"
        elif not os.access(path, os.R_OK):
            reason = "permission denied"
        found[path] = _Found(path, st.st_size, st.st_mtime_ns, reason)

    # -- indexing one file ---------------------------------------------------------------

    def _index_file(
        self,
        collection: str,
        item: _Found,
        state: SyncProgress,
        report: SyncReport,
        cancel: threading.Event | None,
        pause: threading.Event | None,
    ) -> bool:
        path = Path(item.path)
        try:
            sha = _sha256(path)
        except OSError as exc:
            return self._skip(collection, item, report, _reason(exc))
        file_id = self.index.begin_file(collection, item.path)
        title = document_title(path)
        count = tokens = 0
        try:
            for batch in _batches(passages(_readable(path), self.embeddings.count)):
                _wait(cancel, pause)
                vectors, used = self.embeddings.embed([for_embedding(title, p) for p in batch])
                self.index.add_passages(
                    file_id,
                    count,
                    [(p.text, p.page, p.heading, p.start, p.end) for p in batch],
                    vectors,
                    title,
                )
                count += len(batch)
                tokens += used
                state.passages += len(batch)
                state.tokens += used
        except _Unreadable as exc:
            return self._skip(collection, item, report, str(exc))
        except BaseException:
            # Cancelled or failed midway: forget the half-indexed file (the next sync
            # treats it as new). If even that cannot be written (a full disk) or the
            # process dies here, it stays "indexing": never searched, redone next time.
            with contextlib.suppress(UserError, sqlite3.Error):
                self.index.remove_files([file_id])
            raise
        if count == 0:
            return self._skip(collection, item, report, "no text in it")
        # The size and time from before reading: a file changed meanwhile differs from
        # them at the next sync and is read again.
        self.index.finish_file(file_id, item.size, item.mtime_ns, sha, count, tokens)
        return True

    def _skip(self, collection: str, item: _Found, report: SyncReport, reason: str) -> bool:
        self.index.skip_file(collection, item.path, item.size, item.mtime_ns, reason)
        report.skipped.append((item.path, reason))
        return False


def document_title(path: Path) -> str:
    """A document's name in words ("MPL-2.0.txt" -> "MPL 2.0", "tax_return-2023.pdf" ->
    "tax return 2023"): what people call it when they ask about it."""
    return " ".join(re.split(r"[-_\s]+", path.stem)).strip()


def for_embedding(title: str, p: Passage) -> str:
    """What the embedding model reads for a passage: where it is, then its text (a
    passage alone often does not say which document or section it belongs to)."""
    where = ", ".join(x for x in (title, p.heading) if x and x not in p.text[:200])
    return f"{where}: {p.text}" if where else p.text


def _unknown_kind(path: str) -> bool:
    return os.path.splitext(path)[1].lower() not in SUPPORTED


def _files_under(root: str, report: SyncReport) -> Iterator[str]:
    def on_error(exc: OSError) -> None:
        report.notes.append(f"Could not read the folder {exc.filename}: {exc.strerror or exc}")

    for folder, dirs, files in os.walk(root, onerror=on_error):
        # Hidden folders (.git, .cache…) are not documents.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(folder, name)


def _readable(path: Path) -> Iterator[Block]:
    """The file's blocks; a file that cannot be read becomes :class:`_Unreadable`."""
    try:
        yield from blocks(path, any_text=True)
    except UserError as exc:
        # "x.pdf is protected by a password…" -> "protected by a password…": the list
        # shows the file's name beside the reason.
        why = str(exc).removeprefix(f"{path.name}: ").removeprefix(path.name + " ")
        raise _Unreadable(why.removeprefix("is ").removeprefix("has ")) from exc
    except Exception as exc:
        # One odd file must not stop the sync of a whole folder; the traceback is kept in
        # case it is a bug of ours rather than a bad file.
        if not isinstance(exc, OSError):
            log.warning("Could not read %s", path, exc_info=True)
        raise _Unreadable(_reason(exc)) from exc


def _reason(exc: BaseException) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "removed while indexing"
    if isinstance(exc, OSError):
        return f"cannot be read ({exc.strerror or exc})"
    return f"cannot be read ({exc})"


def _batches(items: Iterator[Passage]) -> Iterator[list[Passage]]:
    batch: list[Passage] = []
    for item in items:
        batch.append(item)
        if len(batch) == EMBED_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _wait(cancel: threading.Event | None, pause: threading.Event | None) -> None:
    while pause is not None and pause.is_set():
        if cancel is not None and cancel.is_set():
            break
        time.sleep(0.05)
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
