"""Several app processes, one store: two `python app.py` pages over one generation folder and
one `chroma run` server, forty conversations spread over both through gradio_client.

Each page is a stateless reader: the same question gets the same answer from either
process, and a follow-up only ever sees its own session's question. The index is built
once, beforehand, from the tiny test corpus with the fake embedder (the page reads the
generation folder, the vectors live on the Chroma server). Last, an agreement added to the
corpus and one `python -m ingest` roll out to both pages without a restart.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from ingest.config import PROJECT_ROOT
from ingest.embeddings import FakeEmbedder
from ingest.index import chroma_client, open_index
from ingest.pipeline import ingest
from tests.corpus_fixtures import make_corpus
from tests.integration.app_processes import (app_processes, chroma_server, clean_environment, messages_of,
                                             run_clients, text_of)

from web.texts import GENERIC_ERROR

pytestmark = pytest.mark.integration

#: (question, follow-up) pairs over the tiny corpus; conversation n asks pair n % 5 on process n % 2.
PAIRS = [
    ("Combien de jours pour soumettre le grief à l'arbitrage ?", "Et la clause 10-1.02 ?"),
    ("Que dit la clause 10-1.03 ?", "Et la clause 10-2.02 ?"),
    ("Combien de jours les mentors sont-ils libérés ?", "Et après une année de mentorat ?"),
    ("Qui peut soumettre un grief ?", "Et qui rend la décision ?"),
    ("Que dit la clause 10-2.01 ?", "Et la clause 10-1.01 ?"),
]
CONVERSATIONS = 40
#: Seconds a client waits for the page (a busy shared 2-core machine starts 40 sessions at once).
CLIENT_TIMEOUT = 120
#: Seconds both pages have to serve a generation written by `python -m ingest` (they look every 5 s).
ROLLOUT_TIMEOUT = 120
NEW_AGREEMENT = """Règlement sur le stationnement

Introduction

Le stationnement est gratuit pour les enseignants du Collège. Chaque enseignant reçoit une vignette de stationnement.
"""
NEW_MANIFEST_ENTRY = """
[[document]]
key = "stationnement"
file = "stationnement.txt"
title = "Règlement de stationnement"
kind = "rapport"
period = "2024"
"""
NEW_QUESTION = "Le stationnement est-il gratuit ?"


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory):
    """(page URLs, Chroma URL, data folder, settings env): two app processes sharing one index and one
    Chroma server."""
    root = tmp_path_factory.mktemp("two-processes")
    with chroma_server(root / "chroma") as chroma_url:
        corpus = make_corpus(root / "corpus")
        data = root / "data"
        report = ingest(corpus, data, FakeEmbedder(), chroma_url=chroma_url, cache_path=data / "cache.sqlite")
        assert report.changed and not report.failures
        env = {"ASSISTANT_CORPUS_DIR": str(corpus), "ASSISTANT_DATA_DIR": str(data), "ASSISTANT_EMBEDDER": "fake",
               "ASSISTANT_CHROMA_URL": chroma_url, "ASSISTANT_EMBEDDING_CACHE": str(data / "cache.sqlite")}
        with app_processes(env, root / "logs", count=2) as urls:
            yield urls, chroma_url, data, env


def test_the_processes_share_one_generation_and_one_chroma_server(two_pages):
    urls, chroma_url, data, _ = two_pages
    index = open_index(data)
    assert index.meta["chroma_url"] == chroma_url
    names = [getattr(c, "name", c) for c in chroma_client(url=chroma_url).list_collections()]
    assert index.meta["collection"] in names
    assert not list(data.glob("*/chroma/*.sqlite3")), "no process wrote a Chroma store on disk"


def test_forty_conversations_over_two_processes(two_pages):
    from gradio_client import Client

    urls, _, _, _ = two_pages

    def connect(number: int):
        return Client(urls[number % 2], verbose=False, httpx_kwargs={"timeout": CLIENT_TIMEOUT})

    def converse(number: int, client) -> list[list[dict]]:
        return [messages_of(client.predict(q, [], api_name="/ask")) for q in PAIRS[number % 5]]

    run = run_clients(CONVERSATIONS, connect, converse, connect_timeout=180,
                      run_timeout=2 * CLIENT_TIMEOUT)  # two questions, CLIENT_TIMEOUT at most each
    results, failures = run.results, run.failures
    assert not failures, failures
    assert sorted(results) == list(range(CONVERSATIONS))

    answers: dict[tuple[int, int], set[str]] = defaultdict(set)  # (pair, turn) -> answers, both processes
    processes: dict[int, set[int]] = defaultdict(set)
    for number, (after_first, after_second) in results.items():
        first, second = PAIRS[number % 5]
        assert [text_of(m) for m in after_first if m["role"] == "user"] == [first]
        assert [text_of(m) for m in after_second if m["role"] == "user"] == [first, second], (
            f"conversation {number} holds someone else's question")
        replies = [text_of(m) for m in after_second if m["role"] == "assistant"]
        assert len(replies) == 2
        for turn, reply in enumerate(replies):
            assert reply.strip() and reply != GENERIC_ERROR and "Traceback" not in reply
            assert "Selon la" in reply, f"conversation {number}, turn {turn}: no cited answer: {reply[:200]}"
            answers[(number % 5, turn)].add(reply)
        processes[number % 5].add(number % 2)
    assert all(processes[pair] == {0, 1} for pair in range(len(PAIRS))), "each question went to both processes"
    different = {key: len(texts) for key, texts in answers.items() if len(texts) != 1}
    assert not different, f"the same question got different answers (pair, turn): {different}"


def ask_once(url: str, question: str) -> str:
    """The answer of a fresh session of the page at ``url`` to ``question``."""
    from gradio_client import Client

    chat = messages_of(Client(url, verbose=False, httpx_kwargs={"timeout": CLIENT_TIMEOUT})
                       .predict(question, [], api_name="/ask"))
    return text_of(chat[-1])


def test_an_ingest_rolls_out_to_both_processes(two_pages):
    """Runs last: an agreement added to the corpus, one `python -m ingest`, both pages serve it."""
    urls, chroma_url, data, env = two_pages
    before = open_index(data).meta
    for url in urls:
        assert "Règlement de stationnement" not in ask_once(url, NEW_QUESTION)
    corpus = Path(env["ASSISTANT_CORPUS_DIR"])
    (corpus / "stationnement.txt").write_text(NEW_AGREEMENT, encoding="utf-8")
    with open(corpus / "manifest.toml", "a", encoding="utf-8") as manifest:
        manifest.write(NEW_MANIFEST_ENTRY)
    run = subprocess.run([sys.executable, "-m", "ingest"], cwd=PROJECT_ROOT, capture_output=True, text=True,
                         env={**clean_environment(), **env}, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    after = open_index(data).meta
    assert after["generation"] != before["generation"] and after["chroma_url"] == chroma_url
    assert after["collection"] != before["collection"]

    waiting = set(urls)
    deadline = time.time() + ROLLOUT_TIMEOUT
    while waiting and time.time() < deadline:
        for url in sorted(waiting):
            if "Règlement de stationnement" in ask_once(url, NEW_QUESTION):
                waiting.discard(url)
        time.sleep(1)
    assert not waiting, f"still answering from the old generation after {ROLLOUT_TIMEOUT} s: {waiting}"
