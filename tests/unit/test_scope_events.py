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


def _hit(doc: str, i: int, text: str):
    from assistant.types import Hit
    from ingest.types import Chunk
    return Hit(Chunk(chunk_id=f"{doc}:{i}", doc=doc, clause_id=f"A-{i}", kind="clause", text=text, indexed_text=text),
               score=1.0 - i / 10, why=("dense",))


def test_a_year_between_two_documents_years_is_in_neither_period():
    from assistant.scope import amount_of_another_year
    hits = [_hit("cris", 1, "Année scolaire\tMontant\n2006-2007\t390 000 $\n2008-2009\t195 000 $"),
            _hit("mesures", 2, "Le montant de base est de 21 989 $ pour l'année scolaire 2024-2025.")]
    assert amount_of_another_year("Le Ministère donne combien pour les élèves à risque en 2015-2016 ?", hits) == \
        "2006-2007 à 2008-2009"
    # a year inside one document's period is that document's to answer
    assert amount_of_another_year("Le Ministère donne combien pour les élèves à risque en 2007-2008 ?", hits) == ""


def test_a_right_asked_by_its_kind_of_payment_is_met_by_a_payment_of_another_name():
    from assistant.scope import benefit_off_topic, missing_benefit
    food = [_hit("cris", 1, "L'enseignant bénéficie du remboursement des frais de transport de cette nourriture par fret."),
            _hit("cris", 2, "La prime d'assurance est payable par l'enseignant pour chaque période de paie.")]
    for question in ("Chez les Cris, j'ai droit à quelle allocation pour le transport de ma nourriture ?",
                     "Chez les Cris, j'ai droit à quelle prime pour le transport de ma nourriture ?"):
        assert missing_benefit(question, food) == ""
        assert benefit_off_topic(question, food) is None
    # DEV Q718: the best passage, about the rest of the question, states no payment: still refused
    ratio = [_hit("bourget", 1, "Le nombre maximum d'élèves par groupe au secondaire est de 32 élèves."),
             _hit("bourget", 2, "Le suppléant reçoit une compensation équivalente pour une activité spéciale.")]
    question = "J'ai droit à quelle compensation pour les élèves en trop dans mon groupe au secondaire ?"
    assert benefit_off_topic(question, ratio) is not None
