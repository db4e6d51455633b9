"""Unit tests of the evaluation harness: gold validation, metrics, harness, report, baseline.

Fast: a fake assistant with the Assistant's interface, tiny hand-made records, no index.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.chat import Conversation
from assistant.types import Answer, Citation, Hit
from evals.gold import GoldError, GoldItem, chain, load_gold, parse_gold, select
from evals.harness import read_records, run, write_records
from evals.metrics import (
    breakdown,
    cited_passages,
    clause_matches,
    clause_recall,
    evaluate,
    first_hit_rank,
    missing_key_facts,
    normalise_fact,
    problems,
    score,
)
from evals.report import failures, metrics_table, write_run
from ingest.embeddings import FakeEmbedder
from ingest.types import Chunk

EVIDENCE_6304 = "à raison de soixante pour cent (60 %) de l'échelle de traitement applicable"
TEXT_6304 = (
    "6-3.04 La banque annuelle de congés de maladie de dix (10) jours ouvrables d'absences, prévue à la "
    "clause 6-3.02, est monnayable, le ou vers le 30 juin de chaque année, à raison de soixante pour\n"
    "cent (60\u00a0%) de l'échelle de traitement applicable lorsqu'un ou ces jours sont non utilisés."
)


# -- builders ---------------------------------------------------------------------------------


def item(id="Q001", doc="bourget", clauses=("6-3.04",), evidence=(EVIDENCE_6304,), key_facts=("60 %", "30 juin"),
         type="numeric", follows=None, question=None, line=1) -> GoldItem:
    return GoldItem(id=id, question=question or f"question {id}", doc=doc, clauses=tuple(clauses),
                    evidence=tuple(evidence), answer="", key_facts=tuple(key_facts), type=type, follows=follows,
                    line=line)


def passage(doc="bourget", clause="6-3.04", text="autre chose", score=0.5) -> dict:
    return {"doc": doc, "clause": clause, "text": text, "score": score}


def record(id="Q001", answer="", retrieved=(), citations=(), abstained=False, latency_ms=100.0) -> dict:
    return {"id": id, "question": f"question {id}", "answer": answer, "abstained": abstained,
            "citations": list(citations), "retrieved": list(retrieved), "latency_ms": latency_ms}


def gold_line(**fields) -> str:
    data = {"id": "Q001", "question": "Les jours de maladie non pris sont-ils payés ?", "doc": "bourget",
            "clauses": ["6-3.04"], "evidence": [EVIDENCE_6304], "answer": "Oui, à 60 %.",
            "key_facts": ["60 %"], "type": "numeric", "follows": None}
    data.update(fields)
    for name in [k for k, v in fields.items() if v is _DROP]:
        del data[name]
    return json.dumps(data, ensure_ascii=False)


_DROP = object()


def chunk(chunk_id, doc="bourget", clause_id="6-3.04", text=TEXT_6304) -> Chunk:
    return Chunk(chunk_id=chunk_id, doc=doc, clause_id=clause_id, kind="clause", text=text, indexed_text=text)


# -- fake assistant ---------------------------------------------------------------------------


class FakeIndex:
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.by_id = {c.chunk_id: c for c in self.chunks}
        self.documents = {c.doc: {"title": c.doc.title()} for c in self.chunks}


class FakeAssistant:
    """The Assistant's interface: ``conversation(docs)`` (the real Conversation) and ``ask``."""

    def __init__(self, chunks=None, latency_ms=0.0, fail_on=()):
        default = [chunk(f"bourget:{i:05d}:1", clause_id=f"6-3.{i:02d}", text=f"passage {i}") for i in range(1, 13)]
        default[3] = chunk("bourget:00004:1")  # 6-3.04 with the evidence, at rank 4
        self.index = FakeIndex(chunks or default + [chunk("mentorat:00001:1", "mentorat", "Mentorat", "mentor")])
        self.embedder = FakeEmbedder()
        self.latency_ms = latency_ms
        self.fail_on = set(fail_on)
        self.calls: list[dict] = []  # one per ask, in order
        self.conversations: list[Conversation] = []

    def conversation(self, docs=None):
        conversation = Conversation(self, docs)
        self.conversations.append(conversation)
        return conversation

    def ask(self, question, docs=None, history=()):
        self.calls.append({"question": question, "docs": docs, "history": [a.question for a in history]})
        if question in self.fail_on:
            raise RuntimeError("boom")
        hits = [Hit(c, 1.0 - i / 100) for i, c in enumerate(self.index.chunks)
                if docs is None or c.doc in docs]
        citation = Citation("bourget", "6-3.04", "est monnayable, le ou vers le 30 juin", "bourget:00004:1")
        return Answer(question=question, text="Monnayables le 30 juin, à soixante pour cent (60 %).",
                      citations=[citation], hits=hits, latency_ms=self.latency_ms)


# -- gold --------------------------------------------------------------------------------------


def write_gold(tmp_path: Path, lines) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_reads_every_field(tmp_path):
    path = write_gold(tmp_path, [gold_line(), "", gold_line(id="Q002", follows="Q001", type="followup"),
                                 gold_line(id="Q003", doc=None, clauses=[], evidence=[], key_facts=[],
                                           type="unanswerable")])
    items = load_gold(path)
    assert [i.id for i in items] == ["Q001", "Q002", "Q003"]
    assert items[0].clauses == ("6-3.04",) and items[0].evidence == (EVIDENCE_6304,)
    assert items[1].follows == "Q001" and items[1].line == 3
    assert not items[2].answerable and items[2].doc is None


@pytest.mark.parametrize(
    "bad, message",
    [
        ("{not json", "line 2: not valid JSON"),
        ("[1, 2]", "line 2: a line must hold one JSON object"),
        (gold_line(id="Q002", key_facts=_DROP), "line 2: missing field 'key_facts'"),
        (gold_line(id="Q002", clauses="6-3.04"), "line 2: 'clauses' must be a list of strings"),
        (gold_line(id="Q002", doc=3), "line 2: 'doc' must be a string or null"),
        (gold_line(id="Q002", type="trivia"), "line 2: unknown type 'trivia'"),
        (gold_line(id="Q001"), "line 2: id Q001 is already used on line 1"),
        (gold_line(id="Q002", follows="Q099"), "line 2: 'follows' names Q099, which is not an earlier item"),
        (gold_line(id="Q002", follows="Q002"), "line 2: 'follows' names Q002, which is not an earlier item"),
        (gold_line(id="Q002", type="unanswerable"), "line 2: an 'unanswerable' item must have \"doc\": null"),
        (gold_line(id="Q002", evidence=[]), "line 2: 'evidence' must hold 1-3 verbatim quotes"),
    ],
)
def test_malformed_gold_line_is_named(tmp_path, bad, message):
    path = write_gold(tmp_path, [gold_line(), bad])
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert str(error.value).startswith(f"{path} line 2: ")
    assert message in str(error.value)


def test_follows_a_later_item_is_refused():
    lines = [gold_line(), gold_line(id="Q002", follows="Q003"), gold_line(id="Q003")]
    with pytest.raises(GoldError, match=r"gold.jsonl line 2: 'follows' names Q003, which is not an earlier item"):
        parse_gold(lines, source="gold.jsonl")


def test_unknown_doc_key_is_refused_when_keys_are_known():
    lines = [gold_line(), "", gold_line(id="Q002", doc="bourgett")]
    assert len(parse_gold(lines, source="g.jsonl")) == 2
    with pytest.raises(GoldError, match=r"g.jsonl line 3: doc 'bourgett' is not a document of the index"):
        parse_gold(lines, source="g.jsonl", known_docs={"bourget", "cris"})


def test_missing_and_empty_gold_files(tmp_path):
    with pytest.raises(GoldError, match="gold file not found"):
        load_gold(tmp_path / "absent.jsonl")
    with pytest.raises(GoldError, match="no gold items"):
        load_gold(write_gold(tmp_path, ["", "  "]))


def test_select_keeps_what_the_first_items_follow():
    items = [item("Q001"), item("Q002"), item("Q003", follows="Q001"), item("Q004", follows="Q003")]
    assert [i.id for i in select(items, 1)] == ["Q001"]
    assert [i.id for i in select(items, None)] == ["Q001", "Q002", "Q003", "Q004"]
    by_id = {i.id: i for i in items}
    assert [i.id for i in chain(by_id["Q004"], by_id)] == ["Q001", "Q003"]
    assert chain(by_id["Q001"], by_id) == []


def test_limit_pulls_in_followed_items_in_file_order():
    items = [item("Q001"), item("Q002"), item("Q003", follows="Q001")]
    reordered = [items[0], items[2], items[1]]  # Q003 in the first two: Q001 comes with it
    assert [i.id for i in select(reordered, 2)] == ["Q001", "Q003"]


# -- normalisation and key facts ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, normalised",
    [
        ("Quarante (40) jours", "40 jours"),
        ("un délai de quarante (40) jours ouvrables", "un délai de 40 jours ouvrables"),
        ("vingt-cinq (25) élèves", "25 élèves"),
        ("vingt et un (21) jours ouvrables", "21 jours ouvrables"),
        ("trente-deux virgule cinq (32,5) périodes", "32,5 périodes"),
        ("soixante pour cent (60 %) du traitement", "60 % du traitement"),
        ("50%", "50 %"),
        ("50\u00a0%", "50 %"),
        ("le 1^{er} juillet", "le 1er juillet"),
        ("le 1er  juillet", "le 1er juillet"),
        ("l\u2019enseignant\u202fa", "l'enseignant a"),
        ("Le  30\njuin", "le 30 juin"),
        ("la clause (40)", "la clause (40)"),  # not a number word: untouched
    ],
)
def test_normalise_fact(text, normalised):
    assert normalise_fact(text) == normalised


def test_key_facts_found_after_normalisation():
    gold = item(key_facts=("40 jours", "50 %", "1er juillet", "l'employeur"))
    answer = "Dans les quarante (40) jours suivant le 1^{er} juillet, l\u2019Employeur verse 50%."
    assert missing_key_facts(gold, answer) == []
    assert missing_key_facts(gold, "dans les 40 jours") == ["50 %", "1er juillet", "l'employeur"]


def test_key_fact_recall_and_all_key_facts():
    items = [item("Q001", key_facts=("60 %", "30 juin")), item("Q002", key_facts=("10 jours",))]
    records = [record("Q001", answer="60 % seulement"), record("Q002", answer="dix (10) jours")]
    metrics = score(items, records)
    assert metrics["key_fact_recall"] == pytest.approx((0.5 + 1) / 2)
    assert metrics["all_key_facts"] == pytest.approx(0.5)


# -- retrieval metrics -------------------------------------------------------------------------


def test_hit_at_k_and_mrr():
    items = [item("Q001"), item("Q002"), item("Q003")]
    records = [
        record("Q001", retrieved=[passage(text="a"), passage(text="b"), passage(text=TEXT_6304)]),
        record("Q002", retrieved=[passage(text=TEXT_6304)] + [passage()] * 11),
        record("Q003", retrieved=[passage()] * 10 + [passage(text=TEXT_6304)]),  # rank 11: beyond 10
    ]
    assert [first_hit_rank(i, r) for i, r in zip(items, records)] == [3, 1, None]
    metrics = score(items, records)
    assert metrics["hit@1"] == pytest.approx(1 / 3)
    assert metrics["hit@3"] == metrics["hit@5"] == metrics["hit@10"] == pytest.approx(2 / 3)
    assert metrics["mrr@10"] == pytest.approx((1 / 3 + 1 + 0) / 3)


def test_evidence_matches_across_whitespace_and_apostrophes():
    gold = item(evidence=("à raison de soixante pour cent (60 %) de l\u2019échelle",))
    retrieved = [passage(text="… à raison de soixante   pour\ncent (60\u00a0%) de l'échelle de traitement")]
    assert first_hit_rank(gold, record(retrieved=retrieved)) == 1


def test_unanswerable_items_are_not_in_retrieval_metrics():
    items = [item("Q001"), item("Q002", doc=None, clauses=(), evidence=(), key_facts=(), type="unanswerable")]
    records = [record("Q001", retrieved=[passage(text=TEXT_6304)]), record("Q002", retrieved=[passage()])]
    metrics = score(items, records)
    assert metrics["hit@1"] == 1.0 and metrics["answerable_items"] == 1


@pytest.mark.parametrize(
    "gold, found, matches",
    [
        ("6-3.04", "6-3.04", True),
        ("6-3.00", "6-3.04", True),  # article id matched by any clause of the article
        ("6-3.00", "6-3.00", True),
        ("6-3.00", "6-30.01", False),
        ("6-3.00", "16-3.04", False),
        ("6-3.04", "6-3.00", False),  # a clause id is not matched by its article
        ("5-4.01", "5-4.01 A", True),  # sub-clause
        ("5-4.01", "5-4.010", False),
        ("Annexe M", "annexe  M", True),
        ("6-3.04", "6\u20113.04", True),  # non-breaking hyphen
        ("6-3.04", "", False),
    ],
)
def test_clause_matches(gold, found, matches):
    assert clause_matches(gold, found) is matches


def test_clause_recall_looks_at_the_top_five_of_the_gold_doc():
    gold = item(clauses=("6-3.00", "8-1.02"))
    retrieved = [passage("cris", "6-3.04")] * 6 + [passage("bourget", c) for c in
                                                   ("1-1.01", "6-3.07", "2-2.01", "3-1.01", "4-1.01", "8-1.02")]
    # 6-3.00 found through 6-3.07 (3rd bourget passage); 8-1.02 is only 6th among bourget passages
    assert clause_recall(gold, record(retrieved=retrieved)) == pytest.approx(0.5)
    items = [gold, item("Q002", clauses=())]
    metrics = score(items, [record("Q001", retrieved=retrieved), record("Q002")])
    assert metrics["clause_recall@5"] == pytest.approx(0.5)  # Q002 has no clauses: not counted


# -- citations ---------------------------------------------------------------------------------


def test_citation_precision_and_verbatim_quotes():
    gold = item(clauses=("6-3.00",))
    retrieved = [passage(text=TEXT_6304), passage(clause="6-3.07", text="Le salarié peut ... 6-3.07 texte"),
                 passage("cris", "6-3.04", "clause des Cris")]
    citations = [
        {"doc": "bourget", "clause": "6-3.04", "quote": "est monnayable, le ou vers le 30 juin"},  # evidence
        {"doc": "bourget", "clause": "6-3.07", "quote": "6-3.07 texte"},  # article rule
        {"doc": "cris", "clause": "6-3.04", "quote": "pas dans le passage"},  # wrong doc, not verbatim
        {"doc": "bourget", "clause": "9-1.01", "quote": "introuvable"},  # wrong clause, no passage
    ]
    metrics = score([gold], [record(retrieved=retrieved, citations=citations)])
    assert metrics["citation_precision"] == pytest.approx(2 / 4)
    assert metrics["quotes_verbatim"] == pytest.approx(2 / 4)
    assert metrics["citations"] == 4


def test_cited_passage_prefers_the_index_text_then_the_retrieved_passage():
    citations = [{"doc": "bourget", "clause": "6-3.04", "quote": "30 juin"},
                 {"doc": "bourget", "clause": "6-3.04", "quote": "hors du passage retenu"}]
    retrieved = [passage(text="début de 6-3.04"), passage(text="suite, le 30 juin")]
    assert cited_passages(record(retrieved=retrieved, citations=citations)) == ["suite, le 30 juin",
                                                                               "début de 6-3.04"]
    assert cited_passages(record(retrieved=retrieved, citations=citations), ["texte de l'index", None]) == [
        "texte de l'index", "début de 6-3.04"]


def test_cited_texts_from_the_harness_win_over_the_dump():
    gold = item(clauses=())
    citations = [{"doc": "bourget", "clause": "6-3.04", "quote": "de l'échelle de traitement applicable"}]
    bare = record(citations=citations, retrieved=[])
    assert score([gold], [bare])["citation_precision"] == 0.0
    assert score([gold], [bare], {"Q001": [TEXT_6304]})["citation_precision"] == 1.0
    # a dump whose citation carries its passage (a comparison side's, outside the ranked passages) scores alone
    # as the harness does
    carried = record(citations=[dict(citations[0], passage=TEXT_6304)], retrieved=[])
    assert score([gold], [carried])["citation_precision"] == 1.0
    assert score([gold], [carried])["quotes_verbatim"] == 1.0


# -- abstention, latency, breakdowns -----------------------------------------------------------


def test_abstention_false_abstention_and_latency():
    unanswerable = dict(doc=None, clauses=(), evidence=(), key_facts=(), type="unanswerable")
    items = [item("Q001"), item("Q002"), item("Q003", **unanswerable), item("Q004", **unanswerable)]
    records = [record("Q001", abstained=True, latency_ms=100), record("Q002", latency_ms=200),
               record("Q003", abstained=True, latency_ms=300), record("Q004", latency_ms=400)]
    metrics = score(items, records)
    assert metrics["abstention_rate"] == 0.5
    assert metrics["false_abstention_rate"] == 0.5
    assert metrics["latency_p50_ms"] == pytest.approx(250)
    assert metrics["latency_p95_ms"] == pytest.approx(385)


def test_breakdown_by_type_and_document_is_flat():
    items = [item("Q001"), item("Q002", doc="cris", type="amendment"),
             item("Q003", doc=None, clauses=(), evidence=(), key_facts=(), type="unanswerable")]
    records = [record("Q001", retrieved=[passage(text=TEXT_6304)]), record("Q002"),
               record("Q003", abstained=True)]
    flat = breakdown(items, records)
    assert flat["by_type.numeric.hit@1"] == 1.0
    assert flat["by_type.amendment.hit@1"] == 0.0
    assert flat["by_type.unanswerable.abstention_rate"] == 1.0
    assert flat["by_doc.bourget.items"] == 1 and flat["by_doc.(none).items"] == 1
    assert flat["by_doc.cris.hit@1"] == 0.0
    everything = evaluate(items, records)
    assert all(not isinstance(v, (dict, list)) for v in everything.values())
    json.dumps(everything)


def test_problems_say_what_went_wrong():
    gold = item()
    wrong = record(abstained=True, retrieved=[passage()] * 10)
    found = problems(gold, wrong)
    assert "false abstention" in found and "no evidence in top 10" in found
    ok = record(answer="le 30 juin, à 60 %", retrieved=[passage(text=TEXT_6304)],
                citations=[{"doc": "bourget", "clause": "6-3.04", "quote": "le 30 juin"}])
    assert problems(gold, ok) == []
    assert any("missing key facts: 30 juin" in p for p in problems(gold, {**ok, "answer": "60 %"}))
    unanswerable = item(doc=None, clauses=(), evidence=(), key_facts=(), type="unanswerable")
    assert problems(unanswerable, record()) == ["answered although no document answers it (should abstain)"]


# -- harness -----------------------------------------------------------------------------------


def test_follow_up_chain_is_asked_in_order_in_one_conversation():
    assistant = FakeAssistant()
    items = [item("Q001", question="Q1?"), item("Q002", question="Q2?", follows="Q001", type="followup"),
             item("Q003", question="Q3?", follows="Q002", type="followup")]
    results = run(assistant, items)
    assert [r.item.id for r in results] == ["Q001", "Q002", "Q003"]
    warm_up, *conversations = assistant.conversations
    assert [a.question for a in conversations[0].turns] == ["Q1?"]
    assert [a.question for a in conversations[1].turns] == ["Q1?", "Q2?"]
    assert [a.question for a in conversations[2].turns] == ["Q1?", "Q2?", "Q3?"]
    last = [c for c in assistant.calls if c["question"] == "Q3?"][-1]
    assert last["history"] == ["Q1?", "Q2?"]  # earlier turns passed as the conversation's history
    assert results[2].answer is conversations[2].turns[-1]
    assert results[2].record["question"] == "Q3?"


def test_warm_up_comes_first_and_is_not_recorded():
    assistant = FakeAssistant()
    results = run(assistant, [item("Q001", question="Q1?")])
    assert [c["question"] for c in assistant.calls] == ["Q1?", "Q1?"]
    assert len(results) == 1
    assert run(assistant, []) == []


def test_doc_scoped_passes_the_gold_document():
    unanswerable = item("Q002", doc=None, clauses=(), evidence=(), key_facts=(), type="unanswerable",
                        question="Q2?")
    items = [item("Q001", question="Q1?", doc="mentorat"), unanswerable,
             item("Q003", question="Q3?", follows="Q001", doc="mentorat", type="followup")]
    assistant = FakeAssistant()
    run(assistant, items, doc_scoped=True)
    scoped = [c.docs for c in assistant.conversations[1:]]
    assert scoped == [["mentorat"], None, ["mentorat"]]
    assert all(h.chunk.doc == "mentorat" for h in assistant.conversations[1].turns[-1].hits)
    assistant = FakeAssistant()
    run(assistant, items, doc_scoped=False)
    assert [c.docs for c in assistant.conversations] == [None, None, None, None]


def test_dump_record_follows_evals_md_exactly():
    assistant = FakeAssistant(latency_ms=42.0)
    result = run(assistant, [item("Q001")])[0]
    rec = result.record
    assert list(rec) == ["id", "question", "answer", "abstained", "citations", "retrieved", "latency_ms"]
    quote = "est monnayable, le ou vers le 30 juin"
    # the cited passage's text rides along, so that the dump scored alone judges it as the harness does
    assert rec["citations"] == [{"doc": "bourget", "clause": "6-3.04", "quote": quote, "passage": TEXT_6304}]
    assert len(rec["retrieved"]) == 13
    assert rec["retrieved"][0] == {"doc": "bourget", "clause": "6-3.01", "text": "passage 1", "score": 1.0}
    assert rec["retrieved"][3]["text"] == TEXT_6304
    assert rec["latency_ms"] == 42.0  # Answer.latency_ms wins when set
    assert result.cited_texts == [TEXT_6304]  # from index.by_id
    json.dumps(rec, ensure_ascii=False)


def test_latency_is_measured_when_the_answer_has_none():
    result = run(FakeAssistant(latency_ms=0.0), [item("Q001")])[0]
    assert 0 < result.latency_ms < 5000 and result.record["latency_ms"] >= 0


def test_an_item_that_raises_is_recorded_and_the_run_goes_on():
    assistant = FakeAssistant(fail_on={"Q2?"})
    results = run(assistant, [item("Q001", question="Q1?"), item("Q002", question="Q2?")])
    assert results[0].error is None
    assert results[1].error == "RuntimeError: boom"
    assert results[1].record["answer"] == "" and results[1].record["retrieved"] == []
    assert failures(results)[-1].problems[0] == "error: RuntimeError: boom"


def test_records_round_trip(tmp_path):
    records = [record("Q001", answer="« 60 % »")]
    write_records(tmp_path / "answers.jsonl", records)
    assert read_records(tmp_path / "answers.jsonl") == records
    assert "« 60 % »" in (tmp_path / "answers.jsonl").read_text(encoding="utf-8")


def test_metrics_of_a_run_equal_metrics_of_its_dump(tmp_path):
    items = [item("Q001"), item("Q002", doc=None, clauses=(), evidence=(), key_facts=(), type="unanswerable")]
    results = run(FakeAssistant(), items)
    write_records(tmp_path / "answers.jsonl", [r.record for r in results])
    from_dump = evaluate(items, read_records(tmp_path / "answers.jsonl"))
    assert from_dump["hit@4"] == 1.0 and from_dump["hit@3"] == 0.0
    assert from_dump["citation_precision"] == 1.0 and from_dump["key_fact_recall"] == 1.0
    assert from_dump["abstention_rate"] == 0.0


# -- output folder -----------------------------------------------------------------------------


def test_write_run_writes_everything_and_the_report_opens_with_the_table(tmp_path):
    items = [item("Q001"), item("Q002", doc=None, clauses=(), evidence=(), key_facts=(), type="unanswerable")]
    results = run(FakeAssistant(), items)
    baseline_results = run(FakeAssistant(), items)
    out = tmp_path / "nested" / "out"
    metrics, baseline = write_run(out, items, results, baseline_results, {"gold": "inline"})
    names = sorted(p.name for p in out.iterdir())
    assert names == ["answers.jsonl", "baseline-answers.jsonl", "by_doc.png", "by_type.png", "hit_at_k.png",
                     "metrics.json", "report.md"]
    assert [p.name for p in out.parent.iterdir()] == ["out"]  # no staging folder left
    report = (out / "report.md").read_text(encoding="utf-8")
    assert report.startswith("| metric | this project | LangChain baseline |")
    for name in ("hit_at_k.png", "by_type.png", "by_doc.png"):
        assert f"]({name})" in report
    assert "## By question type" in report and "## By document" in report
    assert "**Q002**" in report and "should abstain" in report
    stored = json.loads((out / "metrics.json").read_text())
    assert stored["hit@4"] == metrics["hit@4"] == 1.0
    assert stored["baseline.hit@4"] == baseline["hit@4"]
    assert read_records(out / "answers.jsonl")[0]["id"] == "Q001"

    write_run(out, items, results, None, {})  # a later run without --baseline
    assert not (out / "baseline-answers.jsonl").exists()
    assert "LangChain baseline" not in (out / "report.md").read_text(encoding="utf-8").splitlines()[0]


def test_write_run_leaves_out_untouched_when_writing_fails(tmp_path, monkeypatch):
    import evals.report

    out = tmp_path / "out"
    out.mkdir()
    (out / "answers.jsonl").write_text("old\n")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(evals.report, "write_report", broken)
    results = run(FakeAssistant(), [item("Q001")])
    with pytest.raises(OSError):
        write_run(out, [item("Q001")], results)
    assert [p.name for p in out.iterdir()] == ["answers.jsonl"]
    assert (out / "answers.jsonl").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_metrics_table_lists_every_overall_metric():
    metrics = score([item()], [record(retrieved=[passage(text=TEXT_6304)])])
    table = metrics_table(metrics)
    assert table.splitlines()[0] == "| metric | this project |"
    assert len(table.splitlines()) == 2 + len(metrics)
    assert "| evidence hit@1 | 1.000 |" in table and "| latency p50 (ms) | 100 |" in table


# -- baseline ----------------------------------------------------------------------------------


class CountingEmbedder(FakeEmbedder):
    def __init__(self):
        super().__init__()
        self.passages_embedded = 0

    def embed_passages(self, texts):
        self.passages_embedded += len(texts)
        return super().embed_passages(texts)


def test_baseline_helpers():
    from evals.baseline import first_clause, first_sentence, split_passages

    assert first_clause("voir la clause 6-3.04 et 10-7.01") == "6-3.04"
    assert first_clause("période 2014-2019, article 5.1") == ""
    assert first_sentence("  Première phrase, 6-3.04 inclus. Deuxième.") == "Première phrase, 6-3.04 inclus."
    assert first_sentence("sans point final") == "sans point final"
    passages = split_passages({"bourget": "mot " * 600}, {"bourget": "Convention"})
    assert len(passages) >= 3 and all(len(p.text) <= 1000 for p in passages)
    assert passages[0].chunk_id == "baseline:bourget:00000" and passages[0].doc_title == "Convention"


def test_baseline_answers_through_langchain_chroma_with_the_embedding_cache(tmp_path):
    from evals.baseline import LangChainBaseline

    texts = {
        "bourget": ("6-3.04 La banque de congés de maladie est monnayable le 30 juin à 60 %. Suite du texte.\n\n"
                    + "Autre clause sur la tâche éducative et les horaires. " * 40),
        "mentorat": "Le mentorat accompagne les enseignants débutants pendant leur insertion. " * 30,
    }
    embedder = CountingEmbedder()
    cache = tmp_path / "embedding-cache.sqlite"
    baseline = LangChainBaseline.from_texts(texts, embedder, cache_path=cache)
    first_build = embedder.passages_embedded
    assert len(baseline.by_id) > 2
    assert first_build == len({p.text for p in baseline.by_id.values()})  # identical passages embedded once

    answer = baseline.conversation().ask("congés de maladie monnayables le 30 juin")
    assert not answer.abstained and len(answer.hits) == min(10, len(baseline.by_id))
    assert answer.hits[0].chunk.doc == "bourget" and answer.text == answer.hits[0].chunk.text[:500]
    assert answer.citations[0].clause == "6-3.04"
    assert answer.citations[0].quote in answer.hits[0].chunk.text
    scores = [h.score for h in answer.hits]
    assert scores == sorted(scores, reverse=True)

    scoped = baseline.conversation(docs=["mentorat"]).ask("congés de maladie")
    assert {h.chunk.doc for h in scoped.hits} == {"mentorat"}

    before = embedder.passages_embedded
    again = LangChainBaseline.from_texts(texts, embedder, cache_path=cache)  # second run: all from the cache
    assert embedder.passages_embedded == before and len(again.by_id) == len(baseline.by_id)

    results = run(baseline, [item("Q001", question="Les congés de maladie sont-ils monnayables ?")])
    assert results[0].record["citations"][0]["doc"] == "bourget"
    assert results[0].cited_texts == [answer.hits[0].chunk.text]
