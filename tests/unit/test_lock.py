"""Writers take the data folder's ingest lock; readers lease the generation they opened."""

from __future__ import annotations

import os
import threading
import time

import pytest

from ingest.embeddings import FakeEmbedder
from ingest.index import data_generations, open_index
from ingest.lock import IngestLockedError, in_use, ingest_lock, lease_generation
from ingest.pipeline import ingest
from tests.corpus_fixtures import make_corpus


def test_a_second_writer_is_told_who_holds_the_lock(tmp_path):
    with ingest_lock(tmp_path):
        with pytest.raises(IngestLockedError) as caught:
            with ingest_lock(tmp_path):
                pass
    assert caught.value.pid == os.getpid()
    assert f"another ingest is running on {tmp_path} (pid {os.getpid()})" in str(caught.value)
    with ingest_lock(tmp_path):  # released: free again
        pass


def test_a_waiting_writer_runs_after_the_first(tmp_path):
    order, waited = [], []
    first_in = threading.Event()

    def first():
        with ingest_lock(tmp_path):
            first_in.set()
            time.sleep(0.3)
            order.append("first")

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with ingest_lock(tmp_path, wait=True, on_wait=waited.append):
        order.append("second")
    thread.join()
    assert order == ["first", "second"]
    assert waited == [os.getpid()]


def test_ingest_refuses_to_run_beside_another(tmp_path):
    corpus = make_corpus(tmp_path / "corpus")
    with ingest_lock(tmp_path / "data"):
        with pytest.raises(IngestLockedError, match=r"another ingest is running .* \(pid \d+\)"):
            ingest(corpus, tmp_path / "data", FakeEmbedder(), cache_path=tmp_path / "cache.sqlite")
    assert not (tmp_path / "data" / "CURRENT").exists()


def test_a_generation_being_read_is_never_pruned(tmp_path):
    corpus, data = make_corpus(tmp_path / "corpus"), tmp_path / "data"
    build = dict(cache_path=tmp_path / "cache.sqlite", rebuild=True)
    ingest(corpus, data, FakeEmbedder(), **build)
    index = open_index(data)  # a reader holds gen-000001
    assert index.lease is not None and in_use(index.generation)
    for _ in range(3):
        ingest(corpus, data, FakeEmbedder(), **build)
    names = [g.name for g in data_generations(data)]
    assert names == ["gen-000001", "gen-000003", "gen-000004"]  # the newest two, and the one read
    vector = FakeEmbedder().embed_query("grief par écrit")
    assert index.dense_search(vector, 3)  # the reader still searches its own generation
    index.lease.release()
    assert not in_use(index.generation)
    ingest(corpus, data, FakeEmbedder(), **build)
    assert [g.name for g in data_generations(data)] == ["gen-000004", "gen-000005"]


def test_no_lease_on_a_removed_generation(tmp_path):
    assert lease_generation(tmp_path / "gen-000009") is None
