"""Deadline readings of stop 29 (assistant/deadlines.py, assistant/deadline_answers.py), on inline clauses worded as
the agreements' and on questions worded otherwise than the gold items they come from:

- « C'est quoi le dernier jour ? », « la dernière date possible pour … ? » ask a deadline (DEV Q1809);
- more days the parties agreed (« une entente pour donner 10 jours ouvrables de plus ») lengthen a delay whose own
  sentence says nothing of prolonging when a clause of its chapter lets the parties prolong the chapter's delays
  (Bourget 10-1.06 « Les délais prévus au présent chapitre … à moins d'une entente écrite … pour les prolonger »),
  cited; a delay of another chapter is not lengthened (DEV Q1809);
- « les quatorze (14) premiers jours de calendrier consécutifs d'absence » is a period of 14 days counted from its
  first day (DEV Q1696, 6-3.09 a));
- « a droit annuellement, au 1er mars, à … » is a yearly date on its day, for the expenses « de l'année civile
  précédente » a year names: that year's next (DEV Q1816, Cris 12-8.01);
- « la veille », « le lendemain », « l'avant-veille » told after a dated day are that day minus or plus one or two
  (« les funérailles ont lieu le mardi 9 novembre 2027 pis je pars en congé la veille »); « la veille de Noël » stays
  the named day's.

Dates counted by hand (python -m calendar; Bourget working days Monday to Friday without 8-16.01's holidays and
8-16.02's 24 December to 3 January): from Monday 4 October 2027, Thanksgiving (11 October) skipped, the 40th working
day is Tuesday 30 November 2027 and the 45th Tuesday 7 December 2027; from Wednesday 1 March 2028, Good Friday (14
April) and Easter Monday (17 April) skipped, the 40th is Friday 28 April and the 50th Friday 12 May 2028; 3 December
2027 is a Friday, its 14th day (itself day 1) Thursday 16 December; 1 March 2028 is a Wednesday, 1 March 2027 a
Monday; 21 days after Monday 10 January 2028 is Monday 31 January; 2028 is a leap year: from Tuesday 29 February 2028
(day 1), the 5th day is Saturday 4 March.
"""

from __future__ import annotations

from assistant.deadline_answers import _DEADLINE_CUE
from datetime import date

from assistant.deadlines import find_delays, find_fixed_dates, parse_dates

from .inline_answers import answered, direct_answers, last_day

WORKING_DAY = ("1-2.38 Jour ouvrable\n\nDu lundi au vendredi inclusivement à l'exception des jours fériés et chômés "
               "prévus au calendrier et déterminés par le Collège pour une année d'engagement.")
HOLIDAYS = ("8-16.01 Le salarié éducateur non-enseignant bénéficie, au cours de chaque année de travail, des jours de "
            "congés fériés, chômés et payés suivants :\n\n- fête du Travail ;\n- Action de grâces ;\n- Vendredi saint ;\n"
            "- lundi de Pâques ;\n- journée nationale des Patriotes ;\n- fête nationale du Québec ;\n- Confédération.")
FILING = ("10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief, "
          "l'Association soumet le grief au Collège par écrit, sous pli recommandé, par poste certifiée, par remise de "
          "main à main ou par huissier.")
STRICT = ("10-1.06 Les délais prévus au présent chapitre pour soumettre un grief au Collège ou le déférer à l'arbitre "
          "sont de rigueur à moins d'une entente écrite entre l'Association et le Collège pour les prolonger.")
PAY = ("7-7.03 Le Collège s'engage à rémunérer le salarié éducateur à taux horaire ou à la période dans les vingt et "
       "un (21) jours suivant sa prestation de travail.")
WAITING = ("6-3.09 Le salarié éducateur a droit, pour toute période d'invalidité reconnue durant laquelle il est absent "
           "du travail :\n\n- a) jusqu'à concurrence des quatorze (14) premiers jours de calendrier consécutifs "
           "d'absence, correspondant au délai de carence prévu au régime d'assurance collective, au paiement d'une "
           "prestation, versée par le Collège, équivalente au traitement qu'il recevrait s'il était au travail.")
FOOD = ("12-8.01 À chaque année, l'enseignante ou l'enseignant bénéficiant du remboursement des frais de transport de "
        "nourriture a droit annuellement, au 1^{er} mars, à une indemnité additionnelle égale à 66 % du montant des "
        "dépenses encourues pour le transport de nourriture de l'année civile précédente.")


def _grievance_clauses() -> dict[str, str]:
    return {"10-1.02": FILING, "10-1.06": STRICT, "1-2.38": WORKING_DAY, "8-16.01": HOLIDAYS}


def test_the_last_day_asked_bare_is_a_deadline_cue():
    for question in ("Le Collège pis l'Association ont signé une entente. C'est quoi le dernier jour ?",
                     "J'ai su les faits le 3 mai. La dernière date possible ?",
                     "Quelle est la dernière journée?",
                     "Une ancienneté est mal calculée. C'est quoi la dernière date possible pour aller en arbitrage ?"):
        assert _DEADLINE_CUE.search(question), question
    assert not _DEADLINE_CUE.search("Le dernier jour de l'année scolaire est-il payé aux suppléants ?")


def test_days_the_parties_agreed_lengthen_a_delay_of_a_chapter_that_lets_them():
    direct, hits = direct_answers(_grievance_clauses())
    question = ("J'ai découvert les faits de mon grief le lundi 4 octobre 2027. L'Association pis le Collège se sont "
                "entendus par écrit sur un délai supplémentaire de 5 jours ouvrables. Le dernier jour ?")
    assert last_day(direct, question, hits) == "mardi 7 décembre 2027"
    answer = answered(direct, question, hits)
    assert "ajouté aux 40 jours ouvrables de 10-1.02" in answer.text
    assert "10-1.06" in {citation.clause for citation in answer.citations}


def test_the_gold_wording_of_an_agreed_extension_is_counted_too():
    direct, hits = direct_answers(_grievance_clauses())
    question = ("Au Collège, j'ai su les faits de mon grief le mercredi 1er mars 2028. Le Collège pis l'Association ont "
                "signé une entente pour donner 10 jours ouvrables de plus pour soumettre le grief. C'est quoi le dernier "
                "jour ?")
    assert last_day(direct, question, hits) == "vendredi 12 mai 2028"


def test_without_days_agreed_the_delay_is_the_clause_s_own():
    direct, hits = direct_answers(_grievance_clauses())
    question = "J'ai découvert les faits de mon grief le lundi 4 octobre 2027. L'Association a jusqu'à quand ?"
    assert last_day(direct, question, hits) == "mardi 30 novembre 2027"


def test_a_delay_of_another_chapter_is_not_lengthened_by_the_grievance_chapter_s_clause():
    direct, hits = direct_answers({"7-7.03": PAY, "10-1.06": STRICT})
    question = ("J'ai fait de la suppléance au Collège le lundi 10 janvier 2028 pis ils disent avoir 5 jours de plus. "
                "Ils doivent me payer au plus tard quand ?")
    assert last_day(direct, question, hits) == "lundi 31 janvier 2028"
    assert "10-1.06" not in {citation.clause for citation in answered(direct, question, hits).citations}


def test_a_period_s_first_days_are_counted_from_its_first_day():
    delay = find_delays("jusqu'à concurrence des quatorze (14) premiers jours de calendrier consécutifs d'absence")[0]
    assert (delay.amount, delay.unit, delay.consecutive) == (14, "calendar_days", True)
    ten = find_delays("pendant les dix (10) premiers jours de son absence")[0]
    assert (ten.amount, ten.consecutive) == (10, True)
    # the first days of work of a probation (5-4.02) or the first sick days used are no period asked a last day of
    assert find_delays("Si, dans les soixante (60) premiers jours de travail durant sa période de probation") == []
    assert find_delays("qui n'a pas utilisé jusqu'à ses sept (7) premiers jours de congés de maladie") == []


def test_the_waiting_period_s_last_day_is_dated_from_the_absence_s_first():
    direct, hits = direct_answers({"6-3.09": WAITING})
    question = ("Je suis malade pis absente depuis le vendredi 3 décembre 2027. Le Collège me paie mon délai de carence "
                "jusqu'à quelle date ?")
    assert last_day(direct, question, hits) == "jeudi 16 décembre 2027"


def test_a_yearly_date_on_its_day_is_read():
    found = find_fixed_dates("a droit annuellement, au 1er mars, à une indemnité additionnelle")
    assert [(f.month, f.day, f.kind) for f in found] == [(3, 1, "on")]
    assert [(f.month, f.day, f.kind) for f in find_fixed_dates("Chaque année, le 1er février, le Collège établit "
                                                               "le pourcentage")] == [(2, 1, "on")]
    assert [f.kind for f in find_fixed_dates("avant le 1er avril de chaque année")] == ["before"]


def test_an_amount_owed_each_year_for_the_year_before_is_dated_in_the_year_after():
    direct, hits = direct_answers({"12-8.01": FOOD}, doc="cris")
    question = ("Chez les Cris, on me rembourse le fret de mon épicerie. Le 66 % de plus sur ce que j'ai payé en 2027 "
                "pour le transport de nourriture, il m'est dû à quelle date ?")
    text = answered(direct, question, hits).text
    assert text.startswith("**Le mercredi 1er mars 2028**"), text


MOURNING = ("6-1.02\n- a) En cas de décès de sa conjointe ou de son conjoint, de son enfant : sept (7) jours consécutifs "
            "ouvrables ou non ;\n - b) en cas de décès de son père, de sa mère : cinq (5) jours consécutifs ouvrables ou "
            "non ;")


def test_the_eve_and_the_morrow_of_a_dated_day_are_dated():
    today = date(2026, 12, 3)
    assert parse_dates("les funérailles ont lieu le mardi 9 novembre 2027 pis je pars en congé la veille", today) == [
        date(2027, 11, 9), date(2027, 11, 8)]
    assert parse_dates("j'ai reçu la lettre le 3 mars 2027 et je l'ai remise le lendemain", today) == [
        date(2027, 3, 3), date(2027, 3, 4)]
    assert parse_dates("le récépissé est daté de la veille de Noël 2026", today) == [date(2026, 12, 24)]
    assert parse_dates("je pars le lendemain", today) == []


def test_a_leave_begun_two_days_before_a_dated_funeral_runs_from_that_day():
    direct, hits = direct_answers({"6-1.02": MOURNING})
    question = ("Ma mère est morte ; ses funérailles sont le jeudi 2 mars 2028 pis je commence mon congé l'avant-veille. "
                "Au Collège, mon congé se termine quel jour ?")
    assert last_day(direct, question, hits) == "samedi 4 mars 2028"
