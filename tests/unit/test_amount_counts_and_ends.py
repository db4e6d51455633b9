"""Held-out batch Q1785–Q1844's amount misses, on tiny inline texts in the corpus's format (assistant/amount_answers.py,
assistant/tables.py): hours given in periods each paid the rate times that rate (``_periods_paid``, Q1797), one
replacement a day on several days said apart times the day's cell (``_days_total``, Q1802), « le premier montant …
pis le dernier » as the first and last rows (``_LAST_ROW_ASKED``, Q1800), a date and a month asked with a change
(``other_when`` from a month, the change read from the earlier column, Q1799), an échelon past the scale's end said
with no amount (abstained, Q1840)."""

from __future__ import annotations

import pytest

from assistant.tables import parse_amount_question

from .inline_answers import table_answers
from .table_texts import CRIS_13_2_03
from .test_amount_cases import ANIMATORS
from .test_amount_fresh import CRIS_6_7_03_SEVERAL
from .test_amount_placement import DOCUMENTS
from .test_amount_rows_change import CRIS, SUPPLEMENT
from .test_pay_arithmetic import DOCUMENTS as BOURGET, SUPPORT


@pytest.fixture(scope="module")
def hourly():
    return table_answers([("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)


@pytest.fixture(scope="module")
def supply():
    return table_answers([("cris", "6-7.03", CRIS_6_7_03_SEVERAL)], DOCUMENTS)


def test_hours_in_periods_the_rate_pays_are_the_periods_times_the_rate(hourly):
    answer = hourly.answer("Chez les Cris, en octobre 2007 j'ai donné 15 heures de cours comme enseignant à taux "
                           "horaire (des périodes de 60 minutes). Ça me faisait combien en tout ?", [])
    assert answer is not None and answer.text.startswith("**670,80 $** en tout — 13-2.03"), answer and answer.text
    assert "15 périodes de 60 minutes × 44,72 $" in answer.text


def test_hours_without_a_period_length_compute_no_total(hourly):
    answer = hourly.answer("Chez les Cris, en octobre 2007 j'ai donné 15 heures de cours à taux horaire. Combien ?", [])
    assert answer is None or "en tout" not in answer.text


def test_one_replacement_a_day_on_days_said_apart_is_the_count_times_the_days_cell(supply):
    answer = supply.answer("Chez les Cris, en mai 2008, j'ai fait 4 suppléances occasionnelles de 45 minutes, chacune "
                           "une journée différente. Ça me donnait combien en tout ?", [])
    assert answer is not None and answer.text.startswith("**143,00 $** en tout — 6-7.03"), answer and answer.text
    assert "4 × 35,75 $ (une journée chacune, colonne « 60 minutes ou moins »)" in answer.text


def test_periods_of_one_day_are_not_counted_as_days(supply):
    answer = supply.answer("Chez les Cris, en mai 2008, j'ai fait 4 périodes de suppléance de 45 minutes dans la même "
                           "journée. Ça me donnait combien en tout ?", [])
    assert answer is None or "une journée chacune" not in answer.text


def test_the_first_amount_and_the_last_said_alone(supply):
    cris = table_answers([("cris", "6-6.01", SUPPLEMENT)], CRIS)
    answer = cris.answer("Chez les Cris, le supplément du prof responsable d'école : entre le premier montant de "
                         "l'accord (début 2005-2006) pis le dernier, ça a monté de combien ?", [])
    assert answer is not None and "Écart : **106 $** de plus : 1 277 $" in answer.text, answer and answer.text
    assert "1 303 $" not in answer.text.split("Écart")[0]


def test_a_date_and_a_month_asked_with_a_change_read_from_the_earlier_column():
    query = parse_amount_question("Échelon 3 : avec la hausse du 1er avril 2014, mon échelle a monté de combien par "
                                  "rapport à celle d'avril 2013 ?")
    assert query.other_when is not None and (query.other_when.year, query.other_when.month) == (2013, 4)
    assert parse_amount_question("Échelon 3 au 1er avril 2014, c'est combien ? Je commence en mai 2014.").other_when \
        is None  # no change asked
    direct = table_answers([("bourget", "Annexe O", ANIMATORS)], BOURGET)
    answer = direct.answer("Animateur au Collège, échelon 3 : avec la hausse du 1er avril 2014, mon échelle annuelle a "
                           "monté de combien par rapport à celle d'avril 2013 ?", [])
    assert answer is not None and "Écart : **607 $** de plus par année : 30 352 $" in answer.text, \
        answer and answer.text


def test_an_echelon_past_the_scales_end_gives_no_amount():
    direct = table_answers([("bourget", "Annexe N", SUPPORT)], BOURGET)
    answer = direct.answer("Au Collège, je suis TES rendue à l'échelon 13. C'est quoi mon taux horaire au 1er avril "
                           "2014 ?", [])
    assert answer is not None and answer.abstained, answer and answer.text
    assert "s'arrête à l'échelon 5 : il n'y a pas d'échelon 13" in answer.text and "$" not in answer.text
