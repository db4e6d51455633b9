"""A definition question answered by a clause that gives the definition (AnswerParams.definition_alone): the
neighbours of its article that define nothing (the right to a workplace free of it, the recourse) are not cited
beside it; a question asking no definition, or a lead giving none, keeps them."""

from __future__ import annotations

from assistant.answer import ExtractiveAnswerer
from assistant.types import Hit
from tests.unit.builders import chunk, cited, ranked_hits

QUESTION = "C'est quoi au juste du harcèlement psychologique selon la convention du Collège ?"
RIGHT = ("9-4.01 Tout salarié éducateur a droit à un milieu de travail exempt de harcèlement psychologique. Le Collège "
         "doit prendre les moyens raisonnables pour prévenir le harcèlement psychologique selon la convention.")
DEFINED = ("9-4.02 Aux fins de la présente convention, on entend par « harcèlement psychologique » une conduite "
           "vexatoire se manifestant soit par des comportements, des paroles, des actes ou des gestes répétés.")
RECOURSE = ("9-4.04 Un salarié éducateur qui prétend être victime de harcèlement psychologique peut exercer les recours "
            "selon les procédures de règlement des griefs prévues à la présente convention.")
SICK = "6-3.04 Les jours de maladie non utilisés sont monnayables à la fin de l'année."

CHUNKS = [chunk(RIGHT, "9-4.01", 1, "9-4.00"), chunk(DEFINED, "9-4.02", 2, "9-4.00"),
          chunk(RECOURSE, "9-4.04", 4, "9-4.00"), chunk(SICK, "6-3.04", 34, "6-3.00")]


def hits(*clauses: str) -> list[Hit]:
    return ranked_hits(CHUNKS, *clauses)


def test_a_definition_asked_is_answered_by_the_clause_defining_it():
    retrieved = hits("9-4.02", "9-4.01", "9-4.04", "6-3.04")
    answer = ExtractiveAnswerer.from_chunks(CHUNKS).answer(QUESTION, retrieved)
    assert cited(answer) == ["9-4.02"]
    assert "conduite vexatoire" in answer.text
    # off: the neighbours that define nothing were cited after it
    off = ExtractiveAnswerer.from_chunks(CHUNKS, definition_alone=False, lead_words_margin=None).answer(QUESTION, retrieved)
    assert cited(off)[:2] == ["9-4.02", "9-4.01"]


def test_a_question_asking_no_definition_keeps_the_neighbours():
    question = "Au Collège, le harcèlement psychologique selon la convention, j'ai droit à quoi pis quels recours ?"
    answer = ExtractiveAnswerer.from_chunks(CHUNKS).answer(question, hits("9-4.02", "9-4.01", "9-4.04", "6-3.04"))
    assert len(cited(answer)) > 1


def test_a_lead_giving_no_definition_keeps_the_other_clauses():
    # the lead (the right to a workplace free of it) defines nothing: the rule leaves the answer as it was
    retrieved = hits("9-4.01", "9-4.04", "6-3.04")
    on = ExtractiveAnswerer.from_chunks(CHUNKS).answer(QUESTION, retrieved)
    off = ExtractiveAnswerer.from_chunks(CHUNKS, definition_alone=False).answer(QUESTION, retrieved)
    assert cited(on) == cited(off)


def test_what_happens_in_a_case_is_no_definition_asked():
    # « qu'est-ce qui arrive si … » asks what happens (the recourse), not what the term means: the clauses stay
    question = "Au Collège, qu'est-ce qui arrive si je suis victime de harcèlement psychologique ?"
    retrieved = hits("9-4.02", "9-4.01", "9-4.04", "6-3.04")
    on = ExtractiveAnswerer.from_chunks(CHUNKS).answer(question, retrieved)
    off = ExtractiveAnswerer.from_chunks(CHUNKS, definition_alone=False).answer(question, retrieved)
    assert cited(on) == cited(off)
