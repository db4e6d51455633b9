"""Experience told as its échelon, not in years, beside a schooling (assistant/placement.py ``_EXPERIENCE_ECHELON``):
the rule's schooling échelons are added to that échelon (Annexe M note 14; blind15 Q1967 « mon expérience me donne
l'échelon 8 … scolarité évaluée à 17 ans », Q2022 « scolarité 19 ans pas de doctorat … mon expérience me met à
l'échelon 5 »), not the cell of the experience échelon itself. And both ends of a scale asked together (« l'écart
entre le premier pis le dernier échelon », Q1999, assistant/tables.py ``other_end``): both cells and their gap."""

from __future__ import annotations

import pytest

from assistant.tables import parse_amount_question

from .test_amount_doctorate_placement import RULE, _direct


@pytest.mark.parametrize(("question", "echelon", "amount", "bonus"), [
    ("Au Collège, l'expérience me place à l'échelon 3 et ma scolarité est de 18 ans. Combien en 2014 ?",
     7, "**49 942 $**", "+ 4 échelons"),
    ("Prof au Collège : je suis à l'échelon 2 selon mon expérience, avec 17 années de scolarité. Mon traitement au "
     "1er avril 2013 ?", 4, "**43 212 $**", "+ 2 échelons"),
    ("Mon échelon d'expérience est 4, scolarité reconnue de 19 ans, sans doctorat. Au Collège je fais combien en 2014 ?",
     10, "**56 595 $**", "+ 6 échelons"),
    ("Au Collège, avec 19 ans de scolarité pis un doctorat de 3e cycle, mon expérience me donne l'échelon 1 : "
     "combien au 1er avril 2014 ?", 9, "**54 283 $**", "+ 8 échelons"),
])
def test_an_experience_echelon_gets_the_schoolings_echelons_added(question, echelon, amount, bonus):
    answer = _direct(RULE).answer(question, [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    assert "Échelon correspondant à votre expérience (selon votre question)" in answer.text, answer.text
    assert bonus in answer.text and f"**Traitement à l'échelon {echelon}**" in answer.text, answer.text
    assert amount in answer.text, answer.text


def test_an_echelon_said_without_experience_stays_an_amount_lookup():
    answer = _direct(RULE).answer("Au Collège, j'ai 17 ans de scolarité pis je suis à l'échelon 6. Combien en 2014 ?",
                                  [])
    assert answer is None or "Échelon correspondant à votre expérience" not in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "C'est quoi l'écart entre le premier pis le dernier échelon de l'échelle des profs en 2014 ?",
    "Du premier au dernier échelon, la différence de salaire est de combien au Collège ?",
    "Combien de plus gagne-t-on au sommet de l'échelle qu'au premier échelon ?",
])
def test_both_ends_of_a_scale_asked_set_the_last_beside_the_first(question):
    query = parse_amount_question(question)
    assert (query.echelon_end, query.other_end) == ("first", "last"), question


def test_one_end_asked_sets_nothing_beside_it():
    assert parse_amount_question("Au dernier échelon, combien je gagne ?").other_end is None
    assert parse_amount_question("Le premier échelon des profs, c'est combien ?").other_end is None


def test_the_gap_between_both_ends_is_given():
    answer = _direct(RULE).answer("Au Collège, l'écart entre le premier et le dernier échelon des enseignants au "
                                  "1er avril 2014, c'est combien ?", [])
    assert answer is not None, answer
    assert "**38 902 $**" in answer.text and "**61 517 $**" in answer.text, answer.text
    assert "Écart : **22 615 $**" in answer.text, answer.text
