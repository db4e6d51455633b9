"""A clause the passage vectors rank first, retrieved second or third (AnswerParams.dense_first_ratio): it answers
too, after the clauses the other rules chose, when its best sentence scores that share of the lead's; only a clause
of the lead's document, only from the passages ranked up to second_clause_max_rank, never when off (None), and not
when the lead's quote already holds dense_first_lead_words of the question's weighted words."""

from __future__ import annotations

from assistant.answer import ExtractiveAnswerer
from assistant.types import Hit
from ingest.types import Chunk
from tests.unit.builders import chunk, cited

QUESTION = "Mes jours de maladie non utilisés à la fin de l'année, je les perds ?"
REGISTER = ("6-3.11 Les jours de maladie non utilisés restent inscrits au registre jusqu'à la fin de l'année. "
            "Le registre des jours est tenu par le Collège.")
ABSENCES = "7-8.04 Les jours de maladie non utilisés à la fin de l'année figurent au relevé des absences."
TRAVEL = "6-11.02 Les frais de déplacement sont remboursés selon la politique du Collège."


LEAD = chunk(REGISTER, "6-3.11", 11, "6-3.00")
FAR = chunk(ABSENCES, "7-8.04", 84, "7-8.00")
CHUNKS = [LEAD, FAR, chunk(TRAVEL, "6-11.02", 112, "6-11.00")]


def hits(*ranked: tuple[Chunk, int]) -> list[Hit]:
    """Hits in fused order, each with its passage-vector rank."""
    return [Hit(c, score=1.0 - 0.01 * rank, why=("dense", "bm25"), dense_rank=dense, bm25_score=5.0 - rank)
            for rank, (c, dense) in enumerate(ranked)]


def test_the_vectors_first_passage_answers_after_the_lead():
    retrieved = hits((LEAD, 2), (FAR, 0))
    off = ExtractiveAnswerer.from_chunks(CHUNKS, dense_first_ratio=None)
    assert cited(off.answer(QUESTION, retrieved)) == ["6-3.11"]
    on = ExtractiveAnswerer.from_chunks(CHUNKS, dense_first_ratio=0.3, dense_first_lead_words=None)
    assert cited(on.answer(QUESTION, retrieved)) == ["6-3.11", "7-8.04"]


def test_only_the_vectors_first_passage_of_the_lead_document_scoring_enough():
    on = ExtractiveAnswerer.from_chunks(CHUNKS, dense_first_ratio=0.3, dense_first_lead_words=None)
    assert cited(on.answer(QUESTION, hits((LEAD, 0), (FAR, 1)))) == ["6-3.11"]  # the vectors rank it second
    other = chunk(ABSENCES, "7-8.04", 84, "7-8.00", doc="u")
    assert cited(ExtractiveAnswerer.from_chunks([LEAD, other], dense_first_lead_words=None).answer(
        QUESTION, hits((LEAD, 2), (other, 0)))) == ["6-3.11"]  # another agreement
    strict = ExtractiveAnswerer.from_chunks(CHUNKS, dense_first_ratio=5.0, dense_first_lead_words=None)
    assert cited(strict.answer(QUESTION, hits((LEAD, 2), (FAR, 0)))) == ["6-3.11"]  # its sentence scores too little


def test_not_when_the_leads_quote_already_holds_the_words_asked():
    retrieved = hits((LEAD, 2), (FAR, 0))
    capped = ExtractiveAnswerer.from_chunks(CHUNKS, dense_first_ratio=0.3, dense_first_lead_words=0.9)
    assert cited(capped.answer(QUESTION, retrieved)) == ["6-3.11"]  # 6-3.11 holds every word of the question
    asked = "Mes jours de maladie non utilisés à la fin de l'année, je les perds lors d'un déplacement ?"
    assert cited(ExtractiveAnswerer.from_chunks(CHUNKS, dense_first_ratio=None).answer(asked, retrieved)) == ["6-3.11"]
    assert cited(capped.answer(asked, retrieved)) == ["6-3.11", "7-8.04"]  # the lead's quote lacks « déplacement »
