"""A day written in words before its month (« le quinze mars 2027 », « le vingt et un juin », « le trente et un
décembre ») is a date (assistant/deadlines.py ``_DATE_PATTERNS`` « words »), as « le 15 mars 2027 » is; numbers in
words not before a month (« dans les trente jours de mars », « deux avis en mai ») and impossible days are none."""

from datetime import date

from assistant.deadlines import parse_dates

TODAY = date(2026, 12, 2)


def test_a_day_in_words_is_a_date():
    assert parse_dates("J'ai reçu l'offre le quinze mars 2027.", TODAY) == [date(2027, 3, 15)]
    assert parse_dates("Le grief a été déposé le vingt et un juin 2027.", TODAY) == [date(2027, 6, 21)]
    assert parse_dates("La réunion a eu lieu le trente et un décembre 2026.", TODAY) == [date(2026, 12, 31)]
    assert parse_dates("Le vingt-sept septembre 2027, j'ai su les faits.", TODAY) == [date(2027, 9, 27)]


def test_numbers_in_words_not_before_a_month_are_no_dates():
    assert parse_dates("Il a dans les trente jours de mars pour répondre.", TODAY) == []
    assert parse_dates("J'ai reçu deux avis en mai 2027.", TODAY) == []
    assert parse_dates("le quarante mars 2027", TODAY) == []
