"""Deadline questions in wordings a fresh gold batch (DEV Q606-Q620) brought (assistant/deadlines.py,
assistant/deadline_answers.py), on tiny inline clauses: a weekday of the week before or after today's (« la semaine
passée, mardi »), « c'est-tu trop tard ? » asked of a notice due before a date, and a notice asked for an event no
delay names while another sentence counts days « par année ». Dates checked by hand: 2026-12-14 is a Monday,
2026-12-17 a Thursday; 30 working days back from Friday 22 January 2027, the break of 24 December - 3 January
left out, reach Wednesday 2 December 2026."""

from __future__ import annotations

from datetime import date

from assistant.deadline_answers import _question_dates
from assistant.deadlines import parse_dates

from .inline_answers import answered, direct_answers, first_line, last_day

MONDAY = date(2026, 12, 14)
THURSDAY = date(2026, 12, 17)


def test_a_weekday_of_last_or_next_week_is_read_in_that_calendar_week():
    assert parse_dates("la semaine passée, mardi", today=MONDAY) == [date(2026, 12, 8)]
    assert parse_dates("La semaine dernière, le mardi", today=THURSDAY) == [date(2026, 12, 8)]  # not the 15th
    assert parse_dates("le mardi de la semaine passée", today=THURSDAY) == [date(2026, 12, 8)]
    assert parse_dates("vendredi la semaine prochaine", today=MONDAY) == [date(2026, 12, 25)]
    assert parse_dates("mardi passé", today=THURSDAY) == [date(2026, 12, 15)]  # the latest Tuesday, unchanged


def test_the_event_of_last_week_is_the_start_today_is_now():
    assert _question_dates("On est le lundi 14 décembre 2026. L'Association a remis notre avis de grief au Collège "
                           "la semaine passée, mardi. Le Collège doit répondre au plus tard quand ?") == (
        date(2026, 12, 8), MONDAY)


RESIGNATION = ("5-1.14 Tout salarié éducateur peut démissionner durant l'année de travail pour des motifs valables, "
               "moyennant un avis écrit d'au moins trente (30) jours ouvrables avant la date projetée de son départ.")
WORKING_DAY = ("1-2.38 Jour ouvrable\n\nDu lundi au vendredi inclusivement à l'exception des jours fériés et chômés "
               "prévus au calendrier et déterminés par le Collège pour une année d'engagement.")
BREAK = ("8-16.02 En plus de ceux prévus à la clause 8-16.01, le salarié éducateur non-enseignant bénéficie chaque "
         "année du nombre de jours chômés et payés nécessaires pour lui assurer une période continue de congé, sans "
         "perte de traitement, du 24 décembre au 3 janvier inclusivement.")


def test_is_it_too_late_asks_the_last_day_of_a_notice_and_the_break_is_said_in_order():
    direct, hits = direct_answers({"5-1.14": RESIGNATION, "1-2.38": WORKING_DAY, "8-16.02": BREAK})
    answer = answered(direct, "On est le 1er décembre 2026. J'ai un motif valable pis je veux démissionner en "
                              "cours d'année pour partir le vendredi 22 janvier 2027. C'est-tu trop tard pour mon "
                              "avis ?", hits)
    assert answer.text.startswith("**Au plus tard le mercredi 2 décembre 2026**")
    assert "entre le 24 décembre 2026 et le 1er janvier 2027" in answer.text


UNION_LEAVE = ("3-6.06 D) Toutefois, le nombre de jours d'absence autorisés, en vertu de la présente clause pour "
               "l'ensemble des personnes mentionnées est de 65 jours par année.")


def test_a_resignation_notice_no_delay_sets_is_said_absent_not_days_per_year():
    direct, hits = direct_answers({"3-6.06": UNION_LEAVE, "4-3.05": "4-3.05 Un avis préalable de 15 jours est "
                                   "requis à moins que la Commission et le Syndicat renoncent à ce délai."}, doc="cris")
    answer = answered(direct, "Si je démissionne en cours d'année, je dois donner un préavis de combien de "
                              "jours ?", hits, ["cris"])
    assert answer.abstained
    assert "65 jours" not in answer.text
    assert "fixé pour « démissionne ». Les passages" in answer.text, answer.text  # not « cours », « année »


def test_still_in_time_is_a_deadline_cue_but_not_il_est_temps():
    from assistant.deadline_answers import _DEADLINE_CUE
    for question in ("C'est-tu trop tard pour mon avis ?", "Est-il encore temps de faire ma demande ?",
                     "J'ai encore le temps de contester ?", "Suis-je encore dans les délais ?"):
        assert _DEADLINE_CUE.search(question), question
    for question in ("Il est temps de prendre ma retraite ?", "Si je le remets trop tard, qu'arrive-t-il ?"):
        assert not _DEADLINE_CUE.search(question), question


def test_a_named_day_as_a_moment_and_il_y_a_are_dates():
    today = date(2027, 1, 10)
    assert parse_dates("J'ai appris à Noël que le Collège m'avait pas payé", today=today) == [date(2026, 12, 25)]
    assert parse_dates("le lendemain de la fête du Travail 2026", today=today) == [date(2026, 9, 8)]
    assert parse_dates("la veille du jour de l'An", today=today) == [date(2026, 12, 31)]
    assert parse_dates("à la Saint-Jean", today=today) == [date(2026, 6, 24)]
    assert parse_dates("depuis Pâques", today=today) == [date(2026, 4, 5)]
    assert parse_dates("à Noël prochain", today=today) == [date(2027, 12, 25)]
    assert parse_dates("il y a deux semaines", today=today) == [date(2026, 12, 27)]
    assert parse_dates("il y a trois mois", today=today) == [date(2026, 10, 10)]
    for text in ("le congé de Noël", "la fête nationale est-elle payée ?", "il y a 10 jours de congé",
                 "il y a 40 jours ouvrables pour le faire"):
        assert parse_dates(text, today=today) == [], text  # a name or a count, no moment


REVISION = ("7-1.09 Dans les soixante (60) jours (excluant les mois de juillet et août) de la réception par "
            "l'enseignant de l'attestation officielle de l'état de sa scolarité, ce dernier peut soumettre par écrit "
            "une demande de révision au comité de révision.")


def test_il_y_a_deux_semaines_dates_the_event_and_is_no_delay_to_count():
    direct, hits = direct_answers({"7-1.09": REVISION})
    # 60 days from 20 January 2027: 11 in January, 28 in February, 21 in March: Sunday 21 March, carried to Monday
    assert last_day(direct, "J'ai reçu mon attestation officielle de scolarité il y a deux semaines, on est le "
                            "3 février 2027. Jusqu'à quand pour demander une révision ?", hits) == "lundi 22 mars 2027"


def test_a_bare_weekday_told_in_the_past_is_the_latest_before_today():
    thursday = date(2027, 2, 4)
    assert parse_dates("Mardi, la direction m'a remis un avis disciplinaire.", today=thursday) == [date(2027, 2, 2)]
    assert parse_dates("J'ai reçu la lettre lundi.", today=thursday) == [date(2027, 2, 1)]
    assert parse_dates("Vendredi, le Collège m'a suspendu.", today=thursday) == [date(2027, 1, 29)]
    for text in ("La réunion aura lieu mardi.", "Mardi, il y a une réunion.", "Je travaille du lundi au vendredi et "
                 "j'ai reçu un avis.", "Le mardi, j'ai eu des cours.", "Lundi et mardi, j'ai été malade."):
        assert parse_dates(text, today=thursday) == [], text  # to come, a habit, a range: no moment


def test_quand_est_ce_que_ca_expire_asks_a_deadline():
    from assistant.deadline_answers import _DEADLINE_CUE
    for question in ("Quand est-ce que ça expire pour aller en arbitrage ?", "Le délai finit quand ?",
                     "Ça expire quand ?"):
        assert _DEADLINE_CUE.search(question), question
    assert not _DEADLINE_CUE.search("Si mon contrat se termine en juin, est-ce que je garde mes assurances ?")


MATERNITY = ("6-4.08 Pour obtenir le congé de maternité, la salariée éducatrice doit donner un préavis écrit au Collège "
             "au moins trois (3) semaines avant la date du départ.")


def test_a_planned_event_dans_trois_semaines_is_a_moment_not_a_delay():
    assert _question_dates("Je veux commencer mon congé dans trois semaines, on est le 1er février 2027. C'est-tu "
                           "trop tard pour le préavis ?") == (date(2027, 2, 22), date(2027, 2, 1))
    assert _question_dates("On est le 1er février 2027. Le Collège doit me payer dans 21 jours, c'est quand ?") == (
        date(2027, 2, 1), date(2027, 2, 1))  # a delay said, no planned event
    direct, hits = direct_answers({"6-4.08": MATERNITY})
    # departure Monday 15 February 2027, three weeks back: Monday 25 January 2027 (already past), not two weeks counted
    assert last_day(direct, "Je veux commencer mon congé de maternité dans deux semaines, on est le 1er février 2027. "
                            "Je dois donner mon préavis quand ?", hits) == "lundi 25 janvier 2027"


ATTESTATION = ("7-8.03 Au retour du salarié éducateur, ce dernier doit compléter dans les cinq (5) jours de son retour "
               "l'attestation d'absence apparaissant à titre indicatif à l'annexe G, selon les directives du Collège.")


def test_a_delay_running_from_another_moment_than_the_one_dated_says_so():
    direct, hits = direct_answers({"7-8.03": ATTESTATION})
    answer = answered(direct, "Mon dernier jour de maladie était vendredi passé, on est le mardi 12 janvier 2027. "
                              "L'attestation d'absence, je dois la remplir quand ?", hits)
    assert "Ce délai court de votre retour au travail : le calcul suppose qu'il date du 8 janvier 2027" in answer.text
    answer = answered(direct, "Je reviens le jeudi 8 octobre 2026 après une absence pour maladie. J'ai jusqu'à quand "
                              "pour remplir l'attestation d'absence ?", hits)
    assert "Ce délai court de votre retour" not in answer.text  # the return is what is dated


LOAN = ("Congé sans traitement pour prêt de service\n\n6-5.11 Avec son accord et avec le consentement de l'Association, "
        "les services d'un salarié éducateur peuvent être prêtés par le Collège à l'extérieur de l'établissement pour "
        "une période n'excédant pas deux (2) ans, ce dernier a droit à un congé sans traitement pour prêt de service.")
LOAN_END = ("6-5.12 Le salarié éducateur visé par la clause 6-5.11 peut mettre fin à son congé avant la date prévue, "
            "pour un motif raisonnable, sur avis écrit transmis au moins quarante-cinq (45) jours avant son retour.")
RECLASSIFY = ("7-2.02 L'enseignant qui veut être reclassé doit transmettre au Collège, au plus tard le 15 août de chaque "
              "année, toutes les informations et pièces justificatives.")


def test_a_clause_whose_subject_another_defines_is_searched_after_it_with_its_words():
    fillers = {f"9-9.{n:02d}": f"9-9.{n:02d} Texte sans rapport numéro {n}." for n in range(1, 7)}
    direct, hits = direct_answers({"7-2.02": RECLASSIFY, **fillers, "6-5.11": LOAN, "6-5.12": LOAN_END})
    hits = hits[:8]  # 6-5.12 is 9th, beyond the hits searched; 6-5.11, 8th, names the leave
    # 45 days back from Monday 1 February 2027: 31 in January, 14 in December: Friday 18 December 2026
    assert last_day(direct, "Je veux revenir plus tôt de mon prêt de service, le lundi 1er février 2027. Mon avis doit "
                            "être envoyé quand au plus tard ?", hits) == "vendredi 18 décembre 2026"


PRELIMINARY = ("Annexe XXIV Les procureures ou procureurs font connaître à l'arbitre la nature des moyens préliminaires "
               "qu'elles ou ils entendent soulever, et ce, une (1) semaine avant la tenue de l'audition.")
AWARD = ("9-2.17 Sauf dans le cas de production de notes écrites, l'arbitre doit rendre sa décision dans les 45 jours "
         "de la fin de l'audition.")


def test_an_event_told_as_done_is_counted_after_not_before():
    fillers = {f"9-2.{n:02d}": f"9-2.{n:02d} Texte sans rapport numéro {n}." for n in (3, 5)}
    direct, hits = direct_answers({"Annexe XXIV": PRELIMINARY, **fillers, "9-2.17": AWARD}, doc="cris")
    # 45 days after 30 June 2027: Saturday 14 August, carried to Monday 16 August 2027
    assert last_day(direct, "L'audition de l'arbitrage de mon grief a fini le 30 juin 2027. L'arbitre a jusqu'à "
                            "quand ?", hits, ["cris"]) == "lundi 16 août 2027"


DISCIPLINE = ("5-6.06 Toute mesure disciplinaire imposée après soixante (60) jours, excluant la période estivale du 1er "
              "juillet au 21 août suivant, de l'incident qui y donne lieu, ou de la connaissance que le Collège en a "
              "eue, est nulle. Toutefois, dans des cas où le Collège l'estime nécessaire pour faire enquête, celui-ci "
              "dispose d'un délai de quatre-vingt-dix (90) jours, excluant la période estivale du 1er juillet au 21 "
              "août suivant, en lieu et place du délai de soixante (60) jours prévu à l'alinéa précédent.")


def test_a_case_the_question_rules_out_is_not_its_exception():
    direct, hits = direct_answers({"5-6.06": DISCIPLINE})
    # 60 days without 1 July - 21 August: 25 in June, 9 in August, 25 in September: Friday 25 September 2026
    assert last_day(direct, "Un incident est arrivé le 5 juin 2026 et la direction l'a su le jour même. "
                            "Sans enquête, jusqu'à quand le Collège peut-il m'imposer une mesure "
                            "disciplinaire ?", hits) == "vendredi 25 septembre 2026"
    assert last_day(direct, "Un incident est arrivé le 5 juin 2026. Le Collège fait enquête : jusqu'à quand peut-il "
                            "m'imposer une mesure disciplinaire ?", hits) == "lundi 26 octobre 2026"


GRIEVANCE = ("10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief, "
             "l'Association soumet le grief au Collège par écrit.")
LIST = ("8-8.12 La liste des élèves en difficulté doit être remise au plus tard le 15 octobre de chaque année à "
        "l'enseignant.")


def test_an_event_dated_only_roughly_is_not_counted_from_today():
    direct, hits = direct_answers({"10-1.02": GRIEVANCE})
    answer = answered(direct, "On est le 5 septembre 2027. Le Collège m'a suspendu à la fin des classes. L'Association "
                              "a jusqu'à quand pour déposer le grief ?", hits)
    assert answer.text.startswith("**Délai : 40 jours ouvrables** (selon 10-1.02)")
    assert "Votre question ne donne pas le jour exact : aucun dernier jour n'est calculé." in answer.text
    assert "Au plus tard" not in answer.text
    direct, hits = direct_answers({"8-8.12": LIST})  # a yearly date is still reckoned from today
    assert "15 octobre 2026" in first_line(direct, "On est le 2 octobre 2026 pis j'attends la liste de mes élèves en "
                                                   "difficulté depuis début septembre. Ils ont jusqu'à quand pour me la "
                                                   "remettre ?", hits)
