"""The clause that says what was asked leads (AnswerParams.lead_words_margin): of two answering clauses of one
agreement, the second leads when its short answer holds clearly more of the question's words than the first's (the
retrieval order put first a neighbour sharing the article's words); the former lead stays, second. A follow-up, a
margin not reached or a rule turned off leave the order as retrieved."""

from __future__ import annotations

from assistant.answer import ExtractiveAnswerer
from assistant.types import Hit
from tests.unit.builders import chunk, cited, ranked_hits

QUESTION = ("Je fais de la suppléance occasionnelle au Collège pis la direction m'oblige à participer à une activité "
            "spéciale : est-ce que je suis payé ?")
PEDAGOGICAL = ("8-8.03 Lorsqu'un enseignant suppléant occasionnel est tenu par la direction du Collège de participer à "
               "une journée pédagogique, cet enseignant reçoit une rémunération à son taux horaire applicable.")
SPECIAL = ("8-8.04 Lorsqu'un enseignant suppléant occasionnel est tenu par la direction du Collège de participer à "
           "une activité spéciale organisée par le Collège, cet enseignant reçoit une rémunération équivalente.")
SICK = "6-3.04 Les jours de maladie non utilisés sont monnayables à la fin de l'année."
LEAVE = "6-4.05 La salariée éducatrice enceinte a droit à un congé de maternité de vingt et une (21) semaines."
HEARING = ("3-5.01 Tout salarié éducateur appelé comme témoin lors d'un arbitrage peut s'absenter de son travail "
           "pour la durée de l'audition.")

CHUNKS = [chunk(PEDAGOGICAL, "8-8.03", 88, "8-8.00"), chunk(SPECIAL, "8-8.04", 89, "8-8.00"),
          chunk(SICK, "6-3.04", 34, "6-3.00"), chunk(LEAVE, "6-4.05", 45, "6-4.00"), chunk(HEARING, "3-5.01", 1, "3-5.00")]


def hits(*clauses: str) -> list[Hit]:
    return ranked_hits(CHUNKS, *clauses)


def test_the_clause_holding_what_was_asked_leads():
    retrieved = hits("8-8.03", "8-8.04", "6-3.04")
    answer = ExtractiveAnswerer.from_chunks(CHUNKS).answer(QUESTION, retrieved)
    assert cited(answer) == ["8-8.04", "8-8.03"]
    # the new lead is quoted first, in the short answer's first line
    assert answer.short.splitlines()[0].count("8-8.04") >= 1
    off = ExtractiveAnswerer.from_chunks(CHUNKS, lead_words_margin=None).answer(QUESTION, retrieved)
    assert cited(off) == ["8-8.03", "8-8.04"]


def test_a_lead_holding_about_as_much_keeps_its_place():
    # « journée pédagogique » asked: the first clause holds it, the second holds « activité spéciale » instead
    question = QUESTION.replace("une activité spéciale", "une journée pédagogique")
    answer = ExtractiveAnswerer.from_chunks(CHUNKS).answer(question, hits("8-8.03", "8-8.04", "6-3.04"))
    assert cited(answer)[0] == "8-8.03"


def test_a_follow_up_keeps_the_retrieval_order():
    retrieved = hits("8-8.03", "8-8.04", "6-3.04")
    answer = ExtractiveAnswerer.from_chunks(CHUNKS).answer(
        QUESTION, retrieved, context_question="Au Collège, les suppléants sont payés comment ?")
    assert cited(answer)[0] == "8-8.03"


def test_a_single_answering_clause_is_left_alone():
    answer = ExtractiveAnswerer.from_chunks(CHUNKS).answer(QUESTION, hits("8-8.04", "6-3.04", "6-4.05"))
    assert cited(answer) == ["8-8.04"]
