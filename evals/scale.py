"""Scale benchmark: the assistant over synthetic federations of 10, 50, 200... agreements.

    python -m evals.scale --agreements 10,50,200 --out scale-out [--embedder fake|e5] [--stores disk,server]

For each size N it writes a synthetic corpus of N agreements made by rewriting the bundled
ones (agreement i is a copy of bundled agreement i mod 5 with a new key, title and aliases,
the clauses of each article in another order under the same ascending numbers, its
parenthesised numbers ("soixante (60) jours") shifted and its own name in the text, so
that every copy's texts differ and still parse), ingests it (``ingest.pipeline.ingest``; passage and
sentence vectors from ``--embedder``, the fast deterministic ``fake`` one by default), then
starts a *serving process* (this module with ``--serve``) that opens the Assistant and asks
a few hundred gold-like questions, each embedded by the real e5 query embedder, and
reports its own resident memory and the latency of every ``Assistant.ask``. It does so for
Chroma on disk and for a Chroma server (``chroma run`` on 127.0.0.1, always stopped).

Writes ``OUT/scale.json`` (one row per size and store: agreements, passages, units,
ingest_s, rss_mb, peak_rss_mb, p50_ms, p95_ms, embed_ms, store, and the p95 of the e5
embedding and of the rest of a question, with the load average), ``OUT/scale.md`` and ``OUT/scale.png``
(latency and memory against corpus size). Working folders go under ``OUT/work`` and are
removed at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from ingest.config import PROJECT_ROOT
from ingest.normalise import remove_clause_bullets
from ingest.numbering import CLAUSE_NUMBER, ClauseNumber

log = logging.getLogger(__name__)

STORES = ("disk", "server")
_PAREN_NUMBER = re.compile(r"\((\d{1,3})\)")
_LEADING_NUMBER = re.compile(rf"^([ \t]*(?:\*\*)?){CLAUSE_NUMBER}")


@dataclass(frozen=True)
class ScaleRow:
    """One measured size and store (a row of scale.json)."""

    agreements: int
    store: str
    passages: int
    units: int
    ingest_s: float
    rss_mb: float  # resident memory of the serving process after its questions
    peak_rss_mb: float  # its peak resident memory (VmHWM)
    open_s: float  # opening the index and building the Assistant
    p50_ms: float  # Assistant.ask, real e5 query embedding included
    p95_ms: float
    embed_ms: float  # median e5 query embedding alone
    questions: int
    store_rss_mb: float | None = None  # the Chroma server's resident memory (server store)
    embed_p95_ms: float | None = None  # p95 of a question's e5 query embedding time
    rest_p95_ms: float | None = None  # p95 of the rest (search, lookups, answer): latency less embedding
    load_1min: float | None = None  # the machine's 1-minute load average when the questions ended


@dataclass(frozen=True)
class ServeResult:
    """What a serving process reports (written as JSON by ``--serve``)."""

    open_s: float
    latencies_ms: list[float]
    embed_ms: list[float]
    rss_mb: float
    peak_rss_mb: float
    question_embed_ms: list[float] = field(default_factory=list)  # e5 time within each question
    load_1min: float | None = None


# -- synthetic corpus --------------------------------------------------------------------


def _boundaries(lines: Sequence[str]) -> list[tuple[int, ClauseNumber | None]]:
    """Lines that start a unit (clause, article, chapter, annex, letter, section, signature,
    an amending agreement's item), outside tables of contents, each with its clause number
    (None: not a numbered line)."""
    from ingest.amendments import find_items
    from ingest.lines import (ANNEX_LINE, CHAPTER_LINE, LETTER_LINE, SECTION_LINE, SIGNATURE_LINE,
                              numbered_line, split_lines)
    from ingest.toc import toc_line_indexes

    split = split_lines("\n".join(lines))
    skipped = toc_line_indexes(split)
    items = {line for line, _, _ in find_items(split)}  # "28) Les clauses ... sont remplacées": kept in place
    found: list[tuple[int, ClauseNumber | None]] = []
    for i, line in enumerate(lines):
        if i in skipped or not line.strip():
            continue
        if i in items:
            found.append((i, None))
            continue
        numbered = numbered_line(line.replace("**", " "))  # "9-2.23**A) Frais**": the ingest strips the markup
        if numbered is not None:
            found.append((i, numbered.number))
        elif any(p.match(line) for p in (CHAPTER_LINE, ANNEX_LINE, LETTER_LINE, SECTION_LINE, SIGNATURE_LINE)):
            found.append((i, None))
    return found


def shuffle_clauses(text: str, seed: int) -> str:
    """``text`` with the clauses of each article in another order, renumbered in that order.

    A clause is its numbered line and every line up to the next unit; consecutive clauses of
    one article ("7-5.01" ... "7-5.14") are permuted (seeded) and the numbers are written back
    in ascending order, so the copy parses into the same clause ids with other texts under
    them (numbers must increase for the parser to take a line as a clause).
    """
    lines = remove_clause_bullets(text).split("\n")  # "- 1-2.40 Matière": the ingest drops the bullet too
    starts = _boundaries(lines) + [(len(lines), None)]
    rng = random.Random(seed)
    out = list(lines)
    run: list[tuple[int, int, ClauseNumber]] = []  # (first line, end line, number) of one article's clauses

    def flush() -> None:
        quoted = bool(run) and any("«" in line or "»" in line for line in lines[run[0][0]:run[-1][1]])
        if len(run) >= 2 and not quoted:  # an amendment's quoted new text ("« 5-15.02 ... »") stays whole
            order = list(range(len(run)))
            rng.shuffle(order)
            position = run[0][0]
            for slot, taken in enumerate(order):
                first, end, _ = run[taken]
                block = lines[first:end]
                label = run[slot][2].label
                block = [_LEADING_NUMBER.sub(lambda m: m.group(1) + label, block[0], count=1), *block[1:]]
                out[position:position + len(block)] = block
                position += len(block)
        run.clear()

    for (line, number), (end, _) in zip(starts, starts[1:]):
        clause = number is not None and number.clause > 0 and not number.suffix
        if run and not (clause and run[-1][1] == line and (number.chapter, number.article)
                        == (run[-1][2].chapter, run[-1][2].article)):
            flush()
        if clause:
            run.append((line, end, number))
    flush()
    return "\n".join(out)


def _copy_text(text: str, copy: int, names: Sequence[str]) -> str:
    """A copy's text: clauses shuffled within their article, parenthesised numbers shifted,
    the copy number after its own names."""
    if copy == 0:
        return text
    shifted = _PAREN_NUMBER.sub(lambda m: f"({int(m.group(1)) + copy})", shuffle_clauses(text, copy))
    for name in names:
        if len(name) >= 6:
            shifted = shifted.replace(name, f"{name} {copy}")
    return shifted


def synthetic_corpus(source_dir: Path, count: int, out_dir: Path) -> list[str]:
    """Write ``count`` agreements rewritten from ``source_dir`` (with its manifest) into
    ``out_dir`` with a manifest; returns the new keys in order."""
    manifest = tomllib.loads((Path(source_dir) / "manifest.toml").read_text(encoding="utf-8"))
    bases = [entry for entry in manifest["document"] if Path(entry["file"]).suffix in (".txt", ".md")]
    if not bases:
        raise SystemExit(f"{source_dir}: no .txt or .md agreement to rewrite")
    out_dir.mkdir(parents=True, exist_ok=True)
    entries: list[str] = []
    keys: list[str] = []
    texts = {entry["key"]: (Path(source_dir) / entry["file"]).read_text(encoding="utf-8") for entry in bases}
    for i in range(count):
        base = bases[i % len(bases)]
        copy = i // len(bases)
        key = base["key"] if copy == 0 else f"{base['key']}{copy:03d}"
        names = [base["title"], *base.get("parties", []), *(a for a in base.get("aliases", []) if len(a) >= 6)]
        suffix = Path(base["file"]).suffix
        (out_dir / f"{key}{suffix}").write_text(_copy_text(texts[base["key"]], copy, names), encoding="utf-8")
        entry = {**base, "key": key, "file": f"{key}{suffix}"}
        if copy:
            entry["title"] = f"{base['title']} {copy}"
            entry["full_title"] = f"{base.get('full_title', base['title'])} (copie {copy})"
            entry["aliases"] = [f"{alias} {copy}" for alias in base.get("aliases", [])]
        entries.append(_toml_entry(entry))
        keys.append(key)
    (out_dir / "manifest.toml").write_text("\n".join(entries), encoding="utf-8")
    return keys


def _toml_entry(entry: dict) -> str:
    lines = ["[[document]]"]
    for name, value in entry.items():
        lines.append(f"{name} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def questions(gold: Path, keys: Sequence[str], count: int) -> list[dict]:
    """``count`` gold-like questions: the gold questions in turn, each asked of the whole
    corpus and, every other round, within one copy of its document."""
    items = [json.loads(line) for line in Path(gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    if not items:
        raise SystemExit(f"{gold}: no question")
    by_base: dict[str, list[str]] = {}
    for key in keys:
        by_base.setdefault(re.sub(r"\d{3}$", "", key), []).append(key)
    out: list[dict] = []
    round_ = 0
    while len(out) < count:
        for item in items:
            if len(out) >= count:
                break
            copies = by_base.get(item.get("doc") or "", [])
            docs = [copies[round_ % len(copies)]] if round_ % 2 and copies else None
            out.append({"question": item["question"], "docs": docs})
        round_ += 1
    return out


# -- the serving process -------------------------------------------------------------------


def _memory_mb(field: str, pid: int | str = "self") -> float:
    """VmRSS / VmHWM of a process in MB (Linux /proc)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class _QueryTimer:
    """The query side of the benchmark: the real e5 query embedder (or the fake one in
    tests) under the index's embedder name, so the Assistant accepts it, with timings."""

    def __init__(self, name: str, query_embedder: str, dim: int):
        from ingest.embeddings import get_embedder

        self.name = name
        self.answer_similarity = None
        self._embedder = get_embedder(query_embedder)
        self._dim = dim
        self.times_ms: list[float] = []

    def embed_query(self, text: str) -> np.ndarray:
        started = time.perf_counter()
        vector = np.asarray(self._embedder.embed_query(text), dtype=np.float32)
        self.times_ms.append((time.perf_counter() - started) * 1000)
        if vector.shape[0] != self._dim:  # fake passages of another size: keep the cost, fit the shape
            vector = np.resize(vector, self._dim)
            vector /= float(np.linalg.norm(vector)) or 1.0
        return vector

    def embed_passages(self, texts):  # pragma: no cover - the serving process embeds no passage
        raise NotImplementedError


def serve(data_dir: Path, questions_file: Path, query_embedder: str, result_file: Path) -> None:
    """Open the Assistant over ``data_dir``, ask every question, write a ServeResult."""
    from assistant.service import Assistant
    from ingest.index import open_index

    started = time.perf_counter()
    index = open_index(data_dir)
    dim = int(index.meta.get("dim") or _collection_dim(index))
    embedder = _QueryTimer(index.embedder_name, query_embedder, dim)
    assistant = Assistant(index, embedder)
    open_s = time.perf_counter() - started
    asked = json.loads(Path(questions_file).read_text(encoding="utf-8"))
    for item in asked[:3]:  # warm-up: first query loads the model
        assistant.ask(item["question"], docs=item["docs"])
    embedder.times_ms.clear()
    latencies: list[float] = []
    question_embed: list[float] = []
    for item in asked:
        embedded = len(embedder.times_ms)
        begun = time.perf_counter()
        assistant.ask(item["question"], docs=item["docs"])
        latencies.append((time.perf_counter() - begun) * 1000)
        question_embed.append(sum(embedder.times_ms[embedded:]))
    result = ServeResult(open_s, latencies, embedder.times_ms, _memory_mb("VmRSS"), _memory_mb("VmHWM"),
                         question_embed, round(os.getloadavg()[0], 2))
    Path(result_file).write_text(json.dumps(asdict(result)), encoding="utf-8")


def _collection_dim(index) -> int:
    if index.sentences is not None and len(index.sentences):
        return int(index.sentences.vectors.shape[1])
    got = index._collection.get(limit=1, include=["embeddings"])
    return len(got["embeddings"][0])


def run_serving_process(data_dir: Path, asked: list[dict], query_embedder: str, work: Path) -> ServeResult:
    """Run ``--serve`` in a fresh Python process and read its result."""
    questions_file = work / "questions.json"
    questions_file.write_text(json.dumps(asked, ensure_ascii=False), encoding="utf-8")
    result_file = work / "serve-result.json"
    result_file.unlink(missing_ok=True)
    command = [sys.executable, "-m", "evals.scale", "--serve", str(data_dir), "--questions-file", str(questions_file),
               "--query-embedder", query_embedder, "--result", str(result_file)]
    env = dict(os.environ, OMP_WAIT_POLICY="PASSIVE", ANONYMIZED_TELEMETRY="False")
    subprocess.run(command, check=True, env=env, cwd=PROJECT_ROOT)
    return ServeResult(**json.loads(result_file.read_text(encoding="utf-8")))


# -- Chroma server ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def chroma_server(path: Path, ready_timeout: float = 120.0) -> Iterator[tuple[str, int]]:
    """``chroma run`` on 127.0.0.1 over ``path``; yields (URL, pid); always terminated."""
    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    command = [str(chroma) if chroma.exists() else "chroma", "run", "--path", str(path),
               "--host", "127.0.0.1", "--port", str(port)]
    log_file = open(path.parent / f"{path.name}.log", "w")
    process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT,
                               env=dict(os.environ, ANONYMIZED_TELEMETRY="False"))
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(process, f"{url}/api/v2/heartbeat", ready_timeout)
        yield url, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)
        log_file.close()


def _wait_for(process: subprocess.Popen, url: str, timeout: float) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chroma run exited with code {process.returncode}")
        try:
            with opener.open(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"chroma run did not answer {url} within {timeout:.0f} s")


# -- one size ---------------------------------------------------------------------------------


def measure_size(count: int, stores: Sequence[str], args, work: Path) -> list[ScaleRow]:
    """Build, ingest and serve the synthetic corpus of ``count`` agreements, per store."""
    from ingest.embeddings import get_embedder
    from ingest.pipeline import ingest

    corpus = work / f"corpus-{count}"
    if corpus.exists():
        shutil.rmtree(corpus)
    keys = synthetic_corpus(args.source, count, corpus)
    asked = questions(args.gold, keys, args.questions)
    embedder = get_embedder(args.embedder)
    rows: list[ScaleRow] = []
    for store in stores:
        data = work / f"data-{count}-{store}"
        if data.exists():
            shutil.rmtree(data)
        with contextlib.ExitStack() as stack:
            url, pid = None, None
            if store == "server":
                chroma_path = work / f"chroma-{count}"
                if chroma_path.exists():
                    shutil.rmtree(chroma_path)
                chroma_path.mkdir(parents=True)
                url, pid = stack.enter_context(chroma_server(chroma_path))
            started = time.perf_counter()
            ingest(corpus, data, embedder, chroma_url=url, cache_path=work / "embedding-cache.sqlite")
            ingest_s = time.perf_counter() - started
            meta = json.loads((data / (data / "CURRENT").read_text().strip() / "meta.json").read_text())
            served = run_serving_process(data, asked, args.query_embedder, work)
            row = ScaleRow(
                agreements=count, store=store, passages=int(meta["chunks"]), units=int(meta.get("sentence_units", 0)),
                ingest_s=round(ingest_s, 1), rss_mb=round(served.rss_mb, 1), peak_rss_mb=round(served.peak_rss_mb, 1),
                open_s=round(served.open_s, 2), p50_ms=round(float(np.percentile(served.latencies_ms, 50)), 1),
                p95_ms=round(float(np.percentile(served.latencies_ms, 95)), 1),
                embed_ms=round(float(np.median(served.embed_ms)), 1) if served.embed_ms else 0.0,
                questions=len(served.latencies_ms),
                store_rss_mb=round(_memory_mb("VmRSS", pid), 1) if pid else None,
                **_split(served),
            )
        log.info("%s", row)
        rows.append(row)
        if not args.keep:
            shutil.rmtree(data, ignore_errors=True)
            shutil.rmtree(work / f"chroma-{count}", ignore_errors=True)
    if not args.keep:
        shutil.rmtree(corpus, ignore_errors=True)
    return rows


def _split(served: ServeResult) -> dict:
    """The p95 of the e5 embedding within a question and of the rest (latency less embedding)."""
    if len(served.question_embed_ms) != len(served.latencies_ms) or not served.latencies_ms:
        return {"load_1min": served.load_1min}
    embed = np.asarray(served.question_embed_ms)
    rest = np.asarray(served.latencies_ms) - embed
    return {"embed_p95_ms": round(float(np.percentile(embed, 95)), 1),
            "rest_p95_ms": round(float(np.percentile(rest, 95)), 1), "load_1min": served.load_1min}


def plot(rows: Sequence[ScaleRow], path: Path) -> None:
    """Latency (p50, p95) and serving memory against the number of agreements, per store."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (latency, memory) = plt.subplots(1, 2, figsize=(11, 4))
    for store in dict.fromkeys(r.store for r in rows):
        mine = sorted((r for r in rows if r.store == store), key=lambda r: r.agreements)
        sizes = [r.agreements for r in mine]
        latency.plot(sizes, [r.p50_ms for r in mine], "o-", label=f"p50 ({store})")
        latency.plot(sizes, [r.p95_ms for r in mine], "s--", label=f"p95 ({store})")
        memory.plot(sizes, [r.rss_mb for r in mine], "o-", label=f"serving RSS ({store})")
    latency.set(xlabel="agreements", ylabel="ms per question (e5 query included)", title="Latency")
    memory.set(xlabel="agreements", ylabel="MB", title="Serving process memory")
    for axis in (latency, memory):
        axis.grid(alpha=0.3)
        axis.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def markdown_table(rows: Sequence[ScaleRow]) -> str:
    """The rows as the README's table."""
    lines = ["| agreements | store | passages | sentence units | ingest (s) | open (s) | serving RSS (MB) | p50 (ms) "
             "| p95 (ms) | e5 p95 (ms) | rest p95 (ms) | load |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r.agreements} | {r.store} | {r.passages:,} | {r.units:,} | {r.ingest_s:.0f} | {r.open_s:.0f} | "
                     f"{r.rss_mb:.0f} | {r.p50_ms:.0f} | {r.p95_ms:.0f} | {_cell(r.embed_p95_ms)} | "
                     f"{_cell(r.rest_p95_ms)} | {_cell(r.load_1min, '.1f')} |")
    return "\n".join(lines)


def _cell(value: float | None, spec: str = ".0f") -> str:
    return "" if value is None else format(value, spec)


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a comma-separated list of numbers") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive numbers, e.g. 10,50,200")
    return sizes


def _stores(text: str) -> list[str]:
    stores = [s.strip() for s in text.split(",") if s.strip()]
    unknown = [s for s in stores if s not in STORES]
    if unknown or not stores:
        raise argparse.ArgumentTypeError(f"unknown store(s) {', '.join(unknown) or text!r}; valid: {', '.join(STORES)}")
    return stores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--agreements", type=_sizes, default=[10, 50, 200], help="corpus sizes, e.g. 10,50,200")
    parser.add_argument("--out", type=Path, default=Path("scale-out"), help="where scale.json and scale.png go")
    parser.add_argument("--embedder", choices=("fake", "e5"), default="fake",
                        help="passage and sentence vectors: fake (fast, deterministic; 384-d like e5) or e5")
    parser.add_argument("--query-embedder", choices=("e5", "fake"), default="e5",
                        help="question vectors (default: the real e5 query embedder)")
    parser.add_argument("--stores", type=_stores, default=list(STORES), help="disk, server or both")
    parser.add_argument("--questions", type=int, default=300, help="questions asked per size and store")
    parser.add_argument("--source", type=Path, default=PROJECT_ROOT / "corpus", help="agreements to rewrite")
    parser.add_argument("--gold", type=Path, default=PROJECT_ROOT / "evals" / "gold.jsonl", help="questions to ask")
    parser.add_argument("--keep", action="store_true", help="keep the synthetic corpora and indexes in OUT/work")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)  # internal: the serving process
    parser.add_argument("--questions-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for noisy in ("chromadb", "httpx", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if args.serve:
        serve(args.serve, args.questions_file, args.query_embedder, args.result)
        return 0
    if args.embedder == "fake":
        args.embedder = "fake:384"
    args.out.mkdir(parents=True, exist_ok=True)
    work = args.out / "work"
    work.mkdir(exist_ok=True)
    rows: list[ScaleRow] = []
    try:
        for count in args.agreements:
            rows.extend(measure_size(count, args.stores, args, work))
            _write(rows, args.out)  # after every size: a long run keeps what finished
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(markdown_table(rows))
    return 0


def _write(rows: Sequence[ScaleRow], out: Path) -> None:
    (out / "scale.json").write_text(json.dumps([asdict(r) for r in rows], indent=2), encoding="utf-8")
    (out / "scale.md").write_text(markdown_table(rows) + "\n", encoding="utf-8")
    plot(rows, out / "scale.png")


if __name__ == "__main__":
    sys.exit(main())
