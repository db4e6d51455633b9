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

from .inline_answers import answered, direct_answers, first_line, last_day

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
    answer = answered(direct, "On est le 15 septembre 2026. J'ai reçu l'attestation officielle de ma scolarité le "
                              "2 juin 2026. Combien de jours il me reste pour demander une révision ?", hits)
    assert answer.text.startswith("**Au plus tard le vendredi 2 octobre 2026**")
    assert "il reste 17 jours de calendrier jusqu'à l'échéance incluse, dont 13 jours ouvrables" in answer.text


def test_a_request_made_lundi_passe_is_counted_from_that_monday():
    direct, hits = direct_answers({"4-2.07": MEETING})
    assert last_day(direct, "On est le vendredi 13 novembre 2026. Lundi passé, l'Association a demandé par écrit une "
                            "réunion du comité de relations du travail. La réunion doit se tenir au plus tard "
                            "quand ?", hits) == "lundi 23 novembre 2026"


# --- which delay: what it runs from, and a notice the question does not speak of ---------------------------------

PATERNITY = ("6-4.20 Le salarié éducateur a droit à un congé payé d'une durée maximale de cinq (5) jours ouvrables à "
             "l'occasion de la naissance de son enfant ou de l'adoption.\n\nCe congé est accordé à la suite d'une "
             "demande écrite présentée au moins trois (3) semaines à l'avance.")
ARRIVAL = ("6-4.22 Le salarié éducateur qui adopte légalement un enfant a droit à un congé d'une durée maximale de "
           "cinq (5) jours, et ne peut être pris après l'expiration des quinze (15) jours qui suivent l'arrivée de "
           "l'enfant à la résidence familiale.")
REPRESENTATIVES = ("3-5.14 L'Association fournit au Collège la liste de ses représentants dans les trois (3) jours "
                   "suivant leur nomination.")
WITNESS = ("3-5.07 B Tout salarié éducateur appelé comme requérant et un représentant syndical à une séance d'audition "
           "peut s'absenter de son travail, après avis au Collège dans un délai d'au moins quarante-huit (48) heures "
           "précédant l'audition.")
FORESEEN = ("7-8.01 Lors d'absences prévisibles, le salarié éducateur doit aviser la personne mandatée par la direction "
            "du Collège dès que possible, au plus tard vingt-quatre (24) heures à l'avance de son absence.")


def test_what_a_delay_runs_from_in_more_wordings():
    from assistant.deadlines import find_delays, starting_point
    assert starting_point(ARRIVAL, find_delays(ARRIVAL)[-1]) == ("qui suivent l'arrivée de l'enfant à la résidence "
                                                                  "familiale")
    assert starting_point(REPRESENTATIVES, find_delays(REPRESENTATIVES)[0]) == "suivant leur nomination"
    assert starting_point(FORESEEN, find_delays(FORESEEN)[0]) == "son absence"


def test_a_notice_due_before_answers_only_a_question_speaking_of_one():
    # 6-4.20's request « trois (3) semaines à l'avance » (second hit, more words shared) is no limit on taking the leave
    direct, hits = direct_answers({"6-4.22": ARRIVAL, "6-4.20": PATERNITY})
    assert last_day(direct, "Mon bébé est arrivé à la maison le 4 mai 2027 (adoption). Mon congé de 5 jours peut être "
                            "pris jusqu'à quand ?", hits) == "mercredi 19 mai 2027"
    # asked of a request: still its delay
    assert "6-4.20" in first_line(direct, "Mon congé de paternité commence le lundi 4 janvier 2027. Je dois faire ma "
                                          "demande écrite au plus tard quand ?", hits)


def test_the_party_named_and_its_nomination_meet_the_delay_that_runs_from_it():
    direct, hits = direct_answers({"3-5.07 B": WITNESS, "3-5.14": REPRESENTATIVES})
    assert last_day(direct, "J'ai été nommé représentant syndical le 1er septembre 2026. L'Association doit donner mon "
                            "nom au Collège au plus tard quand ?", hits) == "vendredi 4 septembre 2026"


def test_a_foreseen_absence_is_announced_before_it():
    # second and third hits, as in the real index: « son absence » (7-8.01) meets « je veux m'absenter le … », though
    # the witness's notice before « l'audition » shares more words
    direct, hits = direct_answers({"4-2.07": MEETING, "3-5.07 B": WITNESS, "7-8.01": FORESEEN})
    assert last_day(direct, "Je veux m'absenter le vendredi 16 avril 2027 pour un rendez-vous prévu. Je dois aviser au "
                            "plus tard quand ?", hits) == "jeudi 15 avril 2027"


SICK_RETURN = ("7-8.03 Au retour du salarié éducateur, ce dernier doit compléter dans les cinq (5) jours de son retour "
               "l'attestation d'absence apparaissant à titre indicatif à l'annexe G, selon les directives du Collège.")


def test_of_several_dates_the_event_the_delay_runs_from_is_counted():
    # 2026-11-09 is a Monday: five days end on Saturday 14, carried to Monday 16 November
    direct, hits = direct_answers({"7-8.03": SICK_RETURN})
    assert last_day(direct, "J'ai été malade du 2 au 6 novembre 2026 au Collège. Je reviens le lundi "
                            "9 novembre 2026. Je dois remplir l'attestation d'absence au plus tard "
                            "quand ?", hits) == "lundi 16 novembre 2026"
    assert last_day(direct, "Je reviens le lundi 9 novembre 2026 après avoir été malade depuis le "
                            "6 novembre 2026. Je dois remplir l'attestation d'absence au plus tard "
                            "quand ?", hits) == "lundi 16 novembre 2026"


REMOVAL = ("5-6.09 Toute mesure disciplinaire contre un salarié éducateur sera retirée après dix (10) mois de travail "
           "(douze (12) mois de travail dans le cas d'une suspension disciplinaire) de sa date d'exécution.")
WAIT = ("5-5.06 Lorsqu'un salarié éducateur accepte un poste au Collège alors qu'il en détient déjà un chez un autre "
        "employeur, il peut demander et obtenir un délai allant jusqu'à dix (10) jours ouvrables avant de prendre ses "
        "fonctions auprès du Collège.")


def test_a_delay_set_for_a_case_in_parentheses_answers_that_case():
    # 10 months from 10 January 2026: 10 November 2026 (Tuesday); 12 months: 10 January 2027, a Sunday, carried on
    direct, hits = direct_answers({"5-6.09": REMOVAL})
    assert last_day(direct, "Ma suspension disciplinaire a été exécutée le 10 janvier 2026. Elle sera retirée de mon "
                            "dossier au plus tard quand ?", hits) == "lundi 11 janvier 2027"
    assert last_day(direct, "Ma réprimande écrite a été exécutée le 10 janvier 2026. Elle sera retirée de mon dossier "
                            "au plus tard quand ?", hits) == "mardi 10 novembre 2026"
    # « disciplinaire », which every measure of the sentence is, names no case: « suspension » alone does
    direct, hits = direct_answers({"5-6.09": REMOVAL})
    assert last_day(direct, "Ma sanction disciplinaire a été exécutée le 10 janvier 2026. Elle sera retirée de mon "
                            "dossier au plus tard quand ?", hits) == "mardi 10 novembre 2026"


def test_the_words_of_a_delay_case_are_those_its_sentence_writes_nowhere_else():
    from assistant.deadline_answers import _case_words
    from assistant.deadlines import find_delays
    sentence = REMOVAL[len("5-6.09 "):]
    assert _case_words(sentence, find_delays(sentence)[1]) == {"suspens"}  # the twelve months' case


def test_a_wait_granted_before_taking_up_a_post_runs_from_the_acceptance():
    from assistant.deadlines import find_delays
    assert find_delays(WAIT)[0].direction == "after"
    assert find_delays("doit aviser au moins trente (30) jours avant de quitter")[0].direction == "before"
    direct, hits = direct_answers({"5-5.06": WAIT})
    assert last_day(direct, "J'ai accepté le lundi 1er février 2027 un poste au Collège mais j'en ai déjà un "
                            "chez un autre employeur. Je peux retarder mon entrée en fonction jusqu'à "
                            "quand ?", hits) == "lundi 15 février 2027"


EARLY_RETURN = ("6-5.12 Le salarié éducateur visé par la clause 6-5.11 peut mettre fin à son congé avant la date prévue, "
                "pour un motif raisonnable, sur avis écrit transmis au moins quarante-cinq (45) jours avant son retour.")


def test_the_date_the_words_of_the_event_lead_to():
    # 45 days before Monday 1 March 2027: Friday 15 January 2027 (not 45 days before 30 June, the planned end)
    direct, hits = direct_answers({"6-5.12": EARLY_RETURN})
    assert last_day(direct, "On est le 1er décembre 2026. Mon congé sans traitement se termine le 30 juin 2027 et je "
                            "veux revenir plus tôt pour un motif raisonnable, le 1er mars 2027. Je dois envoyer mon "
                            "avis au plus tard quand ?", hits) == "vendredi 15 janvier 2027"


FILING_BOURGET = ("10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief, "
                  "l'Association soumet le grief au Collège par écrit.")
TO_ARBITRATION = ("10-1.05 Si la décision mentionnée à la clause 10-1.04 est estimée inadéquate, l'Association peut déférer "
                  "le grief à l'arbitrage dans les deux (2) années suivant la date du dépôt du grief.")


def test_the_facts_giving_rise_to_a_grievance_are_whatever_event_the_question_dates():
    direct, hits = direct_answers({"10-1.05": TO_ARBITRATION, "10-1.02": FILING_BOURGET})
    assert "10-1.02" in first_line(direct, "J'ai reçu ma lettre de non-rengagement le 15 mai 2026. Jusqu'à quand je "
                                           "peux faire un grief ?", hits)


NAMES = ("4-3.03 Tout poste vacant au comité de la Commission peut être comblé durant le cours d'une année scolaire en "
         "suivant les dispositions du présent article.\n\nLa Commission est avisée par écrit, sous la signature de la "
         "présidente ou du président du Syndicat, des noms des représentantes ou représentants des enseignantes et "
         "enseignants au comité de la Commission, et ce, dans les 7 jours de leur désignation.")


def test_a_party_made_passive_does_not_act_and_within_a_year_is_no_delay():
    from assistant.deadline_answers import sentence_actor
    from assistant.deadlines import find_delays, is_duration
    assert sentence_actor(NAMES.split("\n\n")[1], "7 jours") is None  # « La Commission est avisée »
    first = NAMES.split("\n\n")[0]
    assert all(is_duration(first, d) for d in find_delays(first))  # « durant le cours d'une année scolaire »
    direct, hits = direct_answers({"4-3.03": NAMES}, doc="cris")
    assert last_day(direct, "On a désigné nos représentants au comité de la Commission le lundi 9 novembre 2026. Le "
                            "syndicat doit aviser la Commission au plus tard quand ?", hits) == "lundi 16 novembre 2026"


def test_how_many_days_are_left_to_a_party():
    assert _DEADLINE_CUE.search("Combien de jours il reste à l'Association pour déposer le grief ?")
    assert _DEADLINE_CUE.search("Combien de temps il leur reste pour répondre ?")


SCHEDULE = ("8-11.08 Le Collège ne peut modifier l'horaire de travail d'un animateur sans un préavis de sept (7) jours de "
            "calendrier, à moins du consentement de l'animateur concerné ou en raison de mesures exceptionnelles.")


def test_a_notice_of_so_many_days_ends_before_its_date():
    # 7 days before Monday 12 April 2027: Monday 5 April 2027 (Easter Monday was 29 March)
    direct, hits = direct_answers({"8-11.08": SCHEDULE})
    assert last_day(direct, "Je suis animateur et on veut changer mon horaire à partir du lundi 12 avril 2027. On doit "
                            "m'aviser au plus tard quand ?", hits) == "lundi 5 avril 2027"


def test_days_held_are_no_delay():
    from assistant.deadline_answers import _asked_delay
    from assistant.deadlines import find_delays, is_duration
    assert _asked_delay("Le bébé est né le 20 mai 2026. Jusqu'à quand je peux prendre mes 5 jours ?") is None
    assert _asked_delay("On m'a donné 10 jours ouvrables à partir du 18 décembre 2026.") is not None
    for text in ("La banque annuelle de congés de maladie de dix (10) jours ouvrables d'absences est monnayable.",
                 "Un (1) des cinq (5) jours peut être utilisé pour le baptême ou l'enregistrement.",
                 "Un de ces cinq (5) jours peut être utilisé pour le baptême ou l'enregistrement."):
        assert all(is_duration(text, d) for d in find_delays(text)), text
    assert not is_duration(SICK_RETURN, find_delays(SICK_RETURN)[0])


def test_a_notice_the_question_does_not_speak_of_is_not_its_deadline():
    # Q009's wording: 3-5.07's notice « précédant l'audition » is no answer to « jusqu'à quand pour l'amener en
    # arbitrage ? » when it is dated (here), whatever its rank
    direct, hits = direct_answers({"3-5.07 B": WITNESS, "10-1.05": TO_ARBITRATION})
    assert "10-1.05" in first_line(direct, "Notre grief a été déposé le 18 mars 2026 et la décision est inadéquate. Le "
                                           "syndicat a jusqu'à quand pour l'amener en arbitrage ?", hits)
