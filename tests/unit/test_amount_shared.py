"""An amount a clause splits equally between the parties, each party's share asked (assistant/amount_answers.py
``_shared_amount``): Cris 9-2.07's 400 $ « partagé également entre les parties » for a joint postponement is 200 $
each. Before, the clause was quoted without the share (DEV Q1731). 9-2.07's paragraph copied from
corpus/cris-accord-commission-scolaire-crie.txt."""

from __future__ import annotations

import pytest

from assistant.types import Hit

from .inline_answers import table_answers
from .table_texts import CRIS_13_2_03
from .test_amount_placement import DOCUMENTS

POSTPONEMENT = """9-2.07

À compter de la date de la signature de l'entente, la partie locale qui adresse une demande de remise de séance d'audition dans un délai de 30 jours ou moins d'une date d'audition verse à l'arbitre un montant de 400 $. Dans le cas d'une demande conjointe de remise, ce montant est partagé également entre les parties.
"""

# a split sentence naming no amount back, after a sentence with an amount: nothing divided
UNRELATED = """9-2.24

La partie qui demande une transcription en paie le coût, soit 150 $ par séance. Les frais et honoraires de tout autre tiers sont partagés également entre les parties.
"""


@pytest.fixture(scope="module")
def direct():
    # a table of the Cris agreement's too (13-2.03): the amount answers read a document with tables
    return table_answers([("cris", "9-2.07", POSTPONEMENT), ("cris", "9-2.24", UNRELATED),
                          ("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)


def _first(direct, clause):
    return [Hit(next(c for c in direct.chunks if c.clause_id == clause), 1.0)]


@pytest.mark.parametrize("question", [
    "Chez les Cris, la Commission pis le syndicat ont demandé ensemble de remettre une audition d'arbitrage prévue dans "
    "3 semaines. Combien chaque partie doit verser à l'arbitre ?",
    "Chez les Cris, une remise d'audition demandée conjointement, on paie la moitié chacun de combien ?",
])
def test_an_amount_split_equally_is_halved_for_each_party(direct, question):
    answer = direct.answer(question, _first(direct, "9-2.07"))
    assert answer is not None and answer.text.startswith("**200 $** chacune — 9-2.07 : 400 $ partagé également entre "
                                                         "les 2 parties, 400 $ ÷ 2 = 200 $"), answer and answer.text
    assert "« Dans le cas d'une demande conjointe de remise, ce montant est partagé également entre les parties. »" in \
        answer.text
    assert {c.clause for c in answer.citations} == {"9-2.07"}


def test_the_whole_amount_asked_is_not_split(direct):
    answer = direct.answer("Chez les Cris, si le syndicat demande seul une remise d'audition 2 semaines avant, il verse "
                           "combien à l'arbitre ?", _first(direct, "9-2.07"))
    assert answer is None or "÷ 2" not in answer.text


def test_a_split_naming_no_amount_back_divides_nothing(direct):
    answer = direct.answer("Chez les Cris, les frais d'un autre tiers, combien chaque partie paie ?",
                           _first(direct, "9-2.24"))
    assert answer is None or "÷ 2" not in answer.text
