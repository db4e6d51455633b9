"""A comparison's topic joined by « pis » or « ou » is two things asked at once only when neither part is a clause of
the teacher's case (assistant/comparisons.py: topic_parts; no side is said to lack a word of such a case): a part holding a personal pronoun (« on m'a jamais
rappelé », « une inondation m'empêche d'aller travailler », « l'employeur se rencontrent ») or an asking « -tu »
(« peut-tu changer ou ajouter quelque chose ») joins events or words of one case (DEV Q1598, Q1599, Q1602: each part
was looked up alone, the question's own words never). Inline topics, no index."""

from __future__ import annotations

import pytest

from assistant.comparisons import topic_parts
from assistant.lookups import DirectAnswers
from assistant.types import Hit
from tests.unit.test_comparisons import clause

DOCUMENTS = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
             "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}


def _answers(chunks) -> DirectAnswers:
    """The lookups over ``chunks``, each document's passages retrieved in the order given."""
    def retrieve(topic, docs):
        return [Hit(c, 1.0 / (rank + 1), ("bm25",)) for rank, c in enumerate(c for c in chunks if c.doc == docs[0])]
    return DirectAnswers([], chunks, DOCUMENTS, retrieve)


@pytest.mark.parametrize("topic", [
    "été mis à pied pis on m'a jamais rappelé",
    "jours payés quand un feu ou une inondation m'empêche d'aller travailler",
    "L'arbitre — peut-tu changer ou ajouter quelque chose",
    "comité où le syndicat pis l'employeur se rencontrent",
    "conjoint est gravement malade pis je dois m'occuper de lui",
    "maison a été inondée pis j'ai dû manquer l'école",
])
def test_a_case_told_in_clauses_is_one_topic(topic):
    assert topic_parts(topic) == []


@pytest.mark.parametrize("topic, parts", [
    ("Coacher un nouveau prof ou accompagner un stagiaire", ["Coacher un nouveau prof", "accompagner un stagiaire"]),
    ("congé sans traitement pis le congé sabbatique", ["congé sans traitement", "le congé sabbatique"]),
    ("congé de maternité ou le congé d'adoption", ["congé de maternité", "le congé d'adoption"]),
])
def test_two_things_named_are_still_two_parts(topic, parts):
    assert topic_parts(topic) == parts


def test_a_side_is_not_said_to_lack_a_word_of_the_teachers_case():
    # the teacher's « inondée » is no word of the Collège's clause (« force majeure tel qu'un feu »): the Collège side
    # is still quoted (DEV Q884, which lost its Bourget side once the case was no longer read as two things)
    chunks = [
        clause("conv", "6-1.02", "6-1.02 h) un maximum d'une (1) journée ouvrable par année pour un événement de force "
                                 "majeure tel qu'un feu.", 1),
        clause("conv", "6-3.02", "6-3.02 Le Collège crédite dix (10) jours ouvrables de congés de maladie.", 2),
        clause("autre", "5-14.02", "5-14.02 G) Un maximum annuel de 3 jours ouvrables pour tout événement de force "
                                   "majeure (désastre, feu, inondation) qui oblige l'enseignant à s'absenter.", 1),
    ]
    answer = _answers(chunks).answer("Ma maison a été inondée pis j'ai dû manquer l'école. Combien de jours payés pour "
                                     "ce genre de force majeure au Collège, pis dans l'entente autre ?", [])
    assert {c.doc for c in answer.citations} == {"conv", "autre"}, answer.text
