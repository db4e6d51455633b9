"""Wordings of the last blind batch's deadline misses (DEV Q1738, Q1739, Q1748), on tiny inline clauses quoted from the
corpus (assistant/deadlines.py): « au plus tard la veille des journées » (Bourget 8-14.02) is one day before them; « dans
un délai d'au moins quarante-huit (48) heures » (3-2.03) is a minimum counted back from what is asked; « jeudi le 2
décembre » is the weekday of the date written after it, not the latest Thursday. Weekdays checked by hand (python
datetime): 2027-11-12 Friday, 2027-03-17 Wednesday, 2027-12-02 Thursday, 2026-11-26 Thursday."""

from __future__ import annotations

from datetime import date

from assistant.deadlines import find_delays, parse_dates

from .inline_answers import direct_answers, last_day

TODAY = date(2026, 12, 3)
EVE = ("8-14.02 Tous les animateurs à temps complet ou à temps partiel sont tenus d'assister aux journées pédagogiques, "
       "selon la durée allouée (rf. clause 8-4.07), au prorata de leur tâche. L'animateur doit être informé au plus tard "
       "la veille des journées des heures auxquelles il doit participer.")
ROOM = ("3-2.03 Le Collège autorise l'Association à tenir des réunions de son comité exécutif ou d'autres comités dans "
        "les locaux du Collège. À cet effet, l'Association, doit demander à la direction, dans un délai d'au moins "
        "quarante-huit (48) heures et à la condition qu'un local soit disponible, la possibilité de tenir des réunions "
        "des instances internes de l'Association dans les locaux du Collège.")


def test_the_eve_is_one_day_before():
    (delay,) = find_delays(EVE)
    assert (delay.amount, delay.unit, delay.direction, delay.phrase) == (1, "calendar_days", "before", "la veille")
    direct, hits = direct_answers({"8-14.02": EVE})
    question = ("Chu animatrice au Collège. Y a une journée pédagogique le vendredi 12 novembre 2027 ; la direction "
                "doit me dire mes heures de participation au plus tard quand ?")
    assert last_day(direct, question, hits) == "jeudi 11 novembre 2027"


def test_an_eve_not_set_as_a_limit_is_no_delay():
    assert find_delays("Le congé débute la veille de Noël.") == []
    assert find_delays("La veille des journées pédagogiques, l'animateur prépare ses activités.") == []


def test_a_minimum_delay_of_hours_is_counted_back():
    (delay,) = find_delays(ROOM)
    assert (delay.amount, delay.unit, delay.direction) == (48, "hours", "before")
    direct, hits = direct_answers({"3-2.03": ROOM})
    question = ("L'Association veut faire une réunion de son exécutif dans un local du Collège le mercredi 17 mars 2027 "
                "à midi. Faut demander à la direction au plus tard quand ?")
    assert last_day(direct, question, hits) == "lundi 15 mars 2027"


def test_hours_of_work_stay_no_delay():
    assert find_delays("La semaine régulière de travail est de trente-cinq (35) heures.") == []
    assert find_delays("Il travaille au moins quarante-huit (48) heures par cycle.") == []


def test_a_weekday_before_its_date_is_that_date():
    question = ("Chez les Cris, j'ai remis mes relevés ; la Commission les a reçus jeudi le 2 décembre. Elle a jusqu'à "
                "quand pour faire la réévaluation ? (on est en 2027)")
    assert parse_dates(question, TODAY) == [date(2027, 12, 2)]
    assert parse_dates("La direction m'a remis la lettre jeudi, le 2 décembre 2027.", TODAY) == [date(2027, 12, 2)]
    # a bare weekday told in the past is still the latest one
    assert parse_dates("La direction m'a remis la lettre jeudi.", TODAY) == [date(2026, 11, 26)]
