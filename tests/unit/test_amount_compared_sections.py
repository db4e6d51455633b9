"""Two sections of a table set against each other (assistant/pay_arithmetic.py ``_compared_amounts``): « un suppléant
qualifié gagne combien de plus de l'heure qu'un non qualifié ? » looks each side up on its own words (the second with
the first's date and unit) and gives each row's difference first. Paraphrases with other dates and sentence shapes;
Bourget Annexe P A) as the corpus prints it."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers
from assistant.tables import compared_split

from .inline_answers import table_answers

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"}}

#: Bourget Annexe P A) (corpus)
SUPPLY = """Annexe P Taux horaire des salariés éducateurs suppléants à court terme ou occasionnels

A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel

Enseignant qualifié

Durée Périodes concernées\t60 minutes
À compter du 1 ^{er} avril 2011\t36,92 \\$
À compter du 1 ^{er} avril 2012\t37,47 \\$
À compter du 1 ^{er} avril 2013\t38,13 \\$
À compter du 1 ^{er} avril 2014\t38,89 \\$

Enseignant non qualifié

Durée Périodes concernées\t60 minutes
À compter du 1 ^{er} avril 2011\t28,92 \\$
À compter du 1 ^{er} avril 2012\t29,42 \\$
À compter du 1 ^{er} avril 2013\t30,00 \\$
À compter du 1 ^{er} avril 2014\t30,60 \\$
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe P", SUPPLY)], DOCUMENTS)


@pytest.mark.parametrize("question, gap, first, second", [
    ("Au Collège, en 2013-2014, un suppléant qualifié gagne combien de plus de l'heure qu'un suppléant non "
     "qualifié ?", "8,13 $", "38,13 $", "30,00 $"),
    ("Au Collège, en octobre 2012, une enseignante suppléante qualifiée est payée combien de plus de l'heure "
     "qu'une suppléante non qualifiée ?", "8,05 $", "37,47 $", "29,42 $"),
    ("Au Collège, en septembre 2014, le taux horaire d'un suppléant non qualifié, c'est combien de moins que celui "
     "d'un qualifié ?", "8,29 $", "30,60 $", "38,89 $"),
])
def test_each_sides_amount_and_their_difference(direct, question, gap, first, second):
    answer = direct.answer(question, [])
    assert answer is not None, question
    assert answer.text.startswith("Écart :"), answer.text
    assert f"- **{gap}** " in answer.text and f"{first} (Annexe P" in answer.text and \
        f"contre {second} (Annexe P" in answer.text, answer.text


def test_nothing_compared_without_a_second_side():
    assert compared_split("Au Collège, un suppléant qualifié gagne combien de plus qu' ?") is None
    assert compared_split("Au Collège, un suppléant qualifié gagne combien de l'heure ?") is None
