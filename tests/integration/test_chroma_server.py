"""Client/server mode: a real Chroma server on loopback, filled through HttpClient and queried back."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.embeddings import FakeEmbedder
from ingest.index import chroma_client, open_index
from ingest.pipeline import ingest
from tests.corpus_fixtures import free_port, make_corpus

pytestmark = pytest.mark.integration


@pytest.fixture
def chroma_server(tmp_path):
    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        chroma = Path(shutil.which("chroma") or "chroma")
    port = free_port()
    log = open(tmp_path / "chroma.log", "w")
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            chroma_client(url=url).heartbeat()
            break
        except Exception:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                raise RuntimeError("chroma server did not start: " + (tmp_path / "chroma.log").read_text()[-2000:])
            time.sleep(0.5)
    yield url
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def test_ingest_into_chroma_server_and_query_back(tmp_path, chroma_server):
    corpus = make_corpus(tmp_path / "corpus")
    data = tmp_path / "data"
    report = ingest(corpus, data, FakeEmbedder(), chroma_url=chroma_server, cache_path=data / "cache.sqlite")
    assert report.changed and not report.failures
    index = open_index(data)
    client = chroma_client(url=chroma_server)
    names = [getattr(c, "name", c) for c in client.list_collections()]
    assert index.meta["collection"] in names
    assert client.get_collection(index.meta["collection"]).count() == len(index.chunks)
    target = next(c for c in index.chunks if c.clause_id == "10-1.02")
    hits = index.dense_search(FakeEmbedder().embed_query(target.indexed_text), 3)
    assert hits[0][0] == target.chunk_id and hits[0][1] > 0.99
    assert all(index.by_id[cid].doc == "rapport" for cid, _ in index.dense_search(FakeEmbedder().embed_query("mentorat"), 3, docs=["rapport"]))
    # a change writes a new collection; re-ingesting never duplicates vectors
    (corpus / "rapport.txt").write_text((corpus / "rapport.txt").read_text() + "\nAnnexe\n\nUn ajout.\n")
    ingest(corpus, data, FakeEmbedder(), chroma_url=chroma_server, cache_path=data / "cache.sqlite")
    index2 = open_index(data)
    assert index2.meta["collection"] != index.meta["collection"]
    assert client.get_collection(index2.meta["collection"]).count() == len(index2.chunks)
