"""A class given its length (« un cours de 90 minutes ») at Cris 13-2.03's hourly rate is paid « divisé par 50 et
multiplié par le taux » (assistant/amount_answers.py ``_CLASS_LENGTH``, its pay asked: ``_CLASS_PAY_ASKED``; before,
the rate alone: DEV Q1640, Q1730). Not a class length told of a schedule or a workload, no pay of that class asked."""

from __future__ import annotations

import pytest

from .inline_answers import table_answers
from .table_texts import CRIS_13_2_03
from .test_amount_placement import DOCUMENTS


@pytest.fixture(scope="module")
def hourly():
    return table_answers([("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)


@pytest.mark.parametrize("question, paid", [
    ("J'enseigne à taux horaire en formation professionnelle à la CS crie. En mai 2007, j'ai donné un cours de 90 "
     "minutes d'un coup. On me l'a payé combien ?", "80,50 $"),  # 90 ÷ 50 × 44,72 $
    ("Chu enseignant à taux horaire chez les Cris. En décembre 2008, j'ai donné un cours de 40 minutes. On devait me "
     "payer combien pour ça ?", "36,49 $"),  # 40 ÷ 50 × 45,61 $
])
def test_a_class_of_a_length_is_paid_pro_rata(hourly, question, paid):
    answer = hourly.answer(question, [])
    assert answer is not None and f"**{paid}** la période" in answer.text, answer and answer.text
    assert "divisé par 50 et multiplié par le taux" in answer.text


def test_a_class_the_rate_covers_is_paid_the_rate(hourly):
    answer = hourly.answer("À taux horaire chez les Cris, en mai 2007, j'ai donné un cours de 55 minutes. Payé "
                           "combien ?", [])
    assert answer is not None and "Une période de 55 minutes est payée au taux" in answer.text, answer and answer.text


def test_a_course_without_minutes_computes_nothing(hourly):
    answer = hourly.answer("À taux horaire chez les Cris, en mai 2007, j'ai donné un cours de formation. Combien ?", [])
    assert answer is None or "la période :" not in answer.text



@pytest.mark.parametrize("question", [
    "À taux horaire chez les Cris, en mai 2007, mes cours de 90 minutes sont payés à quel taux ? Combien ?",
    "À taux horaire chez les Cris, j'ai 3 cours de 90 minutes par semaine en mai 2007. Combien d'heures ça fait ?",
    "À taux horaire chez les Cris, en mai 2007, j'ai un cours de 90 minutes chaque matin. Quel est le taux horaire ?",
])
def test_a_class_length_told_of_a_schedule_computes_no_period(hourly, question):
    answer = hourly.answer(question, [])
    assert answer is None or "la période :" not in answer.text, answer.text
