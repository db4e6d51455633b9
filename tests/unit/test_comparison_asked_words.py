"""A comparison side's first clause weighed on the question's own words (``SidePick.asked``, assistant/comparisons.py
``_chosen``): a weak first clause holding some of the topic and most of them does not give way to one holding more of
the topic's words but fewer of the question's (DEV Q1607). Inline clauses, no index."""

from __future__ import annotations

from dataclasses import replace

from assistant.comparisons import SidePick
from tests.unit.test_comparison_case_parts import _answers
from tests.unit.test_comparisons import clause

def _pick(clause_id: str, text: str, coverage: float, asked: float, ordinal: int) -> SidePick:
    return SidePick(clause("conv", clause_id, text, ordinal), text, coverage, False, asked=asked)


def test_a_weak_first_clause_holding_the_question_is_not_replaced_by_one_holding_the_topic_only():
    # DEV Q1607 « Pour devenir membre du syndicat, je signe un formulaire : … mon adhésion commence quand » (topic
    # « devenir membre du syndicat »): Bourget's form (Annexe B) holds a third of the topic, half the question's words;
    # 3-5.06 « un autre membre du comité exécutif du Syndicat » two thirds of the topic, a fifth of the question's words
    form = _pick("3-4.04", "Je signe ce formulaire ; cette adhésion entre en vigueur le jour de mon admission.",
                 1 / 3, 0.5, 1)
    other = _pick("3-5.06", "L'Association peut désigner un autre membre du comité exécutif du syndicat.", 2 / 3, 0.19, 2)
    chosen = _answers([form.chunk, other.chunk])._chosen([form, other], False, wanted=frozenset({"membr", "syndicat"}))
    assert chosen[0].chunk.clause_id == "3-4.04"
    # without the question's words read (asked 0 everywhere), the one holding more of the topic still leads
    unread = [replace(form, asked=0.0), replace(other, asked=0.0)]
    assert _answers([form.chunk, other.chunk])._chosen(unread, False)[0].chunk.clause_id == "3-5.06"
    # a first holding none of the topic still gives way, whatever it holds of the question (DEV Q1100: the Cris side
    # would otherwise quote nothing)
    empty = replace(form, coverage=0.0)
    assert _answers([form.chunk, other.chunk])._chosen([empty, other], False)[0].chunk.clause_id == "3-5.06"
