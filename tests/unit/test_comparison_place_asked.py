"""A place asked of two agreements (assistant/comparisons.py ``_PLACE_ASKED``, ``_PLACE``, ``ComparisonAnswers._side``,
``_chosen``): asked at the end of the question too (« ça se passe où ? »); the search goes on past its usual candidates
to the first passage naming a place; a first clause naming one is not replaced by a clause holding more of the topic but
naming none; « avoir lieu » names no place (DEV Q1865: Bourget 10-2.16 « dans les locaux du Collège », Cris 9-2.08
« dans la communauté d'Oujé-Bougoumou »). Inline passages, no index; clauses and wordings other than the DEV item's."""

from __future__ import annotations

import pytest

from assistant.comparisons import _PLACE, _PLACE_ASKED
from assistant.lookups import DirectAnswers
from assistant.types import Hit
from tests.unit.test_comparisons import cited, clause

DOCUMENTS = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
             "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}


@pytest.mark.parametrize("question", [
    "Les réunions du comité de perfectionnement, ça se tient où ?",
    "L'examen médical demandé par l'employeur, c'est où ça ?",
    "Pis la formation obligatoire, elle se donne où? Au Collège pis dans l'entente autre.",
])
def test_a_place_asked_at_the_end_of_the_question(question):
    assert _PLACE_ASKED.search(question)


@pytest.mark.parametrize("question", [
    "Pour le congé de paternité, c'est où que c'est le mieux, au Collège ou chez les Cris ?",
    "Je sais pas où trouver la clause sur les vacances, compare les deux ententes.",
])
def test_no_place_asked(question):
    assert not _PLACE_ASKED.search(question)


@pytest.mark.parametrize("sentence, names", [
    ("Si la réunion prévue à la clause 4-2.03 n'a pas eu lieu dans les délais, le grief est déféré.", False),
    ("Les rencontres ont lieu une fois par mois.", False),
    ("Le comité fixe la date et le lieu de la rencontre.", True),
    ("Les réunions se tiennent dans les bureaux de la Commission.", True),
])
def test_taking_place_is_no_place(sentence, names):
    assert bool(_PLACE.search(sentence)) is names


def _answer(chunks, question):
    def retrieve(topic, docs):  # every passage of the side, in the order given: the place comes last
        return [Hit(c, 1.0 / (rank + 1), ("bm25",)) for rank, c in enumerate(c for c in chunks if c.doc == docs[0])]

    return DirectAnswers([], chunks, DOCUMENTS, retrieve).answer(question, [])


def test_a_passage_naming_a_place_past_the_usual_candidates_is_found():
    chunks = [clause("conv", f"4-2.0{n}", f"4-2.0{n} Le comité de perfectionnement étudie la demande numéro {n} "
                                          "du salarié.", n) for n in range(1, 8)]
    chunks.append(clause("conv", "4-2.09", "4-2.09 Les réunions se tiennent dans les bureaux du Collège.", 9))
    chunks.append(clause("autre", "7-1.04", "7-1.04 Le comité de perfectionnement se réunit à la salle du conseil "
                                            "de la Commission.", 1))
    answer = _answer(chunks, "Le comité de perfectionnement, ça se réunit où ? Compare le Collège pis l'entente autre.")
    assert answer is not None and answer.kind == "comparison"
    assert cited(answer)["conv"][0] == "4-2.09" and cited(answer)["autre"][0] == "7-1.04"


def test_a_first_naming_a_place_is_not_replaced_by_one_on_the_topic_naming_none():
    chunks = [
        clause("conv", "5-3.05", "5-3.05 Les séances de formation sont données en général dans les salles de "
                                 "formation du Collège.", 1),
        clause("conv", "5-3.02", "5-3.02 Les cours de perfectionnement obligatoires sont payés par le Collège.", 2),
        clause("autre", "8-4.03", "8-4.03 Les cours de perfectionnement obligatoires se donnent dans la "
                                  "localité de l'école.", 1),
    ]
    answer = _answer(chunks, "Où se donnent les cours de perfectionnement obligatoires, au Collège versus dans "
                             "l'entente autre ?")
    assert answer is not None and answer.kind == "comparison"
    assert cited(answer)["conv"][0] == "5-3.05" and cited(answer)["autre"][0] == "8-4.03"
