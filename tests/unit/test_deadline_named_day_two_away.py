"""« le surlendemain de … » and « l'avant-veille de … » a named day (assistant/deadlines.py ``date_spans``, the
« named » pattern) are that day plus or minus two, as « le lendemain de … » and « la veille de … » are plus or minus
one. Dates checked by hand: Easter 2028 is Sunday 16 April; Labour Day 2027 is Monday 6 September."""

from __future__ import annotations

from datetime import date

from assistant.deadlines import date_spans

TODAY = date(2027, 1, 10)


def _dates(text: str) -> list[date]:
    return [found for _start, _end, found in date_spans(text, TODAY)[1]]


def test_two_days_after_a_named_day():
    assert _dates("Je pars le surlendemain de Pâques 2028.") == [date(2028, 4, 18)]
    assert _dates("le surlendemain de la fête du Travail 2027") == [date(2027, 9, 8)]


def test_two_days_before_a_named_day():
    assert _dates("Mon congé commence l'avant-veille de Noël 2027.") == [date(2027, 12, 23)]


def test_one_day_around_a_named_day_stays():
    assert _dates("la veille de Noël 2027") == [date(2027, 12, 24)]
    assert _dates("le lendemain de Noël 2027") == [date(2027, 12, 26)]
