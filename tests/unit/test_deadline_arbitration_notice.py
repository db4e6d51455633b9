"""The delay chosen for a notice given after a date the question tells as done, on tiny inline Bourget clauses
(assistant/deadlines.py ``is_duration``, assistant/deadline_answers.py ``_dated_done``): 10-2.02's notice of
arbitration « à l'intérieur d'un délai maximum de deux (2) années suivant la date de dépôt du grief » is a time limit
(« maximum » bounds the delay, it is no length of something), and a grievance filed on a date (« l'Association a déposé
mon grief le mardi 12 mai 2026 ») is no event ahead that a notice is counted back from (3-5.07 A's 48 hours
« précédant l'audition », retrieved before it). Dates checked by hand: 2028-05-12 is a Friday."""

from __future__ import annotations

from assistant.deadlines import find_delays, is_duration

from .inline_answers import direct_answers, first_line

ARBITRATION = ("10-2.02 Aux fins d'application du présent article, l'avis de grief prévu à la clause 10-1.02 constitue "
               "l'avis d'arbitrage. Toutefois, lorsque l'Association désire informer le Collège de son intention de "
               "déférer un grief à l'arbitrage, il doit donner un avis écrit à cet effet au Collège à l'intérieur d'un "
               "délai maximum de deux (2) années suivant la date de dépôt du grief.")
HEARING = ("3-5.07 A Tout salarié éducateur requérant d'un grief (et un représentant syndical) lors d'un arbitrage peut "
           "s'absenter de son travail, après avis au Collège dans un délai d'au moins quarante-huit (48) heures "
           "précédant l'audition, sans perte de traitement et avec remboursement par l'Association, pour la durée de "
           "temps jugée nécessaire par le tribunal.")
FILED = ("Au Collège, l'Association a déposé mon grief le mardi 12 mai 2026. Si elle veut informer le Collège qu'elle "
         "l'envoie en arbitrage, elle a jusqu'à quand au maximum ?")


def test_a_delay_at_most_so_long_is_a_time_limit():
    sentence = ARBITRATION.split(". ", 1)[1]
    [delay] = find_delays(sentence)
    assert not is_duration(sentence, delay)
    # a length stays one: « pour une durée maximum de … », « un maximum de quinze (15) jours d'absence »
    assert is_duration("un congé d'une durée maximum de deux (2) années", find_delays("d'une durée maximum de deux (2) années")[0])


def test_a_notice_after_a_filing_told_done_runs_from_the_filing():
    direct, hits = direct_answers({"10-2.02": ARBITRATION, "3-5.07 A": HEARING})
    assert first_line(direct, FILED, hits).startswith("**Au plus tard le vendredi 12 mai 2028** [Convention de test, 10-2.02]")
    # retrieved first, the hearing's 48 hours are still not counted back from the filing's day
    direct, hits = direct_answers({"3-5.07 A": HEARING, "10-2.02": ARBITRATION})
    assert first_line(direct, FILED, hits).startswith("**Au plus tard le vendredi 12 mai 2028** [Convention de test, 10-2.02]")


def test_a_hearing_set_for_a_date_keeps_its_notice_before_it():
    direct, hits = direct_answers({"10-2.02": ARBITRATION, "3-5.07 A": HEARING})
    question = ("Au Collège, j'ai déposé un grief et l'audition d'arbitrage est fixée au mercredi 10 mars 2027. Pour "
                "m'absenter et y assister, je dois aviser le Collège au plus tard quand ?")
    assert "3-5.07 A" in first_line(direct, question, hits)
    assert "lundi 8 mars 2027" in first_line(direct, question, hits)


REFERRAL = ("10-1.05 Si la rencontre mentionnée à la clause 10-1.03 n'a pas eu lieu dans les délais prévus ou si la "
            "décision mentionnée à la clause 10-1.04 est estimée inadéquate ou ne lui est pas parvenue dans les délais "
            "prévus, l'Association peut déférer le grief à l'arbitrage dans les deux (2) années suivant la date du dépôt "
            "du grief.")
ARBITRATOR = ("10-2.03 Dans les trente (30) jours ouvrables suivant la réception de l'avis écrit prévu à la clause 10-2.02, "
              "les parties tentent de s'entendre sur le choix d'un arbitre.")


def test_a_question_asking_no_notice_takes_the_act_not_its_notice():
    """10-2.02's two years are the notice of 10-1.05's referral, from the same filing: « l'amener en arbitrage » asks
    the referral (10-1.05), « informer le Collège » the notice (10-2.02). 2029-02-03 is a Saturday: Monday 5 February."""
    direct, hits = direct_answers({"10-2.02": ARBITRATION, "10-1.05": REFERRAL})
    question = "Au Collège, mon grief a été déposé le 3 février 2027. L'Association a jusqu'à quand pour le déférer à l'arbitrage ?"
    assert first_line(direct, question, hits).startswith("**Au plus tard le lundi 5 février 2029** [Convention de test, 10-1.05]")
    assert "10-2.02" in first_line(direct, FILED, hits)


def test_the_delay_words_are_no_act_met():
    """« Les deux parties » meets no « deux (2) années »: 10-2.03's choice of an arbitrator, from the notice received
    (2027-02-08 a Monday; 30 working days: Monday 22 March 2027)."""
    direct, hits = direct_answers({"10-2.02": ARBITRATION, "10-2.03": ARBITRATOR})
    question = ("Le Collège a reçu le lundi 8 février 2027 l'avis écrit de l'Association qui veut amener notre grief en "
                "arbitrage. Les deux parties ont jusqu'à quand pour s'entendre sur l'arbitre ?")
    assert "10-2.03" in first_line(direct, question, hits)
