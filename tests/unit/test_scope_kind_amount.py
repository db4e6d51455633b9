"""An amount asked of a payment named by its kind (« la prime annuelle d'isolement et d'éloignement, c'est combien
exactement ? »): refused when no sentence of the best passages states an amount of what it is for; who is paid
(« enseignant », « salarié éducateur ») ties no amount to it. DEV Q898, Q1413: the Cris accord names the premium and
refers to the convention's table (12-2.01), which the corpus does not hold."""

from __future__ import annotations

import pytest

from assistant.scope import missing_value
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*texts: str) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"doc:{i}", doc="doc", clause_id=f"13-13.0{i}", kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


ISOLATION = _passages(
    "Une enseignante ou un enseignant qui travaille dans une localité reçoit une prime annuelle d'isolement et "
    "d'éloignement établie selon le tableau de la clause 12-2.01 de la convention.",
    "Aux fins du calcul des montants alloués dans le cadre de cet article, la Commission dispose, par enseignante ou "
    "enseignant, d'un montant de 150 $.",
    "L'enseignante ou l'enseignant qui agit comme responsable d'école reçoit un supplément annuel de 1 383 $.")


@pytest.mark.parametrize("question", [
    "J'enseigne pour la CS crie à Mistissini : la prime annuelle d'isolement et d'éloignement, c'est combien exactement ?",
    "Chez les Cris, la prime d'isolement pour un prof, c'est combien ?",
])
def test_a_premium_whose_amount_no_passage_states_is_refused(question):
    assert missing_value(question, ISOLATION) == "aucun montant"


@pytest.mark.parametrize("question", [
    "Chez les Cris, je suis responsable d'école : mon supplément, c'est combien ?",
    "Chez les Cris, la prime d'isolement, ça donne combien de jours de sortie ?",  # a count, no amount asked
    "Chez les Cris, est-ce que j'ai droit à la prime d'isolement ?",
])
def test_a_premium_stated_or_no_amount_asked_is_left_alone(question):
    assert missing_value(question, ISOLATION) == ""
