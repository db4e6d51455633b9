"""A teacher's salary asked with no échelon of an agreement that holds no scale (the Cris agreement: its tables are
supply rates and allowances) gets the plain « aucune échelle de traitement », not an unrelated amount of one of its
tables; a pay tied to something else (a supply rate, a leave) and the other agreement's scale are left as before."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers

from .inline_answers import table_answers
from .test_amount_placement import DOCUMENTS, SALARY_DEFINITION, TEACHERS

SUPPLY = """6-7.03 Le suppléant occasionnel est rémunéré de la façon suivante :
Période\t60 minutes ou moins\tentre 61 minutes et 150 minutes
À compter du 141e jour de travail de l'année scolaire 2008-2009\t36,47\t91,18
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe M", TEACHERS), ("cris", "1-1.46", SALARY_DEFINITION),
                          ("cris", "6-7.03", SUPPLY)], DOCUMENTS)


@pytest.mark.parametrize("question", ["Chez les Cris, le salaire d'un enseignant c'est combien ?",
                                      "Combien gagne un prof à la CS crie ?"])
def test_a_teacher_salary_asked_of_an_agreement_without_scale_is_a_plain_no(direct, question):
    answer = direct.answer(question, [])
    assert answer is not None and answer.abstained, answer and answer.text
    assert "ne contient aucune échelle de traitement : je ne peux pas donner ce salaire" in answer.text
    assert "36,47" not in answer.text and {(c.doc, c.clause) for c in answer.citations} == {("cris", "1-1.46")}


def test_the_agreement_with_a_scale_still_gives_it(direct):
    answer = direct.answer("Au Collège, un enseignant gagne combien ?", [])
    assert answer is not None and not answer.abstained and "aucune échelle" not in answer.text


def test_a_supply_rate_is_not_refused(direct):
    answer = direct.answer("Chez les Cris, un suppléant occasionnel gagne combien pour 60 minutes ou moins ?", [])
    assert answer is None or "aucune échelle" not in answer.text
