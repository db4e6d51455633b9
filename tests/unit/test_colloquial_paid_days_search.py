"""assistant.colloquial: days, a leave or an absence said to be paid (« mes journées de maladie payées », « combien de
jours payés », « un congé payé », « mes absences sont-tu payées ») are searched as the agreements' days « sans perte de
traitement » (Bourget 6-3.02, 6-1.01, Cris 5-14.02; DEV Q086, Q1847, Q1951 had their clause out of the top 10), in the
passages' search only: the answerer's sentence scoring, which counts each appended word alone, never gets « perte »
(Bourget 6-7.05's « perte totale ou partielle » of belongings led a paid force-majeure day, DEV Q1261). A year « off » is
the agreements' « année de congé ». Paraphrases other than those items' wordings, other leaves and sentence shapes."""

from __future__ import annotations

import pytest

from assistant.colloquial import expand, search_query, without_mapped

from .colloquial_added import added_words

_PHRASE = "sans perte de traitement"


@pytest.mark.parametrize("question", [
    "Chez les Cris, j'ai combien de journées payées quand mon père décède ?",
    "Combien de jours de maladie payés on a au Collège par année scolaire ?",
    "Ma fille a la grippe : est-ce que j'ai un congé payé pour rester avec elle ?",
    "Le jour de mon déménagement, c'est-tu une journée payée ?",
    "Mes absences pour aller à la cour comme témoin sont-tu payées ?",
    "Y a-tu des congés spéciaux payés pour un mariage dans la famille ?",
    "Une tempête a fermé la route : ma journée d'absence forcée est payée ou pas ?",
    "Je suis-tu payée pendant mon congé pour le décès de ma tante ?",
    "Est-ce qu'on est payés durant les jours de tempête où l'école ferme ?",
])
def test_paid_days_or_leave_are_searched_as_days_without_loss_of_pay(question):
    assert _PHRASE in search_query(question)


@pytest.mark.parametrize("question", [
    "Au Collège, mon logement a brûlé : ai-je droit à une journée payée ?",
    "Combien de jours de maladie payés on a au Collège par année scolaire ?",
])
def test_the_answerer_never_scores_with_the_phrase(question):
    assert _PHRASE in search_query(question)
    assert _PHRASE not in expand(question) and "perte" not in added_words(question)


@pytest.mark.parametrize("question", [
    "Combien est payée une période de surveillance de nuit au Collège ?",
    "Le suppléant occasionnel est payé combien de l'heure chez les Cris ?",
    "Qui paie les frais de l'arbitre quand le grief va en arbitrage ?",
    "Les jours de classe commencent quand au Collège ?",
])
def test_a_pay_not_said_of_days_or_leave_is_not(question):
    assert _PHRASE not in search_query(question)


def test_the_search_query_keeps_the_everyday_mappings():
    question = "Mon chum est malade : mes jours de congé sont-tu payés ?"
    assert search_query(question).startswith(expand(question)) and "conjoint" in search_query(question)


def test_the_words_of_such_a_question_stay_for_the_scope_check():
    question = "Mes jours de congé pour aller voter sont-tu payés ?"
    assert "voter" in without_mapped(question) and _PHRASE in search_query(question)


@pytest.mark.parametrize("question", [
    "Pendant mon année off, est-ce que je cotise encore à ma pension ?",
    "Je veux me payer une année off dans trois ans : comment ça marche chez les Cris ?",
    "Si je tombe malade en plein dans l'année off, qu'est-ce qui arrive ?",
    "Deux ans off pour m'occuper de mon père, c'est possible au Collège ?",
])
def test_a_year_off_is_a_year_of_leave(question):
    assert "année de congé" in added_words(question)


@pytest.mark.parametrize("question", [
    "La lumière est off dans ma classe depuis une semaine.",
    "Le chauffage est off le matin, qui dois-je avertir ?",
])
def test_off_said_of_no_time_is_not(question):
    assert "année de congé" not in added_words(question)
