"""A question naming its document whose best passage comes from another one is refused (DEV Q1615: « Chez les Cris,
le congé de paternité … combien de semaines ? » was answered with Bourget 6-4.20's five weeks)."""

from __future__ import annotations

from assistant.scope import ScopeParams, Vocabulary, other_document_first, out_of_corpus
from assistant.types import Hit
from ingest.types import Chunk

BOURGET = "Le salarié éducateur a aussi droit à un congé de paternité d'au plus cinq (5) semaines."
CRIS = "Un congé de maternité, de paternité ou d'adoption couvert par une loi en vigueur."
DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"]},
             "cris": {"title": "Accord crie", "aliases": ["Cris", "CS crie"]}}


def _hit(doc: str, clause: str, text: str, score: float) -> Hit:
    return Hit(Chunk(chunk_id=f"{doc}:{clause}", doc=doc, clause_id=clause, kind="clause", text=text, indexed_text=text,
                     doc_title=DOCUMENTS[doc]["title"]), score=score, why=("dense",))


HITS = [_hit("bourget", "6-4.20", BOURGET, 0.43), _hit("cris", "5-10.30", CRIS, 0.32)]
VOCABULARY = Vocabulary.from_chunks([h.chunk for h in HITS], DOCUMENTS)
QUESTION = "Chez les Cris, le congé de paternité, c'est combien de semaines ?"


def test_a_named_document_whose_best_passage_is_another_documents_is_refused():
    refusal = other_document_first(QUESTION, HITS, VOCABULARY, within=["cris"])
    assert refusal is not None and "Accord crie" in refusal.text and "Convention Collège Bourget, 6-4.20" in refusal.text
    assert out_of_corpus(QUESTION, HITS, VOCABULARY, within=["cris"]) is not None


def test_the_named_documents_own_best_passage_or_no_name_is_answered():
    # the named document's passage first
    assert other_document_first("Au Collège, le congé de paternité, c'est combien de semaines ?", HITS, VOCABULARY,
                                within=["bourget"]) is None
    # no document named (within from elsewhere: a ticked box, an amendment word): the rule does not read it
    assert other_document_first("Le congé de paternité, c'est combien de semaines ?", HITS, VOCABULARY,
                                within=["cris"]) is None
    # both named (a comparison)
    assert other_document_first("Au Collège et chez les Cris, le congé de paternité ?", HITS, VOCABULARY,
                                within=["bourget", "cris"]) is None
    # switched off
    assert other_document_first(QUESTION, HITS, VOCABULARY, ScopeParams(other_document_first=False),
                                within=["cris"]) is None
