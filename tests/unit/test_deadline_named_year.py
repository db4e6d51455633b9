"""A yearly date asked for a year the question names (assistant/deadline_answers.py ``_calendar_year``, ``_for_next``,
``_year_planned``; assistant/deadlines.py ``calendar_years``, ``compute_year_date``), on tiny inline clauses:

- a calendar year named without a date (« pour l'année civile 2026 », « cet automne 2027 ») gets the rule's date in that
  year, or in the next when the sentence sets it after the year it covers (« avant le 28 février qui suit l'année
  écoulée »);
- a request's date of January to June asked for the school year of what it asks (« une réduction de tâche l'an
  prochain (2027-2028) ») falls before that year; not when the question places the teacher in that year;
- a school year named with dates of no year of their own (« commence le 20 août au lieu du 22 ») asks the yearly date,
  not a count from those dates; the days a work year « comprend » are no delay, nor a clause number (« 1-2.05 Année »).

- « 30 jours ou moins d'une date » is a window counted back from the date, its first day in it.

Weekdays checked by hand: 2027-02-27 Saturday, 2027-11-15 Monday, 2027-03-31 Wednesday, 2028-03-31 Friday,
2027-05-14 Friday."""

from __future__ import annotations

from datetime import date

from assistant.deadlines import FixedDate, calendar_years, compute_year_date, find_delays, is_duration, school_years

from .inline_answers import direct_answers, last_day

DUES_LIST = ("3-6.05 Le Collège transmet annuellement à l'Association la liste des salariés éducateurs cotisants.\n\n"
             "Cette liste couvre la période du 1er janvier au 31 décembre et doit être produite avant le 28 février qui "
             "suit l'année écoulée.")
STAFF_LIST = ("3-3.03 Le Collège fournit à l'Association, au plus tard le 15 novembre de chaque année, la liste complète, "
              "par ordre alphabétique, des salariés éducateurs.")
REDUCTION = ("3-5.09 À la demande écrite de l'Association au Collège avant le 1er avril, le Collège réduit la tâche du "
             "salarié éducateur désigné par l'Association afin de lui permettre de travailler dans une fonction "
             "syndicale.")
WORK_YEAR = ("1-2.05 Année de travail\n\nL'année de travail de l'animateur à temps complet comprend deux cents (200) jours "
             "de travail, débutant au plus tôt le 22 août, et se terminant le 30 juin suivant.\n\nToutefois, les parties "
             "peuvent convenir, dans le cadre d'un comité de relations du travail (CRT) tenu avant le 15 mai, de répartir "
             "l'année de travail subséquente entre le 20 août et le 30 juin suivant.")


def test_calendar_years_named_on_their_own():
    assert calendar_years("la liste pour l'année civile 2026 (traitement gagné)") == [2026]
    assert calendar_years("pour cet automne 2027. C'est quoi la date limite ?") == [2027]
    assert calendar_years("en décembre 2026, pour 2026-2027, le 10/11/2026, le 2026-03-09, l'entente 2014-2019") == []


def test_a_date_after_the_year_it_covers_falls_in_the_next():
    rule = FixedDate(month=2, day=28, kind="before", phrase="avant le 28 février", source_clause="3-6.05")
    assert compute_year_date(2026, rule, following=True).end_date == date(2027, 2, 27)
    assert compute_year_date(2026, rule).end_date == date(2026, 2, 27)


def test_a_calendar_year_asked_without_a_date_gets_the_yearly_date_of_that_year():
    direct, hits = direct_answers({"3-6.05": DUES_LIST})
    assert last_day(direct, "Au Collège, la liste des cotisants pour l'année civile 2026, le Collège doit la produire "
                            "pour l'Association au plus tard quel jour ?", hits) == "samedi 27 février 2027"
    direct, hits = direct_answers({"3-3.03": STAFF_LIST})
    assert last_day(direct, "L'Association attend la liste complète des salariés du Collège pour cet automne 2027. "
                            "C'est quoi la date limite ?", hits) == "lundi 15 novembre 2027"


def test_a_request_for_the_school_year_named_is_due_before_it():
    direct, hits = direct_answers({"3-5.09": REDUCTION})
    assert last_day(direct, "L'Association veut qu'une prof ait une réduction de tâche l'an prochain (2027-2028) pour "
                            "faire du travail syndical. La demande écrite doit partir avant quelle date ?",
                    hits) == "mercredi 31 mars 2027"
    # the teacher is in that year: the request of its second half (for the year after) is asked
    assert last_day(direct, "Je suis libérée cette année (2027-2028) pour du travail syndical ; la demande écrite de "
                            "l'Association pour une réduction de tâche doit partir avant quelle date ?",
                    hits) == "vendredi 31 mars 2028"


def test_a_school_year_with_dates_of_no_year_asks_the_yearly_date():
    assert not find_delays("1-2.05 Année de travail")
    sentence = "L'année de travail de l'animateur à temps complet comprend deux cents (200) jours de travail"
    assert all(is_duration(sentence, delay) for delay in find_delays(sentence))
    direct, hits = direct_answers({"1-2.05": WORK_YEAR})
    assert last_day(direct, "Au Collège, le calendrier 2027-2028 est serré pis on voudrait que l'année de travail des "
                            "animateurs commence le 20 août au lieu du 22. Le CRT doit se tenir avant quelle date ?",
                    hits) == "vendredi 14 mai 2027"


POSTPONEMENT = ("9-2.07 À compter de la date de la signature de l'entente, la partie locale qui adresse une demande de "
                "remise de séance d'audition dans un délai de 30 jours ou moins d'une date d'audition verse à l'arbitre "
                "un montant de 400 $.")


def test_a_window_of_days_or_less_before_a_date_is_counted_back_and_left_the_day_before():
    """« 30 jours ou moins d'une date d'audition » (Cris 9-2.07): the 30th day before is in the window (a request that
    day pays), the last day outside it is the day before (20 May 2027 - 30 days = Tuesday 20 April; Monday 19 April)."""
    delay = find_delays(POSTPONEMENT)[0]
    assert (delay.direction, delay.within) == ("before", True)
    direct, hits = direct_answers({"9-2.07": POSTPONEMENT}, doc="cris")
    assert last_day(direct, "Chez les Cris, l'audition d'arbitrage de notre grief est fixée au jeudi 20 mai 2027. Le "
                            "syndicat local veut demander une remise : c'est quoi le dernier jour pour la demander sans "
                            "avoir à payer l'arbitre ?", hits) == "lundi 19 avril 2027"


def test_a_school_year_before_a_full_stop_is_read():
    assert school_years("je veux prendre ma retraite progressive à partir de 2027-2028. Je dois faire ma demande "
                        "au plus tard quand ?") == [2027]
    assert school_years("le 10.11.2026-2027") == []


def test_a_past_year_of_the_teachers_story_is_no_year_asked():
    direct, hits = direct_answers({"3-3.03": STAFF_LIST})
    answer = direct.answer("Je suis au Collège depuis 2015. L'Association attend la liste complète des salariés : "
                           "c'est quoi la date limite ?", hits)
    assert answer is None or "2015" not in answer.text.split("\n")[0]


def test_a_school_year_deadline_already_past_on_the_day_the_question_gives_is_said():
    direct, hits = direct_answers({"3-5.09": REDUCTION})
    answer = direct.answer("On est le 12 avril 2027. L'Association veut une réduction de tâche pour une prof en "
                           "2027-2028 : la demande écrite doit partir avant quelle date ?", hits)
    assert answer is not None and answer.text.startswith("**Au plus tard le mercredi 31 mars 2027**")
    assert "déjà passée" in answer.text
