"""A comparison's topic is not a run said by the way nor one that only points back at another
(assistant/comparisons.py topic_of, _with_condition):

- a run said in parentheses (« Si mon conjoint décède (on espère jamais), combien de jours au Collège ? », blind Q1994:
  the topic was « espère jamais », Bourget said to have no clause) is an aside: any run outside them holding a topic
  word goes first, even a condition;
- a run naming nothing but « quelque chose », « la même chose », « un équivalent » or « ça » (« Au Collège y a-tu
  quelque chose de semblable ? », blind Q1987) points back at what another run names: it holds no topic word;
- a parenthesis holding the only topic is still read (nothing else to compare on).

Inline questions, no index."""

from __future__ import annotations

import pytest

from assistant.comparisons import topic_of

NAMES = ["Collège Bourget", "Collège", "Bourget", "Cris", "CS crie", "Commission scolaire crie", "crie"]


@pytest.mark.parametrize("question, topic", [
    ("Si mon conjoint décède (on espère jamais), combien de jours au Collège? Et chez les Cris?", "conjoint décède"),
    ("Si ma mère meurt (touchons du bois), j'ai combien de jours de congé au Collège pis chez les Cris?", "mère meurt"),
    ("Combien de jours de congés de maladie (les fameux jours ouvrables) au Collège et chez les Cris?",
     "congés de maladie"),
    ("Au décès de ma soeur (ça arrive à tout le monde), le congé est-il pareil au Collège et chez les Cris?",
     "décès de ma soeur"),
])
def test_an_aside_in_parentheses_is_not_the_topic(question: str, topic: str) -> None:
    assert topic in topic_of(question, NAMES)


@pytest.mark.parametrize("question, topic", [
    ("Chez les Cris, le syndicat pis la Commission se rencontrent combien de fois pour discuter des griefs? "
     "Au Collège y a-tu quelque chose de semblable?", "se rencontrent"),
    ("Au Collège, la prime de disparités régionales, ça existe-tu? Pis chez les Cris, y a-tu la même chose?",
     "prime de disparités régionales"),
    ("Chez les Cris on a droit à un congé pour le déménagement. Au Collège y a-tu un équivalent?",
     "congé pour le déménagement"),
])
def test_a_run_pointing_back_is_not_the_topic(question: str, topic: str) -> None:
    assert topic in topic_of(question, NAMES)


def test_a_parenthesis_holding_the_only_topic_is_read() -> None:
    assert "congé de maternité" in topic_of("Collège vs Cris (congé de maternité)?", NAMES)
