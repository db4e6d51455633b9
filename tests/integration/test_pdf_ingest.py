"""A PDF made at test time from corpus text goes through pypdf and yields the same clause ids, with pages."""

from __future__ import annotations

import pytest

from ingest.pipeline import document_chunks
from ingest.types import Document
from tests.unit.test_loaders import text_pdf

pytestmark = pytest.mark.integration


def _excerpt(corpus_dir, first: str, stop: str) -> str:
    text = next(corpus_dir.glob("bourget-*.txt")).read_text(encoding="utf-8")
    start = text.index(f"\n{first} ")  # the body heading (the table of contents uses a tab)
    return text[start : text.index(f"\n{stop} ", start)].strip() + "\n"


def _wrapped_pdf(path, text: str):
    """Like a real PDF: long lines wrap, pages break every 45 lines."""
    import textwrap

    lines = []
    for line in text.splitlines():
        lines.extend(textwrap.wrap(line, 100) or [""])
    return text_pdf(path, "\n".join(lines), lines_per_page=45)


def test_pdf_yields_the_same_clause_ids_with_pages(tmp_path, corpus_dir):
    excerpt = _excerpt(corpus_dir, "10-1.00", "11-1.00")
    (tmp_path / "extrait.txt").write_text(excerpt, encoding="utf-8")
    _wrapped_pdf(tmp_path / "extrait.pdf", excerpt)

    def chunks(name):
        doc = Document(key="extrait", title="Extrait Bourget", kind="convention collective", path=tmp_path / name)
        return document_chunks(doc)

    from_text = chunks("extrait.txt")
    from_pdf = chunks("extrait.pdf")
    ids_text = [c.clause_id for c in from_text]
    ids_pdf = [c.clause_id for c in from_pdf]
    assert len(set(ids_text)) >= 20
    assert list(dict.fromkeys(ids_pdf)) == list(dict.fromkeys(ids_text))
    assert all(c.page is None for c in from_text)
    pages = [c.page for c in from_pdf]
    assert pages[0] == 1 and all(p is not None for p in pages)
    assert pages == sorted(pages) and pages[-1] > 2
