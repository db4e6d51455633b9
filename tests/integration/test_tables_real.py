"""ingest.tables on the real Bourget convention: every cell of Annexe M and of Annexe N checked against the source.

The annex texts are found by plain search in the corpus file (not through ingest.structure),
so the check does not depend on the clause parser.
"""

from __future__ import annotations

import re

import pytest

from assistant.tables import format_cell_answer, lookup, parse_amount_question, placement
from ingest.config import PROJECT_ROOT
from ingest.normalise import normalise_page_text
from ingest.tables import Table, check_table, find_tables

pytestmark = pytest.mark.integration

SOURCE = PROJECT_ROOT / "corpus" / "bourget-convention-college-bourget-2014-2019.txt"
_DATA_LINE = re.compile(r"^\d{1,2}\t")


def annex_text(text: str, annex: str, next_annex: str) -> str:
    """The body of an annex: from its heading line (not the table of contents, which has tabs) to the next."""
    start = next(m.start() for m in re.finditer(rf"(?m)^{annex} [^\t\n]*$", text))
    end = next(m.start() for m in re.finditer(rf"(?m)^{next_annex} [^\t\n]*$", text) if m.start() > start)
    return text[start:end]


@pytest.fixture(scope="module")
def source() -> str:
    return SOURCE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def annex_m(source) -> tuple[str, list[Table]]:
    text = annex_text(source, "Annexe M", "Annexe N")
    return text, find_tables(text, "bourget", "Annexe M")


@pytest.fixture(scope="module")
def annex_n(source) -> tuple[str, list[Table]]:
    text = annex_text(source, "Annexe N", "Annexe O")
    return text, find_tables(text, "bourget", "Annexe N")


def source_rows(text: str) -> list[list[str]]:
    """Data lines of a source region as the test reads them: tab-split, trailing empty cells kept."""
    return [line.split("\t") for line in text.split("\n") if _DATA_LINE.match(line)]


def check_every_cell(table: Table, source_text: str) -> None:
    """Every row's line is a source line, every cell is on it, in order, and equals the source's field."""
    lines = set(source_text.split("\n"))
    header_fields = table.header_line.split("\t")
    assert len(table.column_headers) == len(header_fields) - 1
    for row in table.rows:
        assert row.line in lines
        fields = [f.strip() for f in row.line.split("\t")]
        assert fields[0] == row.label
        assert len(row.cells) == len(table.column_headers) == len(fields) - 1
        assert list(row.cells) == fields[1:]
        for cell in row.cells:
            assert cell and cell in row.line
            assert re.fullmatch(r"\d{1,3}(?: \d{3})*(?:,\d{2})?", cell), cell


def test_annex_m_every_cell(annex_m):
    text, tables = annex_m
    (table,) = tables
    check_every_cell(table, text)
    rows = source_rows(text)
    assert len(table.rows) == len(rows) == 17
    assert [r.label for r in table.rows] == [str(n) for n in range(1, 18)]
    assert len(table.column_headers) == 6 == len(rows[0]) - 1
    assert [list(r.cells) for r in table.rows] == [r[1:] for r in rows]
    assert table.column_headers == ("1er avril 2010", "31 décembre 2010", "1er avril 2011", "1er avril 2012",
                                    "1er avril 2013", "1er avril 2014")
    assert table.column_notes == ("0,50 %", "Équité salariale", "0,75 %", "1 % (+ 0,5 %)", "1,75 %", "2 %")
    assert table.unit == "annual" and table.row_header == "Échelons"
    # hand-checked against the printed table
    assert table.cell(12, "1er avril 2013").value == "60 293"
    assert table.cell(1, "1er avril 2010").value == "36 654"
    assert table.cell(17, "1er avril 2014").value == "75 729"
    assert table.cell(9, "31 décembre 2010").value == "51 141"
    assert len(table.footnotes) == 2
    assert "141e jour de travail" in table.footnotes[0]
    assert "19 ans ou plus avec doctorat de 3e cycle" in table.footnotes[1]
    assert check_table(table) == []


def test_annex_n_every_table_and_cell(annex_n):
    text, tables = annex_n
    assert [t.job_class for t in tables] == [
        "Appariteur", "Technicien de travaux pratiques", "Technicien de en éducation spécialisée",
        "Animateur de pastorale", "Intervenant psychosocial", "Psychopédagogue", "Psychoéducateur",
        "Conseiller en information scolaire et professionnelle", "Orthopédagogue",
    ]
    assert [(len(t.rows), len(t.column_headers)) for t in tables] == [
        (5, 5), (12, 5), (12, 5), (18, 5), (18, 5), (18, 10), (18, 6), (18, 5), (18, 6)]
    assert sum(len(t.rows) for t in tables) == len(source_rows(text))
    for table in tables:
        check_every_cell(table, text)
    assert [t.unit for t in tables] == ["hourly"] * 3 + ["annual"] * 6


def test_annex_n_appariteur_and_orthopedagogue_by_hand(annex_n):
    _, tables = annex_n
    appariteur = tables[0]
    assert appariteur.subtitle == "Appariteur (37,5 heures/semaine) (rf. #4218)"
    assert appariteur.section == "A) Taux horaire, salarié éducateur de soutien technique"
    assert appariteur.cell(3, "01-04-2013").value == "16,88"
    assert appariteur.cell(5, "01-04-2014").value == "18,03"
    ortho = tables[-1]
    assert ortho.subtitle == "Orthopédagogue (37,5 heures/semaine) (rf. #2123)"
    assert ortho.section.startswith("B) Échelles annuelles")
    assert ortho.cell(1, "01-04-2010").value == "38 400"
    assert ortho.cell(12, "31-12-2010").value == "57 639"
    # printed as is, and flagged: lower than the year before (probably 74 244 in the public scale)
    assert ortho.cell(18, "01-04-2013").value == "72 244"
    assert check_table(ortho) == ["échelon 18, 01-04-2013 : 72 244 < 72 967 (01-04-2012)"]
    assert tables[3].footnotes[0].startswith("¹⁵ Aux fins de la présente convention")


def test_normalised_text_gives_the_same_cells(annex_m, annex_n):
    for text, tables in (annex_m, annex_n):
        again = find_tables(normalise_page_text(text), "bourget", tables[0].annex_or_clause)
        assert [[r.cells for r in t.rows] for t in again] == [[r.cells for r in t.rows] for t in tables]
        assert [t.column_headers for t in again] == [t.column_headers for t in tables]
        assert [len(t.footnotes) for t in again] == [len(t.footnotes) for t in tables]


def test_questions_on_the_real_tables(annex_m, annex_n):
    tables = annex_m[1] + annex_n[1]
    classes = [t.job_class for t in tables]
    (answer,) = lookup(tables, parse_amount_question(
        "Combien gagne un enseignant à l'échelon 12 au 1er avril 2013 ?", classes))
    assert format_cell_answer(answer).startswith(
        "**60 293 $** par année — Annexe M, échelon 12, colonne « 1er avril 2013 »")
    assert "141e jour de travail" in format_cell_answer(answer)
    (hourly,) = lookup(tables, parse_amount_question(
        "Quel est le taux horaire d'un appariteur à l'échelon 3 au 1er avril 2013 ?", classes))
    assert hourly.value == "16,88" and hourly.table.subtitle.startswith("Appariteur")
    assert placement(18, 5, annex_m[1][0]).echelon == 10


def test_the_index_stores_the_same_cells_as_the_source(real_assistant, annex_m, annex_n):
    """What ingest stored in tables.jsonl (tables found per parsed annex) has the cells read here from the source."""
    stored = [t for t in real_assistant.index.tables if t.doc == "bourget"]
    for where, (_, expected) in (("Annexe M", annex_m), ("Annexe N", annex_n)):
        found = [t for t in stored if t.annex_or_clause == where]
        assert [(t.subtitle, t.column_headers, [(r.label, r.cells) for r in t.rows]) for t in found] == \
            [(t.subtitle, t.column_headers, [(r.label, r.cells) for r in t.rows]) for t in expected]
        assert all(t.table_id.startswith(f"bourget:{where.lower().replace(' ', '-')}:") for t in found)


# --- the Cris accord: amount lists, rows named by a school year and a duration -------------------


@pytest.fixture(scope="module")
def cris_parsed() -> tuple[list[Table], dict[str, str]]:
    """The Cris accord's tables and its clause texts (normalised), as ingest reads them."""
    from ingest import normalise, structure
    from ingest.loaders import load_pages
    from ingest.manifest import load_manifest
    from ingest.tables import clause_tables

    (document,) = [d for d in load_manifest(PROJECT_ROOT / "corpus") if d.key == "cris"]
    pages, paged = load_pages(document.path)
    text = normalise.normalise(pages, paged=paged)
    clauses = structure.parse(document, text)
    return clause_tables(clauses, text), {c.clause_id: c.text for c in clauses}


@pytest.fixture(scope="module")
def cris_tables(cris_parsed) -> list[Table]:
    return cris_parsed[0]


def test_cris_amount_lists_are_tables_with_verbatim_items(cris_parsed):
    tables, texts = cris_parsed
    lists = {t.annex_or_clause: t for t in tables if t.extra.get("list")}
    assert set(lists) == {"6-6.01", "Annexe XII", "Annexe XXII"}
    assert [r.cells[0] for r in lists["6-6.01"].rows] == ["1 277 $", "1 303 $", "1 329 $", "1 356 $", "1 383 $"]
    assert [r.cells[0] for r in lists["Annexe XII"].rows] == ["1 752 $", "2 190 $", "2 628 $"]
    assert [r.label for r in lists["6-6.01"].rows][-1] == "à compter du 141e jour de travail de l'année scolaire 2008-2009"
    for table in lists.values():
        for row in table.rows:  # each item verbatim in its clause (what the answer quotes), its amount on it
            assert row.line in texts[table.annex_or_clause] and row.cells[0] in row.line


def test_cris_rows_by_school_year_duration_and_topic(cris_tables):
    from assistant.tables import footnote_columns, row_lookup

    def ask(question):
        return [(c.table.annex_or_clause, c.value) for c in row_lookup(cris_tables, question)]

    assert ask("Combien est payé un suppléant occasionnel pour un remplacement de 2 heures à la Commission "
               "scolaire crie en 2007-2008 ?") == [("6-7.03", "87,63 $"), ("6-7.03", "89,38 $")]
    assert ask("Combien reçoit un enseignant responsable d'école chez les Cris en 2008-2009 ?") == [
        ("6-6.01", "1 356 $"), ("6-6.01", "1 383 $")]
    assert ask("À la Commission scolaire crie, c'est quoi le taux horaire d'un enseignant à taux horaire en "
               "2007-2008 ?") == [("13-2.03", "44,72 $"), ("13-2.03", "45,61 $")]
    assert ask("Chez les Cris, un suppléant occasionnel qui remplace une journée complète est payé combien en "
               "2005-2006 ?") == [("6-7.03", "168,45 $"), ("6-7.03", "171,80 $")]
    assert ask("Combien gagne un enseignant en 2008-2009 chez les Cris ?") == []
    (supply,) = [t for t in cris_tables if t.annex_or_clause == "6-7.03"]
    assert [footnote_columns(supply, f) for f in supply.footnotes] == [{1}, {2}, {3}]  # 2,5 / 3,5 / 5,0 on every row


def test_real_answers_name_the_column_rows_and_cite_the_clause(real_assistant):
    answer = real_assistant.ask("Combien est payé un suppléant occasionnel pour un remplacement de 2 heures à la "
                                "Commission scolaire crie en 2007-2008 ?")
    assert answer.kind == "amount"
    assert re.findall(r"\*\*([\d ,]+ \$)\*\*", answer.text) == ["87,63 $", "89,38 $", "87,63 $", "89,38 $"]
    assert "en vigueur jusqu'au 140e jour de travail de l'année scolaire 2007-2008" in answer.text
    assert {(c.doc, c.clause) for c in answer.citations} == {("cris", "6-7.03")}
    responsible = real_assistant.ask("Quel montant reçoit un enseignant responsable d'école chez les Cris en 2008-2009 ?")
    assert re.findall(r"\*\*([\d ,]+ \$)\*\*", responsible.text)[:2] == ["1 356 $", "1 383 $"]
    assert {(c.doc, c.clause) for c in responsible.citations} == {("cris", "6-6.01")}
    meal = real_assistant.ask("Au Collège, mon repas du midi quand je suis en déplacement pour un mandat, c'est "
                              "remboursé jusqu'à quel montant ?")
    assert meal.text.startswith("**12 $** — Annexe W, ligne « Dîner »") and "pièces justificatives" in meal.text
    for each in (answer, responsible, meal):
        for citation in each.citations:
            assert citation.quote in real_assistant.chunk(citation.chunk_id).text


def test_a_dated_follow_up_stays_on_the_amount_list(real_assistant):
    """« Et en 2008-2009 ? » after 6-6.01's supplement: that list's rows, not a salary scale (it was read
    as unreadable, then as a Bourget scale question)."""
    conversation = real_assistant.conversation()
    first = conversation.ask("Combien reçoit un enseignant responsable d'école chez les Cris en 2007-2008 ?")
    assert first.kind == "amount" and "1 356 $" in first.text
    follow = conversation.ask("Et en 2008-2009 ?")
    assert follow.kind == "amount" and "1 383 $" in follow.text
    assert {(c.doc, c.clause) for c in follow.citations} == {("cris", "6-6.01")}


def test_a_month_asked_a_class_named_whole_and_a_rate_by_its_heading(real_assistant):
    """« en avril 2013 » is the column of 1 April 2013 only (it gave 1 April 2012's too); « animateur » is Annexe O's
    « Animateur et « Sauveteur aquatique » », « animateur de pastorale » Annexe N's; « surveillance de classe … en
    avril 2013 » is Annexe P's row (the month was taken for a topic word, and the question was not answered)."""
    conversation = real_assistant.conversation()
    first = conversation.ask("Je suis orthopédagogue au Collège, à l'échelon 10. Ça fait combien par année en avril 2013 ?")
    assert re.findall(r"\*\*([\d ,]+ \$)\*\*", first.text.split("\n\n")[0]) == ["55 860 $"]
    follow = conversation.ask("Pis à l'échelon 11 ?")
    assert re.findall(r"\*\*([\d ,]+ \$)\*\*", follow.text.split("\n\n")[0]) == ["57 859 $"]
    animator = real_assistant.ask("Je suis animateur au Collège, échelon 4 : c'est quoi mon salaire annuel depuis le "
                                  "1er avril 2014 ?")
    assert animator.text.startswith("**33 126 $** par année — Annexe O")
    pastoral = real_assistant.ask("Je suis animateur de pastorale au Collège, échelon 4, combien je gagne au 1er avril 2014 ?")
    # the rate names its section heading, the case it is for (a0e8ee0)
    assert pastoral.text.startswith("**43 340 $** par année — Annexe N, B) Échelles annuelles, salarié éducateur "
                                    "professionnel à temps complet, Animateur de pastorale")
    supervision = real_assistant.ask("La surveillance de classe au Collège, ça paie combien de l'heure en avril 2013 ?")
    assert supervision.kind == "amount"
    assert supervision.text.startswith("**25,66 $** l'heure — Annexe P, B) Surveillance de classe, ligne « À compter du 1er avril 2013 »")
    for each in (first, follow, animator, pastoral, supervision):
        assert each.citations and all(c.quote in real_assistant.chunk(c.chunk_id).text for c in each.citations)


def test_a_month_asked_of_cris_rates_changing_on_the_141st_working_day(real_assistant):
    """« en septembre 2008 » falls before 2008-2009's 141st working day: 13-2.03's row of 2007-2008's (45,61 $) alone;
    « en mai 2009 », after it: 46,52 $ (both gave the two rows of the calendar year 2008)."""
    september = real_assistant.ask("À la CS crie, un enseignant à taux horaire gagne combien de l'heure en septembre 2008 ?")
    assert re.findall(r"\*\*([\d ,]+ \$)\*\*", september.text.split("\n\n")[0]) == ["45,61 $"]
    may = real_assistant.ask("À la CS crie, un enseignant à taux horaire gagne combien de l'heure en mai 2009 ?")
    assert re.findall(r"\*\*([\d ,]+ \$)\*\*", may.text.split("\n\n")[0]) == ["46,52 $"]
    for each in (september, may):
        assert {(c.doc, c.clause) for c in each.citations} == {("cris", "13-2.03")}
