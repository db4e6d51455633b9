"""An acronym the documents never write but spell out in full, often (« HDAA »: the Cris accord's « élèves handicapés
ou en difficulté d'adaptation ou d'apprentissage »), is theirs: a question using it is not refused as about something no
document covers (scope.spelled_acronyms, Vocabulary.spelled; from DEV Q1642 and Q1747, refused for « HDAA »). An acronym
they neither write nor spell out (« FAE »), or spell out only by chance, fewer times, is still refused; a lower-case word
that happens to spell initials is never read as an acronym. The questions are paraphrases of those items."""

from __future__ import annotations

import pytest

from assistant.scope import Vocabulary, foreign_question, question_features, spelled_acronyms, unknown_acronyms
from tests.unit.builders import chunk

SPELLED = ("Le Ministère accorde des sommes pour les élèves handicapés ou en difficulté d'adaptation ou d'apprentissage. "
           "La Commission répartit les ressources entre les élèves handicapés ou en difficulté d'adaptation ou "
           "d'apprentissage ; elle informe les syndicats du plan d'intervention des élèves handicapés ou en difficulté "
           "d'adaptation ou d'apprentissage.")
ONCE = "Le régime enregistré épargne retraite n'est pas visé."
CHUNKS = [chunk(SPELLED, "Annexe XXII", 1), chunk(ONCE, "5-10.01", 2)]
VOCABULARY = Vocabulary.from_chunks(CHUNKS)


def test_the_initials_of_a_run_of_content_words_spell_an_acronym():
    assert "hdaa" in spelled_acronyms("des élèves handicapés ou en difficulté d'adaptation ou d'apprentissage, et")
    # a break (« ; », « ( », a comma) ends the run
    assert "hdaa" not in spelled_acronyms("handicapés ; difficulté, adaptation (apprentissage)")


@pytest.mark.parametrize("question", [
    "Chez les Cris, les sommes pour les élèves HDAA, le Ministère en donne combien ?",
    "La Commission doit-elle informer les syndicats de la répartition des ressources EHDAA avant une date ?",
])
def test_an_acronym_the_documents_spell_out_is_theirs(question):
    assert unknown_acronyms(question, VOCABULARY) == ()
    assert foreign_question(question, VOCABULARY) is None
    assert not {"hdaa", "ehdaa"} & set(question_features(question, [], VOCABULARY).unknown)


@pytest.mark.parametrize("question, acronym", [
    ("Les profs de la FAE ont-tu plus de jours de maladie ?", "FAE"),  # three letters: never spelled
    ("Le Collège cotise-tu à mon REER ?", "REER"),  # spelled out once only
])
def test_an_acronym_spelled_out_rarely_or_never_stays_unknown(question, acronym):
    assert unknown_acronyms(question, VOCABULARY) == (acronym,)


def test_a_lower_case_word_spelling_initials_is_no_acronym():
    # « Salariés enseignants reçoivent salaires » three times spells « sers », which a question writes as a verb
    vocabulary = Vocabulary.from_chunks([chunk("Salariés enseignants reçoivent salaires. " * 3, "6-1.01", 1)])
    assert "sers" in vocabulary.spelled and "sers" not in vocabulary
    features = question_features("Le Collège me paie-tu mon forfait quand je m'en sers ?", [], vocabulary)
    assert "sers" in features.unknown
    assert unknown_acronyms("Le Collège paie-tu le SERS ?", vocabulary) == ()
