"""A comparison side's clause names the case the question tells (assistant/told_case.py, ``ComparisonAnswers._case``,
``comparisons._case_first``): « J'ai un contrat à temps partiel … Si je tombe malade, mes jours de maladie … » led the
Collège side with 6-3.06's list of absences, not 6-3.02 « Dans le cas d'un salarié … à temps partiel … au prorata »
(DEV Q2340); « Chez les Cris pour le comité de la Commission » led with 5-8.06, not 4-3.03 « Tout poste vacant au comité
de la Commission … » (DEV Q2338). The agreements' names are no case. Inline passages, no index."""

from __future__ import annotations

from dataclasses import replace

from assistant.told_case import case_phrases, holds_case, phrases, telling
from tests.unit.test_comparison_case_parts import _answers
from tests.unit.test_comparisons import clause


def _sick_days():
    return [clause("conv", "6-3.06", "6-3.06 L'accumulation des jours de congés de maladie n'est pas affectée par les "
                                     "libérations syndicales.", 1),
            clause("conv", "6-3.02", "6-3.02 Dans le cas d'un salarié à temps partiel, le nombre de jours crédités est "
                                     "calculé au prorata de sa charge.", 2),
            clause("conv", "6-3.04", "6-3.04 La banque de jours de maladie prévue à la clause 6-3.02 est monnayable.", 3),
            clause("autre", "5-10.37", "5-10.37 La Commission crédite 7 jours de congés de maladie à l'enseignant à "
                                       "temps plein.", 4)]


def test_a_clause_naming_the_told_case_leads():
    answer = _answers(_sick_days()).answer(
        "J'ai un contrat à temps partiel, à peu près 60 % de tâche. Si je tombe malade, mes jours de maladie, c'est-tu "
        "réduits ? Ce serait quoi dans l'entente autre vs au Collège ?", [])
    conv = [c.clause for c in answer.citations if c.doc == "conv"]
    assert conv == ["6-3.02"], answer.text


def test_without_a_told_case_the_best_passage_still_leads():
    answer = _answers(_sick_days()).answer(
        "Si je tombe malade, mes jours de maladie, c'est quoi dans l'entente autre vs au Collège ?", [])
    conv = [c.clause for c in answer.citations if c.doc == "conv"]
    assert conv[:1] == ["6-3.06"], answer.text


def test_telling_keeps_the_sentences_that_ask_nothing():
    assert telling("J'ai un contrat à temps partiel. Mon salaire ? Au Collège, pis chez les Cris.") == \
        "J'ai un contrat à temps partiel. Au Collège, pis chez les Cris."


def test_a_case_is_a_phrase_the_agreement_writes_not_the_topics():
    told = phrases(["contrat", "temp", "partiel"])
    case = case_phrases(told, set(), topic={"contrat"}, written={("temp", "partiel"), ("contrat", "temp")})
    assert case == {("temp", "partiel"), ("contrat", "temp")}
    assert case_phrases(told, set(), topic={"temp", "partiel"}, written={("temp", "partiel")}) == frozenset()
    assert case_phrases(told, set(), topic=set(), written={("temp", "plein")}) == frozenset()
    assert holds_case(case, ["salari", "temp", "partiel"]) and not holds_case(case, ["partiel", "temp"])


def test_a_case_its_heading_names_is_named_by_the_clause_too():
    # « en formation professionnelle » heads the whole Cris chapter 13: 13-3.04 need not repeat it to answer that case,
    # and 13-3.02, which does, does not take its place (DEV Q2161)
    chunks = _sick_days()
    chunks[0] = replace(chunks[0], heading_path=("Chapitre 6-0.00 Salariés à temps partiel", "6-3.00 Congés de maladie"))
    answer = _answers(chunks).answer(
        "J'ai un contrat à temps partiel, à peu près 60 % de tâche. Si je tombe malade, mes jours de maladie, c'est-tu "
        "réduits ? Ce serait quoi dans l'entente autre vs au Collège ?", [])
    conv = [c.clause for c in answer.citations if c.doc == "conv"]
    assert conv[:1] == ["6-3.06"], answer.text
