"""Answer salary and rate questions from table cells (pure functions: no index, no model).

Works on ``ingest.tables.Table`` values (found by ``ingest.tables.find_tables`` and stored in a
generation's tables.jsonl). The wiring into retrieval and the answer chain is done elsewhere.

``parse_amount_question(question, job_classes=()) -> AmountQuery``
    Reads the échelon ("échelon 12", "12e échelon"), the date or period ("au 1er avril 2013",
    "en 2014", "2013-2014", "01-04-2013"), hourly vs annual ("taux horaire", "à l'heure" /
    "par année", "annuel") and the job class: "enseignant" or one of ``job_classes`` (e.g.
    ``[t.job_class for t in tables]``), matched on words without accents, plural or feminine
    endings ("technicienne en éducation spécialisée"). ``AmountQuery.is_amount_question`` says
    whether the question asks for an amount at all.
``lookup(tables, query) -> list[CellAnswer]``
    Every candidate cell, best first; several when the question is ambiguous instead of a guess:
    no job class (the teachers' scale first, then the others), several job classes matching
    ("technicien"), or a year in which a new column took effect ("en 2014": the column of
    1er avril 2013 until 31 mars 2014 and the one of 1er avril 2014). An exact date picks the
    column in force on that day; no date picks the latest column. ``CellAnswer.note`` says which
    column was chosen and why. Scales need an échelon (none -> []); tables whose rows are dates
    (Annexe P: "À compter du 1er avril 2013") are looked up by date without one.
``row_lookup(tables, question) -> list[CellAnswer]``
    Money tables whose rows are named by words, not échelons or dates (Annexe W's « Frais pour
    chaque kilomètre excédant (+ de 200 km) », « Souper »; Cris 13-2.03's « À compter du 141e jour
    de travail de l'année scolaire 2008-2009 »; amount lists such as 6-6.01's): the table on the
    question's topic, the row(s) it names (a school year: the rows in force that year), the column
    it names or whose duration range holds the duration asked (``duration_columns``: « 2 heures »
    → « entre 61 minutes et 150 minutes »).
``footnote_columns(table, footnote)``: the columns a « produit par 2,5 du taux … » footnote computes.
``dated_tables_on_topic(tables, question)``: tables of dated rows (Annexe P) asked by their heading.
``format_cell_answer(answer) -> str``
    "**60 293 $** par année — Annexe M, échelon 12, colonne « 1er avril 2013 »", then the
    period note and the table's footnotes that qualify the amounts ("Note : … 141e jour …").
``format_cell_answers(answers) -> str``: one answer, or a list of the candidates.
``shown_table(table, rows, asked) -> ShownTable``, ``table_markdown(shown)``
    The few rows an answer shows under the table's column headers, as a value (``Answer.tables``: what the web
    page draws a row read from) and as the answer's small Markdown table.
``placement(years_schooling, years_experience, table, doctorate=False) -> Placement``
    The échelon from a table footnote rule such as Annexe M's ("l'échelon correspondant à son
    expérience, augmenté de 2 échelons … 17 ans ; 4 … 18 ans ; 6 … 19 ans ou plus sans doctorat ;
    8 … avec doctorat"), each step with its source text. Without such a footnote the Placement
    says there is no rule (``echelon`` None).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Sequence

from ingest.normalise import strip_accents
from ingest.tables import (Table, TableRow, check_table, french_date, french_dates, month_number, number_value, parse_date,
                           display_column, row_name, with_unit)

from .deadlines import MONTH_PATTERN, MONTHS_FR
from .number_words import VALUES, french_number, spelled
from .types import ShownTable

_AMOUNT_CUES = re.compile(
    r"combien|salaire|traitement|gagn|taux horaire|taux|[ée]chelle|[ée]chelon|r[ée]mun[ée]r|pay[ée]|"
    r"\$|montant|"
    r"\bpa(?:ie|ye|yent|ient)\s+(?:le\s+|la\s+)?(?:plus|mieux|moins)\b", re.IGNORECASE)  # « qui paie le plus … ? »
_ECHELON = re.compile(r"[ée]chelon\s*(?:n[o°º]\s*)?(\d{1,2})\b|\b(\d{1,2})\s*(?:e|er|i?[èe]me|ᵉ)\s+[ée]chelon",
                      re.IGNORECASE)
# an échelon in words (« au douzième échelon », « l'échelon douze »), read as digits before ``_ECHELON``
_CARDINALS = ("un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
              "dix-huit dix-neuf vingt").split()
_ORDINALS = ("premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième "
             "douzième treizième quatorzième quinzième seizième dix-septième dix-huitième dix-neuvième vingtième").split()
_ORDINAL_ECHELON = re.compile(r"\b(" + "|".join(sorted(_ORDINALS[1:], key=len, reverse=True)) + r")\s+([ée]chelon)",
                              re.IGNORECASE)
_ECHELON_IN_WORDS = re.compile(r"([ée]chelon)\s+(" + "|".join(sorted(_CARDINALS, key=len, reverse=True)) + r")\b",
                               re.IGNORECASE)
# an échelon named by its place in the scale, not its number: the last (« au dernier échelon », « au sommet de
# l'échelle », « échelon maximum ») or the first (« au premier échelon », « au bas de l'échelle »)
# (« le salaire max », « le salaire d'entrée » too); its end reached (« au bout de l'échelle », « à la fin de mon
# échelle », « j'ai plus d'échelon à monter »)
_LAST_ECHELON = re.compile(r"\b(?:dernier|plus\s+haut|ultime)\s+[ée]chelon|(?:[ée]chelon|salaire|traitement)\s+(?:le\s+plus\s+"
                           r"(?:haut|[ée]lev[ée])|maxim(?:um|al)|max)\b|\b(?:sommet|haut|maximum|top|bout|fin)\s+de\s+"
                           r"(?:l'|mon\s+|ma\s+|son\s+|sa\s+)[ée]chelle|\bplus\s+d'[ée]chelons?\s+[àa]\s+(?:monter|gravir|franchir)\b",
                           re.IGNORECASE)
_FIRST_ECHELON = re.compile(r"\bpremier\s+[ée]chelon|\bpremier\s+(?:(?:et|pis|puis|ou|au|jusqu'au|[àa])\s+(?:le\s+)?)"
                            r"(?:dernier|plus\s+haut)\s+[ée]chelon|[ée]chelon\s+minim(?:um|al)\b|(?:[ée]chelon|salaire|traitement)\s+"
                            r"(?:le\s+plus\s+bas|de\s+d[ée]part|d'entr[ée]e)\b|\bbas\s+de\s+l'[ée]chelle",
                            re.IGNORECASE)  # not « le salaire minimum » (the legal minimum wage)
_HOURLY = re.compile(r"horaire|[àa] l'heure|de l'heure|par heure|l'heure\b|/\s*h\b", re.IGNORECASE)
_ANNUAL = re.compile(r"annuel|par an(?:n[ée]e)?\b|l'an\b|par ann[ée]e|chaque ann[ée]e", re.IGNORECASE)
_SCHOOL_YEAR = re.compile(r"\b(20\d\d|19\d\d)\s*[-–/]\s*(20\d\d|19\d\d|\d\d)\b")
_YEAR = re.compile(r"\b(?:en|pour|durant|pendant|de|année)\s+(20\d\d|19\d\d)\b|\b(20\d\d|19\d\d)\b", re.IGNORECASE)
# a month without its day (« en avril 2013 », « au mois d'avril 2013 », « mars de l'année 2014 »)
_MONTH_YEAR = re.compile(rf"\b({MONTH_PATTERN})\s+(?:de\s+l'ann[ée]e\s+)?((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
# a season of a year (« à l'automne 2013 », « à la rentrée 2013 », « l'hiver 2014 »): its days, hand-set on the calendar
# (astronomical seasons; « la rentrée »: from late August, when school years start, to the end of September)
_SEASON = re.compile(r"\b(automne|hiver|printemps|[ée]t[ée]|rentr[ée]e)\s+(?:de\s+l'ann[ée]e\s+|scolaire\s+)?(20\d\d|19\d\d)\b",
                     re.IGNORECASE)
_SEASON_DAYS = {"automne": ((9, 22), (12, 20)), "hiver": ((12, 21), (3, 20)), "printemps": ((3, 21), (6, 20)),
                "ete": ((6, 21), (9, 21)), "rentree": ((8, 20), (9, 30))}
# the start or the end of a year (« au début de 2012 », « à la fin de l'année 2013 », « fin 2013 ») or of a school year
# (« au début de l'année scolaire 2012-2013 », « à la fin de 2012-2013 »): read as its first or last two months
_YEAR_PART = re.compile(r"\b(?P<part>d[ée]but|fin)\s+(?:de\s+(?:l'ann[ée]e\s+(?:scolaire\s+)?)?|d'\s*)?(?P<first>(?:19|20)\d\d)"
                        r"(?:\s*[-–/]\s*(?P<second>(?:19|20)\d\d))?\b", re.IGNORECASE)
# the échelon after the one asked (« l'échelon suivant », « au prochain échelon », « monter d'un échelon »)
_NEXT_ECHELON = re.compile(r"[ée]chelon\s+(?:suivant|d'apr[èe]s|sup[ée]rieur)|prochain\s+[ée]chelon|"
                           r"\bmont\w*\s+d'un\s+[ée]chelon|un\s+[ée]chelon\s+de\s+plus|pass\w*\s+au\s+suivant",
                           re.IGNORECASE)
# today asked without a date (« combien je gagne cette année ? », « présentement », « aujourd'hui »)
_NOW = re.compile(r"\bcette\s+ann[ée]e\b|\bpr[ée]sentement\b|\bactuellement\b|\bmaintenant\b|\baujourd'hui\b|"
                  r"\ben\s+ce\s+moment\b|\bces\s+temps-ci\b", re.IGNORECASE)
# a year named from another (« l'an prochain », « l'année suivante » / « l'année d'avant », « l'année précédente »)
_NEXT_YEAR = re.compile(r"\b(?:l'an|l'ann[ée]e)\s+(?:prochaine?|suivante|d'apr[èe]s)\b", re.IGNORECASE)
_PREVIOUS_YEAR = re.compile(r"\b(?:l'an|l'ann[ée]e)\s+(?:pass[ée]e?|derni[èe]re?|pr[ée]c[ée]dente|d'avant)\b", re.IGNORECASE)
# the échelon before the one asked (« l'échelon précédent », « un échelon plus bas »)
_PREVIOUS_ECHELON = re.compile(r"[ée]chelon\s+(?:pr[ée]c[ée]dent|d'avant|inf[ée]rieur)|un\s+[ée]chelon\s+(?:de\s+moins|plus\s+bas)",
                               re.IGNORECASE)
# an échelon step counted (« deux échelons plus haut », « 3 échelons de plus », « monter de deux échelons »,
# « deux échelons plus bas »): the count, and whether it goes down
_STEP_COUNT = rf"(\d|{spelled(1, 8)})"
_COUNTED_STEP = re.compile(rf"\b{_STEP_COUNT}\s+[ée]chelons?\s+(?:(plus\s+haut|de\s+plus|au-dessus|plus\s+loin)|"
                           rf"(plus\s+bas|de\s+moins|en\s+dessous|en-dessous))|"
                           rf"\b(?:(mont\w*|avanc\w*|gagn\w*)|(descend\w*|recul\w*|perd\w*))\s+de\s+{_STEP_COUNT}\s+[ée]chelons?",
                           re.IGNORECASE)
# a change between two dates asked (« de combien … augmenté entre le 1er avril 2012 et le 1er avril 2014 »)
_CHANGE = re.compile(r"augment|hausse|de\s+plus|diff[ée]ren|[ée]cart|[ée]volu|progress|\bentre\b", re.IGNORECASE)
# an amount a question states (« ma paye est de 53 213 $ », « je gagne 25,00 $ de l'heure »)
_STATED_AMOUNT = re.compile(r"(?<![\d,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{2,6})(?:,(\d{1,2}))?\s*(?:\$|dollars?\b|"
                            r"piasses?\b|piastres?\b|balles\b)",
                            re.IGNORECASE)
_TEACHER = "enseignant"
_STOPWORDS = frozenset("de du des la le les l d en et a au aux un une pour par sur avec sans ou".split())
_PLACEMENT_FOOTNOTE = re.compile(r"attribuer l'[ée]chelon|se voi(?:t|ent) attribuer", re.IGNORECASE)
_PLACEMENT_STEP = re.compile(
    r"(\d+)\s+[ée]chelons?\s+dans le cas de celui dont la scolarit[ée] est [ée]valu[ée]e [àa]\s+(\d+)\s+ans"
    r"(\s+ou plus)?(?:\s+(sans|avec) doctorat)?[^\n]*", re.IGNORECASE)

#: Where a document defines the experience échelon (used by ``placement``).
EXPERIENCE_ECHELON_DEFINITIONS = {
    "bourget": ("1-2.28", "Subdivision en ordonnée d'une échelle de traitement correspondant à l'année "
                          "d'expérience que le salarié éducateur est en voie d'acquérir."),  # verbatim, quoted
}


@dataclass(frozen=True)
class AmountQuery:
    """What an amount question asks; any part may be missing (None)."""

    question: str
    echelon: int | None = None
    job_class: str | None = None
    date_or_year: str | None = None  # as written: "1er avril 2013", "2014", "2013-2014"
    rate: str | None = None  # "hourly" or "annual"
    when: date | None = None  # an exact date
    year: int | None = None  # a calendar year
    school_year: tuple[int, int] | None = None
    is_amount_question: bool = False
    month: date | None = None  # the first day of a month asked without its day (« en avril 2013 »)
    echelon_end: str | None = None  # "last" or "first": an échelon asked by its place (« au dernier échelon »)
    other_end: str | None = None  # the scale's other end set beside ``echelon_end`` (« l'écart entre le premier pis le
    # dernier échelon », « du bas au sommet de l'échelle »): "last" beside "first"
    span: tuple[date, date] | None = None  # a season asked (« à l'automne 2013 »): its first and last day
    other_echelon: int | None = None  # a second échelon to set beside the first (« l'échelon suivant », « à l'échelon 12 »)
    other_when: date | None = None  # a second date to set beside the first (« augmenté entre le 1er avril 2012 et … »)
    echelon_step: int = 0  # an échelon named from another without a number (« Et à l'échelon suivant ? »: +1)
    now: bool = False  # today asked, not a date (« cette année », « présentement »): no table column may be it
    year_step: int = 0  # a year named from the one asked before (« Et l'an prochain ? »: +1, « l'année d'avant »: -1)
    dated_echelons: tuple[tuple[date, int], ...] = ()  # each date asked (``when`` or ``month``, then ``other_when``)
    # with the échelon the question says of it (« à l'échelon 7 en septembre 2013 pis à l'échelon 8 en septembre
    # 2014 »): the cell of a date is read in that échelon's row (``echelon_on``)


@dataclass(frozen=True)
class CellAnswer:
    """One candidate value with the table, row and column it was read from."""

    table: Table
    row: TableRow
    column: int
    column_label: str  # as printed, e.g. "1er avril 2013" / "01-04-2013"
    value: str  # as printed, e.g. "60 293"
    footnotes: tuple[str, ...] = ()
    note: str = ""  # why this column, e.g. "en vigueur du 1er avril 2013 au 31 mars 2014"
    period: tuple[date | None, date | None] = (None, None)
    warnings: tuple[str, ...] = ()  # the value breaks the scale's order (``ingest.tables.check_table``)


@dataclass(frozen=True)
class PlacementStep:
    text: str  # what the step does, in French
    source: str  # the text it rests on, verbatim


@dataclass(frozen=True)
class Placement:
    echelon: int | None
    steps: tuple[PlacementStep, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class ScaleParams:
    """The hand-set numbers of scale lookups (``lookup``)."""

    working_day_window_days: int = 31  # hand-set: a date asked this close before a column dated « 1er avril » that a
    # note reads from the 141st working day also gets that column, conditionally: 141 working days from late August
    # fall in March (never before March 1 with a 200-day year's holidays)
    after_last_column_days: int = 365  # hand-set: a period asked starting this long after the last column began is
    # said to come after the table (« l'année scolaire 2016-2017 » of a table ending on 1 April 2014), not « en 2015 »
    tail_root: int = 6  # hand-set: letters two words share to be one in a class name without its head (« éducatrice »
    # and « éducation », « spécialisée » and « spécialisé »; not « scolaire » and « scolarité »); also the root a job
    # shares with a table's class or section to be no absent job (« surveillant », « Surveillance de classe »)
    tail_min: int = 2  # hand-set: words a class name holds beyond its head for it to be named without it (« Technicien
    # en éducation spécialisée », not « Enseignant qualifié »: « qualifié » alone names no class)


_SCALE = ScaleParams()  # the numbers the module's functions use


@dataclass(frozen=True)
class NamedRowParams:
    """The hand-set numbers of named-row lookups (``row_lookup``)."""

    min_shared: int = 1  # hand-set: words a row label shares with the question, at least (and half its words)
    min_topic: int = 2  # hand-set: words a table's heading (less its annex's other tables' words) shares with a
    # question that names a row by its school year only, or no row (« la compensation annuelle est limitée à quel montant ? »: « compensation »,
    # « limitée »); python -m evals, DEV: at 1, Q006 (« chef de groupe ») and Q054 (« école en milieu défavorisé »)
    # were answered from Annexe XXII's and 6-6.01's amounts
    short_table_rows: int = 6  # hand-set: a table this short (or an amount list) may be given whole
    topic_slack: int = 1  # hand-set: question words a dated table's heading may lack when no such table's heading
    # holds them (« à la résidence », « faite » : Q860, Q1147's « nuit de surveillance » is still Annexe P C)) …
    topic_slack_shared: int = 3  # hand-set: … once it shares this many (« suppléant à long terme » shares 2 with
    # Annexe P's « suppléants à court terme » and lacks « long »: still no table)
    section_words: int = 2  # hand-set: words of one section's own heading (Annexe P B) « surveillance de classe »)
    # naming it when no heading holds all the question's words; one alone (« classe ») is too often said of something
    # else (« j'ai 30 élèves dans ma classe … suppléante »: Annexe P A), not B))
    raised_words: int = 2  # hand-set: content words a sentence raising an amount every year shares with its row
    # (Annexe W « majorer annuellement le tarif de base »: « tarif », « base »), not the annex's other rows (« Déjeuner »)


# --- the question ------------------------------------------------------------------------------


def parse_amount_question(question: str, job_classes: Sequence[str] = ()) -> AmountQuery:
    """Échelon, job class, date/year and hourly/annual asked in a question (see the module docstring)."""
    question_digits = _ECHELON_IN_WORDS.sub(lambda m: f"{m.group(1)} {_CARDINALS.index(m.group(2).lower()) + 1}",
                                            _ORDINAL_ECHELON.sub(lambda m: f"{_ORDINALS.index(m.group(1).lower()) + 1}e "
                                                                           f"{m.group(2)}", question))
    numbers = list(dict.fromkeys(int(m.group(1) or m.group(2)) for m in _ECHELON.finditer(question_digits)))
    numbers = _now_first(question_digits, numbers)
    echelon = numbers[0] if numbers else None
    step = _echelon_step(question_digits)
    other_echelon = numbers[1] if len(numbers) > 1 else \
        echelon + step if echelon is not None and step > 0 else None
    rest = full_month_names(_ECHELON.sub(" ", question_digits))
    when = parse_date(rest)
    school_year = year = month = span = other_when = None
    written = None
    month_asked = _month_and_text(rest) if when is None else None
    season = _SEASON.search(rest) if when is None else None
    part = _YEAR_PART.search(rest) if when is None and month_asked is None and season is None else None
    part_span = year_part_span(part) if part else None
    paired = _paired_echelons(full_month_names(question_digits))
    if when is not None:
        written = _date_text(rest)
        later = [d for d in _written_dates(rest) if d != when]
        # else a month beside the date (« la hausse du 1er avril 2014 … par rapport à celle d'avril 2013 »), at its
        # last day: the cell in force by then
        later = later or [month_end(m) for m in _months(rest) if (m.year, m.month) != (when.year, when.month)]
        other_when = later[0] if later and (_CHANGE.search(rest) or paired) else None
    elif season:
        span, written = season_span(season.group(1), int(season.group(2))), season.group(0)
    elif part_span:
        span, written = part_span, part.group(0)
    elif month_asked:
        month, written = month_asked
        # a second month (« entre octobre 2013 pis mai 2014 ») read at its last day: the cell in force by then
        later = [m for m in _months(rest) if m != month]
        other_when = month_end(later[0]) if later and (_CHANGE.search(rest) or paired) else None
    else:
        school = _SCHOOL_YEAR.search(rest)
        if school:
            first, second = int(school.group(1)), school.group(2)
            second_year = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            if second_year == first + 1:
                school_year, written = (first, second_year), school.group(0)
        if school_year is None:
            found = _YEAR.search(rest)
            if found:
                year = int(found.group(1) or found.group(2))
                written = str(year)
                if _SCALE_OF_YEAR.search(rest):  # « l'échelle de 2014 »: the scale that year brought, not the year's two
                    when, year = date(year, 12, 31), None
                elif (bound := _DAY_OF_YEAR.search(rest)) is not None:  # « en 2012 (après le 1er avril) »
                    span, written, year = _year_bounded(year, bound), f"{written} ({bound.group(0)})", None
    dated_echelons = ()
    if paired and other_when is not None and (when or month):  # each date in its own échelon's row, no échelon beside
        dated_echelons, other_echelon = ((when or month, paired[0]), (other_when, paired[1])), None
    rate = "hourly" if _HOURLY.search(question) else "annual" if _ANNUAL.search(question) else None
    return AmountQuery(
        question=question, echelon=echelon, job_class=_job_class(question, job_classes),
        date_or_year=written, rate=rate, when=when, year=year, school_year=school_year,
        is_amount_question=bool(_AMOUNT_CUES.search(question)), month=month,
        echelon_end=None if echelon is not None else "first" if _FIRST_ECHELON.search(question)
        else "last" if _LAST_ECHELON.search(question) else None,
        other_end="last" if echelon is None and _FIRST_ECHELON.search(question) and _LAST_ECHELON.search(question)
        else None,
        span=span, other_echelon=other_echelon, other_when=other_when,
        echelon_step=0 if echelon is not None else step,
        now=written is None and bool(_NOW.search(question)),
        year_step=0 if written else 1 if _NEXT_YEAR.search(question) else -1 if _PREVIOUS_YEAR.search(question) else 0,
        dated_echelons=dated_echelons,
    )


# an échelon the case told started at (« j'ai commencé à l'échelon 1 », « engagée à l'échelon 2 », « j'étais à
# l'échelon 3 ») and the one it is at now (« là je suis à l'échelon 4 », « rendue à l'échelon 6 »): ``_now_first``
_STARTED_AT = re.compile(r"\b(?:commenc[ée]e?s?|d[ée]but[ée]e?s?|engag[ée]e?s?|embauch[ée]e?s?|entr[ée]e?s?|[ée]tais|[ée]tait)"
                         r"\b[^.?!]{0,40}?[ée]chelon\s*(\d{1,2})\b", re.IGNORECASE)
_NOW_AT = re.compile(r"\b(?:je\s+suis|j'suis|chu|rendue?s?|maintenant|l[àa]|aujourd'hui|pr[ée]sentement|actuellement)\b"
                     r"[^.?!]{0,30}?[ée]chelon\s*(\d{1,2})\b", re.IGNORECASE)


def _now_first(question: str, numbers: list[int]) -> list[int]:
    """The échelon a told case is at now, alone, when the question tells the one it started at first (« j'ai commencé
    à l'échelon 1 pis là je suis à l'échelon 4 … mon taux ? »: échelon 4, not 1 beside 4); the échelons as found
    otherwise (two échelons asked side by side, each with its date, or a step from one to the next)."""
    if len(numbers) != 2:
        return numbers
    started, now = _STARTED_AT.search(question), _NOW_AT.search(question)
    if started and now and started.start() < now.start() and int(started.group(1)) == numbers[0] and \
            int(now.group(1)) == numbers[1] and not _CHANGE.search(question):
        return numbers[1:]
    return numbers


# a date written in figures, day first or year first (« 01-04-2014 », « 1/4/2014 », « 2014-04-01 »), as tables head
# their columns (Annexe N « 01-04-2013 »)
_FIGURE_DATE = re.compile(r"(?<![\d-])(?:(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)|((?:19|20)\d\d)-(\d{1,2})-(\d{1,2}))(?![\d-])")


def _written_dates(text: str) -> list[date]:
    """Every date ``text`` writes in words (``french_dates``), then those it writes in figures (``_FIGURE_DATE``),
    each in order; an impossible one is skipped."""
    figures = []
    for m in _FIGURE_DATE.finditer(text or ""):
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(5), m.group(4))
        try:
            figures.append(date(int(year), int(month), int(day)))
        except ValueError:
            continue
    return french_dates(text) + figures


def _months(text: str) -> list[date]:
    """The first day of each month ``text`` writes with its year (``_MONTH_YEAR``: « octobre 2013 »), in order."""
    return [date(int(m.group(2)), month_number(m.group(1)), 1) for m in _MONTH_YEAR.finditer(text)]


def _paired_echelons(text: str) -> tuple[int, int] | None:
    """Two échelons each said with its own date (« à l'échelon 7 en septembre 2013 pis à l'échelon 8 en septembre
    2014 », « en 2013 … échelon 7, en 2014 … échelon 8 »): the two échelons in the order of their dates, when the
    question names exactly two échelons and two months (a date's month) and says them in turn (échelon, date,
    échelon, date or date, échelon, date, échelon); None otherwise (« de l'échelon 7 à l'échelon 8 entre … »)."""
    echelons = [(m.start(), "e", int(m.group(1) or m.group(2))) for m in _ECHELON.finditer(text)]
    months = [(m.start(), "d", 0) for m in _MONTH_YEAR.finditer(text)]
    if len(echelons) != 2 or len(months) != 2 or echelons[0][2] == echelons[1][2]:
        return None
    order = "".join(kind for _, kind, _ in sorted(echelons + months))
    return (echelons[0][2], echelons[1][2]) if order in ("eded", "dede") else None


def echelon_on(query: AmountQuery) -> int | None:
    """The échelon whose row a query's date is read in: the one the question says of that date
    (``AmountQuery.dated_echelons``), else the échelon asked."""
    day = query.when or query.month
    return next((echelon for when, echelon in query.dated_echelons if when == day), query.echelon)


# a comparison with someone else (« … gagne combien de plus qu'un enseignant », « par rapport à une TES »,
# « comparé à un psychoéducateur »): what follows it names the other side
_COMPARED = re.compile(r"\b(?:plus|moins|autant|mieux)\b[^?.]*?\bqu(?:e\b|')|\bpar\s+rapport\s+(?:à|au|aux)\b|"
                       r"\bcompar[ée]e?s?\s+(?:à|au|aux|avec)\b|\bversus\b|\bvs\b", re.IGNORECASE)


@dataclass(frozen=True)
class ComparedClasses:
    """Two job classes a question sets against each other, with the words of each side (what ``lookup`` reads)."""

    first: str
    second: str
    first_words: str  # the question before the comparison (« Une orthopédagogue …, échelon 12, gagne combien de »)
    second_words: str  # after it (« un enseignant au même échelon au 1er avril 2014 ? »)


def compared_split(question: str) -> tuple[str, str] | None:
    """A question setting two things against each other (« un suppléant qualifié gagne combien de plus de l'heure
    qu'un suppléant non qualifié ? »): the words before the comparison and those after it; None without one, or with
    nothing after it."""
    compared = _COMPARED.search(question)
    if compared is None or not question[compared.end():].strip(" ?!.,"):
        return None
    return question[:compared.start()], question[compared.end():]


def compared_classes(question: str, job_classes: Sequence[str]) -> ComparedClasses | None:
    """Two job classes a question sets against each other (« Une orthopédagogue … gagne combien de plus qu'un
    enseignant au même échelon ? »: the orthopédagogue's class, then the teacher's), each read on its side of the
    comparison; None when one side names no class or both the same."""
    compared = _COMPARED.search(question)
    if compared is None:
        return None
    head, tail = question[:compared.start()], question[compared.end():]
    first, second = _job_class(head, job_classes), _job_class(tail, job_classes)
    if not first or not second or _fold(first) == _fold(second):
        return None
    return ComparedClasses(first, second, head, tail)


def _echelon_step(question: str) -> int:
    """The échelons a question moves from the one asked or stated: +1 for « l'échelon suivant », « monter d'un
    échelon », -1 for « l'échelon précédent », ±n for a counted step (« deux échelons plus haut », « descendre de 2
    échelons »); 0 when it names none."""
    counted = _COUNTED_STEP.search(question)
    if counted is not None:
        count, up, _down, verb_up, _verb_down, verb_count = counted.groups()
        word = (count or verb_count).lower()
        n = int(word) if word.isdigit() else 1 if word in ("un", "une") else _CARDINALS.index(word) + 1
        return n if (up or verb_up) else -n
    return 1 if _NEXT_ECHELON.search(question) else -1 if _PREVIOUS_ECHELON.search(question) else 0


def shift_years(query: AmountQuery, years: int) -> AmountQuery:
    """The query with its date, month, season, year or school year moved by ``years`` (« Et l'an prochain ? » after
    « au 1er avril 2013 »: « 1er avril 2014 »); unchanged when it has none."""
    def moved(day: date | None) -> date | None:
        return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day) if day else None

    written = moved(query.when) or moved(query.month) or (query.year + years if query.year else None)
    return replace(query, when=moved(query.when), month=moved(query.month), year=query.year + years if query.year else None,
                   school_year=(query.school_year[0] + years, query.school_year[1] + years) if query.school_year else None,
                   span=(moved(query.span[0]), moved(query.span[1])) if query.span else None,
                   date_or_year=(french_date(written) if isinstance(written, date) else str(written)) if written
                   else (f"{query.school_year[0] + years}-{query.school_year[1] + years}" if query.school_year
                         else query.date_or_year))


def season_span(season: str, year: int) -> tuple[date, date]:
    """The days of a season of ``year`` (``_SEASON_DAYS``): « hiver 2014 » runs from 21 December 2013."""
    (m1, d1), (m2, d2) = _SEASON_DAYS[_fold(season)]
    return date(year - 1 if m1 > m2 else year, m1, d1), date(year, m2, d2)


# a day and month without a year bounding the year a question asks (« en 2012 (après le 1er avril) », « en 2013, avant
# le 1er avril »): the part of that year after or before that day
_DAY_OF_YEAR = re.compile(rf"\b(?P<side>apr[èe]s|depuis|[àa]\s+partir\s+du|[àa]\s+compter\s+du|avant)\s+(?:le\s+)?"
                          rf"(?P<day>1er|\d{{1,2}})\s+(?P<month>{MONTH_PATTERN})\b(?!\s*(?:19|20)\d\d)", re.IGNORECASE)


def _year_bounded(year: int, bound: re.Match) -> tuple[date, date]:
    """The days of ``year`` after (or from) the day ``bound`` names, or before it (« avant »)."""
    day = date(year, month_number(bound.group("month")), 1 if bound.group("day") == "1er" else int(bound.group("day")))
    if _fold(bound.group("side")).startswith("avant"):
        return date(year, 1, 1), day - timedelta(days=1)
    return day, date(year, 12, 31)


def year_part_span(found: re.Match) -> tuple[date, date] | None:
    """The days ``_YEAR_PART`` names: the first or last two months of a calendar year (« début 2012 »: January and
    February), of a school year (« fin de 2012-2013 »: May and June 2013, « début de … 2012-2013 »: September and
    October 2012); None for two years that are no school year."""
    first, second = int(found.group("first")), found.group("second")
    start = _fold(found.group("part")).startswith("debut")
    if second is None:
        return (date(first, 1, 1), date(first, 2, 28)) if start else (date(first, 11, 1), date(first, 12, 31))
    if int(second) != first + 1:
        return None
    return (date(first, 9, 1), date(first, 10, 31)) if start else (date(first + 1, 5, 1), date(first + 1, 6, 30))


# a pay scale's column named by the raise it brought, as Annexe M heads its columns (« 1 % (+ 0,5 %) », « 1,75 % »,
# « 2 % »): set in parentheses right after the column's date (« la colonne du 1er avril 2012 (1 % + 0,5 %) »,
# « l'échelle du 1er avril 2014 (la colonne du 2 %) ») or after « colonne » / « échelle » (« la colonne du 1,75 % »,
# « l'échelle à 2 % »); never a percentage of the salary taken (« 75 % de mon traitement », « à 80 % de tâche »)
_RAISE = r"\d{1,2}(?:[,.]\d{1,2})?\s*%(?:\s*\(?\s*\+\s*\d{1,2}(?:[,.]\d{1,2})?\s*%\s*\)?)?"
_COLUMN_WORD = r"(?:colonne|[ée]chelle)s?\s+(?:du|de|des|à|a|avec\s+(?:le|la))\s+(?:la\s+|le\s+|l')?"
_COLUMN_PERCENT = re.compile(rf"(?<=(?:19|20)\d\d)\s*\(\s*(?:(?:la|l')\s*)?(?:{_COLUMN_WORD})?(?:du\s+|de\s+)?{_RAISE}\s*\)|"
                             rf"\b{_COLUMN_WORD}{_RAISE}", re.IGNORECASE)


def column_percents(question: str) -> list[str]:
    """The raises a question names a scale's column by (« 1 % + 0,5 % », « 2 % »), as written."""
    return [found.group(0) for found in _COLUMN_PERCENT.finditer(question)]


_PERCENT_NUMBER = re.compile(r"(\d{1,2}(?:[,.]\d{1,2})?)\s*%")


def _raises(text: str) -> tuple[float, ...]:
    """The percentages ``text`` writes, as numbers in order (« 1 % (+ 0,5 %) » -> (1.0, 0.5))."""
    return tuple(float(m.group(1).replace(",", ".")) for m in _PERCENT_NUMBER.finditer(text))


def _said_date(when: date) -> str:
    """« 1er avril 2012 », « 31 décembre 2010 »: a date as a question writes it."""
    return f"{when.day}{'er' if when.day == 1 else ''} {MONTHS_FR[when.month - 1]} {when.year}"


def _raise_date(tables: Sequence[Table], raises: tuple[float, ...]) -> date | None:
    """The one date every scale whose column note writes ``raises`` heads that column with (Annexe M « 1,75 % » and
    Annexe N's « 01-04-2013 » columns: 1 April 2013); None when no note writes them or their columns' dates differ."""
    found = set()
    for table in tables:
        for index, note in enumerate(table.column_notes):
            if raises and _raises(note) == raises and index < len(table.column_headers):
                found.update(_written_dates(table.column_headers[index])[:1])
    return found.pop() if len(found) == 1 else None


def without_column_percents(question: str, tables: Sequence[Table] = ()) -> str:
    """``question`` with the raise it names a column by (``_COLUMN_PERCENT``) read as that column: blanked beside the
    column's date (« … du 1er avril 2012 (1 % + 0,5 %) ? » -> « … du 1er avril 2012 ? »), else replaced by the date
    the scales of ``tables`` head the column of that raise with (« la colonne du 1,75 % » -> « la colonne du 1er avril
    2013 »), blanked when none or several do: a column's name, not a percentage to take of the salary."""
    if not _COLUMN_PERCENT.search(question):
        return question
    blanked = " ".join(_COLUMN_PERCENT.sub(" ", question).split())
    if parse_date(blanked) or _written_dates(blanked) or _YEAR.search(blanked):
        return blanked

    def dated(found: re.Match) -> str:
        when = _raise_date(tables, _raises(found.group(0)))
        return f"{found.group(0).split()[0]} du {_said_date(when)}" if when else " "
    return " ".join(_COLUMN_PERCENT.sub(dated, question).split())


def asks_change(question: str) -> bool:
    """Whether a question asks how much an amount changes (« de combien … augmenté », « combien de plus »)."""
    return bool(_CHANGE.search(question))


def asked_day(query: AmountQuery) -> date | None:
    """The last day a question asks about, when it names a day, a month or a season (not a whole year)."""
    return query.when or (month_end(query.month) if query.month else None) or (query.span[1] if query.span else None)


def asked_end(query: AmountQuery) -> date | None:
    """The last day a question asks about: of the day, month or season it names (``asked_day``), else of the school year
    (30 June) or of the year (31 December); None when it asks no date."""
    return asked_day(query) or (date(query.school_year[1], 6, 30) if query.school_year else None) or \
        (date(query.year, 12, 31) if query.year else None)


def first_dated_row(table: Table) -> tuple[date, TableRow] | None:
    """The earliest row of a table whose rows are dates (Annexe P « À compter du 1er avril 2011 »), with its date;
    None for a table whose rows are not all dates."""
    if not _dated_rows(table):
        return None
    return min(((parse_date(row.label), row) for row in table.rows), key=lambda pair: pair[0])


def undated_table(table: Table) -> bool:
    """Whether no heading, column or row of a table names a year (Annexe W's « Tarif de base … 35 $ »): its amounts
    carry no date of their own."""
    return not _YEAR.search(" ".join((table.subtitle, *table.column_headers, *(row.label for row in table.rows))))


# a count of units past a limit, as teachers say it (« 3 élèves de plus que le maximum », « deux élèves de trop »,
# « 4 élèves excédentaires »): the number (digits or words) and the unit's word
_COUNT_PAST = re.compile(rf"\b(\d{{1,2}}|{spelled(1, 10)})\s+([^\W\d]{{3,}})\s+"
                         r"(?:de\s+plus|de\s+trop|en\s+trop|en\s+surplus|exc[ée]dentaires?|suppl[ée]mentaires?)\b",
                         re.IGNORECASE)
# … or said as what goes past it (« un dépassement de 2 élèves », « un surplus de trois élèves »)
_COUNT_OVER = re.compile(rf"\b(?:d[ée]passement|exc[ée]dent|surplus)\s+de\s+(\d{{1,2}}|{spelled(1, 10)})\s+([^\W\d]{{3,}})",
                         re.IGNORECASE)
# the rank a row of a tiered amount names (Cris Annexe XII C) « pour la première ou le premier élève excédentaire », « pour
# la ou le deuxième … »), or every one after the ranked ones (« pour chaque autre élève excédentaire »: 0)
_RANKS = (("premi", 1), ("deuxi", 2), ("second", 2), ("troisi", 3), ("quatri", 4), ("cinqui", 5))
_EVERY_OTHER = re.compile(r"\bchaque\s+autre\b", re.IGNORECASE)


@dataclass(frozen=True)
class TieredTotal:
    """A count of units asked of a tiered amount (one amount for the first unit, another for the second, another for
    each one after): the row paying each unit in turn and their sum."""

    count: int
    unit: str  # the unit's word as the question says it (« élèves »)
    parts: tuple[CellAnswer, ...]  # the row paying the 1st, 2nd, … unit
    total: float


def tiered_total(candidates: Sequence[CellAnswer], question: str) -> TieredTotal | None:
    """The sum a count of units past a limit (``_COUNT_PAST``: « 3 élèves de plus ») gets from rows ranked by unit
    (``_RANKS``, « chaque autre » for every later one) of amounts in dollars whose labels name that unit (Cris Annexe XII C): 1 752 $ +
    2 190 $ + 2 628 $ for 3 students. None below two units, or when a unit's row is missing or not a number."""
    asked = _COUNT_PAST.search(question) or _COUNT_OVER.search(question)
    count = (int(asked.group(1)) if asked.group(1).isdigit() else french_number(asked.group(1))) if asked else None
    if not count or count < 2:
        return None
    stem = _fold(asked.group(2))[:4]
    ranked: dict[int, CellAnswer] = {}
    for candidate in candidates:
        label = _fold(candidate.row.label)
        if stem not in label or number_value(candidate.value) is None or not money_table(candidate.table):
            continue
        rank = 0 if _EVERY_OTHER.search(candidate.row.label) else \
            next((r for word, r in _RANKS if re.search(rf"\b{word}", label)), None)
        if rank is not None:
            ranked.setdefault(rank, candidate)
    if 1 not in ranked:
        return None
    parts = [ranked.get(k) or (ranked.get(0) if k > max(ranked) else None) for k in range(1, count + 1)]
    if any(p is None for p in parts):
        return None
    return TieredTotal(count, asked.group(2), tuple(parts), sum(number_value(p.value) for p in parts))


# one rank asked of units paid by rank (« pour le 2e élève excédentaire », « pour le deuxième, c'est plafonné à combien »,
# « le 3e élève de trop »): its number or word, then the unit's word or the end of the phrase (never « 3e secondaire »,
# « 2e échelon », « 141e jour »: no unit of the rows)
_RANK_ASKED = re.compile(r"\b(?:le|la|du|au|pour\s+(?:le|la))\s+(?:(?P<n>\d{1,2})\s*(?:e|[èe]me|i[èe]me)|(?P<w>deuxi[èe]me|"
                         r"second|seconde|troisi[èe]me|quatri[èe]me|cinqui[èe]me))\b\s*(?P<after>[^\W\d]{3,}|[,?.!:;]|$)",
                         re.IGNORECASE)


def ranked_row(candidates: Sequence[CellAnswer], question: str) -> tuple[CellAnswer, int, str] | None:
    """The row paying the one rank of unit the question asks (``_RANK_ASKED``: « la compensation pour le 3e élève
    excédentaire ») of rows ranked by unit (``_RANKS``; « chaque autre » pays every rank past the last one named: Cris
    Annexe XII C) « 2 628 $ pour chaque autre élève excédentaire » for the 3rd), with that rank and the unit's word as
    asked (« élève », else « rang »); None when no rank is asked, the word after it is no unit of the rows, or no row
    pays it."""
    asked = _RANK_ASKED.search(question)
    if asked is None:
        return None
    rank = int(asked.group("n")) if asked.group("n") else \
        next(r for word, r in _RANKS if _fold(asked.group("w")).startswith(word))
    ranked: dict[int, CellAnswer] = {}
    for candidate in candidates:
        label = _fold(candidate.row.label)
        if number_value(candidate.value) is None or not money_table(candidate.table):
            continue
        found = 0 if _EVERY_OTHER.search(candidate.row.label) else \
            next((r for word, r in _RANKS if re.search(rf"\b{word}", label)), None)
        if found is not None:
            ranked.setdefault(found, candidate)
    after = _fold(asked.group("after"))
    if 1 not in ranked or after.isalpha() and after[:4] not in _fold(ranked[1].row.label):
        return None
    row = ranked.get(rank) or (ranked.get(0) if rank > max(ranked) else None)
    return (row, rank, asked.group("after") if after.isalpha() else "rang") if row is not None else None


def stated_money(text: str) -> list[str]:
    """The dollar amounts of two digits or more a text states (``_STATED_AMOUNT``), in order, as the agreements print
    them (« 300 \\$ », « 300 $ » : « 300 $ »)."""
    return [money(_stated_value(m)) for m in _STATED_AMOUNT.finditer(text.replace("\\$", "$"))]


def _stated_value(found: re.Match) -> float:
    """The value of a ``_STATED_AMOUNT`` match (« 1 400,00 $ »: 1400.0)."""
    return float(re.sub(r"\D", "", found.group(1)) + (f".{found.group(2)}" if found.group(2) else ""))


@dataclass(frozen=True)
class StatedAmount:
    """A dollar amount a text states (``_STATED_AMOUNT``): its value and where it is in that text."""

    value: float
    start: int
    end: int


def stated_amounts(text: str) -> list[StatedAmount]:
    """The dollar amounts of two digits or more ``text`` states, in order, with their spans in ``text`` (« 1 400,00 $ »
    1400.0); amounts printed « 300 \\$ » are not read (spans must be ``text``'s own: callers pass passage text)."""
    return [StatedAmount(_stated_value(m), m.start(), m.end()) for m in _STATED_AMOUNT.finditer(text)]


def cells_of_amount(tables: Sequence[Table], question: str) -> list[CellAnswer]:
    """The cells of scales (échelons × dates) equal to an amount the question states (« je gagne 53 213 $ »:
    Annexe M, échelon 9, colonne « 1er avril 2013 »), every one (identical scales of two classes, two columns)."""
    stated = set()
    for match in _STATED_AMOUNT.finditer(question):
        stated.add(float(re.sub(r"\D", "", match.group(1)) + (f".{match.group(2)}" if match.group(2) else "")))
    found = []
    for table in tables:
        if not table.echelon_rows or not stated:
            continue
        dates = [table.column_date(i) for i in range(len(table.column_headers))]
        for row in table.rows:
            for column, cell in enumerate(row.cells):
                if column < len(table.column_headers) and number_value(cell) in stated:
                    found.append(_answer(table, row, column, "", _period(dates, column)))
    return found


def month_end(first: date) -> date:
    """The last day of the month that starts on ``first``."""
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _date_text(text: str) -> str | None:
    for pattern in (r"\b\d{1,2}\s*(?:er|re|e)?\s+[a-zéûè]+\s+\d{4}\b", r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b",
                    r"\b\d{4}-\d{2}-\d{2}\b"):
        match = re.search(pattern, text, re.IGNORECASE)
        if match and parse_date(match.group(0)):
            return match.group(0)
    return None


# a teacher in everyday words: « prof », « professeur » (« un prof qualifié en suppléance »: Bourget Annexe P A)'s
# « Enseignant qualifié », not the teachers' scale)
_EVERYDAY_TEACHER = re.compile(r"\bprof(?:esseure?)?s?\b", re.IGNORECASE)


def _question_words(question: str) -> set[str]:
    """``_words`` of a question said in the tables' words (``supply_words``: « pas qualifié » -> non qualifié), with
    the teacher's when it says « prof »."""
    asked = set(_words(supply_words(question)))
    if _EVERYDAY_TEACHER.search(question):
        asked.add(_stem(_TEACHER))
    return asked


def _job_class(question: str, job_classes: Sequence[str]) -> str | None:
    """The best-matching job class named in the question (or by its initials, « TES »), or "enseignant", or None."""
    for token in re.findall(r"\b[A-ZÉ]{2,5}\b", question):
        named = [name for name in job_classes if _initials(name) == _fold(token)]
        if len(set(named)) == 1:
            return named[0]
    asked = _question_words(question)
    best, best_score = None, (0.0, 0)
    for name in job_classes:
        score = class_fit(name, asked)
        if score[0] > 0 and score > best_score:
            best, best_score = name, score
    if best is not None:
        return best
    teacher = asked & {_stem(_TEACHER), "prof", "professeur"}  # « prof »: how teachers say it
    if teacher and not re.search(r"non[- ]enseignant", _fold(question)):
        return _TEACHER
    return _clipped_class(question, job_classes)


# the letters a clipped job name keeps at least (« ortho », « psycho »), and how many more its class's word has
_CLIPPED_MIN, _CLIPPED_MORE = 5, 3  # hand-set: « ortho » (orthopédagogue) is a class; « prof », « tech » are not clipped names


def _clipped_class(question: str, job_classes: Sequence[str]) -> str | None:
    """The one job class a clipped word of the question begins (« je suis ortho au 10e échelon » : orthopédagogue), a
    word the class name writes longer (``_CLIPPED_MORE`` letters more at least); None when it begins none, or the words
    of several classes (« psycho » : psychologue, psychoéducateur…)."""
    for word in re.findall(r"[^\W\d_]+", _fold(question)):
        if len(word) < _CLIPPED_MIN:
            continue
        named = {name for name in job_classes
                 for full in re.findall(r"[^\W\d_]+", _fold(name)) if full.startswith(word)
                 and len(full) >= len(word) + _CLIPPED_MORE}
        if len(named) == 1:
            return named.pop()
    return None


# a footnote saying a class is paid on another class's scale (Bourget Annexe N, note 17: « … les échelles annuelles de
# traitement de la classe d'emploi de « psychopédagogue » applicables au Collège sont celles de la classe d'emploi de
# « psychologue » (# 2113) … »): the other class's name
_SCALE_OF_CLASS = re.compile(r"sont celles de la classe d'emploi\s+(?:de\s+)?«\s*\*?\s*(?:de\s+|d')?([^»*]+?)\s*\*?\s*»",
                             re.IGNORECASE)


# the person whose pay is asked (« combien gagne la secrétaire », « le salaire d'une directrice adjointe »)
_PAY_OF = re.compile(r"\b(?:gagne(?:nt)?|salaires?|traitements?|pay[ée]e?s?|r[ée]mun[ée]r[ée]e?s?|paie|paye)\s+(?:d'|de\s+|du\s+)?"
                     r"(?:un|une|la|le|l'|les|mon|ma|notre|des)\s*([^\W\d_][\w-]{3,}(?:\s+adjointe?)?)", re.IGNORECASE)
# words after « salaire d'un … » that are no job: a period, a scale, any teacher or employee
_NOT_A_CLASS = ("année an heure semaine mois jour journée échelon échelle enseignant enseignante prof professeur "
                "professeure suppléant suppléante salarié salariée éducateur éducatrice employé employée personne "
                "nouveau nouvelle horaire")


# the ending of a noun naming a person by a job (« secrétaire », « concierge », « directrice », « bibliothécaire »,
# « infirmière », « psychologue »), not a thing paid (« une période », « la suppléance », « le supplément »)
_PERSON_ENDING = re.compile(r"(?:aire|cierge|eur|euse|trice|ien|ienne|iste|ant|ante|ier|iere|logue|(?<!m)ent|ente)s?$")


def unlisted_class(tables: Sequence[Table], question: str) -> str | None:
    """The job a question asks the pay of (« combien gagne la secrétaire ») when no table's class, nor a class a
    table note names, has that word: the agreement gives that job no scale. None otherwise."""
    found = _PAY_OF.search(question)
    if not found:
        return None
    words = [w for w in _words(found.group(1)) if w not in _STOPWORDS]
    if not words or words[0] in _words(_NOT_A_CLASS) or not _PERSON_ENDING.search(_fold(found.group(1).split()[0])):
        return None
    asked = set(words)
    root = words[0][:_SCALE.tail_root]
    for table in tables:
        names = [table.job_class or "", table.subtitle or "", table.section or ""] + \
            [m.group(1) for f in table.footnotes for m in _SCALE_OF_CLASS.finditer(f)]
        # « le surveillant » may be paid by « B) Surveillance de classe »: the same root is not an absent job
        if any(class_match(n, asked) > 0 or any(w[:_SCALE.tail_root] == root for w in _class_words(n)) for n in names if n):
            return None
    return found.group(1)


def class_by_alias(tables: Sequence[Table], question: str, named: str | None = None) -> tuple[Table, str] | None:
    """The table whose footnote says its class is paid on the scale of a class the question names whole
    (« le psychologue du Collège »: Psychopédagogue, note 17), and that class's name; None if none or several.
    With ``named``, the class the question was read to name: the alias only when it names more of the question's
    words (« animatrice de vie spirituelle et d'engagement communautaire » is Animateur de pastorale, note 15, not
    the « Animateur » its first word names)."""
    asked = set(_words(question))
    found = [(t, m.group(1), f[:m.start()]) for t in tables if t.echelon_rows for f in t.footnotes
             for m in _SCALE_OF_CLASS.finditer(f) if class_match(m.group(1), asked) >= 1.0]
    # a note the page's other tables share: the table of the class the note names before (« … de « psychopédagogue » »)
    own = [(t, name) for t, name, before in found if class_match(t.job_class or "", set(_words(before))) >= 1.0]
    if len({id(t) for t, _ in own}) != 1:
        return None
    if named is not None and class_fit(own[0][1], asked)[1] <= class_fit(named, asked)[1]:
        return None
    return own[0]


@lru_cache(maxsize=1 << 12)
def _initials(job_class: str) -> str:
    """« Technicien de en éducation spécialisée (37,5 heures/semaine) » -> "tes" (its words less stop words)."""
    words = _class_words(job_class)
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def class_match(job_class: str, asked: set[str]) -> float:
    """Share of the job class's words found among ``asked`` (stemmed words); 0 if its head noun is missing.
    A heading naming two classes (« Animateur et « Sauveteur aquatique » »: the second one capitalised or
    quoted) is matched by either: « animateur » names it whole (1.0), not half of « Animateur de pastorale »."""
    return class_fit(job_class, asked)[0]


def class_fit(job_class: str, asked: set[str]) -> tuple[float, int]:
    """``class_match`` and the number of words of the class name (or named class) that gave it: of two classes
    fully asked, the longer is the one meant (« enseignant non qualifié », « animateur de pastorale »)."""
    best = (0.0, 0)
    for words in _class_alternatives(job_class):
        if words and words[0] in asked:
            best = max(best, (sum(1 for w in words if w in asked) / len(words), len(words)))
        elif _tail_named(words, asked):  # « éducatrice spécialisée »: only part of the class, never the whole
            best = max(best, ((len(words) - 1) / len(words) / 2, len(words)))
    return best


_TAIL_ROOT, _TAIL_MIN = _SCALE.tail_root, _SCALE.tail_min  # ScaleParams


def _tail_named(words: Sequence[str], asked: set[str]) -> bool:
    """Whether every word of a class name but its head noun is asked (« l'éducatrice spécialisée » for « Technicien
    en éducation spécialisée »: the head « technicien » unsaid), each matched on its first ``_TAIL_ROOT`` letters."""
    roots = {w[:_TAIL_ROOT] for w in asked if len(w) >= _TAIL_ROOT}
    tail = words[1:]
    return len(tail) >= _TAIL_MIN and all(len(w) >= _TAIL_ROOT and w[:_TAIL_ROOT] in roots for w in tail)


_SECOND_CLASS = re.compile(r"\s+et\s+(?=[«\"A-ZÉÈÀ])")


@lru_cache(maxsize=1 << 12)
def _class_alternatives(job_class: str) -> tuple[tuple[str, ...], ...]:
    """The class's words (``_class_words``), then those of each class a « X et « Y » » heading names, if any."""
    names = _SECOND_CLASS.split(re.sub(r"\([^()]*\)", "", job_class or ""))
    alternatives = [_class_words(job_class)]
    if len(names) > 1:
        alternatives += [_class_words(name) for name in names]
    return tuple(alternatives)


# --- lookup -----------------------------------------------------------------------------------


_OTHER_UNIT = {
    "hourly": "taux horaire demandé : la convention ne donne pas de taux horaire par échelon pour cette classe "
              "d'emploi, voici son échelle annuelle",
    "annual": "montant annuel demandé : la convention ne donne pour cette classe d'emploi qu'un taux horaire par "
              "échelon (aucun montant annuel calculé)",
}


def lookup(tables: Sequence[Table], query: AmountQuery) -> list[CellAnswer]:
    """Candidate cells for a question, best first (see the module docstring). A job class asked by the hour or
    the year whose table is in the other unit (« une technicienne … par année », « un orthopédagogue … de l'heure »)
    gets that table's cells, the note saying the agreement gives no other (nothing is converted)."""
    answers = _lookup(tables, query, query.rate)
    if answers or not query.rate or not query.job_class:
        return answers
    return [replace(a, note=" ; ".join(n for n in (a.note, _OTHER_UNIT[query.rate]) if n)) if a.table.unit != query.rate
            else a for a in _lookup(tables, query, None)]


def _lookup(tables: Sequence[Table], query: AmountQuery, rate: str | None) -> list[CellAnswer]:
    candidates = [t for t in tables if t.rows and t.column_headers]
    if rate:
        candidates = [t for t in candidates if t.unit == rate]
    if query.echelon is not None:
        candidates = [t for t in candidates if t.echelon_rows and t.row(echelon_on(query)) is not None]
    elif query.echelon_end:
        candidates = [t for t in candidates if t.echelon_rows and _end_echelon(t, query.echelon_end) is not None]
    else:
        candidates = [t for t in candidates if _dated_rows(t)]
    candidates = _by_job_class(candidates, query)
    answers: list[CellAnswer] = []
    for table in candidates:
        if query.echelon is not None:
            answers.extend(_scale_answers(table, query))
        elif query.echelon_end:
            end = _end_echelon(table, query.echelon_end)
            place = f"{'dernier' if query.echelon_end == 'last' else 'premier'} échelon de cette échelle : {end}"
            answers.extend(replace(a, note=" ; ".join(n for n in (place, a.note) if n))
                           for a in _scale_answers(table, replace(query, echelon=end)))
        else:
            answers.extend(_dated_row_answers(table, query))
    return answers


def _end_echelon(table: Table, end: str) -> int | None:
    """The last (or first) échelon of a scale, by number."""
    numbers = [int(r.label) for r in table.rows if r.label.isdigit()]
    return (max(numbers) if end == "last" else min(numbers)) if numbers else None


def _asked_class_words(tables: Sequence[Table], query: AmountQuery) -> set[str]:
    """The words a table's class is matched against: the question's own (the class parse_amount_question
    picked may hold words the teacher never said: "animateur" -> "Animateur de pastorale"), with the picked
    class's when they match no table (« TES », « prof »)."""
    asked = _question_words(query.question)
    if query.job_class and not any(class_match(t.job_class or t.title, asked) > 0 for t in tables):
        asked |= set(_words(query.job_class))
    return asked


def class_named_whole(table: Table, query: AmountQuery) -> bool:
    """Whether the question names ``table``'s job class whole (« conseiller en orientation » names only part of
    « Conseiller en information scolaire et professionnelle »: the answer must say it is the closest class)."""
    return class_match(table.job_class or table.title, _asked_class_words([table], query)) >= 1.0


def _by_job_class(tables: list[Table], query: AmountQuery) -> list[Table]:
    if query.job_class:
        asked = _asked_class_words(tables, query)
        scored = [(class_match(t.job_class or t.title, asked), t) for t in tables]
        best = max((s for s, _ in scored), default=0.0)
        if best < 1.0:  # only part of a class's name was asked ("animateur"): every class it may be, best first
            return [t for s, t in sorted(scored, key=lambda pair: -pair[0]) if s > 0]
        full = [t for s, t in scored if s == best]
        # every word of two classes asked (« enseignant non qualifié » holds « Enseignant qualifié »): the longer
        lengths = [class_fit(t.job_class or t.title, asked)[1] for t in full]
        return [t for t, length in zip(full, lengths) if length == max(lengths)]
    return sorted(tables, key=lambda t: t.job_class != _TEACHER)  # stable: the teachers' scale first


def _scale_answers(table: Table, query: AmountQuery, params: ScaleParams = ScaleParams()) -> list[CellAnswer]:
    echelon = echelon_on(query)
    row = table.row(echelon)
    dates = [table.column_date(i) for i in range(len(table.column_headers))]
    answers = []
    named = _working_day_column(table, dates, query.question)
    for index, note in [named] if named else _columns_in_force(dates, query) + _maybe_next_column(table, dates, query, params):
        if index < len(row.cells) and row.cells[index].strip():
            working = _working_day_note(table, _period(dates, index))
            last = next((n for n in (_LAST_COLUMN_AFTER, _LAST_COLUMN_NOW) if n in note), _LAST_COLUMN) if working and \
                ("dernière colonne" in note or "plus récente" in note) \
                else ""  # a year after the last column: still said when the 141st-day note replaces the period
            top = " ; dernier échelon de cette échelle" if query.echelon_end is None and \
                echelon == _end_echelon(table, "last") else ""  # « je suis à l'échelon 17, je peux encore monter ? »
            note = f"{working + last if working else note.split(' ; si le ')[0]}{top}{_condition(note)}".lstrip(" ;")
            answers.append(_answer(table, row, index, note, _period(dates, index)))
    return answers


_IF_PASSED = "si le {n}e jour de travail de l'année scolaire {year} est passé à cette date"


def _maybe_next_column(table: Table, dates: Sequence[date | None], query: AmountQuery,
                       params: ScaleParams) -> list[tuple[int, str]]:
    """A date asked just before a column dated « 1er avril » that a footnote reads from the 141st working day
    (Annexe M, note 13: « au 15 mars 2014 »): that column too, on the condition the day is passed (its date
    depends on the school calendar, which the agreement does not give)."""
    rule = next((m for f in table.footnotes if (m := _WORKING_DAY_RULE.search(f))), None)
    asked = asked_day(query)  # a month, a season: its last day
    if rule is None or asked is None:
        return []
    later = sorted((d, i) for i, d in enumerate(dates) if d is not None and d > asked)
    if not later or (later[0][0] - asked).days > params.working_day_window_days or \
            (later[0][0].day, _fold(_MONTH_WORD.search(french_date(later[0][0])).group(0))) != \
            (int(rule.group(2)), _fold(rule.group(3))):
        return []
    return [(later[0][1], _IF_PASSED.format(n=rule.group(1), year=_school_year(later[0][0])))]


# a working day of a school year the question names (« à partir du 141e jour de travail de l'année 2011-2012 »,
# « jusqu'au 140e jour de travail de l'année scolaire 2012-2013 »), and whether it ends a period (« jusqu'au », « avant »)
_WORKING_DAY_ASKED = re.compile(r"(?P<until>\b(?:jusqu'(?:au|[àa]\s+la\s+veille\s+du)|avant(?:\s+le)?)\s+)?(?P<n>\d{2,3})\s*"
                                r"(?:e|er|i?[èe]me|ᵉ)\s+jour\s+de\s+travail\s+de\s+(?:l'ann[ée]e\s+(?:scolaire\s+)?)?"
                                r"(?P<first>(?:19|20)\d\d)\s*[-–/]\s*(?P<second>(?:19|20)\d\d)\b", re.IGNORECASE)


# the same, the school year said first (« pour l'année scolaire 2013-2014, à partir du 141e jour de travail »)
_WORKING_DAY_YEAR_FIRST = re.compile(r"(?P<first>(?:19|20)\d\d)\s*[-–/]\s*(?P<second>(?:19|20)\d\d)\s*,?\s*"
                                     r"(?:[àa]\s+(?:partir|compter)\s+du\s+|(?P<until>(?:jusqu'(?:au|[àa]\s+la\s+veille\s+du)|"
                                     r"avant(?:\s+le)?)\s+))(?P<n>\d{2,3})\s*(?:e|er|i?[èe]me|ᵉ)\s+jour(?:\s+de\s+travail)?\b"
                                     r"(?!\s+de\s+(?:l'ann[ée]e|(?:19|20)\d\d))", re.IGNORECASE)


def _working_day_column(table: Table, dates: Sequence[date | None], question: str) -> tuple[int, str] | None:
    """The column a working day of a school year names when a footnote reads the table's « 1er avril » columns from
    that day (Annexe M, note 13: « à compter du 141e jour de travail de l'année scolaire concernée au lieu du 1er
    avril »): « à partir du 141e jour de travail de 2011-2012 » is the column of 1 April 2012; « jusqu'au 140e jour »
    (« avant le 141e ») of that year is the column before it. None when the question names no such day or the table
    has no such note or column (the date's own columns are then read)."""
    rule = next((m for f in table.footnotes if (m := _WORKING_DAY_RULE.search(f))), None)
    said = _day_after(_fold(question), {int(rule.group(1))}) if rule else ""
    asked = _WORKING_DAY_ASKED.search(said) or _WORKING_DAY_YEAR_FIRST.search(said)
    if rule is None or asked is None or int(asked.group("second")) != int(asked.group("first")) + 1:
        return None
    n, until = int(asked.group("n")), asked.group("until") or ""
    if n != int(rule.group(1)) - (1 if until.startswith("jusqu'au") else 0):
        return None
    starts = [i for i, d in enumerate(dates) if d is not None and d.year == int(asked.group("second"))
              and (d.day, _fold(_MONTH_WORD.search(french_date(d)).group(0))) == (int(rule.group(2)), _fold(rule.group(3)))]
    if len(starts) != 1:
        return None
    if not until:
        return starts[0], ""
    before = [i for d, i in sorted((d, i) for i, d in enumerate(dates) if d is not None and d < dates[starts[0]])]
    return (before[-1], "") if before else None


def _condition(note: str) -> str:
    return f" ; {note}" if note.startswith("si le ") else ""


_WORKING_DAY_RULE = re.compile(r"[àa] compter du (\d+)\s*e jour de travail de l'ann[ée]e scolaire concern[ée]e "
                               r"au lieu du (\d+)\s*(?:er)? (\w+)", re.IGNORECASE)


def _working_day_note(table: Table, period: tuple[date | None, date | None]) -> str:
    """The period of a column dated « 1er avril » when a footnote says to read it from the 141st working day of
    the school year instead (Annexe M, note 13): « en vigueur à compter du 141e jour de travail de l'année
    scolaire 2012-2013 jusqu'au 140e jour de travail de l'année scolaire 2013-2014 (selon la note du tableau :
    le 141e jour de travail au lieu du 1er avril) »; "" for a table without such a note."""
    rule = next((m for f in table.footnotes if (m := _WORKING_DAY_RULE.search(f))), None)
    begin, finish = period
    if rule is None or begin is None:
        return ""
    day, month = int(rule.group(2)), _fold(rule.group(3))
    n = int(rule.group(1))

    def shifted(when: date) -> bool:
        return (when.day, _fold(_MONTH_WORD.search(french_date(when)).group(0))) == (day, month)

    following = finish + timedelta(days=1) if finish else None
    if not shifted(begin) and not (following and shifted(following)):
        return ""
    text = f"en vigueur à compter du {n}e jour de travail de l'année scolaire {_school_year(begin)}" \
        if shifted(begin) else f"en vigueur du {french_date(begin)}"
    if following is not None:
        text += f" jusqu'au {n - 1}e jour de travail de l'année scolaire {_school_year(following)}" \
            if shifted(following) else f" au {french_date(finish)}"
    return text + f" (selon la note du tableau : le {n}e jour de travail au lieu du {'1er' if day == 1 else day} {month})"


_MONTH_WORD = re.compile(r"[^\W\d]{3,}")


def _school_year(when: date) -> str:
    first = when.year if when.month >= 7 else when.year - 1
    return f"{first}-{first + 1}"


def _dated_row_answers(table: Table, query: AmountQuery) -> list[CellAnswer]:
    dates = [parse_date(row.label) for row in table.rows]
    answers = []
    for index, note in _columns_in_force(dates, query):
        row = table.rows[index]
        for column, value in enumerate(row.cells):
            if value.strip():
                answers.append(_answer(table, row, column, note, _period(dates, index)))
    return answers


def _columns_in_force(dates: Sequence[date | None], query: AmountQuery) -> list[tuple[int, str]]:
    """Indexes (of columns, or of dated rows) in force at the date/period asked, with a note."""
    dated = sorted((d, i) for i, d in enumerate(dates) if d is not None)
    if not dated:
        return []
    if query.when is not None:
        start = end = query.when
    elif query.month is not None:
        start, end = query.month, month_end(query.month)
    elif query.span is not None:
        start, end = query.span
    elif query.school_year is not None:
        start, end = date(query.school_year[0], 7, 1), date(query.school_year[1], 6, 30)
    elif query.year is not None:
        start, end = date(query.year, 1, 1), date(query.year, 12, 31)
    else:
        last_date, last = dated[-1]
        return [(last, f"colonne la plus récente du tableau (à compter du {french_date(last_date)})"
                       + (_LAST_COLUMN_NOW if query.now else ""))]
    chosen = [i for d, i in dated if start < d <= end]
    before = [i for d, i in dated if d <= start]
    if before:
        chosen.insert(0, before[-1])
    if not chosen:
        return []
    result = []
    for i in chosen:
        period = _period(dates, i)
        result.append((i, _period_note(period, start, end, last=i == dated[-1][1])))
    return result


def _period(dates: Sequence[date | None], index: int) -> tuple[date | None, date | None]:
    start = dates[index]
    later = sorted(d for d in dates if d is not None and start is not None and d > start)
    return start, (later[0] - timedelta(days=1)) if later else None


def _period_note(period: tuple[date | None, date | None], start: date, end: date, last: bool) -> str:
    begin, finish = period
    if begin is None:
        return ""
    text = f"en vigueur du {french_date(begin)} au {french_date(finish)}" if finish else \
        f"en vigueur à compter du {french_date(begin)}"
    if last and finish is None and end > begin:
        text += _LAST_COLUMN_AFTER if (start - begin).days > _SCALE.after_last_column_days else _LAST_COLUMN
    return text


_LAST_COLUMN = " (dernière colonne du tableau)"
# today asked (« cette année »): the last column printed is not said to be today's amount
_LAST_COLUMN_NOW = (" (dernière colonne du tableau : la convention ne donne pas les montants d'aujourd'hui ; les hausses "
                    "qui ont pu suivre n'y figurent pas, à vérifier auprès du syndicat)")
# a period asked more than a year after the last column began (« l'année scolaire 2016-2017 » of a table ending on
# 1 April 2014): its amount is the last one printed, and the agreement's later raises are not in the table
_LAST_COLUMN_AFTER = (" (dernière colonne du tableau : la période demandée vient plus d'un an après elle ; les hausses "
                      "qui ont pu suivre n'y figurent pas, à vérifier auprès du syndicat)")


def _answer(table: Table, row: TableRow, column: int, note: str, period) -> CellAnswer:
    return CellAnswer(
        table=table, row=row, column=column, column_label=table.column_headers[column],
        value=row.cells[column], footnotes=amount_footnotes(table), note=note, period=period,
        warnings=tuple(w for w in check_table(table)
                       if w.startswith(f"{row_name(table, row)}, {table.column_headers[column]} :")),
    )


def amount_footnotes(table: Table, columns: Sequence[int] | None = None) -> tuple[str, ...]:
    """The table's footnotes that qualify its amounts (placement rules are left out); with ``columns``, a
    footnote that ``footnote_columns`` ties to other columns is left out too."""
    notes = []
    for footnote in table.footnotes:
        if _PLACEMENT_FOOTNOTE.search(footnote):
            continue
        tied = footnote_columns(table, footnote) if columns is not None else None
        if tied is None or tied & set(columns):
            notes.append(footnote)
    return tuple(notes)


_TIMES_RULE = re.compile(r"produit par (\d+(?:,\d+)?) du taux pr[ée]vu ci-haut,? pour ([^.;]+)", re.IGNORECASE)


def footnote_columns(table: Table, footnote: str) -> set[int] | None:
    """The columns a footnote « … obtenus en effectuant le produit par 2,5 du taux prévu ci-haut, pour 60
    minutes ou moins » is about: those whose every cell is that factor times the named column's (to the
    cent); None when the footnote states no such rule (it is about the whole table)."""
    rule = _TIMES_RULE.search(footnote)
    if rule is None:
        return None
    factor, named = float(rule.group(1).replace(",", ".")), _fold(rule.group(2)).strip()
    base = next((i for i, h in enumerate(table.column_headers) if _fold(h) == named), None)
    if base is None:
        return None
    tied = set()
    for column in range(len(table.column_headers)):
        pairs = [(number_value(r.cells[base]), number_value(r.cells[column])) for r in table.rows
                 if column < len(r.cells) and base < len(r.cells)]
        if column != base and pairs and all(b is not None and v is not None and abs(b * factor - v) <= 0.0051
                                            for b, v in pairs):
            tied.add(column)
    return tied


# supply work as teachers say it, in the words of the supply rates' headings (Bourget Annexe P « Taux horaire des
# salariés éducateurs suppléants … Enseignant qualifié / Enseignant non qualifié »): without a teaching licence
# (« j'ai pas mon brevet », « sans brevet », « pas (légalement) qualifiée ») is « non qualifié », with one
# (« légalement qualifiée », « j'ai mon brevet ») « qualifié », a replacement (« je fais du remplacement », « une
# remplaçante ») « suppléance »
_SUPPLY_WORDS = (
    (re.compile(r"\b(?:pas|sans|aucun|n'ai)\s+(?:encore\s+)?(?:de\s+|d'|mon\s+|un\s+)?(?:brevet|permis\s+d'enseigner|"
                r"autorisation\s+d'enseigner)\b|\bpas\s+(?:encore\s+)?(?:l[ée]galement\s+)?qualifi[ée]e?s?\b|"
                r"\bnon\s+l[ée]galement\s+qualifi[ée]e?s?\b", re.IGNORECASE), "non qualifié"),
    (re.compile(r"\b(?:ai|avec|a)\s+(?:mon|un|son|le)\s+brevet\b|\bl[ée]galement\s+qualifi[ée]e?s?\b", re.IGNORECASE),
     "qualifié"),
    (re.compile(r"\bremplacements?\b|\bremplaçante?s?\b|\bje\s+remplace\b|"
                r"\b(?:j'ai|j’ai|avoir|je\s+vais)\s+remplac[ée]e?s?\b|\bje\s+remplaçais\b", re.IGNORECASE), "suppléance"),
    # a sport coached or led (« j'ai remplacé le coach de basket », « l'entraîneur de soccer ») is what Annexe P D)
    # « Animation sportive, culturelle et autres » pays, an activity led (« j'ai animé ») its « animation »
    (re.compile(r"\b(?:coachs?|entra[îi]neu(?:r|se)s?|entra[îi]nements?|basket(?:-?ball)?|soccer|volley(?:-?ball)?|"
                r"hockey|badminton|football|athl[ée]tisme)\b", re.IGNORECASE), "animation sportive"),
    (re.compile(r"\banim(?:é|ée|és|ées|er|e|ais|ait)\b", re.IGNORECASE), "animation"),
    # watching pupils (« garder une classe », « une nuit de garde »; not the « service de garde ») is « surveillance »
    (re.compile(r"(?<!service de )\bgard(?:e|er|é|ée|ais|ait)\b", re.IGNORECASE), "surveillance"),
    # paid by the hour (« un prof payé à l'heure », « je suis rémunérée à l'heure ») is Cris 13-2.03's « à taux horaire »
    (re.compile(r"\b(?:pay[ée]e?s?|r[ée]mun[ée]r[ée]e?s?)\s+à\s+l['’]heure\b", re.IGNORECASE), "à taux horaire"),
    # money given on top (« combien d'argent de plus », « en plus »; not « de plus de 60 minutes ») is a column's
    # « additionnel » (Cris Annexe XXII « Montant additionnel »)
    (re.compile(r"\b(?:de|en)\s+plus\b(?!\s+(?:de|d'|d’|que|qu'|qu’|ou)\b)", re.IGNORECASE), "additionnel"),
)


def supply_words(question: str) -> str:
    """The question with supply work said in the supply rates' words (``_SUPPLY_WORDS``)."""
    for pattern, words in _SUPPLY_WORDS:
        question = pattern.sub(words, question)
    return question


def _without_duration(question: str) -> str:
    """The question (folded) without the duration it states (« 5 périodes de 60 minutes », « 2 h 30 »), read apart
    by ``asked_duration``: its words name no table (« périodes » is not a heading's)."""
    text = _fold(question)
    for pattern in (_CLOCK_SPAN, _PERIODS, _DURATION):
        text = pattern.sub(" ", text)
    return text


def _dated_rows(table: Table) -> bool:
    return bool(table.rows) and all(parse_date(row.label) for row in table.rows)


def dated_tables_on_topic(tables: Sequence[Table], question: str,
                          params: NamedRowParams = NamedRowParams(), unasked: str = "") -> list[Table]:
    """Tables whose rows are dates (Annexe P: « À compter du 1er avril 2013 ») asked by their heading, no job
    class named (« un suppléant occasionnel qualifié est payé combien de l'heure ? »): those whose title,
    section and subtitle hold every distinctive word of the question (``params.min_topic`` at least: « suppléant
    à long terme » is not Annexe P's « suppléants à court terme ou occasionnels ») but ``params.topic_slack`` words
    no such heading holds (« à la résidence ») once ``params.topic_slack_shared`` are met, the most first: the teacher's
    first (as ``lookup`` does when no class is named), then the one whose subtitle has the fewest words the
    question lacks (« qualifié » before « non qualifié »). A column header counts as heading (« Période de nuit
    selon la clause 8-13.13 »: « une période de surveillance de nuit »). When no heading holds them all (a teacher's
    own words beside), the sections of one annex its words name by their own (``_sections_named``). ``unasked``: words
    that say who asks, not what is paid (the job class named: « comme animateur, j'ai fait une nuit de surveillance »),
    left out of the question's."""
    asked = _distinctive(_without_duration(supply_words(question))) - _distinctive(unasked)
    # the column header names what a row of dates pays (« Période de nuit selon la clause 8-13.13 »)
    headed = [(table, _distinctive(" ".join((table.title, table.section, table.subtitle, *table.column_headers))))
              for table in tables if table.column_headers and _dated_rows(table) and money_table(table)]
    named = set().union(*(heading for _, heading in headed))
    scored = []
    for table, heading in headed:
        shared, lacking = asked & heading, asked - heading
        # a word no such table's heading holds (« à la résidence ») does not keep a well-met heading out
        slack = len(shared) >= params.topic_slack_shared and not lacking & named and \
            len(lacking) <= params.topic_slack
        if len(shared) >= params.min_topic and (not lacking or slack):
            teacher = _stem(_TEACHER) in _words(f"{table.section} {table.subtitle}")
            scored.append((len(asked & heading), teacher, -len(_distinctive(table.subtitle) - asked), table))
    if not scored:
        return _sections_named(headed, asked, params)
    best = max(shared for shared, *_ in scored)
    return [table for *_, table in sorted((s for s in scored if s[0] == best), key=lambda s: s[:3], reverse=True)]


def _sections_named(headed: Sequence[tuple[Table, set[str]]], asked: set[str],
                    params: NamedRowParams = NamedRowParams()) -> list[Table]:
    """Of dated tables sharing one annex (Annexe P's sections A) to D)), those a question names by their section's own
    words (what its heading holds and the annex's other sections' do not: « surveillance de classe », « de nuit »,
    « sportive ») when no heading holds every word of it (a teacher's words beside: « on m'appelle pour garder une
    classe … je surveille juste », « une nuit de garde à la résidence … comme occasionnel »): ``params.section_words``
    own words at least (one, « classe », is too often said of something else: « 30 élèves dans ma classe »); the most
    met first. A table alone in its annex or clause has no own words: never named so."""
    annexes: dict[tuple[str, str], list[tuple[Table, set[str]]]] = {}
    for table, heading in headed:
        annexes.setdefault((table.doc, table.annex_or_clause), []).append((table, heading))
    scored = []
    for sections in annexes.values():
        if len(sections) < 2:
            continue
        common = set.intersection(*(heading for _, heading in sections))
        for table, heading in sections:
            own = asked & (heading - common)
            if len(own) >= params.section_words:
                teacher = _stem(_TEACHER) in _words(f"{table.section} {table.subtitle}")
                scored.append((len(own), teacher, -len(_distinctive(table.subtitle) - asked), table))
    if not scored:
        return []
    best = max(met for met, *_ in scored)
    return [table for *_, table in sorted((s for s in scored if s[0] == best), key=lambda s: s[:3], reverse=True)]


# --- rows named by words (allowances, rates by period) -----------------------------------------

_SCHOOL_YEAR_LABEL = re.compile(r"\b(\d{4})-(\d{4})\b")
_LABEL_STOP = frozenset("de du des la le les l d en et a au aux un une pour par sur avec sans ou ce cette "
                        "qui que quel quelle combien est sont on me je j mon ma mes".split())


def shown_table(table: Table, rows: TableRow | Sequence[TableRow], asked: Sequence[int]) -> ShownTable:
    """One or a few rows of ``table`` as an answer shows them: its caption (annex or clause, subtitle), the rows'
    header (« Ligne » when it has none) and the columns as displayed, each row's label and cells with their unit,
    the ``asked`` columns marked."""
    header = [table.row_header or "Ligne", *(display_column(table, i) for i in range(len(table.column_headers)))]
    shown = [(row.label, *(with_unit(table, v) for v in row.cells)) for row in ([rows] if isinstance(rows, TableRow) else rows)]
    return ShownTable(caption=", ".join(p for p in (table.annex_or_clause, table.subtitle) if p),
                      header=tuple(h.replace("\n", " ") for h in header), rows=tuple(shown), asked=tuple(asked))


def table_markdown(shown: ShownTable) -> str:
    """``shown`` as a small Markdown table under its caption, the asked columns' header and cells (and every label,
    when some are asked) in bold."""
    head, *columns = shown.header
    bold = lambda i, text: f"**{text}**" if i in shown.asked else text
    lines = ["| " + " | ".join([head, *(bold(i, c) for i, c in enumerate(columns))]) + " |",
             "|" + "---|" + "---:|" * len(columns)]
    for label, *cells in shown.rows:
        lines.append("| " + " | ".join([f"**{label}**" if shown.asked else label, *(bold(i, c) for i, c in enumerate(cells))])
                     + " |")
    return f"{shown.caption} :\n\n" + "\n".join(lines)


def money_table(table: Table) -> bool:
    """A table of amounts: an annual or hourly scale, or cells printed with « $ »."""
    return table.unit in ("annual", "hourly") or any("$" in c for row in table.rows for c in row.cells)


def named_rows(table: Table) -> bool:
    """Rows named by words (« Souper », « Frais pour chaque kilomètre… », « À compter du 141e jour … 2008-2009 »),
    neither échelons nor dates: the rows ``lookup`` does not read."""
    return bool(table.rows) and not table.echelon_rows and not _dated_rows(table)


def _content(text: str) -> set[str]:
    words = {w for w in _words(text) if w not in _LABEL_STOP and len(w) > 1}
    return words | set(re.findall(r"\b\d{3,4}\b", text))  # « 200 km », a year


def row_lookup(tables: Sequence[Table], question: str, params: NamedRowParams = NamedRowParams()) -> list[CellAnswer]:
    """The cell(s) of a money table with named rows that the question names, best table first.

    The question's words are compared without the words every amount question or every row of
    these tables holds (« combien », « enseignant », « payé », « jour de travail », « année
    scolaire »: ``_GENERIC``), so that a table answers only a question on its topic.
    A row is named when its label shares half its words with the question (at least
    ``params.min_shared``; « souper », « kilomètre … 200 km »; « repas du midi » names « Dîner »), or when
    its school year is the question's and the table's title, section, subtitle or intro (less the words
    its annex's other tables have too) share ``params.min_topic`` words with it (« responsable d'école …
    2008-2009 » names 6-6.01's row, not 13-2.03's).
    A school year asked gives every row of that year, and the row before when the first one starts
    « À compter du 141e jour » (in force earlier that year; its note says until when), unless the
    question names the day (« 141e »). No row named: a list or a short table whose heading shares
    ``params.min_topic`` words with the question gives all its rows (« la compensation annuelle est limitée
    à quel montant ? »). The column: the one whose header the question names, or whose duration
    range holds the duration asked (« 2 heures » → « entre 61 minutes et 150 minutes »; « une journée
    complète » → the open range « plus de 210 minutes »), else every column. Empty when no row is named."""
    return rows_named(named_row_tables(tables), question, params)


@dataclass(frozen=True)
class NamedRowTable:
    """A money table with named rows and the words ``row_lookup`` compares with a question,
    computed once (``named_row_tables``): a question then costs set intersections only."""

    table: Table
    about: frozenset[str]  # distinctive words of its title, section, subtitle and intro
    labels: tuple[frozenset[str], ...]  # distinctive words of each row label, school years left out
    label_years: tuple[frozenset[tuple[str, str]], ...]  # school years written in each row label
    own: frozenset[str] = frozenset()  # ``about`` less the words of its annex's other tables' (« frais de déplacement »)


def named_row_tables(tables: Sequence[Table]) -> list[NamedRowTable]:
    """The money tables with named rows among ``tables`` (in order), with their words."""
    chosen = [t for t in tables if named_rows(t) and money_table(t)]
    about = [frozenset(_distinctive(" ".join([t.title, t.section, t.subtitle, str(t.extra.get("intro", ""))])))
             for t in chosen]
    prepared = []
    for n, table in enumerate(chosen):
        siblings = [about[k] for k, other in enumerate(chosen)
                    if k != n and (other.doc, other.annex_or_clause) == (table.doc, table.annex_or_clause)]
        prepared.append(NamedRowTable(table, about[n],
                                      tuple(frozenset(_label_words(row.label)) for row in table.rows),
                                      tuple(frozenset(_SCHOOL_YEAR_LABEL.findall(row.label)) for row in table.rows),
                                      about[n].difference(*siblings)))
    return prepared


@dataclass(frozen=True)
class _Named:
    score: float
    index: int
    named: NamedRowTable
    by_year: bool


def rows_named(tables: Sequence[NamedRowTable], question: str,
               params: NamedRowParams = NamedRowParams()) -> list[CellAnswer]:
    """``row_lookup`` over tables prepared by ``named_row_tables``."""
    asked = _distinctive(supply_words(question)) | _meal_words(question)  # « je remplace » is supply work
    school_years = school_years_spanned(question) or set(_SCHOOL_YEAR_LABEL.findall(question))
    found = []
    for named in tables:
        topic = len(asked & named.about)
        own = _own_topic(named, asked, question)
        years = school_years or _calendar_school_years(question, named.table)
        latest = _latest_row_before(named, years)
        # a column named whole (« l'ajout total … pour les élèves à risque ») in a table the question is about
        if topic >= params.min_topic and any((words := _distinctive(h)) and words <= asked
                                             for h in named.table.column_headers):
            own = max(own, params.min_topic)
        for index, (label, label_years) in enumerate(zip(named.labels, named.label_years)):
            if years and label_years and not years & label_years and index != latest:
                continue
            shared = len(asked & label)
            by_year = (bool(years & label_years) or index == latest) and own >= params.min_topic
            if (label and shared >= max(params.min_shared, -(-len(label) // 2))) or by_year:
                found.append(_Named(shared + (2 if by_year else 0) + topic / 2, index, named, by_year))
    if not found:
        return _by_topic(tables, asked, question, params) or _rate_per_km(tables, question, asked)
    best = max(found, key=lambda f: f.score)
    table = best.named.table
    if best.by_year:
        indexes = [f.index for f in found if f.named is best.named and f.by_year]
        latest = _latest_row_before(best.named, school_years or _calendar_school_years(question, table))
        if indexes == [latest]:  # a year after the table's last row: that row, said so
            asked_years = sorted("-".join(y) for y in (school_years or _calendar_school_years(question, table)))
            why = (f"ligne la plus récente du tableau, en vigueur au début de {' ou '.join(asked_years)} ; il ne donne "
                   "pas de montant plus récent")
            return _row_cells(table, [latest], question, asked, why)
        rows = _year_rows(table, indexes, question)
        last = len(table.rows) - 1
        if _LAST_ROW_ASKED.search(question) and all(best.named.label_years) and last not in rows:
            # « entre le tout début (avant le 141e jour de 2005-2006) pis le dernier taux »: the year's first row (« le
            # premier montant … (début 2005-2006) pis le dernier »: not both rows of 2005-2006) and the last
            rows = [rows[0], last]
    else:
        rows = [f.index for f in found if f.named is best.named and f.score == best.score]
    return _row_cells(table, rows, question, asked)


# two school years a question joins as the ends of a span (« de 2006-2007 à 2008-2009 », « 2006-2007 jusqu'à
# 2008-2009 »; « entre 2006-2007 et 2008-2009 » when a total over them is asked: else its two ends are compared)
_YEARS_SPAN = re.compile(r"\b(\d{4})-(\d{4})\s*(?P<joint>[àa]|au|jusqu'(?:[àa]|en|au)|et|pis)\s+(?:l'ann[ée]e\s+(?:scolaire\s+)?)?"
                         r"(\d{4})-(\d{4})\b", re.IGNORECASE)
_TOTAL_OVER = re.compile(r"\ben\s+tout\b|\bau\s+total\b|\btota(?:l|le|ux|les)\b|\bensemble\b", re.IGNORECASE)


def school_years_spanned(question: str) -> set[tuple[str, str]]:
    """Every school year of a span the question names by its ends (« sur les trois années de 2006-2007 à 2008-2009 »:
    2006-2007, 2007-2008, 2008-2009); « entre … et … » is a span only when a total is asked (« combien en tout entre
    2006-2007 et 2008-2009 »), else a change between its two ends. Empty when no span is named (or it runs backwards
    or over more than 10 years)."""
    found = _YEARS_SPAN.search(question)
    if found is None:
        return set()
    joint = _fold(found.group("joint"))
    if joint in ("et", "pis") and not (re.search(r"\bentre\s+" + re.escape(found.group(1)), question)
                                       and _TOTAL_OVER.search(question)):
        return set()
    first, last = int(found.group(1)), int(found.group(4))
    if int(found.group(2)) != first + 1 or int(found.group(5)) != last + 1 or not 0 < last - first <= 10:
        return set()
    return {(str(year), str(year + 1)) for year in range(first, last + 1)}


# the last row of rows by school year asked beside a year's (« … pis le dernier taux de l'accord »)
_LAST_ROW_ASKED = re.compile(r"\b(?:dernier|plus\s+r[ée]cent)\s+(?:taux|montant|suppl[ée]ment)\b|"
                             r"\b(?:taux|montant)\s+le\s+plus\s+r[ée]cent\b|"
                             # « entre le premier montant … pis le dernier »: « dernier » standing for the row alone
                             r"\b(?:pis|et)\s+(?:le|la)\s+derni(?:er|ère)\b(?!\s+(?:[ée]chelon|jour|mois|an|ann[ée]e|"
                             r"semaine|versement|paie|paye)s?\b)", re.IGNORECASE)


# a rate asked by the kilometre (« le remboursement au km », « c'est combien du kilomètre ? »), not a trip's kilometres
_RATE_PER_KM = re.compile(r"\b(?:par|au|du|le|chaque)\s+(?:km|kilom[èe]tre)\b", re.IGNORECASE)


def _rate_per_km(tables: Sequence[NamedRowTable], question: str, asked: set[str]) -> list[CellAnswer]:
    """No row named but a rate by the kilometre asked: the first table priced by a base for the first kilometres and
    a rate for each one beyond (Bourget Annexe W: « Tarif de base pour les premiers 200 kilomètres » 35 $, « Frais
    pour chaque kilomètre excédant (+ de 200 km) » 0,15 $ /km), both rows: the rate alone would hide the base."""
    if not _RATE_PER_KM.search(question) or _DISTANCE.search(question):
        return []
    for named in tables:
        rows = named.table.rows
        base = next((i for i, r in enumerate(rows) if _BASE_ROW.search(r.label) and "$" in "".join(r.cells)), None)
        excess = next((i for i, r in enumerate(rows) if _EXCESS_ROW.search(r.label) and "$" in "".join(r.cells)), None)
        if base is not None and excess is not None:
            return _row_cells(named.table, [base, excess], question, asked)
    return []


def _latest_row_before(named: NamedRowTable, years: set[tuple[str, str]]) -> int | None:
    """The last row « À compter du … » of a table by school year when the school year asked is the one right after
    its rows' (« en 2009-2010 » of Cris 6-6.01, whose last row is « à compter du 141e jour … 2008-2009 »): the row
    in force as that year starts; else None (a later year: nothing, the table says nothing of it)."""
    labelled = [(i, y) for i, y in enumerate(named.label_years) if y]
    if not years or not labelled:
        return None
    last_index, last_years = labelled[-1]
    newest = max(int(b) for _, b in (pair for _, ys in labelled for pair in ys))
    if all(int(first) == newest for first, _ in years) and \
            re.match(r"[àa] compter", _fold(named.table.rows[last_index].label)) and last_index == len(named.table.rows) - 1:
        return last_index
    return None


def _own_topic(named: NamedRowTable, asked: set[str], question: str) -> int:
    """The question's words in the table's own heading, and one more for a duration asked that its
    columns' ranges hold (« une suppléante pour 90 minutes »: a replacement rate by duration)."""
    return len(asked & named.own) + (1 if duration_columns(named.table, question) else 0)


def _by_topic(tables: Sequence[NamedRowTable], asked: set[str], question: str,
              params: NamedRowParams) -> list[CellAnswer]:
    """No row named: the one table whose heading shares the most words with the question (then the largest
    share of its heading's words; a tie answers nothing). Rows by school year: the latest row, when no
    year is asked; a list or a short table sharing ``params.min_topic`` words that its annex's other tables do not
    have (« Annexe W … frais de déplacement » heads two tables): every row."""
    years = bool(_SCHOOL_YEAR_LABEL.search(question) or _CALENDAR_YEAR.search(question))
    scored = sorted((((shared := len(asked & n.about)), shared / max(len(n.about), 1)), i)
                    for i, n in enumerate(tables) if asked & n.about)
    if not scored or (len(scored) > 1 and scored[-2][0] == scored[-1][0]):
        return []
    (shared, _), best = scored[-1]
    named, table = tables[best], tables[best].table
    if _own_topic(named, asked, question) < params.min_topic:
        return []
    if all(named.label_years):
        return [] if years else _row_cells(table, [len(table.rows) - 1], question, asked,
                                           "ligne la plus récente du tableau")
    if table.extra.get("list") or len(table.rows) <= params.short_table_rows:
        return _row_cells(table, list(range(len(table.rows))), question, asked)
    return []


def _calendar_school_years(question: str, table: Table) -> set[tuple[str, str]]:
    """The school years a calendar year asked (« en 2008 ») falls in, for rows labelled by school year: rows that
    change on a working day of the year (« À compter du 141e jour … 2007-2008 », in February or March) are those of
    2007-2008 (and the row before, ``_year_rows``); rows of whole school years, 2007-2008 and 2008-2009."""
    month = _asked_month(question)
    if month is not None:  # « en septembre 2008 »: the school year it falls in (2008-2009), rows by ``_month_rows``
        first = month.year if month.month >= 7 else month.year - 1
        return {(str(first), str(first + 1))}
    match = _CALENDAR_YEAR.search(_SCHOOL_YEAR_LABEL.sub(" ", question))
    if match is None:
        return set()
    year = int(match.group(0))
    earlier = (str(year - 1), str(year))
    if any(_ORDINAL.search(_fold(row.label)) for row in table.rows):
        return {earlier}
    return {earlier, (str(year), str(year + 1))}


def _year_rows(table: Table, indexes: list[int], question: str) -> list[int]:
    """The rows of the school year asked; the day named (« 141e ») keeps its rows; else the row in force
    before a first row « À compter du … »; a month asked, those of them in force that month (``_month_rows``)."""
    # « avant le 141e jour » asks the row « Jusqu'au 140e jour », not « À compter du 141e jour »
    starts = {int(n) for row in table.rows for n in _STARTING_DAY.findall(_fold(row.label))}
    folded = _day_after(_fold(question), starts)
    before = {int(n) for n in _BEFORE_DAY.findall(folded)}
    asked_days = set(_ORDINAL.findall(_BEFORE_DAY.sub(" ", folded))) | {str(n - 1) for n in before}
    days = [i for i in indexes if asked_days & set(_ORDINAL.findall(_fold(table.rows[i].label)))]
    if days:
        return days
    first = indexes[0]
    if re.match(r"[àa] compter", _fold(table.rows[first].label)) and first > 0:
        indexes = [first - 1, *indexes]
    return _month_rows(table, indexes, question)


def _month_rows(table: Table, indexes: list[int], question: str) -> list[int]:
    """A month asked of rows changing on a working day of the school year (« À compter du 141e jour de travail de
    l'année scolaire 2008-2009 »): 141 working days from late August end in March, so from July to February the
    row in force before that day (« septembre 2008 »: the row of 2007-2008's 141st day), from April to June the
    school year's own row, in March both (each with its period). Other rows, or no month asked: ``indexes``."""
    month = _asked_month(question)
    if month is None or len(indexes) < 2 or not any(_ORDINAL.search(_fold(table.rows[i].label)) for i in indexes):
        return indexes
    if month.month == 3:
        return indexes
    return indexes[:1] if month.month >= 7 or month.month <= 2 else indexes[-1:]


# the month a season asked stands for among rows changing on a working day of the school year (``_month_rows``):
# autumn (22 September to 20 December) and summer (21 June to 21 September) lie wholly before the school year's 141st
# working day, or after it in the school year just ended, so one month stands for them; winter and spring hold March,
# when that day may fall, so both rows are given (each with its period)
_SEASON_MONTH = {"automne": 11, "ete": 8, "rentree": 9, "hiver": 3, "printemps": 3}


def _asked_month(question: str) -> date | None:
    """The first day of a month asked without its day (« en septembre 2008 »), or of the month a season stands for
    (« à l'automne 2006 »: November 2006, ``_SEASON_MONTH``), or None."""
    question = full_month_names(question)
    if parse_date(question):
        return None
    found = _month_and_text(question)
    if found:
        return found[0]
    season = _SEASON.search(question)
    return date(int(season.group(2)), _SEASON_MONTH[_fold(season.group(1))], 1) if season else None


# a month abbreviated before a year (« au 1er sept. 2012 », « en janv. 2008 », « le 15 déc 2013 »), and its full name
_ABBREVIATED_MONTH = re.compile(r"\b(janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)\b\.?(?=\s+(?:19|20)\d\d\b)", re.IGNORECASE)
_FULL_MONTH = {"janv": "janvier", "fevr": "février", "fev": "février", "avr": "avril", "juil": "juillet",
               "sept": "septembre", "oct": "octobre", "nov": "novembre", "dec": "décembre"}


def full_month_names(text: str) -> str:
    """``text`` with the months abbreviated before a year written whole (« 1er sept. 2012 » : « 1er septembre 2012 »),
    which the dates of tables are read by (``ingest.tables.parse_date``, ``_MONTH_YEAR``)."""
    return _ABBREVIATED_MONTH.sub(lambda m: _FULL_MONTH[_fold(m.group(1))], text)


def _month_and_text(text: str) -> tuple[date, str] | None:
    """A month written without its day (« avril 2013 »): its first day and the words as written."""
    found = _MONTH_YEAR.search(text)
    return (date(int(found.group(2)), month_number(found.group(1)), 1), found.group(0)) if found else None


def _row_cells(table: Table, rows: list[int], question: str, asked: set[str], why: str = "") -> list[CellAnswer]:
    columns = _named_columns(table, asked, question)
    answers = []
    for r in rows:
        note = "; ".join(n for n in (_until_note(table, r) if r + 1 < len(table.rows) else "", why) if n)
        for c in columns:
            cell = table.rows[r].cells[c] if c < len(table.rows[r].cells) else ""
            if cell.strip() and "_" not in cell:
                answers.append(_answer(table, table.rows[r], c, note, (None, None)))
    return answers


def _until_note(table: Table, index: int) -> str:
    """« en vigueur jusqu'au 140e jour de travail de l'année scolaire 2007-2008 » for a row followed by
    « À compter du 141e jour de travail de l'année scolaire 2007-2008 »."""
    following = re.match(r"[àa] compter du (\d+)\s*e\b(.*)$", table.rows[index + 1].label, re.IGNORECASE)
    if not following or not re.match(r"[àa] compter", _fold(table.rows[index].label)):
        return ""
    return f"en vigueur jusqu'au {int(following.group(1)) - 1}e{following.group(2).rstrip(' ;.')}"


# a header or a question saying what was added (« Montant additionnel », « Ajout total », « le Ministère a ajouté »,
# « les sommes supplémentaires »), read as one word; a header or question saying a running total (« Ajout total »,
# « au total », « en tout », « cumulé »)
_ADDED = re.compile(r"^(?:r?ajout|addition|suppleme)")  # roots cut to 8 letters (``_distinctive``)
_ADDED_WORD = "ajout"
_TOTAL_SAID = re.compile(r"\btota(?:l|ux|le|les)\b|\ben\s+tout\b|\bcumul", re.IGNORECASE)
_TOTAL_WORD = "total"


def _column_words(text: str) -> set[str]:
    """``_distinctive`` words of a column header or a question, each word of what was added read as « ajout » and a
    running total as « total » (a generic word elsewhere): « Montant additionnel » is the amount added in that row,
    « Ajout total » the running total, which a question names only by saying a total."""
    words = {_ADDED_WORD if _ADDED.match(w) else w for w in _distinctive(text)}
    return words | ({_TOTAL_WORD} if _TOTAL_SAID.search(_fold(text)) else set())


def _named_columns(table: Table, asked: set[str], question: str = "") -> list[int]:
    """The column(s) the question names by their header, or by a duration in their range, else all of them."""
    if len(table.column_headers) <= 1:
        return list(range(len(table.column_headers)))
    asked = {_ADDED_WORD if _ADDED.match(w) else w for w in asked} | _column_words(question)
    named = [i for i, h in enumerate(table.column_headers) if (words := _column_words(h)) and words <= asked]
    if len(named) == 1:
        return named
    by_duration = duration_columns(table, question)
    if by_duration:
        return by_duration[0]
    shares = [len(asked & _column_words(h)) for h in table.column_headers]
    best = max(shares)
    named = [i for i, s in enumerate(shares) if s == best and best > 0]
    return named[:1] if named else list(range(len(table.column_headers)))


# --- durations (« 2 heures », « 100 minutes », « une journée complète ») ------------------------

_NUMBER_WORDS = {word: value for word, value in VALUES.items() if 1 <= value <= 10}
_DURATION = re.compile(
    rf"(?<![\w,.])(plus de |moins de )?(\d{{1,3}}(?:[,.]\d+)?|{spelled(1, 10)})\s*"
    r"(heures?|hres?|h|minutes?|min)(?![a-z/])(?:\s*(?:et\s+)?(?:(\d{1,2})\s*(?:minutes?|min)?(?!\w)|(demie?)))?")
_FULL_DAY = re.compile(r"journee (?:complete|entiere)|toute la journee|(?:remplac\w*|suppleance) d'une journee")
# periods of at most an hour in one day (« 2 périodes de 50 minutes »): their minutes together are the day's
# replacement time (a period longer than 60 minutes is paid by its own rule, Cris 6-7.03 B: not added up here)
_PERIODS = re.compile(rf"(?<![\w,.])(\d{{1,2}}|{spelled(2, 10)})\s+periodes?\s+(?:de\s+)?"
                      r"(\d{2})\s*(?:minutes?|min)\b")
# a replacement given by the clock (« de 8 h 30 à 11 h 45 », « entre 13 h et 15 h 30 »): its length is the end less the
# start (195 minutes), not the first time read as a duration (« 8 h 30 », 510 minutes)
_CLOCK_SPAN = re.compile(r"(?<![\w,.])(?:de\s+|entre\s+)?([01]?\d|2[0-3])\s*h\s*(\d{2})?\s+(?:a|jusqu'a|et)\s+"
                         r"([01]?\d|2[0-3])\s*h\s*(\d{2})?(?![\w/])")
_RANGE_NUMBER = re.compile(r"(\d{1,3}(?:[,.]\d+)?)\s*(heures?|h|minutes?|min)?(?![\w,])")
_INFINITY = float("inf")


def asked_duration(question: str) -> float | None:
    """Minutes asked (« 2 heures » 120, « 1 h 30 » 90, « 100 minutes » 100, « plus de 210 minutes » 211),
    infinity for a full day (« une journée complète »), None when the question asks no duration."""
    text = _fold(question)
    clock = _clock_minutes(text)
    if clock is not None:
        return clock
    periods = _PERIODS.search(text)
    if periods and int(periods.group(2)) <= 60:
        return (_NUMBER_WORDS.get(periods.group(1)) or int(periods.group(1))) * int(periods.group(2))
    match = _DURATION.search(text)
    if match:
        return _duration_minutes(match)
    return _INFINITY if _FULL_DAY.search(text) else None


def _duration_minutes(match: re.Match) -> float:
    """The minutes of a ``_DURATION`` match (« plus de 210 minutes » 211, « 1 h 30 » 90)."""
    bound, number, unit, minutes, half = match.groups()
    value = _NUMBER_WORDS.get(number) or float(number.replace(",", "."))
    total = value * 60 + int(minutes or 0) + (30 if half else 0) if unit.startswith("h") else value
    return total + 1 if bound == "plus de " else total - 1 if bound == "moins de " else total


@dataclass(frozen=True)
class AskedDuration:
    """One duration a question states: as the teacher wrote it (« plus de 210 minutes ») and in minutes."""

    said: str
    minutes: float


# what may stand between a duration and the same one said again (« 2 heures (120 minutes) », « 2 h, soit 120 minutes »)
_RESTATED = re.compile(r"\s*(?:\(|,?\s*soit|=)\s*")


def asked_durations(question: str) -> list[AskedDuration]:
    """Every duration a question states (``_DURATION``), in order, as written (accents kept) and in minutes, one said
    again in other units right after another (« 2 heures (120 minutes) ») left out: the durations of days or periods
    told apart (« le lundi … (120 minutes en tout), le mardi … (plus de 210 minutes) »)."""
    text = _fold(question)
    shown = question if len(text) == len(question) else text
    found: list[AskedDuration] = []
    end = None
    for match in _DURATION.finditer(text):
        if end is not None and _RESTATED.fullmatch(text[end:match.start()]):
            end = match.end()
            continue
        found.append(AskedDuration(shown[match.start():match.end()].strip(), _duration_minutes(match)))
        end = match.end()
    return found


def _clock_minutes(text: str) -> float | None:
    """The minutes between two clock times of a folded question (``_CLOCK_SPAN``), None without such a span or
    when the end is not after the start."""
    span = _CLOCK_SPAN.search(text)
    if span is None:
        return None
    start = int(span.group(1)) * 60 + int(span.group(2) or 0)
    end = int(span.group(3)) * 60 + int(span.group(4) or 0)
    return float(end - start) if end > start else None


def duration_range(header: str) -> tuple[float, float] | None:
    """The minutes a header covers: « 60 minutes ou moins » (0, 60), « entre 61 minutes et 150 minutes »
    (61, 150), « plus de 210 minutes » (211, inf); None for a header that is not a duration range."""
    text = _fold(header)
    numbers = _RANGE_NUMBER.findall(text)
    units = [u for _, u in numbers if u]
    if not numbers or not units or len(numbers) > 2:
        return None
    scale = 60 if units[-1].startswith("h") else 1
    values = [float(n.replace(",", ".")) * scale for n, _ in numbers]
    if len(values) == 2 and re.search(r"\bentre\b|\bde\b.*\ba\b", text):
        return values[0], values[1]
    if len(values) == 1 and re.search(r"ou moins|moins de|jusqu'a", text):
        return 0.0, values[0]
    if len(values) == 1 and "plus de" in text:
        return values[0] + 1, _INFINITY
    if len(values) == 1 and "ou plus" in text:
        return values[0], _INFINITY
    return None


def duration_columns(table: Table, question: str) -> tuple[list[int], str] | None:
    """The column whose duration range holds the duration asked, and a note saying why; None when the
    question asks no duration or the headers are not duration ranges."""
    asked = asked_duration(question)
    written = (_CLOCK_SPAN.search(_fold(question)) if _clock_minutes(_fold(question)) is not None else None) or \
        _PERIODS.search(_fold(question)) or _DURATION.search(_fold(question))
    ranges = [duration_range(h) for h in table.column_headers]
    if asked is None or sum(r is not None for r in ranges) < 2:
        return None
    for i, span in enumerate(ranges):
        if span is None or not span[0] <= asked <= span[1]:
            continue
        header = table.column_headers[i]
        if asked == _INFINITY:
            return [i], (f"une journée complète de remplacement est comptée dans la colonne « {header} » "
                         f"(hypothèse : elle dépasse {span[0] - 1:g} minutes)")
        folded = _fold(question)
        said = (question if len(folded) == len(question) else folded)[written.start():written.end()].strip() \
            if written else ""  # as the teacher wrote it (« 2 périodes de 50 minutes »), accents kept
        minutes = f"{asked:g} minutes"
        return [i], f"{said} = {minutes} : colonne « {header} »" if said and said != minutes else \
            f"{minutes} : colonne « {header} »"
    return None


# a day, a month or a season with its year (folded text: « 1er avril 2014 », « mai 2009 », « 01-04-2014 », « l'automne
# 2013 »): the date a short follow-up names instead of the first question's (``merge_follow_up``)
_DAY_SAID = re.compile(rf"\b(?:(?:le\s+)?\d{{1,2}}(?:er)?\s+)?{MONTH_PATTERN}\s+(?:de\s+l'annee\s+)?(?:19|20)\d\d\b"
                       r"(?!\s*-\s*\d)|(?<![\d-])\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\b|"
                       r"\b(?:automne|hiver|printemps|ete|rentree)\s+(?:19|20)\d\d\b")


def merge_follow_up(question: str, follow: str) -> str | None:
    """« Et pour 3 heures ? », « Et en 2008-2009 ? » or « Pis si ça avait été en mai 2009 ? » after « Combien pour un
    remplacement de 2 heures … en 2007-2008 ? »: the first question (lower case, without accents) with the follow-up's
    school year, day, month or season (``_DAY_SAID``) and duration instead of its own (every date of the first question
    taken out for a new one); None when the follow-up gives none of them."""
    base, new = _fold(question), _fold(follow)
    year = _SCHOOL_YEAR_LABEL.search(new)
    day = _DAY_SAID.search(new) if not year else None
    duration = _DURATION.search(_DAY_SAID.sub(" ", new)) or _FULL_DAY.search(new)
    if not year and not day and not duration:
        return None
    if day:  # « en mai 2009 »: the rows in force then, whatever year or date the first question said
        said = re.sub(r"^le\s+", "", day.group(0))
        base = f"{_DAY_SAID.sub(' ', _SCHOOL_YEAR_LABEL.sub(' ', base))} en {said}"
    if year:
        base = _DAY_SAID.sub(" ", base)  # « Et en 2008-2009 ? »: that school year, no day or month of the first
        base = _SCHOOL_YEAR_LABEL.sub(year.group(0), base) if _SCHOOL_YEAR_LABEL.search(base) else \
            f"{base} en {year.group(0)}"
    if duration:
        old = _DURATION.search(base) or _FULL_DAY.search(base)
        base = f"{base[:old.start()]}{duration.group(0).strip()}{base[old.end():]}" if old else \
            f"{base} {duration.group(0).strip()}"
    return base


def _meal_words(question: str) -> set[str]:
    """Québec meal names for a meal asked by its time (« repas du midi » → « dîner »)."""
    text = _fold(question)
    if not re.search(r"repas|manger|lunch|bouffe|resto", text):
        return set()
    return {meal for cue, meal in _MEALS if re.search(cue, text)}


def _distinctive(text: str) -> set[str]:
    """The question's or a heading's words less those every amount question holds (``_GENERIC``), cut to their
    first ``_ROOT`` letters: « suppléance » and « suppléant », « responsable » and « responsabilités » meet."""
    return {_AGENT.sub("ation", _IMPERFECT.sub("", w))[:_ROOT] for w in _content(text)
            if w not in _GENERIC and not _GENERIC_PREFIX.match(w)}


def _label_words(label: str) -> set[str]:
    """A row label's distinctive words, school years and ordinal days (« 141e ») left out."""
    years = {y for pair in _SCHOOL_YEAR_LABEL.findall(label) for y in pair}
    return {w for w in _distinctive(label) if w not in years and not _ORDINAL.fullmatch(w)}



# --- a distance priced by a base for the first kilometres and a rate beyond (Bourget Annexe W) ----

_DISTANCE = re.compile(r"(?<![\d,.])(\d{1,4})\s*(?:km|kilom[èe]tres?)\b", re.IGNORECASE)
_BASE_ROW = re.compile(r"\bpremiers?\s+(\d{1,4})\s+(?:km|kilom[èe]tres?)\b", re.IGNORECASE)
_EXCESS_ROW = re.compile(r"\bchaque\s+(?:km|kilom[èe]tre)\s+(?:exc[ée]dant|additionnel|suppl[ée]mentaire)|"
                         r"\bpar\s+(?:km|kilom[èe]tre)\s+(?:exc[ée]dant|au-del[àa])", re.IGNORECASE)

_PER_KM = re.compile(r"\b(?:par|chaque|le|du)\s+(?:km|kilom[èe]tre)\b", re.IGNORECASE)
_THRESHOLD_BEFORE = re.compile(r"(?:au[- ]del[àa]\s+d[eu']|plus\s+d[e']|au[- ]dessus\s+d[eu']|apr[èe]s|exc[ée]dant|"
                               r"d[ée]passant|pass[ée])\s*(?:les\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class DistanceTotal:
    """What a distance costs by a table giving a base for the first kilometres and a rate for each one beyond."""

    table: Table
    distance: int  # kilometres asked
    base_row: TableRow  # « Tarif de base pour les premiers 200 kilomètres » 35 $
    excess_row: TableRow  # « Frais pour chaque kilomètre excédant (+ de 200 km) » 0,15 $ /km
    threshold: int  # 200
    base: float
    rate: float
    total: float  # base + (distance - threshold) × rate, the distance beyond the threshold only
    other_rows: tuple[TableRow, ...] = ()  # the table's other rows, not computed (« Le coût réel du litre … »)


# several trips told apart (« deux fois avec mon auto : une fois 150 km …, pis une autre fois 265 km », « 3 mandats »)
_SEVERAL_TRIPS = re.compile(rf"\b(?:{spelled(2, 5)}|[2-5])\s+(?:fois|mandats|voyages|d[ée]placements|trajets)\b|"
                            r"\b(?:une\s+)?autre\s+(?:fois|mandat|voyage|d[ée]placement|trajet)\b", re.IGNORECASE)


def trip_totals(tables: Sequence[Table], question: str) -> list[DistanceTotal]:
    """The trips a question tells apart (``_SEVERAL_TRIPS``), one distance each, in its order (« une fois 150 km
    aller-retour, pis une autre fois 265 km »), each priced by :func:`distance_total`'s table: the base pays the first
    kilometres of each trip (Bourget Annexe W « Tarif de base pour les premiers 200 kilomètres »). Empty for one
    trip, a distance restated in parentheses (« 80 km (160 km aller-retour) ») or a rate asked."""
    if not _SEVERAL_TRIPS.search(question) or _PER_KM.search(question):
        return []
    distances = [m for m in _DISTANCE.finditer(question)
                 if not _THRESHOLD_BEFORE.search(question[:m.start()]) and question[:m.start()].count("(")
                 <= question[:m.start()].count(")")]
    if len(distances) < 2 or len(distances) != len(list(_DISTANCE.finditer(question))):
        return []
    trips = [distance_total(tables, question, int(m.group(1))) for m in distances]
    return trips if all(trips) and len({t.table.table_id for t in trips}) == 1 else []


def distance_total(tables: Sequence[Table], question: str, distance: int | None = None) -> DistanceTotal | None:
    """The first table with a base row (« … premiers 200 kilomètres ») and a rate row (« chaque kilomètre
    excédant ») priced in dollars, computed for the kilometres the question asks (« 260 km aller-retour »), or for
    ``distance`` (one of several trips)."""
    asked = _DISTANCE.search(question)
    if asked is None or _PER_KM.search(question) or _THRESHOLD_BEFORE.search(question[:asked.start()]):
        return None  # a rate asked (« combien par kilomètre au-delà de 200 km ? »), not a trip
    distance = int(asked.group(1)) if distance is None else distance
    for table in tables:
        base_row = next((r for r in table.rows if _BASE_ROW.search(r.label)), None)
        excess_row = next((r for r in table.rows if _EXCESS_ROW.search(r.label)), None)
        if base_row is None or excess_row is None or not base_row.cells or not excess_row.cells:
            continue
        base, rate = number_value(base_row.cells[0].split("/")[0]), number_value(excess_row.cells[0].split("/")[0])
        if base is None or rate is None or "$" not in base_row.cells[0] + excess_row.cells[0]:
            continue
        threshold = int(_BASE_ROW.search(base_row.label).group(1))
        total = round(base + max(0, distance - threshold) * rate, 2)
        others = tuple(r for r in table.rows if r is not base_row and r is not excess_row)
        return DistanceTotal(table, distance, base_row, excess_row, threshold, base, rate, total, others)
    return None


# --- a compensation set by a formula of the pupils over a group's maximum (Cris Annexe XII B) ---------------------

#: the formula as the index holds it (Cris Annexe XII B « C = 27 × N / Y × D × 1,20 $ »)
_OVERAGE_FORMULA = re.compile(r"\bC\s*=\s*(?P<factor>\d+(?:,\d+)?)\s*×\s*N\s*/\s*Y\s*×\s*D\s*×\s*"
                              r"(?P<rate>\d+(?:,\d+)?)\s*\$")
#: N's weights, by rank (« la première ou le premier élève excédentaire vaut 1, la ou le deuxième élève excédentaire
#: vaut 1,25 et les autres élèves excédentaires valent 1,5 chacune ou chacun »)
_PUPIL_WEIGHTS = re.compile(r"(?:la\s+premi[èe]re\s+ou\s+le\s+)?premi(?:ère|er) élève excédentaire vaut (?P<first>\d+(?:,\d+)?), la ou le deuxième "
                            r"élève excédentaire vaut (?P<second>\d+(?:,\d+)?) et les autres élèves excédentaires "
                            r"valent (?P<other>\d+(?:,\d+)?)[^.]*\.")
#: D's units and the days of a week it is divided by (« Cette durée s'exprime en nombre d'heures au préscolaire et au
#: primaire et en nombre de périodes de 50 minutes ou l'équivalent au secondaire multiplié par le nombre de jours
#: d'enseignement … divisé par 5. »)
_DURATION_UNITS = re.compile(r"[^.\n]*en nombre d'heures au préscolaire et au primaire et en nombre de périodes de "
                             r"(?P<minutes>\d+) minutes[^.\n]*?divisé par (?P<days>\d+)\.")
# the question's case: the pupils over the maximum (« deux élèves de plus que le maximum », « un élève de trop »), the
# days it lasted (« pendant 60 jours de classe ») and the teaching a week with that group (« 20 heures par semaine »,
# « 6 périodes de 50 minutes par semaine »)
_PUPILS_OVER = re.compile(rf"(?<![\w,])(?P<n>\d{{1,2}}|une?|{spelled(2, 10)})\s+élèves?\s+(?:de\s+trop|de\s+plus|"
                          r"en\s+trop|excédentaires?)", re.IGNORECASE)
_DAYS_OVER = re.compile(r"(?<![\w,])(?P<days>\d{1,3})\s+jours\b(?!\s+(?:par|ouvrables))", re.IGNORECASE)
_WEEK_LOAD = re.compile(r"(?<![\w,])(?P<count>\d{1,2}(?:,\d{1,2})?)\s+(?:(?P<hours>heures?|h)|p[ée]riodes\s+de\s+"
                        r"(?P<minutes>\d{2,3})\s+minutes)\s+(?:par|chaque|/)\s*semaine", re.IGNORECASE)
# the group's level: « au secondaire », « en maternelle », « en 4e année (du primaire) », « en première année »
_LEVEL_SECONDARY = re.compile(r"\bsecondaire\b", re.IGNORECASE)
_LEVEL_PRESCHOOL = re.compile(r"\bpr[ée]scolaire\b|\bmaternelle\b", re.IGNORECASE)
_GRADE = re.compile(r"\b(?:(?P<digit>[1-6])\s*(?:re|er|e|ère|ème|ieme|ième)|(?P<word>premi[èe]re|deuxi[èe]me|"
                    r"troisi[èe]me|quatri[èe]me|cinqui[èe]me|sixi[èe]me))\s+ann[ée]e\b", re.IGNORECASE)
_GRADE_WORDS = ("premi", "deuxi", "troisi", "quatri", "cinqui", "sixi")


@dataclass(frozen=True)
class OverageCompensation:
    """A compensation for pupils over a group's maximum computed by its annex's formula (Cris Annexe XII B:
    C = 27 × N / Y × D × 1,20 $), each term read from the annex and the question."""

    formula: str  # as the index holds it: « C = 27 × N / Y × D × 1,20 $ »
    factor: float  # 27
    rate: float  # 1,20
    weights_sentence: str  # N's weights, quoted
    pupils: int  # pupils over the maximum, as the question counts them
    weighted: float  # N: 1 + 1,25 + 1,5 × the others
    level: TableRow  # Y's row (« - Pour les groupes du niveau secondaire : » 30)
    level_table: Table
    divisor: float  # Y
    duration_sentence: str  # D's rule, quoted
    weekly: float  # the teaching a week with the group, in D's unit (hours, or periods of D's minutes)
    unit: str  # « heures » or « périodes de 50 minutes »
    days: int  # the days the overage lasted
    week_days: int  # 5
    duration: float  # D = weekly × days ÷ week_days
    total: float  # C, rounded to the cent
    caps: tuple[tuple[TableRow, float], ...]  # the annual limits of the ranks counted, if the annex gives them


def _grade_row(table: Table, question: str) -> TableRow | None:
    """Y's row for the group's level the question names (a row naming the level; for a grade of the primary, the row
    naming its ordinal, else the row of « autres années »); None when the level is not said."""
    def named(word: str) -> TableRow | None:
        return next((r for r in table.rows if word in strip_accents(r.label.lower())), None)
    if _LEVEL_SECONDARY.search(question):
        return named("secondaire")
    if _LEVEL_PRESCHOOL.search(question):
        return named("prescolaire")
    grade = _GRADE.search(question)
    if grade is None:
        return None
    number = int(grade.group("digit")) if grade.group("digit") else \
        next(i + 1 for i, w in enumerate(_GRADE_WORDS) if strip_accents(grade.group("word").lower()).startswith(w))
    return named(_GRADE_WORDS[number - 1]) or named("autres")


def overage_compensation(tables: Sequence[Table], text: str, question: str) -> OverageCompensation | None:
    """The compensation C of pupils over a group's maximum when ``text`` (the annex's stored text) holds its formula,
    N's weights and D's rule, ``tables`` the annex's table of Y by level (and its annual limits by rank), and the
    question the pupils over the maximum, the group's level, the days it lasted and the teaching a week; None when
    any term is missing (nothing guessed)."""
    formula, weights, rule = _OVERAGE_FORMULA.search(text), _PUPIL_WEIGHTS.search(text), _DURATION_UNITS.search(text)
    over, days, load = _PUPILS_OVER.search(question), _DAYS_OVER.search(question), _WEEK_LOAD.search(question)
    if not (formula and weights and rule and over and days and load):
        return None
    levels = next((t for t in tables if t.rows and all(number_value(r.cells[0]) is not None and "$" not in r.cells[0]
                                                       for r in t.rows if r.cells)), None)
    level = _grade_row(levels, question) if levels else None
    if level is None:
        return None
    said = over.group("n").lower()
    pupils = 1 if said in ("un", "une") else (int(said) if said.isdigit() else VALUES[said])
    first, second, other = (number_value(weights.group(g)) for g in ("first", "second", "other"))
    weighted = sum((first, second)[:pupils]) + other * max(0, pupils - 2)
    minutes = int(rule.group("minutes"))
    secondary = "secondaire" in strip_accents(level.label.lower())
    count = number_value(load.group("count"))
    if load.group("hours"):
        weekly = count * 60 / minutes if secondary else count
    else:
        weekly = count * int(load.group("minutes")) / (minutes if secondary else 60)
    week_days, y = int(rule.group("days")), number_value(level.cells[0])
    duration = weekly * int(days.group("days")) / week_days
    factor, rate = number_value(formula.group("factor")), number_value(formula.group("rate"))
    total = round(factor * weighted / y * duration * rate + 1e-9, 2)
    limits = next((t for t in tables if t is not levels and t.unit == "annual" and len(t.rows) == 3), None)
    caps = tuple((row, number_value(row.cells[0])) for row in (limits.rows if limits else ())[:min(pupils, 3)])
    if limits and pupils > 3:
        caps += tuple((limits.rows[2], number_value(limits.rows[2].cells[0])) for _ in range(pupils - 3))
    return OverageCompensation(formula.group(0), factor, rate, weights.group(0), pupils, weighted, level, levels, y,
                               rule.group(0).strip(), weekly, f"périodes de {minutes} minutes" if secondary else "heures",
                               int(days.group("days")), week_days, duration, total, caps)


def money(value: float) -> str:
    """A dollar amount as the agreements print it: « 44 $ », « 9,30 $ », « 1 356 $ »."""
    whole = f"{value:,.0f}".replace(",", " ") if value == int(value) else f"{value:,.2f}".replace(",", " ")
    return whole.replace(".", ",") + " $"


# --- wording ----------------------------------------------------------------------------------


# a column of an hourly table that pays something else than an hour (Bourget Annexe P C): « Période de nuit selon la
# clause 8-13.13 », a lump sum per night; « entre 61 minutes et 150 minutes »)
_NOT_AN_HOUR = re.compile(r"p[ée]riode|nuit|journ[ée]e|\b(?!60\b)\d+\s*minutes", re.IGNORECASE)


def per_unit(table: Table, column: int) -> str:
    """What one of the column's amounts pays: " par année", " l'heure", " par période" (a column of an hourly
    table naming another period: its amount is not an hourly rate), else ""."""
    header = table.column_headers[column] if 0 <= column < len(table.column_headers) else ""
    if table.unit == "hourly" and _NOT_AN_HOUR.search(header):
        return " par période" if re.search(r"p[ée]riode", header, re.IGNORECASE) else ""
    return {"annual": " par année", "hourly": " l'heure"}.get(table.unit, "")


def format_cell_answer(answer: CellAnswer) -> str:
    """"**60 293 $** par année — Annexe M, échelon 12, colonne « 1er avril 2013 »" plus notes."""
    table, row = answer.table, answer.row
    per = per_unit(table, answer.column)
    where = [table.annex_or_clause]
    section = table.section.strip(" -")
    if section and not section.endswith(":") and len(section.split()) <= _SECTION_WORDS:
        where.append(section)  # which of the annex's tables (« C) Surveillance de nuit »), a heading, not a sentence
    if table.subtitle:
        where.append(table.subtitle)
    if table.echelon_rows:
        where.append(f"échelon {row.label}")
    else:
        where.append(f"ligne « {row.label} »")
    column = f"colonne « {answer.column_label} »" if answer.column_label else ""
    column_date = table.column_date(answer.column)
    if column and column_date and french_date(column_date) != answer.column_label:
        column += f" ({french_date(column_date)})"
    if column:
        where.append(column)
    text = f"**{with_unit(table, answer.value)}**{per} — {', '.join(where)}"
    if answer.note:
        text += f" ; {answer.note}"
    for warning in answer.warnings:
        text += f" (valeur à vérifier dans le texte : {warning})"
    for footnote in answer.footnotes:
        text += f"\n\nNote : {_without_marker(footnote)}"
    return text


def format_cell_answers(answers: Sequence[CellAnswer]) -> str:
    """One answer as is; several as a list (footnotes once, after the list)."""
    if not answers:
        return ""
    if len(answers) == 1:
        return format_cell_answer(answers[0])
    lines, notes = ["Plusieurs valeurs correspondent à la question :"], []
    for answer in answers:
        lines.append("- " + format_cell_answer(
            CellAnswer(answer.table, answer.row, answer.column, answer.column_label, answer.value, (), answer.note,
                       answer.period, answer.warnings)))
        notes.extend(n for n in answer.footnotes if n not in notes)
    return "\n".join(lines) + "".join(f"\n\nNote : {_without_marker(n)}" for n in notes)


def _without_marker(footnote: str) -> str:
    return re.sub(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*", "", footnote)


# --- placement --------------------------------------------------------------------------------


def placement(years_schooling: int, years_experience: int, table: Table, doctorate: bool = False,
              echelon_told: bool = False) -> Placement:
    """The échelon given by the table's footnote rule, step by step (see the module docstring). ``echelon_told``: the
    question gave the experience as its échelon (``years_experience`` + 1), which the first step then quotes from the
    rule's head instead of counting years."""
    rule = next((f for f in table.footnotes if re.search(r"[ée]chelon correspondant [àa] son exp[ée]rience",
                                                         f, re.IGNORECASE)), None)
    if rule is None:
        return Placement(None, (), f"Aucune règle de classement n'accompagne ce tableau ({_table_name(table)}).")
    steps = [PlacementStep(f"Échelon correspondant à votre expérience (selon votre question) : échelon "
                           f"{years_experience + 1}.", _without_marker(rule.split("\n")[0]))
             if echelon_told else _experience_step(table, years_experience)]
    echelon = years_experience + 1
    extra = _schooling_bonus(rule, years_schooling, doctorate)
    if extra is None:
        steps.append(PlacementStep(
            f"La note ne prévoit pas d'échelon additionnel pour une scolarité de {years_schooling} ans.",
            _without_marker(rule.split("\n")[0])))
    else:
        bonus, line = extra
        echelon += bonus
        steps.append(PlacementStep(f"Scolarité de {years_schooling} ans : + {bonus} échelons.", line))
    top = max((int(r.label) for r in table.rows if r.label.isdigit()), default=None)
    if top is not None and echelon > top:
        steps.append(PlacementStep(f"Le tableau s'arrête à l'échelon {top} : échelon {top}.",
                                   f"{table.annex_or_clause}, dernier échelon : {top}"))
        echelon = top
    return Placement(echelon, tuple(steps), f"Échelon {echelon} ({_table_name(table)}).")


def _experience_step(table: Table, years_experience: int) -> PlacementStep:
    definition = EXPERIENCE_ECHELON_DEFINITIONS.get(table.doc)
    text = (f"{years_experience} année(s) d'expérience reconnue(s) : échelon d'expérience "
            f"{years_experience + 1} (l'année d'expérience en voie d'acquisition)")
    if definition:
        return PlacementStep(text + f", clause {definition[0]}.", definition[1])
    return PlacementStep(text + " ; la convention ne définit pas ici l'échelon d'expérience : hypothèse à vérifier.",
                         "")


def _schooling_bonus(rule: str, years: int, doctorate: bool) -> tuple[int, str] | None:
    """Échelons added for a schooling, with the footnote line that says so."""
    best = None
    for match in _PLACEMENT_STEP.finditer(rule):
        bonus, level, or_more, doctor = int(match.group(1)), int(match.group(2)), match.group(3), match.group(4)
        if years != level and not (or_more and years > level):
            continue
        if doctor and (doctor.lower() == "avec") != doctorate:
            continue
        best = (bonus, match.group(0).strip(" -;"))
    return best


def schooling_levels(table: Table) -> list[tuple[int, bool, str]]:
    """The schoolings the table's placement rule lists (years, with a doctorate, its line verbatim): Annexe M note 14
    gives 17, 18, 19 without and 19 with a doctorate; [] without such a rule."""
    rule = next((f for f in table.footnotes if re.search(r"[ée]chelon correspondant [àa] son exp[ée]rience",
                                                         f, re.IGNORECASE)), None)
    return [(int(m.group(2)), (m.group(4) or "").lower() == "avec", m.group(0).strip(" -;"))
            for m in _PLACEMENT_STEP.finditer(rule or "")]


def _table_name(table: Table) -> str:
    return ", ".join(p for p in (table.annex_or_clause, table.subtitle) if p)


# --- words ------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return strip_accents(text or "").lower().replace("’", "'")


def _stem(word: str) -> str:
    """Plural and feminine endings off: "techniciennes" -> "technicien", "animatrice" -> "animateur",
    "appariteure" -> "appariteur"."""
    word = _fold(word)
    if len(word) > 3 and word.endswith(("s", "x")):
        word = word[:-1]
    for ending, replacement in (("trice", "teur"), ("enne", "en"), ("euse", "eur"), ("eure", "eur"), ("iere", "ier"),
                                ("ere", "er"), ("elle", "el")):  # « appariteure », « professeure » (not « heure »)
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + replacement
    if word.endswith("ee"):  # spécialisée, qualifiée
        return word[:-1]
    if len(word) > 5 and word.endswith("e") and word[-2] in "tdl":  # enseignante, spécialisée stays
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[\w-]+", _fold(text)) if not w.isdigit()]


@lru_cache(maxsize=1 << 12)
def _name_words(job_class: str) -> tuple[str, ...]:
    """``_words`` of a job class name (cached: every amount question reads every class name)."""
    return tuple(_words(job_class))


@lru_cache(maxsize=1 << 12)
def _class_words(job_class: str) -> tuple[str, ...]:
    """The words ``class_match`` compares: the name without its parentheses and stop words (cached)."""
    return tuple(w for w in _words(re.sub(r"\([^()]*\)", "", job_class)) if w not in _STOPWORDS)


# --- the words of named-row lookups (after ``_words``, which builds them) -----------------------

# a scale named by its year (« avec l'échelle de 2014 », « l'échelle salariale de 2013 »): the column in force at that
# year's end, the one that year brought (not a school year: « l'échelle de 2013-2014 » is read as one)
# (« échelle 2014 » without a preposition too: DEV Q989 « échelon 7, échelle 2014 » read both 2013's and 2014's columns)
_SCALE_OF_YEAR = re.compile(r"\b[ée]chelles?\s+(?:salariales?\s+|de\s+traitement\s+|annuelles?\s+)?(?:(?:de|du|d'|en|au|pour)"
                            r"\s*|(?=(?:19|20)\d\d))(?:1er\s+avril\s+)?(?:19|20)\d\d\b(?!\s*[-/]\s*\d)", re.IGNORECASE)
_SECTION_WORDS = 11  # hand-set: a section heading said in a cell's answer, the case the amount is for (Annexe P's « A)
# Taux horaire de l'enseignant suppléant à court terme ou occasionnel » has 11 words, the longest heading: Q861's key
# fact; Annexe N's « B) Échelles annuelles, salarié éducateur professionnel à temps complet » 9); longer is a sentence
# (Cris 13-2.03 « A) L'enseignante … ci-après : », also left out for its colon)
_ROOT = 8  # hand-set: letters a word's root keeps (« professionnel » and « professeur » stay apart, 7 would join them)
_CALENDAR_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ORDINAL = re.compile(r"\b(\d{1,3})\s*(?:e|er|re|eme|ieme)\b")
_BEFORE_DAY = re.compile(r"\bavant\s+(?:le\s+)?(\d{1,3})\s*(?:e|eme|ieme)\s+jour\b")
# a working day said as the one it follows (« après le 140e jour », « passé le 140e jour », « au-delà du 140e jour »,
# « le lendemain du 140e jour », « une fois le 140e jour passé »): the day after it (« 141e jour »), read on folded text
_AFTER_DAY = re.compile(r"\b(?:apres|passe|au-dela\s+du|lendemain\s+du|suite\s+au)\s+(?:le\s+|du\s+)?(\d{1,3})\s*(?:e|eme|ieme)"
                        r"(\s+jour\b)|\b(?:une\s+fois\s+)?le\s+(\d{1,3})\s*(?:e|eme|ieme)(\s+jour\b[^.?!,]{0,60}?)"
                        r"\s+(?:passe|ecoule|franchi|termine)e?\b")
# the working day a row's period starts on (« À compter du 141e jour de travail … »), read on folded text
_STARTING_DAY = re.compile(r"\ba\s+compter\s+du\s+(\d{1,3})\s*(?:e|eme|ieme)\s+jour\b")


def _day_after(folded: str, starts: set[int]) -> str:
    """A folded question with a working day said as the one it follows read as the next (``_AFTER_DAY``), when the
    next is a day a period starts on (``starts``: the table's « à compter du 141e jour »): « après le 140e jour de
    travail de 2005-2006 » → « à compter du 141e jour de travail de 2005-2006 »; « après le 141e jour » (said of
    the starting day itself) stays as said."""
    def following(m: re.Match[str]) -> str:
        n, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return f"a compter du {int(n) + 1}e{rest}" if int(n) + 1 in starts else m.group(0)
    return _AFTER_DAY.sub(following, folded)


_MEALS = ((r"\bmidi\b|lunch", "diner"), (r"\bsoir\b", "souper"), (r"\bmatin\b", "dejeuner"))
# words of every amount question or every row of these tables: they name no table (stemmed by ``_words``)
_GENERIC = frozenset(_words(
    "enseignant enseignante combien montant quel quelle quoi reçoit reçois recevoir reçu année annuel annuelle "
    "scolaire jour travail compter jusqu clause annexe article suit suivant suivante remplace remplacée commission "
    "collège cri crie cs chez salaire traitement somme dollar chaque ci-après ci-haut fixé prévu suis fais fait "
    "été être avoir ça tu il elle nous vous leur ses son sa dans comme mon ma mes ton ta tes depuis quand si ces cet "
    "cette là ici accord convention entente collective peut pouvoir après selon heure pendant durant lors "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre mois "
    "journée complète entière demi-journée minutes "
    "donne donnerait rapporte pis ai chu "
    # « je devrais recevoir combien ? »; « les activités sportives », what an animation section pays (« Animation
    # sportive, culturelle et autres »): no table's heading names activities as such
    "devrais devrait devrai activité activités "
    # the future and what one may or must get said with an auxiliary (« je vais recevoir », « je pourrais avoir »)
    "vais vas va vont allais allait pourrais pourrait dois doit "
    # a total asked in everyday words (« ça me donne combien en tout ? », « ça m'a rapporté combien au total ? »)
    "tout total rapporté rapporter touche touché toucher "
    # a count said in words (« deux périodes de surveillance de nuit »): read apart, it names no table
    "deux trois quatre cinq six sept huit neuf dix "
    # « en tant que suppléante » says who asks, as « comme » does
    "tant "
    # être, avoir and faire in the past, conditional and future (« je faisais … j'étais payé combien »), and the
    # seasons, a time asked like a month (« à l'automne 2013 »): they name no table either
    "étais était étaient serais serait sera faisais faisait faisaient ferais ferait fera avais avait aurais aurait "
    "aura automne hiver printemps "
    # the agreements' other names, as « collège » and « cri » above; « le dernier taux », « le plus récent »: the
    # latest row is given unless a date is asked, so they name no table
    "bourget cncec dernier dernière derniers dernières récent récente récents plus actuel actuelle"))  # how teachers ask (« ça donne combien », « j'ai », « pis »)  # a duration asked is read apart (``asked_duration``)
# who does a task named as the task (« l'animateur » of « Animation sportive », « animatrice » stemmed to « animateur »)
_AGENT = re.compile(r"ateur$")
# a verb in the imperfect or the conditional said as its noun (« le Ministère ajoutait combien au total » names the
# column « Ajout total », as « ajouté », stemmed to « ajout », does)
_IMPERFECT = re.compile(r"(?<=\w{4})(?:aient|ait|ais)$")
_GENERIC_PREFIX = re.compile(r"pa[iy]|gagn|remun|.*\d")  # paye, gagne, rémunéré; years, clause numbers


# a count of paid units (« 2 nuits », « trois journées », « 40 heures », « 12 périodes »): each of several such counts
# may be told with its own date (``dated_counts``)
_UNIT_COUNT = re.compile(rf"(?<![\w,.])(?P<n>\d{{1,3}}(?:,\d{{1,2}})?|{spelled(2, 16, 20)})\s+"
                         r"(?P<unit>nuits?|heures?|jours?|journ[ée]es?|p[ée]riodes?|s[ée]ances?)\b"
                         r"(?!\s*(?:/|et\s+(?:demie|quart)|par\b|chaque\b|de\s+(?:plus|moins)\b))", re.IGNORECASE)
# a count without its unit right before a date (« …, 3 en avril 2014 »): the unit of the count said before it
_BARE_COUNT = re.compile(rf"(?<![\w,.])(?P<n>\d{{1,3}}(?:,\d{{1,2}})?|{spelled(2, 16, 20)})(?P<unit>)\s+(?=(?:en|au|dans|"
                         rf"durant|pendant)\s+(?:{MONTH_PATTERN}|(?:19|20)\d\d|l'automne|l'hiver|l'[ée]t[ée]|le\s+mois)\b)",
                         re.IGNORECASE)
# where a sentence ends (a date's « 1er » or a rate's « 36,47 » never does)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@dataclass(frozen=True)
class DatedCount:
    """One count of units a question tells with its own date: the number, as written, and the question read with
    that count alone among the counts (its date the only one), for the lookup of the cell in force then."""

    number: float
    said: str  # « 2 nuits »
    unit: str  # folded, singular: « nuit », « heure », « jour », « journee », « periode », « seance »
    when: str  # the words of its date, as written (« mars 2014 »)
    question: str


def _date_words(query: AmountQuery) -> tuple | None:
    """The date a parsed piece of question asks (a day, a month, a season, a school or calendar year), None when none."""
    found = (query.when, query.month, query.span, query.school_year, query.year)
    return found if any(f is not None for f in found) else None


def dated_counts(question: str) -> list[DatedCount]:
    """The counts of one unit the question tells apart, each with its own date (« j'ai fait 2 nuits à la fin de mars
    2014 pis 3 nuits en avril 2014 », « en octobre 2007, 12 heures ; en mai 2008, 20 heures »): each count read with the
    words up to the next count (the date after it), else with the words since the count before (the date before it),
    in the sentence telling them. Empty unless at least two counts of the same unit each have a date, the dates
    differing (one date for all is one count: the existing total of a count)."""
    counts = list(_UNIT_COUNT.finditer(question))
    if counts:  # « 2 nuits en mars 2014, 3 en avril 2014 »: a bare count before a date counts the unit said before it
        taken = [(m.start(), m.end()) for m in counts]
        counts += [m for m in _BARE_COUNT.finditer(question, counts[0].end())
                   if not any(a <= m.start() < b for a, b in taken)]
        counts.sort(key=lambda m: m.start())
    if len(counts) < 2 or len({_fold(m.group("unit") or counts[0].group("unit")).rstrip("s") for m in counts}) != 1:
        return []
    ends = [e.start() + 1 for e in _SENTENCE_END.finditer(question)]
    first, last = counts[0].start(), counts[-1].end()
    start = max((e for e in ends if e <= first), default=0)
    stop = min((e for e in ends if e >= last), default=len(question))
    if any(first < e < last for e in ends):
        return []  # counts in two sentences: not one telling
    for after in (True, False):
        span = (first, stop) if after else (start, last)
        pieces, dates = [], []
        for k, match in enumerate(counts):
            if after:
                piece = question[match.start(): counts[k + 1].start() if k + 1 < len(counts) else stop]
            else:
                piece = question[counts[k - 1].end() if k else start: match.end()]
            asked = parse_amount_question(piece)
            if _date_words(asked) is None:
                break
            said, unit = _fold(match.group("n")), match.group("unit") or counts[0].group("unit")
            number = float(VALUES[said]) if said in VALUES else float(said.replace(",", "."))
            alone = question[:span[0]] + piece + question[span[1]:]
            pieces.append(DatedCount(number, f"{match.group('n')} {unit}", _fold(unit).rstrip("s"),
                                     asked.date_or_year or piece.strip(), alone))
            dates.append(_date_words(asked))
        else:
            if len(set(dates)) == len(dates):
                return pieces
    return []
