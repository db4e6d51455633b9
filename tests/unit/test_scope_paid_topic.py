"""A payment asked by its kind (« y a-tu une prime pour les profs qui enseignent la langue crie ? ») is met by the best
passage's payment only when that payment is stated in a sentence speaking of what the question says it is for
(assistant.scope._paid_otherwise with benefit_off_topic's rest of the question): Cris 10-6.01's « Le texte de la
convention est imprimé aux frais du Comité patronal » pays the printing; only its next sentence names the Cree language.
DEV Q720, answered in reduced mode (BM25 only), where 10-6.01 came first; the transport of food (12-8.01) stays paid."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, benefit_off_topic
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*pairs: tuple[str, str]) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"cris:{i}", doc="cris", clause_id=clause, kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 20, why=("bm25",)) for i, (clause, t) in enumerate(pairs, start=1)]


PRINTING = ("10-6.01", "10-6.01 Le texte de la convention est imprimé aux frais du Comité patronal. Le Syndicat a droit à "
                       "100 exemplaires en langue française, 100 exemplaires en langue anglaise et 50 exemplaires en langue "
                       "crie.")
INSURANCE = ("5-10.13", "Tout contrat doit comporter une garantie que le tarif selon lequel les primes sont calculées ne "
                        "peut entraîner une majoration des primes avant le 1er janvier qui suit la fin de la première année.")
ISOLATION = ("13-13.01", "13-13.01 Une enseignante ou un enseignant qui travaille dans un des secteurs mentionnés à la clause "
                         "12-1.02 reçoit une prime annuelle d'isolement et d'éloignement.")
FOOD = ("12-8.01", "12-8.01 L'enseignante ou l'enseignant qui doit pourvoir à son propre approvisionnement en nourriture a "
                   "droit au remboursement des frais de transport de cette nourriture, jusqu'à 727 kilogrammes par année.")


def test_a_payment_the_best_passage_states_of_something_else_does_not_meet_the_kind_asked():
    question = "Chez les Cris, y a-tu une prime pour les profs qui enseignent la langue crie ?"
    found = benefit_off_topic(question, _passages(PRINTING, INSURANCE, ISOLATION), ScopeParams())
    assert found is not None and found.thing == "une prime"


@pytest.mark.parametrize("question, best", [
    # the best passage pays for what the question asks (« transport », « nourriture »): the name asked decides nothing
    ("Chez les Cris, j'ai droit à quelle allocation pour le transport de ma nourriture ?", FOOD),
    ("Chez les Cris, y a-tu une allocation pour le transport de la nourriture ?", FOOD),
])
def test_a_payment_stated_of_the_thing_asked_still_meets_it(question, best):
    assert benefit_off_topic(question, _passages(best, INSURANCE, ISOLATION), ScopeParams()) is None
