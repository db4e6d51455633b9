"""A count asked that a comparison side's first clause gives: a further clause joined to it by a cross-reference and
giving a count in the same unit is another rule's count. It stays only when it holds more of the topic's words or of
the question's own words than the first, not as many (assistant/comparisons.py ``_cross_reference_asked``, through
``_also_asked``; DEV Q1953: Bourget 10-2.02's « deux (2) années » to take a grievance to arbitration, beside 10-1.02's
« quarante (40) jours ouvrables » to file it, for « combien de temps pour loger un grief »). Its quoted sentence naming
the first (a delay of that rule) still keeps it; with the question's words unread it stays, as before. Inline
passages, no index; clauses, subjects and wordings other than the DEV item's."""

from __future__ import annotations

from assistant.comparisons import SidePick, _also_asked
from tests.unit.test_comparisons import clause


def _pick(clause_id: str, text: str, quote: str, coverage: float, asked: float, ordinal: int, *,
          in_unit: bool = True) -> SidePick:
    return SidePick(clause("conv", clause_id, text, ordinal), quote, coverage, in_unit, asked=asked)


# « J'ai combien de semaines pour demander mon congé de perfectionnement ? »: the first clause gives the delay asked
FIRST_TEXT = ("6-8.05 L'enseignant présente sa demande de congé de perfectionnement au moins six (6) semaines avant "
              "le début du congé.")
FIRST = _pick("6-8.05", FIRST_TEXT, FIRST_TEXT, 0.5, 0.4, 30)
# a later clause of another article names it, then counts another delay in the same unit
REPLY_TEXT = ("11-3.02 La demande faite selon la clause 6-8.05 est étudiée par le comité. Le Collège rend sa réponse "
              "dans les trois (3) semaines suivant la réunion du comité.")
REPLY_QUOTE = "Le Collège rend sa réponse dans les trois (3) semaines suivant la réunion du comité."


def test_another_rules_count_holding_as_many_words_is_left_out():
    reply = _pick("11-3.02", REPLY_TEXT, REPLY_QUOTE, 0.5, 0.4, 61)
    assert reply.names("6-8.05")
    assert not _also_asked(FIRST, reply)


def test_another_rules_count_holding_more_of_the_question_stays():
    reply = _pick("11-3.02", REPLY_TEXT, REPLY_QUOTE, 0.5, 0.55, 61)
    assert _also_asked(FIRST, reply)


def test_another_rules_count_holding_more_of_the_topic_stays():
    reply = _pick("11-3.02", REPLY_TEXT, REPLY_QUOTE, 0.75, 0.4, 61)
    assert _also_asked(FIRST, reply)


def test_a_count_whose_quoted_sentence_names_the_first_stays():
    text = ("6-8.07 Aux fins d'application de la clause 6-8.05, le délai est porté à dix (10) semaines pour un congé "
            "de plus d'un an.")
    longer = _pick("6-8.07", text, text, 0.25, 0.3, 32)
    assert _also_asked(FIRST, longer)


def test_with_the_question_unread_the_count_stays_as_before():
    unread_first = _pick("6-8.05", FIRST_TEXT, FIRST_TEXT, 0.5, 0.0, 30)
    reply = _pick("11-3.02", REPLY_TEXT, REPLY_QUOTE, 0.5, 0.0, 61)
    assert _also_asked(unread_first, reply)


def test_a_first_giving_no_count_in_the_unit_keeps_the_rule_before():
    # no count of the unit asked in the first: the further clause's may be the answer, kept on as many words as before
    first = _pick("6-8.05", FIRST_TEXT, "L'enseignant présente sa demande de congé de perfectionnement.", 0.5, 0.4, 30,
                  in_unit=False)
    reply = _pick("11-3.02", REPLY_TEXT, REPLY_QUOTE, 0.5, 0.4, 61)
    assert _also_asked(first, reply)
