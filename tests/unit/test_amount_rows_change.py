"""The difference of two rows of a table by school year (assistant/tables.py ``rows_named``: « le dernier taux » beside
a year's row; assistant/pay_arithmetic.py ``_rows_change``), on Cris 6-6.01's amount list in the corpus's format: the
first and the last rate, both stated and cited, then « Écart »; nothing computed without a change asked."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers

from .inline_answers import table_answers
from .table_texts import CRIS_6_6_01

CRIS = {"cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}}
SUPPLEMENT = CRIS_6_6_01  # Cris 6-6.01's supplement list (corpus)


@pytest.fixture(scope="module")
def cris() -> DirectAnswers:
    return table_answers([("cris", "6-6.01", SUPPLEMENT)], CRIS)


def test_the_first_and_the_last_rate_and_their_gap(cris):
    answer = cris.answer("Chez les Cris, le supplément annuel du prof responsable d'école a monté de combien entre le "
                         "tout début (avant le 141e jour de 2005-2006) pis le dernier taux de l'accord ?", [])
    assert answer is not None, answer
    text = answer.text
    assert "**1 277 $**" in text and "**1 383 $**" in text and "1 303 $" not in text.split("Écart")[0], text
    assert "Écart : **106 $** de plus : 1 277 $ (« jusqu'au 140e jour de travail de l'année scolaire 2005-2006 ») → " \
        "1 383 $" in text, text
    assert {c.clause for c in answer.citations} == {"6-6.01"}


def test_no_gap_without_a_change_asked(cris):
    answer = cris.answer("Chez les Cris, le supplément du responsable d'école avant le 141e jour de 2005-2006 pis le "
                         "dernier taux, c'est combien ?", [])
    assert answer is not None and "**1 383 $**" in answer.text and "Écart" not in answer.text, answer and answer.text
