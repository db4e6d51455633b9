"""assistant.deadlines: delays read from clause sentences, dates from questions, deadlines by arithmetic.

Inline clause texts only (copied from the Bourget agreement's wording), no corpus. Every
expected date was checked by hand on ``python -m calendar 2025`` / ``2026``; the reasoning
is in the comment above each assertion. Useful landmarks:
  2025-11-10 Monday · 2025-12-22 Monday · 2026-01-01 Thursday · 2026-04-05 Easter Sunday
  2026-06-20 Saturday · 2026-06-24 Wednesday · 2026-07-01 Wednesday · 2026-08-22 Saturday
  2026-09-07 Labour Day (Monday)
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from assistant.deadlines import (
    AgreementHoliday,
    AnnualPeriod,
    CalendarRules,
    Delay,
    FixedDate,
    clause_exclusions,
    compute_deadline,
    compute_fixed_date,
    describe_delay,
    find_delays,
    find_fixed_dates,
    format_answer,
    format_fixed_answer,
    french_number,
    is_duration,
    parse_date,
    parse_dates,
    parse_delay,
    rules_from_clauses,
    shifted_start,
    starting_point,
    statutory_holidays,
)

BOURGET_CLAUSES = {
    "1-2.38": "1-2.38 Jour ouvrable\n\nDu lundi au vendredi inclusivement à l'exception des jours "
              "fériés et chômés prévus au calendrier et déterminés par le Collège pour une année "
              "d'engagement.",
    "8-16.01": "8-16.01 Le salarié éducateur non-enseignant bénéficie, au cours de chaque année de "
               "travail, des jours de congés fériés, chômés et payés suivants :\n\n- fête du Travail ;"
               "\n- Action de grâces ;\n- Vendredi saint ;\n- lundi de Pâques ;\n- journée nationale "
               "des Patriotes ;\n- fête nationale du Québec ;\n- Confédération.",
    "8-16.02": "8-16.02 En plus de ceux prévus à la clause 8-16.01, le salarié éducateur non-enseignant "
               "bénéficie chaque année du nombre de jours chômés et payés nécessaires pour lui assurer "
               "une période continue de congé, sans perte de traitement, du 24 décembre au 3 janvier "
               "inclusivement.",
    "10-1.07": "10-1.07 Aux fins d'application de la clause 10-1.02, les délais ne courent pas durant "
               "la période du 1^{er} juillet jusqu'au 22 août suivant.",
}
GRIEF_10_1_02 = ("10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits donnant "
                 "naissance au grief, l'Association soumet le grief au Collège par écrit.")


@pytest.fixture(scope="module")
def bourget() -> CalendarRules:
    return rules_from_clauses(BOURGET_CLAUSES, source_doc="bourget")


def working(n: int, clause: str | None = "10-1.02") -> Delay:
    return Delay(n, "working_days", clause, "bourget")


def calendar_days(n: int, clause: str | None = None) -> Delay:
    return Delay(n, "calendar_days", clause)


def test_landmarks_of_the_hand_checks():
    # the comments below rely on these weekdays (calendar.weekday: 0 = Monday)
    assert calendar.weekday(2025, 11, 10) == 0
    assert calendar.weekday(2026, 1, 1) == 3
    assert calendar.weekday(2026, 6, 20) == 5
    assert calendar.weekday(2026, 8, 22) == 5
    assert calendar.weekday(2026, 2, 8) == 6


# --- parse_delay -----------------------------------------------------------------------


@pytest.mark.parametrize("text, amount, unit", [
    (GRIEF_10_1_02, 40, "working_days"),
    ("le Collège fournit sa décision écrite dans les vingt-cinq (25) jours ouvrables", 25, "working_days"),
    ("dans les quatre-vingt-dix (90) jours de la demande", 90, "calendar_days"),
    ("L'avis de grief doit être posté ou télécopié ou remis dans les 120 jours de la date", 120, "calendar_days"),
    ("un préavis de sept (7) jours de calendrier", 7, "calendar_days"),
    ("un préavis écrit d'au moins un (1) jour ouvrable avant la rencontre", 1, "working_days"),
    ("dans les deux (2) mois suivant la réception", 2, "months"),
    ("déférer le grief à l'arbitrage dans les deux (2) années suivant la date du dépôt", 2, "years"),
    ("dans les 30 jours", 30, "calendar_days"),
    ("dans les quarante jours ouvrables", 40, "working_days"),
    ("dans les soixante et onze jours", 71, "calendar_days"),
    ("vingt et un (21) jours ouvrables consécutifs", 21, "working_days"),
    ("un délai de carence de quatorze (14) jours de calendrier consécutifs", 14, "calendar_days"),
])
def test_parse_delay_reads_the_agreements_phrasings(text, amount, unit):
    delay = parse_delay(text, source_clause="x-1.01")
    assert (delay.amount, delay.unit, delay.source_clause) == (amount, unit, "x-1.01")


def test_parse_delay_never_takes_calendar_days_for_working_days():
    assert parse_delay("dans les trente (30) jours").unit == "calendar_days"
    assert parse_delay("dans les trente (30) jours ouvrables").unit == "working_days"
    assert parse_delay("dans les trente (30) jours de calendrier").unit == "calendar_days"


def test_parse_delay_none_without_a_delay():
    assert parse_delay("Toute mésentente relative à l'interprétation de la convention.") is None
    assert parse_delay("au début de la vingtième (20^e) semaine précédant l'accouchement") is None
    assert parse_delay("le 22 août, ou un jour ouvrable subséquent") is None


def test_find_delays_gives_every_delay_in_order():
    text = "dans les 120 jours ; cette étape prolonge le délai de 60 jours ; puis deux (2) mois"
    assert [(d.amount, d.unit) for d in find_delays(text)] == [
        (120, "calendar_days"), (60, "calendar_days"), (2, "months")]


@pytest.mark.parametrize("words, value", [
    ("quarante", 40), ("quatre-vingt-dix", 90), ("quatre-vingts", 80), ("soixante-dix", 70),
    ("vingt et un", 21), ("deux cents", 200), ("cent vingt", 120), ("quinze", 15)])
def test_french_number(words, value):
    assert french_number(words) == value


# --- parse_date ------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("J'ai pris connaissance des faits le 10 novembre 2025, jusqu'à quand pour déposer le grief ?",
     date(2025, 11, 10)),
    ("le lundi 10 novembre 2025", date(2025, 11, 10)),
    ("depuis le 10/11/2025", date(2025, 11, 10)),          # day first, as in French
    ("depuis le 2025-11-10", date(2025, 11, 10)),
    ("en vigueur le 1er avril 2013", date(2013, 4, 1)),
    ("en vigueur le 1^{er} avril 2013", date(2013, 4, 1)),
    ("le premier août 2026", date(2026, 8, 1)),
    ("le 3 aout 2026", date(2026, 8, 3)),                  # without the accent
    ("le 24 déc. 2025", date(2025, 12, 24)),
])
def test_parse_date_reads_french_dates(text, expected):
    assert parse_date(text) == expected


def test_parse_date_relative_and_yearless_dates_use_today():
    today = date(2026, 1, 5)
    assert parse_date("je l'ai appris aujourd'hui", today=today) == today
    assert parse_date("je l'ai appris hier", today=today) == date(2026, 1, 4)
    assert parse_date("avant-hier", today=today) == date(2026, 1, 3)
    # no year: the latest 10 November on or before today
    assert parse_date("le 10 novembre", today=today) == date(2025, 11, 10)
    assert parse_date("le 2 janvier", today=today) == date(2026, 1, 2)


def test_parse_date_none_when_absent_or_impossible():
    assert parse_date("Jusqu'à quand pour déposer le grief selon 10-1.02 ?") is None
    assert parse_date("le 31 février 2025") is None
    assert parse_date("dans les quarante (40) jours ouvrables") is None


# --- statutory holidays from the holidays library --------------------------------------


def test_quebec_statutory_holidays_come_from_the_library():
    days = statutory_holidays(2026)
    assert date(2026, 6, 24) in days and date(2026, 7, 1) in days
    assert date(2026, 4, 3) in days            # Good Friday
    assert date(2026, 5, 18) in days           # Journée nationale des patriotes
    assert date(2026, 4, 6) not in days        # Easter Monday: only the « optional » category
    assert date(2026, 11, 11) not in days      # Remembrance Day is not a Quebec holiday


def test_rules_parsed_from_the_bourget_clauses(bourget):
    assert bourget.working_weekdays == frozenset(range(5))
    assert bourget.working_days_clause == "1-2.38"
    assert {h.rule for h in bourget.agreement_holidays} == {
        "fete_du_travail", "action_de_graces", "vendredi_saint", "lundi_de_paques", "patriotes",
        "fete_nationale", "confederation"}
    assert {h.clause for h in bourget.agreement_holidays} == {"8-16.01"}
    [christmas] = bourget.agreement_breaks
    assert (christmas.start, christmas.end, christmas.clause) == ((12, 24), (1, 3), "8-16.02")
    [summer] = bourget.suspension_periods
    assert (summer.start, summer.end, summer.clause, summer.applies_to) == (
        (7, 1), (8, 22), "10-1.07", ("10-1.02",))
    assert any("déterminés par le Collège" in a for a in bourget.working_days_assumptions)
    # the agreement's dated holidays agree with the library's for the shared ones
    for holiday in bourget.agreement_holidays:
        if holiday.rule != "lundi_de_paques":
            assert holiday.on(2026) in statutory_holidays(2026), holiday


# --- compute_deadline: working days ----------------------------------------------------


def test_weekends_are_skipped():
    # Fri 2025-11-14 + 5 working days: Sat 15, Sun 16 skipped; Mon 17 (1) ... Fri 21 (5)
    result = compute_deadline(date(2025, 11, 14), working(5), CalendarRules())
    assert result.end_date == date(2025, 11, 21)
    assert [s.reason for s in result.skipped] == ["samedi", "dimanche"]
    assert result.days_counted == 5


def test_easter_good_friday_and_easter_monday(bourget):
    # Thu 2026-04-02 + 2 working days. Bourget: Fri 3 (Vendredi saint), Sat 4, Sun 5,
    # Mon 6 (lundi de Pâques, 8-16.01) skipped; Tue 7 (1), Wed 8 (2).
    result = compute_deadline(date(2026, 4, 2), working(2), bourget)
    assert result.end_date == date(2026, 4, 8)
    assert [s.day for s in result.skipped] == [date(2026, 4, d) for d in (3, 4, 5, 6)]
    assert "8-16.01" in result.skipped[-1].reason
    # Without the agreement only Good Friday is statutory: Mon 6 (1), Tue 7 (2).
    plain = compute_deadline(date(2026, 4, 2), working(2), CalendarRules())
    assert plain.end_date == date(2026, 4, 7)
    assert any("lundi de Pâques" in a for a in plain.assumptions)


def test_24_june_and_1_july_outside_the_suspended_clause(bourget):
    # 10-1.03's delay is not suspended (10-1.07 names only 10-1.02). Mon 2026-06-22 + 6:
    # Tue 23 (1), Wed 24 Fête nationale, Thu 25 (2), Fri 26 (3), Mon 29 (4), Tue 30 (5),
    # Wed 1 July Fête du Canada, Thu 2 July (6).
    result = compute_deadline(date(2026, 6, 22), working(6, "10-1.03"), bourget)
    assert result.end_date == date(2026, 7, 2)
    reasons = [s.reason for s in result.skipped if s.reason not in ("samedi", "dimanche")]
    assert reasons[0].startswith("Fête nationale du Québec, 24 juin 2026")
    assert reasons[1].startswith("Fête du Canada, 1er juillet 2026")
    assert "10-1.07" not in result.clauses_used


def test_summer_suspension_for_the_grievance_delay(bourget):
    # 10-1.02, 40 working days from Sat 2026-06-20:
    # Jun 22 (1), 23 (2), [24 Fête nationale], 25 (3), 26 (4), 29 (5), 30 (6);
    # 1 July – 22 August suspended (10-1.07): 31 + 22 = 53 days; Sun Aug 23;
    # Aug 24–28 (7–11), Aug 31–Sep 4 (12–16), [Mon Sep 7 Fête du Travail], Sep 8–11 (17–20),
    # Sep 14–18 (21–25), Sep 21–25 (26–30), Sep 28–Oct 2 (31–35), Oct 5–9 (36–40): Fri Oct 9.
    result = compute_deadline(date(2026, 6, 20), working(40), bourget)
    assert result.end_date == date(2026, 10, 9)
    suspended = [s.day for s in result.skipped if "10-1.07" in s.reason]
    assert len(suspended) == 53 and suspended[0] == date(2026, 7, 1) and suspended[-1] == date(2026, 8, 22)
    assert "10-1.07" in result.clauses_used
    # The same 40 days for another clause ignore the suspension:
    # Jun 22–30 gives 6, [Jul 1], Jul 2–3 (8), then 32 more = 6 weeks + 2 days... Mon Aug 17 is 38,
    # counting: Jul 6–10 (13), 13–17 (18), 20–24 (23), 27–31 (28), Aug 3–7 (33), 10–14 (38), 17 (39), 18 (40).
    other = compute_deadline(date(2026, 6, 20), working(40, "10-1.03"), bourget)
    assert other.end_date == date(2026, 8, 18)


def test_christmas_break_and_year_end(bourget):
    # Bourget: Mon 2025-12-22 + 5: Tue 23 (1); 24 Dec – 3 Jan break (8-16.02); Mon Jan 5 (2),
    # Tue 6 (3), Wed 7 (4), Thu 8 (5).
    result = compute_deadline(date(2025, 12, 22), working(5), bourget)
    assert result.end_date == date(2026, 1, 8)
    assert "8-16.02" in result.clauses_used
    # Statutory only: Tue 23 (1), Wed 24 (2), [Thu 25 Noël], Fri 26 (3), Mon 29 (4), Tue 30 (5).
    assert compute_deadline(date(2025, 12, 22), working(5), CalendarRules()).end_date == date(2025, 12, 30)
    # 31 Dec -> January: [Thu Jan 1 Jour de l'an], Fri Jan 2 (1), Mon Jan 5 (2).
    assert compute_deadline(date(2025, 12, 31), working(2), CalendarRules()).end_date == date(2026, 1, 5)


def test_the_grievance_question(bourget):
    # Mon 2025-11-10 + 40 working days: Nov 11–14 (4), 17–21 (9), 24–28 (14), Dec 1–5 (19),
    # 8–12 (24), 15–19 (29), 22–23 (31); 24 Dec – 3 Jan break (8 weekdays); Jan 5–9 (36),
    # Jan 12, 13, 14, 15 (40): Thursday 15 January 2026.
    delay = parse_delay(GRIEF_10_1_02, source_clause="10-1.02", source_doc="bourget")
    start = parse_date("J'ai pris connaissance des faits le 10 novembre 2025, jusqu'à quand ?")
    result = compute_deadline(start, delay, bourget)
    assert result.end_date == date(2026, 1, 15)
    assert sum(s.reason in ("samedi", "dimanche") for s in result.skipped) == 18
    # 8-16.01's holidays (Noël, jour de l'An) fall inside the 8-16.02 break: only the clauses
    # that took a day out of the count are used (and cited)
    assert result.clauses_used == ("10-1.02", "1-2.38", "8-16.02")
    text = format_answer(result)
    assert text.startswith("**Au plus tard le jeudi 15 janvier 2026**")
    assert "40 jours ouvrables à partir du 10 novembre 2025 (le jour même exclu)" in text
    assert "18 jours de fin de semaine" in text
    assert "congé du 24 décembre au 3 janvier inclusivement (8-16.02)" in text
    assert "Clauses utilisées : 10-1.02, 1-2.38, 8-16.02." in text
    assert "n'est pas compté" in text


# --- compute_deadline: calendar days, months -------------------------------------------


def test_calendar_days_and_working_days_are_not_confused():
    start = date(2025, 11, 10)
    # 30 calendar days: Nov 10 + 30 = Dec 10 (November has 30 days), a Wednesday.
    assert compute_deadline(start, calendar_days(30), CalendarRules()).end_date == date(2025, 12, 10)
    # 30 working days: Nov 11–14 (4), 17–21 (9), 24–28 (14), Dec 1–5 (19), 8–12 (24),
    # 15–19 (29), Mon Dec 22 (30).
    assert compute_deadline(start, working(30, None), CalendarRules()).end_date == date(2025, 12, 22)


def test_calendar_deadline_on_a_sunday_or_holiday_moves_to_the_next_working_day():
    # 90 days from 2025-11-10: Nov 30 is +20, Dec 31 +51, Jan 31 +82, Feb 8 +90: a Sunday.
    result = compute_deadline(date(2025, 11, 10), calendar_days(90), CalendarRules())
    assert (result.unextended_end, result.end_date) == (date(2026, 2, 8), date(2026, 2, 9))
    assert any("Loi d'interprétation" in a for a in result.assumptions)
    assert not any("10-1" in a for a in result.assumptions if "Loi d'interprétation" in a)
    # 10 days from Sun 2026-06-14 end on Wed 24 June, Fête nationale: moved to Thu 25.
    assert compute_deadline(date(2026, 6, 14), calendar_days(10), CalendarRules()).end_date == date(2026, 6, 25)
    # No move when the rules say not to.
    no_move = CalendarRules(roll_forward_calendar_deadlines=False)
    assert compute_deadline(date(2025, 11, 10), calendar_days(90), no_move).end_date == date(2026, 2, 8)


def test_months():
    # 2 months from 2025-11-10 is Sat 2026-01-10: moved to Mon 2026-01-12.
    result = compute_deadline(date(2025, 11, 10), Delay(2, "months"), CalendarRules())
    assert (result.unextended_end, result.end_date) == (date(2026, 1, 10), date(2026, 1, 12))
    # 31 January + 1 month is the last day of February (Sat 2026-02-28), moved to Mon 2 March.
    assert compute_deadline(date(2026, 1, 31), Delay(1, "months"), CalendarRules()).end_date == date(2026, 3, 2)


def test_suspension_also_stops_calendar_days_when_it_covers_them():
    summer = AnnualPeriod((7, 1), (8, 22), "période suspendue du 1er juillet au 22 août", "9-9.99")
    rules = CalendarRules(suspension_periods=(summer,))
    # Thu 2026-06-25 + 10 days: Jun 26–30 (5); Jul 1 – Aug 22 suspended; Aug 23–27 (10): Thu.
    result = compute_deadline(date(2026, 6, 25), calendar_days(10), rules)
    assert result.end_date == date(2026, 8, 27)
    assert result.clauses_used == ("9-9.99",)


# --- missing rules ---------------------------------------------------------------------


def test_missing_clauses_fall_back_and_say_so():
    rules = rules_from_clauses({"10-1.02": GRIEF_10_1_02})
    assert rules.agreement_holidays == () and rules.suspension_periods == ()
    joined = " ".join(rules.assumptions + rules.working_days_assumptions)
    assert "« jour ouvrable » non fournie" in joined
    assert "Aucune liste de jours fériés" in joined and "à confirmer avec votre syndicat" in joined
    assert "Aucune clause de suspension" in joined
    # the Christmas break is then not skipped: Tue 23 (1), Wed 24 (2), [25], Fri 26 (3),
    # Mon 29 (4), Tue 30 (5)
    result = compute_deadline(date(2025, 12, 22), working(5), rules)
    assert result.end_date == date(2025, 12, 30)
    assert set(rules.assumptions + rules.working_days_assumptions) <= set(result.assumptions)
    # what a working day is does not matter to a delay in calendar days
    calendar_result = compute_deadline(date(2025, 12, 22), calendar_days(5), rules)
    assert not any("« jour ouvrable » non fournie" in a for a in calendar_result.assumptions)
    assert any("Aucune clause de suspension" in a for a in calendar_result.assumptions)
    assert "Hypothèses" in format_answer(result)


def test_suspension_limited_to_a_clause_is_not_applied_to_an_unknown_clause(bourget):
    result = compute_deadline(date(2026, 6, 20), working(40, None), bourget)
    assert result.end_date == date(2026, 8, 18)
    assert any("10-1.07" in a and "n'a pas été appliquée" in a for a in result.assumptions)


def test_bad_delay_is_refused():
    with pytest.raises(ValueError):
        compute_deadline(date(2026, 1, 5), Delay(0, "working_days"))


def test_un_as_a_number_only_where_it_is_one():
    assert parse_delay("dans un délai d'un mois").amount == 1
    assert parse_delay("dans un délai d'un mois").unit == "months"
    assert parse_delay("un préavis d'au moins un jour ouvrable").unit == "working_days"


# --- yearly dates -------------------------------------------------------------------------------


def test_yearly_dates_are_found_one_off_dates_are_not():
    found = find_fixed_dates("doit être soumise avant le 1^{er} avril et remise au plus tard le 15 octobre de "
                             "chaque année ; avant le 1^{er} juillet 2014 est abolie", source_clause="6-5.04")
    assert [(f.month, f.day, f.kind) for f in found] == [(4, 1, "before"), (10, 15, "by")]
    assert found[0].source_clause == "6-5.04"


def test_before_a_date_ends_the_day_before_and_says_a_weekend():
    rule = FixedDate(11, 30, "before", "5-2.08")
    result = compute_fixed_date(date(2026, 11, 5), rule)
    assert (result.due, result.end_date) == (date(2026, 11, 30), date(2026, 11, 29))  # a Sunday
    assert any("ce jour-là est exclu" in a for a in result.assumptions)
    assert any("dimanche" in a and "pas de report" in a for a in result.assumptions)
    assert result.clauses_used == ("5-2.08",)
    assert format_fixed_answer(result).startswith("**Au plus tard le dimanche 29 novembre 2026**")


def test_a_date_already_past_this_year_gives_next_years():
    result = compute_fixed_date(date(2026, 4, 1), FixedDate(4, 1, "before"))  # « avant le 1er avril », asked on it
    assert result.end_date == date(2027, 3, 31)
    assert any("est passée" in a for a in result.assumptions)
    by = compute_fixed_date(date(2026, 10, 15), FixedDate(10, 15, "by"))  # « au plus tard le 15 octobre », asked on it
    assert by.end_date == date(2026, 10, 15)


def test_29_february_in_a_common_year_is_the_28th():
    assert compute_fixed_date(date(2026, 1, 10), FixedDate(2, 29, "by")).end_date == date(2026, 2, 28)


@pytest.mark.parametrize("rule, year, expected", [
    ("vendredi_saint", 2026, date(2026, 4, 3)), ("lundi_de_paques", 2026, date(2026, 4, 6)),
    ("patriotes", 2026, date(2026, 5, 18)), ("patriotes", 2021, date(2021, 5, 24)),
    ("fete_du_travail", 2026, date(2026, 9, 7)), ("action_de_graces", 2026, date(2026, 10, 12)),
    ("lendemain_jour_de_l_an", 2027, date(2027, 1, 2)),
])
def test_every_holiday_rule_has_its_date(rule, year, expected):
    assert AgreementHoliday("x", rule).on(year) == expected


def test_an_unknown_holiday_rule_is_refused():
    with pytest.raises(ValueError):
        AgreementHoliday("x", "nope").on(2026)


def test_folding_drops_every_combining_mark_and_nothing_else():
    import unicodedata

    from assistant.deadlines import _fold

    text = "Fête nationale, Noël, l’Action de grâces, Œuvre ñ ı̇ — 24 juin 1er août 2026"
    slow = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    assert _fold(text) == slow and "fete nationale" in _fold(text).lower() and _fold("abc") == "abc"


# ---------------------------------------------------------------------------------------
# Delays counted backwards (« au moins X ... avant »), periods a delay's own sentence leaves out,
# what a delay runs from. Landmarks: 2026-04-23 Thursday · 2026-05-18 Journée nationale des
# patriotes (Monday) · 2026-06-05 Friday · 2026-09-25 Friday · 2026-12-21 Monday ·
# 2027-01-11 Monday · 2027-01-04 Monday · 2026-11-20 Friday · 2026-06-07 Sunday
# ---------------------------------------------------------------------------------------

RESIGNATION = ("Tout salarié éducateur peut démissionner durant l'année de travail pour des motifs valables, "
               "moyennant un avis écrit d'au moins trente (30) jours ouvrables avant la date projetée de son départ.")
DISCIPLINE = ("5-6.06 Toute mesure disciplinaire imposée après soixante (60) jours, excluant la période estivale "
              "du 1^{er} juillet au 21 août suivant, de l'incident qui y donne lieu, ou de la connaissance que le "
              "Collège en a eue, est nulle, non valide et illégale aux fins de la présente convention.")


@pytest.mark.parametrize("text, direction", [
    (RESIGNATION, "before"),
    ("doit être faite par écrit au Collège au moins trois (3) semaines avant le début du congé", "before"),
    ("Le Collège doit être avisé d'une telle absence au moins trois (3) jours à l'avance.", "before"),
    ("un préavis écrit d'au moins un (1) jour ouvrable avant la rencontre", "before"),
    ("doit donner au Collège un préavis écrit d'au moins quarante-cinq (45) jours de son retour", "before"),
    ("après avoir donné au Collège un avis écrit d'au moins trois (3) semaines de la nouvelle date de son retour",
     "before"),
    ("Dans les quarante (40) jours ouvrables de la connaissance des faits", "after"),
    ("dans les 60 jours de la réception par le Syndicat de la liste d'ancienneté", "after"),
])
def test_a_delay_before_a_date_is_read_as_counted_backwards(text, direction):
    assert find_delays(text)[0].direction == direction


def test_a_yearly_date_after_a_delay_is_not_a_date_to_count_back_from():
    # « avant le 1er avril » is a yearly date, and « d'une année » after it an article, not a delay of a year
    assert find_delays("au moins trois (3) semaines avant le 1er avril")[0].direction == "after"
    assert find_delays("soumise au Collège avant le 1^{er} avril d'une année pour l'année d'engagement") == []
    assert find_delays("dans un délai d'une année")[0].unit == "years"


def test_working_days_backwards_skip_weekends_and_holidays(bourget):
    # 30 working days before Friday 5 June 2026 (not counted): Jun 4-1 (4), May 29-25 (9),
    # May 22-19 (13; Mon 18 May, Journée nationale des patriotes, skipped), May 15-11 (18),
    # May 8-4 (23), May 1 + Apr 30-27 (28), Apr 24 (29), Thu 23 April (30).
    delay = find_delays(RESIGNATION, source_clause="5-1.14", source_doc="bourget")[0]
    result = compute_deadline(date(2026, 6, 5), delay, bourget)
    assert result.end_date == date(2026, 4, 23)
    assert date(2026, 5, 18) in [s.day for s in result.skipped]
    assert result.clauses_used == ("5-1.14", "1-2.38", "8-16.01")
    answer = format_answer(result)
    assert answer.startswith("**Au plus tard le jeudi 23 avril 2026**")
    assert "30 jours ouvrables avant le 5 juin 2026 (ce jour exclu), comptés à rebours" in answer
    assert "compté à rebours" in answer and "Loi d'interprétation" not in answer


def test_weeks_and_calendar_days_backwards_across_a_year_end():
    before = Delay(3, "weeks", direction="before")
    # 3 weeks (21 days) before Monday 11 January 2027: Monday 21 December 2026.
    assert compute_deadline(date(2027, 1, 11), before, CalendarRules()).end_date == date(2026, 12, 21)
    # 45 days before Monday 4 January 2027: 4 in January (Jan 3-1 and Dec 31 = 4), 31 in December
    # (35), 10 in November (Nov 30-21 = 45): Friday 20 November 2026.
    days45 = Delay(45, "calendar_days", direction="before")
    assert compute_deadline(date(2027, 1, 4), days45, CalendarRules()).end_date == date(2026, 11, 20)


def test_a_backwards_count_on_a_sunday_is_said_not_moved():
    # 7 days before Sunday 14 June 2026 is Sunday 7 June: kept, with a warning to act the working day before
    result = compute_deadline(date(2026, 6, 14), Delay(7, "calendar_days", direction="before"), CalendarRules())
    assert result.end_date == date(2026, 6, 7) and result.unextended_end is None
    assert any("dimanche 7 juin 2026" in a and "jour ouvrable précédent" in a for a in result.assumptions)


def test_months_backwards():
    # 2 months before 31 May 2026: 31 March; 1 month before 30 March 2026: 28 February (no 30 February),
    # a Saturday, said not moved; 1 year before 29 February 2028: 28 February 2027.
    assert compute_deadline(date(2026, 5, 31), Delay(2, "months", direction="before")).end_date == date(2026, 3, 31)
    assert compute_deadline(date(2026, 3, 30), Delay(1, "months", direction="before")).end_date == date(2026, 2, 28)
    assert compute_deadline(date(2028, 2, 29), Delay(1, "years", direction="before")).end_date == date(2027, 2, 28)


def test_a_period_the_delay_sentence_excludes_is_not_counted():
    # 5-6.06: 60 days excluding 1 July - 21 August. From Friday 5 June 2026: Jun 6-30 (25), 1 Jul - 21 Aug
    # left out, Aug 22-31 (35), Sep 1-25 (60): Friday 25 September 2026 (a plain 60 days would be 4 August).
    delay = find_delays(DISCIPLINE, source_clause="5-6.06", source_doc="bourget")[0]
    assert [(p.start, p.end, p.applies_to) for p in delay.excluded] == [((7, 1), (8, 21), ("5-6.06",))]
    result = compute_deadline(date(2026, 6, 5), delay, CalendarRules())
    assert result.end_date == date(2026, 9, 25)
    assert len([s for s in result.skipped if "période estivale" in s.reason]) == 52
    assert "période estivale du 1er juillet au 21 août, exclue du délai (5-6.06)" in format_answer(result)
    # starting inside the period: the count starts on 22 August; Aug 22-31 (10), Sep (40), Oct 1-20 (60)
    assert compute_deadline(date(2026, 7, 10), delay, CalendarRules()).end_date == date(2026, 10, 20)
    # the delay alone, without its sentence's exclusion, is a plain 60 days
    assert compute_deadline(date(2026, 6, 5), Delay(60, "calendar_days"), CalendarRules()).end_date == date(2026, 8, 4)


def test_an_excluded_period_across_the_year_end():
    # 10 days « excluant la période du 20 décembre au 5 janvier » from Tuesday 15 December 2026:
    # Dec 16-19 (4), Dec 20 - Jan 5 left out, Jan 6-11 (10): Monday 11 January 2027.
    delay = find_delays("dans les dix (10) jours, excluant la période du 20 décembre au 5 janvier, de la demande")[0]
    assert compute_deadline(date(2026, 12, 15), delay, CalendarRules()).end_date == date(2027, 1, 11)


def test_calendar_days_count_the_christmas_break(bourget):
    # Cris 5-2.09, 60 days from Friday 27 November 2026: Nov 28-30 (3), December (34), Jan 1-26 (60):
    # Tuesday 26 January 2027; a break of jours chômés does not stop a delay in calendar days.
    assert compute_deadline(date(2026, 11, 27), calendar_days(60), bourget).end_date == date(2027, 1, 26)


@pytest.mark.parametrize("sentence, origin", [
    (DISCIPLINE, "de l'incident qui y donne lieu, ou de la connaissance que le Collège en a eue"),
    (RESIGNATION, "la date projetée de son départ"),
    ("L'avis de grief doit être posté ou télécopié ou remis dans les 120 jours de la date de l'événement qui a "
     "donné naissance au grief.", "de la date de l'événement qui a donné naissance au grief"),
    ("doit, dans les 60 jours suivant la date du récépissé constatant le dépôt du grief tel que prévu à la "
     "clause 9-1.05, donner un avis", "suivant la date du récépissé constatant le dépôt du grief tel que prévu à "
                                      "la clause 9-1.05"),
    ("L'arbitre doit rendre sa décision dans les trente (30) jours de la fin de l'audition à moins que les "
     "parties ne consentent", "de la fin de l'audition"),
    ("Le Collège fait ceci dans les trente (30) jours.", None),
])
def test_starting_point_is_read_verbatim_after_the_delay(sentence, origin):
    assert starting_point(sentence, find_delays(sentence)[0]) == origin


def test_years_are_worded_as_the_agreement_words_them():
    assert describe_delay(find_delays("dans les deux (2) années suivant la date du dépôt du grief")[0]) == "2 années"
    assert describe_delay(Delay(2, "years")) == "2 ans"


def test_months_of_work_are_not_passed_off_as_calendar_months():
    # 5-6.09 « retirée après dix (10) mois de travail »: counted in calendar months, and said so
    delay = find_delays("toute mesure disciplinaire sera retirée après dix (10) mois de travail")[0]
    assert (delay.amount, delay.unit) == (10, "months")
    result = compute_deadline(date(2026, 9, 10), delay, CalendarRules())
    assert any("« dix (10) mois de travail » : compté ici en temps de calendrier" in a for a in result.assumptions)
    assert not any("de travail" in a for a in compute_deadline(date(2026, 9, 10), Delay(10, "months")).assumptions)


def test_parse_dates_gives_every_date_in_order():
    question = "On est le 10 mars 2027 et mon congé commence le 12/04/2027, pas le 2027-04-19."
    assert parse_dates(question) == [date(2027, 3, 10), date(2027, 4, 12), date(2027, 4, 19)]
    assert parse_dates("le 1er avril 2013") == [date(2013, 4, 1)]  # one span, one date
    assert parse_dates("sans date") == []


REEVALUATION = ("C) La Commission procède, s'il y a lieu, à la réévaluation de la scolarité de cette enseignante ou cet "
                "enseignant selon les dispositions de la clause 6-1.03 dans les 30 jours de la réception des documents "
                "requis selon le paragraphe B) de la présente clause. »\n\n¹ Sont exclus de ce délai, le mois de juillet "
                "ainsi que les jours compris entre le 20 décembre et le 5 janvier.")


def test_a_note_that_takes_periods_out_of_the_clauses_delay():
    periods, note = clause_exclusions(REEVALUATION, "6-3.01")
    assert note == ("¹ Sont exclus de ce délai, le mois de juillet ainsi que les jours compris entre le 20 décembre "
                    "et le 5 janvier.")
    assert [(p.start, p.end, p.applies_to) for p in periods] == [((7, 1), (7, 31), ("6-3.01",)),
                                                                 ((12, 20), (1, 5), ("6-3.01",))]
    assert clause_exclusions(GRIEF_10_1_02, "10-1.02") == ((), None)
    delay = Delay(30, "calendar_days", "6-3.01", excluded=periods)
    # From 10 June 2026: Jun 11-30 (20), July left out, Aug 1-10 (30): Monday 10 August 2026.
    result = compute_deadline(date(2026, 6, 10), delay, rules_from_clauses({}, source_doc="cris"))
    assert result.end_date == date(2026, 8, 10)
    assert not any("Aucune clause de suspension" in a for a in result.assumptions)
    # From 1 December 2026: Dec 2-19 (18), 20 Dec - 5 Jan left out, Jan 6-17 (30): Sunday 17 January,
    # carried to Monday 18 January 2027.
    assert compute_deadline(date(2026, 12, 1), delay, CalendarRules()).end_date == date(2027, 1, 18)


def test_a_length_of_time_is_not_a_time_limit():
    sentence = ("La salariée éducatrice qui ne se conforme pas est réputée en congé sans traitement pour une période "
                "n'excédant pas quatre (4) semaines.")
    assert is_duration(sentence, find_delays(sentence)[0])
    leave = "un congé de paternité d'au plus cinq (5) semaines qui doivent être consécutives"
    assert is_duration(leave, find_delays(leave)[0])
    assert not is_duration(RESIGNATION, find_delays(RESIGNATION)[0])
    assert not is_duration(GRIEF_10_1_02, find_delays(GRIEF_10_1_02)[0])


OFFER = ("L'enseignante ou l'enseignant en disponibilité doit l'accepter dans les 10 jours suivant la réception de cette "
         "offre écrite d'engagement; pour une offre écrite d'engagement reçue en juillet, les 10 jours courent à compter "
         "du 1^{er} août.")


def test_a_later_start_for_events_of_one_month():
    # received 15 July 2026: the 10 days run from 1 August (counted as the first day): start on 31 July (not counted)
    assert shifted_start(OFFER, date(2026, 7, 15)) == (date(2026, 7, 31),
                                                       "reçue en juillet, les 10 jours courent à compter du 1er août")
    assert shifted_start(OFFER, date(2026, 6, 15)) is None  # received in June: from the reception
    assert shifted_start(GRIEF_10_1_02, date(2026, 7, 15)) is None
    # Aug 1-10: Monday 10 August 2026
    assert compute_deadline(date(2026, 7, 31), find_delays(OFFER)[0], CalendarRules()).end_date == date(2026, 8, 10)
