"""A day and month written without a year take the year the question states on its own (« Cette année, en 2027,
j'ai reçu le 20 juillet … »), not today's (DEV Q1494); a date with its year, « dernier »/« prochain », or a text
naming no year alone are read as before."""

from datetime import date

from assistant.deadlines import parse_dates

TODAY = date(2026, 12, 2)


def test_bare_date_takes_the_year_stated_apart():
    text = "Cette année, en 2027, j'ai reçu le 20 juillet une offre écrite de la Commission."
    assert parse_dates(text, TODAY) == [date(2027, 7, 20)]
    assert parse_dates("Le 3 mars (2027), la Commission m'a demandé mon choix.", TODAY) == [date(2027, 3, 3)]
    assert parse_dates("En 2025, le 3/11, j'ai déposé ma demande.", TODAY) == [date(2025, 11, 3)]


def test_without_a_year_alone_dates_read_as_before():
    assert parse_dates("J'ai reçu le 20 juillet une offre écrite.", TODAY) == [date(2026, 7, 20)]
    # a school year, a range of years, an agreement's years: no year stated alone
    assert parse_dates("Pour l'année scolaire 2027-2028, j'ai reçu le 20 juillet une offre.", TODAY) == [date(2026, 7, 20)]
    # two different years alone: none is taken
    assert parse_dates("En 2025 ou en 2027, le 20 juillet, j'ai reçu une offre.", TODAY) == [date(2026, 7, 20)]
    # a date with its own year, and « prochain », keep theirs
    assert parse_dates("En 2027, le 3 mars 2028 j'ai reçu l'avis ; le 10 décembre prochain.", TODAY) == [
        date(2028, 3, 3), date(2026, 12, 10)]
