"""Which delay answers a deadline question (assistant/deadline_answers.py), on tiny inline clauses: a notice the
question says must have been given (« il doit l'avoir avisé au plus tard quand ? ») is a delay counted back from the
event it dates; a delay restated for some teachers (Bourget 6-5.14 « Le délai est de sept (7) jours pour celui qui
s'est prévalu du congé prévu à la clause précédente ») runs as the delay it restates and answers only a question in
its case; the same sentence written in two clauses is taken from the clause the question's words name. Weekdays and
dates checked by hand and with the ``holidays`` library (none of them a Quebec holiday): 2028-01-12 Wednesday,
2028-01-05 Wednesday, 2028-01-27 Thursday, 2026-11-16 Monday, 2026-11-09 Monday, 2026-11-01 Sunday, 2027-09-08
Wednesday, 2027-09-28 Tuesday."""

from __future__ import annotations

from assistant.deadline_answers import _notice_asked, _restated, _rule_origin
from assistant.deadlines import find_delays

from .inline_answers import answered, direct_answers, last_day

ASSESSORS = ("9-2.03 3) L'arbitre procède à l'arbitrage assisté de 2 assesseures ou assesseurs si, lors de la fixation "
             "du grief au rôle mensuel d'arbitrage, ou dans les 15 jours qui suivent, la représentante ou le "
             "représentant de la Centrale le demande.")
DELIBERATION = ("9-2.16 L'arbitre peut délibérer en l'absence d'une assesseure ou d'un assesseur à condition de l'avoir "
                "avisé conformément à la clause 9-2.10 au moins 7 jours à l'avance.")
CANDIDATE = ("6-5.13 Le salarié éducateur qui se porte candidat à une charge publique (député, maire, conseiller, "
             "échevin, commissaire) obtient, sur demande soumise quinze (15) jours avant son départ, un congé sans "
             "traitement.")
ELECTED = ("6-5.14 Le salarié éducateur élu ou nommé pour occuper une charge publique (ministre, député, maire, "
           "conseiller, échevin, commissaire) peut obtenir, sur demande soumise quinze (15) jours avant son départ, un "
           "congé sans traitement à temps plein pour le temps où il occupe cette charge. Le délai est de sept (7) jours "
           "pour celui qui s'est prévalu du congé prévu à la clause précédente.")
RESTATED = "Le délai est de sept (7) jours pour celui qui s'est prévalu du congé prévu à la clause précédente."
PLAN = ("Si l'enseignante ou l'enseignant ne dispense pas la partie dominante de son enseignement à un champ ou "
        "section, la Commission doit lui demander le champ auquel elle ou il désire être classé. L'enseignante ou "
        "l'enseignant doit indiquer son choix dans les 20 jours de la demande de la Commission.")
ADULTS = ("11-14.03 L'enseignante ou l'enseignant régulier à l'éducation des adultes qui dispense son enseignement dans "
          "plus d'un champ appartient au champ de la majeure partie de son enseignement. S'il y a égalité, la "
          "Commission doit lui demander à quel champ elle ou il désire appartenir. L'enseignante ou l'enseignant doit "
          "indiquer son choix dans les 20 jours de la demande par la Commission.")


def test_a_notice_that_must_have_been_given_is_counted_back_from_the_event_dated():
    # 9-2.03 (15 days counted forward, the same people named) ranked first
    direct, hits = direct_answers({"9-2.03": ASSESSORS, "9-2.16": DELIBERATION}, doc="cris")
    answer = answered(direct, "Chez les Cris, l'arbitre de notre grief veut délibérer le mercredi 12 janvier 2028 même "
                              "si un des assesseurs pourra pas être là. Il doit l'avoir avisé au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le mercredi 5 janvier 2028**")
    assert [c.clause for c in answer.citations][:1] == ["9-2.16"]


def test_informing_ahead_is_a_notice_too_being_informed_is_not():
    direct, hits = direct_answers({"9-2.03": ASSESSORS, "9-2.16": DELIBERATION}, doc="cris")
    assert last_day(direct, "Chez les Cris, l'arbitre veut délibérer le mercredi 12 janvier 2028 sans un des assesseurs ; "
                            "il doit l'en informer au plus tard quand ?", hits) == "mercredi 5 janvier 2028"
    assert not _notice_asked("J'ai été informée le mercredi 3 mars 2027 de ma mise en disponibilité ; je veux la "
                             "contester le lundi 8 mars, j'ai jusqu'à quand ?")


def test_a_restated_delay_runs_as_the_delay_it_restates():
    delay = find_delays(RESTATED)[0]
    assert delay.direction == "after"  # alone, nothing says which way it runs
    assert _restated(ELECTED, RESTATED, delay).direction == "before"
    assert _rule_origin(ELECTED, RESTATED, delay) == "son départ"


def test_a_restated_delay_answers_a_question_in_its_case():
    direct, hits = direct_answers({"6-5.13": CANDIDATE, "6-5.14": ELECTED})  # in the agreement's order
    hits = hits[::-1]  # 6-5.14 ranked first
    answer = answered(direct, "Au Collège, j'ai eu un congé sans traitement pour faire campagne aux élections "
                              "municipales pis j'ai été élue conseillère. Je veux le congé pour occuper ma charge à partir "
                              "du lundi 16 novembre 2026 : je dois faire ma demande au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le lundi 9 novembre 2026**")
    # the case it is for said as an assumption, the delay it restates, for the others, beside it from the same clause
    assert ("Hypothèse : ce délai (7 jours (de calendrier)) vaut « pour celui qui s'est prévalu du congé prévu à la "
            "clause précédente » (6-5.13)") in answer.text
    assert "au plus tard le dimanche 1er novembre 2026" in answer.text
    assert {c.clause for c in answer.citations} == {"6-5.14"}


def test_a_restated_delay_leaves_other_cases_to_the_delay_it_restates():
    direct, hits = direct_answers({"6-5.13": CANDIDATE, "6-5.14": ELECTED})  # in the agreement's order
    hits = hits[::-1]  # 6-5.14 ranked first
    # elected, no candidacy leave told
    assert last_day(direct, "Au Collège, j'ai été élu maire. Je veux le congé sans traitement pour occuper ma charge à "
                            "partir du lundi 16 novembre 2026, je dois faire ma demande au plus tard quand ?",
                    hits) == "dimanche 1er novembre 2026"
    # running for office (a candidacy ahead, not a leave already had): fifteen days, not the seven
    assert last_day(direct, "Au Collège, je veux me présenter aux élections municipales ; mon congé commencerait le "
                            "lundi 16 novembre 2026. Je dois faire ma demande au plus tard quand ?",
                    hits) == "dimanche 1er novembre 2026"


def test_the_same_sentence_in_two_clauses_is_taken_from_the_clause_the_question_names():
    direct, hits = direct_answers({"Annexe VI": PLAN, "11-14.03": ADULTS}, doc="cris")  # the annex ranked first
    answer = answered(direct, "Je suis prof régulier à l'éducation des adultes chez les Cris pis j'enseigne "
                              "moitié-moitié dans deux champs. La Commission m'a demandé le mercredi 8 septembre 2027 "
                              "de choisir mon champ : j'ai jusqu'à quand pour répondre ?", hits)
    assert answer.text.startswith("**Au plus tard le mardi 28 septembre 2027**")
    assert [c.clause for c in answer.citations][:1] == ["11-14.03"]
    # a question naming nothing of the adults' clause keeps the first
    answer = answered(direct, "Chez les Cris, j'enseigne dans deux champs sans partie dominante. La Commission m'a "
                              "demandé le mercredi 8 septembre 2027 de choisir mon champ : j'ai jusqu'à quand ?", hits)
    assert [c.clause for c in answer.citations][:1] == ["Annexe VI"]
