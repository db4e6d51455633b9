"""A payment asked by its kind with « combien de » (« le chef de groupe, y reçoit combien de prime par année pour ses
fonctions ? »): read as « reçoit-il une prime », so the passages that name a premium for something else (the Cris
accord's insurance premiums, 5-10.13) do not answer it; « par année » says how often, not what for. Blind DEV Q1554,
fresh DEV Q1430; the prime de séparation asked with « combien de » (DEV Q1431) is the passages' own topic."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, benefit_off_topic
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*pairs: tuple[str, str]) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"cris:{i}", doc="cris", clause_id=clause, kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 20, why=("dense",)) for i, (clause, t) in enumerate(pairs, start=1)]


CRIS = _passages(
    ("1-1.09", "1-1.09 Chef de groupe\n\nUne enseignante ou un enseignant qui, en plus de ses fonctions d'enseignante ou "
               "d'enseignant au niveau d'une école, s'acquitte de ses fonctions de chef de groupe proprement dites auprès "
               "d'un groupe d'enseignantes ou d'enseignants."),
    ("5-10.13", "Tout contrat doit comporter une garantie que le tarif selon lequel les primes sont calculées ne peut "
                "entraîner une majoration des primes avant le 1er janvier qui suit la fin de la première année complète."),
    ("5-3.13", "L'enseignante ou l'enseignant qui refuse son affectation est présumé avoir démissionné. Cependant, si elle "
               "ou il est permanent, elle ou il bénéficie alors d'une prime de séparation équivalente à 2 mois de "
               "traitement par année de service complète au moment du refus."),
)


@pytest.mark.parametrize("question", [
    "Chez les Cris, le chef de groupe, y reçoit combien de prime par année pour ses fonctions ?",
    "Chez les Cris, le chef de groupe touche combien de prime pour ses fonctions ?",
])
def test_how_much_of_a_kind_named_off_topic_is_refused(question):
    found = benefit_off_topic(question, CRIS, ScopeParams())
    assert found is not None and found.thing == "prime"


@pytest.mark.parametrize("question", [
    "Chez les Cris, on reçoit combien de prime de séparation si on refuse une affectation ?",  # the thing is named
    "Chez les Cris, le chef de groupe, il a combien de temps de libération ?",  # no payment asked
])
def test_how_much_of_a_named_payment_is_left_alone(question):
    assert benefit_off_topic(question, CRIS, ScopeParams()) is None
