"""The difference of two cells asked by two dates, or by two échelons each said with its own date
(assistant/tables.py ``parse_amount_question``: ``other_when``, ``dated_echelons``; assistant/placement.py: a placed
échelon at two dates), on tiny inline texts in the corpus's format: both cells stated and cited, then « Écart »."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.lookups import DirectAnswers
from assistant.tables import parse_amount_question

from .inline_answers import table_answers
from .test_amount_placement import EXPERIENCE_ECHELON, TEACHERS as PLACED_TEACHERS
from .test_pay_arithmetic import DOCUMENTS, SUPPORT, TEACHERS


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", clause, text) for clause, text in (("Annexe M", TEACHERS), ("Annexe N", SUPPORT))],
                         DOCUMENTS)


@pytest.fixture(scope="module")
def placed() -> DirectAnswers:
    return table_answers([("bourget", clause, text) for clause, text in (
        ("Annexe M", PLACED_TEACHERS), ("1-2.28", EXPERIENCE_ECHELON))], DOCUMENTS)


def test_two_months_asked_read_the_second_at_its_end():
    query = parse_amount_question("À l'échelon 12, entre octobre 2013 pis mai 2014, mon salaire a monté de combien ?")
    assert query.month == date(2013, 10, 1) and query.other_when == date(2014, 5, 31)
    # two months without a change asked: no second date (nothing compared)
    assert parse_amount_question("À l'échelon 12, en octobre 2013, je gagnais combien ?").other_when is None


def test_a_placed_echelon_at_two_months_gets_both_cells_and_their_gap(placed):
    answer = placed.answer("Au Collège, 17 ans de scolarité pis 2 ans d'expérience. Entre octobre 2013 pis mai 2014, "
                           "mon salaire annuel a monté de combien ?", [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    text = answer.text
    assert text.index("**Classement (échelon)**") < text.index("**45 050 $** par année") < \
        text.index("**45 951 $** par année") < text.index("Écart : **901 $** de plus par année"), text
    assert {"Annexe M", "1-2.28"} <= {c.clause for c in answer.citations}


def test_two_echelons_each_at_its_own_date(direct):
    answer = direct.answer("Prof au Collège : j'étais à l'échelon 10 en septembre 2013 pis je suis passée à l'échelon 11 "
                           "en septembre 2014. Mon salaire annuel a augmenté de combien ?", [])
    assert answer is not None, answer
    assert "**55 475 $** par année" in answer.text and "**58 991 $** par année" in answer.text, answer.text
    assert "Écart : **3 516 $** de plus par année : 55 475 $ (échelon 10, colonne « 1er avril 2013 ») → 58 991 $ " \
        "(échelon 11, colonne « 1er avril 2014 »)" in answer.text, answer.text
    hourly = direct.answer("TES au Collège : en septembre 2013 j'étais à l'échelon 4, en septembre 2014 à l'échelon 5. "
                           "Mon taux horaire a monté de combien ?", [])
    assert hourly is not None and "Écart : **1,26 $** de plus l'heure" in hourly.text, hourly and hourly.text


def test_two_echelons_not_said_in_turn_with_their_dates_are_not_paired():
    for question in ("De l'échelon 10 à l'échelon 11 entre septembre 2013 et septembre 2014, combien de plus ?",
                     "À l'échelon 10 en septembre 2013, combien de plus qu'à l'échelon 11 ?"):
        query = parse_amount_question(question)
        assert query.dated_echelons == () and query.other_echelon == 11, question
