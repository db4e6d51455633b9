"""Leaving the group insurance and coming back, in a teacher's words, gets the Cris agreement's words for it
(5-10.12 « a refusé ou cessé de participer au régime peut y devenir admissible »), so its clause is found beside
Bourget's 6-2.09 (« se retirer ») — DEV Q1405; other insurance questions and other « retirer » are left alone."""

import pytest

from assistant.colloquial import expand

WORDS = "cessé de participer au régime devenir admissible"


@pytest.mark.parametrize("question", [
    "Si je me retire de l'assurance collective, est-ce que je peux y revenir plus tard ?",
    "J'ai lâché l'assurance maladie l'an passé, je peux-tu y revenir ?",
    "Chez les Cris, si je quitte le régime d'assurance, je peux me réinscrire ?",
])
def test_leaving_the_insurance_gets_the_agreement_words(question):
    assert WORDS in expand(question)


@pytest.mark.parametrize("question", [
    "L'assurance collective couvre-t-elle les lunettes ?",
    "Je veux retirer mon grief, comment faire ?",
    "Quand est-ce que je peux prendre ma retraite ?",
])
def test_other_questions_are_left_alone(question):
    assert WORDS not in expand(question)
