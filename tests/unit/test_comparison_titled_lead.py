"""A comparison side's article named after the topic (assistant/comparisons.py): its first part naming what the rest
asks about finds it (« Ma cotisation syndicale, elle est-tu prise direct sur ma paie ? », DEV Q1757: Bourget
« 3-6.00 Déduction des cotisations syndicales »), and its clauses lead in reading order unless a later one holds more
of the topic and of the question's own words (DEV Q1755: Cris 9-1.02 « En vue de régler … tout grief » over 9-1.01's
local procedure). Inline clauses, no index."""

from __future__ import annotations

from dataclasses import replace

from assistant.comparisons import SidePick
from ingest.types import Chunk
from tests.unit.test_comparison_case_parts import _answers
from tests.unit.test_comparisons import clause


def _titled(clause_id: str, text: str, coverage: float, asked: float, ordinal: int) -> SidePick:
    return SidePick(clause("conv", clause_id, text, ordinal), text, coverage, False, titled=True, asked=asked)


LOCAL = _titled("9-1.01", "9-1.01 Les parties conviennent d'une procédure de règlement de mésentente.", 0.5, 0.17, 1)
PURPOSE = _titled("9-1.02", "9-1.02 En vue de régler dans le plus bref délai tout grief, les parties suivent la "
                            "procédure.", 1.0, 0.32, 2)


def test_a_later_titled_clause_holding_more_of_the_topic_and_the_question_leads():
    chosen = _answers([LOCAL.chunk, PURPOSE.chunk])._chosen([LOCAL, PURPOSE], False)
    assert chosen[0].chunk.clause_id == "9-1.02"


def test_the_reading_order_stays_otherwise():
    answers = _answers([LOCAL.chunk, PURPOSE.chunk])
    # as much of the question's words: the first clause leads
    assert answers._chosen([LOCAL, replace(PURPOSE, asked=0.17)], False)[0].chunk.clause_id == "9-1.01"
    # the question's words unread: reading order
    unread = [replace(LOCAL, asked=0.0), replace(PURPOSE, asked=0.0)]
    assert answers._chosen(unread, False)[0].chunk.clause_id == "9-1.01"


def _in_article(clause_id: str, text: str, ordinal: int, title: str) -> Chunk:
    return replace(clause("conv", clause_id, text, ordinal), article_title=title)


def test_the_first_part_of_a_topic_finds_the_article_named_after_it():
    deduct = _in_article("3-6.01", "3-6.01 Le Collège déduit de chacune des paies une somme équivalant à la "
                                   "cotisation régulière.", 1, "Déduction des cotisations syndicales")
    form = _in_article("Annexe B", "J'ai payé ma première cotisation syndicale de 2 $", 2, "Formulaire d'adhésion")
    hits = _answers([form, deduct])._document_hits("Ma cotisation syndicale, elle est-tu prise direct sur ma paie ?",
                                                   [], "conv", "cotisation syndicale — prise direct sur ma paie")
    assert hits[0].chunk.clause_id == "3-6.01" and "title" in hits[0].why
    # a one-word first part names no article
    hits = _answers([form, deduct])._document_hits("La cotisation, elle est-tu prise sur ma paie ?", [], "conv",
                                                   "cotisation — prise sur ma paie")
    assert "title" not in hits[0].why
