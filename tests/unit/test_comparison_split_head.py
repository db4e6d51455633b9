"""A topic of two things joined by « pis » or « ou » whose later part opens with its complement (« les congés de maladie
pis de deuil ») reads that part with the noun the first part opens with (« congés de deuil »), not as « de deuil » alone
(assistant/comparisons.py ``_with_head``, ``topic_parts``). A part naming its own noun is read as written. Inline
strings, no index; the topics are paraphrases of the held-out « X pis de Y » shape with other nouns and joins."""

from __future__ import annotations

import pytest

from assistant.comparisons import _with_head, topic_parts


@pytest.mark.parametrize("topic, parts", [
    ("les congés de maladie pis de deuil", ["les congés de maladie", "congés de deuil"]),
    ("les frais de déplacement pis de séjour", ["les frais de déplacement", "frais de séjour"]),
    ("le délai de grief ou d'arbitrage", ["le délai de grief", "délai d'arbitrage"]),
    ("l'avis de mise à pied pis de non-rengagement", ["l'avis de mise à pied", "avis de non-rengagement"]),
    ("pour le congé de maternité ou de paternité", ["pour le congé de maternité", "congé de paternité"]),
    ("les primes de disparités régionales pis d'éloignement", ["les primes de disparités régionales",
                                                             "primes d'éloignement"]),
])
def test_a_later_part_opening_with_its_complement_takes_the_first_part_s_noun(topic, parts):
    assert topic_parts(topic) == parts


def test_three_parts_each_take_the_noun():
    assert topic_parts("les jours de maladie pis de deuil ou de déménagement") == [
        "les jours de maladie", "jours de deuil", "jours de déménagement"]


@pytest.mark.parametrize("first, part", [
    ("le calendrier de l'année", "les vacances d'été"),  # its own noun and determiner
    ("Coacher un nouveau prof", "accompagner un stagiaire"),  # a verb phrase
    ("les manuels", "de beaux cahiers"),  # the first part has no complement to share
])
def test_a_part_naming_its_own_noun_or_without_a_shared_noun_is_as_written(first, part):
    assert _with_head(first, part) == part


def test_a_complement_alone_of_one_topic_word_no_longer_blocks_the_split():
    # before: « de deuil » held one topic word, so the topic was read as one thing, « deuil » beside « maladie »
    assert len(topic_parts("les congés de maladie pis de deuil")) == 2
