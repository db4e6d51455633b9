"""A document is named by its aliases as written, not by a stem one shares with another word: « en cas de crise »
(stem « cris ») names no Cree agreement (DEV Q1848 was compared across Bourget and the Cris for it)."""

from __future__ import annotations

from assistant.aliases import DocumentNames, written_words
from assistant.lookups import DirectAnswers

DOCUMENTS = {"bourget": {"aliases": ["Collège Bourget", "Collège"]},
             "cris": {"aliases": ["Commission scolaire crie", "CS crie", "Cris", "crie", "cri"]},
             "cncec": {"aliases": ["aide aux enseignants"]}}


def test_written_words_are_folded_and_singular():
    assert written_words("Chez les Cris, en cas de crise") == {"chez", "les", "cri", "en", "cas", "de", "crise"}


def test_an_alias_names_its_document_only_as_written():
    direct = DirectAnswers([], [], DOCUMENTS)
    assert direct.mentioned_documents("Au Collège, je dois-tu intervenir en cas de crise ?") == ["bourget"]
    assert direct.mentioned_documents("Les crises d'anxiété des élèves, c'est-tu dans ma tâche ?") == []
    assert direct.mentioned_documents("Pour aider les enseignants, le Collège libère-tu quelqu'un ?") == ["bourget", "cncec"]
    for question in ("Chez les Cris, combien de jours ?", "À la CS crie, combien de jours ?", "Selon l'accord cri ?",
                     "Selon l'entente crie ?", "Chez les CRIS ?"):
        assert direct.mentioned_documents(question) == ["cris"], question
    assert direct.mentioned_documents("Au Collège Bourget pis chez les Cris ?") == ["bourget", "cris"]


def test_a_long_alias_names_its_document_in_any_form():
    names = DocumentNames({"valo": ["valorisation du personnel"], "cris": ["Cris"]})
    assert names.documents("Le programme pour valoriser le personnel ?") == ["valo"]
    assert names.documents("Une crise chez les Cris") == ["cris"]
    assert names.documents("Une crise au Collège") == []
