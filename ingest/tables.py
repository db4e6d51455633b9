"""Numeric tables of an agreement (salary scales, hourly rates, percentages) as cells.

Salary scales are printed as grids: one line per row, cells separated by tabs, e.g.
Annexe M of the Bourget convention (after ``ingest.normalise``)::

    Annexe M Échelles annuelles de traitement des enseignants à temps complet (rf. clause 7-6.02)

    Échelons⇥Traitement enseignants secteur public - 1er avril 2010⇥…⇥… - 1er avril 2014
    ⇥0,50 %⇥Équité salariale⇥0,75 %⇥1 % (+ 0,5 %)⇥1,75 %⇥2 %
    1⇥36 654⇥36 654⇥36 929⇥37 483⇥38 139⇥38 902
    …
    ¹³ Il est à noter qu'il faut lire au tableau le taux de traitement à compter du 141e jour …

This module turns such text into values, deterministically (no model, no index):

``find_tables(text, doc, where, page=None, offset=0) -> list[Table]``
    ``text`` is the normalised text of one annex or clause (``Clause.text``; raw corpus
    text works too), ``doc`` the document key ("bourget"), ``where`` the annex or clause
    id ("Annexe M", "6-7.03"), ``page`` the clause's page (None for .txt sources) and
    ``offset`` where ``text`` starts in the document's normalised text, so that
    ``Table.start``/``Table.end`` index the whole document (``NormalisedText.page_at``).
    A table is a block of tab-separated lines whose value cells are mostly numbers
    ("60 293", "15,48", "0,50 %", "33,69 $"); text grids (lists of names, forms) are not
    tables. For each table it keeps:

    - ``title``: the annex/clause heading (first line of ``text``, "(suite)" removed);
    - ``section``: the last lettered heading before it ("A) Taux horaire, salarié …");
    - ``subtitle``: the short line just before it, usually the job class
      ("Orthopédagogue (37,5 heures/semaine) (rf. #2123)");
    - ``row_header`` ("Échelons"), ``column_headers`` (printed headers with their common
      prefix removed: "1er avril 2013", "01-04-2013"), ``column_caption`` (that prefix:
      "Traitement enseignants secteur public"), ``column_notes`` (a header row under the
      headers whose first cell is empty: "1,75 %", "Équité salariale"), ``header_line``;
    - ``rows``: ``TableRow(label, cells, line)``, cells exactly as printed (padded with ""
      when the source line dropped trailing empty cells), ``line`` the verbatim line;
    - ``footnotes``: the footnote paragraphs (lines starting with a superscript number,
      with the "- …" list a paragraph ending in ":" introduces) printed after the tables
      of the same page: each footnote block goes to every table since the previous
      footnote block or page header ("Annexe N … (suite)");
    - ``unit``: "annual", "hourly", "percent" or "" (from headers, subtitle, section, title);
    - ``extra``: "column_prefix" (the printed prefix of every header), "intro" (a sentence
      ending in ":" or "?" that introduces the table: it is not a subtitle), "list" (True
      for an amount list, below).

    Amount lists: two or more consecutive list items (« - ») each holding exactly one amount
    in dollars, after a line ending in ":" (Cris 6-6.01: « - un supplément annuel de 1 277 $
    jusqu'au 140e jour de travail de l'année scolaire 2005-2006; ») are a table too: one
    column headed by the words every item prints before its amount (« un supplément
    annuel de ») or "Montant", each row labelled by the item's other words (« jusqu'au 140e
    jour … 2005-2006 »), its cell the amount as printed (« 1 277 $ »), its line the item.

    "(suite)": a line ending in "(suite)" is a page header (the annex title repeated on the
    next page); it and a repeated section heading are skipped. A block after it joins the
    previous table when no new subtitle comes in between (or the subtitle is the previous
    one plus "(suite)") and it either repeats the previous header line or starts directly
    with data rows of the same width; a repeated header/notes row is not duplicated.

``Table.cell(row_label, column) -> Cell | None``
    ``row_label`` as printed ("12") or an int; ``column`` an index, a short or full header
    ("1er avril 2013"), or a date (``datetime.date`` or text) matching the column's date.
``Table.column_date(i) -> date | None``; ``Table.job_class``; ``Table.echelon_rows``.
``Table.to_record()`` / ``Table.from_record(record)``
    One JSON-safe dict per table (one line of the generation's ``tables.jsonl``), round trip.
``Table.to_records()``
    One searchable record per row (``table_id``, ``row``, ``text`` = ``row_text``, doc,
    where, page) for the index.
``row_text(table, row) -> str``
    "Annexe M, échelon 12 : 1er avril 2013 : 60 293 $ ; 1er avril 2014 : 61 499 $ ; …".
``check_table(table) -> list[str]``
    Printed values that break the scale's order (a value lower than the one before it in
    its row or column), e.g. a typo in the source; for review, nothing is corrected.
``write_jsonl(tables, path)`` / ``read_jsonl(path)``.
``clause_tables(clauses, normalised=None) -> list[Table]``
    The tables of a parsed document: ``find_tables`` over every annex/clause that has tab
    lines, each table's page read from ``normalised.page_at(table.start)`` (paged sources),
    table ids made unique within the document. ``ingest.pipeline`` stores them in each
    index generation as ``tables.jsonl`` (``ingest.index``).
``parse_date(text) -> date | None``, ``french_dates(text) -> list[date]`` (every date written in words),
``month_number(name) -> int | None``
and ``french_date(date) -> "1er avril 2013"``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from .normalise import strip_accents
from .types import Clause, NormalisedText

#: Bump when the parsing rules change (stored in every record).
#: 2: amount lists (« - un supplément annuel de 1 277 $ jusqu'au … ; ») as tables.
TABLES_VERSION = 3

UNITS = ("annual", "hourly", "percent", "")

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FOOTNOTE_START = re.compile(rf"^[{_SUPERSCRIPTS}]+\s*\S")
_FOOTNOTE_MARKERS = re.compile(rf"\s?[{_SUPERSCRIPTS}]+")
_SECTION = re.compile(r"^(?:[-•]\s+)?[A-Z]\)\s+\S")
#: an amending agreement's instruction, not a heading: « 73) L'annexe XXII qui suit est ajoutée : »
_AMENDMENT = re.compile(r"^\d+\)\s.*\b(?:ajout[ée]e?s?|remplac[ée]e?s?|qui suit|suivante?s?)\b.*:\s*$", re.IGNORECASE)
_SUITE = re.compile(r"\s*\(suite\)\s*$", re.IGNORECASE)
_TAGS = re.compile(r"</?(?:i|b|u|em|strong|sup|sub|span)\b[^>]*>", re.IGNORECASE)
_LATEX_SUP = re.compile(r" ?\^\{([^{}\n]*)\}| ?\^(\w+)")
# "60 293", "15,48", "0,50 %", "33,69 $", "390 000 $", "-1,5", "12"
_NUMBER = re.compile(r"^[-+]?\(?\d{1,3}(?:[ \u00a0\u202f]?\d{3})*(?:[,.]\d+)?\)?\s*(?:%|\\?\$)?"
                     r"(?:\s*/\s*(?:km|h|heure|jour|an|kilom[èe]tre))?$")  # "0,15 $ /km": a rate per unit
_BLANK = re.compile(r"^_{3,}\s*(?:\\?\$)?$")  # "_____ $": a blank of a form, to fill, not text
# a list item (« - 1 752 $ pour la première ou le premier élève excédentaire; ») and the amount it holds
_LIST_ITEM = re.compile(r"^\s*[-•]\s+(?!\(?[A-Za-z]\)\s)(\S.*)$")
_MONEY = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{2})?\s*\\?\$")
_SUBTITLE_MAX_CHARS = 160
_NUMERIC_SHARE = 0.75

_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
_MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre")
_FRENCH_DATE = re.compile(
    r"\b(\d{1,2})\s*(?:er|re|e)?\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|"
    r"septembre|octobre|novembre|d[ée]cembre)\s+(\d{4})\b", re.IGNORECASE)
_DMY_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


# --- value types ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TableRow:
    """One printed row: its label ("12" for échelon 12), its value cells as printed, its line."""

    label: str
    cells: tuple[str, ...]
    line: str  # the verbatim source line (tabs kept)


@dataclass(frozen=True)
class Cell:
    """One value of a table, with where it sits."""

    table_id: str
    row: TableRow
    column_index: int  # 0-based index into Table.column_headers
    column: str  # short header, e.g. "1er avril 2013"
    value: str  # as printed, e.g. "60 293"
    column_note: str = ""  # e.g. "1,75 %"

    @property
    def row_label(self) -> str:
        return self.row.label


@dataclass(frozen=True)
class Table:
    """A numeric grid of one annex or clause (see the module docstring for every field)."""

    doc: str
    annex_or_clause: str
    title: str
    subtitle: str
    column_headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    footnotes: tuple[str, ...] = ()
    page: int | None = None
    table_id: str = ""
    section: str = ""
    row_header: str = ""
    column_caption: str = ""
    column_notes: tuple[str, ...] = ()
    header_line: str = ""
    unit: str = ""
    start: int = 0
    end: int = 0
    extra: dict = field(default_factory=dict, compare=False)

    # --- lookups --------------------------------------------------------------------------

    @property
    def echelon_rows(self) -> bool:
        """Whether rows are échelons (the row header says so, or every label is a small integer)."""
        if _fold(self.row_header).startswith("echelon"):
            return True
        return bool(self.rows) and all(row.label.isdigit() and int(row.label) < 100 for row in self.rows)

    @property
    def job_class(self) -> str:
        """The job class the table is for: the subtitle without its parentheses, else from the title."""
        if self.subtitle:
            name = re.sub(r"\([^()]*\)", "", self.subtitle)
            return " ".join(name.split()).strip(" ,;:-")
        if re.search(r"(?<![\w-])enseignant", _fold(self.title)):
            return "enseignant"
        return ""

    def row(self, label: str | int) -> TableRow | None:
        wanted = _label_key(str(label))
        for row in self.rows:
            if _label_key(row.label) == wanted:
                return row
        return None

    def column_index(self, column: int | str | date) -> int | None:
        """Index of a column given as an index, a short or full header, or a date."""
        if isinstance(column, int):
            return column if 0 <= column < len(self.column_headers) else None
        if isinstance(column, date):
            wanted: date | None = column
        else:
            key = _fold(column)
            for i, header in enumerate(self.column_headers):
                if key in (_fold(header), _fold(self.full_header(i))):
                    return i
            wanted = parse_date(column)
        if wanted is None:
            return None
        for i in range(len(self.column_headers)):
            if self.column_date(i) == wanted:
                return i
        return None

    def cell(self, row_label: str | int, column: int | str | date) -> Cell | None:
        """The cell at a row (label as printed, or an int) and a column (see ``column_index``)."""
        row = self.row(row_label)
        index = self.column_index(column)
        if row is None or index is None or index >= len(row.cells):
            return None
        note = self.column_notes[index] if index < len(self.column_notes) else ""
        return Cell(self.table_id, row, index, self.column_headers[index], row.cells[index], note)

    def column_date(self, index: int) -> date | None:
        """The date a column takes effect, parsed from its header ("1er avril 2013", "01-04-2013")."""
        if not 0 <= index < len(self.column_headers):
            return None
        return parse_date(self.column_headers[index]) or parse_date(self.full_header(index))

    def full_header(self, index: int) -> str:
        """The column header as printed (caption prefix included)."""
        header = self.column_headers[index]
        prefix = self.extra.get("column_prefix", "")
        return f"{prefix}{header}" if prefix else header

    # --- storage --------------------------------------------------------------------------

    def to_record(self) -> dict:
        """One JSON-safe dict (one line of tables.jsonl); ``Table.from_record`` reverses it."""
        return {
            "version": TABLES_VERSION,
            "table_id": self.table_id,
            "doc": self.doc,
            "annex_or_clause": self.annex_or_clause,
            "title": self.title,
            "section": self.section,
            "subtitle": self.subtitle,
            "row_header": self.row_header,
            "column_caption": self.column_caption,
            "column_headers": list(self.column_headers),
            "column_notes": list(self.column_notes),
            "header_line": self.header_line,
            "rows": [{"label": r.label, "cells": list(r.cells), "line": r.line} for r in self.rows],
            "footnotes": list(self.footnotes),
            "unit": self.unit,
            "page": self.page,
            "start": self.start,
            "end": self.end,
            "extra": dict(self.extra),
        }

    @classmethod
    def from_record(cls, record: dict) -> "Table":
        return cls(
            doc=record["doc"],
            annex_or_clause=record["annex_or_clause"],
            title=record.get("title", ""),
            subtitle=record.get("subtitle", ""),
            column_headers=tuple(record.get("column_headers", ())),
            rows=tuple(TableRow(r["label"], tuple(r["cells"]), r.get("line", "")) for r in record.get("rows", ())),
            footnotes=tuple(record.get("footnotes", ())),
            page=record.get("page"),
            table_id=record.get("table_id", ""),
            section=record.get("section", ""),
            row_header=record.get("row_header", ""),
            column_caption=record.get("column_caption", ""),
            column_notes=tuple(record.get("column_notes", ())),
            header_line=record.get("header_line", ""),
            unit=record.get("unit", ""),
            start=record.get("start", 0),
            end=record.get("end", 0),
            extra=dict(record.get("extra", {})),
        )

    def to_records(self) -> list[dict]:
        """One searchable record per row: its sentence (``row_text``) and where it comes from."""
        return [
            {
                "table_id": self.table_id,
                "doc": self.doc,
                "annex_or_clause": self.annex_or_clause,
                "row": row.label,
                "text": row_text(self, row),
                "page": self.page,
            }
            for row in self.rows
        ]


# --- rendering --------------------------------------------------------------------------------


def display_column(table: Table, index: int) -> str:
    """A column as a reader says it: the French date when the header is one, else the header."""
    header = table.column_headers[index]
    when = parse_date(header)
    if when is not None and (_DMY_DATE.search(header) or _ISO_DATE.search(header)):
        return french_date(when)
    return header or table.column_caption or "valeur"


def with_unit(table: Table, value: str) -> str:
    """"60 293" -> "60 293 $" for money tables; values that carry a unit are kept as printed."""
    value = value.strip()
    if not value or not _NUMBER.match(value) or value.endswith(("%", "$")):
        return value.replace("\\$", "$")
    return f"{value} $" if table.unit in ("annual", "hourly") else value


def row_name(table: Table, row: TableRow) -> str:
    """"échelon 12" for scales, else the row label as printed."""
    return f"échelon {row.label}" if table.echelon_rows and row.label else row.label


def row_text(table: Table, row: TableRow) -> str:
    """One row as a searchable sentence.

    "Annexe M, échelon 12 : 1er avril 2013 : 60 293 $ ; 1er avril 2014 : 61 499 $"; the job class
    (subtitle) follows the annex when there is one.
    """
    head = ", ".join(part for part in (table.annex_or_clause, table.subtitle, row_name(table, row)) if part)
    values = [
        f"{display_column(table, i)} : {with_unit(table, cell)}"
        for i, cell in enumerate(row.cells)
        if cell.strip() and i < len(table.column_headers)
    ]
    return f"{head} : {' ; '.join(values)}"


# --- dates ------------------------------------------------------------------------------------


def parse_date(text: str) -> date | None:
    """The first date in a text: "1er avril 2013", "31 décembre 2010", "01-04-2013", "2013-04-01"."""
    if not text:
        return None
    for pattern, order in ((_FRENCH_DATE, "fr"), (_ISO_DATE, "iso"), (_DMY_DATE, "dmy")):
        match = pattern.search(text)
        if not match:
            continue
        try:
            if order == "fr":
                return date(int(match.group(3)), _MONTHS[_fold(match.group(2))], int(match.group(1)))
            if order == "iso":
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        except (ValueError, KeyError):
            continue
    return None


def month_number(name: str) -> int | None:
    """« août » / « aout » / « Août » -> 8; None for a word that names no month."""
    return _MONTHS.get(_fold(name))


def french_dates(text: str) -> list[date]:
    """Every date a French text writes in words (« jeudi 15 janvier 2026 », « 1er avril 2013 »), in
    order; an impossible one (« 31 février 2026 ») is skipped."""
    found = []
    for match in _FRENCH_DATE.finditer(text or ""):
        try:
            found.append(date(int(match.group(3)), _MONTHS[_fold(match.group(2))], int(match.group(1))))
        except (ValueError, KeyError):
            continue
    return found


def french_date(when: date) -> str:
    """date(2013, 4, 1) -> "1er avril 2013"."""
    day = "1er" if when.day == 1 else str(when.day)
    return f"{day} {_MONTH_NAMES[when.month - 1]} {when.year}"


# --- checks and storage -----------------------------------------------------------------------


def number_value(cell: str) -> float | None:
    """"60 293" -> 60293.0, "15,48" -> 15.48, "1,75 %" -> 1.75; None when not a number."""
    text = cell.strip().replace("\\$", "$")
    if not _NUMBER.match(text):
        return None
    digits = re.sub(r"[\s\u00a0\u202f$%()]", "", text).replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def check_table(table: Table) -> list[str]:
    """Values lower than the one before them in their row (later date) or column (next échelon)."""
    problems: list[str] = []
    dated = all(table.column_date(i) for i in range(len(table.column_headers)))
    for r, row in enumerate(table.rows):
        values = [number_value(c) for c in row.cells]
        if dated:
            for i in range(1, len(values)):
                if values[i] is not None and values[i - 1] is not None and values[i] < values[i - 1]:
                    problems.append(f"{row_name(table, row)}, {table.column_headers[i]} : {row.cells[i]} "
                                    f"< {row.cells[i - 1]} ({table.column_headers[i - 1]})")
        if table.echelon_rows and r:
            before = table.rows[r - 1]
            for i, value in enumerate(values):
                previous = number_value(before.cells[i]) if i < len(before.cells) else None
                if value is not None and previous is not None and value < previous:
                    problems.append(f"{row_name(table, row)}, {table.column_headers[i]} : {row.cells[i]} "
                                    f"< {before.cells[i]} ({row_name(table, before)})")
    return problems


def write_jsonl(tables: Iterable[Table], path: Path) -> None:
    """One table record per line (UTF-8)."""
    with Path(path).open("w", encoding="utf-8") as out:
        for table in tables:
            out.write(json.dumps(table.to_record(), ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[Table]:
    with Path(path).open(encoding="utf-8") as lines:
        return [Table.from_record(json.loads(line)) for line in lines if line.strip()]


def clause_tables(clauses: Iterable[Clause], normalised: NormalisedText | None = None) -> list[Table]:
    """The tables of every annex or clause of one parsed document, in document order."""
    found: list[Table] = []
    seen: set[str] = set()
    for clause in clauses:
        if "\t" not in clause.text and not has_amount_list(clause.text):
            continue
        for table in find_tables(clause.text, clause.doc, clause.clause_id, page=clause.page, offset=clause.start):
            page = normalised.page_at(table.start) if normalised is not None else None
            table_id, n = table.table_id, 1
            while table_id in seen:  # the same id twice in a document (an amended clause restated)
                n += 1
                table_id = f"{table.table_id}-{n}"
            seen.add(table_id)
            found.append(replace(table, page=table.page if page is None else page, table_id=table_id))
    return found


# --- parsing ----------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str  # as in the source, trailing spaces/newline removed
    start: int
    end: int

    @property
    def tabular(self) -> bool:
        """Tab-separated (trailing tabs, as after an italic subtitle, do not count)."""
        return "\t" in self.text.rstrip(" \t\r")


@dataclass
class _Block:
    """Consecutive tab-separated lines."""

    lines: list[_Line]


@dataclass
class _Draft:
    """A table being built (mutable), frozen into a Table at the end."""

    title: str
    section: str
    subtitle: str
    header: list[str] | None
    header_line: str
    notes: list[str]
    rows: list[TableRow]
    footnotes: list[str]
    start: int
    end: int
    intro: str = ""
    column: str = ""  # an amount list's column header
    is_list: bool = False


def find_tables(text: str, doc: str, where: str, page: int | None = None, offset: int = 0) -> list[Table]:
    """The numeric tables of one annex or clause text (see the module docstring)."""
    lines = _split_lines(text)
    title = _title(lines, where)
    drafts: list[_Draft] = []
    group: list[_Draft] = []  # tables of the current page that footnotes printed now belong to
    group_noted = False  # the group already got a footnote block: the next table starts a new group
    context = _Context()
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = _clean(line.text)
        if line.tabular:
            j = i
            while j < len(lines) and lines[j].tabular:
                j += 1
            draft = _take_block(_Block(lines[i:j]), title, context, drafts)
            if draft is not None:
                if group_noted:
                    group, group_noted = [], False
                if draft not in group:
                    group.append(draft)
            context.after_table()
            i = j
        elif not stripped:
            i += 1
        elif _FOOTNOTE_START.match(stripped):
            note, i = _footnote(lines, i)
            for draft in _footnote_owners(group, note):
                if note not in draft.footnotes:
                    draft.footnotes.append(note)
            group_noted = True
        else:
            if _SUITE.search(stripped) and _is_page_header(stripped):
                group, group_noted = [], False
                context.page_break()
            elif not (i == _first_text_line(lines) and stripped == title):
                if _SECTION.match(stripped):
                    context.heading(stripped)
                else:
                    context.text(stripped)
            i += 1
    drafts = sorted(drafts + _amount_lists(lines, title), key=lambda d: d.start)
    return [_freeze(d, doc, where, page, offset, n) for n, d in enumerate(drafts, 1)]


def has_amount_list(text: str) -> bool:
    """Whether a text may hold an amount list (two list items with an amount, cheap test)."""
    return sum(1 for line in text.split("\n") if _LIST_ITEM.match(line) and _MONEY.search(line)) >= 2


def _amount_lists(lines: Sequence[_Line], title: str) -> list[_Draft]:
    """Runs of 2+ consecutive list items holding one amount each, after a line ending in ":"."""
    drafts: list[_Draft] = []
    section, previous, i = "", "", 0
    while i < len(lines):
        run = []
        while i < len(lines) and not lines[i].tabular and _amount_item(lines[i].text) is not None:
            run.append(lines[i])
            i += 1
        if len(run) >= 2 and previous.endswith(":"):
            drafts.append(_list_draft(run, title, section, previous))
        if run:
            previous = ""
            continue
        stripped = _clean(lines[i].text)
        if stripped:
            if _SECTION.match(stripped):
                section = stripped
            previous = stripped
        i += 1
    return drafts


def _amount_item(text: str) -> tuple[str, str, str] | None:
    """(words before, amount, words after) of a list item holding exactly one amount, else None."""
    item = _LIST_ITEM.match(text)
    if item is None:
        return None
    body = _clean(item.group(1))
    amounts = list(_MONEY.finditer(body))
    if len(amounts) != 1:
        return None
    found = amounts[0]
    return body[:found.start()].strip(), found.group(0).strip(), body[found.end():].strip(" ;.,»«")


def _list_draft(run: Sequence[_Line], title: str, section: str, intro: str) -> _Draft:
    """An amount list as a one-column table: the words every item prints before its amount head the column."""
    items = [_amount_item(line.text) for line in run]
    befores = {before for before, _, _ in items}
    common = befores.pop() if len(befores) == 1 else ""
    rows = [TableRow(label=" ".join(p for p in (("" if common else before), after) if p) or before,
                     cells=(amount,), line=line.text.strip()) for line, (before, amount, after) in zip(run, items)]
    column = re.sub(r"\s+(?:de|du|des|d')$", "", common)
    return _Draft(title=title, section=section, subtitle="", header=None, header_line="", notes=[], rows=rows,
                  footnotes=[], start=run[0].start, end=run[-1].end, intro=intro, column=column or "Montant",
                  is_list=True)


@dataclass
class _Context:
    """What was read since the last table: headings, the candidate subtitle, page breaks."""

    section: str = ""
    subtitle: str = ""
    intro: str = ""  # the sentence that introduces the table ("… selon le tableau suivant :")
    other_text: bool = False  # a paragraph (not a subtitle) since the last table
    new_section: bool = False
    page_broken: bool = False

    def after_table(self) -> None:
        self.subtitle, self.other_text, self.new_section, self.page_broken = "", False, False, False
        self.intro = ""

    def page_break(self) -> None:
        self.page_broken = True

    def heading(self, text: str) -> None:
        if _fold(text) != _fold(self.section):
            self.section = text
            self.new_section = True
        self.subtitle = ""

    def text(self, text: str) -> None:
        if text.endswith((":", "?")):
            self.intro, self.other_text = text, True
            return
        if len(text) <= _SUBTITLE_MAX_CHARS and not text.endswith((".", ";")):
            if self.subtitle:
                self.other_text = True
            self.subtitle = text
        else:
            self.other_text = True
            self.subtitle = ""


def _take_block(block: _Block, title: str, context: _Context, drafts: list[_Draft]) -> _Draft | None:
    """Add a block of tab lines: to the previous table (continuation), as a new table, or not at all."""
    cells = [_cells(line.text) for line in block.lines]
    header_index = 0 if not _is_data_row(cells[0]) else None
    previous = drafts[-1] if drafts else None
    if previous is not None and _continues(previous, block, cells, header_index, context):
        body_start = _body_start(cells, 0 if header_index is None else 1)
        _add_rows(previous, block.lines[body_start:], cells[body_start:])
        previous.end = block.lines[-1].end
        return previous
    header = cells[0] if header_index is not None else None
    body_start = _body_start(cells, 0 if header is None else 1)
    notes_rows = cells[(0 if header is None else 1):body_start]
    data = [(line, row) for line, row in zip(block.lines[body_start:], cells[body_start:])]
    if not _is_numeric_grid([row for _, row in data], has_header=header is not None):
        return None
    subtitle = "" if context.other_text and not context.subtitle else context.subtitle
    draft = _Draft(
        title=title, section=context.section, subtitle=_SUITE.sub("", subtitle), header=header,
        header_line=block.lines[0].text if header is not None else "",
        notes=_merge_notes(notes_rows), rows=[], footnotes=[],
        start=block.lines[0].start, end=block.lines[-1].end, intro=context.intro,
    )
    _add_rows(draft, [line for line, _ in data], [row for _, row in data])
    drafts.append(draft)
    return draft


def _continues(previous: _Draft, block: _Block, cells: list[list[str]], header_index: int | None,
               context: _Context) -> bool:
    """Whether a block carries on the previous table across a page break ("(suite)")."""
    if not context.page_broken or context.new_section or context.other_text:
        return False
    if context.subtitle and _fold(_SUITE.sub("", context.subtitle)) != _fold(previous.subtitle):
        return False
    if header_index is not None:
        return previous.header is not None and [_fold(c) for c in cells[0]] == [_fold(c) for c in previous.header]
    width = max((len(row.cells) for row in previous.rows), default=0) + 1
    return len(cells[0]) <= max(width, len(previous.header or ()))


def _body_start(cells: list[list[str]], start: int) -> int:
    """Skip the header-note rows (first cell empty, e.g. "⇥0,50 %⇥Équité salariale") under a header."""
    i = start
    while start and i < len(cells) and not cells[i][0]:
        i += 1
    return i


def _add_rows(draft: _Draft, lines: Sequence[_Line], rows: Sequence[list[str]]) -> None:
    for line, cells in zip(lines, rows):
        draft.rows.append(TableRow(label=cells[0], cells=tuple(cells[1:]), line=line.text))


def _merge_notes(rows: Sequence[list[str]]) -> list[str]:
    """Header-note rows (first cell empty) as one note per column."""
    if not rows:
        return []
    width = max(len(row) for row in rows) - 1
    return [" ".join(row[i + 1] for row in rows if i + 1 < len(row) and row[i + 1]) for i in range(width)]


def _is_data_row(cells: Sequence[str]) -> bool:
    """A label (possibly empty) followed by value cells that are all numbers, at least one."""
    values = [c for c in cells[1:] if c]
    return bool(values) and all(_NUMBER.match(c) for c in values)


def _is_numeric_grid(rows: Sequence[list[str]], has_header: bool) -> bool:
    if len(rows) < (1 if has_header else 2):
        return False
    values = [c for row in rows for c in row[1:] if c and not _BLANK.match(c)]
    if not values:
        return False
    numeric = sum(1 for c in values if _NUMBER.match(c))
    return numeric / len(values) >= _NUMERIC_SHARE


def _freeze(draft: _Draft, doc: str, where: str, page: int | None, offset: int, n: int) -> Table:
    header = draft.header or ([""] + [draft.column] if draft.is_list else [])
    width = max([len(header) - 1] + [len(row.cells) for row in draft.rows])
    printed = [header[i + 1] if i + 1 < len(header) else "" for i in range(width)]
    prefix = _common_prefix(printed)
    short = tuple(h[len(prefix):] if prefix else h for h in printed)
    rows = tuple(TableRow(r.label, r.cells + ("",) * (width - len(r.cells)), r.line) for r in draft.rows)
    notes = tuple(draft.notes + [""] * (width - len(draft.notes))) if draft.notes else ()
    subtitle = _clean(draft.subtitle)
    table = Table(
        doc=doc, annex_or_clause=where, title=draft.title, subtitle=subtitle,
        column_headers=short, rows=rows, footnotes=tuple(draft.footnotes), page=page,
        table_id=f"{doc}:{_slug(where)}:{n}", section=draft.section, row_header=header[0] if header else "",
        column_caption=prefix.strip(" -–:"), column_notes=notes, header_line=draft.header_line,
        start=offset + draft.start, end=offset + draft.end,
        extra={k: v for k, v in (("column_prefix", prefix), ("intro", draft.intro), ("list", draft.is_list)) if v},
    )
    return _with_unit(table)


def _with_unit(table: Table) -> Table:
    return replace(table, unit=_unit(table))


def _unit(table: Table) -> str:
    """"hourly"/"annual"/"percent"/"": the first of headers, subtitle, section, title that says it."""
    values = [c for row in table.rows for c in row.cells if c]
    if values and sum(c.strip().endswith("%") for c in values) > len(values) / 2:
        return "percent"
    for text in (" ".join((table.column_caption, *table.column_headers, table.row_header)),
                 table.subtitle, table.section, table.title):
        folded = _fold(text)
        if "horaire" in folded or "l'heure" in folded or "par heure" in folded:
            return "hourly"
        if "annuel" in folded or "traitement" in folded or "salaire" in folded:
            return "annual"
    return ""


def _common_prefix(headers: Sequence[str]) -> str:
    """The words every header (two or more) starts with, e.g. "Taux horaire au "."""
    texts = [h for h in headers if h]
    if len(texts) < 2 or len(texts) != len(headers):
        return ""
    prefix = texts[0]
    for text in texts[1:]:
        k = 0
        while k < min(len(prefix), len(text)) and prefix[k] == text[k]:
            k += 1
        prefix = prefix[:k]
    for pattern in (_FRENCH_DATE, _DMY_DATE, _ISO_DATE):  # never cut a date in two
        match = pattern.search(texts[0])
        if match and match.start() < len(prefix):
            prefix = prefix[:match.start()]
    cut = max(prefix.rfind(" "), prefix.rfind("\t"))
    prefix = prefix[:cut + 1] if cut >= 0 else ""
    if len(prefix.strip()) < 3 or any(not h[len(prefix):].strip() for h in texts):
        return ""
    return prefix


def _footnote(lines: Sequence[_Line], i: int) -> tuple[str, int]:
    """A footnote paragraph from line i, with the list its ":" introduces; returns (text, next line)."""
    parts: list[str] = []
    while i < len(lines) and _clean(lines[i].text) and not lines[i].tabular:
        parts.append(_clean(lines[i].text))
        i += 1
    while parts[-1].endswith(":") or (parts[-1].startswith("- ") and not parts[-1].endswith(".")):
        j = i
        while j < len(lines) and not _clean(lines[j].text):
            j += 1
        if j >= len(lines) or not _clean(lines[j].text).startswith(("- ", "• ")):
            break
        i = j
        while i < len(lines) and _clean(lines[i].text).startswith(("- ", "• ")):
            parts.append(_clean(lines[i].text))
            i += 1
    return "\n".join(parts), i


def _footnote_owners(group: Sequence[_Draft], note: str) -> list[_Draft]:
    """The tables of a page a footnote is about: those whose row labels or headers share a word (4+ letters)
    with it when some do and others do not (Annexe W: « ²⁸ Le coût du litre de l'essence … » goes to the
    kilometre table, not to the meals table); else all of them (markers are not kept in the text)."""
    if len(group) < 2:
        return list(group)
    words = set(re.findall(r"[a-z]{4,}", _fold(note.split("\n")[0])))
    sharing = [d for d in group
               if words & set(re.findall(r"[a-z]{4,}", _fold(" ".join([*(r.label for r in d.rows), *(d.header or [])]))))]
    return sharing or list(group)


def _is_page_header(line: str) -> bool:
    """A short line ending in "(suite)": the running title of the next page."""
    return len(line) <= 400 and not line.endswith((".", ";", ":"))


def _first_text_line(lines: Sequence[_Line]) -> int:
    return next((k for k, line in enumerate(lines) if line.text.strip()), 0)


def _title(lines: Sequence[_Line], where: str) -> str:
    for i, line in enumerate(lines):
        text = _clean(line.text)
        if text:
            if line.tabular:
                return where
            if _AMENDMENT.match(text):  # « 73) L'annexe XXII qui suit est ajoutée : »: the new text's heading follows
                text = _heading_after(lines[i + 1:]) or text
            text = _SUITE.sub("", text)
            return text if len(text) <= 200 else text[:199].rstrip() + "…"
    return where


def _heading_after(lines: Sequence[_Line]) -> str:
    """The heading an amending instruction introduces: its first paragraph (up to 4 lines, markup and
    quotation marks off) when it is written as a heading (mostly capitals), else ""."""
    taken: list[str] = []
    for line in lines:
        text = _clean(line.text)
        if not text:
            if taken:
                break
            continue
        if line.tabular or len(taken) == 4:
            return ""
        taken.append(text)
    heading = " ".join(" ".join(taken).replace("*", "").replace("«", " ").replace("»", " ").split())
    letters = [c for c in heading if c.isalpha()]
    return heading if letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters) else ""


def _split_lines(text: str) -> list[_Line]:
    lines, position = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(raw.rstrip("\r"), position, position + len(raw)))
        position += len(raw) + 1
    return lines


def _cells(line: str) -> list[str]:
    """Tab-separated cells, stripped, with markup and footnote markers removed from header text."""
    cells = [_clean(c) for c in line.rstrip("\t ").split("\t")]
    return cells if cells else [""]


def _clean(text: str) -> str:
    """Light clean-up for raw corpus text: tags, ``^{er}`` superscripts, footnote markers, spaces."""
    text = _TAGS.sub("", text)
    text = _LATEX_SUP.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = text.replace("\\$", "$")
    if not _FOOTNOTE_START.match(text.strip()):
        text = _FOOTNOTE_MARKERS.sub("", text)
    return " ".join(text.replace("\u00a0", " ").split())


def _label_key(label: str) -> str:
    folded = _fold(label)
    folded = re.sub(r"^echelons?\s*", "", folded)
    return folded.lstrip("0") or folded


def _fold(text: str) -> str:
    """Lower case without accents, one space between words."""
    return " ".join(strip_accents(text or "").lower().replace("’", "'").split())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-")
