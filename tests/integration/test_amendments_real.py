"""The real amending agreement ("cris"): every item once, sample items, all text kept
(moved out of tests/unit/test_amendments.py)."""

from __future__ import annotations

import re

import pytest

from ingest.amendments import parse_amendments
from ingest.config import PROJECT_ROOT
from ingest.lines import numbered_line, split_lines
from ingest.normalise import normalise
from ingest.types import AMENDMENT_ACTIONS, Clause, Document, NormalisedText, Page
from tests.unit.test_amendments import of_item

pytestmark = pytest.mark.integration

CORPUS = PROJECT_ROOT / "corpus"


# --- the real agreement ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cris() -> tuple[NormalisedText, list[Clause]]:
    path = next(CORPUS.glob("cris-*.txt"))
    text = normalise([Page(1, path.read_text(encoding="utf-8"))])
    doc = Document(key="cris", title="Accord cris", kind="accord modifiant une convention", path=path)
    return text, parse_amendments(doc, text)


@pytest.mark.integration
def test_cris_every_item_once_with_action_and_targets(cris) -> None:
    _, records = cris
    items: dict[int, list[Clause]] = {}
    for record in records:
        if record.amends:
            items.setdefault(int(record.amends.item), []).append(record)
    assert sorted(items) == list(range(1, 88))  # no gap, no duplicate item
    assert len(items) >= 80
    for number, item_records in items.items():
        amendment = item_records[0].amends
        assert amendment.action in AMENDMENT_ACTIONS and amendment.targets, number
        assert all(r.amends == amendment for r in item_records)
    order = [int(r.amends.item) for r in records if r.amends]
    assert order == sorted(order)  # each item's records are together


@pytest.mark.integration
def test_cris_sample_items(cris) -> None:
    _, records = cris
    (item9,) = of_item(records, "9")
    assert item9.clause_id == "5-2.01" and item9.amends.action == "replace"
    assert [r.clause_id for r in of_item(records, "10")] == ["5-2.07", "5-2.08", "5-2.09"]
    item45 = of_item(records, "45")
    assert item45[0].clause_id == "9-0.00" and item45[0].amends.targets == ("9-0.00",)
    assert any(r.clause_id == "9-2.03" and "Jean-Guy Ménard" in r.text for r in item45)
    assert len(item45) > 30
    assert [r.clause_id for r in of_item(records, "65")] == ["Annexe III-e", "Annexe III-f"]
    assert of_item(records, "61")[0].amends.action == "repeal"
    assert of_item(records, "50")[0].amends.action == "retitle"
    assert of_item(records, "52")[0].amends.action == "add"
    assert [r.clause_id for r in of_item(records, "1")][:3] == ["1-1.00", "1-1.01", "1-1.02"]


@pytest.mark.integration
def test_cris_keeps_all_text_but_headings(cris) -> None:
    text, records = cris
    covered = bytearray(len(text.text))
    for record in records:
        covered[record.start:record.end] = b"\x01" * (record.end - record.start)
    assert records[0].kind == "preamble" and records[-1].clause_id == "En foi de quoi"
    for line in split_lines(text.text):
        if line.blank or any(covered[line.start:line.end]):
            continue
        numbered = numbered_line(line.text)
        is_heading = re.match(r"^CHAPITRE \d+$", line.stripped) or (
            numbered is not None and (numbered.number.is_article or numbered.number.is_chapter))
        assert is_heading, line.text


@pytest.mark.integration
def test_cris_records_do_not_run_into_the_next_clause(cris) -> None:
    _, records = cris
    for record in records:
        if record.kind != "clause":
            continue
        for line in record.text.split("\n")[1:]:
            numbered = numbered_line(line)
            assert numbered is None or numbered.number.label == record.clause_id, (record.clause_id, line)
