"""A total asked of several named rows an amount answer shows (assistant/pay_arithmetic.py ``_rows_total``): « on me
rembourse combien en tout ? », « au total » of Bourget Annexe W's meals; not said when the answer already leads with a
computed amount, nor when a change is asked. Paraphrases with other meals and sentence shapes; the corpus's table."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers

from .inline_answers import table_answers

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"}}

#: Bourget Annexe W, 4 (corpus)
MEALS = """Annexe W Politique relative aux frais de déplacement

4. Les frais de repas sont remboursés, avec pièces justificatives, selon les modalités suivantes :

Repas\tRemboursement maximum
Déjeuner\t7 \\$
Dîner\t12 \\$
Souper\t15 \\$
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe W", MEALS)], DOCUMENTS)


@pytest.mark.parametrize("question, total, parts", [
    ("Au Collège, mon souper pis mon dîner en mandat, on me rembourse combien au maximum en tout ?", "27 $",
     "12 $ (« Dîner ») + 15 $ (« Souper »)"),
    ("Collège : en mandat toute la journée, déjeuner, dîner pis souper au resto. Le maximum remboursé au total pour "
     "les trois repas, c'est combien ?", "34 $", "7 $ (« Déjeuner ») + 12 $ (« Dîner ») + 15 $ (« Souper »)"),
    ("Au Collège, en déplacement, le déjeuner plus le dîner, ça me fait combien de remboursement maximum en tout ?",
     "19 $", "7 $ (« Déjeuner ») + 12 $ (« Dîner »)"),
])
def test_the_total_of_the_rows_asked(direct, question, total, parts):
    answer = direct.answer(question, [])
    assert answer is not None, question
    assert f"Total : **{total}** : {parts}." in answer.text, answer.text


def test_no_total_without_one_asked(direct):
    answer = direct.answer("Au Collège, en mandat, on me rembourse combien pour le dîner pis le souper ?", [])
    assert answer is not None and "Total" not in answer.text, answer and answer.text


#: Cris 6-7.03's rates by period (corpus, columns cut): rows in force one after another
PERIODS = """6-7.03

A) La suppléante ou le suppléant occasionnel est rémunéré de la façon suivante :

Période\t60 minutes ou moins
Jusqu'au 140 ^e jour de travail de l'année scolaire 2005-2006\t33,69 \\$
À compter du 141 ^e jour de travail de l'année scolaire 2005-2006\t34,36 \\$
À compter du 141 ^e jour de travail de l'année scolaire 2006-2007\t35,05 \\$
À compter du 141 ^e jour de travail de l'année scolaire 2007-2008\t35,75 \\$
"""


def test_rows_of_periods_are_never_added():
    direct = table_answers([("cris", "6-7.03", PERIODS)],
                           {"cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}})
    answer = direct.answer("Chez les Cris, au total, pour une suppléance occasionnelle de 60 minutes en 2008 (avant "
                           "le 141e jour), ça me fait combien ?", [])
    assert answer is None or "Total" not in answer.text, answer.text
