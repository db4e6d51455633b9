"""Years of experience said as the case of a right, a leave or a permission asked are no placement question
(assistant/placement.py: ``asks_pay``): « Ça fait 5 ans que j'enseigne au Collège. Je peux-tu déjà demander un congé
sabbatique à traitement différé ? » (Q2037) asks 6-6.04's eligibility, and its « traitement » names the leave, not a
pay; « combien de jours » counts days, no money. Questions naming a pay, an échelon or a salary with the same years
still get the placement (« 17 ans de scolarité et 5 ans d'expérience, combien je gagne ? »). Paraphrases with other
leaves, years and wordings, on the tiny inline scale of test_amount_placement."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers
from assistant.placement import asks_pay

from .inline_answers import table_answers
from .test_amount_placement import DOCUMENTS, EXPERIENCE_ECHELON, TEACHERS


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "1-2.28", EXPERIENCE_ECHELON)], DOCUMENTS)


RIGHTS_ASKED = [
    "Ça fait 5 ans que j'enseigne au Collège. Je peux-tu déjà demander un congé sabbatique à traitement différé?",
    "J'ai 4 ans d'expérience au Collège, ai-je droit au régime de congé à traitement différé ?",
    "J'enseigne depuis trois ans, est-ce que je peux demander un congé sans traitement d'un an ?",
    "Avec 2 ans d'expérience, est-ce que je suis admissible à un congé sans salaire ?",
    "Ça fait 6 ans que j'enseigne : je peux-tu m'absenter sans perte de traitement pour déménager ?",
    "10 ans d'enseignement au Collège, j'ai droit à combien de jours de congé de maladie ?",
    "J'ai sept années d'expérience, combien de semaines de vacances je peux prendre ?",
]


@pytest.mark.parametrize("question", RIGHTS_ASKED)
def test_a_right_or_leave_asked_with_years_of_experience_names_no_pay(question):
    assert not asks_pay(question)


@pytest.mark.parametrize("question", RIGHTS_ASKED)
def test_a_right_or_leave_asked_with_years_of_experience_gets_no_placement(direct, question):
    answer = direct.answer(question, [])
    assert answer is None or answer.kind not in ("placement", "amount"), answer.text
    assert answer is None or "Classement (échelon)" not in answer.text


PAY_ASKED = [
    "J'ai 5 ans d'expérience au Collège, je suis à quel échelon ?",
    "Ça fait 3 ans que j'enseigne, combien je gagne ?",
    "J'enseigne depuis 4 ans, c'est quoi mon salaire ?",
    "Avec deux ans d'expérience, mon traitement serait de combien ?",
    "J'ai 1 an d'expérience, combien d'argent je fais par année ?",
]


@pytest.mark.parametrize("question", PAY_ASKED)
def test_experience_alone_with_a_pay_asked_is_still_placed(direct, question):
    assert asks_pay(question)
    answer = direct.answer(question, [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    assert "Votre scolarité n'est pas indiquée" in answer.text


@pytest.mark.parametrize("question, echelon, amount", [
    ("17 ans de scolarité et 2 ans d'expérience, combien je gagne en avril 2014 ?", 5, "45 951"),
    ("Ma scolarité est évaluée à 18 ans pis ça fait 1 an que j'enseigne, mon salaire en avril 2013 ?", 6, "46 965"),
])
def test_schooling_and_experience_with_a_pay_asked_is_still_placed(direct, question, echelon, amount):
    answer = direct.answer(question, [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    assert f"**Traitement à l'échelon {echelon}**" in answer.text and f"**{amount} $**" in answer.text
