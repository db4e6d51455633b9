"""A trip's meals paid with its kilometres and fuel (assistant/amount_answers.py ``_trip_meals``): Bourget Annexe W's
meal table (« Dîner 12 $ », column « Remboursement maximum ») added to the trip's total, the bill stated paid when
lower than that ceiling, a meal counted (« 2 soupers ») counted. Before, the meal was left out (DEV Q1722: 57,50 $,
not 69,50 $). Annexe W copied from corpus/bourget-convention-college-bourget-2014-2019.txt."""

from __future__ import annotations

import pytest

from .inline_answers import table_answers
from .table_texts import CRIS_13_2_03
from .test_amount_placement import DOCUMENTS
from .test_amount_rules_applied import TRAVEL

MEALS = """
2. Les parties conviennent de majorer annuellement le tarif de base ci-dessus mentionné (rf. 35 $) selon les modalités qui suivent : le 1er février de chaque année, le Collège établit le pourcentage de l'augmentation applicable au tarif en calculant la moyenne en pourcentage des 12 derniers mois de l'indice des prix à la consommation, soit l'IPC transport publié par Statistique Canada.
3. Les frais de stationnement sont remboursés sur présentation des pièces justificatives.
4. Les frais de repas sont remboursés, avec pièces justificatives, selon les modalités suivantes :

Repas\tRemboursement maximum
Déjeuner\t7 $
Dîner\t12 $
Souper\t15 $
"""


@pytest.fixture(scope="module")
def direct():
    return table_answers([("bourget", "Annexe W", TRAVEL + MEALS), ("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)


@pytest.mark.parametrize("question, lead, meal", [
    ("Au Collège, on m'envoie en mandat avec mon char : 150 km aller-retour, l'essence ordinaire est à 1,50 $ le "
     "litre, pis je dîne là-bas (facture de 14 $). On me rembourse combien en tout ?",
     "**69,50 $** en tout pour 150 km et « Dîner »", "plus le repas « Dîner » : 12 $ (remboursement maximum : 12 $ ; "
                                                      "facture de 14 $)"),
    ("Au Collège, je fais 260 km aller-retour pour un mandat et je prends un souper de 10 $ là-bas, on me rembourse "
     "combien ?", "**54 $** en tout pour 260 km et « Souper »", "plus le repas « Souper » : 10 $"),
    ("Au Collège, un déplacement de 300 km pour un mandat de deux jours, avec 2 soupers, combien on me rembourse en "
     "tout ?", "**80 $** en tout pour 300 km et « Souper »", "plus le repas « Souper » : 2 × 15 $ = 30 $"),
])
def test_a_trips_meal_is_added_at_most_its_ceiling(direct, question, lead, meal):
    answer = direct.answer(question, [])
    assert answer is not None and answer.text.startswith(lead), answer and answer.text
    assert meal in answer.text
    assert "« 4. Les frais de repas sont remboursés, avec pièces justificatives, selon les modalités suivantes »" in \
        answer.text


def test_a_trip_without_a_meal_is_its_kilometres_only(direct):
    answer = direct.answer("Au Collège, j'ai fait 320 km aller-retour pour un mandat, on me rembourse combien ?", [])
    assert answer is not None and answer.text.startswith("**53 $** pour 320 km —"), answer and answer.text
    assert "repas" not in answer.text.split("\n")[0]


@pytest.mark.parametrize("question", [
    "Au Collège, on m'envoie en mandat avec mon auto : 320 km aller-retour, pis l'essence ordinaire est à 1,60 $ le "
    "litre dans le coin. Sans compter le stationnement pis les repas, on me rembourse combien ?",  # DEV Q1637
    "Au Collège, 320 km aller-retour pour un mandat, l'essence à 1,60 $ le litre, avec les repas, on me rembourse "
    "combien ?",  # the meals' topic, no meal named
    "Au Collège, 320 km aller-retour pour un mandat, l'essence à 1,60 $ le litre, sans le souper, on me rembourse "
    "combien ?",
])
def test_no_meal_is_added_when_none_is_named_or_it_is_left_out(direct, question):
    answer = direct.answer(question, [])
    assert answer is not None and answer.text.startswith("**104,20 $** pour 320 km —"), answer and answer.text
