"""A table cell and a clause's rule, the clause the question's case names (assistant/pay_arithmetic.py ``_hours_off``
with assistant/stated_rules.py ``hours_said``, ``hour_for_hour``, ``topic_rule``; assistant/amount_answers.py
``_added_component``), on tiny inline clauses in the corpus's format, their numbers changed from the corpus's: hours
absent taken off at an hourly staff's own rate (« 2 h 30 »); a day's pay or deduction cited to the clause of the
question's case (journées pédagogiques, a maternity absence) in place of the general rule; a pay added « en plus de son
salaire » (another table's rate for the hours, one more night), and nothing added for a case the question does not
tell or counts outside the clause's range."""

from __future__ import annotations

import pytest

from assistant.stated_rules import hours_said
from assistant.types import Hit

from .inline_answers import table_answers
from .table_texts import ANNEXE_P

DOCUMENTS = {"bourget": {"title": "Convention Collège", "aliases": ["Collège"], "kind": "convention"}}

DEDUCTION = """7-8.04 Le Collège déduit 1/200e (enseignant et animateur) ou, selon le cas, 1/260e (salarié éducateur non-enseignant) par jour de travail (lire 1/400e ou 1/520e par demi-journée de travail et lire 1/1000e (enseignant et animateur) 1/1950e (salarié éducateur professionnel) une (1) heure (salarié éducateur de soutien technique) pour chaque heure de travail) du traitement annuel applicable du salarié éducateur dans les cas suivants :

- b) absences non autorisées ou utilisées à des fins autres que celles autorisées ;
"""
HOURLY = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

A) Taux horaire, salarié éducateur de soutien technique

Technicien de travaux pratiques (37,5 heures/semaine)

Échelons\t01-04-2013\t01-04-2014
1\t18,82\t20,00
2\t19,37\t21,00
"""
TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet

Échelons\t1er avril 2013\t1er avril 2014
6\t46 965\t50 000
"""
PRORATA = """7-7.06 Le salarié éducateur rémunéré selon les échelles annuelles de traitement qui entre au service du Collège après le début de l'année de travail voit son traitement applicable calculé au prorata à raison d'un deux-centième (1/200e) ou un deux-cent-soixantième (1/260e) du traitement pour chaque jour de travail effectué.
"""
DAY = """1-2.74 Traitement d'un jour ouvrable

Dans le cas d'un salarié éducateur (enseignant et animateur) à temps complet ou à temps partiel, c'est le un deux-centième (1/200e) du traitement annuel.

Pour le personnel non-enseignant (PNE) et le personnel de soutien technique, c'est le un deux cent soixantième (1/260e) du traitement annuel.
"""
PEDAGOGICAL = """8-8.01 Aux fins d'application des dispositions du paragraphe b) de la clause 8-4.06, l'enseignant dont la charge éducative est moindre qu'une charge professionnelle à temps complet est tenu de participer à un nombre de journées pédagogiques établi au prorata de sa tâche. Ces journées sont rémunérées au taux d'un deux-centième (1/200e) de l'échelle annuelle de traitement de base de l'enseignant visé.
"""
ADDED_RATE = """D) Animation sportive, culturelle et autres

Durée de remplacement dans une journée Périodes concernées\t60 minutes
À compter du 1er avril 2013\t20,00 $
À compter du 1er avril 2014\t21,00 $
"""
SUPERVISION = """8-13.08 Le salarié éducateur suppléant qui effectue de la surveillance de classe n'est pas tenu de surveiller plus d'une classe à la fois. L'addition de vingt (20) à trente-cinq (35) élèves est rémunérée, en plus de son salaire habituel, selon le taux horaire prévu au tableau D) de l'annexe P.
"""
NIGHT = """8-13.13 Conditions particulières de travail régissant la surveillance de nuit

En cas d'absence d'un surveillant de nuit qui n'est pas remplacé, le surveillant qui accepte d'ajouter à sa surveillance celle du surveillant absent reçoit, en plus de son salaire régulier, un montant d'argent équivalent à une nuit complète.
"""


@pytest.fixture(scope="module")
def direct():
    return table_answers([("bourget", "7-8.04", DEDUCTION), ("bourget", "Annexe N", HOURLY),
                          ("bourget", "Annexe M", TEACHERS), ("bourget", "7-7.06", PRORATA), ("bourget", "1-2.74", DAY),
                          ("bourget", "8-8.01", PEDAGOGICAL), ("bourget", "Annexe P", ANNEXE_P + "\n" + ADDED_RATE),
                          ("bourget", "8-13.08", SUPERVISION), ("bourget", "8-13.13", NIGHT)], DOCUMENTS)


def _first(direct, clause: str) -> list[Hit]:
    return [Hit(next(c for c in direct.chunks if c.clause_id == clause), 1.0)]


@pytest.mark.parametrize("said, hours", [("j'ai manqué 2 h 30 un après-midi", "2.5"), ("absent 3 heures", "3"),
                                         ("2 heures et demie", "2.5"), ("37,5 heures par semaine", None)])
def test_hours_said(said, hours):
    found = hours_said(said)
    assert (str(found.normalize()) if found is not None else None) == hours


def test_hours_absent_are_taken_off_at_the_hourly_rate_itself(direct):
    answer = direct.answer("Je suis technicien de travaux pratiques au Collège, échelon 2 (taux du 01-04-2014). J'ai "
                           "manqué 2 h 30 un après-midi sans autorisation. Le Collège va me couper combien ?", [])
    assert answer is not None and "**52,50 $** déduits pour 2,5 heures d'absence : 21,00 $ × 2,5" in answer.text, \
        answer and answer.text
    assert {c.clause for c in answer.citations} >= {"7-8.04", "Annexe N"}


def test_pedagogical_days_are_paid_by_their_own_clause(direct):
    answer = direct.answer("Je suis enseignante à temps partiel au Collège, échelon 6 (colonne du 1er avril 2014). Au "
                           "prorata de ma tâche, je dois faire 4 journées pédagogiques cette année. Ces 4 journées-là me "
                           "sont payées combien ?", [])
    assert answer is not None and "**1 000 $** pour 4 jours de travail : 50 000 $ × 4 ÷ 200" in answer.text, \
        answer and answer.text
    assert "8-8.01" in {c.clause for c in answer.citations} and "7-7.06" not in {c.clause for c in answer.citations}


def test_days_worked_without_a_case_of_their_own_keep_the_general_rule(direct):
    answer = direct.answer("Enseignante au Collège, échelon 6 (colonne du 1er avril 2014), engagée après le début de "
                           "l'année, j'aurai fait 100 jours de travail. Mon traitement sera de combien ?", [])
    assert answer is not None and "7-7.06" in {c.clause for c in answer.citations}, answer and answer.text
    assert "8-8.01" not in {c.clause for c in answer.citations}


def test_an_added_class_is_paid_at_the_other_tables_rate_for_the_hours(direct):
    answer = direct.answer("Au Collège, en octobre 2013, j'ai fait 3 heures de surveillance de classe comme suppléante, "
                           "pis on m'a ajouté une deuxième classe de 28 élèves. Je devrais recevoir combien en tout ?", [])
    assert answer is not None and answer.text.startswith(
        "**136,98 $** en tout — 3 h × 25,66 $ = 76,98 $ (Annexe P, ligne « À compter du 1er avril 2013 ») + 3 h × "
        "20,00 $ = 60 $ (tableau D) de l'annexe P"), answer and answer.text
    assert "8-13.08" in {c.clause for c in answer.citations}


def test_a_count_outside_the_clauses_range_adds_nothing(direct):
    answer = direct.answer("Au Collège, en octobre 2013, j'ai fait 3 heures de surveillance de classe comme suppléante, "
                           "pis on m'a ajouté 40 élèves. Je devrais recevoir combien en tout ?", [])
    assert answer is not None and "en plus, selon la clause" not in answer.text, answer.text


def test_class_supervision_alone_adds_nothing(direct):
    answer = direct.answer("Au Collège, en octobre 2013, j'ai fait 3 heures de surveillance de classe comme suppléante. "
                           "Je devrais recevoir combien ?", [])
    assert answer is not None and "en plus, selon la clause" not in answer.text, answer.text


def test_a_night_covering_an_absent_colleague_adds_a_whole_night(direct):
    answer = direct.answer("Au Collège, je suis surveillant de nuit au dortoir. Une nuit de mai 2014, le surveillant de "
                           "l'autre étage était absent pis pas remplacé, pis j'ai accepté de surveiller son étage en plus "
                           "du mien. Cette nuit-là me rapporte combien en tout ?", [])
    assert answer is not None and answer.text.startswith("**126,22 $** en tout — 63,11 $"), answer and answer.text
    assert "8-13.13" in {c.clause for c in answer.citations}


def test_a_plain_night_adds_nothing(direct):
    answer = direct.answer("Au Collège, je suis surveillant de nuit. Une nuit de mai 2014, ça me rapporte combien ?", [])
    assert answer is not None and "en plus, selon la clause" not in answer.text, answer.text
