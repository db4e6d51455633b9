"""A sentence saying what was asked leads (AnswerParams.sentence_lead_margin): a clause of the lead's agreement
ranked 2nd or 3rd whose best sentence holds far more of the question's words than the lead's best sentence answers
in the lead's place. A margin not reached, a clause ranked lower, another agreement's clause or the rule turned off
leave the lead as retrieved."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import ExtractiveAnswerer
from assistant.types import Hit
from tests.unit.builders import chunk, cited, ranked_hits

QUESTION = "Au Collège, ma maison a passé au feu : j'ai-tu droit à un congé payé ?"
PUBLIC = ("6-1.09 Le Collège accorde un congé sans traitement au salarié éducateur élu à une charge publique, pour "
          "la durée de son mandat.")
FIRE = "6-1.02 Le salarié éducateur a droit à un congé du Collège d'un (1) jour lors d'un feu à sa maison."
SICK = "6-3.04 Les jours de maladie non utilisés sont monnayables à la fin de l'année."
LEAVE = "6-4.05 La salariée éducatrice enceinte a droit à un congé de maternité de vingt et une (21) semaines."
HEARING = ("3-5.01 Tout salarié éducateur appelé comme témoin lors d'un arbitrage peut s'absenter de son travail "
           "pour la durée de l'audition.")

CHUNKS = [chunk(PUBLIC, "6-1.09", 19, "6-1.00"), chunk(FIRE, "6-1.02", 12, "6-1.00"),
          chunk(SICK, "6-3.04", 34, "6-3.00"), chunk(LEAVE, "6-4.05", 45, "6-4.00"), chunk(HEARING, "3-5.01", 1, "3-5.00")]


def hits(*clauses: str, chunks=CHUNKS) -> list[Hit]:
    """Ranked hits whose first passage's sentence vectors are the question's nearest (as retrieval put it first)."""
    return [replace(hit, unit_similarities=((0, len(hit.chunk.text), 0.9 if rank == 0 else 0.8),))
            for rank, hit in enumerate(ranked_hits(chunks, *clauses))]


def test_a_clause_ranked_third_saying_what_was_asked_leads_alone():
    retrieved = hits("6-1.09", "6-3.04", "6-1.02", "6-4.05")
    answer = ExtractiveAnswerer.from_chunks(CHUNKS).answer(QUESTION, retrieved)
    assert cited(answer) == ["6-1.02"]
    off = ExtractiveAnswerer.from_chunks(CHUNKS, sentence_lead_margin=None).answer(QUESTION, retrieved)
    assert cited(off)[0] == "6-1.09"
    assert "6-1.02" not in cited(off)


def test_a_clause_ranked_lower_is_not_read():
    retrieved = hits("6-1.09", "6-3.04", "6-4.05", "6-1.02")
    answer = ExtractiveAnswerer.from_chunks(CHUNKS).answer(QUESTION, retrieved)
    assert cited(answer)[0] == "6-1.09"
    closer = ExtractiveAnswerer.from_chunks(CHUNKS, sentence_lead_max_rank=3).answer(QUESTION, retrieved)
    assert cited(closer) == ["6-1.02"]


def test_a_margin_not_reached_keeps_the_lead():
    answer = ExtractiveAnswerer.from_chunks(CHUNKS, sentence_lead_margin=0.9).answer(
        QUESTION, hits("6-1.09", "6-3.04", "6-1.02", "6-4.05"))
    assert cited(answer)[0] == "6-1.09"


def test_another_agreements_clause_does_not_lead():
    chunks = [*CHUNKS[:1], chunk(FIRE, "6-1.02", 12, "6-1.00", doc="autre"), *CHUNKS[2:]]
    answer = ExtractiveAnswerer.from_chunks(chunks).answer(
        QUESTION, hits("6-1.09", "6-3.04", "6-1.02", "6-4.05", chunks=chunks))
    assert cited(answer)[0] == "6-1.09"
