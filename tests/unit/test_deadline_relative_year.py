"""A day and month written without a year take the year the question says from today's (« le 3 mars de l'an
prochain », « l'année dernière », « le 20 décembre de cette année »: assistant/deadlines.py ``_RELATIVE_YEAR``) as they
take one stated apart (``stated_year``); « cette année scolaire » and two different years say none."""

from datetime import date

from assistant.deadlines import parse_dates

TODAY = date(2026, 12, 2)


def test_a_year_said_from_today():
    assert parse_dates("Ma demande sera reçue le 3 mars de l'an prochain.", TODAY) == [date(2027, 3, 3)]
    assert parse_dates("J'ai appris les faits le 3 mars de l'année dernière.", TODAY) == [date(2025, 3, 3)]
    assert parse_dates("La réunion aura lieu le 20 décembre de cette année.", TODAY) == [date(2026, 12, 20)]


def test_no_year_said_reads_as_before():
    assert parse_dates("Cette année scolaire, le 20 décembre, j'ai reçu l'avis.", TODAY) == [date(2025, 12, 20)]
    assert parse_dates("Le 3 mars de l'an prochain ou de l'an dernier ?", TODAY) == [date(2026, 3, 3)]
    assert parse_dates("Cette année, en 2027, le 3 mars.", TODAY) == [date(2027, 3, 3)]  # the year written wins
