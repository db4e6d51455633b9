"""A comparison's topic is what the question asks, not the words around it (assistant/comparisons.py topic_of):

- a sentence told after the question (« … prévenir le harcèlement psychologique ? Moi chu au Collège, ma chum enseigne
  à la CS crie. ») says for whom it is asked: its runs give way to the question's own (DEV Q1663: the topic was « chum
  enseigne », Bourget said to have no clause on it). A case told before the question is still its topic;
- « c'est lui qui paie l'arbitre », « qui paie l'impression » ask who pays a thing: the thing is the topic, not cut as
  the comparison's « qui paie le plus » (DEV Q1664: the topic was the condition « syndicat perd l'arbitrage »);
- « pendant mon contrat de sabbatique », « durant mon congé » say when the teacher's case happens: a condition, giving
  way to what is asked (DEV Q1669: « j'aimerais prendre un congé sans solde d'un an et demi »).

Inline questions, no index."""

from __future__ import annotations

import pytest

from assistant.comparisons import topic_of

NAMES = ["Collège Bourget", "Collège", "Bourget", "Cris", "CS crie", "Commission scolaire crie", "crie"]


@pytest.mark.parametrize("question, topic", [
    ("L'employeur est-tu obligé de faire quelque chose pour prévenir le harcèlement psychologique ? Moi chu au Collège, "
     "ma chum enseigne à la CS crie.", "harcèlement psychologique"),
    ("Mon employeur doit-il me rembourser mes frais de déplacement ? Moi je suis au Collège, mon chum travaille chez "
     "les Cris.", "frais de déplacement"),
])
def test_a_sentence_told_after_the_question_is_not_its_topic(question, topic):
    assert topic in topic_of(question, NAMES)


@pytest.mark.parametrize("question, topic", [
    ("Chez les Cris, je veux me désister de mon congé sabbatique qui commence en septembre. Je peux-tu encore ? "
     "Pis au Collège ?", "désister de mon congé sabbatique"),
    ("Ma maison a été inondée pis j'ai dû manquer l'école. A-t-on droit à un congé payé au Collège pis chez les Cris ?",
     "congé payé"),
])
def test_a_case_told_before_the_question_still_counts(question, topic):
    assert topic in topic_of(question, NAMES)


@pytest.mark.parametrize("question, topic", [
    ("Chez les Cris, si le syndicat perd l'arbitrage, c'est lui qui paie l'arbitre ? Pis au Collège, ça marche "
     "comment ?", "paie l'arbitre"),
    ("Au Collège pis chez les Cris, c'est lui qui paie les frais du sténographe ?", "paie les frais du sténographe"),
])
def test_who_pays_a_thing_keeps_the_thing(question, topic):
    assert topic in topic_of(question, NAMES)


@pytest.mark.parametrize("question, topic", [
    ("Qui paie les frais et honoraires de l'arbitre : Bourget vs l'entente crie ?", "frais et honoraires de l'arbitre"),
    ("Qui donne le plus de congé quand mon beau-frère décède, la CS crie ou le Collège Bourget ?",
     "congé quand mon beau-frère décède"),
    ("Qui paie le mieux un prof suppléant, le Collège Bourget ou la Commission crie ?", "prof suppléant"),
])
def test_which_side_pays_is_still_cut(question, topic):
    assert topic_of(question, NAMES) == topic


@pytest.mark.parametrize("question, topic", [
    ("Chez les Cris, pendant mon contrat de sabbatique à traitement différé, j'aimerais prendre un congé sans solde "
     "d'un an et demi. Ça fait quoi à mon contrat ? Pis au Collège, c'est pareil ?", "congé sans solde"),
    ("Durant mon congé de maternité, je voudrais suivre une formation payée : au Collège pis chez les Cris ?",
     "suivre une formation payée"),
])
def test_the_teachers_own_time_gives_way_to_what_is_asked(question, topic):
    """« pendant mon contrat … », « durant mon congé … » say when the case happens (DEV Q1669, _DURING)."""
    assert topic in topic_of(question, NAMES)


def test_a_time_without_a_possessive_is_still_a_topic():
    assert topic_of("Les profs qui siègent au comité, leur salaire pendant les réunions, c'est payé comment chez les "
                    "Cris comparé au Collège Bourget ?", NAMES) == "leur salaire pendant les réunions"
