"""Deadline questions that date their event from the day they say is today (assistant/deadlines.py,
assistant/deadline_answers.py), on tiny inline clauses: « lundi passé », « vendredi dernier », « mardi prochain »
and « le 3/11 » (no year) are read from « on est le … »; « combien de jours il me reste pour … ? » asks for a
deadline, and the answer says the days left after today. Dates checked by hand: 2026-11-13 is a Friday,
2026-11-09 a Monday, 2026-11-23 a Monday; 7-1.09's 60 days from 2 June 2026 without July and August end on
Friday 2 October 2026 (28 days in June, 30 in September, 2 in October), 17 days after 15 September 2026."""

from __future__ import annotations

from datetime import date

from assistant.deadline_answers import _DEADLINE_CUE, _question_dates
from assistant.deadlines import CalendarRules, days_left, parse_dates

from .inline_answers import direct_answers

FRIDAY = date(2026, 11, 13)


def test_a_weekday_said_passe_dernier_or_prochain_is_read_from_today():
    assert parse_dates("Lundi passé, l'Association a demandé une réunion", today=FRIDAY) == [date(2026, 11, 9)]
    assert parse_dates("vendredi dernier", today=FRIDAY) == [date(2026, 11, 6)]  # never today itself
    assert parse_dates("mardi prochain", today=FRIDAY) == [date(2026, 11, 17)]
    assert parse_dates("vendredi prochain", today=FRIDAY) == [date(2026, 11, 20)]
    assert parse_dates("le lundi 7 décembre 2026", today=FRIDAY) == [date(2026, 12, 7)]  # a weekday naming its date


def test_a_day_and_month_without_year_is_the_latest_on_or_before_today():
    assert parse_dates("ma demande du 3/11", today=FRIDAY) == [date(2026, 11, 3)]
    assert parse_dates("ma demande le 3/11", today=FRIDAY) == [date(2026, 11, 3)]
    assert parse_dates("voir la page 3/11", today=FRIDAY) == []  # without « le », « du » …: no date
    assert parse_dates("depuis le 20/12", today=FRIDAY) == [date(2025, 12, 20)]
    assert parse_dates("le 3/11/2026", today=FRIDAY) == [date(2026, 11, 3)]
    for text in ("66 2/3 % du traitement", "le 1/200e du traitement", "le 31/02"):
        assert parse_dates(text, today=FRIDAY) == [], text  # a fraction, an impossible date


def test_the_event_dated_from_today_is_the_start_today_is_now():
    assert _question_dates("On est le vendredi 13 novembre 2026. Lundi passé, l'Association a demandé une "
                           "réunion. Elle doit se tenir au plus tard quand ?") == (date(2026, 11, 9), FRIDAY)
    assert _question_dates("On est le 20 novembre 2026. J'ai fait ma demande le 3/11. Jusqu'à quand ?") == (
        date(2026, 11, 3), date(2026, 11, 20))


def test_how_many_days_are_left_is_a_deadline_question():
    for question in ("Combien de jours il me reste pour demander une révision ?",
                     "Il me reste combien de temps ? combien de semaines reste-t-il pour l'aviser ?"):
        assert _DEADLINE_CUE.search(question), question
    for question in ("Combien de jours j'ai pour déménager ?", "Combien de jours de congé pour un décès ?"):
        assert not _DEADLINE_CUE.search(question), question  # a leave's length, not a deadline


def test_days_left_counts_after_today_up_to_the_last_day():
    assert days_left(date(2026, 9, 15), date(2026, 10, 2)) == (17, 13)  # 16 Sept .. 2 Oct; 13 weekdays
    assert days_left(date(2026, 10, 2), date(2026, 10, 2)) == (0, 0)
    assert days_left(date(2026, 6, 23), date(2026, 6, 26), CalendarRules()) == (3, 2)  # 24 June: Fête nationale


REVISION = ("7-1.09 Dans les soixante (60) jours (excluant les mois de juillet et août) de la réception par "
            "l'enseignant de l'attestation officielle de l'état de sa scolarité, ce dernier peut soumettre par écrit "
            "une demande de révision au comité de révision.")
MEETING = ("4-2.07 Une réunion du comité de relations du travail (CRT) se tient dans les dix (10) jours ouvrables de "
           "la date de la demande par l'une ou l'autre des parties.")


def test_the_days_left_are_said_with_the_last_day():
    direct, hits = direct_answers({"7-1.09": REVISION})
    answer = direct.answer("On est le 15 septembre 2026. J'ai reçu l'attestation officielle de ma scolarité le "
                           "2 juin 2026. Combien de jours il me reste pour demander une révision ?", hits)
    assert answer is not None and answer.text.startswith("**Au plus tard le vendredi 2 octobre 2026**")
    assert "il reste 17 jours de calendrier jusqu'à l'échéance incluse, dont 13 jours ouvrables" in answer.text


def test_a_request_made_lundi_passe_is_counted_from_that_monday():
    direct, hits = direct_answers({"4-2.07": MEETING})
    answer = direct.answer("On est le vendredi 13 novembre 2026. Lundi passé, l'Association a demandé par écrit une "
                           "réunion du comité de relations du travail. La réunion doit se tenir au plus tard quand ?",
                           hits)
    assert answer is not None and answer.text.startswith("**Au plus tard le lundi 23 novembre 2026**")
