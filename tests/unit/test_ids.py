"""Ids that exist and ids that do not: the catalogue, nearest ids, the plain "no" (assistant.ids, assistant.scope)."""

from __future__ import annotations

from assistant.ids import IdCatalogue, id_kind, parse_number
from assistant.retrieval import clause_references
from assistant.scope import missing_id_refusal
from ingest.types import Amendment, Chunk


def _chunk(doc: str, clause_id: str, kind: str = "clause", article: str | None = None, annex: str | None = None,
           amends: Amendment | None = None) -> Chunk:
    return Chunk(chunk_id=f"{doc}:{clause_id}", doc=doc, clause_id=clause_id, kind=kind, text=clause_id,
                 indexed_text=clause_id, article=article, annex=annex, amends=amends)


CHUNKS = [
    _chunk("conv", "6-3.01", article="6-3.00"),
    _chunk("conv", "6-3.04", article="6-3.00"),
    _chunk("conv", "6-4.02", article="6-4.00"),
    _chunk("conv", "10-1.02", article="10-1.00"),
    _chunk("conv", "5-2.01", article="5-2.00"),
    _chunk("conv", "Annexe M", kind="annex", annex="Annexe M"),
    _chunk("conv", "Annexe W", kind="annex", annex="Annexe W"),
    _chunk("accord", "5-2.01", article="5-2.00",
           amends=Amendment(item="9", action="replace", targets=("5-2.01",))),
    _chunk("accord", "9-1.03", article="9-1.00"),
    _chunk("accord", "Annexe XI", kind="annex", annex="Annexe XI"),
]
TITLES = {"conv": "Convention de test", "accord": "Accord de test"}


def test_kinds_and_numbers():
    assert id_kind("6-3.04") == "clause" and id_kind("6-3.00") == "article" and id_kind("31-0.00") == "chapter"
    assert id_kind("Annexe ZZ") == "annex" and id_kind("Lettre d'entente 3") == "letter"
    assert parse_number("5-4.01 A").suffix == "A" and parse_number("Annexe M") is None


def test_catalogue_knows_clauses_articles_annexes_and_documents():
    catalogue = IdCatalogue.from_chunks(CHUNKS)
    assert catalogue.docs_with("6-3.04") == ("conv",)
    assert catalogue.docs_with("6-3.00") == ("conv",)
    assert catalogue.docs_with("annexe m") == ("conv",)
    assert catalogue.docs_with("5-2.01") == ("conv", "accord")
    assert catalogue.docs_with("6-3.04 A") == ("conv",)  # a suffix on an existing clause
    assert catalogue.docs_with("42-7.77") == ()


def test_nearest_ids_same_article_only_then_one_digit_slips():
    catalogue = IdCatalogue.from_chunks(CHUNKS)
    assert [n.clause_id for n in catalogue.nearest("6-3.99")] == ["6-3.04", "6-3.01"]  # 6-4.02 is no slip of 6-3.99
    assert catalogue.nearest("Annexe ZZ")[0].clause_id == "Annexe W"
    assert catalogue.nearest("Annexe LXXX")[0].clause_id == "Annexe XI"
    assert [n.clause_id for n in catalogue.nearest("9-1.99", docs=["accord"])] == ["9-1.03"]


def test_missing_id_gets_a_plain_no_with_nearest_ids():
    catalogue = IdCatalogue.from_chunks(CHUNKS)
    question = "Que prévoit la clause 6-3.99 ?"
    verdict = missing_id_refusal(question, catalogue.check(clause_references(question)), TITLES)
    assert verdict.refusal is not None and verdict.refusal.reason == "missing_id"
    assert verdict.refusal.text.startswith("La clause 6-3.99 n'existe dans aucun des documents indexés.")
    assert "6-3.04, 6-3.01" in verdict.refusal.text and "(Convention de test)" in verdict.refusal.text


def test_missing_article_and_annex_are_named_as_the_question_names_them():
    catalogue = IdCatalogue.from_chunks(CHUNKS)
    for question, start in [("Que dit l'article 31-0.00 ?", "L'article 31-0.00 n'existe"),
                            ("C'est quoi l'annexe ZZ ?", "L'annexe ZZ n'existe")]:
        verdict = missing_id_refusal(question, catalogue.check(clause_references(question)), TITLES)
        assert verdict.refusal is not None and verdict.refusal.text.startswith(start)


def test_id_only_in_another_document():
    catalogue = IdCatalogue.from_chunks(CHUNKS)
    question = "Dans l'accord, que dit la clause 10-1.02 ?"
    checks = catalogue.check(clause_references(question), ["accord"])
    ticked = missing_id_refusal(question, checks, TITLES, wanted=["accord"], ticked=True)
    assert ticked.refusal is not None
    assert "n'existe pas dans « Accord de test » ; elle se trouve dans « Convention de test »" in ticked.refusal.text
    named = missing_id_refusal(question, checks, TITLES, wanted=["accord"], ticked=False)
    assert named.refusal is None and "se trouve dans « Convention de test »" in named.note


def test_existing_ids_need_no_note():
    catalogue = IdCatalogue.from_chunks(CHUNKS)
    verdict = missing_id_refusal("la clause 5-2.01", catalogue.check(["5-2.01"]), TITLES)
    assert verdict.refusal is None and verdict.note == ""


def test_a_letter_of_agreement_is_named_by_any_of_its_number_marks():
    # « numéro » is how the agreements themselves write it (Bourget 6-5.10 « la Lettre d'entente numéro 1 »)
    for question in ("Que prévoit la lettre d'entente numéro 7 du Collège ?", "la lettre d'entente n° 7",
                     "la lettre d'entente no. 7", "la lettre d'entente #7", "la lettre d'entente 7"):
        assert clause_references(question) == ["Lettre d'entente 7"], question
    catalogue = IdCatalogue.from_chunks(CHUNKS + [_chunk("conv", "Lettre d'entente 2", kind="letter")])
    checks = catalogue.check(clause_references("Que prévoit la lettre d'entente numéro 7 du Collège ?"))
    verdict = missing_id_refusal("Que prévoit la lettre d'entente numéro 7 du Collège ?", checks, TITLES)
    assert verdict.refusal is not None and "n'existe dans aucun" in verdict.refusal.text


def test_ids_written_as_no_document_writes_them_are_read_in_the_documents_form():
    from assistant.ids import canonical_references
    assert canonical_references("Que prévoit la clause 6.3.04 ?") == "Que prévoit la clause 6-3.04 ?"
    assert canonical_references("Que dit la clause 6-3.4 au Collège ?") == "Que dit la clause 6-3.04 au Collège ?"
    assert canonical_references("Que dit la clause 6-3,04 ?") == "Que dit la clause 6-3.04 ?"
    assert canonical_references("les articles 5-2, 6-3 et 14") == "les articles 5-2.00, 6-3 et 14"  # a list is no number
    assert canonical_references("Que dit l'article 6-30 ?") == "Que dit l'article 6-30.00 ?"
    for unchanged in ("Que dit la clause 6-3.04 A ?", "Que dit l'article 14 ?", "l'article 96.15 de la Loi",
                      "Le 14 janvier 2026, la clause 5 ?"):
        assert canonical_references(unchanged) == unchanged


def test_a_chapter_named_by_one_number_that_no_document_holds_is_refused():
    from assistant.scope import id_phrase
    catalogue = IdCatalogue.from_chunks(CHUNKS)
    question = "Que dit l'article 14 de la convention ?"
    checks = catalogue.loose_checks(question)
    assert [(c.ref, c.written, c.exists) for c in checks] == [("14-0.00", "article 14", False)]
    assert id_phrase(checks[0], question) == "L'article 14"
    verdict = missing_id_refusal(question, checks, TITLES)
    assert verdict.refusal is not None and verdict.refusal.text.startswith("L'article 14 n'existe dans aucun")
    chaptered = IdCatalogue.from_chunks([Chunk(chunk_id="conv:x", doc="conv", clause_id="6-3.01", kind="clause", text="x",
                                               indexed_text="x", article="6-3.00", chapter="6-0.00")])
    assert chaptered.loose_checks("Que dit le chapitre 6 sur les congés ?") == []  # it exists: retrieval answers
    assert catalogue.loose_checks("Que dit la clause 6-3.04 ?") == []  # a strict reference: check() has it
