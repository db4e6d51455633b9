"""A comparison side's further clause of another article stays beside its first only when it holds as many of the
question's own words (assistant/comparisons.py ``_also_asked``; DEV Q1671: Cris 5-3.16's committee beside Annexe XI for
« mon contrat de sabbatique finit quand ? »). A clause of the first's article, or one naming the first or named by it,
stays as before when its quoted sentence names the first or it holds as many asked words (a cross-reference alone
keeps it no more: tests/unit/test_comparison_cross_reference.py). Inline passages, no index."""

from __future__ import annotations

from assistant.comparisons import SidePick, _also_asked
from tests.unit.test_comparisons import clause


def _pick(clause_id: str, text: str, asked: float, ordinal: int, quote: str | None = None) -> SidePick:
    return SidePick(clause("conv", clause_id, text, ordinal), quote or text, 0.5, False, asked=asked)


FIRST = _pick("9-2.23", "9-2.23 Les frais et honoraires de l'arbitre sont à la charge de la partie perdante.", 0.6, 1)


def test_a_clause_of_another_article_holding_fewer_asked_words_is_left_out():
    other = _pick("5-3.16", "5-3.16 La partie syndicale nomme une représentante au comité.", 0.2, 5)  # in 5-3.00
    assert not _also_asked(FIRST, other)


def test_a_clause_of_another_article_holding_as_many_asked_words_stays():
    assert _also_asked(FIRST, _pick("5-3.16", "5-3.16 La partie perdante paie l'arbitre.", 0.6, 5))


def test_a_clause_naming_the_first_elsewhere_with_fewer_asked_words_is_left_out():
    annex = _pick("Annexe XXIII", "Les frais de la médiatrice-arbitre sont payés conformément à la clause 9-2.23. La "
                                  "médiatrice-arbitre tente d'amener les parties à un règlement.", 0.4, 9,
                  quote="La médiatrice-arbitre tente d'amener les parties à un règlement.")
    assert not _also_asked(FIRST, annex)  # DEV Q1852, Q1664: the mediation, not who pays the arbitrator


def test_a_clause_naming_the_first_in_its_quoted_sentence_stays():
    annex = _pick("Annexe XXIII", "Les frais de la médiatrice-arbitre sont payés conformément à la clause 9-2.23.", 0.4, 9)
    assert _also_asked(FIRST, annex)


def test_a_clause_of_the_first_article_stays_as_before():
    same = _pick("9-2.17", "9-2.17 L'arbitre rend sa décision dans les 45 jours.", 0.1, 4)
    assert _also_asked(FIRST, same)


def test_with_the_question_unread_every_clause_stays():
    assert _also_asked(_pick("9-2.23", FIRST.chunk.text, 0.0, 1),
                       _pick("5-3.16", "5-3.16 La partie syndicale nomme une représentante au comité.", 0.0, 5))
