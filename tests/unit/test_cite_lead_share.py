"""A second answering clause that adds nothing asked (AnswerParams.second_lead_share): beside a lead whose quote
holds the question's words, a neighbour of the same article whose short answer holds much less of them is left
out, so that the answer cites the clause that carries its facts; a second clause holding about as much stays
(when the lead is off target, it is the one that carries the facts)."""

from __future__ import annotations

from assistant.answer import ExtractiveAnswerer
from assistant.types import Hit
from tests.unit.builders import chunk, cited, ranked_hits

QUESTION = ("Combien de membres du comité de négociation peuvent être libérés pour participer aux rencontres de "
            "négociation sans perte de traitement ?")
NEGOTIATION = ("3-5.04 Un maximum de quatre (4) salariés éducateurs, membres du comité de négociation, peuvent "
               "s'absenter de leur travail pour participer aux rencontres de négociation, sans perte de traitement.")
EXECUTIVE = ("3-5.05 Chaque membre du comité exécutif de l'Association peut être libéré pour accomplir toute mission "
             "d'ordre syndical, sans perte de traitement.")
HEARING = ("3-5.01 Tout salarié éducateur appelé comme témoin lors d'un arbitrage peut s'absenter de son travail "
           "pour la durée de l'audition.")
RELATIONS = ("3-5.03 Les membres du comité de relations du travail peuvent être libérés pour participer aux rencontres "
             "du comité, sans perte de traitement.")
SICK = "6-3.04 Les jours de maladie non utilisés sont monnayables à la fin de l'année."
LEAVE = "6-4.05 La salariée éducatrice enceinte a droit à un congé de maternité de vingt et une (21) semaines."


CHUNKS = [chunk(NEGOTIATION, "3-5.04", 4, "3-5.00"), chunk(EXECUTIVE, "3-5.05", 5, "3-5.00"),
          chunk(HEARING, "3-5.01", 1, "3-5.00"),
          chunk(RELATIONS, "3-5.03", 3, "3-5.00"), chunk(SICK, "6-3.04", 34, "6-3.00"), chunk(LEAVE, "6-4.05", 45, "6-4.00")]


def hits(*clauses: str) -> list[Hit]:
    return ranked_hits(CHUNKS, *clauses)


def test_a_neighbour_holding_little_of_what_the_lead_quotes_is_left_out():
    retrieved = hits("3-5.04", "3-5.05", "6-3.04")
    assert cited(ExtractiveAnswerer.from_chunks(CHUNKS).answer(QUESTION, retrieved)) == ["3-5.04"]
    # off: the neighbour was cited after the lead, adding nothing asked
    off = ExtractiveAnswerer.from_chunks(CHUNKS, second_lead_share=None).answer(QUESTION, retrieved)
    assert cited(off) == ["3-5.04", "3-5.05"]


def test_a_second_clause_holding_about_as_much_as_the_lead_stays():
    # 3-5.03 holds nearly every word the lead's quote holds (« membres », « libérés », « rencontres », « perte de
    # traitement »): not a clause brought by an article's recurring words alone, it stays
    answer = ExtractiveAnswerer.from_chunks(CHUNKS).answer(QUESTION, hits("3-5.04", "3-5.03", "6-3.04"))
    assert cited(answer) == ["3-5.04", "3-5.03"]


def test_a_follow_up_keeps_its_second_clause():
    # a follow-up's own words are too few to say what a clause adds: the rule leaves its clauses alone
    retrieved = hits("3-5.04", "3-5.05", "6-3.04")
    answer = ExtractiveAnswerer.from_chunks(CHUNKS).answer(
        QUESTION, retrieved, context_question="Au Collège, parle-moi des libérations syndicales.")
    assert cited(answer) == ["3-5.04", "3-5.05"]
