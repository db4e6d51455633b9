"""Answerable questions the out-of-corpus check refused for a form of words the documents write otherwise
(assistant.scope): « 2 heures/semaine » is a value per week (DEV Q1487), « parce que » names no topic (DEV Q1351),
« isolées » is the participle of the « isolement » the Cris accord pays a premium for (fresh DEV Q1470)."""

from __future__ import annotations

from assistant.scope import ScopeParams, Vocabulary, content_words, missing_rate
from assistant.types import Hit
from ingest.types import Chunk


def _hits(*texts: str) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"doc:{i}", doc="doc", clause_id=f"8-13.0{i}", kind="clause", text=t, indexed_text=t),
                score=1.0, why=("dense",)) for i, t in enumerate(texts)]


def test_a_value_written_per_week_with_a_slash_is_a_value_per_week():
    question = "Combien d'heures par semaine sont allouées aux rencontres de l'équipe d'animation ?"
    assert missing_rate(question, _hits("c) aux rencontres de l'équipe d'animation (2 heures/semaine sont allouées) ;")) == ""
    assert missing_rate("Combien d'heures par mois ?", _hits("trois (3) heures/mois")) == ""
    # a passage with no weekly value still refuses
    assert missing_rate(question, _hits("le temps alloué aux diverses rencontres est le suivant")) == "par semaine"


def test_parce_que_and_forms_of_dire_name_no_topic():
    words = content_words("J'ai refusé l'assurance parce que j'étais couverte, faut-tu que je le dise ?", ScopeParams())
    assert "parce" not in words and "dise" not in words and "assurance" in words


def test_a_participle_is_known_by_the_noun_of_its_act():
    vocabulary = Vocabulary("prime isolement eloignement affectation".split())
    params = ScopeParams()
    for word in ("isolees", "isolee", "isoles", "isole", "isoler", "affectes", "affecter"):
        assert vocabulary.knows(word, params), word
    for word in ("garderie", "parking", "tatouee"):
        assert not vocabulary.knows(word, params), word
