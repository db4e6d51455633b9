"""Real processes on loopback for deployment tests: a `chroma run` server and `python app.py` pages.

Each is a context manager that starts the process, waits until it answers, yields its
URL and stops it (its output goes to a log file, shown when it fails to start).
:func:`run_clients` runs many simultaneous clients of those pages (the load and
two-process tests), bounded in time.
"""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, ContextManager, Iterator

from ingest.config import PROJECT_ROOT
from tests.corpus_fixtures import free_port


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _wait_until(ready, proc: subprocess.Popen, log_path: Path, what: str, timeout: float) -> None:
    deadline = time.time() + timeout
    while True:
        try:
            if ready():
                return
        except Exception:
            pass
        if proc.poll() is not None or time.time() > deadline:
            _stop(proc)
            tail = log_path.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"{what} did not start (exit {proc.poll()}):\n{tail}")
        time.sleep(0.5)


@contextlib.contextmanager
def chroma_server(folder: Path, timeout: float = 60) -> Iterator[str]:
    """`chroma run --path folder/server-data` on a free loopback port; yields its URL."""
    from ingest.index import chroma_client

    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        chroma = Path(shutil.which("chroma") or "chroma")
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log_path = folder / "chroma.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen([str(chroma), "run", "--path", str(folder / "server-data"), "--host", "127.0.0.1",
                                 "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until(lambda: chroma_client(url=url).heartbeat(), proc, log_path, "chroma server", timeout)
            yield url
        finally:
            _stop(proc)


def clean_environment() -> dict[str, str]:
    """This process's environment without the developer's ASSISTANT_* settings, offline."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("ASSISTANT_")}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False",
               GRADIO_ANALYTICS_ENABLED="False")
    return env


@contextlib.contextmanager
def app_processes(env: dict[str, str], log_folder: Path, count: int = 1, timeout: float = 240) -> Iterator[list[str]]:
    """``count`` `python app.py` processes with the ASSISTANT_* settings ``env``, each on a free
    loopback port, started together; yields their page URLs once every page answers HTTP 200."""
    import httpx

    log_folder.mkdir(parents=True, exist_ok=True)
    started: list[tuple[subprocess.Popen, Path, str]] = []
    logs = []
    try:
        for number in range(count):
            port = free_port()
            log_path = log_folder / f"app-{number}.log"
            log = open(log_path, "w")
            logs.append(log)
            proc = subprocess.Popen([sys.executable, "app.py"], cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT,
                                    env={**clean_environment(), **env, "GRADIO_SERVER_PORT": str(port)})
            started.append((proc, log_path, f"http://127.0.0.1:{port}/"))
        for proc, log_path, url in started:
            _wait_until(lambda: httpx.get(url, timeout=5).status_code == 200, proc, log_path, f"app at {url}", timeout)
        yield [url for _, _, url in started]
    finally:
        for proc, _, _ in started:
            _stop(proc)
        for log in logs:
            log.close()


class PageWatch:
    """GETs the page every ``every`` seconds in a thread until stopped: each (status, seconds)."""

    def __init__(self, url: str, every: float = 0.5):
        self.url, self.every = url, every
        self.samples: list[tuple[int, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import httpx

        while not self._stop.is_set():
            started = time.perf_counter()
            try:
                status = httpx.get(self.url, timeout=30).status_code
            except Exception:
                status = 0
            self.samples.append((status, time.perf_counter() - started))
            self._stop.wait(self.every)

    def __enter__(self) -> "PageWatch":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(60)


@dataclass
class ClientRun:
    """What :func:`run_clients` saw: each client's result and failure by number, and the seconds
    from the moment every client was connected to the end of the last one (or the deadline)."""

    results: dict[int, Any]
    failures: dict[int, BaseException]
    seconds: float


def run_clients(count: int, connect: Callable[[int], Any], converse: Callable[[int, Any], Any],
                connect_timeout: float, run_timeout: float, during: ContextManager | None = None) -> ClientRun:
    """``count`` client threads: thread ``n`` calls ``connect(n)`` (e.g. a gradio_client
    ``Client``), waits behind a barrier until every client is connected, then its result is
    ``converse(n, client)``. A client that fails aborts the barrier, so nobody waits for a
    conversation that will never start; its exception is kept with its number.

    Bounded: the barrier waits ``connect_timeout`` seconds, and the clients have
    ``run_timeout`` seconds from the start (a client still running then has no result).
    ``during`` (e.g. a :class:`PageWatch`) is entered at the start and left at the end.
    """
    start = threading.Barrier(count + 1)  # the clients, and this thread to time the start
    results: dict[int, Any] = {}
    failures: dict[int, BaseException] = {}

    def client_thread(number: int) -> None:
        try:
            client = connect(number)
            start.wait(timeout=connect_timeout)
            results[number] = converse(number, client)
        except BaseException as exc:  # reported by the caller, with the client it broke
            failures[number] = exc
            start.abort()

    threads = [threading.Thread(target=client_thread, args=(n,), daemon=True) for n in range(count)]
    for thread in threads:
        thread.start()
    with contextlib.suppress(threading.BrokenBarrierError):  # a client that failed is in failures
        start.wait(timeout=connect_timeout)
    began = time.perf_counter()
    with during if during is not None else contextlib.nullcontext():
        for thread in threads:
            thread.join(timeout=max(0.0, began + run_timeout - time.perf_counter()))
    return ClientRun(dict(results), dict(failures), time.perf_counter() - began)


#: Ten teachers' conversations: a question, then a follow-up (the concurrency, load and
#: two-process tests spread them over their clients).
CONVERSATION_PAIRS = [
    ("J'ai combien de temps pour déposer un grief ?", "Et pour le déférer à l'arbitrage ?"),
    ("Les jours de maladie que je n'ai pas pris, est-ce qu'ils me sont payés ?", "Et à quel pourcentage ?"),
    ("Que dit la clause 5-3.01 ?", "Et la clause 5-3.02 ?"),
    ("Qu'est-ce qui remplace la clause 5-2.01 dans l'entente des Cris ?", "Et la clause 5-2.02 ?"),
    ("Combien de jours de congé de maladie ai-je par année ?", "Et pour un enseignant à temps partiel ?"),
    ("Combien dure la période de probation ?", "Et comment j'acquiers la permanence ?"),
    ("Combien de jours de congé pour mon mariage ?", "Et pour le décès de mon père ?"),
    ("Comment fonctionne le mentorat pour les nouveaux enseignants ?", "Et qui sont les mentors ?"),
    ("À quoi servent les mesures 15158 et 30100 ?", "Et quel est le montant prévu ?"),
    ("Quelle est la tâche de l'aide aux enseignants au CNCEC ?", "Et pour le volet mentor ?"),
]


def messages_of(result) -> list[dict]:
    """The chat messages of an /ask result (the chat, then the emptied question box)."""
    chat = result[0] if isinstance(result, (list, tuple)) and len(result) == 2 else result
    return [m if isinstance(m, dict) else {"role": m.role, "content": m.content} for m in chat]


def text_of(message: dict) -> str:
    content = message["content"]
    if isinstance(content, list):  # a list of content parts
        return " ".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return str(content)


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]
