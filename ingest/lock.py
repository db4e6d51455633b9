"""Who may write the index, and which generations are still being read: fcntl locks in the data folder.

- **Writers** (``python -m ingest``, the page's background build) hold :func:`ingest_lock`, an
  exclusive ``flock`` on ``data/.ingest.lock`` that also records the holder's pid. A second
  writer either fails at once with :class:`IngestLockedError` ("another ingest is running
  (pid N)") or, with ``wait=True``, waits for the first to finish.
- **Readers** hold a :class:`GenerationLease` on the generation they opened: a shared
  ``flock`` on ``gen-N/.readers``. Pruning old generations (:func:`removal_claim`) takes
  the same file exclusively without waiting, so a generation some process still reads is
  kept, and a reader that arrives while a generation is being removed sees it is gone.

``flock`` locks belong to open files: they are released when the process ends, however
it ends, so a crashed reader or writer never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import time
from pathlib import Path
from typing import Callable, Iterator

from .errors import AssistantError

log = logging.getLogger(__name__)

LOCK_FILE = ".ingest.lock"
READERS_FILE = ".readers"


class IngestLockedError(AssistantError):
    """Another process holds the ingest lock of the data folder."""

    def __init__(self, data_dir: Path, pid: int | None):
        who = f" (pid {pid})" if pid else ""
        super().__init__(f"another ingest is running on {data_dir}{who}; wait for it to finish, then run it again")
        self.pid = pid


def holder_pid(data_dir: Path) -> int | None:
    """The pid recorded by the last process that took the ingest lock (None when unknown)."""
    try:
        text = (Path(data_dir) / LOCK_FILE).read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _holder_pid_soon(data_dir: Path, tries: int = 40, pause: float = 0.05) -> int | None:
    """The holder's pid, waiting up to ``tries * pause`` seconds for it: a process writes its pid
    just after taking the lock, so a waiter that comes in between reads an empty file."""
    for _ in range(tries):
        pid = holder_pid(data_dir)
        if pid is not None:
            return pid
        time.sleep(pause)
    return None


@contextlib.contextmanager
def ingest_lock(data_dir: Path, wait: bool = False,
                on_wait: Callable[[int | None], None] | None = None) -> Iterator[None]:
    """Hold the data folder's ingest lock for the ``with`` block.

    Without ``wait``, raises :class:`IngestLockedError` when another process holds it;
    with ``wait``, calls ``on_wait(pid)`` once and blocks until the lock is free.
    """
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    # "a+": opening must not erase the holder's pid before the lock is ours
    with open(data_dir / LOCK_FILE, "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _holder_pid_soon(data_dir)
            if not wait:
                raise IngestLockedError(data_dir, pid) from None
            log.info("another ingest is running on %s (pid %s): waiting for it", data_dir, pid or "?")
            if on_wait:
                on_wait(pid)
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            lock.seek(0)
            lock.truncate()
            lock.write(str(os.getpid()))
            lock.flush()
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class GenerationLease:
    """A reader's hold on one generation folder: while it is held, no ingest removes the folder.

    Released by :meth:`release`, or when the lease is garbage-collected or the process ends.
    """

    def __init__(self, generation: Path, handle):
        self.generation = Path(generation)
        self._handle = handle

    @property
    def held(self) -> bool:
        return self._handle is not None and not self._handle.closed

    def release(self) -> None:
        if self._handle is not None and not self._handle.closed:
            self._handle.close()  # closing the file releases the flock

    def __del__(self) -> None:  # pragma: no cover - timing of garbage collection
        self.release()


def lease_generation(generation: Path) -> GenerationLease | None:
    """A shared hold on ``generation``; None when the folder is gone (removed meanwhile) or
    the readers file cannot be opened (a read-only folder of an older generation: no lease)."""
    generation = Path(generation)
    path = generation / READERS_FILE
    try:
        handle = open(path, "rb") if path.exists() else open(path, "ab")
    except OSError as exc:
        if generation.is_dir():
            log.warning("cannot hold %s for reading (%s): it could be removed by a later ingest", generation, exc)
        return None
    fcntl.flock(handle, fcntl.LOCK_SH)  # waits only while a pruner is removing this very folder
    if not (generation / "meta.json").is_file():  # it was removed while we waited
        handle.close()
        return None
    return GenerationLease(generation, handle)


def create_readers_file(generation: Path) -> None:
    """Create the file readers lock in a generation being written (so read-only readers can lock it)."""
    (Path(generation) / READERS_FILE).touch()


def in_use(generation: Path) -> bool:
    """True when some process (this one included) holds a lease on ``generation``."""
    with removal_claim(generation) as free:
        return not free


@contextlib.contextmanager
def removal_claim(generation: Path) -> Iterator[bool]:
    """Try to take ``generation`` exclusively for removal; yields True when no reader holds it
    (readers arriving meanwhile wait, then find it gone), False when it is in use."""
    path = Path(generation) / READERS_FILE
    try:
        handle = open(path, "rb") if path.exists() else open(path, "ab")
    except OSError:
        yield True  # no readers file can be opened: nobody can hold a lease on it either
        return
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
