"""An amount asked of a reimbursement with no money word (« la nuit à l'hôtel, on me la rembourse jusqu'à combien ? »):
refused when no sentence of the best passages states an amount, a limit or the cost itself of what is asked (DEV Q1412:
Annexe W pays mileage, parking and meals, 6-11.01 names « frais de séjour » and gives no amount)."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, missing_value
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*texts: str) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"doc:{i}", doc="doc", clause_id=f"6-11.0{i}", kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


# Annexe W and 6-11.01, as the index holds them (a table's rows are one sentence)
ANNEXE_W = ("Annexe W Politique relative aux frais de déplacement\n\n1. Conformément aux dispositions prévues au paragraphe 3 "
            "de la clause 6-11.02, les frais de déplacement sont calculés selon les règles indiquées au tableau suivant :\n\n"
            "Tarif de base pour les premiers 200 kilomètres\t35 \\$\nFrais pour chaque kilomètre excédant (+ de 200 km)\t"
            "0,15 \\$ /km\nLe coût réel du litre d'essence divisé par 10\n\n2. Les parties conviennent de majorer "
            "annuellement le tarif de base ci-dessus mentionné (rf. 35 \\$) selon les modalités qui suivent : le Collège "
            "établit le pourcentage de l'augmentation applicable au tarif.\n3. Les frais de stationnement sont remboursés "
            "sur présentation des pièces justificatives.\n4. Les frais de repas sont remboursés, avec pièces justificatives, "
            "selon les modalités suivantes :\n\nRepas\tRemboursement maximum\nDéjeuner\t7 \\$\nDîner\t12 \\$\nSouper\t15 \\$")
SEJOUR = ("6-11.01 Le Collège maintient au minimum les modalités relatives à sa politique de remboursement des frais de "
          "séjour et de déplacement en vigueur au Collège (rf. annexe W).")
MANDATE = _passages(ANNEXE_W, SEJOUR)


@pytest.mark.parametrize("question", [
    "Le Collège m'envoie en mandat à Québec pour deux jours. La nuit à l'hôtel, on me la rembourse jusqu'à combien ?",
    "Au Collège, l'hébergement lors d'un mandat, on me le rembourse combien ?",
    "Quand le Collège m'envoie en mandat, on me rembourse combien pour l'hôtel ?",
])
def test_a_reimbursement_whose_amount_no_passage_states_is_refused(question):
    assert missing_value(question, MANDATE) == "aucun montant"


@pytest.mark.parametrize("question", [
    "Le Collège m'envoie en mandat à Québec pour la journée. Le stationnement, on me le rembourse jusqu'à combien ?",
    "Au Collège, l'essence, on me la rembourse combien quand je prends mon auto pour un mandat ?",
    "Le Collège m'envoie en mandat à Québec pour deux jours. Les repas, on me les rembourse jusqu'à combien ?",
    "Le Collège me rembourse combien pour les kilomètres quand je vais à un mandat ?",
])
def test_a_reimbursement_stated_by_an_amount_or_its_cost_is_answered(question):
    assert missing_value(question, MANDATE) == ""


@pytest.mark.parametrize("question", [
    # a delay, a count, a deduction from the pay (the noun): no amount of a payment asked
    "Le Collège a combien de temps pour me rembourser mon kilométrage ?",
    "Le Collège me rembourse combien de repas par jour de mandat ?",
    "Au Collège, ils m'enlèvent combien sur ma paie si je manque une journée ?",
])
def test_what_asks_no_amount_of_a_payment_is_left_alone(question):
    assert missing_value(question, MANDATE) == ""


def test_a_limit_in_kilograms_states_how_much_is_paid():
    food = _passages("L'enseignante ou l'enseignant qui doit pourvoir à son propre approvisionnement a droit au "
                     "remboursement du transport de sa nourriture jusqu'à concurrence de 727 kilogrammes par année.")
    assert missing_value("Chez les Cris, on me rembourse jusqu'à combien pour le transport de ma nourriture ?", food) == ""


def test_the_payer_and_the_paying_verb_tie_no_amount_to_the_thing_asked():
    # « le Collège établit … (rf. 35 $) » and « Remboursement maximum … 7 $ » share only « Collège », « rembourse »
    question = "Au Collège, la nuit à l'hôtel, on me la rembourse jusqu'à combien ?"
    assert missing_value(question, MANDATE, ScopeParams()) == "aucun montant"
