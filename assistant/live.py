"""The page's assistant while the index builds and after: :class:`LiveAssistant`.

:func:`start_live_assistant` gives the page something to answer with in seconds:

- when the data folder has a current generation the configured embedder can read, it is
  opened (full mode), and an incremental ingest runs in the background (a document added
  to ``corpus/`` since the last start is indexed, then served);
- otherwise the corpus is parsed and BM25-indexed in memory
  (:func:`ingest.pipeline.lexical_index`, a few seconds) and questions are answered in
  **reduced mode** (BM25 + clause-number routing, no vectors; every answer says so) while
  the full ingest runs in a background thread, its progress on the page
  (:meth:`LiveAssistant.status_line`).

A new generation, written by that background ingest or by another process (``python -m
ingest``; a watcher polls ``data/CURRENT``, a cheap ``stat``), is opened beside the one in
use and swapped in by one assignment: a question already running finishes on the old
index, the next one uses the new one, without a restart. The opened generation is leased
(:mod:`ingest.lock`), so no ingest removes it while it is read.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from common.errors import AssistantError
from ingest.config import Settings
from ingest.embeddings import Embedder, get_embedder
from ingest.errors import EmbedderError
from ingest.index import CURRENT, current_generation, open_index

from .chat import Conversation
from .config import AssistantSettings
from .service import Assistant, build_assistant
from .types import Answer

log = logging.getLogger(__name__)

#: Share of the progress bar the embedding stage fills; storing in Chroma fills the rest (hand-set).
EMBEDDING_SHARE = 0.95
#: Seconds between two looks at data/CURRENT for a generation written by another process (hand-set).
WATCH_SECONDS = 5.0
#: Seconds of measured embedding before the first time-left estimate: the first calls' rate
#: is too noisy to announce (hand-set; a call of 16 texts takes 1-5 s on 2 cores).
ESTIMATE_AFTER_SECONDS = 5.0
#: Seconds ``app.py`` waits, once the page is served, for the first build's first estimate (hand-set).
FIRST_ESTIMATE_WAIT = 120.0
#: Niceness added to the background build's thread (and the embedding threads it starts), so the
#: page's questions go first on a small machine (hand-set).
BUILD_NICENESS = 10

REDUCED_NOTICE = "Mode réduit : index en cours de construction ({percent} %) ; réponses par mots-clés seulement."
FIRST_START = ("Indexation du corpus en arrière-plan (première fois ; le temps restant, mesuré sur les premiers "
               "textes vectorisés, s'affiche sur la page) : en attendant, réponses par mots-clés (mode réduit).")
REDUCED_FAILED = ("Mode réduit : l'index complet n'a pas pu être construit (voir le journal du serveur) ; "
                  "réponses par mots-clés seulement.")


# -- progress of the background build ------------------------------------------------------------


@dataclass(frozen=True)
class IndexProgress:
    """Where the background build stands: ``state`` is "idle" (none running), "building",
    "waiting" (another process holds the ingest lock), "ready" or "failed"."""

    state: str = "idle"
    percent: int = 0
    seconds_left: float | None = None
    waiting_pid: int | None = None

    @property
    def running(self) -> bool:
        return self.state in ("building", "waiting")

    def line(self) -> str:
        """The page's progress line (French), "" when no build is running or failed."""
        if self.state == "building":
            return f"Indexation : {self.percent} % ({_time_left(self.seconds_left)})"
        if self.state == "waiting":
            pid = f" (pid {self.waiting_pid})" if self.waiting_pid else ""
            return f"Indexation : en attente d'une autre indexation en cours{pid}"
        if self.state == "failed":
            return "Indexation interrompue : voir le journal du serveur."
        return ""


def _time_left(seconds: float | None) -> str:
    if seconds is None:
        return "calcul du temps restant…"
    if seconds < 60:
        return "moins d'une minute restante"
    return f"environ {round(seconds / 60)} min restantes"


class ProgressTracker:
    """Turns ``ingest``'s ``on_progress(stage, done, total)`` calls into an :class:`IndexProgress`
    (thread-safe: the build thread writes, page requests read).

    The time left is the texts left divided by the throughput measured since the first
    embedding report (texts found in the cache excluded), announced once
    ``ESTIMATE_AFTER_SECONDS`` of embedding were measured. ``embed_with_cache`` embeds in a
    fixed shuffle (long passages and short sentences mixed), so the early throughput is the
    whole build's. A real cold build of two agreements (620 texts, in-process e5, machine
    loaded ~6): 1.06-1.09x the real time left in its first 10 %, where passages first gave
    8.6-11.5x; a simulated build of the whole corpus's shape stays within 12 % from the first
    estimate on (tests/unit/test_live.py).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 estimate_after: float = ESTIMATE_AFTER_SECONDS):
        self._clock = clock
        self._estimate_after = estimate_after
        self._changed = threading.Condition()
        self._progress = IndexProgress()
        self._first: tuple[float, int] | None = None  # (time, texts done) at the first embedding report

    def snapshot(self) -> IndexProgress:
        with self._changed:
            return self._progress

    def _set(self, progress: IndexProgress) -> IndexProgress:
        """Replace the progress (the caller holds the condition); the previous one."""
        previous, self._progress = self._progress, progress
        self._changed.notify_all()
        return previous

    def start(self) -> None:
        with self._changed:
            self._set(IndexProgress("building"))
            self._first = None

    def on_wait(self, pid: int | None) -> None:
        with self._changed:
            self._set(IndexProgress("waiting", waiting_pid=pid))

    def on_progress(self, stage: str, done: int, total: int) -> None:
        now = self._clock()
        with self._changed:
            left = None
            if stage == "embedding":
                share = EMBEDDING_SHARE * done / max(total, 1)
                if self._first is None:  # the first report counts texts already in the cache
                    self._first = (now, done)
                elif now - self._first[0] >= self._estimate_after:
                    since, done_then = self._first
                    rate = (done - done_then) / (now - since)
                    left = (total - done) / rate if rate > 0 else None
            else:  # "storing": fast, no estimate
                share = EMBEDDING_SHARE + (1 - EMBEDDING_SHARE) * done / max(total, 1)
                left = 0.0 if done >= total else None
            progress = IndexProgress("building", min(int(share * 100), 99), left)
            previous = self._set(progress)
        if progress.percent // 10 > previous.percent // 10 or (left is not None and previous.seconds_left is None):
            log.info("index build: %d %% (%s)", progress.percent,  # every tenth, and the first estimate
                     "?" if left is None else f"{left:.0f} s left")

    def finish(self, ok: bool) -> None:
        with self._changed:
            self._set(IndexProgress("ready" if ok else "failed", 100 if ok else self._progress.percent))

    def wait_for_estimate(self, timeout: float) -> IndexProgress:
        """The progress once the build has a time-left estimate, or has ended, or after
        ``timeout`` seconds, whichever comes first."""
        with self._changed:
            self._changed.wait_for(lambda: self._progress.seconds_left is not None
                                   or self._progress.state in ("ready", "failed", "idle"), timeout)
            return self._progress


# -- the assistant the page holds -----------------------------------------------------------------

#: One generation opened at a time in a process: Chroma's client set-up is not thread-safe, and two
#: LiveAssistants opening the same new store at once failed with "'RustBindingsAPI' object has no
#: attribute 'bindings'" (seen in tests/unit/test_live.py, two pages in one process).
_OPENING = threading.Lock()



@dataclass(frozen=True)
class _Serving:
    """What answers now; replaced as a whole, so a reader never sees a half-swapped state."""

    assistant: Assistant
    reduced: bool  # True: the lexical index, no vectors
    generation: str | None  # name of the generation folder, None for the in-memory lexical index


class LiveAssistant:
    """An :class:`~assistant.service.Assistant` that can be replaced while the page runs.

    ``ask`` and ``conversation`` are its own (a reduced-mode answer says so; a conversation
    asks through this object, so it moves to the new index with the page); every other
    attribute is the current Assistant's (``documents``, ``open_clause``, ``outline``...).
    ``open_full()`` opens the data folder's current generation as an Assistant.
    """

    def __init__(self, assistant: Assistant, *, reduced: bool, data_dir: Path | None = None,
                 open_full: Callable[[], Assistant] | None = None):
        self._serving = _Serving(assistant, reduced, _generation_name(assistant))
        self._data_dir = Path(data_dir) if data_dir is not None else None
        self._open_full = open_full
        self._swap_lock = threading.Lock()
        self._failed_generation: str | None = None
        self._stop = threading.Event()
        self._builder: threading.Thread | None = None
        self.progress = ProgressTracker()
        #: the ingest :meth:`start_build` runs (``run_ingest(on_progress, on_wait)``), None when none
        self.pending_build: Callable[[Callable, Callable], object] | None = None

    # -- what the page calls ------------------------------------------------------------

    @property
    def current(self) -> Assistant:
        """The Assistant answering now."""
        return self._serving.assistant

    @property
    def reduced(self) -> bool:
        """True while answers come from the lexical index (no vectors yet)."""
        return self._serving.reduced

    @property
    def generation(self) -> str | None:
        """The generation folder served (None: the in-memory lexical index)."""
        return self._serving.generation

    def ask(self, question: str, docs: Sequence[str] | None = None, history: Sequence[Answer] = ()) -> Answer:
        """The current Assistant's answer; in reduced mode, its text ends with the reduced-mode notice."""
        serving = self._serving
        answer = serving.assistant.ask(question, docs=docs, history=history)
        if not serving.reduced:
            return answer
        return replace(answer, text=f"{answer.text}\n\n{self.reduced_notice()}")

    def conversation(self, docs: Sequence[str] | None = None) -> Conversation:
        """A new conversation asking through this object (it follows the swaps)."""
        return Conversation(self, docs)

    def reduced_notice(self) -> str:
        progress = self.progress.snapshot()
        if progress.state == "failed":
            return REDUCED_FAILED
        return REDUCED_NOTICE.format(percent=progress.percent)

    def status_line(self) -> str:
        """The page's progress line: "Indexation : 42 % (environ 6 min restantes)", "" when the
        full index is served and no build runs."""
        return self.progress.snapshot().line()

    def first_estimate(self, timeout: float = FIRST_ESTIMATE_WAIT) -> str:
        """Once the background build has measured its throughput: "Indexation : 3 % (environ
        4 min restantes, d'après le débit mesuré)."; "" when the build ended, or gave no
        estimate within ``timeout`` seconds (e.g. it waits for another process's ingest)."""
        progress = self.progress.wait_for_estimate(timeout)
        if progress.state != "building" or progress.seconds_left is None:
            return ""
        return progress.line().removesuffix(")") + ", d'après le débit mesuré)."

    def __getattr__(self, name: str):
        # only called for attributes this class does not define: the current Assistant's
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._serving.assistant, name)

    # -- swapping ------------------------------------------------------------------------

    def swap(self, assistant: Assistant, reduced: bool = False) -> None:
        """Serve ``assistant`` from the next question on (one assignment)."""
        self._serving = _Serving(assistant, reduced, _generation_name(assistant))
        log.info("now serving %s%s", self._serving.generation or "the lexical index", " (reduced)" if reduced else "")

    def refresh(self) -> bool:
        """Open the data folder's current generation and serve it, when it is not the one served.
        True when it swapped. A generation that cannot be opened is logged once and skipped."""
        if self._data_dir is None or self._open_full is None:
            return False
        with self._swap_lock:
            latest = current_generation(self._data_dir)
            if latest is None or latest.name in (self._serving.generation, self._failed_generation):
                return False
            try:
                with _OPENING:
                    assistant = self._open_full()
            except (AssistantError, OSError, ValueError) as exc:
                log.warning("cannot serve %s: %s", latest.name, exc)
                self._failed_generation = latest.name
                return False
            self.swap(assistant, reduced=False)
            return True

    def watch(self, interval: float = WATCH_SECONDS) -> threading.Thread:
        """Look at ``data/CURRENT`` every ``interval`` seconds (a stat) and :meth:`refresh`
        when it changed; a daemon thread, stopped by :meth:`stop`."""

        def loop() -> None:
            seen = None
            while not self._stop.wait(interval):
                stamp = _stamp(self._data_dir / CURRENT) if self._data_dir is not None else None
                if stamp != seen:
                    seen = stamp
                    try:
                        self.refresh()
                    except Exception:  # never let the watcher die
                        log.exception("could not look at the new index")

        thread = threading.Thread(target=loop, name="index-watcher", daemon=True)
        thread.start()
        return thread

    def build_in_background(self, run_ingest: Callable[[Callable, Callable], object]) -> threading.Thread:
        """Run ``run_ingest(on_progress, on_wait)`` in a daemon thread, its progress on the page,
        then serve the generation it wrote."""
        self.progress.start()

        def build() -> None:
            _lower_priority(BUILD_NICENESS)
            try:
                report = run_ingest(self.progress.on_progress, self.progress.on_wait)
            except Exception:
                log.exception("the background index build failed; answers stay in %s mode",
                              "reduced" if self.reduced else "full")
                self.progress.finish(ok=False)
                return
            for failure in getattr(report, "failures", ()):
                log.warning("%s: not indexed (%s)", failure.file, failure.error)
            self.refresh()
            self.progress.finish(ok=not self.reduced)

        thread = threading.Thread(target=build, name="index-build", daemon=True)
        self._builder = thread
        thread.start()
        return thread

    def start_build(self) -> threading.Thread | None:
        """Start :attr:`pending_build` in the background (once); None when there is none."""
        run_ingest, self.pending_build = self.pending_build, None
        return self.build_in_background(run_ingest) if run_ingest is not None else None

    def wait_for_build(self, timeout: float | None = None) -> bool:
        """Wait for the background build (if any) to end; True when none runs any more."""
        if self._builder is not None:
            self._builder.join(timeout)
        return self._builder is None or not self._builder.is_alive()

    def stop(self) -> None:
        """Stop the watcher (the build thread ends with its ingest)."""
        self._stop.set()


def _lower_priority(niceness: int) -> None:
    """Lower the calling thread's CPU priority (Linux: niceness is per thread, inherited by
    the threads it starts); best effort elsewhere."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(),
                       os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) + niceness)
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        pass


def _generation_name(assistant: Assistant) -> str | None:
    generation = getattr(assistant.index, "generation", None)
    return Path(generation).name if generation else None


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


# -- start-up -----------------------------------------------------------------------------------


class KeywordsOnlyEmbedder(Embedder):
    """Stands for the configured embedder over the lexical index: no vector is ever computed
    (the index has none to compare with), so a reduced-mode question costs BM25 only."""

    answer_similarity = None

    def __init__(self, name: str):
        self.name = name

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        raise EmbedderError("the lexical index has no vectors")

    def embed_query(self, text: str) -> np.ndarray:
        return np.zeros(1, dtype=np.float32)


def lexical_assistant(settings: Settings, embedder_name: str,
                      assistant_settings: AssistantSettings = AssistantSettings()) -> Assistant:
    """An Assistant over the corpus parsed and BM25-indexed in memory (seconds), no vectors."""
    from ingest.pipeline import lexical_index

    return build_assistant(lexical_index(settings.corpus_dir, embedder_name), KeywordsOnlyEmbedder(embedder_name),
                           assistant_settings)


def start_live_assistant(settings: Settings, assistant_settings: AssistantSettings = AssistantSettings(),
                         embedder: Embedder | None = None, watch_interval: float | None = WATCH_SECONDS,
                         build: bool = True) -> LiveAssistant:
    """The page's assistant, ready in seconds (see the module docstring): the current index
    when it can be served, else the lexical one; the ingest then runs in the background
    (``build`` False: from :meth:`LiveAssistant.start_build`, e.g. once the page is served)
    and (``watch_interval`` not None) a watcher serves any later generation.

    Raises AssistantError when the corpus has no document that can be parsed.
    """
    embedder = embedder or get_embedder(settings.embedder)

    def open_full() -> Assistant:
        return build_assistant(open_index(settings.data_dir), embedder, assistant_settings)

    assistant, reduced = None, False
    if current_generation(settings.data_dir) is not None:
        try:
            with _OPENING:
                assistant = open_full()
        except AssistantError as exc:  # another embedder, a missing store...: rebuilt in the background
            log.warning("cannot serve the current index (%s): answering by keywords until it is rebuilt", exc)
    if assistant is None:
        assistant, reduced = lexical_assistant(settings, embedder.name, assistant_settings), True
    live = LiveAssistant(assistant, reduced=reduced, data_dir=settings.data_dir, open_full=open_full)

    def run_ingest(on_progress, on_wait):
        from ingest.pipeline import ingest

        return ingest(settings.corpus_dir, settings.data_dir, embedder, chroma_url=settings.chroma_url,
                      cache_path=settings.cache_path, on_progress=on_progress, wait_for_lock=True, on_wait=on_wait)

    live.pending_build = run_ingest
    live.progress.start()  # the page shows "Indexation : 0 %" until the build reports
    if build:
        live.start_build()
    if watch_interval is not None:
        live.watch(watch_interval)
    return live
