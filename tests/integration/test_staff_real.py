"""Staff-only data on a served page, called through the Gradio API as a script would.

The feedback export holds every visitor's questions and comments. Through
``gradio_client`` (and through the raw queue protocol the browser uses, which reaches
events hidden from the API docs too) it is refused without the staff password and works
with it; a page started without ASSISTANT_STAFF_PASSWORD has no export at all; the
feedback file itself is never served; one visitor's chat never holds another's question.
The page runs as `python app.py` on loopback over a tiny corpus (fake embedder).
"""

from __future__ import annotations

import uuid

import pytest

from assistant.feedback import FeedbackStore
from assistant.types import Answer
from ingest.embeddings import FakeEmbedder
from ingest.pipeline import ingest
from tests.corpus_fixtures import make_corpus
from tests.integration.app_processes import app_processes, messages_of, text_of

from web.texts import WRONG_STAFF_PASSWORD

pytestmark = pytest.mark.integration

PASSWORD = "équipe-syndicale-7f3k"
PRIVATE_QUESTION = "Mon congé de maladie pour dépression peut-il être refusé ?"
PRIVATE_COMMENT = "je suis en arrêt depuis mars"


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """(settings env, feedback file) of a tiny index holding one visitor's private feedback."""
    root = tmp_path_factory.mktemp("staff-real")
    corpus = make_corpus(root / "corpus")
    data = root / "data"
    ingest(corpus, data, FakeEmbedder(), cache_path=data / "cache.sqlite")
    feedback = FeedbackStore(data / "feedback" / "feedback.jsonl")
    feedback.record(Answer(PRIVATE_QUESTION, "Je ne trouve pas.", abstained=True), "erronée", PRIVATE_COMMENT)
    env = {"ASSISTANT_CORPUS_DIR": str(corpus), "ASSISTANT_DATA_DIR": str(data), "ASSISTANT_EMBEDDER": "fake",
           "ASSISTANT_EMBEDDING_CACHE": str(data / "cache.sqlite")}
    return root, env, feedback.path


@pytest.fixture(scope="module")
def staff_page(deployment):
    root, env, _ = deployment
    with app_processes({**env, "ASSISTANT_STAFF_PASSWORD": PASSWORD}, root / "logs-staff") as (url,):
        yield url


@pytest.fixture(scope="module")
def public_page(deployment):
    root, env, _ = deployment
    with app_processes(env, root / "logs-public") as (url,):
        yield url


def export_dependencies(url: str) -> list[dict]:
    import httpx

    config = httpx.get(url + "config", timeout=30).json()
    return [d for d in config["dependencies"] if d.get("api_name") == "export_feedback"]


def raw_call(url: str, fn_index: int, data: list) -> dict:
    """Call event ``fn_index`` the way the browser does (queue join, then the event stream)."""
    import json

    import httpx

    session = uuid.uuid4().hex[:12]
    joined = httpx.post(url + "gradio_api/queue/join", timeout=30,
                        json={"data": data, "fn_index": fn_index, "session_hash": session, "event_data": None,
                              "trigger_id": None})
    if joined.status_code != 200:
        return {"success": False, "status": joined.status_code}
    with httpx.stream("GET", url + f"gradio_api/queue/data?session_hash={session}", timeout=60) as events:
        for line in events.iter_lines():
            if line.startswith("data:"):
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    return message
    raise AssertionError("the event never completed")


def export_text(url: str, result) -> str:
    """The exported file's text, fetched from the page as the staff's browser would."""
    import httpx

    update, note = result
    assert update["visible"] and update["value"], note
    value = update["value"]
    path = value["path"] if isinstance(value, dict) else value
    response = httpx.get(url + "gradio_api/file=" + path, timeout=30)
    assert response.status_code == 200
    return response.text


def test_export_through_gradio_client_needs_the_password(staff_page):
    from gradio_client import Client

    client = Client(staff_page, verbose=False)
    assert "/export_feedback" not in client.view_api(return_format="dict", print_info=False)["named_endpoints"]
    for wrong in ("", "mauvais", PASSWORD.upper(), PASSWORD + " "):
        update, note = client.predict(wrong, api_name="/export_feedback")
        assert note == WRONG_STAFF_PASSWORD and not update.get("value") and not update.get("visible")
        assert PRIVATE_COMMENT not in str((update, note))
    exported = export_text(staff_page, client.predict(PASSWORD, api_name="/export_feedback"))
    assert PRIVATE_QUESTION in exported and PRIVATE_COMMENT in exported


def test_raw_queue_call_of_the_export_is_refused_without_the_password(staff_page):
    (event,) = export_dependencies(staff_page)
    refused = raw_call(staff_page, event["id"], ["mauvais"])
    assert refused["success"] and refused["output"]["data"][1] == WRONG_STAFF_PASSWORD
    assert PRIVATE_COMMENT not in str(refused)
    allowed = raw_call(staff_page, event["id"], [PASSWORD])
    assert allowed["success"] and allowed["output"]["data"][0]["value"]


def test_page_without_a_staff_password_has_no_export(public_page):
    import httpx
    from gradio_client import Client

    assert not export_dependencies(public_page)
    page = httpx.get(public_page, timeout=30).text + httpx.get(public_page + "config", timeout=30).text
    assert "Avis recueillis" not in page and "Exporter comme candidats" not in page
    client = Client(public_page, verbose=False)
    with pytest.raises(Exception):
        client.predict(PASSWORD, api_name="/export_feedback")
    # no event of the page, called by number with the password, hands out the feedback
    config = httpx.get(public_page + "config", timeout=30).json()
    for event in config["dependencies"]:
        if len(event["inputs"]) == 1:
            assert PRIVATE_COMMENT not in str(raw_call(public_page, event["id"], [PASSWORD]))


@pytest.mark.parametrize("which", ["staff_page", "public_page"])
def test_feedback_file_is_never_served(which, request, deployment):
    import httpx

    url = request.getfixturevalue(which)
    _, _, feedback_path = deployment
    for path in (str(feedback_path), str(feedback_path.parent), "data/feedback/feedback.jsonl"):
        response = httpx.get(url + "gradio_api/file=" + path, timeout=30)
        assert response.status_code in (403, 404) and PRIVATE_COMMENT not in response.text


def test_one_visitor_never_sees_another_visitors_question(staff_page):
    from gradio_client import Client

    first, second = Client(staff_page, verbose=False), Client(staff_page, verbose=False)
    first.predict("Dans quel délai soumettre un grief ?", [], api_name="/ask")
    chat = messages_of(second.predict("Comment fonctionne le mentorat ?", [], api_name="/ask"))
    assert [text_of(m) for m in chat if m["role"] == "user"] == ["Comment fonctionne le mentorat ?"]
    assert "grief" not in " ".join(text_of(m) for m in chat if m["role"] == "user")
