"""Amounts a clause's rule computes from numbers the question states (assistant/stated_rules.py, through
``PayArithmetic._stated_rule``), on tiny inline clauses in the corpus's format, their numbers changed from the corpus's:
a fraction of the annual salary per period beyond a limit (with the clause's own minutes rule for another length), months
of salary per year of service up to a maximum, an amount prorated to days over a base; and nothing computed where the
clause writes no rule, the question lacks a term, or names another thing. Also one class given its length in other
words (« un atelier de 40 minutes ») paid by the minutes (assistant/amount_answers.py ``_CLASS_LENGTH``)."""

from __future__ import annotations

import pytest

from assistant.types import Hit

from .inline_answers import table_answers
from .table_texts import CRIS_13_2_03

DOCUMENTS = {"cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}}

OVERAGE = """11-8.03

- E) Si la Commission dépasse, pour une enseignante ou un enseignant, les 700 heures de cours, cette enseignante ou cet enseignant a droit, pour chaque période excédentaire de 50 à 60 minutes, à une compensation égale à 1/1 000 du traitement annuel. Pour toute période inférieure à 50 minutes ou supérieure à 60 minutes, la compensation est égale au nombre de minutes, divisé par 50 et multiplié par 1/1 000 du traitement annuel. Le versement de cette compensation s'effectue lors du dernier versement de traitement de l'année scolaire en cause.
"""
#: the same rule without a rule for other lengths
OVERAGE_ONLY = """13-10.08

- A) Si la Commission dépasse les 720 heures de tâche éducative, l'enseignant a droit, pour chaque période excédentaire de 50 à 60 minutes, à une compensation égale à 2/1 000 du traitement annuel.
"""
SEPARATION = """5-3.13

L'enseignante ou l'enseignant qui refuse son affectation est présumé avoir démissionné à compter du 30 juin. Cependant, si elle ou il est permanent, elle ou il bénéficie alors d'une prime de séparation équivalente à 1 mois de traitement par année de service complète au moment du refus. La prime est limitée à un maximum de 3 mois de traitement.
"""
#: a separation premium without its rule
SEPARATION_UNSAID = """5-3.14

L'enseignante ou l'enseignant mis à pied reçoit une prime de séparation selon les modalités convenues localement.
"""
PREMIUM = """13-13.01

Le montant de la prime d'isolement et d'éloignement est ajusté proportionnellement au nombre de jours de travail de l'enseignante ou l'enseignant pour la période pour laquelle elle ou il est affecté dans l'un des secteurs mentionnés à la clause 12-1.02 par rapport à 180 jours de travail.
"""


@pytest.fixture(scope="module")
def direct():
    return table_answers([("cris", "11-8.03", OVERAGE), ("cris", "13-10.08", OVERAGE_ONLY),
                          ("cris", "5-3.13", SEPARATION), ("cris", "5-3.14", SEPARATION_UNSAID),
                          ("cris", "13-13.01", PREMIUM), ("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)


def _first(direct, clause: str) -> list[Hit]:
    return [Hit(next(c for c in direct.chunks if c.clause_id == clause), 1.0)]


def test_periods_beyond_the_limit_get_the_fraction_of_the_salary(direct):
    answer = direct.answer("Chez les Cris, j'ai donné 10 périodes de 55 minutes de trop. Mon traitement annuel est de "
                           "70 000 $. J'ai droit à combien ?", _first(direct, "11-8.03"))
    assert answer is not None and answer.text.startswith("**700 $** : 10 périodes × (70 000 $"), answer and answer.text
    assert "1/1 000 = 70 $ la période" in answer.text, answer.text
    assert [c.clause for c in answer.citations] == ["11-8.03"]
    assert "dernier versement de traitement" in answer.citations[0].quote


def test_another_length_is_paid_by_the_clauses_minutes_rule(direct):
    answer = direct.answer("Chez les Cris, la Commission m'a fait faire 4 périodes de 80 minutes de plus que les 700 "
                           "heures, traitement annuel de 50 000 $. Ça me donne combien ?", _first(direct, "11-8.03"))
    assert answer is not None and answer.text.startswith("**320 $** : 4 périodes × (80 ÷ 50 × 50 000 $"), \
        answer and answer.text


def test_no_amount_for_a_length_no_rule_pays(direct):
    answer = direct.answer("Chez les Cris, j'ai dépassé mes 720 heures de 6 périodes de 90 minutes, traitement annuel "
                           "de 50 000 $. Combien je reçois ?", _first(direct, "13-10.08"))
    assert answer is None or "**" not in answer.text.split("\n")[0], answer.text
    fraction = direct.answer("Chez les Cris, j'ai dépassé mes 720 heures de 6 périodes, traitement annuel de 50 000 $. "
                             "Combien je reçois ?", _first(direct, "13-10.08"))
    assert fraction is not None and fraction.text.startswith("**600 $**"), fraction and fraction.text


def test_months_per_year_of_service_up_to_the_maximum(direct):
    two = direct.answer("Chez les Cris, j'ai refusé mon affectation, j'ai 2 années de service et mon traitement est de "
                        "72 000 $. Ma prime de séparation, ça fait combien ?", _first(direct, "5-3.13"))
    assert two is not None and two.text.startswith("**12 000 $** : 2 × 1 mois = 2 mois"), two and two.text
    five = direct.answer("Chez les Cris, j'ai refusé mon affectation, j'ai 5 ans de service et mon traitement est de "
                         "72 000 $. Ma prime de séparation, ça fait combien ?", _first(direct, "5-3.13"))
    assert five is not None and five.text.startswith("**18 000 $** : 5 × 1 mois = 5 mois, ramenés au maximum de 3 mois"), \
        five and five.text
    assert "maximum de 3 mois de traitement" in five.citations[0].quote


def test_no_amount_where_the_clause_writes_no_rule(direct):
    answer = direct.answer("Chez les Cris, j'ai été mis à pied après 4 années de service, mon traitement est de "
                           "60 000 $. Ma prime de séparation, ça fait combien ?", _first(direct, "5-3.14"))
    assert answer is None or "**" not in answer.text, answer.text


def test_a_stated_amount_prorated_to_days_over_the_base(direct):
    answer = direct.answer("Chez les Cris, j'ai travaillé 90 jours dans un secteur admissible. Si ma prime d'isolement "
                           "et d'éloignement annuelle est de 9 000 $, je vais recevoir combien ?", _first(direct, "13-13.01"))
    assert answer is not None and answer.text.startswith("**4 500 $** : 9 000 $ (le montant de votre question) × 90 ÷ "
                                                         "180 jours"), answer and answer.text
    other = direct.answer("Chez les Cris, j'ai travaillé 90 jours. Si mon allocation de déménagement est de 9 000 $, je "
                          "vais recevoir combien ?", _first(direct, "13-13.01"))
    assert other is None or "4 500 $" not in other.text, other.text


def test_a_workshop_of_40_minutes_is_paid_by_the_minutes(direct):
    answer = direct.answer("J'enseigne à taux horaire chez les Cris. En mai 2009, j'ai donné un atelier de 40 minutes. "
                           "On devait me payer combien pour ça ?", _first(direct, "13-2.03"))
    assert answer is not None and "**37,22 $** la période : 40 ÷ 50 × 46,52 $" in answer.text, answer and answer.text
