"""People counted by a « combien » question (assistant.questions.question_unit): « combien de représentants »,
« combien de monde de chaque bord » count in the seats the agreements write as « trois (3) représentants »."""

from __future__ import annotations

import pytest

from assistant.questions import question_unit


@pytest.mark.parametrize("question", [
    "Au comité où le syndicat rencontre l'employeur, il y a combien de représentants des profs ?",
    "Le comité où le syndicat pis l'employeur se rencontrent, il y a combien de monde de chaque bord ?",
    "Le comité de perfectionnement, il compte combien de membres ?",
    "Ça prend combien de personnes pour former le comité ?",
])
def test_people_asked_are_counted_in_people(question):
    unit = question_unit(question)
    assert unit is not None
    assert unit.search("composé de trois (3) représentants du Collège")
    assert unit.search("d'un maximum de 4 représentantes ou représentants des enseignantes")
    assert not unit.search("dans les trente (30) jours")


def test_a_question_counting_no_people_counts_no_people():
    assert question_unit("Le comité se réunit combien de fois par année ?") is None
