"""Saved KV states of recent conversations, so that going back to one is instant.

After an answer the engine hands the cache's state for the conversation's tokens to
:class:`ResumeCache`: it stays in RAM (LRU within a budget) and a background thread
writes it to disk (engine/state_files.py; LRU within a disk budget), where it survives
an engine crash and an app restart. Before a prompt is processed the engine asks for
the saved state sharing the longest prefix with it, restores that and processes only
the rest. No llama.cpp here: the engine passes bytes in and gets bytes back.
"""

from __future__ import annotations

import array
import logging
import queue
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.engine import state_files
from assistant.engine.backend import ResumeOptions
from assistant.engine.state_files import StateHeader, StateKey
from assistant.ground.private_files import private_dir

log = logging.getLogger(__name__)

# Shorter prompts are processed again faster than a state is saved and found.
MIN_TOKENS = 64
# Writes waiting for the disk; beyond this a state stays in RAM only, so a burst of
# requests (the API) cannot pile up copies of the cache in memory.
MAX_PENDING_WRITES = 2

Buffer = bytes | bytearray | memoryview


@dataclass
class _Entry:
    key: StateKey
    tokens: array.array[int]
    name: str  # file name on disk (also the entry's identity)
    size: int
    state: Buffer | None = None  # in RAM (or waiting for the writer)
    header: StateHeader | None = None  # on disk
    pending: bool = False  # queued for the writer
    replaces: list[Path] = field(default_factory=list)  # deleted once this one is written
    owner: str = ""  # the chat it was saved for (its deletion deletes the state)


def common_prefix(a: array.array[int], b: array.array[int]) -> int:
    """Length of the common prefix (binary search with C-speed slice comparisons)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


class ResumeCache:
    """RAM and disk tiers of saved states, keyed by :class:`StateKey` and tokens."""

    def __init__(self, options: ResumeOptions | None = None) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, _Entry] = {}  # by file name
        self._ram: OrderedDict[str, _Entry] = OrderedDict()  # LRU order
        self._ram_used = 0
        self._scanned: set[str] = set()  # keys whose files were read from disk
        self._queue: queue.Queue[_Entry | None] = queue.Queue()
        self._pending = 0
        self._writer: threading.Thread | None = None
        self._idle = threading.Event()  # the engine is between requests: the writer may run
        self._idle.set()
        self.options = ResumeOptions()
        self._dir: Path | None = None
        self.configure(options or ResumeOptions())

    # -- configuration -------------------------------------------------------------------

    def configure(self, options: ResumeOptions) -> None:
        """Apply new budgets or a new folder (from the next save on)."""
        if options == self.options and (self._dir is not None or not options.directory):
            return
        self.options = options
        directory = Path(options.directory) if options.directory else None
        if directory is not None and options.disk_bytes > 0:
            try:
                private_dir(directory)
                state_files.remove_stale_tmp(directory)
            except OSError as exc:
                log.warning(
                    "resume cache: %s is not usable, keeping states in RAM: %s", directory, exc
                )
                directory = None
        else:
            directory = None
        with self._lock:
            if directory != self._dir:
                self._scanned.clear()
                for name, e in list(self._entries.items()):
                    e.header = None
                    if e.state is None:
                        del self._entries[name]
            self._dir = directory
        self._trim_ram()
        self._evict_disk()

    @property
    def directory(self) -> Path | None:
        """The disk tier's folder, or None when states are kept in RAM only."""
        return self._dir

    # -- saving --------------------------------------------------------------------------

    def put(self, key: StateKey, tokens: Sequence[int], state: Buffer, owner: str = "") -> None:
        """Keep the state of ``tokens`` for the chat ``owner``; its states of a prefix of
        them are superseded."""
        if len(tokens) < MIN_TOKENS or len(state) > self.options.ram_bytes:
            return
        toks = array.array("i", tokens)
        name = state_files.file_name(key, toks, owner)
        entry = _Entry(key, toks, name, len(state), state, owner=owner)
        with self._lock:
            self._scan(key)
            old = self._entries.get(entry.name)
            if old is not None:
                self._drop(old, delete_file=False)
                entry.header = old.header  # the same tokens: the file on disk is current
            write = (
                self._dir is not None
                and entry.header is None
                and self._pending < MAX_PENDING_WRITES
            )
            # The chat's states of a prefix of these tokens go: this one resumes all they
            # would. On disk they stay until this one is written, so a crash loses nothing.
            # Another chat's stay: deleting this chat must not take that one's away.
            superseded = [
                e
                for e in self._entries.values()
                if e.key == key
                and e.owner == owner
                and len(e.tokens) < len(toks)
                and toks[: len(e.tokens)] == e.tokens
            ]
            for e in superseded if write or self._dir is None else []:
                if e.header is not None:
                    entry.replaces.append(e.header.path)
                self._drop(e, delete_file=False)
            self._entries[entry.name] = entry
            self._ram[entry.name] = entry
            self._ram_used += entry.size
            if write:
                self._pending += 1
                entry.pending = True
        if write:
            self._start_writer()
            self._queue.put(entry)
        elif entry.header is not None:
            state_files.touch(entry.header.path)
        self._trim_ram()

    def _start_writer(self) -> None:
        if self._writer is None or not self._writer.is_alive():
            self._writer = threading.Thread(
                target=self._write_loop, name="state-writer", daemon=True
            )
            self._writer.start()

    def _write_loop(self) -> None:
        while (entry := self._queue.get()) is not None:
            try:
                path = self._write(entry)
                with self._lock:
                    self._pending -= 1
                    entry.pending = False
                    current = self._entries.get(entry.name) is entry
                    if current and path is not None:
                        entry.header = state_files.read_header(path)
                        for old in entry.replaces:
                            old.unlink(missing_ok=True)
                    elif path is not None:
                        path.unlink(missing_ok=True)  # superseded while being written
                    entry.replaces = []
                    if entry.name not in self._ram:  # left RAM while waiting
                        entry.state = None
                        if current and entry.header is None:
                            del self._entries[entry.name]
                if path is not None:
                    self._evict_disk(keep=path)
            finally:
                self._queue.task_done()
        self._queue.task_done()

    def _write(self, entry: _Entry) -> Path | None:
        directory, state = self._dir, entry.state
        if directory is None or state is None or self._entries.get(entry.name) is not entry:
            return None  # superseded, or the disk tier went away, before its turn
        try:
            return state_files.write_state(
                directory, entry.key, entry.tokens, state, pause=self._wait_idle, owner=entry.owner
            )
        except OSError as exc:
            # A full disk or a read-only cache: states stay in RAM, the app goes on.
            log.warning(
                "resume cache: cannot write to %s, keeping states in RAM only: %s", directory, exc
            )
            with self._lock:
                self._dir = None
            return None

    def _evict_disk(self, keep: Path | None = None) -> None:
        directory = self._dir
        if directory is None:
            return
        for gone in state_files.evict(directory, self.options.disk_bytes, keep=keep):
            with self._lock:
                e = self._entries.get(gone.name)
                if e is not None:
                    e.header = None
                    if e.state is None:
                        del self._entries[gone.name]

    def busy(self, busy: bool) -> None:
        """The engine starts (True) or ends (False) a request: disk writes wait while it
        works, so saving never slows an answer (two cores are all some machines have)."""
        if busy:
            self._idle.clear()
        else:
            self._idle.set()

    def _wait_idle(self) -> None:
        self._idle.wait()

    def flush(self, timeout: float = 10.0) -> None:
        """Wait (at most ``timeout`` seconds) for pending disk writes."""
        done = threading.Event()

        def wait() -> None:
            self._queue.join()
            done.set()

        threading.Thread(target=wait, daemon=True).start()
        done.wait(timeout)

    # -- resuming ------------------------------------------------------------------------

    def best(
        self, key: StateKey, prompt: Sequence[int], at_least: int = 0
    ) -> tuple[array.array[int], Buffer] | None:
        """The saved state sharing the longest prefix (over ``at_least`` tokens) with
        ``prompt``: its tokens and bytes. A damaged file found on the way is deleted."""
        wanted = array.array("i", prompt)
        with self._lock:
            self._scan(key)
            ranked = sorted(
                (
                    (common_prefix(e.tokens, wanted), e)
                    for e in self._entries.values()
                    if e.key == key
                ),
                key=lambda ce: ce[0],
                reverse=True,
            )
        for common, entry in ranked:
            if common <= at_least:
                return None
            state = entry.state
            if state is None and entry.header is not None:
                state = state_files.read_state(entry.header)
                if state is None:
                    log.warning("resume cache: %s is damaged; deleted", entry.header.path.name)
                    with self._lock:
                        self._drop(entry, delete_file=True)
                    continue
            if state is None:
                continue
            if entry.header is not None:
                state_files.touch(entry.header.path)  # the disk tier's LRU order
            with self._lock:
                if entry.name in self._entries:
                    entry.state = state
                    if entry.name not in self._ram:
                        self._ram_used += entry.size
                    self._ram[entry.name] = entry
                    self._ram.move_to_end(entry.name)
            self._trim_ram()
            return entry.tokens, state
        return None

    def forget(self, key: StateKey, tokens: Sequence[int]) -> None:
        """Drop the states of exactly these tokens (llama.cpp refused one)."""
        toks = array.array("i", tokens)
        with self._lock:
            for e in [e for e in self._entries.values() if e.key == key and e.tokens == toks]:
                self._drop(e, delete_file=True)

    def forget_owner(self, owner: str) -> None:
        """Drop every state of the chat ``owner``, in RAM and on disk (the chat was
        deleted: its states hold its words). One being written is deleted once written."""
        if not owner:
            return
        with self._lock:
            for e in [e for e in self._entries.values() if e.owner == owner]:
                self._drop(e, delete_file=True)
            if self._dir is not None:
                state_files.clear(self._dir, owner)

    def clear(self) -> None:
        """Forget every state, in RAM and on disk."""
        with self._lock:
            self._entries.clear()
            self._ram.clear()
            self._ram_used = 0
            self._scanned.clear()
            if self._dir is not None:
                state_files.clear(self._dir)

    def ram_used(self) -> int:
        return self._ram_used

    def close(self, timeout: float = 10.0) -> None:
        """Finish pending writes (bounded) and stop the writer."""
        self._idle.set()
        if self._writer is not None and self._writer.is_alive():
            self.flush(timeout)
            self._queue.put(None)

    # -- internals (under the lock) ------------------------------------------------------

    def _scan(self, key: StateKey) -> None:
        """Index this key's files on disk (headers and tokens only), once."""
        if self._dir is None or key.digest in self._scanned:
            return
        self._scanned.add(key.digest)
        for path in state_files.state_files(self._dir):
            if not path.name.startswith(key.digest + "-") or path.name in self._entries:
                continue
            header = state_files.read_header(path)
            if (
                header is None
                or header.key != key
                or path.name != state_files.file_name(key, header.tokens, header.owner)
            ):
                log.warning("resume cache: %s is damaged or foreign; deleted", path.name)
                path.unlink(missing_ok=True)
                continue
            self._entries[path.name] = _Entry(
                key, header.tokens, path.name, header.state_bytes, None, header, owner=header.owner
            )

    def _drop(self, entry: _Entry, delete_file: bool) -> None:
        self._entries.pop(entry.name, None)
        if self._ram.pop(entry.name, None) is not None:
            self._ram_used -= entry.size
        entry.state = None
        if delete_file and entry.header is not None:
            entry.header.path.unlink(missing_ok=True)

    def _trim_ram(self) -> None:
        with self._lock:
            while self._ram_used > self.options.ram_bytes and self._ram:
                name, entry = self._ram.popitem(last=False)
                self._ram_used -= entry.size
                if entry.pending:
                    continue  # the writer still needs the bytes; it lets go of them
                entry.state = None
                if entry.header is None:
                    self._entries.pop(name, None)
