"""A task paid by a rate of its own, asked by someone of a class paid on a scale (assistant/amount_answers.py
``_task_rates``, assistant/tables.py ``dated_tables_on_topic(..., unasked=…)``), on Bourget's Annexe P, O and M inline:
« comme animateur, j'ai fait une nuit de surveillance … payée combien ? » is Annexe P C)'s rate of the month asked, not
Annexe O's scale of animators; the class alone (« combien gagne un animateur ? ») or with an échelon is still its scale."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers

from .inline_answers import table_answers
from .table_texts import ANNEXE_P, ANNEXE_P_ANIMATION

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective", "period": "2014-2019"}}

ANIMATORS = """Annexe O Échelles annuelles des animateurs à temps complet

<i>Animateur et « Sauveteur aquatique » (40 heures/semaine)</i>
Échelon\tÉchelle annuelle au 01-04-2011\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013
1\t25 515\t25 899\t26 352
2\t27 327\t27 737\t28 216
3\t29 396\t29 837\t30 352
"""

TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet

Échelons\tTraitement - 1er avril 2012\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
9\t52 298\t53 213\t54 277
10\t54 521\t55 475\t56 585
"""


#: the clause paying class and night supervision by Annexe P's sections B) and C) (copied from the corpus)
SUPERVISION = """7-6.07 Surveillance de classe et surveillance de nuit

Lorsqu'un salarié éducateur accepte une affectation temporaire à une tâche de surveillance de classe en dehors de sa charge professionnelle, ce dernier est rémunéré selon le taux horaire prévu au tableau B) de l'annexe P.

L'animateur qui effectue de la surveillance de nuit dans les dortoirs du niveau secondaire reçoit, pour chaque période de nuit, le montant intégral indiqué au tableau C) de l'annexe P (rf. clause 8-13.13).
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "Annexe O", ANIMATORS),
                          ("bourget", "Annexe P", ANNEXE_P + "\n" + ANNEXE_P_ANIMATION),
                          ("bourget", "7-6.07", SUPERVISION)], DOCUMENTS)


@pytest.mark.parametrize("question, lead", [
    ("Comme animateur au Collège, j'ai fait une nuit de surveillance dans les dortoirs du secondaire en octobre 2011. "
     "La nuit est payée combien ?", "**59,91 $** par période — Annexe P, C) Surveillance de nuit"),
    ("Je suis animatrice au Collège et j'ai fait de la surveillance de nuit en mai 2013, c'est payé combien ?",
     "**61,87 $** par période — Annexe P, C) Surveillance de nuit"),
    ("Je suis enseignant au Collège, j'ai fait de la surveillance de classe en mars 2013. C'est payé combien de "
     "l'heure ?", "**25,22 $** l'heure — Annexe P, B) Surveillance de classe"),
])
def test_a_task_with_its_own_rate_is_paid_by_it_not_by_the_class_scale(direct, question, lead):
    answer = direct.answer(question, [])
    assert answer is not None and answer.kind == "amount" and answer.text.startswith(lead), answer and answer.text


@pytest.mark.parametrize("question, quoted", [
    ("Comme animateur au Collège, j'ai fait une nuit de surveillance dans les dortoirs du secondaire en octobre 2011. "
     "La nuit est payée combien ?", "le montant intégral indiqué au tableau C) de l'annexe P"),
    ("Je suis enseignant au Collège, j'ai fait de la surveillance de classe en mars 2013. C'est payé combien de "
     "l'heure ?", "selon le taux horaire prévu au tableau B) de l'annexe P"),
])
def test_the_clause_paying_the_task_by_that_section_is_quoted_under_the_amount(direct, question, quoted):
    answer = direct.answer(question, [])
    assert answer is not None and quoted in answer.text.split("\n\n")[1], answer and answer.text
    assert {c.clause for c in answer.citations} == {"Annexe P", "7-6.07"}


@pytest.mark.parametrize("question, scale", [
    ("Combien gagne un animateur au Collège en 2012 ?", "Annexe O"),
    ("Comme animateur à l'échelon 3, combien je gagne au 1er avril 2013 ?", "Annexe O"),
    ("Je suis enseignant à l'échelon 10 au Collège, combien je gagne en mai 2013 ?", "Annexe M"),
])
def test_the_class_alone_is_still_paid_by_its_scale(direct, question, scale):
    answer = direct.answer(question, [])
    assert answer is not None and scale in answer.text and "Annexe P" not in answer.text, answer and answer.text
