"""evals.scale: the synthetic corpus differs from its source, and a tiny run writes its rows and plot."""

from __future__ import annotations

import json
import re

from evals import scale
from ingest.manifest import load_manifest
from ingest.pipeline import document_chunks
from tests.corpus_fixtures import CONVENTION, make_corpus

_CLAUSE_LINE = re.compile(r"(?m)^(\d+-\d\.\d\d) (.*)$")


def test_synthetic_copies_have_new_keys_titles_and_texts(tmp_path):
    source = make_corpus(tmp_path / "src")
    keys = scale.synthetic_corpus(source, 5, tmp_path / "out")
    assert keys == ["conv", "rapport", "conv001", "rapport001", "conv002"]
    documents = {d.key: d for d in load_manifest(tmp_path / "out")}
    assert documents["conv001"].title == "Convention de test 1"
    original = (tmp_path / "out" / "conv.txt").read_text(encoding="utf-8")
    copy = (tmp_path / "out" / "conv001.txt").read_text(encoding="utf-8")
    assert "quarante (40) jours" in original and "quarante (41) jours" in copy
    assert "10-1.02" in copy  # clause numbers are kept


def test_shuffled_clauses_keep_their_numbers_in_order_and_move_their_texts():
    original = _CLAUSE_LINE.findall(CONVENTION)
    shuffled = [_CLAUSE_LINE.findall(scale.shuffle_clauses(CONVENTION, seed)) for seed in range(1, 6)]
    for clauses in shuffled:
        assert [n for n, _ in clauses] == [n for n, _ in original]  # the parser needs increasing numbers
        assert sorted(t for _, t in clauses) == sorted(t for _, t in original)
        articles = {n: t for n, t in clauses if n.endswith(".00")}
        assert articles == {n: t for n, t in original if n.endswith(".00")}  # articles stay put
    assert any(clauses != original for clauses in shuffled)


def test_shuffled_copies_parse_into_the_same_clause_ids(tmp_path):
    source = make_corpus(tmp_path / "src")
    scale.synthetic_corpus(source, 12, tmp_path / "out")
    documents = {d.key: d for d in load_manifest(tmp_path / "out")}
    ids = [c.clause_id for c in document_chunks(documents["conv"])]
    texts = {c.clause_id: c.text for c in document_chunks(documents["conv"])}
    moved = 0
    for copy in range(1, 6):
        chunks = document_chunks(documents[f"conv{copy:03d}"])
        assert [c.clause_id for c in chunks] == ids
        moved += sum(texts[c.clause_id].split(None, 1)[1][:30] != c.text.split(None, 1)[1][:30] for c in chunks)
    assert moved > 0


def test_questions_cycle_and_scope_copies(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"question": "Délai du grief ?", "doc": "conv"}) + "\n"
                    + json.dumps({"question": "Télétravail ?", "doc": None}) + "\n", encoding="utf-8")
    asked = scale.questions(gold, ["conv", "rapport", "conv001"], 6)
    assert len(asked) == 6 and asked[0] == {"question": "Délai du grief ?", "docs": None}
    assert asked[2]["docs"] == ["conv001"] and asked[3]["docs"] is None


def test_tiny_run_writes_rows_and_plot(tmp_path):
    source = make_corpus(tmp_path / "src")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"question": "Combien de jours pour un grief ?", "doc": "conv"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert scale.main(["--agreements", "2", "--out", str(out), "--stores", "disk", "--query-embedder", "fake",
                       "--questions", "4", "--source", str(source), "--gold", str(gold)]) == 0
    rows = json.loads((out / "scale.json").read_text())
    assert len(rows) == 1
    row = rows[0]
    for name in ("agreements", "passages", "units", "ingest_s", "rss_mb", "p50_ms", "p95_ms", "store"):
        assert name in row
    assert 0 <= row["embed_p95_ms"] <= row["p95_ms"] + 1 and row["rest_p95_ms"] >= 0 and row["load_1min"] >= 0
    assert row["agreements"] == 2 and row["store"] == "disk" and row["passages"] > 0 and row["rss_mb"] > 0
    assert (out / "scale.png").stat().st_size > 0
    assert not (out / "work").exists()
