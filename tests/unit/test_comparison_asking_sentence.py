"""A comparison's topic is what both agreements are asked, and each side quotes a rule
(assistant/comparisons.py topic_of, _prelude, _with_condition, ComparisonAnswers._asking, _signed):

- a sentence telling the case before the question asks (« Je me marie en juillet! ») gives way to a run of the first
  asking sentence that an agreement's name or a comparison word closes (« Congé pour mariage au Collège vs chez les
  Cris »: what they are set side by side on; blind Q1995 was compared on « me marie en juillet », the Cris side quoting
  13-10.05's « 4 semaines … au mois de juillet »); a case told first stays the topic when the asking sentence names no
  thing of its own (« Mon frère est décédé la semaine passée. … j'ai droit à combien de jours ? »);
- a run naming only whom the agreements are asked for (« comparé aux profs de la Commission scolaire crie », blind
  Q1978: the topic was « profs », the Cris side said to have no clause) is no topic, unless the question sets the word
  in quotes to ask what it means (« Qui est considéré comme « enseignant » … »);
- a later sentence that only tells and names no agreement (« Je pense que c'est pas calculé pareil. ») is left out of
  what each side is searched with (blind Q1977: « calculé » put the Cris arbitration's 9-2.02 before the grievance's
  9-1.03); one naming an agreement says whose case is asked and stays;
- the parties' signatures closing an agreement (« En foi de quoi, les parties ont signé … ») are no rule a side quotes
  (blind Q2015 quoted the Cris signatories « Pour la Fédération des syndicats de l'enseignement (FSE) »).

Inline questions and passages, no index."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.comparisons import _prelude, topic_of
from tests.unit.test_comparison_case_parts import _answers
from tests.unit.test_comparisons import clause

NAMES = ["Collège Bourget", "Collège", "Bourget", "Cris", "CS crie", "Commission scolaire crie", "crie"]


@pytest.mark.parametrize("question, topic", [
    ("Je me marie en juillet! Congé pour mariage au Collège vs chez les Cris, c'est-tu pareil?", "Congé pour mariage"),
    ("On déménage cet été! Congé pour déménagement chez les Cris comparé au Collège, lequel donne plus ?",
     "Congé pour déménagement"),
    ("Mon grief a été rejeté! Les frais de l'arbitre au Collège Bourget vs chez les Cris, c'est qui qui paie ?",
     "frais de l'arbitre"),
    ("Ma mère est à l'hôpital depuis lundi! Congé pour responsabilités familiales au Collège versus chez les Cris ?",
     "Congé pour responsabilités familiales"),
    ("Ma blonde accouche en mars! Le congé de paternité au Collège Bourget versus à la CS crie, c'est-tu pareil ?",
     "congé de paternité"),
])
def test_a_case_told_first_gives_way_to_what_the_agreements_are_compared_on(question, topic):
    assert topic_of(question, NAMES) == topic


@pytest.mark.parametrize("question, topic", [
    ("Mon frère est décédé la semaine passée. J'enseigne chez les Cris, j'ai droit à combien de jours? Pis mon "
     "collègue au Collège Bourget, lui ce serait la même chose?", "frère est décédé"),
    ("Ma grand-mère est morte hier. Combien de jours j'ai au Collège ? Pis chez les Cris ?", "grand-mère est morte"),
    ("On a déposé un grief pis on hésite à aller en arbitrage. Au Collège on a combien de temps pour aviser qu'on "
     "l'amène en arbitrage, pis chez les Cris?", "grief"),
])
def test_a_case_told_first_stays_when_the_asking_sentence_names_nothing_compared(question, topic):
    assert topic in topic_of(question, NAMES)


@pytest.mark.parametrize("question, topic", [
    ("Combien de jours de maladie on nous crédite par année au Collège, comparé aux profs de la Commission scolaire "
     "crie?", "maladie"),
    ("Le délai pour contester une mesure disciplinaire au Collège, comparé aux enseignants de la CS crie ?",
     "mesure disciplinaire"),
    ("Les jours de congé pour un décès au Collège Bourget, c'est-tu plus que pour les enseignantes chez les Cris ?",
     "décès"),
    ("La prime de suppléance au Collège, comparé aux profs de la CS crie, c'est-tu plus ?", "prime de suppléance"),
])
def test_a_run_naming_only_whom_is_not_the_topic(question, topic):
    assert topic in topic_of(question, NAMES)


@pytest.mark.parametrize("question, topic", [
    ("Qui est considéré comme « enseignant » au Collège Bourget, pis à la Commission scolaire crie ? Ça se base sur "
     "quelle loi dans chaque cas ?", "enseignant"),
    ("Pour une « enseignante » au Collège versus chez les Cris, c'est quoi la définition ?", "enseignante"),
])
def test_a_staff_word_set_in_quotes_is_still_the_topic(question, topic):
    assert topic_of(question, NAMES) == topic


def test_the_told_sentences_before_the_first_asking_one():
    question = "Je me marie en juillet! Congé pour mariage au Collège vs chez les Cris, c'est-tu pareil?"
    before, asking = _prelude(question)
    assert [question[a:b].strip() for a, b in before] == ["Je me marie en juillet!"]
    assert question[asking[0]:asking[1]].strip() == question[len("Je me marie en juillet! "):]


def test_a_clause_number_ends_no_sentence():
    assert _prelude("La clause 6-1.02 du Collège dit quoi sur le mariage ? Pis chez les Cris ?")[0] == []


def test_no_sentence_asking_with_a_question_mark_tells_nothing_first():
    assert _prelude("Compare le congé de mariage au Collège et chez les Cris.") == ([], None)


def _grievance_chunks():
    return [clause("conv", "10-1.02", "10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits, "
                                      "l'Association soumet le grief.", 1),
            clause("autre", "9-1.03", "9-1.03 L'avis de grief doit être remis dans les 120 jours de l'événement.", 1)]


@pytest.mark.parametrize("question, left", [
    ("Combien de temps on a pour déposer un grief au Collège pis dans l'entente autre? Je pense que c'est pas calculé "
     "pareil.", "Combien de temps on a pour déposer un grief au Collège pis dans l'entente autre?"),
    ("Le délai pour un grief au Collège versus l'entente autre ? Ma voisine trouve ça ben court.",
     "Le délai pour un grief au Collège versus l'entente autre ?"),
])
def test_a_later_sentence_telling_an_opinion_is_not_searched(question, left):
    assert _answers(_grievance_chunks())._asking(question) == left


def test_a_later_sentence_naming_an_agreement_is_kept():
    question = "Combien de jours pour un grief ? Moi chu au Collège, ma chum est dans l'entente autre."
    assert _answers(_grievance_chunks())._asking(question) == question


def _signed_chunks():
    signature = replace(clause("autre", "En foi de quoi", "En foi de quoi, les parties ont signé. Pour le Syndicat : "
                                                          "la présidente du syndicat, libérée.", 9),
                        kind="section", article=None)
    return [clause("conv", "3-5.06", "3-5.06 Le président de l'Association est libéré deux (2) périodes par cycle.", 1),
            signature,
            clause("autre", "3-6.06", "3-6.06 C) 60 jours d'absence pour la présidente ou le président du "
                                      "Syndicat.", 2)]


@pytest.mark.parametrize("question", [
    "La présidence du syndicat, elle a droit à combien de libération au Collège? Pis dans l'entente autre c'est-tu plus?",
    "Le président du syndicat, il est libéré combien de jours : au Collège comparé à l'entente autre ?",
])
def test_a_side_quotes_a_rule_not_the_signatures(question):
    answer = _answers(_signed_chunks()).answer(question, [])
    other = [c.clause for c in answer.citations if c.doc == "autre"]
    assert other == ["3-6.06"], other
