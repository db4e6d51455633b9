"""A long clause quoted from two of its stored parts is ONE cited clause on the page.

The clause 7-1.01 of the inline convention below is longer than a chunk, so the index
stores it in several parts. An answer quoting two of those parts cites one clause: the
chat's "Clauses citées" list numbers it once (as ``python -m assistant ask`` does), the
"Clauses citées" panel shows one card with every quote highlighted, and the
verification view gives both sentences the same number.
"""

from __future__ import annotations

import re

import pytest

from assistant import load_assistant
from assistant.types import Answer, Citation, SentenceSupport
from ingest.config import Settings
from ingest.embeddings import FakeEmbedder
from ingest.pipeline import ingest
from tests.corpus_fixtures import make_corpus
from web.chat_text import answer_markdown
from web.handlers import PageHandlers
from web.render import render_cited, render_verification

PARAGRAPHS = [
    "L'enseignante ou l'enseignant qui désire se prévaloir d'un congé de perfectionnement en avise le Collège "
    "par écrit au moins soixante (60) jours avant la date prévue du début du congé, en précisant la nature "
    "des études envisagées, l'établissement choisi et la durée prévue du programme. " * 2,
    "Le Collège transmet sa réponse par écrit dans les trente (30) jours qui suivent la réception de la "
    "demande; un refus est motivé et peut faire l'objet d'un grief selon la procédure prévue à la convention, "
    "sans préjudice des autres recours de l'enseignante ou de l'enseignant. " * 2,
    "Pendant le congé, l'enseignante ou l'enseignant conserve son ancienneté et continue de participer aux "
    "régimes d'assurance collective, à la condition de verser sa quote-part des primes selon les modalités "
    "convenues avec le Collège avant le début du congé. " * 2,
    "Au retour, l'enseignante ou l'enseignant réintègre son poste ou, si celui-ci a été aboli, un poste "
    "équivalent qu'elle ou il aurait obtenu si elle ou il avait été au travail, conformément aux règles "
    "de sécurité d'emploi prévues au chapitre 5. " * 2,
]

LONG = (
    "Convention longue d'essai\n\n"
    "CHAPITRE 7-0.00 PERFECTIONNEMENT\n\n"
    "7-1.00 Congé de perfectionnement\n\n"
    "7-1.01 " + "\n\n".join(p.strip() for p in PARAGRAPHS) + "\n\n"
    "7-1.02 Le congé de perfectionnement est d'une durée maximale de deux (2) années.\n\n"
    "7-1.03 Le Collège rembourse les frais de scolarité sur présentation des pièces justificatives.\n\n"
    "7-2.00 Comité de perfectionnement\n\n"
    "7-2.01 Le comité de perfectionnement est formé de trois (3) représentants de chaque partie.\n\n"
    "7-2.02 Le comité se réunit au moins deux (2) fois par année.\n"
)

MANIFEST = """
[[document]]
key = "longue"
file = "longue.txt"
title = "Convention longue d'essai"
kind = "convention collective"
period = "2022-2027"
"""

FIRST_QUOTE = "en avise le Collège par écrit au moins soixante (60) jours avant la date prévue du début du congé"
LATER_QUOTE = "réintègre son poste ou, si celui-ci a été aboli, un poste équivalent"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    root = tmp_path_factory.mktemp("long")
    corpus = make_corpus(root / "corpus", extra_manifest=MANIFEST)
    (corpus / "longue.txt").write_text(LONG, encoding="utf-8")
    report = ingest(corpus, root / "data", FakeEmbedder(), cache_path=root / "cache.sqlite")
    assert not report.failures
    return load_assistant(Settings(corpus_dir=corpus, data_dir=root / "data", embedder="fake"), build_index=False)


@pytest.fixture(scope="module")
def parts(assistant):
    """The stored parts of 7-1.01 holding the two quotes (two different chunks)."""
    view = assistant.find_clause("7-1.01", ["longue"])
    assert len(view.chunk_ids) >= 2, "7-1.01 should be stored in several parts"
    first = next(i for i in view.chunk_ids if FIRST_QUOTE in " ".join(assistant.chunk(i).text.split()))
    later = next(i for i in view.chunk_ids if LATER_QUOTE in " ".join(assistant.chunk(i).text.split()))
    assert first != later
    return view, first, later


@pytest.fixture
def answer(assistant, parts):
    view, first, later = parts
    other = assistant.find_clause("7-1.02", ["longue"])
    label = "[Convention longue d'essai, 7-1.01]"
    return Answer(
        "Comment demander un congé de perfectionnement ?",
        f"« {FIRST_QUOTE} » {label} « {LATER_QUOTE} » {label} « deux (2) années » "
        "[Convention longue d'essai, 7-1.02]",
        citations=[
            Citation("longue", "7-1.01", FIRST_QUOTE, first, view.doc_title, label),
            Citation("longue", "7-1.01", LATER_QUOTE, later, view.doc_title, label),
            Citation("longue", "7-1.02", "deux (2) années", other.chunk_id, other.doc_title,
                     "[Convention longue d'essai, 7-1.02]"),
        ],
        support=[SentenceSupport("Il faut aviser le Collège 60 jours avant.", first, FIRST_QUOTE),
                 SentenceSupport("On retrouve son poste au retour.", later, LATER_QUOTE),
                 SentenceSupport("Le congé dure au plus deux ans.", other.chunk_id, "deux (2) années")],
    )


def test_chat_lists_the_clause_once(assistant, answer):
    text = answer_markdown(assistant, answer)
    listed = text.split("**Clauses citées**", 1)[1].strip().splitlines()
    assert [line.split(" — ")[0] for line in listed] == [
        "1. [\\[Convention longue d'essai, 7-1.01\\]](#clause=longue:00001:1)",
        "2. [\\[Convention longue d'essai, 7-1.02\\]](#clause=longue:00002:1)"]


def test_cited_panel_has_one_card_with_both_quotes(assistant, answer, parts):
    view, first, later = parts
    cited = render_cited(assistant, answer)
    cards = re.findall(r'<article class="clause-card[^"]*" data-clause="([^"]+)"', cited)
    assert cards == ["7-1.01", "7-1.02"]
    assert re.findall(r'<span class="num">(\d+)</span>', cited) == ["1", "2"]
    card = cited.split("</article>")[0]
    marks = [" ".join(m.split()) for m in re.findall(r"<mark>(.*?)</mark>", card, flags=re.S)]
    assert any(FIRST_QUOTE in m for m in marks) and any(LATER_QUOTE in m for m in marks)
    assert f'data-chunk="{view.chunk_id}"' in card  # "Vérifier cette clause" opens the whole clause


def test_verification_gives_both_parts_the_same_number(assistant, answer, parts):
    view, first, later = parts
    verification = render_verification(assistant, answer)
    sources = re.findall(r'<span class="source"><a [^>]*data-chunk="([^"]+)">([^<]+)</a>', verification)
    assert sources == [(first, "1. [Convention longue d'essai, 7-1.01]"),
                       (later, "1. [Convention longue d'essai, 7-1.01]"),
                       (sources[2][0], "2. [Convention longue d'essai, 7-1.02]")]


def test_opening_either_part_shows_the_whole_clause_with_both_quotes(assistant, answer, parts, tmp_path):
    from assistant.feedback import FeedbackStore

    view, first, later = parts
    page = PageHandlers(assistant, FeedbackStore(tmp_path / "feedback.jsonl"), stream_delay=0)
    session = page.new_session(["longue"])
    session.conversation.turns.append(answer)
    panels = page.answer_panels(session)
    assert panels.clause.chunk_id == view.chunk_id
    for chunk_id in (first, later):
        panel = page.clause_panel(chunk_id, session)
        assert panel.chunk_id == view.chunk_id
        marks = " ".join(" ".join(m.split()) for m in re.findall(r"<mark>(.*?)</mark>", panel.html, flags=re.S))
        assert FIRST_QUOTE in marks and LATER_QUOTE in marks


def test_the_clause_checked_names_every_part_its_verification_rows_link(assistant, answer, parts, tmp_path):
    """The clause opened for checking names all its stored parts (``data-chunks``): web/static/page.js
    outlines, and scrolls into view, the verification rows whose passage links one of them, so both
    rows of a clause quoted from two parts are found, whichever part was opened."""
    from assistant.feedback import FeedbackStore

    view, first, later = parts
    page = PageHandlers(assistant, FeedbackStore(tmp_path / "feedback.jsonl"), stream_delay=0)
    session = page.new_session(["longue"])
    session.conversation.turns.append(answer)
    linked = re.findall(r'<span class="source"><a [^>]*data-chunk="([^"]+)">[^<]*7-1\.01\]',
                        render_verification(assistant, answer))
    assert set(linked) == {first, later}
    for chunk_id in (first, later):
        named = re.findall(r'data-chunks="([^"]+)"', page.clause_panel(chunk_id, session).html)
        assert len(named) == 1 and set(linked) <= set(named[0].split()), named
        assert view.chunk_id == named[0].split()[0]
