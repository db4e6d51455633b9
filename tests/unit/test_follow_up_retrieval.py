"""A follow-up's dense search weighs the follow-up's own words beside the earlier question it is
read with (RetrievalWeights.follow_own), so the clause the earlier question found does not stay
first when the follow-up asks something else; its sentence units are scored against that same vector
(follow_own_sentence), and its BM25 may add the follow-up's own scores (follow_own_lexical, measured and off)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from assistant.colloquial import expand
from tests.corpus_fixtures import tiny_assistant


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return tiny_assistant(tmp_path_factory.mktemp("tiny-follow"))


@pytest.fixture
def searched(tiny, monkeypatch):
    """The retriever, and the vectors its dense search was asked with (in order)."""
    _, assistant = tiny
    retriever = assistant.retriever
    weights = retriever.weights
    vectors: list[np.ndarray] = []
    search = retriever.index.dense_search

    def recording(vector, k, docs=None):
        vectors.append(np.asarray(vector, dtype=np.float32))
        return search(vector, k, docs)

    monkeypatch.setattr(retriever.index, "dense_search", recording)
    yield retriever, vectors
    retriever.weights = weights


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / np.linalg.norm(vector)


EARLIER = "J'ai combien de temps pour déposer un grief ?"
FOLLOW_UP = "Et qui paie l'arbitre ?"


def test_a_follow_up_searches_with_its_own_vector_beside_the_merged_one(searched):
    retriever, vectors = searched
    merged = f"{EARLIER} {FOLLOW_UP}"
    retriever.retrieve(FOLLOW_UP, k=5, query=merged)
    expected = _unit(_unit(retriever._query_vector(merged)) + retriever.weights.follow_own
                     * _unit(retriever._query_vector(FOLLOW_UP)))
    assert retriever.weights.follow_own == 1.0
    assert np.allclose(_unit(vectors[-1]), expected, atol=1e-5)
    assert not np.allclose(_unit(vectors[-1]), _unit(retriever._query_vector(merged)), atol=1e-3)


def test_follow_own_zero_is_the_merged_query_alone(searched):
    retriever, vectors = searched
    merged = f"{EARLIER} {FOLLOW_UP}"
    retriever.weights = replace(retriever.weights, follow_own=0.0)
    retriever.retrieve(FOLLOW_UP, k=5, query=merged)
    assert np.allclose(vectors[-1], retriever._query_vector(merged))


def test_a_question_standing_alone_is_searched_as_it_is(searched):
    retriever, vectors = searched
    retriever.retrieve(EARLIER, k=5)
    retriever.retrieve(EARLIER, k=5, query=EARLIER)  # a query equal to the question: nothing to weigh
    assert all(np.allclose(v, retriever._query_vector(EARLIER)) for v in vectors[-2:])


def test_the_mixed_vector_changes_only_the_dense_ranking(searched):
    retriever, _ = searched
    merged = f"{EARLIER} {FOLLOW_UP}"
    mixed = retriever.retrieve(FOLLOW_UP, k=20, query=merged)
    retriever.weights = replace(retriever.weights, follow_own=0.0)
    alone = retriever.retrieve(FOLLOW_UP, k=20, query=merged)
    bm25 = lambda hits: {h.chunk.chunk_id: h.bm25_rank for h in hits if h.bm25_rank is not None}  # noqa: E731
    assert bm25(mixed) == bm25(alone)


def test_a_follow_ups_bm25_adds_its_own_words_to_the_merged_querys(searched):
    retriever, _ = searched
    merged = f"{EARLIER} {FOLLOW_UP}"
    bm25 = retriever.index.bm25
    assert retriever.weights.follow_own_lexical == 0.0  # measured, left off (see RetrievalWeights)
    retriever.weights = replace(retriever.weights, follow_own_lexical=2.0)
    hits = retriever.retrieve(FOLLOW_UP, k=20, query=merged)
    expected = bm25.scores(expand(merged)) + 2.0 * bm25.scores(expand(FOLLOW_UP))
    assert all(abs(h.bm25_score - expected[retriever.index.position[h.chunk.chunk_id]]) < 1e-4 for h in hits)
    retriever.weights = replace(retriever.weights, follow_own_lexical=0.0)
    alone = bm25.scores(expand(merged))
    assert all(abs(h.bm25_score - alone[retriever.index.position[h.chunk.chunk_id]]) < 1e-4
               for h in retriever.retrieve(FOLLOW_UP, k=20, query=merged))


def test_a_follow_ups_sentence_units_read_the_dense_searchs_vector(searched, monkeypatch):
    retriever, vectors = searched
    if retriever._units is None:
        pytest.skip("no sentence units in this index")
    asked: list[np.ndarray] = []
    units = retriever._units

    class Recording:  # the units (a frozen dataclass), recording the vectors they are scored against
        def __getattr__(self, name):
            return getattr(units, name)

        def similarities(self, vector):
            asked.append(np.asarray(vector))
            return units.similarities(vector)

    monkeypatch.setattr(retriever, "_units", Recording())
    retriever.retrieve(FOLLOW_UP, k=5, query=f"{EARLIER} {FOLLOW_UP}")
    assert retriever.weights.follow_own_sentence and np.allclose(asked[-1], vectors[-1])
    retriever.weights = replace(retriever.weights, follow_own_sentence=False)
    retriever.retrieve(FOLLOW_UP, k=5, query=f"{EARLIER} {FOLLOW_UP}")
    assert np.allclose(asked[-1], retriever._query_vector(f"{EARLIER} {FOLLOW_UP}"))
