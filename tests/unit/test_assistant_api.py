"""The Assistant's reading API for the page (documents, passages, clauses, outline) on a tiny index."""

from __future__ import annotations

import pytest

from assistant.browse import ClauseNotFoundError
from assistant.types import DocumentInfo
from tests.corpus_fixtures import tiny_assistant


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return tiny_assistant(tmp_path_factory.mktemp("api"))[1]


def test_documents_are_value_types(assistant):
    assert list(assistant.documents) == list(assistant.index.documents)
    conv = assistant.documents["conv"]
    assert isinstance(conv, DocumentInfo)
    assert (conv.key, conv.title, conv.kind, conv.period) == ("conv", "Convention de test", "convention collective",
                                                              "2020-2025")
    assert conv.display_name == "Convention de test (2020-2025)"
    assert assistant.document_title("rapport") == "Rapport de test"
    with pytest.raises(TypeError):
        assistant.documents["autre"] = conv


def test_passages_clauses_neighbours_outline(assistant):
    view = assistant.find_clause("10-1.02", ["conv"])
    assert view.clause_id == "10-1.02" and assistant.chunk(view.chunk_id).clause_id == "10-1.02"
    assert assistant.chunk("nulle:part") is None
    assert assistant.open_clause(view.chunk_id) == view
    around = assistant.neighbours(view.chunk_id)
    assert around.previous and around.next
    assert [s.clause_id for s in around.siblings][:3] == ["10-1.01", "10-1.02", "10-1.03"]
    entries = assistant.outline("conv")
    assert any(e.number == "10-1.02" for e in entries)
    heads = assistant.clause_heads("conv")
    assert heads and all(h.doc == "conv" for h in heads) and assistant.clause_heads("autre") == []
    with pytest.raises(ClauseNotFoundError):
        assistant.open_clause("nulle:part")
    with pytest.raises(ClauseNotFoundError):
        assistant.find_clause("99-9.99")
    with pytest.raises(ClauseNotFoundError):
        assistant.outline("autre")
