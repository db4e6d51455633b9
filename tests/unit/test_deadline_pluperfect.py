"""A case told in the pluperfect (« j'avais déjà pris le congé de candidate », « il m'avait remis ») is told as done
(assistant/deadlines.py ``told_in_past``), so a delay restated for those who had a leave (Bourget 6-5.14 « Le délai est
de sept (7) jours pour celui qui s'est prévalu du congé prévu à la clause précédente ») answers it
(assistant/deadline_answers.py). Weekdays checked by hand: 2029-12-10 Monday, 2029-12-03 Monday, 2027-03-15 Monday,
2027-03-08 Monday, 2026-11-16 Monday, 2026-11-09 Monday."""

from __future__ import annotations

from assistant.deadlines import told_in_past

from .inline_answers import direct_answers, last_day
from .test_deadline_restated import CANDIDATE, ELECTED


def test_the_pluperfect_tells_what_was_done():
    assert told_in_past("j'avais déjà pris le congé sans traitement de candidate au Collège")
    assert told_in_past("la direction m'avait remis la lettre")
    assert told_in_past("nous avions bénéficié du congé de candidature")
    assert told_in_past("ils avaient reçu l'avis")


def test_the_pluperfect_of_having_or_a_plan_tells_nothing_done():
    assert not told_in_past("j'avais droit à trois jours")
    assert not told_in_past("j'avais une question sur mon congé")
    assert not told_in_past("je vais prendre le congé de candidat")
    assert not told_in_past("il avait prévu qu'il sera élu")  # a future told beside it


def test_a_leave_told_as_had_in_the_pluperfect_takes_the_restated_delay():
    direct, hits = direct_answers({"6-5.13": CANDIDATE, "6-5.14": ELECTED})  # in the agreement's order
    hits = hits[::-1]  # 6-5.14 ranked first
    assert last_day(direct, "On m'a élue mairesse ; j'avais déjà pris le congé sans traitement de candidate au "
                            "Collège. Je veux partir occuper ma charge à partir du lundi 10 décembre 2029. Ma demande "
                            "de congé doit être soumise au plus tard quand ?", hits) == "lundi 3 décembre 2029"
    assert last_day(direct, "Au Collège, je suis devenu conseiller municipal. Avant le scrutin, j'avais obtenu le "
                            "congé de candidat pour faire campagne. Pour occuper la charge dès le lundi 15 mars 2027, "
                            "c'est quoi la date limite pour ma demande ?", hits) == "lundi 8 mars 2027"


def test_without_the_candidacy_leave_the_fifteen_days_stay():
    direct, hits = direct_answers({"6-5.13": CANDIDATE, "6-5.14": ELECTED})
    hits = hits[::-1]
    assert last_day(direct, "Au Collège, j'avais jamais demandé de congé avant ; là je suis élue commissaire. Je veux "
                            "occuper ma charge à partir du lundi 16 novembre 2026 : je dois faire ma demande au plus "
                            "tard quand ?", hits) == "dimanche 1er novembre 2026"
