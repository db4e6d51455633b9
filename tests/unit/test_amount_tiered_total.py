"""A count of units past a limit asked of an amount ranked by unit (Cris Annexe XII C): 1 752 $ for the first student
over the maximum, 2 190 $ for the second, 2 628 $ for each other), assistant/tables.py ``tiered_total`` and
assistant/amount_answers.py ``_tiered_sum``: the sum leads (the total asked; DEV Q1576), the rows after it, « au
maximum » (the heading says « limitée »), cited to the annex; one unit, or no count, leaves the rows as the lookup shows them."""

from __future__ import annotations

import pytest

from .inline_answers import table_answers

EXCESS = """Annexe XII Compensation pour dépassement

- C) La compensation annuelle à laquelle l'enseignante ou l'enseignant a droit est limitée à :
- 1 752 $ pour la première ou le premier élève excédentaire;
 - 2 190 $ pour la ou le deuxième élève excédentaire;
 - 2 628 $ pour chaque autre élève excédentaire. »
"""

DOCUMENTS = {"cris": {"title": "Accord de la Commission scolaire crie", "aliases": ["CS crie", "Cris"],
                      "kind": "accord modifiant une convention"}}


@pytest.fixture(scope="module")
def direct():
    return table_answers([("cris", "Annexe XII", EXCESS)], DOCUMENTS)


@pytest.mark.parametrize("question, total, terms", [
    ("À la CS crie, j'ai 3 élèves de plus que le maximum dans mon groupe toute l'année. La compensation annuelle "
     "est limitée à combien au maximum ?", "6 570 $", "1 752 $ (1er) + 2 190 $ (2e) + 2 628 $ (3e)"),
    ("À la CS crie, j'ai deux élèves de trop, la compensation annuelle est limitée à combien ?", "3 942 $",
     "1 752 $ (1er) + 2 190 $ (2e)"),
    ("Chez les Cris, 5 élèves excédentaires dans mon groupe, la compensation annuelle est limitée à combien ?", "11 826 $",
     "+ 2 628 $ (4e) + 2 628 $ (5e)"),
])
def test_a_count_of_units_past_the_limit_gets_the_sum_of_its_ranked_rows(direct, question, total, terms):
    answer = direct.answer(question, [])
    assert answer is not None and answer.text.startswith(f"**{total}** par année au maximum pour "), answer and answer.text
    line = answer.text.split("\n")[0]  # the total asked leads (DEV Q1576), the rows after it
    assert terms in line and "- **1 752 $** par année — Annexe XII" in answer.text, answer.text
    assert line.endswith("[Accord de la Commission scolaire crie, Annexe XII]"), line


@pytest.mark.parametrize("question", [
    "À la CS crie, un élève de plus que le maximum, la compensation annuelle est limitée à combien ?",
    "À la CS crie, la compensation annuelle pour dépassement est limitée à combien ?",
])
def test_one_unit_or_no_count_shows_the_rows_without_a_sum(direct, question):
    answer = direct.answer(question, [])
    assert answer is not None and "au total pour" not in answer.text and "1 752 $" in answer.text, \
        answer and answer.text
