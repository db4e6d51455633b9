"""A sentence the source cut with hard line breaks (AnswerParams.fragment_joins): the short answer quotes its
pieces together, and shows them as one line (the citation's quote stays the verbatim slice of the passage)."""

from __future__ import annotations

from assistant.answer import ExtractiveAnswerer
from assistant.types import Hit
from ingest.types import Chunk

INTRODUCTION = (
    "Introduction\n\n"
    "Le 31 mai 2022, le ministère de l’Éducation annonçait des investissements totaux de 140 millions de\n\n"
    "dollars en quatre ans pour la mise en œuvre de la Stratégie visant à valoriser le personnel\n\n"
    "scolaire 2022-2026. Elle se décline en trois volets.\n\n"
    "Le présent document d’information s’adresse aux organismes scolaires."
)
QUESTION = "La stratégie pour valoriser le personnel, c'est combien de dollars en quatre ans ?"


def ask(**values):
    section = Chunk(chunk_id="t:00001:1", doc="t", clause_id="Introduction", kind="section", text=INTRODUCTION,
                    indexed_text=INTRODUCTION, doc_title="Guide de test", ordinal=1)
    return ExtractiveAnswerer.from_chunks([section], **values).answer(QUESTION, [Hit(section, score=1.0, why=("bm25",))])


def test_the_pieces_of_a_sentence_cut_by_line_breaks_are_quoted_together_on_one_line():
    answer = ask()
    short = answer.short.replace("**", "")
    assert "investissements totaux de 140 millions de dollars en quatre ans" in short
    assert "valoriser le personnel scolaire 2022-2026." in short
    quote = answer.citations[0].quote
    assert "140 millions de\n\ndollars" in quote and quote in INTRODUCTION  # the citation keeps the source's text


def test_without_the_rule_the_short_answer_starts_mid_sentence():
    short = ask(fragment_joins=0).short.replace("**", "")
    assert "140 millions" not in short and "dollars en quatre ans" in short
