"""Chunks: one per clause, long clauses split at good boundaries, tables keep their header."""

from __future__ import annotations

from pathlib import Path

from ingest.chunks import blocks, is_table_row, make_chunks, split_text
from ingest.types import Amendment, Clause, Document

DOC = Document(key="bourget", title="Convention Collège Bourget", kind="convention collective", path=Path("b.txt"))


def clause_at(text: str, start: int = 100, **fields) -> Clause:
    values = dict(doc="bourget", clause_id="6-3.04", kind="clause", text=text, start=start, end=start + len(text),
                  heading_path=("Chapitre 6-0.00 Avantages sociaux", "6-3.00 Congés de maladie", "6-3.04"))
    values.update(fields)
    return Clause(**values)


def test_short_clause_is_one_chunk_with_its_metadata() -> None:
    clause = clause_at("6-3.04 La banque annuelle est monnayable.", title="", chapter="6-0.00",
                       chapter_title="Avantages sociaux", article="6-3.00", article_title="Congés de maladie", page=55)
    (chunk,) = make_chunks(DOC, [clause_at("avant", start=0, clause_id="6-3.03"), clause])[1:]
    assert chunk.chunk_id == "bourget:00001:1" and chunk.ordinal == 1
    assert (chunk.part, chunk.parts) == (1, 1)
    assert chunk.text == clause.text and (chunk.start, chunk.end) == (clause.start, clause.end)
    assert chunk.indexed_text == (
        "Convention Collège Bourget › Chapitre 6-0.00 Avantages sociaux › 6-3.00 Congés de maladie › 6-3.04\n"
        "6-3.04 La banque annuelle est monnayable.")
    assert chunk.heading == chunk.indexed_text.split("\n")[0]
    assert (chunk.doc, chunk.clause_id, chunk.kind, chunk.doc_title) == ("bourget", "6-3.04", "clause",
                                                                         "Convention Collège Bourget")
    assert (chunk.chapter, chunk.chapter_title, chunk.article, chunk.article_title, chunk.page) == (
        "6-0.00", "Avantages sociaux", "6-3.00", "Congés de maladie", 55)


def test_amendment_line_in_indexed_text() -> None:
    amendment = Amendment(item="9", action="replace", targets=("5-2.01",),
                          instruction="La clause 5-2.01 est remplacée par ce qui suit :")
    clause = clause_at("9) La clause 5-2.01 est remplacée.", clause_id="5-2.01", heading_path=("Chapitre 5", "5-2.01"),
                       amends=amendment)
    (chunk,) = make_chunks(DOC, [clause])
    assert chunk.indexed_text.split("\n")[:2] == ["Convention Collège Bourget › Chapitre 5 › 5-2.01",
                                                  "Modification n° 9 : remplace 5-2.01"]
    assert chunk.amends == amendment


def _paragraphs(count: int, size: int) -> str:
    return "\n\n".join(f"Paragraphe {i}. " + "mot " * ((size - 14) // 4) for i in range(count))


def test_long_clause_is_split_at_paragraphs() -> None:
    text = _paragraphs(6, 500)
    clause = clause_at(text)
    chunks = make_chunks(DOC, [clause], max_chars=1200)
    assert len(chunks) == 3 and [c.part for c in chunks] == [1, 2, 3] and {c.parts for c in chunks} == {3}
    assert [c.chunk_id for c in chunks] == ["bourget:00000:1", "bourget:00000:2", "bourget:00000:3"]
    for chunk in chunks:
        assert len(chunk.text) <= 1200
        assert chunk.text == text[chunk.start - clause.start:chunk.end - clause.start]
        assert chunk.text.startswith("Paragraphe ") and chunk.clause_id == "6-3.04"
        assert chunk.indexed_text.endswith(chunk.text)
    assert "".join("".join(c.text.split()) for c in chunks) == "".join(text.split())


def test_long_paragraph_is_split_at_sentences_then_words() -> None:
    sentence = "Le salarié a droit à un congé payé d'une durée maximale de cinq jours. "
    text = (sentence * 40).strip()
    pieces = split_text(text, 300)
    assert all(p.end - p.start <= 300 for p in pieces)
    assert all(text[p.start:p.end].startswith("Le salarié") and text[p.start:p.end].endswith("jours.") for p in pieces)
    words = "mot " * 500
    pieces = split_text(words.strip(), 100)
    assert all(0 < p.end - p.start <= 100 for p in pieces)
    assert all(not words[p.start:p.end].startswith(" ") for p in pieces)


def test_table_is_cut_between_rows_and_parts_repeat_its_header() -> None:
    header = "Échelon\tTaux 2013\tTaux 2014"
    rows = [f"\t{i}\t{40000 + i * 1000},00 $\t{41000 + i * 1000},00 $" for i in range(1, 61)]
    text = "Annexe M Échelles de traitement\n\n" + "\n".join([header, *rows]) + "\n\nNote finale."
    clause = clause_at(text, clause_id="Annexe M", kind="annex", annex="Annexe M", heading_path=("Annexe M Échelles",))
    chunks = make_chunks(DOC, [clause], max_chars=400)
    assert len(chunks) > 3
    for chunk in chunks:
        assert chunk.text == text[chunk.start - clause.start:chunk.end - clause.start]
        for line in chunk.text.split("\n"):
            assert line in text.split("\n")  # whole rows only
    assert header in chunks[0].text and not chunks[0].extra
    continued = [c for c in chunks[1:] if c.text.lstrip("\t")[:1].isdigit()]
    assert continued and all(c.extra["table_header"] == header for c in continued)
    assert all(c.indexed_text.split("\n")[1] == header for c in continued)
    assert continued[0].text.startswith("\t")  # a row keeps its leading empty cell


def test_markdown_table_header_includes_its_rule() -> None:
    rows = "\n".join(f"| Motif {i} | ☐ |" for i in range(30))
    text = "| Motif | Case |\n|---|---|\n" + rows
    pieces = split_text(text, 120)
    assert pieces[0].header == "" and pieces[1].header == "| Motif | Case |\n|---|---|"


def test_blocks_and_table_rows() -> None:
    text = "Un paragraphe\nsur deux lignes.\n\nA\tB\nC\tD\nTexte après."
    kinds = [(text[b.start:b.end], b.table) for b in blocks(text)]
    assert kinds == [("Un paragraphe\nsur deux lignes.", False), ("A\tB\nC\tD", True), ("Texte après.", False)]
    assert is_table_row("| a | b |") and not is_table_row("Une phrase, sans colonnes.")


def test_no_chunk_mixes_two_clauses() -> None:
    first = clause_at(_paragraphs(4, 600), start=0, clause_id="6-3.04")
    second = clause_at("6-3.05 Court.", start=first.end + 2, clause_id="6-3.05")
    chunks = make_chunks(DOC, [first, second], max_chars=1000)
    for chunk in chunks:
        owner = first if chunk.clause_id == "6-3.04" else second
        assert owner.start <= chunk.start < chunk.end <= owner.end
    assert [c.ordinal for c in chunks][-1] == 1
