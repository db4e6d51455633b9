"""A benefit whose thing is set before the asking clause and taken up in it by a pronoun (« Ma cotisation annuelle à
l'Ordre des psychoéducateurs, le Collège me la rembourse-tu ? »): assistant.scope.missing_benefit reads the fronted thing
as it reads one said after the paying verb, and whom dues go to may be a body named with its capital (« à l'Ordre … »,
« au Barreau ») as well as the asker's own (« à mon ordre »). A thing fronted with an article (« La nuit à l'hôtel, on me
la rembourse jusqu'à combien ? ») is a topic, not the asker's own expense, and is left to the other checks. From blind
DEV Q2074 (answered from 3-6.04's union dues); paraphrases with other words, bodies, payers and sentence shapes."""

from __future__ import annotations

import pytest

from assistant.scope import missing_benefit
from assistant.types import Hit
from tests.unit.builders import chunk

UNION_DUES = chunk("3-6.04 Le Collège remet à l'Association, entre le premier et le quinzième jour du mois, les "
                   "cotisations perçues le mois précédent et la liste des salariés éducateurs cotisants.", "3-6.04", 1,
                   "3-6.00")
RELEASE = chunk("3-5.06 Le président doit être libéré de deux périodes prévues à sa charge professionnelle pour accomplir "
                "toute mission d'ordre syndical.", "3-5.06", 2, "3-5.00")
ORDER = chunk("5-9.01 La Commission rembourse la cotisation annuelle de l'enseignante à l'Ordre des psychoéducateurs "
              "ou au Barreau.", "5-9.01", 3, "5-9.00")
TRIP = chunk("6-11.02 Les frais de déplacement et de repas autorisés sont remboursés au salarié éducateur selon le "
             "kilométrage parcouru.", "6-11.02", 4, "6-11.00")
HOTEL = chunk("6-11.03 Les frais de logement à l'hôtel sont remboursés pour chaque nuit, sur pièces justificatives.",
              "6-11.03", 5, "6-11.00")


def hits(*chunks) -> list[Hit]:
    return [Hit(c, 1.0 - 0.01 * rank, ("dense", "bm25")) for rank, c in enumerate(chunks)]


@pytest.mark.parametrize(("asked", "missing"), [
    ("Chu psychoéducatrice au Collège. Ma cotisation annuelle à l'Ordre des psychoéducateurs, le Collège me la "
     "rembourse-tu?", "Ma cotisation annuelle à l'Ordre des psychoéducateurs"),
    ("Mon adhésion à l'Ordre des orthophonistes, la Commission me la paie-tu ?",
     "Mon adhésion à l'Ordre des orthophonistes"),
    ("Je suis conseillère. Ma cotisation au Barreau, est-ce que le Collège la rembourse ?", "Ma cotisation au Barreau"),
    ("Mes inscriptions à la Fédération des orthopédagogues, est-ce qu'ils me les remboursent ?",
     "Mes inscriptions à la Fédération des orthopédagogues"),
])
def test_fronted_dues_to_a_body_no_passage_names_are_missing(asked, missing):
    said = missing_benefit(asked, hits(UNION_DUES, RELEASE))
    assert said and missing.startswith(said)


@pytest.mark.parametrize("asked", [
    "Ma cotisation annuelle à l'Ordre des psychoéducateurs, le Collège me la rembourse-tu ?",
    "Ma cotisation annuelle au Barreau, la Commission me la paie-tu ?",
])
def test_fronted_dues_to_a_body_a_passage_names_are_not_missing(asked):
    assert missing_benefit(asked, hits(UNION_DUES, ORDER)) == ""


@pytest.mark.parametrize("asked", [
    "Mes frais de déplacement pour une formation, le Collège me les rembourse-tu ?",  # the passages pay it
    "Mes repas pendant un déplacement, la Commission me les paie-tu ?",
    "La nuit à l'hôtel, on me la rembourse jusqu'à combien ?",  # an article: a topic, left to the other checks
    "Ma cotisation à l'Association, le Collège me la rembourse-tu ?",  # a body the passages name
])
def test_fronted_things_the_passages_pay_are_not_missing(asked):
    assert missing_benefit(asked, hits(TRIP, HOTEL, UNION_DUES)) == ""
