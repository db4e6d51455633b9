"""Retrieval gives the same ranking in every process: the dense search is exact (ties in passage
order) rather than Chroma's HNSW graph, equal fused scores come out in passage order, and the
extra signals' float sums do not follow the process's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from assistant.retrieval import RetrievalWeights, Retriever
from ingest.bm25 import BM25Index
from ingest.index import Index, SentenceVectors
from ingest.types import Chunk

ROOT = Path(__file__).resolve().parents[2]


def chunk(n: int, text: str, doc: str = "conv") -> Chunk:
    return Chunk(f"{doc}:{n:05d}:1", doc, f"10-1.0{n}", "clause", text, text)


class StoredVectors:
    """A collection that gives its vectors in another order than the passages', and refuses
    approximate queries (the exact search must not use them)."""

    def __init__(self, vectors: dict[str, list[float]]):
        self.vectors = vectors

    def get(self, include):
        ids = sorted(self.vectors, reverse=True)
        return {"ids": ids, "embeddings": np.array([self.vectors[i] for i in ids], dtype=np.float32)}

    def query(self, **_):
        raise AssertionError("the approximate search was used")


class FixedQuery:
    """An embedder whose every question has one vector."""

    name = "fixed"

    def __init__(self, vector):
        self.vector = np.asarray(vector, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.vector


def index_of(chunks: list[Chunk], vectors: dict[str, list[float]]) -> Index:
    meta = {"embedder": "fixed", "documents": {c.doc: {} for c in chunks}}
    return Index(None, meta, chunks, BM25Index.build([c.text for c in chunks]), StoredVectors(vectors))


def test_exact_dense_search_breaks_ties_by_passage_position_and_keeps_to_the_documents():
    chunks = [chunk(0, "un"), chunk(1, "deux"), chunk(2, "trois", doc="autre"), chunk(3, "quatre"), chunk(4, "cinq")]
    same = [1.0, 0.0]
    vectors = {"conv:00000:1": [0.0, 1.0], "conv:00001:1": same, "autre:00002:1": same,
               "conv:00003:1": same, "conv:00004:1": [2.0, 2.0]}  # not unit length: normalised
    index = index_of(chunks, vectors)
    found = index.dense_search(np.array([3.0, 0.0]), 4)
    assert [cid for cid, _ in found] == ["conv:00001:1", "autre:00002:1", "conv:00003:1", "conv:00004:1"]
    assert [round(sim, 4) for _, sim in found] == [1.0, 1.0, 1.0, 0.7071]
    assert [cid for cid, _ in index.dense_search(np.array([1.0, 0.0]), 2, docs=["conv"])] == \
        ["conv:00001:1", "conv:00003:1"]


def test_equal_fused_scores_come_out_in_passage_order():
    # passage 1 is the dense first and BM25 second, passage 0 the reverse: their RRF sums are equal;
    # passage 1 is inserted first (dense before BM25), yet passage 0 comes first
    chunks = [chunk(0, "maladie congé"), chunk(1, "maladie"), chunk(2, "vacances annuelles")]
    vectors = {"conv:00000:1": [0.6, 0.8], "conv:00001:1": [1.0, 0.0], "conv:00002:1": [0.0, 1.0]}
    weights = RetrievalWeights(sentence=0.0, expand_colloquial=False)
    retriever = Retriever(index_of(chunks, vectors), FixedQuery([1.0, 0.0]), weights)
    hits = retriever.retrieve("congé de maladie", k=3)
    assert [(h.dense_rank, h.bm25_rank) for h in hits[:2]] == [(1, 0), (0, 1)]
    assert hits[0].score == hits[1].score
    assert [h.chunk.chunk_id for h in hits] == ["conv:00000:1", "conv:00001:1", "conv:00002:1"]


_SIGNALS_UNDER_A_SEED = """
import numpy as np
from assistant.signals import PseudoQuestions, TitleField
from ingest.types import Chunk
texts = ["Le congé de maladie est payé à raison de 60 % du traitement annuel.",
         "Le grief est soumis par écrit dans les 40 jours ouvrables qui suivent.",
         "Les vacances annuelles comptent 20 jours ouvrables de congé payé."]
chunks = [Chunk(f"c:{i:05d}:1", "c", f"1-1.0{i}", "clause", t, t, title=t[:40]) for i, t in enumerate(texts)]
question = "Combien de jours de congé payé pour un grief de maladie ou des vacances ?"
pseudo = PseudoQuestions(chunks, np.arange(3), np.zeros(3, int), np.array([len(t) for t in texts]))
print(TitleField(chunks).scores(question).tobytes().hex(), pseudo.scores(question).tobytes().hex(), sorted(pseudo.vocabulary.items()))
"""


def test_extra_signals_do_not_depend_on_the_hash_seed():
    outputs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-c", _SIGNALS_UNDER_A_SEED], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_a_unit_similarity_does_not_depend_on_its_batch():
    rng = np.random.default_rng(0)
    passages, per_passage, dim = 400, 3, 384
    vectors = rng.standard_normal((passages * per_passage, dim)).astype(np.float16)
    units = SentenceVectors(vectors, np.repeat(np.arange(passages, dtype=np.int32), per_passage),
                            np.zeros(passages * per_passage, np.int32), np.ones(passages * per_passage, np.int32))
    query = rng.standard_normal(dim).astype(np.float32)
    together = units.similarities(query)
    together.compute(range(passages))
    for pos in range(0, passages, 7):
        alone = units.similarities(query)
        assert np.array_equal(alone.of(pos), together.of(pos)), pos
