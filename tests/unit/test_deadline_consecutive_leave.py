"""A leave of « N jours consécutifs » whose last day is asked (assistant/deadlines.py, assistant/deadline_answers.py),
on inline clauses worded as Bourget 6-1.02 and Cris 5-14.02: the leave's first day is the date the question gives it
(day 1), its last day is not moved off a weekend; « un maximum de sept (7) jours consécutifs » is that leave, not a
length aside; a weekday told from a dated day (« le mercredi d'avant ») is dated; the case of a list item (« A) En cas
de décès de sa conjointe … : ») picks its delay. Weekdays checked by hand (python -m calendar 2027): 2027-04-24
Saturday, 2027-04-21 Wednesday, 2027-02-11 Thursday, 2027-03-08 Monday."""

from __future__ import annotations

from datetime import date

from assistant.deadlines import compute_deadline, find_delays, is_duration, parse_dates

from .inline_answers import answered, direct_answers

BOURGET_LEAVES = (
    "6-1.02\n"
    "- a) En cas de décès de sa conjointe ou de son conjoint, de son enfant : sept (7) jours consécutifs ouvrables ou "
    "non ;\n"
    " - b) en cas de décès de son père, de sa mère : cinq (5) jours consécutifs ouvrables ou non ;\n"
    " - e) le mariage ou l'union civile de son père, de sa mère, de son frère : le jour de l'événement ;\n"
    " - g) le mariage ou l'union civile du salarié éducateur : un maximum de sept (7) jours consécutifs ouvrables ou "
    "non, y compris le jour de l'événement ;")
CRIS_LEAVES = (
    "5-14.02\n\n"
    "A) En cas de décès de sa conjointe ou son conjoint, de son enfant habitant sous le même toit : 7 jours consécutifs "
    "ouvrables ou non à l'inclusion du jour des funérailles.\n\n"
    "Dans ce cas, l'enseignante ou l'enseignant quitte la localité dès que possible et le congé court à compter de la "
    "date du départ.\n\n"
    "B) En cas de décès de son père, de sa mère, de son frère ou de sa soeur : 5 jours consécutifs ouvrables ou non à "
    "l'inclusion du jour des funérailles.\n\n"
    "C) En cas de décès de ses beaux-parents, de son grand-père, de sa grand-mère, de son beau-frère, de sa "
    "belle-soeur : 3 jours consécutifs ouvrables ou non à l'inclusion du jour des funérailles; toutefois, le congé est "
    "porté à 5 jours si le grand-père ou la grand-mère résidait en permanence au domicile de l'enseignante ou "
    "l'enseignant dans une des localités d'affectation.")


def test_a_leave_of_consecutive_days_counts_its_first_day_and_is_not_moved_off_a_weekend():
    delay = find_delays("un maximum de sept (7) jours consécutifs ouvrables ou non, y compris le jour de l'événement")[0]
    assert delay.consecutive and not is_duration("un maximum de sept (7) jours consécutifs ouvrables ou non", delay)
    assert not find_delays("dans les trente (30) jours de l'événement")[0].consecutive
    # from Saturday 24 April 2027 (day 1): day 7 is Friday 30 April; from Thursday 11 February: Wednesday 17 February
    assert compute_deadline(date(2027, 4, 24), delay).end_date == date(2027, 4, 30)
    five = find_delays("5 jours consécutifs ouvrables ou non")[0]
    # Monday 8 March (day 1) to Friday 12 March; from Wednesday 10 March, day 5 is Sunday 14 March, not moved
    assert compute_deadline(date(2027, 3, 8), five).end_date == date(2027, 3, 12)
    assert compute_deadline(date(2027, 3, 10), five).end_date == date(2027, 3, 14)


def test_a_weekday_told_from_a_dated_day_is_dated():
    assert parse_dates("je me marie le samedi 24 avril 2027. Je veux commencer mon congé le mercredi d'avant") == [
        date(2027, 4, 24), date(2027, 4, 21)]
    assert parse_dates("je reviens le lundi suivant le 3 mars 2027") == [date(2027, 3, 8), date(2027, 3, 3)]
    assert parse_dates("l'audition a fini le mardi qui suit Pâques, en 2028") == [date(2028, 4, 18)]
    # told from an undated moment: no date
    assert parse_dates("le 3 mars 2027, puis je travaille le lundi avant la rencontre") == [date(2027, 3, 3)]


def test_the_own_marriage_leave_runs_from_the_day_the_teacher_starts_it():
    direct, hits = direct_answers({"6-1.02": BOURGET_LEAVES})
    # Wednesday 21 April 2027 (day 1) to Tuesday 27 April (day 7)
    answer = answered(direct, "Au Collège, je me marie le samedi 24 avril 2027. Je veux commencer mon congé le mercredi "
                              "d'avant : je peux rester en congé jusqu'à quel jour au maximum ?", hits)
    assert answer.text.startswith("**Au plus tard le mardi 27 avril 2027**")
    assert "7 jours consécutifs" in answer.text


def test_the_case_of_a_list_item_picks_its_delay():
    direct, hits = direct_answers({"5-14.02": CRIS_LEAVES}, doc="cris")
    # spouse: 7 days from Thursday 11 February 2027 (day 1): Wednesday 17 February
    answer = answered(direct, "Chez les Cris, mon conjoint est décédé pis j'ai pas pu quitter ma communauté tout de "
                              "suite, y avait pas de transport. J'ai pu partir le jeudi 11 février 2027. Mon congé va "
                              "jusqu'à quel jour ?", hits)
    assert answer.text.startswith("**Au plus tard le mercredi 17 février 2027**")
    # mother: B), 5 days from Monday 8 March 2027: Friday 12 March (« grand-mère » is C)'s, not « mère »)
    answer = answered(direct, "Chez les Cris, ma mère est décédée; j'ai pu partir de ma communauté le lundi 8 mars 2027 "
                              "seulement, faute de transport. Mon congé se termine quand ?", hits)
    assert answer.text.startswith("**Au plus tard le vendredi 12 mars 2027**")


GRIEVANCE_NOTICE = ("9-1.03 L'avis de grief doit être posté ou télécopié ou remis dans les 120 jours de la date de "
                    "l'événement qui a donné naissance au grief.")
LOCAL_STEP = ("9-1.01 Le Syndicat et la Commission conviennent, par écrit, d'une procédure de règlement de mésentente au "
              "niveau local qui doit précéder la présente procédure. Il est entendu que cette étape préalable prolonge "
              "le délai prévu à la clause 9-1.03 de 60 jours.\n\nToute mésentente entre une enseignante ou un enseignant "
              "et la Commission doit être soumise à cette procédure préalable sauf celles liées à l'application des "
              "chapitres 1-0.00, 2-0.00, 3-0.00, 4-0.00, 9-0.00 et 10-0.00.")


def test_a_chapter_the_local_step_is_not_for_takes_no_prolongation():
    direct, hits = direct_answers({"9-1.03": GRIEVANCE_NOTICE, "9-1.01": LOCAL_STEP}, doc="cris")
    asked = ("Chez les Cris, on m'a refusé une libération syndicale le mardi 2 février 2027{}. Faut-tu passer par la "
             "procédure locale de mésentente avant, pis l'avis de grief doit partir au plus tard quand ?")
    # 120 days from Tuesday 2 February 2027: 26 + 31 + 30 + 31 = 118 on 31 May, Wednesday 2 June; +60: Sunday 1 August,
    # moved to Monday 2 August
    assert answered(direct, asked.format(" (c'est le chapitre 3)"), hits).text.startswith(
        "**Au plus tard le mercredi 2 juin 2027**")
    assert answered(direct, asked.format(" (c'est le chapitre 5)"), hits).text.startswith(
        "**Au plus tard le lundi 2 août 2027**")


def test_a_year_a_period_s_name_carries_dates_its_days():
    assert parse_dates("La semaine de relâche 2028 commence le lundi 6 mars.") == [date(2028, 3, 6)]
    assert parse_dates("le 3 mars 2027 et le 5 avril", today=date(2026, 12, 3)) == [date(2027, 3, 3), date(2026, 4, 5)]


ARBITRATOR = ("9-2.17 Sauf dans le cas de production de notes écrites, auquel cas la Commission et le Syndicat peuvent "
              "s'entendre pour prolonger le délai, l'arbitre doit rendre sa décision dans les 45 jours de la fin de "
              "l'audition.")
MEDIATION = ("- F) Conformément aux dispositions du paragraphe E), l'arbitre doit entendre le grief en toute diligence "
             "et rendre sa sentence dans les 15 jours de la fin de l'audition.")


def test_a_delay_the_parties_prolonged_by_some_days_is_added_not_counted_alone():
    direct, hits = direct_answers({"Annexe XXIII": MEDIATION, "9-2.17": ARBITRATOR}, doc="cris")
    # 45 + 15 = 60 days from Monday 7 June 2027: 23 (June) + 31 (July) = 54, Friday 6 August
    answer = answered(direct, "À la CS crie, l'audition de notre grief a fini le lundi 7 juin 2027 ; y a des notes "
                              "écrites à produire, pis la Commission pis le syndicat se sont entendus pour prolonger le "
                              "délai de l'arbitre de 15 jours. Sa décision doit sortir au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le vendredi 6 août 2027**")


UNION_RELEASE = ("3-5.10 Le Collège doit être avisé par écrit si le salarié éducateur libéré désire poursuivre sa "
                 "libération pour activités syndicales en vertu des clauses 3-5.08 et 3-5.09. Le défaut de produire cet "
                 "avis avant le 1er avril entraîne la réintégration dans ses fonctions du salarié éducateur libéré pour "
                 "l'année de travail suivante, sous réserve de la clause 3-5.11.")


def test_two_school_years_in_a_row_are_the_year_acted_in_and_the_one_acted_for():
    direct, hits = direct_answers({"3-5.10": UNION_RELEASE})
    # the notice for 2028-2029, given in 2027-2028: before 1 April 2028, Friday 31 March 2028
    answer = answered(direct, "Chu libéré à temps plein pour l'Association en 2027-2028 pis je veux continuer en "
                              "2028-2029. Mon avis écrit au Collège, faut qu'il rentre avant quand ?", hits)
    assert answer.text.startswith("**Au plus tard le vendredi 31 mars 2028**")


def test_the_last_day_of_a_leave_answers_no_question_asking_for_a_request():
    from assistant.deadline_answers import _other_kind
    sentence = "7 jours consécutifs ouvrables ou non à l'inclusion du jour des funérailles."
    leave = find_delays(sentence)[0]
    assert _other_kind(leave, sentence, asks_notice=True)
    assert not _other_kind(leave, sentence, asks_notice=False)
