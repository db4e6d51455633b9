"""A number of days counted « par cycle de » is no delay, and a rule for an officer of the union is for the questions
naming that office, on tiny inline Bourget clauses (assistant/deadlines.py ``_FREQUENCY``; assistant/deadline_answers.py
``_OFFICE``): 3-5.06's « deux (2) périodes par cycle de neuf (9) jours » for the president of the Association is
neither 9 days counted after the date nor, with its « avant le 15 mai », the answer for a teacher freed for a mission
syndicale, which takes 3-5.07's « au moins trois (3) jours à l'avance ». Dates checked by hand: 2027-10-21 is a
Thursday (3 days before: Monday 2027-10-18)."""

from __future__ import annotations

from assistant.deadlines import find_delays

from .inline_answers import direct_answers, first_line

PRESIDENT = ("3-5.06\n\nLibérations syndicales sans perte de traitement avec remboursement partiel par l'Association au "
             "Collège visant le président de l'Association\n\nLe président du comité exécutif de l'Association doit, à "
             "sa demande, dans le cas d'un enseignant, être libéré pour un maximum de deux (2) périodes par cycle de "
             "neuf (9) jours prévues à sa charge professionnelle, autres qu'une période, d'enseignement pour accomplir "
             "toute mission d'ordre syndical. Cette demande écrite doit être déposée au bureau du directeur général "
             "avant le 15 mai de l'année de travail précédente.")
MISSION = ("3-5.07\n\nL'ensemble des salariés éducateurs dispose d'un maximum de quinze (15) jours d'absence par année "
           "de travail pour remplir toute mission d'ordre syndical, sans perte de traitement, mais avec remboursement par "
           "l'Association. Le Collège doit être avisé d'une telle absence au moins trois (3) jours à l'avance. Un maximum "
           "de trois (3) salariés éducateurs à la fois peut être libéré en vertu de la présente clause.")


def test_days_counted_per_cycle_are_no_delay():
    for text in ("être libéré pour un maximum de deux (2) périodes par cycle de neuf (9) jours prévues à sa charge",
                 "par tranche de trente (30) jours", "une fois par période de 12 mois"):
        assert find_delays(text) == [], text


def test_real_delays_stay():
    for text, phrase in (("Il répond dans les dix (10) jours par écrit.", "dix (10) jours"),
                         ("dans les dix (10) jours ouvrables par courrier recommandé", "dix (10) jours ouvrables"),
                         ("Le Collège doit être avisé au moins trois (3) jours à l'avance.", "trois (3) jours"),
                         ("dans les 30 jours de la demande", "30 jours")):
        assert [d.phrase for d in find_delays(text)] == [phrase], text


def test_a_mission_takes_the_notice_before_it():
    direct, hits = direct_answers({"3-5.06": PRESIDENT, "3-5.07": MISSION})
    question = ("L'Association me libère pour une mission syndicale le jeudi 21 octobre 2027. Le Collège doit être "
                "prévenu au plus tard quand ?")
    assert first_line(direct, question, hits).startswith("**Au plus tard le lundi 18 octobre 2027** [Convention de test, 3-5.07]")


def test_the_president_keeps_his_request_date():
    direct, hits = direct_answers({"3-5.06": PRESIDENT, "3-5.07": MISSION})
    question = ("Je suis président du comité exécutif de l'Association ; je veux être libéré à partir du 21 octobre "
                "2027. Je dois faire ma demande au plus tard quand ?")
    assert "3-5.06" in first_line(direct, question, hits)


def test_a_request_date_for_the_president_is_not_a_teachers():
    """A teacher's request (« je veux m'absenter … je dois faire ma demande ») prefers a yearly date as much as a notice
    counted back; 3-5.06's « Cette demande écrite … avant le 15 mai », read with its president, is not his."""
    direct, hits = direct_answers({"3-5.06": PRESIDENT, "3-5.07": MISSION})
    question = ("Au Collège, je veux m'absenter pour une mission syndicale le jeudi 21 octobre 2027. Je dois faire ma "
                "demande au plus tard quand ?")
    assert first_line(direct, question, hits).startswith("**Au plus tard le lundi 18 octobre 2027** [Convention de test, 3-5.07]")
