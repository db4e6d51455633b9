"""Amounts computed by the agreement's own pay rules (assistant/pay_arithmetic.py), on tiny inline texts in the
corpus's format: a pay (7-7.02's 1/26e), a day's, half day's or hour's deduction (7-8.04's fractions, the
non-teaching ones for a non-teaching scale), a range of échelons written once (« de l'échelon 11 à 12 »); nothing
computed for a count, a date, an hourly scale, or an agreement writing no such rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.lookups import DirectAnswers
from assistant.pay_arithmetic import cents, deduction_shares, spelled_echelons

from .inline_answers import table_answers

TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet

Échelons\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
8\t51 043\t52 064
10\t55 475\t56 585
11\t57 834\t58 991
12\t60 293\t61 499
15\t68 312\t69 678
"""

SUPPORT = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

<i>Technicien de en éducation spécialisée (37,5 heures/semaine) (rf. #4207)</i>
Échelon\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
4\t23,74\t24,21
5\t24,51\t25,00

<i>Psychoéducateur (37,5 heures/semaine) (rf. #2150)</i>
Échelons\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
4\t45 000\t46 000
5\t46 166\t47 089
"""

INSTALMENT = ("7-7.02 Chaque versement est au montant d'un vingt-sixième (1/26e) du traitement annuel moins les retenues "
              "prévues par la loi et par la présente convention.")
DEDUCTION = ("7-8.04 Le Collège déduit 1/200e (enseignant et animateur) ou, selon le cas, 1/260e (salarié éducateur "
             "non-enseignant) par jour de travail (lire 1/400e ou 1/520e par demi-journée de travail et lire 1/1000e "
             "(enseignant et animateur) 1/1950e (salarié éducateur professionnel) une (1) heure (salarié éducateur de "
             "soutien technique) pour chaque heure de travail) du traitement annuel applicable du salarié éducateur dans "
             "les cas suivants :\n\n- a) absences autorisées sans traitement pour une durée inférieure à une année de "
             "travail ;")
DAY_PAY = ("1-2.74 Traitement d'un jour ouvrable\n\nDans le cas d'un salarié éducateur (enseignant et animateur) à temps "
           "complet ou à temps partiel, c'est le un deux-centième (1/200e) du traitement annuel ; dans le cas d'un "
           "salarié éducateur (enseignant et animateur) suppléant ou occasionnel, c'est le traitement auquel il a droit "
           "pour un (1) jour déterminé de travail.\n\nPour le personnel non-enseignant (PNE) et le personnel de soutien "
           "technique, c'est le un deux cent soixantième (1/260e) du traitement annuel.")
DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"}}


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", clause, text) for clause, text in (
        ("Annexe M", TEACHERS), ("Annexe N", SUPPORT), ("7-7.02", INSTALMENT), ("7-8.04", DEDUCTION),
        ("1-2.74", DAY_PAY))], DOCUMENTS)


def test_a_pay_is_the_annual_cell_over_the_share_the_agreement_writes(direct):
    answer = direct.answer("Au Collège, je suis enseignant à l'échelon 10 : combien je reçois sur chaque paie ?", [])
    assert answer is not None and answer.kind == "amount"
    assert answer.text.index("**56 585 $** par année") < answer.text.index("**2 176,35 $** par paie, avant les "
                                                                        "retenues : 56 585 $ ÷ 26"), answer.text
    assert "Montant d'une paie (clause 7-7.02 : « Chaque versement est au montant d'un vingt-sixième (1/26e)" in answer.text
    assert {c.clause for c in answer.citations} >= {"Annexe M", "7-7.02"}
    sides = table_answers([("bourget", clause, text) for clause, text in (("Annexe M", TEACHERS), ("7-7.02", INSTALMENT))]
                          + [("cris", "1-1.46", "1-1.46 Traitement\n\nLa rémunération en monnaie courante.")],
                          {**DOCUMENTS, "cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}})
    both = sides.answer("Combien par paie à l'échelon 10 au Collège et chez les Cris ?", [])
    assert both is not None and "**2 176,35 $** par paie" in both.text, both and both.text
    fortnight = direct.answer("Au Collège chu à l'échelon 10 à temps plein. En 2014-2015, ma paye aux deux semaines, "
                              "avant les retenues, c'est combien ?", [])
    assert "**2 176,35 $** par paie" in fortnight.text and "aucun montant" not in fortnight.text, fortnight.text
    cut = direct.answer("Prof à temps plein au Collège, échelon 10. Si je prends une journée sans solde en octobre 2014, "
                        "ça me coupe combien sur ma paye ?", [])
    assert "**282,93 $** déduits pour une journée d'absence" in cut.text and "par paie" not in cut.text, cut.text
    cheque = direct.answer("Mon chèque de paie à l'échelon 10 au Collège, c'est combien ?", [])
    assert "**2 176,35 $** par paie" in cheque.text, cheque.text


def test_a_days_deduction_takes_the_share_of_the_scales_staff(direct):
    teacher = direct.answer("Combien le Collège me coupe pour une journée d'absence non payée ? Je suis enseignant à "
                            "l'échelon 8.", [])
    assert "**260,32 $** déduits pour une journée d'absence : 52 064 $ ÷ 200" in teacher.text, teacher.text
    assert "7-8.04" in {c.clause for c in teacher.citations}
    half = direct.answer("Enseignante à l'échelon 15 au Collège, une demi-journée d'absence déduite, ça me coûte "
                         "combien ?", [])
    assert "**174,20 $** déduits pour une demi-journée d'absence : 69 678 $ ÷ 400" in half.text, half.text  # 174,195
    other = direct.answer("Je suis psychoéducateur au Collège, échelon 5 : une journée d'absence, on me retient "
                          "combien ?", [])
    assert "**181,11 $** déduits pour une journée d'absence : 47 089 $ ÷ 260" in other.text, other.text

    worth = direct.answer("Au Collège, à l'échelon 10, combien vaut une journée de travail ?", [])
    assert "**282,93 $** pour une journée de travail : 56 585 $ ÷ 200" in worth.text, worth.text
    assert "1-2.74" in {c.clause for c in worth.citations} and "7-8.04" not in {c.clause for c in worth.citations}


def test_nothing_is_computed_without_the_rule_or_for_a_count_or_an_hourly_rate(direct):
    for question in ("Au Collège, combien de paies je reçois dans l'année à l'échelon 10 ?",
                     "À l'échelon 10 au Collège, combien de jours d'absence j'ai droit ?",
                     "Technicien en éducation spécialisée échelon 5 au Collège, combien par paie ?",
                     "Enseignant à l'échelon 10 au Collège, combien je gagne ?",
                     "Prof à temps plein au Collège, rendu à l'échelon 10. En mai 2014, ma paye annuelle, c'était combien ?",
                     "À l'échelon 10 au Collège, combien on me déduit de ma paie pour la cotisation syndicale ?"):
        answer = direct.answer(question, [])
        assert answer is None or ("÷" not in answer.text and "7-7.02" not in {c.clause for c in answer.citations}), \
            (question, answer.text)
    bare = table_answers([("bourget", "Annexe M", TEACHERS)], DOCUMENTS)  # no 7-7.02: no share to apply
    answer = bare.answer("Au Collège, enseignant à l'échelon 10, combien je reçois par paie ?", [])
    assert answer is not None and "÷" not in answer.text, answer.text


def test_a_range_of_echelons_written_once_gives_both_cells_and_their_difference(direct):
    answer = direct.answer("Au Collège, combien de plus je vais gagner par année en passant de l'échelon 11 à 12 ?", [])
    assert "Écart : **2 508 $** de plus par année" in answer.text, answer.text
    assert spelled_echelons("entre les échelons 4 et 9") == "entre les échelon 4 et échelon 9"
    assert spelled_echelons("du 5e au 6e échelon") == "du échelon 5 au échelon 6"
    for unchanged in ("à l'échelon 11 à 12 ans d'expérience", "échelon 10 et 3 jours d'absence", "échelon 10 à 50 %"):
        assert spelled_echelons(unchanged) == unchanged


def test_the_deduction_shares_are_read_from_the_sentence():
    assert deduction_shares(DEDUCTION) == {("jour", False): 200, ("jour", True): 260, ("demi-journée", False): 400,
                                           ("demi-journée", True): 520, ("heure", False): 1000, ("heure", True): 1950}
    assert cents(Decimal("174.195")) == Decimal("174.20")
