"""Staff-only data: the union staff's export of every visitor's feedback needs the staff password.

The handler checks the password itself (the page's events can be called directly), the
page has no export at all when the operator configured no password, and a wrong
password waits before its refusal. Served-page checks: tests/integration/test_staff_real.py.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from app import build_app
from assistant.feedback import FeedbackStore
from assistant.types import Answer
from tests.corpus_fixtures import tiny_assistant
from web.handlers import PageHandlers, is_staff
from web.texts import STAFF_ONLY, WRONG_STAFF_PASSWORD

PASSWORD = "cle-syndicale-é-2026"
PRIVATE_COMMENT = "mon fils est malade, congé refusé"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return tiny_assistant(tmp_path_factory.mktemp("staff"))[1]


@pytest.fixture
def store(tmp_path):
    """A feedback file holding one visitor's private comment."""
    store = FeedbackStore(tmp_path / "feedback" / "feedback.jsonl")
    store.record(Answer("Ai-je droit à un congé pour mon fils malade ?", "Je ne trouve pas.", abstained=True),
                 "erronée", PRIVATE_COMMENT)
    return store


def staff_page(tiny, store, password=PASSWORD, delay=0.0):
    return PageHandlers(tiny, store, stream_delay=0, staff_password=password, refusal_delay=delay)


def test_is_staff_compares_the_configured_password():
    assert is_staff(PASSWORD, PASSWORD)
    assert not is_staff(PASSWORD[:-1], PASSWORD)
    assert not is_staff(PASSWORD + " ", PASSWORD)
    assert not is_staff("", PASSWORD) and not is_staff(None, PASSWORD)
    # nothing configured: nobody is staff, whatever they type (even nothing)
    for configured in (None, ""):
        assert not is_staff("", configured) and not is_staff(None, configured) and not is_staff("x", configured)


@pytest.mark.parametrize("given", [None, "", "mauvais", PASSWORD.upper()])
def test_export_refused_without_the_right_password(tiny, store, given, caplog):
    page = staff_page(tiny, store)
    with caplog.at_level(logging.WARNING, logger="web.handlers"):
        result = page.export_feedback(given)
    assert result.path is None and result.note == WRONG_STAFF_PASSWORD
    assert PRIVATE_COMMENT not in result.note
    assert "wrong staff password" in caplog.text and (not given or given not in caplog.text)


def test_export_with_the_password_gives_every_question(tiny, store):
    result = staff_page(tiny, store).export_feedback(PASSWORD)
    assert result.path and "1 question exportée" in result.note
    assert PRIVATE_COMMENT in Path(result.path).read_text(encoding="utf-8")


@pytest.mark.parametrize("configured", [None, ""])
def test_export_refused_when_no_password_is_configured(tiny, store, configured):
    page = staff_page(tiny, store, password=configured)
    assert not page.staff_enabled
    for given in (None, "", "n'importe quoi", PASSWORD):
        result = page.export_feedback(given)
        assert result.path is None and result.note == STAFF_ONLY


def test_wrong_password_waits_before_its_refusal(tiny, store):
    page = staff_page(tiny, store, delay=2.0)
    started = time.perf_counter()
    page.export_feedback("mauvais")
    assert time.perf_counter() - started >= 2.0
    started = time.perf_counter()
    assert page.export_feedback(PASSWORD).path
    assert time.perf_counter() - started < 2.0  # the right password pays no penalty (wide margin for a busy machine)


def _export_parts(demo):
    """(export buttons, password boxes, export events) of a built page."""
    import gradio as gr

    buttons = [b for b in demo.blocks.values() if isinstance(b, gr.Button) and b.value and "Exporter" in b.value]
    passwords = [b for b in demo.blocks.values() if isinstance(b, gr.Textbox) and b.type == "password"]
    events = [d for d in demo.config["dependencies"] if d.get("api_name") == "export_feedback"]
    return buttons, passwords, events


def test_page_without_a_staff_password_has_no_export(tiny, store):
    import gradio as gr

    demo = build_app(tiny, store)
    buttons, passwords, events = _export_parts(demo)
    assert not buttons and not passwords and not events
    labels = {getattr(b, "label", None) for b in demo.blocks.values() if isinstance(b, gr.Accordion)}
    assert "Avis recueillis (équipe syndicale)" not in labels
    # no event of the page reads the feedback file
    assert not [d for d in demo.fns.values() if getattr(d.fn, "__name__", "") == "export"]


def test_page_with_a_staff_password_has_the_export_behind_it(tiny, store):
    demo = build_app(tiny, store, staff_password=PASSWORD)
    buttons, passwords, events = _export_parts(demo)
    assert len(buttons) == 1 and len(passwords) == 1 and len(events) == 1
    event = events[0]
    assert event["inputs"] == [passwords[0]._id]  # the password travels with every call
    assert event["api_visibility"] == "undocumented"  # not listed in the page's API docs
    assert demo.fns[event["id"]].concurrency_limit == 1  # guesses wait one after another
    assert PASSWORD not in str(demo.config)  # the password never reaches the browser


@pytest.mark.parametrize("env, expected", [(None, None), ("", None), (PASSWORD, PASSWORD)])
def test_main_passes_the_staff_password_from_the_environment(tmp_path, monkeypatch, env, expected):
    import app as app_module
    from tests.corpus_fixtures import make_corpus

    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(make_corpus(tmp_path / "corpus")))
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "fake")
    if env is not None:
        monkeypatch.setenv("ASSISTANT_STAFF_PASSWORD", env)
    built = {}

    class Page:
        def block_thread(self):
            pass

    def fake_build_app(assistant, store, staff_password=None, **options):
        built["staff_password"] = staff_password
        return Page()

    monkeypatch.setattr(app_module, "build_app", fake_build_app)
    monkeypatch.setattr(app_module, "serve", lambda demo, port, **options: None)
    assert app_module.main() == 0
    assert built == {"staff_password": expected}


def test_an_export_does_not_linger_on_disk(tiny, store):
    from web.layout import DELETE_FILES_AFTER

    page = staff_page(tiny, store)
    first = Path(page.export_feedback(PASSWORD).path)
    second = Path(page.export_feedback(PASSWORD).path)
    assert second.is_file() and not first.exists()  # the page serves Gradio's copy, not this one
    assert build_app(tiny, store, staff_password=PASSWORD).delete_cache == DELETE_FILES_AFTER
