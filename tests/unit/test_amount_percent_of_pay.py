"""A percentage of the salary a passage sets on a condition the question meets (assistant/pay_arithmetic.py:
``percent_rules``, ``chosen_rule``, ``PayArithmetic._percent_of_pay`` and ``_percent_of_shown``): the annual salary the
question states, or the scale's cell the amount lookup gives, times the percentage (« si le contrat est de quatre (4)
ans, 75 % du traitement », « Si ce nombre est supérieur à 95, … soit 2,74 % de ce traitement annuel »), times a share
and the days counted when the sentence says « … des 3/2 600 du traitement annuel … par jour ouvrable ». Paraphrases with
other words, numbers and sentence shapes than the gold items Q1062 and Q1064; excerpts in the corpus's format (the
scale's rows cut)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.lookups import DirectAnswers
from assistant.pay_arithmetic import chosen_rule, counted_values, percent_rules
from assistant.types import Hit

from .inline_answers import table_answers

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"},
             "cris": {"title": "Accord crie", "aliases": ["Cris", "CS crie"], "kind": "accord"}}

#: Bourget 6-6.10 (corpus)
YEAR_LEAVE = """6-6.10 Le pourcentage du traitement que reçoit le salarié éducateur pendant la période d'échelonnement est déterminé selon les formules suivantes :

Le congé est d'une (1) année :

- si le contrat est de trois (3) ans, 66,66 % du traitement ;
- si le contrat est de quatre (4) ans, 75 % du traitement ;
- si le contrat est de cinq (5) ans, 80 % du traitement."""

#: Bourget Annexe J's half-year leave (corpus)
HALF_YEAR_LEAVE = """3. Ajouter à la clause 6-6.10 : « Le congé est d'une demi-année de travail :
 - si le contrat est de deux (2) ans, 75 % du traitement ;
 - si le contrat est de trois (3) ans, 83,34 % du traitement ;
 - si le contrat est de quatre (4) ans, 87,5 % du traitement ;
 - si le contrat est de cinq (5) ans, 90 % du traitement »."""

#: Cris 5-10.31's end-of-year amounts (corpus)
INSURANCE = """5-10.31

Cependant, si le nombre de jours ouvrables inclus dans la période d'invalidité ou les périodes d'invalidité d'une même année scolaire pour laquelle ou lesquelles le sous-paragraphe 2) du paragraphe A) de la clause 5-10.28 s'applique est égal ou inférieur à 95 jours ouvrables, la Commission doit calculer pour cette enseignante ou cet enseignant, au plus tard la dernière journée de l'année de travail, un montant égal à 25 % des 3/2 600 du traitement annuel applicable au sens de la clause 5-10.28 par jour ouvrable qui fait l'objet d'une prestation découlant de l'application du sous-paragraphe 2) du paragraphe A) de la clause 5-10.28.

Si ce nombre est supérieur à 95, le montant maximum à verser est basé sur 95 jours de prestation, soit 2,74 % de ce traitement annuel applicable. »"""

#: Bourget Annexe M (corpus, rows cut)
SCALE = """Annexe M Échelles annuelles de traitement des enseignants à temps complet (rf. clause 7-6.02)

Échelons\tTraitement enseignants secteur public - 1 ^{er} avril 2013\tTraitement enseignants secteur public - 1 ^{er} avril 2014
\t1,75 %\t2 %
8\t51 043\t52 064
10\t55 475\t56 585
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "6-6.10", YEAR_LEAVE), ("bourget", "Annexe J", HALF_YEAR_LEAVE),
                          ("bourget", "Annexe M", SCALE), ("cris", "5-10.31", INSURANCE)], DOCUMENTS)


def _hits(direct: DirectAnswers, *clauses: str) -> list[Hit]:
    chunks = {c.clause_id: c for c in direct.chunks}
    return [Hit(chunks[clause], 1.0 - 0.1 * n) for n, clause in enumerate(clauses)]


@pytest.mark.parametrize("question, amount, computed", [
    ("Chez les Cris, je fais 58 000 $ par an. J'ai été 120 jours ouvrables en invalidité à 75 % cette année. La "
     "Commission me verse combien au max en fin d'année ?", "1 589,20 $", "58 000 $ (le traitement annuel de votre question) × 2,74 %"),
    ("Mon traitement annuel à la CS crie est de 50 000 $. Si mon invalidité a duré plus de 95 jours ouvrables, le "
     "montant maximum de fin d'année c'est combien ?", "1 370 $", "× 2,74 %"),
    ("Cris : salaire de 65 000 $ par année. J'ai manqué 30 jours ouvrables en invalidité (prestation à 75 %) cette "
     "année : combien la Commission doit me calculer à la fin de l'année ?", "562,50 $", "× 25 % × 3/2600 × 30 jours"),
])
def test_a_stated_salary_times_the_percentage_the_count_meets(direct, question, amount, computed):
    answer = direct.answer(question, _hits(direct, "5-10.31"))
    assert answer is not None, question
    assert answer.text.startswith("Pourcentage du traitement (clause 5-10.31"), answer.text
    assert f"- **{amount}** : " in answer.text and computed in answer.text, answer.text
    assert {c.clause for c in answer.citations} == {"5-10.31"}


@pytest.mark.parametrize("question, amount, percent, where", [
    ("Au Collège, je suis à l'échelon 8. Mon congé à traitement différé d'une année est sur un contrat de quatre ans. "
     "En 2014-2015, combien je touche par année ?", "39 048 $", "75 %", "6-6.10"),
    ("Échelon 10 au Collège, sabbatique de six mois avec un contrat de 3 ans, en 2014-2015 ça me donne combien par "
     "année ?", "47 157,94 $", "83,34 %", "Annexe J"),
    ("Chu au 10e échelon au Collège ; je prends un congé à traitement différé d'un an avec un contrat de cinq ans. "
     "Combien je vais recevoir par année en 2014-2015 ?", "45 268 $", "80 %", "6-6.10"),
])
def test_a_scale_cell_times_the_percentage_the_question_meets(direct, question, amount, percent, where):
    answer = direct.answer(question, _hits(direct, "6-6.10", "Annexe J", "Annexe M"))
    assert answer is not None, question
    assert answer.text.startswith("Pourcentage du traitement"), answer.text
    assert f"- **{amount}** : " in answer.text and f"× {percent}" in answer.text, answer.text
    assert {c.clause for c in answer.citations} >= {where, "Annexe M"}


def test_no_percentage_when_the_question_meets_no_rule(direct):
    """A contract length no list gives (six years), or no leave length to tell the year's list from the half-year's:
    nothing computed."""
    for question in ("Au Collège, échelon 8, congé à traitement différé d'un an sur un contrat de six ans : combien "
                     "par année en 2014-2015 ?",
                     "Au Collège, contrat de 4 ans pour mon congé à traitement différé, échelon 8. Combien je touche "
                     "en 2014-2015 ?"):
        answer = direct.answer(question, _hits(direct, "6-6.10", "Annexe J", "Annexe M"))
        assert answer is None or "Pourcentage du traitement" not in answer.text, answer.text


def test_counts_and_their_things():
    counted = counted_values("J'ai signé un contrat de 4 ans pour un congé sabbatique à traitement différé d'un an ; "
                             "sabbatique de six mois, plus de 95 jours")
    values = {(c.unit, c.value) for c in counted}
    assert {("an", Decimal(4)), ("an", Decimal(1)), ("mois", Decimal(6)), ("an", Decimal("0.5")),
            ("jour", Decimal("95.5"))} <= values
    four = next(c for c in counted if c.value == 4)
    assert "contrat" in four.context


def test_rules_read_with_their_conditions(direct):
    rules = [r for c in direct.chunks for r in percent_rules(c)]
    assert [r.percent for r in rules] == ["66,66", "75", "80", "75", "83,34", "87,5", "90", "25", "2,74"]
    assert rules[-2].share == (3, 2600) and rules[-2].per_day and not rules[-1].per_day
    year = chosen_rule(rules, counted_values("un contrat de 4 ans pour un congé d'un an"))
    assert year is not None and year.percent == "75" and year.chunk.clause_id == "6-6.10"
    half = chosen_rule(rules, counted_values("un congé d'une demi-année avec un contrat de 4 ans"))
    assert half is not None and half.percent == "87,5"
    assert chosen_rule(rules, counted_values("120 jours ouvrables")).percent == "2,74"
    assert chosen_rule(rules, counted_values("40 jours ouvrables")).percent == "25"
