"""assistant.colloquial: « faire du dépannage », « je dépanne » is filling in as an occasional substitute (Bourget 8-8.03
« suppléant de courte durée ou occasionnel »: DEV Q2170 was refused for its unknown word « dépannage »); the share of the
pay kept back or set aside is the deferred-salary leave's « prélèvement de son traitement » (6-6.11, Annexe J: DEV Q2174
« la partie de ma paie qu'ils me retiennent » was answered from 6-4.31). Paraphrases in other words and sentence shapes;
the mapped words are no unknown words (without_mapped), the other senses of the words are not mapped."""

from __future__ import annotations

import pytest

from assistant.colloquial import expand, without_mapped

from .colloquial_added import added_words


@pytest.mark.parametrize("question", [
    "Je fais du dépannage comme suppléante au Collège : je suis payée à quel taux ?",
    "Quand je dépanne une journée au Collège, j'ai-tu droit à la journée pédagogique payée ?",
    "J'ai dépanné trois jours en mars : c'est payé comment ?",
    "Les dépannages d'une journée, ça compte-tu pour mon ancienneté ?",
])
def test_filling_in_is_an_occasional_substitute(question):
    assert "suppléant occasionnel" in added_words(question)
    assert "dépann" not in without_mapped(question).lower()


@pytest.mark.parametrize("question", [
    "Combien de semaines dure mon congé de maternité au Collège ?",
    "Je suis au primaire, en 2e année : combien d'élèves au maximum ?",
])
def test_other_words_are_not_mapped(question):
    assert "suppléant occasionnel" not in added_words(question) and "prélèvement" not in added_words(question)
    assert expand(question).startswith(question.replace("-tu", ""))


@pytest.mark.parametrize("question", [
    "Pis la partie de ma paie qu'ils me retiennent, elle s'en va où en attendant ?",
    "L'argent qu'ils mettent de côté sur mon salaire pour mon année sabbatique, il est placé où ?",
    "Le montant de ma paie que le Collège garde pendant quatre ans, ça rapporte-tu des intérêts ?",
    "La somme retenue sur mon salaire chaque mois, je peux-tu la ravoir si j'annule mon contrat ?",
])
def test_the_share_of_the_pay_kept_back_is_the_deferred_salary_withdrawal(question):
    assert "prélèvement de son traitement" in added_words(question)


@pytest.mark.parametrize("question", [
    "Ils me coupent combien sur ma paie pour le syndicat ?",  # cut off the pay: union dues
    "Je garde-tu mon salaire pendant mon congé de maladie ?",  # the whole pay, no share of it
])
def test_pay_cut_or_kept_whole_is_not_the_withdrawal(question):
    assert "prélèvement" not in added_words(question)
