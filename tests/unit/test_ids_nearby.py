"""A missing id is offered only the ids a teacher could have mistyped (assistant.ids.IdCatalogue.nearest), or told
plainly that none is near (assistant.scope.missing_id_refusal): « 99-9.99 » was offered 13-9.04, 13-9.03, 13-9.02."""

from __future__ import annotations

from assistant.ids import IdCatalogue, one_digit_slip
from assistant.retrieval import clause_references
from assistant.scope import missing_id_refusal
from ingest.types import Chunk


def _chunk(doc: str, clause_id: str, article: str) -> Chunk:
    return Chunk(chunk_id=f"{doc}:{clause_id}", doc=doc, clause_id=clause_id, kind="clause", text=clause_id,
                 indexed_text=clause_id, article=article)


CHUNKS = [_chunk("conv", "6-3.04", "6-3.00"), _chunk("conv", "6-3.01", "6-3.00"), _chunk("conv", "6-5.02", "6-5.00"),
          _chunk("conv", "10-1.07", "10-1.00"), _chunk("accord", "13-9.04", "13-9.00"),
          _chunk("accord", "6-8.04", "6-8.00")]
TITLES = {"conv": "Convention de test", "accord": "Accord de test"}


def _near(ref: str, docs=None) -> list[str]:
    return [n.clause_id for n in IdCatalogue.from_chunks(CHUNKS).nearest(ref, docs)]


def test_one_digit_slip():
    assert one_digit_slip("4.04", "3.04") and one_digit_slip("14", "13")
    assert not one_digit_slip("3.99", "4.02") and not one_digit_slip("3.04", "3.04") and not one_digit_slip("3", "13")


def test_only_ids_a_teacher_could_have_mistyped():
    assert _near("99-9.99") == []  # no chapter 99: nothing is near
    assert _near("14-2.07") == []
    assert _near("10-1.12") == ["10-1.07"]  # the same article
    assert _near("6-4.04") == ["6-3.04", "6-8.04"]  # one digit off in the same chapter, closest article first
    assert _near("6-4.04", ["conv"]) == ["6-3.04"]
    assert "6-5.02" not in _near("6-4.04")  # two digits off
    assert _near("6-3.04", ["accord"]) == ["6-8.04"]  # missing in the accord: its one-digit slip there
    assert _near("6-3.04")[0] == "6-3.04"  # the same number in another document comes first
    assert _near("6-9.00") == ["6-8.00", "6-5.00", "6-3.00"]  # an article: the chapter's articles one digit off
    assert _near("16-9.00") == []


def test_a_missing_id_with_no_near_one_says_so_and_suggests_the_subject():
    catalogue = IdCatalogue.from_chunks(CHUNKS)
    question = "Que dit la clause 99-9.99 ?"
    verdict = missing_id_refusal(question, catalogue.check(clause_references(question)), TITLES)
    assert verdict.refusal is not None and verdict.refusal.reason == "missing_id"
    assert "13-9.04" not in verdict.refusal.text and "Numéros existants" not in verdict.refusal.text
    assert "Aucun numéro existant n'en est proche" in verdict.refusal.text and "par son sujet" in verdict.refusal.text
    near = missing_id_refusal("la clause 10-1.99", catalogue.check(["10-1.99"]), TITLES)
    assert "Numéros existants les plus proches : 10-1.07 (Convention de test)." in near.refusal.text
