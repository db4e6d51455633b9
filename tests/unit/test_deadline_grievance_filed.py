"""A grievance asked to be filed (« le syndicat doit poster son avis de grief au plus tard quand ? ») runs on the
agreement's grievance delay (Cris 9-1.03's 120 days) even when the matter it is about has clauses setting other delays
(Cris 5-3.13's « avant le 1er juin » for a grievance on article 5-3.00, DEV Q1850); a step the question says was not
taken (« pas de procédure locale préalable ») or a matter the step excludes (9-1.01 « sont exclues les mésententes liées
aux dispositions des articles suivants : 5-3.00, … ») prolongs nothing. Weekdays checked by hand: 2027-01-15 Friday,
2027-05-15 Saturday (so 120 days end on Monday 17 May 2027 by the carry-over rule), 2027-02-01 Monday, 2027-06-01
Tuesday, 2027-09-15 Wednesday, 2028-03-13 Monday, 2028-07-11 Tuesday, 2027-07-14 Wednesday."""

from __future__ import annotations

from .inline_answers import answered, direct_answers, last_day
from .test_deadline_stated_prolongation import LOCAL, NOTICE

VACANCIES = ("5-3.13 À moins d'entente entre le Syndicat et la Commission, cette dernière procède, avant le 1^{er} juin, "
             "dans l'ordre suivant pour combler un poste vacant d'enseignante ou d'enseignant régulier pour l'année "
             "scolaire suivante :")
EXCLUDED = (LOCAL + "\n\nPour le chapitre 5-0.00, sont exclues les mésententes liées aux dispositions des articles "
            "suivants : 5-3.00, 5-4.00, 5-5.00, 5-7.00.")


def test_a_grievance_filed_runs_on_the_grievance_delay_not_the_matters_yearly_date():
    direct, hits = direct_answers({"5-3.13": VACANCIES, "9-1.03": NOTICE}, doc="cris")
    for question, day in (
            ("Chez les cris, on m'a refusé un poste vacant le lundi 1er février 2027. Le syndicat a jusqu'à quand pour "
             "déposer un grief ?", "mardi 1er juin 2027"),
            ("Cris : l'événement (l'affectation d'un poste vacant) est arrivé le vendredi 15 janvier 2027. Le syndicat "
             "doit poster son avis de grief au plus tard quand ?", "lundi 17 mai 2027")):
        answer = answered(direct, question, hits)
        assert answer.text.startswith(f"**Au plus tard le {day}**"), answer.text[:200]
        assert {c.clause for c in answer.citations} == {"9-1.03"}


def test_a_step_said_not_taken_prolongs_nothing():
    direct, hits = direct_answers({"9-1.01": LOCAL, "9-1.03": NOTICE}, doc="cris")
    question = ("Chez les cris, ma mésentente est arrivée le vendredi 15 janvier 2027, donc pas de procédure locale "
                "préalable de règlement. Le syndicat doit remettre l'avis de grief au plus tard quand ?")
    assert last_day(direct, question, hits[::-1]) == "lundi 17 mai 2027"
    # said taken, the step prolongs the delay by 60 days (180 days: Thursday 14 July 2027)
    taken = ("Chez les cris, ma mésentente est arrivée le vendredi 15 janvier 2027 et elle passe par la procédure locale "
             "préalable de règlement. Le syndicat doit remettre l'avis de grief au plus tard quand ?")
    assert last_day(direct, taken, hits[::-1]) == "mercredi 14 juillet 2027"


def test_an_article_the_step_excludes_is_not_prolonged():
    direct, hits = direct_answers({"9-1.01": EXCLUDED, "9-1.03": NOTICE}, doc="cris")
    question = ("Cris : mon grief porte sur l'article 5-3.00 ; la mésentente passe par la procédure locale de règlement. "
                "L'événement date du lundi 13 mars 2028. L'avis de grief doit être remis au plus tard quand ?")
    # 120 days from Monday 13 March 2028: Tuesday 11 July 2028, no 60 days more
    assert last_day(direct, question, hits[::-1]) == "mardi 11 juillet 2028"


def test_meetings_about_grievances_keep_their_own_yearly_date():
    meetings = ("9-1.04 Le Syndicat et la Commission s'entendent, avant le 30 septembre de chaque année, par écrit, sur "
                "la ou les dates, l'heure et le lieu de chacune des 3 rencontres annuelles.")
    direct, hits = direct_answers({"9-1.04": meetings, "9-1.03": NOTICE}, doc="cris")
    assert last_day(direct, "À la cris, on est le 1er septembre 2026. Le syndicat pis la Commission ont jusqu'à quand "
                            "pour fixer par écrit les dates des 3 rencontres de griefs de l'année ?",
                    hits) == "mardi 29 septembre 2026"
