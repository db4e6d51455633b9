"""Ten teachers at once: each browser session keeps its own conversation.

The page runs in this process on a loopback port; ten gradio_client sessions ask two
questions each (the second a follow-up) at the same time. The chat each one gets back
is built from its session's server-side conversation, so it must hold its own two
questions and nobody else's.
"""

from __future__ import annotations

import threading

import pytest

from tests.corpus_fixtures import serve_page
from tests.integration.app_processes import CONVERSATION_PAIRS, messages_of, text_of

from web.texts import GENERIC_ERROR

pytestmark = pytest.mark.integration

CONVERSATIONS = CONVERSATION_PAIRS


@pytest.fixture(scope="module")
def page_url(real_assistant, tmp_path_factory):
    """The page served on a free loopback port, in this process."""
    with serve_page(real_assistant, tmp_path_factory.mktemp("feedback") / "feedback.jsonl", 0.005) as url:
        yield url




def test_ten_simultaneous_conversations_stay_separate(page_url):
    from gradio_client import Client

    start = threading.Barrier(len(CONVERSATIONS))
    results: dict[int, list[list[dict]]] = {}
    failures: dict[int, BaseException] = {}

    def converse(number: int, questions: tuple[str, str]) -> None:
        try:
            client = Client(page_url, verbose=False)
            start.wait(timeout=120)
            results[number] = [messages_of(client.predict(q, [], api_name="/ask")) for q in questions]
        except BaseException as exc:  # reported below, with the conversation it broke
            failures[number] = exc

    threads = [threading.Thread(target=converse, args=(n, qs)) for n, qs in enumerate(CONVERSATIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    assert not failures, failures
    assert sorted(results) == list(range(len(CONVERSATIONS)))

    for number, (first, second) in enumerate(CONVERSATIONS):
        after_first, after_second = results[number]
        assert [text_of(m) for m in after_first if m["role"] == "user"] == [first]
        assert [text_of(m) for m in after_second if m["role"] == "user"] == [first, second], (
            f"conversation {number} holds someone else's question")
        answers = [text_of(m) for m in after_second if m["role"] == "assistant"]
        assert len(answers) == 2
        for answer in answers:
            assert answer.strip() and answer != GENERIC_ERROR and "Traceback" not in answer
