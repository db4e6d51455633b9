"""The « que » of « est-ce que » / « qu'est-ce que » asks; it opens no relative clause of the asker
(assistant/comparisons.py: _before_relative), so what the question asks stays in the comparison's topic."""

from __future__ import annotations

import pytest

from assistant.comparisons import _before_relative, topic_of
from tests.unit.test_comparison_topics import NAMES


@pytest.mark.parametrize("question, kept", [
    # « qu'on » after « Est-ce » cut up to « avant »: the mediation asked was lost (DEV Q2248)
    ("Est-ce qu'on peut essayer une médiation avant l'arbitrage d'un grief chez les Cris? Pis au Collège?",
     "médiation avant l'arbitrage d'un grief"),
    # « que je » after « est-ce » cut the whole run: the told case was the topic (DEV Q2242)
    ("Ma conjointe est décédée il y a deux semaines. Après les jours de deuil payés, est-ce que je peux prendre un "
     "congé sans solde plus long, chez les Cris pis au Collège?", "congé sans solde"),
])
def test_est_ce_que_keeps_what_is_asked(question, kept):
    assert kept in topic_of(question, NAMES)


def test_a_relative_clause_of_the_asker_is_still_left_out():
    words = "congé auquel j'ai droit pour le décès de mon père".split()
    assert " ".join(_before_relative(words)) == "congé pour le décès de mon père"
    words = "est-ce que je garde mon ancienneté".split()
    assert _before_relative(words) == words
