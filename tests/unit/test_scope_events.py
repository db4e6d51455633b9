"""The absent-topic rule leaves a family event to the relatives' check (refusals audit, fresh DEV Q436–Q440): the words
asking about the event (« se remarie », « la noce », « vient de mourir ») and the relative it is for (« mon oncle ») are
not unknown when the documents name the event (« mariage », « décès »)."""

from __future__ import annotations

from assistant.scope import ScopeParams, Vocabulary, family_event_words, question_features

AGREEMENTS = Vocabulary("en cas de deces de son pere mariage union civile conge jour jours combien collegue".split())


def test_the_event_and_the_relative_asked_are_not_unknown():
    for question, expected in [("Chez les Cris, je me remarie cet été, j'ai combien de jours ?", {"remarie"}),
                               ("Mon père se remarie, j'ai-tu congé pour la noce ?", {"remarie", "noce", "pere"}),
                               ("Au Collège, mon oncle vient de mourir, j'ai-tu congé ?", {"mourir", "oncle"})]:
        assert expected <= family_event_words(question, AGREEMENTS)
        features = question_features(question, [], AGREEMENTS, ScopeParams())
        assert not expected & set(features.unknown)


def test_no_event_or_an_event_the_documents_never_name_leaves_every_word():
    assert family_event_words("Mon oncle veut un billet d'avion, j'ai congé ?", AGREEMENTS) == frozenset()
    # no document names a birth here: the words of « ma sœur accouche » stay for the absent-topic rule
    assert family_event_words("Ma sœur accouche demain, j'ai congé ?", AGREEMENTS) == frozenset()
    # two events asked at once: none is the relatives' check's
    assert family_event_words("Mon oncle est mort le jour de ma noce", AGREEMENTS) == frozenset()
    # a word beside the event is still unknown (« parrain » is no relative the check knows)
    features = question_features("Mon parrain vient de mourir, j'ai congé ?", [], AGREEMENTS, ScopeParams())
    assert "parrain" in features.unknown and "mourir" not in features.unknown
