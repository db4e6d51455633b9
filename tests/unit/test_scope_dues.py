"""Dues asked to be repaid to a body of the asker's (« me rembourse ma cotisation annuelle à mon ordre professionnel ? »):
assistant.scope.missing_benefit reads whom the dues go to as part of the benefit, named only when a sentence of the
passages holds its words in a row; the union's dues (3-6.05) and a sentence holding « charge professionnelle » and
« mission d'ordre syndical » name no professional order. From blind DEV Q1844."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, missing_benefit
from assistant.types import Hit
from tests.unit.builders import chunk

UNION_DUES = chunk("3-6.05 Le Collège transmet annuellement à l'Association la liste des salariés éducateurs cotisants, "
                   "avec le montant déduit à titre de cotisation régulière.", "3-6.05", 1, "3-6.00")
RELEASE = chunk("3-5.06 Le président doit être libéré de deux périodes prévues à sa charge professionnelle pour accomplir "
                "toute mission d'ordre syndical.", "3-5.06", 2, "3-5.00")
ORDER = chunk("5-9.01 La Commission rembourse la cotisation annuelle de l'enseignante à son ordre professionnel.",
              "5-9.01", 3, "5-9.00")
TRIP = chunk("Annexe W 1. Les frais de déplacement autorisés sont remboursés selon le kilométrage parcouru.", "Annexe W", 4)


def hits(*chunks) -> list[Hit]:
    return [Hit(c, 1.0 - 0.01 * rank, ("dense", "bm25")) for rank, c in enumerate(chunks)]


def test_dues_to_a_body_no_passage_names_are_missing():
    asked = ("Je suis psychoéducatrice au Collège : est-ce que le Collège me rembourse ma cotisation annuelle à mon ordre "
             "professionnel ?")
    assert missing_benefit(asked, hits(UNION_DUES, RELEASE)) == "ma cotisation annuelle à mon ordre professionnel"


def test_dues_to_a_body_a_passage_names_are_not_missing():
    asked = "Est-ce que la Commission me rembourse ma cotisation annuelle à mon ordre professionnel ?"
    assert missing_benefit(asked, hits(UNION_DUES, ORDER)) == ""


@pytest.mark.parametrize("asked", [
    "Le Collège me rembourse-tu ma cotisation syndicale ?",  # no body asked: the union's dues are in the passages
    "Le Collège me rembourse-tu mes frais de déplacement à mon lieu de stage ?",  # where a trip goes, not dues
])
def test_no_dues_to_a_body_asked_is_no_such_case(asked):
    assert missing_benefit(asked, hits(UNION_DUES, TRIP, RELEASE), ScopeParams()) == ""
