"""A comparison's topic is asked by the question, not by a later sentence telling whose case it is
(assistant/comparisons.py topic_of, _told, _tagged):

- a later sentence closed by a tag question (« Mon chum travaille au Collège Bourget pis il me dit que c'est plus court
  chez eux, c'est-tu vrai ? ») asks only whether what it tells is so: it tells, as a sentence closed by « . » does
  (DEV Q1953: the topic was « chum travaille », Bourget said to have no clause on the grievance delay);
- a run of such a told sentence gives way to a run of the asking sentence holding two known topic words or more, even
  one that asks (« on a combien de temps pour loger un grief … »): before, it gave way only to a run asking nothing, so
  « Combien de jours … ? Moi chu au Collège, ma chum enseigne à la CS crie. » was compared on « chum enseigne »;
- a later sentence asking a thing of its own (« … pis elle en a combien, elle ? ») is no tag: it still asks.

Inline questions, no index."""

from __future__ import annotations

import pytest

from assistant.comparisons import _tagged, _told, topic_of

NAMES = ["Collège Bourget", "Collège", "Bourget", "Cris", "CS crie", "Commission scolaire crie", "crie"]


@pytest.mark.parametrize("question, topic", [
    ("Chez les Cris on a combien de temps pour loger un grief après l'événement ? Mon chum travaille au Collège Bourget "
     "pis il me dit que c'est plus court chez eux, c'est-tu vrai ?", "grief après l'événement"),
    ("Au Collège, j'ai droit à combien de jours pour le décès de ma grand-mère ? Ma soeur enseigne chez les Cris pis "
     "elle dit qu'elle en a plus, c'est ça ?", "décès de ma grand-mère"),
    ("Quand est-ce que ma liste d'ancienneté doit être affichée chez les Cris ? Ma collègue du Collège Bourget pense "
     "que c'est en novembre, hein ?", "liste d'ancienneté"),
    ("Combien de temps l'arbitre a pour rendre sa sentence au Collège ? Mon voisin à la CS crie dit que c'est pareil, "
     "non ?", "rendre sa sentence"),
])
def test_a_later_tagged_sentence_is_not_the_topic(question, topic):
    assert topic in topic_of(question, NAMES)


@pytest.mark.parametrize("question, topic", [
    ("Combien de jours de congé pour la mort de mon père ? Moi chu au Collège, ma chum enseigne à la CS crie.",
     "mort de mon père"),
    ("Chez les Cris, on a combien de semaines pour le congé de paternité ? Mon beau-frère bosse au Collège Bourget.",
     "congé de paternité"),
])
def test_a_told_sentence_gives_way_to_an_asking_run(question, topic):
    assert topic in topic_of(question, NAMES)


@pytest.mark.parametrize("sentence, tagged", [
    ("Mon chum travaille au Collège pis il me dit que c'est plus court, c'est-tu vrai ?", True),
    ("Ma soeur dit qu'elle en a plus, c'est ça ?", True),
    ("Ma collègue pense que c'est en novembre, hein ?", True),
    ("Il paraît que c'est pareil, n'est-ce pas ?", True),
    ("Mon chum dit que c'est dix ou quinze jours, c'est-tu vrai ?", True),  # « ou », not « où »
    ("Ma collègue sait pas où ça se passe, c'est ça ?", False),  # « où » asks a place
    ("Pis elle, elle en a combien, c'est-tu vrai ?", False),  # « combien »: it asks a thing of its own
    ("Pis chez les Cris, c'est pareil ?", False),  # no tag: the comparison itself
    ("C'est-tu vrai que c'est plus court ?", False),  # the tag opens it: what follows is asked
])
def test_a_tag_question_asks_nothing_else(sentence, tagged):
    assert _tagged(sentence) is tagged


def test_a_later_question_of_its_own_is_not_told():
    question = "Combien de jours pour un déménagement au Collège ? Pis chez les Cris, ils en donnent combien ?"
    assert _told(question) == []


def test_a_case_told_before_the_question_stays_its_topic():
    assert "désister de mon congé sabbatique" in topic_of(
        "Chez les Cris, je veux me désister de mon congé sabbatique qui commence en septembre. Je peux-tu encore ? "
        "Pis au Collège ?", NAMES)
