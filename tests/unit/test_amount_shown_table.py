"""The small table an amount answer shows travels as a value (``assistant.types.ShownTable`` in ``Answer.tables``,
built by ``assistant.tables.shown_table`` where ``row_table`` wrote the Markdown; ``assistant.placement.AmountDraft``),
and the web page draws the row read from it (``web.render.read_row_table``), the answer's Markdown read only for an
answer without it (an old dump): the same HTML either way; the Markdown is unchanged. A side-by-side answer keeps
both sides' tables, a placement the salary's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.amount_answers import row_table
from assistant.lookups import DirectAnswers
from assistant.tables import shown_table, table_markdown
from assistant.types import ShownTable
from ingest.tables import Table, TableRow
from web.render import read_row_table

from . import test_amount_placement as placement
from .inline_answers import table_answers
from .table_texts import ANNEXE_P, CRIS_13_2_03
from .test_amount_fresh import DOCUMENTS

TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet

Échelons\tTraitement - 1er avril 2012\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
9\t52 298\t53 213\t54 277
10\t54 521\t55 475\t56 585
"""

ROW_10 = "10\t54 521\t55 475\t56 585"


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "Annexe P", ANNEXE_P),
                          ("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)


def _table() -> Table:
    rows = tuple(TableRow(r.split("\t")[0], tuple(r.split("\t")[1:]), r) for r in ("11\t56 839\t57 834", "12\t59 256\t60 293"))
    return Table(doc="bourget", annex_or_clause="Annexe M", title="Échelles", subtitle="Enseignant",
                 column_headers=("1er avril 2012", "1er avril\n2013"), rows=rows, row_header="Échelons", unit="annual")


def test_the_markdown_is_the_one_row_table_wrote():
    table = _table()
    assert row_table(table, table.rows[1], [1]) == (
        "Annexe M, Enseignant :\n\n| Échelons | 1er avril 2012 | **1er avril 2013** |\n|---|---:|---:|\n"
        "| **12** | 59 256 $ | **60 293 $** |")
    assert row_table(table, list(table.rows), []) == (
        "Annexe M, Enseignant :\n\n| Échelons | 1er avril 2012 | 1er avril 2013 |\n|---|---:|---:|\n"
        "| 11 | 56 839 $ | 57 834 $ |\n| 12 | 59 256 $ | 60 293 $ |")
    shown = shown_table(table, table.rows[1], [1])
    assert shown == ShownTable("Annexe M, Enseignant", ("Échelons", "1er avril 2012", "1er avril 2013"),
                               (("12", "59 256 $", "60 293 $"),), (1,))
    assert table_markdown(shown) == row_table(table, table.rows[1], [1])


def test_an_amount_answer_carries_the_table_it_shows_and_the_page_draws_the_row_from_it(direct):
    answer = direct.answer("Combien gagne un enseignant à l'échelon 10 au Collège au 1er avril 2013 ?", [])
    assert answer is not None and answer.kind == "amount"
    assert [t.caption for t in answer.tables] == ["Annexe M"]
    assert table_markdown(answer.tables[0]) in answer.text
    drawn = read_row_table(answer, ROW_10)
    assert '<table class="row-table">' in drawn and "<mark>55 475" in drawn and drawn.count("<mark>") == 1
    assert read_row_table(replace(answer, tables=()), ROW_10) == drawn  # an old dump: read from the Markdown, the same
    assert read_row_table(replace(answer, text=""), ROW_10) == drawn  # the value alone is enough


def test_a_side_by_side_answer_keeps_each_sides_table(direct):
    answer = direct.answer("Un enseignant à taux horaire, ça gagne combien de l'heure chez les Cris, pis un enseignant "
                           "qualifié en suppléance au Collège ? Le dernier taux de chaque côté.", [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    assert [t.caption.split(",")[0] for t in answer.tables] == ["13-2.03", "Annexe P"], answer.tables
    assert all(table_markdown(t) in answer.text for t in answer.tables)


def test_a_placement_keeps_the_salarys_table():
    # the placement tests' inline Annexe M (its footnote's placement rule) and 1-2.28
    placed = table_answers([("bourget", "Annexe M", placement.TEACHERS),
                            ("bourget", "1-2.28", placement.EXPERIENCE_ECHELON)], placement.DOCUMENTS)
    answer = placed.answer("Ma scolarité est évaluée à 17 ans et j'ai 3 ans d'expérience. Quel est mon salaire au "
                           "Collège en 2013-2014 ?", [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    assert [t.caption for t in answer.tables] == ["Annexe M"] and table_markdown(answer.tables[0]) in answer.text
