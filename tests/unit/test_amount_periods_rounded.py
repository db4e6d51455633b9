"""Long periods counted at Cris 6-7.03 B's formula are paid on their minutes together, rounded once (assistant/
amount_answers.py ``_period_formula``): 2 periods of 75 minutes at 35,75 $ are 35,75 $ × 150 ÷ 50 = 107,25 $, not
2 × 53,63 $ = 107,26 $ (DEV Q1729)."""

from __future__ import annotations

from .inline_answers import table_answers
from .test_amount_fresh import CRIS_6_7_03_SEVERAL
from .test_amount_placement import DOCUMENTS


def test_periods_counted_are_paid_on_their_minutes_rounded_once():
    direct = table_answers([("cris", "6-7.03", CRIS_6_7_03_SEVERAL)], DOCUMENTS)
    answer = direct.answer("En novembre 2008, j'ai fait de la suppléance occasionnelle dans une école secondaire crie : "
                           "2 périodes de 75 minutes dans la même journée. Ça m'a rapporté combien ?", [])
    assert answer is not None and "- **107,25 $** pour 2 périodes : 35,75 $ × 150 (2 × 75) ÷ 50" in answer.text, \
        answer and answer.text
    assert "- **53,63 $** la période : 35,75 $ × 75 ÷ 50" in answer.text  # one period still shown rounded
