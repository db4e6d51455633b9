"""assistant.scope.content_words: spoken Québec words that say nothing of a question's topic
(« bedon », « pantoute », « coudonc », « astheure », « mettons », « être supposé », « se
ramasser » = to end up) are never read as its topic, so they cannot make it look out of the
corpus (R8's DEV Q1442, Q1444, Q1296 were refused for them); the words that name the topic stay.
Paraphrases in other words and sentence shapes than those items."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, content_words


@pytest.mark.parametrize("question, filler, topic", [
    ("Coudonc, c'est-tu vrai que la salle de repos est partagée avec le personnel ?", "coudonc", "repos"),
    ("Astheure que chu à temps partiel, j'ai-tu encore droit aux congés de maladie ?", "astheure", "droit"),
    ("Mettons que je tombe malade en plein congé parental, qu'est-ce qui arrive ?", "mettons", "parental"),
    ("J'ai pas pantoute été avisée de ma mise à pied, c'est-tu correct ?", "pantoute", "avisee"),
    ("Je dois rester dans ma classe ou bedon aller dans le local de repos ?", "bedon", "classe"),
])
def test_spoken_fillers_are_not_topic_words(question, filler, topic):
    words = content_words(question, ScopeParams())
    assert filler not in words
    assert topic in words


@pytest.mark.parametrize("question, gone", [
    ("La direction est supposée me remettre mon horaire avant quand ?", "supposee"),
    ("On est supposés avoir combien de journées pédagogiques ?", "supposes"),
    ("Je me suis ramassée avec trois groupes de plus, c'est permis ?", "ramassee"),
    ("Si on se ramasse sans suppléant, qui surveille les élèves ?", "ramasse"),
])
def test_supposed_to_and_ending_up_are_grammar_not_topic(question, gone):
    assert gone not in content_words(question, ScopeParams())


def test_picking_up_things_is_still_a_topic():
    """« ramasser » not said of oneself (« ramasser les copies ») is a word of the question."""
    assert "ramasser" in content_words("Suis-je obligée de ramasser les copies des élèves à la fin ?", ScopeParams())
