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

from web.texts import GENERIC_ERROR

pytestmark = pytest.mark.integration

CONVERSATIONS = [
    ("J'ai combien de temps pour déposer un grief ?", "Et pour le déférer à l'arbitrage ?"),
    ("Les jours de maladie que je n'ai pas pris, est-ce qu'ils me sont payés ?", "Et à quel pourcentage ?"),
    ("Que dit la clause 5-3.01 ?", "Et la clause 5-3.02 ?"),
    ("Qu'est-ce qui remplace la clause 5-2.01 dans l'entente des Cris ?", "Et la clause 5-2.02 ?"),
    ("Combien de jours de congé de maladie ai-je par année ?", "Et pour un enseignant à temps partiel ?"),
    ("Combien dure la période de probation ?", "Et comment j'acquiers la permanence ?"),
    ("Combien de jours de congé pour mon mariage ?", "Et pour le décès de mon père ?"),
    ("Comment fonctionne le mentorat pour les nouveaux enseignants ?", "Et qui sont les mentors ?"),
    ("À quoi servent les mesures 15158 et 30100 ?", "Et quel est le montant prévu ?"),
    ("Quelle est la tâche de l'aide aux enseignants au CNCEC ?", "Et pour le volet mentor ?"),
]


@pytest.fixture(scope="module")
def page_url(real_assistant, tmp_path_factory):
    """The page served on a free loopback port, in this process."""
    with serve_page(real_assistant, tmp_path_factory.mktemp("feedback") / "feedback.jsonl", 0.005) as url:
        yield url


def messages_of(result) -> list[dict]:
    """The chat messages of an /ask result (the chat, then the emptied question box)."""
    chat = result[0] if isinstance(result, (list, tuple)) and len(result) == 2 else result
    return [m if isinstance(m, dict) else {"role": m.role, "content": m.content} for m in chat]


def text_of(message: dict) -> str:
    content = message["content"]
    if isinstance(content, list):  # a list of content parts
        return " ".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return str(content)


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
