"""Load: fifty simultaneous conversations on one `python app.py` process over the real index.

Fifty gradio_client sessions each ask a question and its follow-up at the same time;
every one must be answered (no error, no one else's question in its chat), and the page
must keep answering a plain GET meanwhile. The per-question latency p50/p95 and the
page's GET times are printed (run with ``-s`` to see them); nothing asserts on timing,
since the machine is shared. Bounded: the clients give up after CLIENT_TIMEOUT.
"""

from __future__ import annotations

import time

import pytest

from tests.integration.app_processes import (CONVERSATION_PAIRS, PageWatch, app_processes, messages_of, percentile,
                                             run_clients, text_of)

from web.texts import GENERIC_ERROR

pytestmark = pytest.mark.integration

CONVERSATIONS = 50
#: Seconds one question may take before its client gives up (the bound on the test's time).
CLIENT_TIMEOUT = 300
PAIRS = CONVERSATION_PAIRS


@pytest.fixture(scope="module")
def page_url(real_settings, tmp_path_factory):
    """`python app.py` over the real index (built by the real_settings fixture), on loopback."""
    env = {"ASSISTANT_CORPUS_DIR": str(real_settings.corpus_dir), "ASSISTANT_DATA_DIR": str(real_settings.data_dir),
           "ASSISTANT_EMBEDDER": real_settings.embedder, "ASSISTANT_EMBEDDING_CACHE": str(real_settings.cache_path)}
    with app_processes(env, tmp_path_factory.mktemp("load-logs"), timeout=600) as (url,):
        yield url


def test_fifty_simultaneous_conversations_on_one_process(page_url):
    from gradio_client import Client

    alone = Client(page_url, verbose=False, httpx_kwargs={"timeout": CLIENT_TIMEOUT})
    alone.predict(PAIRS[0][0], [], api_name="/ask")  # warms the process up (models, caches)
    asked = time.perf_counter()
    alone.predict(PAIRS[1][0], [], api_name="/ask")
    single = time.perf_counter() - asked

    latencies: list[float] = []

    def connect(number: int):
        return Client(page_url, verbose=False, httpx_kwargs={"timeout": CLIENT_TIMEOUT})

    def converse(number: int, client) -> list[dict]:
        for question in PAIRS[number % len(PAIRS)]:
            asked = time.perf_counter()
            result = client.predict(question, [], api_name="/ask")
            latencies.append(time.perf_counter() - asked)
        return messages_of(result)

    watch = PageWatch(page_url, every=0.5)  # the page's GET times while the load runs
    run = run_clients(CONVERSATIONS, connect, converse, connect_timeout=CLIENT_TIMEOUT,
                      run_timeout=2 * CLIENT_TIMEOUT, during=watch)  # each asks twice, CLIENT_TIMEOUT at most each
    results, failures, wall = run.results, run.failures, run.seconds

    gets = [seconds for _, seconds in watch.samples] or [float("nan")]
    assert latencies, failures
    print(f"\none question alone: {single:.2f} s; "
          f"{CONVERSATIONS} conversations, {len(latencies)} questions in {wall:.1f} s: "
          f"p50 {percentile(latencies, 0.5):.2f} s, p95 {percentile(latencies, 0.95):.2f} s, "
          f"max {max(latencies):.2f} s per question; page GET during the load: {len(gets)} requests, "
          f"p50 {percentile(gets, 0.5) * 1000:.0f} ms, max {max(gets) * 1000:.0f} ms")
    assert not failures, failures
    assert sorted(results) == list(range(CONVERSATIONS)) and len(latencies) == 2 * CONVERSATIONS
    for number, chat in results.items():
        assert [text_of(m) for m in chat if m["role"] == "user"] == list(PAIRS[number % len(PAIRS)])
        replies = [text_of(m) for m in chat if m["role"] == "assistant"]
        assert len(replies) == 2
        for reply in replies:
            assert reply.strip() and reply != GENERIC_ERROR and "Traceback" not in reply
    assert len(watch.samples) >= 3, "the load ended before the page was checked"
    assert all(status == 200 for status, _ in watch.samples), watch.samples
