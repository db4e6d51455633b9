"""A comparison side's further clause of another staff's rule (an animator's, a non-teaching employee's) is not set beside
a first clause that is not, when the question names no such staff (assistant/comparisons.py ``_of_staff_asked``; DEV
Q317, Q629: Bourget 8-11.01's animator's year beside 8-3.01's). Inline passages, no index; wordings other than the DEV
items'."""

from __future__ import annotations

from assistant.comparisons import SidePick, _of_staff_asked
from tests.unit.test_comparisons import clause


def _pick(clause_id: str, text: str, ordinal: int) -> SidePick:
    return SidePick(clause("conv", clause_id, text, ordinal), text, 0.5, True)


TEACHER = _pick("8-5.03", "8-5.03 La semaine de travail de l'enseignant compte vingt-sept (27) heures.", 10)
ANIMATOR = _pick("8-12.02", "8-12.02 La semaine de travail de l'animateur compte trente-cinq (35) heures.", 30)
SUPPORT = _pick("8-15.04", "8-15.04 La semaine régulière du personnel de soutien technique est de 38 heures.", 40)
BOTH = _pick("8-5.07", "8-5.07 La semaine de travail de l'enseignant et de l'animateur débute le lundi.", 12)


def test_a_further_clause_of_another_staff_is_left_out_when_the_question_names_none():
    chosen = _of_staff_asked([TEACHER, ANIMATOR, SUPPORT], "Ma semaine de travail, c'est combien d'heures : au "
                                                           "Collège pis chez les Cris ?")
    assert [p.chunk.clause_id for p in chosen] == ["8-5.03"]


def test_a_clause_naming_a_teacher_too_stays():
    chosen = _of_staff_asked([TEACHER, BOTH], "La semaine commence quel jour, ici comparé à là-bas ?")
    assert [p.chunk.clause_id for p in chosen] == ["8-5.03", "8-5.07"]


def test_the_staff_named_in_the_question_keeps_its_clause():
    chosen = _of_staff_asked([TEACHER, ANIMATOR], "Pour un animateur, la semaine est-tu plus longue au Collège ?")
    assert [p.chunk.clause_id for p in chosen] == ["8-5.03", "8-12.02"]


def test_a_side_led_by_another_staff_keeps_its_clauses():
    chosen = _of_staff_asked([ANIMATOR, SUPPORT], "Combien d'heures dure la semaine normale dans chaque entente ?")
    assert [p.chunk.clause_id for p in chosen] == ["8-12.02", "8-15.04"]
