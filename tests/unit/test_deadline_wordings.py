"""Deadline questions in wordings and situations the first gold items did not have (assistant/deadline_answers.py,
assistant/deadlines.py), on tiny inline clauses: a year-less date « dernier » / « prochain » read from the day the
question says is today; a frequency (« une fois aux 3 ans ») is no delay; a length the question gives its leave
(« mon congé parental de 52 semaines ») is no delay to count; « la dernière journée où … » asks for a deadline; a
delay set « en lieu et place » of another (5-6.06's 90 days of enquiry) answers only the cases it names, from the
replaced delay's starting point; a delay another party must keep (10-1.04 « le Collège fournit ») yields to the one
the asked party must keep (10-1.02 « l'Association soumet »). The arithmetic of the DEV items Q301-Q310, each date
checked by hand (weekdays: 2026-03-27 Friday, 2026-04-07 Tuesday, 2026-05-11 Monday, 2026-08-31 Monday,
2026-10-09 Friday, 2027-01-26 Tuesday, 2026-07-14 Tuesday, 2027-01-06 Wednesday, 2026-04-15 Wednesday)."""

from __future__ import annotations

import calendar
import re
from datetime import date

import pytest

from assistant.deadline_answers import (_DATE_WORDS, _DEADLINE_CUE, _asked_delay, _question_dates, asked_actor,
                                        sentence_actor)
from assistant.deadlines import (Delay, clause_exclusions, compute_deadline, find_delays, parse_date,
                                 rules_from_clauses, starting_point)

from .inline_answers import answered, direct_answers, last_day

BOURGET_CALENDAR = {
    "1-2.38": "1-2.38 Jour ouvrable\n\nDu lundi au vendredi inclusivement à l'exception des jours fériés et chômés "
              "prévus au calendrier et déterminés par le Collège pour une année d'engagement.",
    "8-16.01": "8-16.01 Le salarié éducateur non-enseignant bénéficie, au cours de chaque année de travail, des jours "
               "de congés fériés, chômés et payés suivants :\n\n- fête du Travail ;\n- Action de grâces ;\n- Vendredi "
               "saint ;\n- lundi de Pâques ;\n- journée nationale des Patriotes ;\n- fête nationale du Québec ;\n- "
               "Confédération.",
    "10-1.07": "10-1.07 Aux fins d'application de la clause 10-1.02, les délais ne courent pas durant la période du "
               "1^{er} juillet jusqu'au 22 août suivant.",
}
DISCIPLINE = ("5-6.06 Toute mesure disciplinaire imposée après soixante (60) jours, excluant la période estivale du "
              "1^{er} juillet au 21 août suivant, de l'incident qui y donne lieu, ou de la connaissance que le Collège "
              "en a eue, est nulle, non valide et illégale aux fins de la présente convention.\n\nToutefois, dans des "
              "cas où le Collège l'estime nécessaire pour faire enquête, celui-ci dispose d'un délai de "
              "quatre-vingt-dix (90) jours, excluant la période estivale du 1^{er} juillet au 21 août suivant, en lieu "
              "et place du délai de soixante (60) jours prévu à l'alinéa précédent. Dans une telle situation, le "
              "Collège transmet un avis écrit motivé et confidentiel à l'Association.")
DECISION = ("10-1.04 À défaut d'entente entre les parties au comité de relations du travail (CRT), le Collège fournit à "
            "l'Association sa décision écrite dans les vingt-cinq (25) jours ouvrables de la réception de l'avis de "
            "grief.")
GRIEVANCE = ("10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief, "
             "l'Association soumet le grief au Collège par écrit.")
RETURN = ("6-4.35 La salariée éducatrice ou le salarié éducateur qui s'est prévalu de l'option b) du congé parental "
          "sans traitement prévu à la clause 6-4.27 peut mettre fin à son congé après avoir donné au Collège un avis "
          "écrit d'au moins trois (3) semaines de la nouvelle date de son retour au travail.")
PARENTAL = ("6-4.27 b) un congé parental sans traitement à temps complet d'au plus cinquante-deux (52) semaines "
            "continues qui commence au moment décidé par la salariée éducatrice ou le salarié éducateur.")


@pytest.fixture(scope="module")
def bourget():
    return rules_from_clauses(BOURGET_CALENDAR, source_doc="bourget")


# --- dates and delays read from the question ----------------------------------------------------------------------

def test_a_date_without_its_year_is_read_from_the_day_the_question_says_is_today():
    # today is not the machine's: « on est le 15 janvier 2027 » makes « le 10 décembre dernier » 10 December 2026
    question = ("Chez les Cris, on est le 15 janvier 2027. J'ai remis mes relevés de notes le 10 décembre dernier pour "
                "faire réévaluer ma scolarité. La Commission doit avoir fini pour quand ?")
    assert _question_dates(question) == (date(2026, 12, 10), date(2027, 1, 15))


@pytest.mark.parametrize("text, today, expected", [
    ("le 10 décembre prochain", date(2026, 12, 1), date(2026, 12, 10)),
    ("le 10 décembre prochain", date(2026, 12, 10), date(2027, 12, 10)),
    ("le 1er décembre dernier", date(2026, 12, 1), date(2025, 12, 1)),
    ("le 1er décembre", date(2026, 12, 1), date(2026, 12, 1)),  # unchanged: on or before today
    ("le 3 mars dernier", date(2026, 3, 20), date(2026, 3, 3)),
    ("le 2026-03-09", date(2030, 1, 1), date(2026, 3, 9)),
])
def test_dernier_and_prochain(text, today, expected):
    assert parse_date(text, today) == expected


def test_a_frequency_is_no_delay():
    sentence = ("Une fois aux 3 ans, sur demande écrite du Syndicat soumise à la Commission 18 mois avant la tenue de "
                "son congrès, celle-ci fera en sorte qu'un vendredi et un lundi contigus apparaissent comme congés.")
    assert [(d.amount, d.unit, d.direction) for d in find_delays(sentence)] == [(18, "months", "before")]
    assert find_delays("Le comité se réunit tous les deux (2) ans.") == []
    assert find_delays("Une fois par année, à chaque 5 ans.") == []


def test_a_length_the_question_gives_its_leave_is_no_delay_to_count():
    assert _asked_delay("Je suis en congé parental sans traitement de 52 semaines (option b) et je voudrais rentrer "
                        "plus tôt, le 2026-03-09. Mon avis écrit doit être donné au plus tard quand ?") is None
    asked = _asked_delay("On m'a donné 10 jours ouvrables à partir du 18 décembre 2026 pour remettre un document.")
    assert (asked.amount, asked.unit) == (10, "working_days")


def test_the_last_day_asked_in_words_is_a_deadline_question():
    for question in ("Quelle est la dernière journée où le Collège peut envoyer l'ordre du jour ?",
                     "C'est quoi le dernier jour pour remettre mon avis ?", "Quelle est la date butoir ?"):
        assert _DEADLINE_CUE.search(question), question


# --- which delay of which clause -----------------------------------------------------------------------------------

def test_an_enquiry_delay_set_in_place_of_another_answers_only_the_enquiry():
    direct, hits = direct_answers({"5-6.06": DISCIPLINE})
    enquiry = direct.answer("Le Collège fait enquête sur un geste du mercredi 20 mai 2026. Quelle est la date limite "
                            "pour qu'il m'impose une sanction ?", hits)
    # 90 days from 20 May without 1 July - 21 August: 11 (21-31 May) + 30 (June) + 10 (22-31 Aug) + 30 (Sept) + 9
    assert enquiry is not None and enquiry.text.startswith("**Au plus tard le vendredi 9 octobre 2026**")
    assert "90 jours" in enquiry.text and "de l'incident qui y donne lieu" in enquiry.text  # the 60 days' start
    plain = direct.answer("L'incident qu'on me reproche au Collège a eu lieu le 5 juin 2026. Jusqu'à quand le Collège "
                          "peut-il m'imposer une mesure disciplinaire ?", hits)
    # 60 days: 25 (6-30 June) + 10 (22-31 Aug) + 25 (Sept)
    assert plain is not None and plain.text.startswith("**Au plus tard le vendredi 25 septembre 2026**")


def test_the_party_asked_about_is_the_one_the_delay_makes_act():
    assert asked_actor("L'Association a jusqu'à quand pour déposer le grief ?") == "association"
    assert asked_actor("Jusqu'à quand le Collège peut-il m'imposer une sanction ?") == "college"
    assert asked_actor("Le syndicat a jusqu'à quand ?") == "association"  # the union, whatever its name
    assert sentence_actor(DECISION) == "college" and sentence_actor(GRIEVANCE) == "association"
    assert sentence_actor("L'avis de grief doit être posté dans les 120 jours.") is None  # no party acts: no penalty
    texts = {"10-1.04": DECISION, "10-1.02": GRIEVANCE, **BOURGET_CALENDAR}  # 10-1.04 ranked first
    direct, hits = direct_answers(texts)
    association = direct.answer("Le Collège m'a imposé une suspension le lundi 11 mai 2026 et je veux la contester. "
                                "L'Association a jusqu'à quand pour déposer le grief ?", hits)
    assert association is not None and "40 jours ouvrables" in association.text
    college = direct.answer("Le Collège a reçu notre avis de grief le 2 mars 2026. Jusqu'à quand le Collège a-t-il "
                            "pour fournir sa décision écrite à l'Association ?", hits)
    assert college is not None and "25 jours ouvrables" in college.text


def test_a_notice_to_come_back_early_is_counted_back_from_the_return_written_iso():
    direct, hits = direct_answers({"6-4.27": PARENTAL, "6-4.35": RETURN})
    # three weeks before Monday 9 March 2026
    assert last_day(direct, "Au Collège, je suis en congé parental sans traitement de 52 semaines (option b) et je "
                            "voudrais rentrer plus tôt, le 2026-03-09. Mon avis écrit doit être donné au plus tard "
                            "quand ?", hits) == "lundi 16 février 2026"


# --- the arithmetic of Q301-Q310 -----------------------------------------------------------------------------------

def test_weekdays_of_the_hand_checks():
    for day, weekday in ((date(2026, 3, 27), 4), (date(2026, 4, 7), 1), (date(2026, 5, 11), 0), (date(2026, 8, 31), 0),
                         (date(2026, 10, 9), 4), (date(2027, 1, 26), 1), (date(2026, 7, 14), 1), (date(2027, 1, 6), 2),
                         (date(2026, 4, 15), 2)):
        assert calendar.weekday(day.year, day.month, day.day) == weekday


def test_working_days_counted_back_over_easter(bourget):
    # before Tuesday 7 April 2026: Easter Monday 6 and Good Friday 3 April (8-16.01) left out, then 2, 1 April,
    # 31, 30, 27 March
    result = compute_deadline(date(2026, 4, 7), Delay(5, "working_days", "4-2.08", "bourget", direction="before"),
                              bourget)
    assert result.end_date == date(2026, 3, 27)


def test_working_days_across_24_june_and_the_summer_suspension(bourget):
    # from Monday 11 May 2026: 12-15 May (4), 18 May Patriotes out, 19-22 (8), 25-29 (13), 1-23 June (30), 24 June out,
    # 25, 26, 29, 30 June (34), 1 July - 22 August suspended (10-1.07), 24-28 August (39), 31 August (40)
    result = compute_deadline(date(2026, 5, 11), Delay(40, "working_days", "10-1.02", "bourget"), bourget)
    assert result.end_date == date(2026, 8, 31)
    assert "10-1.07" in result.clauses_used


def test_a_sentence_exclusion_over_the_summer_for_90_days(bourget):
    delay = find_delays(DISCIPLINE.split("\n\n")[1], source_clause="5-6.06")[0]
    assert (delay.amount, delay.unit) == (90, "calendar_days") and delay.excluded
    assert compute_deadline(date(2026, 5, 20), delay, bourget).end_date == date(2026, 10, 9)


def test_the_cris_christmas_exclusion_of_a_30_day_delay():
    note = "Sont exclus de ce délai, le mois de juillet ainsi que les jours compris entre le 20 décembre et le 5 janvier."
    excluded, _ = clause_exclusions(note, "6-3.01")
    delay = Delay(30, "calendar_days", "6-3.01", "cris", excluded=excluded)
    # 11-19 December (9), 20 December - 5 January out, 6-26 January (21)
    assert compute_deadline(date(2026, 12, 10), delay, rules_from_clauses({}, source_doc="cris")).end_date == \
        date(2027, 1, 26)


def test_cris_working_days_over_24_june_and_1_july():
    # no definition of « jour ouvrable »: Monday to Friday without Québec's holidays. From Friday 12 June 2026: 15-19
    # (5), 22-23 (7), 24 out, 25-26 (9), 29-30 (11), 1 July out, 2-3 (13), 6-10 (18), 13-14 (20)
    result = compute_deadline(date(2026, 6, 12), Delay(20, "working_days", "13-3.02", "cris"),
                              rules_from_clauses({}, source_doc="cris"))
    assert result.end_date == date(2026, 7, 14)


def test_calendar_days_count_the_christmas_break(bourget):
    # 30 days from Monday 7 December 2026: 24 in December, 6 in January
    assert compute_deadline(date(2026, 12, 7), Delay(30, "calendar_days", "10-2.08"), bourget).end_date == \
        date(2027, 1, 6)


def test_months_counted_back():
    assert compute_deadline(date(2027, 10, 15), Delay(18, "months", "8-3.02", direction="before")).end_date == \
        date(2026, 4, 15)


UNPAID_LEAVE = ("6-5.04 La demande pour l'obtention d'un congé sans traitement de même que pour le renouvellement d'un "
                "congé sans traitement doit être adressée par écrit et soumise au Collège avant le 1^{er} avril d'une "
                "année pour l'année d'engagement suivante.")


def test_a_yearly_date_answer_quotes_its_rule():
    direct, hits = direct_answers({"6-5.04": UNPAID_LEAVE})
    # « avant le 1er avril »: Wednesday 31 March 2027
    answer = answered(direct, "On est le 12 février 2027. Pour l'année 2027-2028, j'aimerais partir en congé sans "
                              "traitement du Collège. C'est quoi la date limite pour remettre ma demande ?", hits)
    assert answer.text.startswith("**Au plus tard le mercredi 31 mars 2027**")
    assert "Selon 6-5.04 : « La demande pour l'obtention" in answer.text  # the clause number left out of the quote
    assert "pour l'année d'engagement suivante. »" in answer.text


@pytest.mark.parametrize("text, expected", [
    ("le 10 janv. 2026", date(2026, 1, 10)), ("3 févr. 2026", date(2026, 2, 3)), ("le 5 sept. 2026", date(2026, 9, 5)),
    ("12 déc 2026", date(2026, 12, 12)), ("1er août 2026", date(2026, 8, 1)), ("le 9 Février 2026", date(2026, 2, 9)),
])
def test_month_names_and_their_abbreviations(text, expected):
    # full names from ingest.tables.month_number, the abbreviations kept beside them
    assert parse_date(text) == expected


REVISION = ("7-1.09 Dans les soixante (60) jours (excluant les mois de juillet et août) de la réception par l'enseignant "
            "de l'attestation officielle de l'état de sa scolarité, ce dernier peut soumettre par écrit une demande de "
            "révision au comité de révision.")


def test_months_left_out_in_parentheses():
    delay = find_delays(REVISION, source_clause="7-1.09")[0]
    assert [(p.start, p.end) for p in delay.excluded] == [((7, 1), (7, 31)), ((8, 1), (8, 31))]
    assert delay.excluded[1].label == "mois d'août, exclu du délai"
    assert starting_point(REVISION, delay) == ("de la réception par l'enseignant de l'attestation officielle de l'état "
                                               "de sa scolarité")
    # from Wednesday 10 June 2026: 20 days in June, July and August left out, 30 in September, 10 in October: Saturday
    # 10 October, carried past Monday 12 October (Thanksgiving) to Tuesday 13 October
    assert compute_deadline(date(2026, 6, 10), delay).end_date == date(2026, 10, 13)


def test_the_words_of_a_date_say_nothing_of_the_topic():
    # « dernier » of « le 3 mars dernier » met 7-1.09's « ce dernier »; « 15/09/2026 » gave the words « 15 » and « 09 »
    for question in ("Le Collège m'a remis une réprimande le 3 mars dernier.", "On m'a retiré une prime le 15/09/2026.",
                     "Je reviens le 2026-03-09.", "Mon congé commence le 4 janvier prochain."):
        assert not re.search(r"\d|dernier|prochain", _DATE_WORDS.sub(" ", question)), question


def test_how_long_do_i_have_is_a_deadline_question():
    for question in ("J'ai combien de temps pour faire un grief ?", "Combien de temps j'ai pour contester ?",
                     "Combien de temps il me reste pour répondre ?", "Combien de temps pour le contester ?"):
        assert _DEADLINE_CUE.search(question), question
    for question in ("Combien de temps dure le congé de paternité ?",
                     "Combien de temps pour un congé de maternité si j'accouche le 3 mars 2026 ?",
                     "Est-ce que je suis payé pour le dernier jour de l'année scolaire, le 23 juin 2026 ?"):
        assert not _DEADLINE_CUE.search(question), question  # lengths and days, not deadlines


COMMITTEE = ("6-1.18 Si une ou un membre du comité n'a pas été désigné dans les 60 jours de l'entrée en vigueur de la "
             "convention ou dans les 30 jours de la démission, du décès ou de l'incapacité d'agir d'une ou d'un membre "
             "désigné, cette ou ce membre est désigné par l'arbitre en chef.")
SENIORITY = ("5-2.09 Le Syndicat doit procéder directement à l'arbitrage dans les 60 jours de la réception par le Syndicat "
             "de la première liste d'ancienneté fournie par la Commission dans les 45 jours de l'entrée en vigueur de "
             "la convention.")


def test_each_delay_of_a_sentence_runs_from_its_own_start():
    first, second = find_delays(COMMITTEE)
    assert starting_point(COMMITTEE, first) == "de l'entrée en vigueur de la convention"  # not « … ou dans les 30 jours »
    assert starting_point(COMMITTEE, second) == "de la démission"
    assert starting_point(SENIORITY, find_delays(SENIORITY)[0]) == ("de la réception par le Syndicat de la première "
                                                                    "liste d'ancienneté fournie par la Commission")


def test_the_second_delay_of_a_sentence_answers_the_event_it_runs_from():
    direct, hits = direct_answers({"6-1.18": COMMITTEE}, doc="cris")
    # 30 days from 10 March 2026: 21 in March, 9 in April, Thursday 9 April (the first delay, 60 days, gave 11 May)
    assert last_day(direct, "Chez les Cris, un membre désigné du comité a démissionné le 10 mars 2026. Jusqu'à quand "
                            "pour désigner son remplaçant ?", hits) == "jeudi 9 avril 2026"


CONVOCATION = ("5-6.03 Tout salarié éducateur à qui le directeur général ou son représentant veut imposer une mesure "
               "disciplinaire doit recevoir un avis de convocation écrit à cet effet au moins quarante-huit (48) heures, "
               "dans la mesure du possible, avant la rencontre disciplinaire.")


def test_hours_of_notice_are_whole_days_counted_back():
    (delay,) = find_delays(CONVOCATION)
    assert (delay.amount, delay.unit, delay.direction) == (48, "hours", "before")
    assert find_delays("La semaine régulière est de trente-cinq (35) heures.") == []  # a length, not a notice
    assert find_delays("Il travaille vingt-quatre (24) heures de plus.") == []  # no date it is counted back from
    direct, hits = direct_answers({"5-6.03": CONVOCATION, "5-6.06": DISCIPLINE})
    # two days before Thursday 12 March (5-6.06's 60 days after it were counted before hours were read)
    answer = answered(direct, "Le Collège veut me rencontrer pour une mesure disciplinaire le jeudi 12 mars 2026. Il "
                              "doit m'envoyer la convocation au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le mardi 10 mars 2026**")
    assert "48 heures" in answer.text
