"""A follow-up's dense search weighs the follow-up's own words beside the earlier question it is
read with (RetrievalWeights.follow_own), so the clause the earlier question found does not stay
first when the follow-up asks something else."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

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
