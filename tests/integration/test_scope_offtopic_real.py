"""On the real corpus: questions the best passages answer only off topic are refused with the reason (a value per a
unit none states, a benefit none speaks of, a relative no leave lists), and their answerable look-alikes are answered
(assistant.scope: missing_rate, missing_benefit, missing_relative). Own check questions, not gold items."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("question, says", [
    ("Pour la mesure 30100, une école privée reçoit combien de dollars par élève ?", "« par élève »"),
    ("Au Collège, ma cousine se marie en août, j'ai-tu une journée payée ?", "« cousine »"),
    ("À la CS crie, la Commission me rembourse-tu ma facture d'Internet à la maison ?", "facture d'Internet"),
])
def test_an_answer_only_off_topic_is_refused_with_its_reason(real_assistant, question, says):
    answer = real_assistant.ask(question)
    assert answer.abstained and not answer.citations and says in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "Au Collège, j'ai combien de jours de congé de maladie par année ?",
    "Au Collège, mon fils se marie en juin, j'ai-tu congé ?",
    "À la CS crie, ma femme accouche en mai, j'ai droit à combien de jours ?",
    "Au Collège, mon cousin est décédé la semaine passée. J'ai-tu droit à un congé pour ses funérailles ?",
    "À la CS crie, la Commission me rembourse-tu l'épicerie que je fais venir du Sud ?",
    "À la CS crie, la Commission me rembourse-tu mes frais de déménagement ?",
    "Au Collège, le Collège me paie-tu mes repas quand je suis en sortie pour le Collège ?",
])
def test_answerable_look_alikes_are_answered(real_assistant, question):
    answer = real_assistant.ask(question)
    assert not answer.abstained and answer.citations, answer.text


@pytest.mark.parametrize("question, says", [
    # round 2 (assistant.scope: union_benefit, missing_value's length and place, period_of_another_year)
    ("Au Collège, le Collège doit-tu me fournir un casier à moi dans la salle des profs ?", "l'association ou le syndicat"),
    ("La formation de la Croix-Rouge sur le bien-être dont parle le guide des mesures, elle dure combien d'heures ?",
     "aucune durée en heures"),
    ("Au CNCEC, le poste d'aide aux enseignants va-tu exister en 2025-2026 ?", "ne contient que l'entente 2023-2024"),
])
def test_a_length_a_year_or_a_union_benefit_left_out_is_refused(real_assistant, question, says):
    answer = real_assistant.ask(question)
    assert answer.abstained and not answer.citations and says in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "Au Collège, en secondaire 2, on peut avoir combien d'élèves dans un groupe au maximum ?",  # « Le nombre maximum d'élèves … (35) »
    "Au CNCEC, la rencontre de suivi avec la direction, elle a lieu où ?",  # « au bureau de la direction »
    "Pour la mesure 15158, la reddition de comptes, c'est quoi la date limite pour l'envoyer ?",  # « au cours du mois d'avril »
    "Au Collège, en 2017-2018, j'ai droit à combien de jours de maladie ?",  # one annex dated 2013-2014 among the clauses
])
def test_round_two_look_alikes_are_answered(real_assistant, question):
    answer = real_assistant.ask(question)
    assert not answer.abstained and answer.citations, answer.text
