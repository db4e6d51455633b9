"""Unit tests of how the harness scores comparisons: the gold items' optional ``also`` field,
citations of the other compared agreement, and the share of comparisons citing every agreement.

Fast: hand-made gold lines and records, no index.
"""

from __future__ import annotations

import json

import pytest

from evals.gold import ComparedDocument, GoldError, parse_gold
from evals.metrics import citation_correct, problems, score, uncited_compared_docs
from evals.report import text_table

EVIDENCE_BOURGET = "Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief"


def line(**fields) -> str:
    data = {"id": "Q001", "question": "Compare le délai de grief de Bourget et des Cris.", "doc": "bourget",
            "clauses": ["10-1.02"], "evidence": [EVIDENCE_BOURGET], "answer": "40 jours ouvrables contre 120 jours.",
            "key_facts": ["40 jours ouvrables"], "type": "numeric", "follows": None}
    data.update(fields)
    return json.dumps(data, ensure_ascii=False)


ALSO = [{"doc": "cris", "clauses": ["9-1.03"]}]


def comparison(**fields):
    return parse_gold([line(also=ALSO, **fields)])[0]


def record(citations=(), abstained=False, id="Q001") -> dict:
    return {"id": id, "question": "q", "answer": "", "abstained": abstained, "citations": list(citations),
            "retrieved": [], "latency_ms": 10.0}


def cite(doc, clause) -> dict:
    return {"doc": doc, "clause": clause, "quote": "x"}


def test_also_is_read_and_old_items_stay_valid():
    item = comparison()
    assert item.also == (ComparedDocument("cris", ("9-1.03",)),)
    assert item.compared_docs == ("bourget", "cris")
    plain = parse_gold([line()])[0]
    assert plain.also == () and plain.compared_docs == ()


def test_also_may_carry_evidence():
    item = parse_gold([line(also=[{"doc": "cris", "clauses": ["9-1.03"], "evidence": ["dans les 120 jours"]}])])[0]
    assert item.also[0].evidence == ("dans les 120 jours",)


@pytest.mark.parametrize("also, message", [
    ([], "non-empty list"),
    ({"doc": "cris"}, "non-empty list"),
    ([{"doc": "cris"}], "'doc', 'clauses'"),
    ([{"doc": "cris", "clauses": ["9-1.03"], "page": 3}], "'doc', 'clauses'"),
    ([{"doc": "cris", "clauses": []}], "must list the clauses"),
    ([{"doc": "bourget", "clauses": ["6-3.02"]}], "twice"),
    ([{"doc": "cris", "clauses": ["9-1.03"]}, {"doc": "cris", "clauses": ["9-1.01"]}], "twice"),
])
def test_malformed_also_is_named(also, message):
    with pytest.raises(GoldError, match=message):
        parse_gold([line(also=also)], source="g.jsonl")


def test_also_needs_a_doc_and_known_documents():
    with pytest.raises(GoldError, match="needs 'doc' set"):
        parse_gold([line(doc=None, clauses=[], evidence=[], key_facts=[], type="unanswerable", also=ALSO)])
    with pytest.raises(GoldError, match="'also' names doc 'cris'"):
        parse_gold([line(also=ALSO)], known_docs={"bourget"})
    assert parse_gold([line(also=ALSO)], known_docs={"bourget", "cris"})


def test_a_citation_of_the_other_agreement_counts_on_its_own_clauses():
    item = comparison()
    assert citation_correct(item, cite("bourget", "10-1.02"), None)
    assert citation_correct(item, cite("cris", "9-1.03"), None)
    assert not citation_correct(item, cite("cris", "10-1.02"), None)  # a Bourget clause number, on the Cris side
    assert not citation_correct(item, cite("cris", "9-2.01"), None)
    assert not citation_correct(item, cite("mentorat", "9-1.03"), None)
    plain = parse_gold([line()])[0]
    assert not citation_correct(plain, cite("cris", "9-1.03"), None)  # no also: as before


def test_other_agreement_evidence_makes_a_citation_correct():
    item = parse_gold([line(also=[{"doc": "cris", "clauses": ["9-1.03"],
                                   "evidence": ["remis dans les 120 jours de la date de l'événement"]}])])[0]
    passage = "L'avis de grief doit être posté ou télécopié ou remis dans les 120 jours de la date de l'événement."
    assert citation_correct(item, cite("cris", "9-1.01"), passage)
    assert not citation_correct(item, cite("cris", "9-1.01"), "autre chose")


def test_comparisons_citing_every_agreement():
    item = comparison()
    both = record([cite("bourget", "10-1.02"), cite("cris", "9-1.03")])
    one = record([cite("bourget", "10-1.02")])
    assert uncited_compared_docs(item, both) == []
    assert uncited_compared_docs(item, one) == ["cris"]
    assert uncited_compared_docs(item, record(both["citations"], abstained=True)) == ["bourget", "cris"]
    assert "comparison cites no clause of cris" in problems(item, one)
    assert not any("comparison" in p for p in problems(item, both))


def test_score_has_the_share_of_comparisons_citing_every_agreement():
    items = parse_gold([line(id="Q001", also=ALSO), line(id="Q002", also=ALSO), line(id="Q003")])
    records = [record([cite("bourget", "10-1.02"), cite("cris", "9-1.03")], id="Q001"),
               record([cite("cris", "9-1.03")], id="Q002"),
               record([cite("bourget", "10-1.02")], id="Q003")]
    metrics = score(items, records)
    assert metrics["comparisons_citing_all"] == 0.5  # Q003 compares nothing: not counted
    assert metrics["citation_precision"] == 1.0  # the Cris citations are on target
    assert score(items[2:], records)["comparisons_citing_all"] is None
    assert "comparisons citing every compared agreement" in text_table(metrics)
