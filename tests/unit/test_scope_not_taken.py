"""An alternative the question says is not taken (« je prends le train plutôt que mon auto », « l'autobus au lieu de mon
auto ») is no part of what a reimbursement's amount is asked of: Annexe W's kilometre table (« frais de déplacement »,
which assistant.colloquial gives for « auto ») does not say what a train or bus ticket is repaid (blind DEV Q1556, fresh
DEV Q1433). The means taken, when the agreement pays it, still answers."""

from __future__ import annotations

import pytest

from assistant.scope import missing_value
from assistant.types import Hit
from ingest.types import Chunk

ANNEX_W = ("Annexe W Politique relative aux frais de déplacement\n\n1. Conformément aux dispositions prévues au paragraphe 3 "
           "de la clause 6-11.02, les frais de déplacement sont calculés selon les règles indiquées au tableau suivant :\n\n"
           "Tarif de base pour les premiers 200 kilomètres\t35 $\nFrais pour chaque kilomètre excédant (+ de 200 km)\t0,15 $ /km\n"
           "La somme des 3 opérations = Total des frais de déplacement\n\n"
           "3. Les frais de stationnement sont remboursés sur présentation des pièces justificatives.")
HITS = [Hit(Chunk(chunk_id="bourget:1", doc="bourget", clause_id="Annexe W", kind="annex", text=ANNEX_W,
                  indexed_text=ANNEX_W), score=1.0, why=("dense",))]


@pytest.mark.parametrize("question", [
    "Le Collège m'envoie en mandat à Québec pis je prends le train plutôt que mon auto. Le billet est remboursé jusqu'à combien ?",
    "Au Collège, pour un mandat à Montréal, je prends l'autobus au lieu de mon auto : le billet m'est remboursé jusqu'à combien ?",
])
def test_the_means_not_taken_does_not_tie_the_amount(question):
    assert missing_value(question, HITS) == "aucun montant"


@pytest.mark.parametrize("question", [
    "Au Collège, je prends mon auto plutôt qu'un véhicule loué pour mon mandat : on me rembourse combien ?",
    "Au Collège, quand je prends mon auto pour un mandat, on me rembourse combien ?",
])
def test_the_means_taken_still_ties_it(question):
    assert missing_value(question, HITS) == ""
