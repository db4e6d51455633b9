"""Chunks of the real corpus files: unique ids, verbatim spans inside their clause
(moved out of tests/unit/test_chunks.py)."""

from __future__ import annotations

import pytest

from ingest.chunks import make_chunks
from ingest.config import PROJECT_ROOT
from ingest.normalise import normalise
from ingest.structure import parse
from ingest.types import Document, Page

pytestmark = pytest.mark.integration

CORPUS = PROJECT_ROOT / "corpus"


@pytest.mark.integration
@pytest.mark.parametrize(
    ("prefix", "kind"),
    [("bourget", "convention collective"), ("cris", "accord modifiant une convention"),
     ("cncec", "entente locale"), ("mentorat", "rapport"), ("mesures", "guide ministériel")],
)
def test_real_corpus_chunks(prefix: str, kind: str) -> None:
    path = next(CORPUS.glob(f"{prefix}-*.txt"))
    document = Document(key=prefix, title=prefix.title(), kind=kind, path=path)
    text = normalise([Page(1, path.read_text(encoding="utf-8"))])
    clauses = parse(document, text)
    chunks = make_chunks(document, clauses)
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    assert {c.ordinal for c in chunks} == set(range(len(clauses)))
    for chunk in chunks:
        assert chunk.text and len(chunk.text) <= 1800
        assert chunk.text == text.text[chunk.start:chunk.end]
        clause = clauses[chunk.ordinal]
        assert chunk.clause_id == clause.clause_id and clause.start <= chunk.start < chunk.end <= clause.end
