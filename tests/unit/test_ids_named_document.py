"""A missing id asked of a document the question names (« l'article 14 de la convention du Collège ») is told what that
document holds in its place, with its own nearest ids only (assistant.ids.IdCatalogue.spans,
assistant.scope.missing_id_refusal): « Numéros existants les plus proches : 13-0.00, 12-0.00 (Accord … crie) ; 11-0.00
(Convention Collège Bourget) » put the other agreement first."""

from __future__ import annotations

from assistant.ids import IdCatalogue
from assistant.retrieval import clause_references
from assistant.scope import missing_id_refusal
from ingest.types import Chunk


def _chunk(doc: str, clause_id: str) -> Chunk:
    chapter, rest = clause_id.split("-")
    article = rest.split(".")[0]
    return Chunk(chunk_id=f"{doc}:{clause_id}", doc=doc, clause_id=clause_id, kind="clause", text=clause_id,
                 indexed_text=clause_id, article=f"{chapter}-{article}.00", chapter=f"{chapter}-0.00")


# the convention: chapters 1 to 11, article 6-3.00 with clauses 6-3.01 to 6-3.03; the accord: chapters 1, 5, 12, 13, with
# articles 5-1.00, 5-2.00, 5-6.00 (an amending accord holds only what it amends)
CHUNKS = ([_chunk("conv", f"{c}-1.01") for c in range(1, 12)] + [_chunk("conv", f"6-3.0{i}") for i in (1, 2, 3)]
          + [_chunk("accord", i) for i in ("1-1.01", "5-1.01", "5-2.03", "5-6.01", "12-1.01", "13-9.04")])
TITLES = {"conv": "Convention de test", "accord": "Accord de test"}
CATALOGUE = IdCatalogue.from_chunks(CHUNKS)


def _refused(question: str, wanted=()) -> str:
    checks = CATALOGUE.check(clause_references(question), wanted or None) + CATALOGUE.loose_checks(question)
    verdict = missing_id_refusal(question, checks, TITLES, wanted=wanted)
    assert verdict.refusal is not None
    return verdict.refusal.text


def test_a_chapter_asked_of_the_named_document_is_told_its_range_and_its_own_nearest():
    text = _refused("Que dit l'article 14 de la convention ?", wanted=("conv",))
    assert text.startswith("L'article 14 n'existe dans aucun des documents indexés. Les articles de « Convention de test » "
                           "vont de 1 à 11. Numéros existants les plus proches : 11-0.00, 10-0.00.")
    assert "11-0.00" in text and "Accord de test" not in text and "13-0.00" not in text


def test_the_other_agreement_named_is_told_its_own():
    text = _refused("Que dit l'article 14 de l'accord ?", wanted=("accord",))
    assert "Les articles de « Accord de test » sont 1, 5, 12 et 13." in text
    assert "13-0.00" in text and "Convention de test" not in text


def test_a_clause_is_told_the_clauses_of_its_article_or_the_articles_of_its_chapter():
    assert "Les clauses de l'article 6-3.00 de « Convention de test » vont de 6-3.01 à 6-3.03." in _refused(
        "Que dit la clause 6-3.09 de la convention ?", wanted=("conv",))
    assert "Les articles du chapitre 5 de « Accord de test » sont 5-1.00, 5-2.00 et 5-6.00." in _refused(
        "Que dit la clause 5-12.03 de l'accord ?", wanted=("accord",))


def test_a_number_near_nothing_in_the_named_document_gets_its_range_only():
    text = _refused("Que dit la clause 99-9.99 de la convention ?", wanted=("conv",))
    assert text.startswith("La clause 99-9.99 n'existe dans aucun des documents indexés. Les chapitres de « Convention de "
                           "test » vont de 1 à 11. Aucun numéro existant n'en est proche")


def test_no_document_named_keeps_every_documents_nearest():
    text = _refused("Que dit l'article 14 ?")
    assert text.startswith("L'article 14 n'existe dans aucun des documents indexés. Numéros existants les plus proches :")
    assert "Accord de test" in text and "Convention de test" in text
    assert "Aucun numéro existant n'en est proche" in _refused("Que dit la clause 99-9.99 ?")
