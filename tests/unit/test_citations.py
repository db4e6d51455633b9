"""assistant.citations on tiny inline answers: cited clauses numbered once, quotes, support rows."""

from __future__ import annotations

from assistant.citations import CitedClause, SupportRow, cited_clauses, clause_quotes, support_rows
from assistant.types import Answer, Citation, SentenceSupport
from ingest.types import Chunk

LABEL = "[Convention Bourget, 10-1.02]"


def _chunk(chunk_id: str, clause: str, text: str = "Texte.") -> Chunk:
    return Chunk(chunk_id=chunk_id, doc="bourget", doc_title="Convention Bourget", kind="clause",
                 clause_id=clause, text=text, indexed_text=text, ordinal=0)


def _answer(support=()) -> Answer:
    """A long clause 10-1.02 quoted from its two stored parts, then clause 5-3.01, then part 1 again."""
    citations = [
        Citation("bourget", "10-1.02", "Première phrase.", "bourget:00010:1", "Convention Bourget", LABEL),
        Citation("bourget", "10-1.02", "Deuxième phrase.", "bourget:00010:2", "Convention Bourget", LABEL),
        Citation("bourget", "5-3.01", "Autre clause.", "bourget:00003:1", "Convention Bourget",
                 "[Convention Bourget, 5-3.01]"),
        Citation("bourget", "10-1.02", "Première phrase.", "bourget:00010:1", "Convention Bourget", LABEL),
    ]
    return Answer(question="q", text="…", citations=citations, support=list(support))


CHUNKS = {c.chunk_id: c for c in (_chunk("bourget:00010:1", "10-1.02"), _chunk("bourget:00010:2", "10-1.02"),
                                   _chunk("bourget:00003:1", "5-3.01"))}


def test_a_clause_quoted_from_two_parts_is_one_cited_clause():
    clauses = cited_clauses(_answer())
    assert [c.number for c in clauses] == [1, 2]
    first = clauses[0]
    assert first == CitedClause(1, "bourget", "10-1.02", LABEL, ("bourget:00010:1", "bourget:00010:2"),
                                ("Première phrase.", "Deuxième phrase."), "Convention Bourget")
    assert first.chunk_id == "bourget:00010:1"
    assert clauses[1].clause == "5-3.01" and clauses[1].quotes == ("Autre clause.",)


def test_no_answer_or_no_citation_has_no_cited_clause():
    assert cited_clauses(None) == []
    assert cited_clauses(Answer(question="q", text="Je ne trouve pas", abstained=True)) == []


def test_a_missing_label_is_made_from_the_document_and_clause():
    answer = Answer(question="q", text="…", citations=[Citation("bourget", "1-1.01", "x", "c1", "Convention Bourget")])
    assert cited_clauses(answer)[0].label == "[Convention Bourget, 1-1.01]"


def test_clause_quotes_of_one_part_or_of_the_whole_clause():
    answer = _answer()
    assert clause_quotes(answer, "bourget:00010:2") == ("Deuxième phrase.",)
    assert clause_quotes(answer, "bourget:00010:1") == ("Première phrase.", "Première phrase.")
    assert clause_quotes(answer, ("bourget:00010:1", "bourget:00010:2")) == (
        "Première phrase.", "Deuxième phrase.", "Première phrase.")
    assert clause_quotes(answer, "ailleurs") == () and clause_quotes(None, "bourget:00010:1") == ()


def test_support_rows_number_both_parts_with_their_clause():
    support = [SentenceSupport("Première phrase.", "bourget:00010:1", "Première phrase."),
               SentenceSupport("Deuxième phrase.", "bourget:00010:2", "Deuxième phrase."),
               SentenceSupport("Une phrase inventée.", None, None),
               SentenceSupport("Hors index.", "disparu:1", "Hors index.")]
    rows = support_rows(_answer(support), CHUNKS)
    assert rows[0] == SupportRow("Première phrase.", "bourget:00010:1", "Première phrase.", 1, LABEL)
    assert rows[1].number == 1 and rows[1].chunk_id == "bourget:00010:2" and rows[1].supported
    assert rows[2] == SupportRow("Une phrase inventée.", None, None, None, "") and not rows[2].supported
    assert not rows[3].supported


def test_support_rows_fall_back_on_the_quotes_and_take_any_lookup():
    rows = support_rows(_answer(), CHUNKS.get)
    assert [(r.sentence, r.number) for r in rows] == [
        ("Première phrase.", 1), ("Deuxième phrase.", 1), ("Autre clause.", 2), ("Première phrase.", 1)]

    class Lookup:
        def chunk(self, chunk_id):
            return CHUNKS.get(chunk_id)

    assert support_rows(_answer(), Lookup()) == rows


def test_no_rows_without_an_answer_or_for_an_abstention():
    assert support_rows(None, CHUNKS) == []
    assert support_rows(Answer(question="q", text="non", abstained=True), CHUNKS) == []


def test_the_cli_numbers_its_sources_once_per_clause():
    from assistant.__main__ import render

    text = render(_answer())
    assert text.endswith(f"Sources:\n  1. {LABEL}\n  2. [Convention Bourget, 5-3.01]")
