"""A salary or an hourly rate the question states, put through the agreement's own rule for days, hours or minutes
(assistant/stated_pay.py, tried before the scales' cells by ``DirectAnswers.answer``), on tiny inline clauses in the
corpus's format, their numbers changed from the corpus's: a teacher's deduction by the hour, days valued at a fraction
(a half day too), a salary pro rata of days worked or at leaving (the teacher's of two fractions), a longer period at a
stated hourly rate; nothing computed for staff the question leaves unsaid, a count asked, or no rule. Also « quelle
compensation » read as an amount asked (pay_arithmetic ``_HOW_MUCH_PAY``), classes given counted and of one length paid
together by the minutes (amount_answers ``_CLASSES_GIVEN``), and a child named colloquially (« mon gars ») counted by a
clause's « pour chaque enfant » with the workload's prorata (amount_answers ``_counted_amount``)."""

from __future__ import annotations

import pytest

from assistant.types import Hit

from .inline_answers import table_answers
from .table_texts import CRIS_13_2_03
from .test_amount_placement import TEACHERS

DOCUMENTS = {"bourget": {"title": "Convention Collège", "aliases": ["Collège"], "kind": "convention"},
             "cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}}

DAY = """1-2.74 Traitement d'un jour ouvrable

Dans le cas d'un salarié éducateur (enseignant et animateur) à temps complet ou à temps partiel, c'est le un deux-centième (1/200e) du traitement annuel.

Pour le personnel non-enseignant (PNE) et le personnel de soutien technique, c'est le un deux cent soixantième (1/260e) du traitement annuel.
"""
DEDUCTION = """7-8.04 Le Collège déduit 1/200e (enseignant et animateur) ou, selon le cas, 1/260e (salarié éducateur non-enseignant) par jour de travail (lire 1/400e ou 1/520e par demi-journée de travail et lire 1/1000e (enseignant et animateur) 1/1950e (salarié éducateur professionnel) une (1) heure (salarié éducateur de soutien technique) pour chaque heure de travail) du traitement annuel applicable du salarié éducateur dans les cas suivants :

- a) absences autorisées sans traitement pour une durée inférieure à une année de travail ;
"""
PRORATA = """7-7.06 Le salarié éducateur rémunéré selon les échelles annuelles de traitement qui entre au service du Collège après le début de l'année de travail voit son traitement applicable calculé au prorata à raison d'un deux-centième (1/200e) ou un deux-cent-soixantième (1/260e) du traitement pour chaque jour de travail effectué.

Le salarié éducateur qui quitte son emploi pendant l'année de travail reçoit le traitement qui lui est dû à cette date et qui est égal au traitement annuel déterminé selon la présente convention, multiplié par le rapport du nombre de jours effectifs de travail au départ sur le nombre de jours effectifs de travail que comprend l'année de travail (1/200e ou 1/260e) ; le montant ainsi obtenu inclut l'indemnité de vacances annuelles.
"""
HOURLY = """7-6.05 Salarié éducateur suppléant de courte durée ou occasionnel

Le salarié éducateur suppléant de courte durée ou occasionnel qui se voit confier des périodes de travail de plus de soixante (60) minutes est rémunéré au prorata sur la base du taux horaire fixé.
"""
SICK_BANK = """5-10.37

- D) Les jours de congé de maladie versés dans une banque au crédit de l'enseignante ou l'enseignant, lorsque non utilisés au moment où l'enseignante ou l'enseignant quitte définitivement le service de la Commission, sont alors monnayables; la valeur de ces jours de congé de maladie remboursables à l'enseignante ou l'enseignant est de 1/200 du traitement applicable au moment du départ, le prorata du 1/200 du traitement s'appliquant pour la fraction de jour non utilisée.
"""
OVERAGE = """13-10.08

- A) Si la Commission dépasse, pour une enseignante ou un enseignant contractuel, les 720 heures de tâche éducative, cette enseignante ou cet enseignant contractuel a droit, pour chaque période excédentaire de 50 à 60 minutes, à une compensation égale à 1/1 000 du traitement annuel. Pour toute période inférieure à 50 minutes ou supérieure à 60 minutes, la compensation est égale au nombre de minutes, divisé par 50 et multiplié par 1/1 000 du traitement annuel.
"""
TUITION = """11-5.01 Le Collège octroie une réduction des frais de scolarité pour chaque enfant, qui fréquente le Collège, des salariés éducateurs qui ont une charge professionnelle de cinquante pour cent (50 %) et plus, et ce, selon les modalités suivantes :

- pour l'élève fréquentant le niveau primaire ou secondaire : une réduction d'un montant fixe, soit une réduction de 1 200,00 $ au niveau primaire et de 1 800,00 $ au niveau secondaire ;
- pour les salariés éducateurs ayant une charge professionnelle de quarante-neuf virgule neuf pour cent (49,9 %) et moins d'une charge professionnelle à temps complet, cette diminution des frais de scolarité est réduite au prorata et calculée selon le pourcentage de la charge professionnelle.
"""


@pytest.fixture(scope="module")
def direct():
    return table_answers([("bourget", "1-2.74", DAY), ("bourget", "7-8.04", DEDUCTION), ("bourget", "7-7.06", PRORATA),
                          ("bourget", "7-6.05", HOURLY), ("cris", "5-10.37", SICK_BANK), ("cris", "13-10.08", OVERAGE),
                          ("bourget", "11-5.01", TUITION), ("cris", "13-2.03", CRIS_13_2_03),
                          ("bourget", "Annexe M", TEACHERS)], DOCUMENTS)


def _first(direct, clause: str) -> list[Hit]:
    return [Hit(next(c for c in direct.chunks if c.clause_id == clause), 1.0)]


def _clauses(answer) -> list[str]:
    return [c.clause for c in answer.citations]


def test_a_teachers_hours_absent_are_deducted_at_the_hours_fraction(direct):
    answer = direct.answer("Je suis enseignante au Collège, mon traitement annuel est de 70 000 $. J'ai eu une absence "
                           "autorisée sans traitement de 3 heures. Combien le Collège va me déduire ?",
                           _first(direct, "7-8.04"))
    assert answer is not None and answer.text.startswith("**210 $** : 70 000 $"), answer and answer.text
    assert "1/1000 par heure" in answer.text and _clauses(answer) == ["7-8.04"]


def test_no_deduction_is_computed_for_staff_the_question_leaves_unsaid(direct):
    answer = direct.answer("Mon traitement annuel est de 70 000 $. J'ai eu une absence sans traitement de 3 heures. "
                           "Combien le Collège va me déduire ?", _first(direct, "7-8.04"))
    assert answer is None or "210 $" not in answer.text


def test_days_valued_at_a_fraction_count_a_half_day(direct):
    answer = direct.answer("Je quitte la Commission scolaire crie. Il me reste 10,5 jours de congé de maladie dans ma "
                           "banque et mon traitement annuel est de 60 000 $. Combien on va me payer pour ces jours ?",
                           _first(direct, "5-10.37"))
    assert answer is not None and answer.text.startswith("**3 150 $** : 60 000 $"), answer and answer.text
    assert "÷ 200 × 10,5 jours" in answer.text and _clauses(answer) == ["5-10.37"]


def test_days_worked_take_the_teachers_fraction_of_two(direct):
    answer = direct.answer("Au Collège, j'ai été engagée comme enseignante après le début de l'année et j'ai fait 100 "
                           "jours de travail. L'échelle me donne 50 000 $ par année. Quel traitement je vais recevoir ?",
                           _first(direct, "7-7.06"))
    assert answer is not None and answer.text.startswith("**25 000 $** : 50 000 $"), answer and answer.text
    assert "× 100 ÷ 200 jours" in answer.text and _clauses(answer) == ["7-7.06"]


def test_a_teacher_leaving_is_paid_by_the_ratio_of_days_the_years_days_left_out(direct):
    answer = direct.answer("Enseignant au Collège, mon traitement annuel est de 60 000 $. Je quitte mon emploi après "
                           "90 jours effectifs de travail sur les 200 jours de l'année. Combien de traitement le Collège "
                           "me doit ?", _first(direct, "7-7.06"))
    assert answer is not None and answer.text.startswith("**27 000 $** : 60 000 $"), answer and answer.text
    assert "multiplié par le rapport du nombre de jours effectifs" in answer.citations[0].quote


def test_no_days_worked_are_computed_for_staff_of_two_fractions_unsaid(direct):
    answer = direct.answer("Au Collège, j'ai fait 100 jours de travail. Mon traitement annuel est de 50 000 $. Quel "
                           "traitement je vais recevoir ?", _first(direct, "7-7.06"))
    assert answer is None or "25 000 $" not in answer.text


def test_a_longer_period_is_paid_pro_rata_of_the_stated_hourly_rate(direct):
    answer = direct.answer("Je suis suppléante occasionnelle au Collège. Mon taux horaire est de 30 $ et on me confie "
                           "2 périodes de 75 minutes. Je dois être payée combien ?", _first(direct, "7-6.05"))
    assert answer is not None and answer.text.startswith("**75 $** : 2 périodes × (30 $"), answer and answer.text
    assert _clauses(answer) == ["7-6.05"]


def test_a_count_asked_gets_no_stated_amount(direct):
    answer = direct.answer("Enseignant au Collège, mon traitement annuel est de 60 000 $. Combien de jours de travail "
                           "il me faut pour toucher la moitié ?", _first(direct, "7-7.06"))
    assert answer is None or not answer.text.startswith("**")


def test_quelle_compensation_asks_the_amount(direct):
    answer = direct.answer("Chez les Cris, je suis enseignant contractuel, mon traitement annuel est de 50 000 $. La "
                           "Commission m'a fait dépasser les 720 heures de 4 périodes de 45 minutes. Quelle compensation "
                           "je dois recevoir ?", _first(direct, "13-10.08"))
    assert answer is not None and answer.text.startswith("**180 $** : 4 périodes"), answer and answer.text


def test_classes_given_counted_are_paid_together_by_the_minutes(direct):
    answer = direct.answer("En formation professionnelle chez les Cris, je suis payé à taux horaire. En mai 2009, j'ai "
                           "donné 3 cours de 80 minutes. Ça me fait combien en tout ?", _first(direct, "13-2.03"))
    assert answer is not None and "pour 3 périodes de 80 minutes : 240 (3 × 80) ÷ 50 ×" in answer.text, \
        answer and answer.text


def test_a_child_named_colloquially_is_counted_with_the_workloads_prorata(direct):
    answer = direct.answer("Au Collège, chu à 40 % de tâche pis mon gars fait son secondaire au Collège. La réduction "
                           "des frais de scolarité, ça me donne combien pour lui ?", _first(direct, "11-5.01"))
    assert answer is not None and "720 $" in answer.text.split("\n")[0], answer and answer.text
