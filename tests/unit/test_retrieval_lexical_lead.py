"""assistant.retrieval._lexical_lead: a passage of fused ranks 2-3 whose BM25 score is at least ``bm25_lead`` times the
first fused passage's leads instead (the question's own words are far more that passage's); routed passages keep their
place, and the rule is off at 0 (RetrievalWeights' default until cross-validation says otherwise)."""

from __future__ import annotations

from assistant.retrieval import RetrievalWeights, _lexical_lead
from assistant.types import Hit
from tests.unit.builders import chunk


def _hits(*bm25: float | None) -> list[Hit]:
    """Hits of clauses 1-1.01, 1-1.02, … with fused scores falling and the given BM25 scores."""
    return [Hit(chunk(f"texte {i}", f"1-1.0{i + 1}", i), score=1.0 - i * 0.1, bm25_score=score)
            for i, score in enumerate(bm25)]


def _order(hits: list[Hit]) -> list[str]:
    return [h.chunk.clause_id for h in hits]


def test_a_second_passage_with_twice_the_first_ones_lexical_score_leads():
    hits = _lexical_lead(_hits(2.0, 5.0, 1.0, 7.0), 0, 2.0)
    assert _order(hits) == ["1-1.02", "1-1.01", "1-1.03", "1-1.04"]
    assert hits[0].score > hits[1].score  # the ranking stays ordered by score


def test_the_third_leads_when_it_is_the_stronger_of_the_two():
    assert _order(_lexical_lead(_hits(3.0, 6.5, 9.0), 0, 2.0)) == ["1-1.03", "1-1.01", "1-1.02"]


def test_below_the_ratio_or_beyond_rank_three_nothing_moves():
    assert _order(_lexical_lead(_hits(4.0, 7.9, 1.0, 30.0), 0, 2.0)) == ["1-1.01", "1-1.02", "1-1.03", "1-1.04"]


def test_a_passage_found_by_no_word_never_leads():
    assert _order(_lexical_lead(_hits(0.0, 0.0, None), 0, 2.0)) == ["1-1.01", "1-1.02", "1-1.03"]


def test_routed_passages_stay_first():
    hits = _lexical_lead(_hits(0.5, 1.0, 9.0, 2.0), 1, 2.0)  # 1-1.01 was routed (named by the question)
    assert _order(hits) == ["1-1.01", "1-1.03", "1-1.02", "1-1.04"]


def test_off_at_zero():
    assert _order(_lexical_lead(_hits(1.0, 9.0), 0, 0.0)) == ["1-1.01", "1-1.02"]
    assert RetrievalWeights().bm25_lead >= 0.0
