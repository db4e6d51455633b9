"""A date asked before the first row of rates whose rows are dates (Annexe P « À compter du 1er avril 2011 »), the
rate named by its job class or by its heading (assistant/amount_answers.py ``_before_dated_rows``): the table does not
cover it, said plainly (abstained), the first row's date cited — no later row's amount shown as the answer; a date
the rows cover is answered from them as before."""

from __future__ import annotations

import pytest

from .inline_answers import table_answers
from .table_texts import ANNEXE_P

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"}}


@pytest.fixture(scope="module")
def direct():
    return table_answers([("bourget", "Annexe P", ANNEXE_P)], DOCUMENTS)


@pytest.mark.parametrize("question, asked, section", [
    ("Au Collège, un enseignant suppléant occasionnel qualifié, en octobre 2010, y était payé combien de l'heure ?",
     "octobre 2010", "Enseignant qualifié"),
    ("Au Collège, combien de l'heure pour un suppléant occasionnel non qualifié en 2010 ?", "2010",
     "Enseignant non qualifié"),
    ("Au Collège, une période de surveillance de nuit était payée combien en mars 2011 ?", "mars 2011",
     "C) Surveillance de nuit"),
])
def test_a_date_before_every_row_is_said_not_covered_without_a_later_amount(direct, question, asked, section):
    answer = direct.answer(question, [])
    assert answer is not None and answer.abstained, answer and answer.text
    assert answer.text.startswith("Le tableau (Annexe P") and section in answer.text, answer.text
    assert f"ne donne un taux qu'à compter du 1er avril 2011 : il ne couvre pas {asked}" in answer.text, answer.text
    assert "$" not in answer.text and [c.quote for c in answer.citations] == ["À compter du 1er avril 2011"]


@pytest.mark.parametrize("question, amount", [
    ("Au Collège, un enseignant suppléant occasionnel qualifié, en octobre 2011, y était payé combien de l'heure ?",
     "**36,92 $**"),
    ("Au Collège, le suppléant qualifié est payé combien de l'heure le 1er avril 2011 ?", "**36,92 $**"),
])
def test_a_date_the_rows_cover_is_answered_from_them(direct, question, amount):
    answer = direct.answer(question, [])
    assert answer is not None and not answer.abstained and amount in answer.text, answer and answer.text
