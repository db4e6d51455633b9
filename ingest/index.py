"""The index on disk: chunks, BM25 and Chroma vectors, written atomically.

Layout of the data directory::

    CURRENT                 name of the generation in use, replaced atomically
    gen-000007/             one complete index
        meta.json           embedder, per-document content hashes and stats
        chunks.jsonl        every chunk with its metadata, in document order
        bm25/               French BM25 (bm25s)
        sentences.npz       the sentence units (ingest/sentences.py): passage position and span
        sentence-vectors.npy  one float16 vector per sentence unit (memory-mapped when read)
        .readers            readers hold a shared lock on it (ingest/lock.py): a generation in use is never pruned
        tables.jsonl        every numeric table as cells (ingest/tables.py), one table a line;
                            absent in generations written before tables: they open with none
        chroma/             Chroma PersistentClient (absent with a Chroma server)
    embedding-cache.sqlite  vectors by content hash, reused across ingests

A new generation is written beside the one in use and only becomes current once
complete, so a crash or Ctrl-C mid-ingest leaves the previous index usable, and a
re-ingest never duplicates a chunk. Writers hold the data folder's ingest lock
(``ingest/lock.py``); :func:`open_index` leases the generation it opens, and pruning
keeps every generation a process still reads, beside the newest ``keep``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import os
import shutil
import threading
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .bm25 import BM25Index
from .errors import IndexNotFoundError, StoreError
from .lock import GenerationLease, create_readers_file, lease_generation, removal_claim
from .tables import Table, read_jsonl as read_tables_jsonl, write_jsonl as write_tables_jsonl
from .types import Amendment, Chunk

log = logging.getLogger(__name__)

CURRENT = "CURRENT"
SENTENCE_VECTORS = "sentence-vectors.npy"
TABLES_FILE = "tables.jsonl"
LOCAL_COLLECTION = "clauses"
#: an index of at most this many passages is searched exactly (every passage vector scored, ties in
#: passage order), not through Chroma's HNSW graph, whose results change from one process to the next:
#: the records past its last saved batch are re-inserted into the graph on every opening, in a different
#: order, and a passage it misses in one process it finds in another (two identical runs of
#: python -m evals retrieved differently for 36 of 246 items; exact: none). Hand-set: at the limit ~30 MB
#: of float32 vectors, read from Chroma in ~0.4 s on the first question, and 0.3-4 ms per search (2-core
#: machine, quiet to loaded); beyond it the graph's approximate search is kept.
EXACT_SEARCH_MAX_PASSAGES = 20_000


# -- chunk (de)serialisation --------------------------------------------------------


def chunk_to_dict(chunk: Chunk) -> dict:
    data = dataclasses.asdict(chunk)
    data["heading_path"] = list(chunk.heading_path)
    return data


def chunk_from_dict(data: dict) -> Chunk:
    data = dict(data)
    amends = data.get("amends")
    if amends:
        data["amends"] = Amendment(**{**amends, "targets": tuple(amends["targets"])})
    data["heading_path"] = tuple(data.get("heading_path") or ())
    return Chunk(**data)


def chroma_metadata(chunk: Chunk) -> dict:
    """Scalar metadata Chroma can filter on (it accepts no None and no lists)."""
    meta = {
        "doc": chunk.doc,
        "clause_id": chunk.clause_id,
        "kind": chunk.kind,
        "article": chunk.article,
        "article_title": chunk.article_title,
        "chapter": chunk.chapter,
        "annex": chunk.annex,
        "page": chunk.page,
        "part": chunk.part,
        "parts": chunk.parts,
        "ordinal": chunk.ordinal,
        "start": chunk.start,
        "end": chunk.end,
    }
    if chunk.amends:
        meta.update(
            amends_action=chunk.amends.action,
            amends_item=chunk.amends.item,
            amends_targets=", ".join(chunk.amends.targets),
        )
    return {k: v for k, v in meta.items() if v is not None}


# -- Chroma ------------------------------------------------------------------------------


def chroma_client(path: Path | None = None, url: str | None = None):
    """A Chroma client: HttpClient for a server URL, else PersistentClient on ``path``."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if url:
            from urllib.parse import urlparse

            parsed = urlparse(url if "://" in url else f"http://{url}")
            return chromadb.HttpClient(
                host=parsed.hostname or "127.0.0.1",
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                settings=settings,
            )
        return chromadb.PersistentClient(path=str(path), settings=settings)
    except Exception as exc:
        where = url or path
        raise StoreError(f"cannot open the Chroma store at {where}: {exc}") from exc


def _collection(client, name: str, create: bool):
    # embedding_function=None: Chroma must never fall back to its default model (it downloads one).
    try:
        if create:
            return client.create_collection(name, embedding_function=None, metadata={"hnsw:space": "cosine"})
        return client.get_collection(name, embedding_function=None)
    except Exception as exc:
        raise StoreError(f"Chroma collection '{name}' is not available: {exc}") from exc


# -- writing --------------------------------------------------------------------------


def data_generations(data_dir: Path) -> list[Path]:
    return sorted(p for p in Path(data_dir).glob("gen-*") if p.is_dir() and not p.name.endswith(".tmp"))


def current_generation(data_dir: Path) -> Path | None:
    pointer = Path(data_dir) / CURRENT
    if not pointer.is_file():
        return None
    generation = Path(data_dir) / pointer.read_text().strip()
    return generation if (generation / "meta.json").is_file() else None


@dataclasses.dataclass(frozen=True)
class SentenceVectors:
    """Vectors of the sentence units of every chunk: unit i is
    ``chunks[chunk_pos[i]].text[starts[i]:ends[i]]``.

    On disk: ``sentences.npz`` (positions and spans) and ``sentence-vectors.npy`` (float16),
    memory-mapped when read, so a large index's vectors stay in the page cache, not in the
    serving process; an older generation with the vectors inside ``sentences.npz`` still reads.
    """

    vectors: np.ndarray  # (n, dim) L2-normalised; float16 when read from disk
    chunk_pos: np.ndarray  # (n,) int32, ascending
    starts: np.ndarray  # (n,) int32
    ends: np.ndarray  # (n,) int32

    def save(self, path: Path) -> None:
        with open(path, "wb") as out:
            np.savez(out, chunk_pos=self.chunk_pos, starts=self.starts, ends=self.ends)
        np.save(Path(path).with_name(SENTENCE_VECTORS), np.ascontiguousarray(self.vectors, dtype=np.float16))

    @classmethod
    def load(cls, path: Path) -> "SentenceVectors":
        with np.load(path) as data:
            if "vectors" in data.files:  # a generation written before sentence-vectors.npy
                vectors = data["vectors"].astype(np.float16)
            else:
                vectors = np.load(Path(path).with_name(SENTENCE_VECTORS), mmap_mode="r")
            return cls(vectors, data["chunk_pos"], data["starts"], data["ends"])

    def __len__(self) -> int:
        return len(self.chunk_pos)

    @functools.cached_property
    def unit_start(self) -> np.ndarray:
        """Units of passage p are rows ``unit_start[p]:unit_start[p + 1]`` (computed once, not per question)."""
        return np.searchsorted(self.chunk_pos, np.arange(int(self.chunk_pos[-1]) + 2 if len(self) else 1))

    def similarities(self, query: np.ndarray) -> "UnitSimilarities":
        """Cosine similarities of ``query`` to the units, computed per passage on demand."""
        return UnitSimilarities(self, np.asarray(query, dtype=np.float32))


class UnitSimilarities:
    """Similarities of one query to the sentence units, computed only for the passages
    asked for (a question scores its candidate passages' units, not the whole corpus).

    Indexed like a vector of all units: ``sims[row]`` and ``sims[a:b]`` (rows of one passage).
    """

    def __init__(self, units: SentenceVectors, query: np.ndarray):
        self._units = units
        self._query = query
        self._start = units.unit_start
        self._done: dict[int, np.ndarray] = {}  # passage position -> its units' similarities

    def rows(self, pos: int) -> range:
        """Rows of the units of passage ``pos`` (empty when it has none)."""
        if pos + 1 >= len(self._start):
            return range(0)
        return range(int(self._start[pos]), int(self._start[pos + 1]))

    def of(self, pos: int) -> np.ndarray:
        """Similarities of the units of passage ``pos``, in order."""
        if pos not in self._done:
            self.compute([pos])
        return self._done[pos]

    def compute(self, positions) -> None:
        """Score the units of several passages in one pass (each unit by itself: the same bits in any batch)."""
        todo = [p for p in dict.fromkeys(int(p) for p in positions) if p not in self._done]
        if not todo:
            return
        spans = [self.rows(p) for p in todo]
        index = np.concatenate([np.arange(r.start, r.stop) for r in spans]) if spans else np.zeros(0, int)
        # einsum, not a BLAS product: a unit's similarity must not depend on which other passages share
        # the batch (a matrix-vector product's kernel changes with the number of rows: last-bit differences)
        vectors = np.asarray(self._units.vectors[index], dtype=np.float32)
        sims = np.einsum("ij,j->i", vectors, self._query) if len(index) else index
        offset = 0
        for p, r in zip(todo, spans):
            self._done[p] = sims[offset:offset + len(r)].astype(np.float32)
            offset += len(r)

    def best(self, positions) -> np.ndarray:
        """The best unit similarity of each passage (-inf for one without units)."""
        self.compute(positions)
        return np.array([float(self._done[int(p)].max()) if len(self._done[int(p)]) else -np.inf
                         for p in positions], dtype=np.float32)

    def _row(self, row: int) -> float:
        pos = int(self._units.chunk_pos[row])
        return float(self.of(pos)[row - int(self._start[pos])])

    def __getitem__(self, key):
        if isinstance(key, slice):  # the rows of one passage (as Retriever asks for them)
            start, stop = int(key.start), int(key.stop)
            if start >= stop:
                return np.zeros(0, np.float32)
            pos = int(self._units.chunk_pos[start])
            first = int(self._start[pos])
            if stop > int(self._start[pos + 1]):
                return np.array([self._row(r) for r in range(start, stop)], dtype=np.float32)
            return self.of(pos)[start - first:stop - first]
        return self._row(int(key))


def write_generation(
    data_dir: Path,
    chunks: Sequence[Chunk],
    vectors: np.ndarray,
    meta: dict,
    chroma_url: str | None = None,
    collection_prefix: str = "clauses",
    keep: int = 2,
    progress=None,
    sentences: SentenceVectors | None = None,
    tables: Sequence[Table] = (),
) -> Path:
    """Write a complete new index generation (``tables``: tables.jsonl), then make it current atomically."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    existing = [int(p.name.split("-")[1]) for p in data_generations(data_dir)]
    number = max(existing, default=0) + 1
    name = f"gen-{number:06d}"
    staging = data_dir / f"{name}.tmp"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    create_readers_file(staging)
    collection_name = f"{collection_prefix}-{name}" if chroma_url else LOCAL_COLLECTION
    remote_created = False
    try:
        with open(staging / "chunks.jsonl", "w", encoding="utf-8") as out:
            for chunk in chunks:
                out.write(json.dumps(chunk_to_dict(chunk), ensure_ascii=False) + "\n")
        BM25Index.build([c.indexed_text for c in chunks]).save(staging / "bm25")
        if sentences is not None:
            sentences.save(staging / "sentences.npz")
        write_tables_jsonl(tables, staging / TABLES_FILE)
        client = chroma_client(path=staging / "chroma", url=chroma_url)
        if chroma_url:
            try:
                client.delete_collection(collection_name)
            except Exception:
                pass
        collection = _collection(client, collection_name, create=True)
        remote_created = bool(chroma_url)
        batch = 256
        for start in range(0, len(chunks), batch):
            part = chunks[start : start + batch]
            collection.add(
                ids=[c.chunk_id for c in part],
                embeddings=vectors[start : start + batch].tolist(),
                documents=[c.text for c in part],
                metadatas=[chroma_metadata(c) for c in part],
            )
            if progress:
                progress(len(part))
        if collection.count() != len(chunks):
            raise StoreError(f"Chroma holds {collection.count()} vectors, expected {len(chunks)}")
        meta = {**meta, "generation": name, "chroma_url": chroma_url, "collection": collection_name,
                "chunks": len(chunks), "sentence_units": len(sentences) if sentences is not None else 0,
                "tables": len(tables)}
        (staging / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
        del client, collection
        final = data_dir / name
        os.replace(staging, final)
        pointer_tmp = data_dir / f"{CURRENT}.tmp"
        pointer_tmp.write_text(name)
        os.replace(pointer_tmp, data_dir / CURRENT)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if remote_created:
            _drop_remote(chroma_url, collection_name)
        raise
    _prune(data_dir, keep=keep)
    return final


def _drop_remote(url: str, name: str) -> None:
    try:
        chroma_client(url=url).delete_collection(name)
    except Exception as exc:  # best effort: the server may be gone
        log.warning("could not delete Chroma collection %s: %s", name, exc)


def _prune(data_dir: Path, keep: int) -> None:
    """Remove stale staging folders and all but the newest ``keep`` generations, except the
    current one and any a reader still holds (:class:`~ingest.lock.GenerationLease`)."""
    current = current_generation(data_dir)
    for stale in Path(data_dir).glob("gen-*.tmp"):
        shutil.rmtree(stale, ignore_errors=True)
    for old in data_generations(data_dir)[:-keep]:
        if current and old.resolve() == current.resolve():
            continue
        with removal_claim(old) as free:
            if not free:
                log.info("keeping %s: a process still reads it", old.name)
                continue
            try:
                meta = json.loads((old / "meta.json").read_text())
                if meta.get("chroma_url"):
                    _drop_remote(meta["chroma_url"], meta["collection"])
            except (OSError, ValueError):
                pass
            shutil.rmtree(old, ignore_errors=True)


def clean_staging(data_dir: Path) -> None:
    for stale in Path(data_dir).glob("gen-*.tmp"):
        log.info("removing unfinished index %s left by an interrupted ingest", stale.name)
        shutil.rmtree(stale, ignore_errors=True)


# -- reading --------------------------------------------------------------------------


def read_meta(data_dir: Path) -> dict | None:
    generation = current_generation(data_dir)
    if generation is None:
        return None
    return json.loads((generation / "meta.json").read_text(encoding="utf-8"))


def read_tables(generation: Path) -> list[Table]:
    """The tables of a generation ([] for one written before tables were stored)."""
    path = Path(generation) / TABLES_FILE
    return read_tables_jsonl(path) if path.is_file() else []


def read_chunks(generation: Path) -> list[Chunk]:
    with open(Path(generation) / "chunks.jsonl", encoding="utf-8") as lines:
        return [chunk_from_dict(json.loads(line)) for line in lines if line.strip()]


class Index:
    """Read side of the index: chunks in order, BM25 scores and dense search.

    ``collection`` None: no passage vectors (the page's lexical index while the full one
    builds): :meth:`dense_search` finds nothing. ``lease``: the hold on the generation
    folder that keeps an ingest from removing it while this index reads it.
    """

    def __init__(self, generation: Path, meta: dict, chunks: list[Chunk], bm25: BM25Index, collection,
                 sentences: SentenceVectors | None = None, tables: Sequence[Table] = ()):
        self.generation = generation
        self.tables = list(tables)  # numeric tables as cells (ingest/tables.py), document order
        self.sentences = sentences
        self.meta = meta
        self.chunks = chunks
        self.by_id = {c.chunk_id: c for c in chunks}
        self.position = {c.chunk_id: i for i, c in enumerate(chunks)}
        self.bm25 = bm25
        self._collection = collection
        self.lease: GenerationLease | None = None
        # exact search (read from Chroma once): unit vectors in chunk order, which passages Chroma holds, their documents
        self._vectors: np.ndarray | None = None
        self._held = np.zeros(0, dtype=bool)
        self._doc_of = np.zeros(0, dtype=object)
        self._vectors_lock = threading.Lock()

    @property
    def embedder_name(self) -> str:
        return self.meta["embedder"]

    @property
    def documents(self) -> dict[str, dict]:
        """Per document key: title, kind, stats... as recorded at ingest."""
        return self.meta["documents"]

    @property
    def has_vectors(self) -> bool:
        """False for the lexical index (no passage vectors: BM25 alone finds the passages)."""
        return self._collection is not None

    def dense_search(self, query_vector: np.ndarray, k: int, docs: Iterable[str] | None = None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) of the k nearest chunks, optionally within documents:
        exact, highest similarity first and ties in passage order, for an index of at most
        ``EXACT_SEARCH_MAX_PASSAGES`` passages (the same answer in every process); else Chroma's
        approximate search."""
        if self._collection is None:
            return []
        docs = list(docs) if docs else None
        vectors = self._passage_vectors()
        if vectors is not None:
            return self._exact_search(vectors, query_vector, k, docs)
        where = None
        if docs:
            where = {"doc": docs[0]} if len(docs) == 1 else {"doc": {"$in": docs}}
        try:
            result = self._collection.query(
                query_embeddings=[np.asarray(query_vector, dtype=np.float32).tolist()],
                n_results=max(1, min(k, len(self.chunks))),
                where=where,
                include=["distances"],
            )
        except Exception as exc:
            raise StoreError(f"Chroma query failed: {exc}") from exc
        ids = result["ids"][0]
        distances = result["distances"][0]
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances)]

    def _passage_vectors(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The passages' unit vectors in chunk order and each passage's document, read from
        Chroma on the first search (a passage Chroma lacks is never found); None above
        ``EXACT_SEARCH_MAX_PASSAGES``."""
        if len(self.chunks) > EXACT_SEARCH_MAX_PASSAGES:
            return None
        with self._vectors_lock:
            if self._vectors is None:
                try:
                    stored = self._collection.get(include=["embeddings"])
                except Exception as exc:
                    raise StoreError(f"Chroma read failed: {exc}") from exc
                embeddings = np.asarray(stored["embeddings"], dtype=np.float32)
                vectors = np.zeros((len(self.chunks), embeddings.shape[1] if embeddings.ndim == 2 else 0), np.float32)
                held = np.zeros(len(self.chunks), dtype=bool)
                for chunk_id, vector in zip(stored["ids"], embeddings):
                    pos = self.position.get(chunk_id)
                    if pos is not None:
                        vectors[pos], held[pos] = vector, True
                norms = np.linalg.norm(vectors, axis=1, keepdims=True)
                self._vectors = vectors / np.where(norms > 0, norms, 1.0)
                self._held = held
                self._doc_of = np.array([c.doc for c in self.chunks], dtype=object)
            return self._vectors, self._held

    def _exact_search(self, vectors: tuple[np.ndarray, np.ndarray], query_vector: np.ndarray, k: int,
                      docs: Sequence[str] | None) -> list[tuple[str, float]]:
        """Every passage (of ``docs``) scored against the query: the k most similar, ties in passage order."""
        matrix, held = vectors
        query = np.asarray(query_vector, dtype=np.float32)
        query = query / (float(np.linalg.norm(query)) or 1.0)
        sims = matrix @ query
        allowed = held & np.isin(self._doc_of, list(docs)) if docs else held
        candidates = np.flatnonzero(allowed)
        k = max(1, k)
        if len(candidates) > k:  # only those at or above the k-th similarity are sorted
            kept = sims[candidates]
            candidates = candidates[kept >= np.partition(kept, len(kept) - k)[len(kept) - k]]
        order = candidates[np.argsort(-sims[candidates], kind="stable")][:k]
        return [(self.chunks[i].chunk_id, float(sims[i])) for i in order]


def _lease_current(data_dir: Path) -> tuple[Path, GenerationLease | None]:
    """The current generation, held for reading (looked up again when an ingest replaced and
    removed it meanwhile); raises IndexNotFoundError when none was built."""
    for _ in range(5):
        generation = current_generation(data_dir)
        if generation is None:
            break
        lease = lease_generation(generation)
        if lease is not None or (generation / "meta.json").is_file():
            return generation, lease
    raise IndexNotFoundError(f"no index in {data_dir}: run 'python -m ingest' first")


def open_index(data_dir: Path) -> Index:
    """The current index of ``data_dir``, leased (never pruned while open); raises
    IndexNotFoundError when none was built."""
    generation, lease = _lease_current(data_dir)
    meta = json.loads((generation / "meta.json").read_text(encoding="utf-8"))
    chunks = read_chunks(generation)
    bm25 = BM25Index.load(generation / "bm25")
    client = chroma_client(path=generation / "chroma", url=meta.get("chroma_url"))
    collection = _collection(client, meta["collection"], create=False)
    units = generation / "sentences.npz"
    sentences = SentenceVectors.load(units) if units.is_file() else None
    index = Index(generation, meta, chunks, bm25, collection, sentences, tables=read_tables(generation))
    index.lease = lease
    return index
