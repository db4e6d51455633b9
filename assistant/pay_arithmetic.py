"""Amounts an agreement's own pay rules compute from a salary scale's cell: a pay, a day's deduction.

A teacher asks an amount that is no cell but a cell put through a rule the agreement writes: « combien je reçois
sur chaque paie à l'échelon 10 ? » (Bourget 7-7.02 « Chaque versement est au montant d'un vingt-sixième (1/26e) du
traitement annuel … »), « combien on me coupe pour une journée d'absence ? » (7-8.04 « Le Collège déduit 1/200e
(enseignant et animateur) ou, selon le cas, 1/260e (salarié éducateur non-enseignant) par jour de travail (lire
1/400e ou 1/520e par demi-journée … 1/1000e … pour chaque heure de travail) du traitement annuel … »).
:class:`PayArithmetic` (a mixin of :class:`assistant.lookups.DirectAnswers`) adds to the amount lookup's answer,
right under the annual cell(s) it gives, each cell divided as the rule says, the arithmetic shown and the rule's
sentence quoted and cited; « combien vaut une journée ? » gets the day's pay the agreement defines (1-2.74, read by
``AmountAnswers.day_share``, which also answers « par jour »). Every fraction is read from the agreement's own
sentence (``_INSTALMENT``, ``deduction_shares``), in the cell's agreement only: an agreement writing no such rule gets nothing computed (the Cris
agreement writes neither). Only annual scales are divided (7-7.01: the pay « rémunéré selon les échelles annuelles »);
the share of a non-teaching scale (« non-enseignant » in its title or section) is the non-teaching one.

Other periods: a normal week of an hourly scale is its rate times the hours its class's title gives (Bourget Annexe N
« Technicien de travaux pratiques (37,5 heures/semaine) », asked « pour une semaine normale de travail » or « par
semaine » of full-time work), the title cited; an annual salary the teacher states, a day's pay asked, is put through
the one fraction a sentence of the first passages pays for each day (Cris 6-7.03 F) « … payé à raison de 1/200 du
traitement annuel applicable pour chaque jour de travail … », ``_salary_share``, a lookup of its own). Two rows of a
table by school year shown, a change asked (Cris 6-6.01's first and last supplement), get their difference
(``_rows_change``).

``spelled_echelons`` writes out the second échelon of a range (« de l'échelon 11 à 12 », « entre les échelons 11 et
12 », « du 11e au 12e échelon ») so that the amount lookup sets both cells side by side with their difference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Sequence

from ingest.bm25 import tokenize
from ingest.tables import Table, number_value
from ingest.types import Chunk

from .amount_answers import DayShare, period_note  # a day's pay; the note saying a pay period's amount is not computed
from .colloquial import expand
from .deadlines import french_number
from .drafts import Draft, LookupParams, fold, one_line
from .tables import asks_change, money, stated_amounts
from .types import Answer, Hit, ShownTable


@dataclass(frozen=True)
class PayParams:
    """The hand-set numbers of pay arithmetic."""

    max_cells: int = 4  # hand-set: a rule is applied to at most this many cells asked (an échelon beside another in
    # a date's columns); a whole scale shown is no cell asked


_PAY_PARAMS = PayParams()
_PAY_TITLE = "Montant d'une paie"

# the question asks one pay's amount (« sur chaque paie », « par paie », « ma paie », « par versement », « chaque
# chèque de paie », « ma paye aux deux semaines », « chacune de mes paies brutes »), not the annual pay (« ma paye annuelle »); a count (« combien de
# paies ») is ``_COUNT_ASKED``, a date (« la paie est versée quand ») gets no amount lookup
_PER_PAY = re.compile(r"\b(?:(?:par|chaque|sur\s+(?:ma|mon|chaque|une)|ma|mon|une|chacune\s+de\s+mes|chacun\s+de\s+mes)\s+"
                      r"(?:paie|paye|versement|"
                      r"ch[èe]que(?:\s+de\s+pa[iy]e)?)s?\b(?!\s+(?:annuel|de\s+l'ann[ée]e|par\s+ann[ée]e))|"
                      r"\b(?:aux|par)\s+(?:deux|2)\s+semaines\b)", re.IGNORECASE)
# ... unless it asks what is taken off a pay (« combien on me déduit de ma paie pour la cotisation syndicale »)
_TAKEN_OFF_PAY = re.compile(r"\b(?:coup\w*|d[ée]dui\w*|pr[ée]l[èe]v\w*|cotisation\w*|imp[ôo]ts?)\b", re.IGNORECASE)
# the agreement's sentence setting each pay as a fraction of the annual salary (Bourget 7-7.02), and the one counting
# the pays (7-7.01 « … payé en vingt-six (26) versements égaux, tous les deux (2) jeudis »)
_INSTALMENT = re.compile(r"\bchaque\s+versement\b[^.;]*?\b1/(\d+)e?\b[^.;]*?\btraitement\s+annuel", re.IGNORECASE)
_INSTALMENTS = re.compile(r"\((\d+)\)\s+versements\s+[ée]gaux", re.IGNORECASE)
# the question asks what an absence takes off the pay: a deduction word, or « absence » with « combien »
_DEDUCTION_ASKED = re.compile(r"\b(?:coup\w*|d[ée]dui\w*|d[ée]duction|retenu\w*|retien\w*|enl[èe]v\w*|perd\w*|"
                              r"co[uû]t\w*|absen\w*|sans\s+(?:traitement|salaire|solde|paie))\b", re.IGNORECASE)
# the length absent, the longest first: « demi-journée », « heure », « journée » / « jour »
_ABSENT_LENGTH = (("demi-journée", re.compile(r"\bdemi[- ]journ[ée]e|\b1/2\s+journ[ée]e|\bune\s+demie\b", re.IGNORECASE)),
                  ("heure", re.compile(r"\b(?:une|1)\s+heure\b|\bpar\s+heure\b", re.IGNORECASE)),
                  ("jour", re.compile(r"\bjourn[ée]e\b|\bjour\b", re.IGNORECASE)))
# a day asked (« combien vaut une journée de travail ? »): a day's pay, when no deduction is asked
_ONE_DAY = re.compile(r"\b(?:une|d'une|la|chaque)\s+journ[ée]e\b|\bun\s+jour\b", re.IGNORECASE)
# the agreement's sentence deducting fractions of the annual salary per day, half day and hour (Bourget 7-8.04), and
# where each length's fractions end in it
_DEDUCTION = re.compile(r"\bd[ée]dui[a-z]*\s+1/\d+e?\b.*?\btraitement\s+annuel", re.IGNORECASE | re.DOTALL)
_LENGTH_END = {"jour": re.compile(r"\bpar\s+jour\b", re.IGNORECASE),
               "demi-journée": re.compile(r"\bpar\s+demi-journ[ée]e\b", re.IGNORECASE),
               "heure": re.compile(r"\bpour\s+chaque\s+heure\b", re.IGNORECASE)}
_FRACTION = re.compile(r"\b1/(\d+)e?\b(?:\s*\(([^)]*)\))?")
# a count asked (« combien de paies dans l'année », « combien de jours d'absence »): no amount computed
_COUNT_ASKED = re.compile(r"\bcombien\s+(?:de\s+|d')(?:paies?|payes?|versements?|jours?|journ[ée]es?|heures?|demi)", re.IGNORECASE)
# a part giving a cell's amount (« **52 298 $** par année — … », « - **46 965 $** … »), not a heading (« **Classement** »)
_CELL_LINE = re.compile(r"(?:- )?\*\*\d")
# unpaid, said of the absence whose deduction is asked (« une journée d'absence sans traitement, on me coupe combien ? »):
# no exclusion of the amount lookup (« congé sans traitement » asks no scale's cell), see ``unpaid_absence_asked``
_UNPAID = re.compile(r"\bsans\s+(?:traitement|salaire|solde|paie|paye)\b", re.IGNORECASE)
_NON_TEACHING = ("non-enseignant", "professionnel", "soutien")
# a day's pay asked by the day (« combien par jour de travail ? », « pour chaque jour »)
_PER_DAY = re.compile(r"\b(?:par|chaque|pour\s+chaque)\s+jour(?:n[ée]e)?\b", re.IGNORECASE)
# a sentence paying a fraction of the annual salary for each day (Cris 6-7.03 F) « … est payé à raison de 1/200 du
# traitement annuel applicable pour chaque jour de travail ainsi effectué »): a pay (« payé », « rémunéré », « versé »),
# not a deduction (6-4.42 « Le Collège déduit … 1/260e de son traitement total annuel par journée ouvrable … »)
_SHARE_PER_DAY = re.compile(r"\b(?:pay|r[ée]mun[ée]r|vers)[ée]e?s?\s+[àa]\s+raison\s+(?:de\s+|d'un\s+[\w-]+\s+\()1/(\d{2,4})"
                            r"e?\)?\s+(?:du|de\s+son)\s+traitement\s+(?:total\s+)?annuel\b[^.;]*?\b(?:pour\s+chaque|par)\s+"
                            r"jour", re.IGNORECASE)
# whom a rule's paragraph pays (6-7.03 F) « … la Commission paie, à la suppléante ou au suppléant occasionnel qui la ou
# le remplace durant ces 20 jours, … »): a fraction paid only to that person when the question names them
_PAID_TO = re.compile(r"\b(?:paie|verse|r[ée]mun[èe]re|accorde)\s*,?\s+(?P<who>(?:à|aux?)\s+[^,;.]+)", re.IGNORECASE)
# an annual salary the question states (« mon traitement annuel … serait de 58 000 $ », « 58 000 $ par année »)
_ANNUAL_SAID = re.compile(r"\b(?:traitement|salaire)\s+annuel|\bpar\s+(?:an|ann[ée]e)\b|\bannuellement\b", re.IGNORECASE)
# a normal week's pay asked without its hours (« pour une semaine normale de travail, je gagnais combien ? »), not a
# length of time (« une semaine de vacances », « dans une semaine »); « par semaine » only said of full-time work
# (« à temps plein … combien par semaine ? »): the title's hours are a full-time week's, and a week asked alone of an
# hourly scale is said not computed (tests/unit/test_amount_everyday.py)
_WEEK_ASKED = re.compile(r"\b(?:une|la|ma|chaque|d'une)\s+semaine\s+(?:normale|compl[èe]te|r[ée]guli[èe]re|enti[èe]re|"
                         r"de\s+travail)\b|\bsemaine\s+normale\b", re.IGNORECASE)
_PER_WEEK_FULL_TIME = re.compile(r"\b(?:par\s+semaine|hebdomadaire)\b.*\b[àa]\s+temps\s+(?:plein|complet)\b|"
                                 r"\b[àa]\s+temps\s+(?:plein|complet)\b.*\b(?:par\s+semaine|hebdomadaire)\b", re.IGNORECASE)
# the normal week a scale's title gives its job class (Bourget Annexe N « Technicien de travaux pratiques (37,5
# heures/semaine) (rf. #4209) »)
_TITLE_WEEK = re.compile(r"\((\d{1,2}(?:,\d{1,2})?)\s*heures?\s*/\s*semaine\)", re.IGNORECASE)
# a week's amount the answer already computed from the hours the question states (« je fais 20 heures par semaine »)
_WEEK_COMPUTED = " par semaine : "
_LENGTH_WORDS = {"jour": "une journée d'absence", "demi-journée": "une demi-journée d'absence",
                 "heure": "une heure d'absence"}

# a sentence paying days a bank leaves unused at a share of the scale (Bourget 6-3.04 « La banque annuelle de congés de
# maladie de dix (10) jours ouvrables d'absences, prévue à la clause 6-3.02, est monnayable, … à raison de soixante pour
# cent (60 %) de l'échelle de traitement applicable lorsqu'un ou ces jours sont non utilisés. »): the bank named before
# the verb, the percentage, and the days the bank holds
_CASHED_DAYS = re.compile(r"(?P<bank>(?:[^.;]|\.(?=\d))*?\bjours?\b(?:[^.;]|\.(?=\d))*?)\b(?:est|sont)\s+"
                          r"(?:monnayables?|rembours[ée]e?s?)\b[^.;]*?"
                          r"\((?P<percent>\d{1,3}(?:,\d+)?)\s*%\)\s+(?:de\s+l'[ée]chelle|du\s+traitement)\b[^.;]*",
                          re.IGNORECASE)
_BANK_DAYS = re.compile(r"\((\d{1,2})\)\s+jours\b", re.IGNORECASE)
# days the question says were left unused (« je n'ai pris aucune de mes dix journées », « il me reste 4 jours de maladie »,
# « 3 jours non utilisés », « j'ai pas pris mes congés de maladie ») and how many (« dix journées », « 4 jours »)
_UNUSED_DAYS = re.compile(r"\bnon\s+(?:utilis|pris)|\bpas\s+(?:\w+\s+){0,2}(?:utilis|pris)|\baucun(?:e)?\b|"
                          r"\b(?:me|m'en|en)\s+rest(?:e|ait|ent|aient|era)\b|\brestants?\b|\bsauv[ée]s?\b",
                          re.IGNORECASE)
_DAY_COUNT = re.compile(r"(?<![\w,.])(\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:\w+\s+){0,1}"
                        r"(?:jours?|journ[ée]es?|cong[ée]s?)\b", re.IGNORECASE)
# words of a bank's name that name no bank (« la banque annuelle … de dix (10) jours ouvrables … prévue à la clause »)
_NOT_BANK_WORDS = frozenset(tokenize("banque annuelle jours jour ouvrables prévue clause absences"))


# a range of échelons whose second is written without the word (« de l'échelon 11 à 12 », « échelons 11 et 12 »),
# not followed by a unit (« à l'échelon 11 à 12 ans », « et 3 jours »)
_RANGE = re.compile(r"\b([ée]chelon)s?\s+(\d{1,2})\s+(à|au|et|vers|puis)\s+(?:l'|le\s+)?(\d{1,2})\b"
                    r"(?!\s*(?:%|\$|ans?\b|années?\b|jours?\b|heures?\b|h\b|semaines?\b|mois\b|e\b|er\b|i?[èe]me|ᵉ|,\d))",
                    re.IGNORECASE)
_ORDINAL_RANGE = re.compile(r"\b(\d{1,2})\s*(?:e|er|i?[èe]me|ᵉ)\s+(à|au|et)\s+(?:l'|le\s+)?(\d{1,2})\s*(?:e|er|i?[èe]me|ᵉ)"
                            r"\s+([ée]chelon)", re.IGNORECASE)


def spelled_echelons(question: str) -> str:
    """``question`` with the second échelon of a range written with its word (« de l'échelon 11 à 12 » -> « de
    l'échelon 11 à l'échelon 12 », « du 11e au 12e échelon » -> « du échelon 11 au échelon 12 »), as the amount
    lookup reads two échelons; unchanged otherwise."""
    question = _ORDINAL_RANGE.sub(lambda m: f"{m.group(4)} {m.group(1)} {m.group(2)} {m.group(4)} {m.group(3)}", question)
    return _RANGE.sub(lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)} {m.group(1).lower()} {m.group(4)}", question)


def unpaid_absence_asked(question: str) -> str:
    """``question`` without its « sans traitement » (« sans salaire », « sans solde ») when it asks how much a length
    of unpaid absence takes off the pay (« une journée d'absence sans traitement, on me coupait combien ? »: a cell put
    through the deduction rule), so that the amount lookup reads its scale's cell; unchanged otherwise (« combien de
    jours sans traitement », « un congé sans traitement, c'est quoi ? », no length absent named)."""
    if not _UNPAID.search(question) or _COUNT_ASKED.search(question) or not re.search(r"\bcombien\b", question, re.IGNORECASE):
        return question
    if not any(pattern.search(question) for _, pattern in _ABSENT_LENGTH):
        return question
    return re.sub(r"\s{2,}", " ", _UNPAID.sub(" ", question))


def cents(value: Decimal) -> Decimal:
    """An amount rounded to the cent as a pay is (half up: 174,195 $ -> 174,20 $)."""
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def non_teaching(table: Table) -> bool:
    """Whether ``table`` is a scale of non-teaching staff (« non-enseignant » in its title or section)."""
    return "non-enseignant" in fold(f"{table.title} {table.section}")


def deduction_shares(sentence: str) -> dict[tuple[str, bool], int]:
    """The fractions of the annual salary a deduction sentence takes for each length absent (« jour »,
    « demi-journée », « heure ») and staff (non-teaching or not), read in its text: each length's fractions are those
    before its words (« par jour », « par demi-journée », « pour chaque heure »), each said of the staff its
    parenthesis names, else of the day's staff in the same order (« lire 1/400e ou 1/520e par demi-journée »)."""
    found = _DEDUCTION.search(sentence)
    if found is None:
        return {}
    body, start, shares = found.group(0), 0, {}
    day_staff: list[bool] = []
    for length, end in _LENGTH_END.items():
        ended = end.search(body, start)
        if ended is None:
            continue
        for n, fraction in enumerate(_FRACTION.finditer(body, start, ended.start())):
            named = fold(fraction.group(2) or "")
            staff = any(w in named for w in _NON_TEACHING) if named else \
                day_staff[n] if n < len(day_staff) else None
            if staff is None:
                continue
            if length == "jour":
                day_staff.append(staff)
            shares.setdefault((length, staff), int(fraction.group(1)))
        start = ended.end()
    return shares


@dataclass(frozen=True)
class PayRule:
    """A rule found for a question: the fraction of the annual salary, what it is, the sentence quoted."""

    share: int  # the divisor: 26 for « un vingt-sixième (1/26e) »
    title: str  # what is computed: « Montant d'une paie », « Déduction pour une journée d'absence »
    what: str  # said after each amount: « par paie, avant les retenues », « pour une journée d'absence »
    chunk: Chunk
    sentence: str  # verbatim in chunk.text
    also: tuple[tuple[Chunk, str], ...] = ()  # other sentences stating the same share (7-7.01's 26 pays, 1-2.74's day)


@dataclass(frozen=True)
class CashedDays:
    """Days of a bank left unused, paid at a share of the scale (Bourget 6-3.04): how many, the percentage, the day's
    pay (``AmountAnswers.day_share``) and the paying sentence quoted."""

    days: int
    percent: Decimal  # 60 for « soixante pour cent (60 %) »
    percent_said: str  # as written (« 60 »)
    day: DayShare
    chunk: Chunk
    sentence: str  # verbatim in chunk.text


@dataclass(frozen=True)
class NormalWeek:
    """The hours of a job class's normal week, read in its scale's title, and that title's passage."""

    hours: Decimal
    said: str  # as the title writes them (« 37,5 »)
    chunk: Chunk
    quote: str  # the title, verbatim in chunk.text


@dataclass(frozen=True)
class AskedCell:
    """One cell the amount answer gives (of a scale, or a named row): its value and where it was read."""

    value: Decimal
    shown: str  # as shown (« 56 585 $ »)
    row: str  # the échelon
    column: str  # the column's header


class PayArithmetic:
    """The pay rules of an agreement applied to the amount lookup's cells (mixed into DirectAnswers)."""

    chunks: list[Chunk]
    tables: list[Table]
    _doc_positions: dict[str, list[int]]
    day_share: Callable[[Table], DayShare | None]  # AmountAnswers': the agreement's day's pay
    find_quote: Callable[[str, str, str], tuple[Chunk, str] | None]  # DirectAnswers': a passage holding a text
    params: LookupParams
    _scope: Callable[[str, Sequence[str] | None], list[str] | None]  # DirectAnswers': the documents asked

    def _pay_rules(self, question: str, draft: Draft, params: PayParams = _PAY_PARAMS) -> None:
        """Each rule ``question`` asks (a pay, a day's deduction) that the agreement of ``draft``'s first shown scale
        writes, applied to its cells asked: a part right under the cell lines (see the module docstring)."""
        shown = list(getattr(draft, "shown", ()))
        table = self._shown_table(shown[0]) if shown else None
        if table is None or not table.echelon_rows or table.unit not in ("annual", "hourly") or \
                _COUNT_ASKED.search(question):
            return
        cells = self._asked_cells(shown[0])
        if not cells or len(cells) > params.max_cells:
            return
        if table.unit == "hourly":  # a week asked: the rate times the class's normal week
            week = self._normal_week(question, table, draft)
            if week is not None:
                self._apply_week(draft, week, cells, question)
            return
        cashed = self._cashed_days(question, table)
        if cashed is not None:  # unused days paid at a share of the scale (« … aucune de mes dix journées de maladie »)
            self._apply_cashed(draft, cashed, cells)
            return
        # what an absence takes off the pay is asked, not the pay (« ça me coupe combien sur ma paye ? »)
        rule = self._deduction(question, table) or self._instalment(question, table) or self._day(question, table)
        if rule is not None:
            self._apply(draft, rule, cells, question)

    def _rows_change(self, question: str, draft: Draft) -> None:
        """A change asked (« a monté de combien entre le tout début … pis le dernier taux ? ») of the two rows an
        amount answer shows of one table of named rows, one column (Cris 6-6.01: « jusqu'au 140e jour … 2005-2006 »
        1 277 $, « à compter du 141e jour … 2008-2009 » 1 383 $): their difference (« Écart »), under the cell lines;
        nothing when the answer already gives one, or shows a scale (its cells' difference is the amount lookup's)."""
        shown = list(getattr(draft, "shown", ()))
        if len(shown) != 1 or not asks_change(question) or any(part.startswith("Écart") for part in draft.parts):
            return
        table = self._shown_table(shown[0])
        cells = self._asked_cells(shown[0])
        if table is None or table.echelon_rows or len(cells) != 2 or cells[0].column != cells[1].column:
            return
        first, second = cells
        change = second.value - first.value
        text = (f"Écart : **{money(float(abs(change)))}** {'de plus' if change >= 0 else 'de moins'} : {first.shown} "
                f"(« {first.row} ») → {second.shown} (« {second.row} »).")
        after = next((i + 1 for i, part in enumerate(draft.parts) if _CELL_LINE.match(part)), None)
        if after is not None:
            draft.parts.insert(after, text)

    def _shown_table(self, shown: ShownTable) -> Table | None:
        """The index's table ``shown`` is a part of (by its caption: annex or clause, then subtitle), when one only."""
        found = [t for t in self.tables if ", ".join(p for p in (t.annex_or_clause, t.subtitle) if p) == shown.caption]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _asked_cells(shown: ShownTable) -> list[AskedCell]:
        cells = []
        for label, *values in shown.rows:
            for column in shown.asked:
                value = number_value(values[column]) if column < len(values) else None
                if value is not None:
                    cells.append(AskedCell(Decimal(repr(value)), values[column], label, shown.header[column + 1]))
        return cells

    def _doc_chunks(self, doc: str) -> list[Chunk]:
        return [self.chunks[p] for p in self._doc_positions.get(doc, [])]

    def _instalment(self, question: str, table: Table) -> PayRule | None:
        """« par paie » (not what is taken off it): the agreement's one sentence setting each pay as a fraction of the
        annual salary."""
        if not _PER_PAY.search(question) or _TAKEN_OFF_PAY.search(question):
            return None
        found = [(c, m) for c in self._doc_chunks(table.doc) for m in _INSTALMENT.finditer(c.text)]
        if len({(c.doc, c.clause_id) for c, _ in found}) != 1:
            return None
        chunk, match = found[0]
        share = int(match.group(1))
        counted = next(((c, _sentence(c.text, m)) for c in self._doc_chunks(table.doc) for m in _INSTALMENTS.finditer(c.text)
                        if int(m.group(1)) == share and c.clause_id != chunk.clause_id), None)
        return PayRule(share, _PAY_TITLE, "par paie, avant les retenues", chunk, _sentence(chunk.text, match),
                       also=(counted,) if counted else ())

    def _deduction(self, question: str, table: Table) -> PayRule | None:
        """« combien on me coupe pour une journée d'absence ? »: the agreement's one sentence deducting a fraction of
        the annual salary for the length absent the question says, the share of ``table``'s staff."""
        if not _DEDUCTION_ASKED.search(question):
            return None
        length = next((name for name, pattern in _ABSENT_LENGTH if pattern.search(question)), None)
        if length is None:
            return None
        found = [(c, m) for c in self._doc_chunks(table.doc) for m in _DEDUCTION.finditer(c.text)]
        if len({(c.doc, c.clause_id) for c, _ in found}) != 1:
            return None
        chunk, match = found[0]
        share = deduction_shares(match.group(0)).get((length, non_teaching(table)))
        if share is None:
            return None
        day = self.day_share(table) if length == "jour" else None  # the day's pay, the same share (1-2.74)
        return PayRule(share, f"Déduction pour {_LENGTH_WORDS[length]}", f"déduits pour {_LENGTH_WORDS[length]}", chunk,
                       _sentence(chunk.text, match), also=((day.chunk, day.sentence),) if day and day.share == share else ())

    def _day(self, question: str, table: Table) -> PayRule | None:
        """« combien vaut une journée de travail ? » (no deduction asked): the agreement's definition of a day's pay
        for ``table``'s staff (``AmountAnswers.day_share``: Bourget 1-2.74 « … c'est le un deux-centième (1/200e) du
        traitement annuel »)."""
        if not _ONE_DAY.search(question) or _DEDUCTION_ASKED.search(question):
            return None
        found = self.day_share(table)
        if found is None:
            return None
        return PayRule(found.share, "Traitement d'un jour", "pour une journée de travail", found.chunk, found.sentence)

    def _cashed_days(self, question: str, table: Table) -> CashedDays | None:
        """Days left unused (``_UNUSED_DAYS``) of a bank the question names by a word of the bank's own name (« maladie »),
        when one sentence of ``table``'s agreement pays that bank's unused days at a percentage of the scale
        (``_CASHED_DAYS``) and the agreement defines a day's pay for ``table``'s staff: the days the question counts
        (one number), else the bank's whole (« aucune de mes journées de maladie »: its « dix (10) jours »)."""
        if not _UNUSED_DAYS.search(question):
            return None
        asked = set(tokenize(question))
        found = [(c, m) for c in self._doc_chunks(table.doc) for m in _CASHED_DAYS.finditer(c.text)
                 if (set(tokenize(m.group("bank"))) - _NOT_BANK_WORDS) & asked]
        if len({(c.doc, c.clause_id) for c, _ in found}) != 1:
            return None
        chunk, match = found[0]
        counts = {int(n) if n.isdigit() else french_number(n) for n in _DAY_COUNT.findall(question)}
        bank = _BANK_DAYS.search(match.group("bank"))
        if len(counts) > 1 or not counts and bank is None:
            return None
        day = self.day_share(table)
        if day is None:
            return None
        percent = match.group("percent")
        return CashedDays(counts.pop() if counts else int(bank.group(1)), Decimal(percent.replace(",", ".")), percent,
                          day, chunk, _sentence(chunk.text, match))

    @staticmethod
    def _apply_cashed(draft: Draft, cashed: CashedDays, cells: Sequence[AskedCell]) -> None:
        """The unused days' pay of each cell (its day's pay × the percentage × the days), first in the answer: the
        amount asked; the paying sentence and the day's definition cited."""
        lines = []
        for cell in cells:
            paid = cents(cell.value / cashed.day.share * cashed.percent / 100 * cashed.days)
            lines.append(f"- **{money(float(paid))}** pour {cashed.days} jour{'s' if cashed.days > 1 else ''} non "
                         f"utilisé{'s' if cashed.days > 1 else ''} : {cell.shown} ÷ {cashed.day.share} × "
                         f"{cashed.percent_said} % × {cashed.days} (échelon {cell.row}, colonne « {cell.column} »)")
        text = f"Jours non utilisés payés (clause {cashed.chunk.clause_id} : « {one_line(cashed.sentence)} »)"
        label = draft.cite(cashed.chunk, cashed.sentence, text)
        day = f"traitement d'un jour, clause {cashed.day.chunk.clause_id} : « {one_line(cashed.day.sentence)} »"
        label = f"{label} ; {day} {draft.cite(cashed.day.chunk, cashed.day.sentence, day)}".strip()
        draft.parts.insert(0, f"{text} {label} :\n\n" + "\n".join(lines))

    def _normal_week(self, question: str, table: Table, draft: Draft) -> NormalWeek | None:
        """« pour une semaine normale de travail » (``_WEEK_ASKED``, ``_PER_WEEK_FULL_TIME``), no hours stated (none
        computed yet), of an hourly scale whose title gives its class's week (``_TITLE_WEEK``): those hours and the
        title's passage, cited."""
        if not (_WEEK_ASKED.search(question) or _PER_WEEK_FULL_TIME.search(question)) or \
                any(_WEEK_COMPUTED in part for part in draft.parts):
            return None
        hours = _TITLE_WEEK.search(table.subtitle or "")
        found = self.find_quote(table.doc, table.annex_or_clause, table.subtitle) if hours else None
        if found is None:
            return None
        chunk, quote = found
        return NormalWeek(Decimal(hours.group(1).replace(",", ".")), hours.group(1), chunk, quote)

    @staticmethod
    def _apply_week(draft: Draft, week: NormalWeek, cells: Sequence[AskedCell], question: str) -> None:
        """Each hourly cell times the class's normal week, under the cell lines, the title giving the week cited; the
        note saying no week's amount is computed (``period_note``) dropped."""
        lines = [f"- **{money(float(cents(cell.value * week.hours)))}** par semaine, avant les retenues : "
                 f"{cell.shown} × {week.said} h (échelon {cell.row}, colonne « {cell.column} »)" for cell in cells]
        text = f"Semaine normale de travail : {week.said} heures (« {one_line(week.quote)} », {week.chunk.clause_id})"
        label = draft.cite(week.chunk, week.quote, text)
        note = f" ; {period_note(question, 'hourly')}"
        if note.strip(" ;"):
            draft.parts[:] = [part.replace(note, "") for part in draft.parts]
        after = next((i + 1 for i, part in enumerate(draft.parts) if _CELL_LINE.match(part)), None) or \
            next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 1)
        while after < len(draft.parts) and draft.parts[after].startswith("Écart"):
            after += 1
        draft.parts.insert(after, f"{text} {label} :\n\n" + "\n".join(lines))

    def _salary_share(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                      history: Sequence[Answer] = ()) -> Draft | None:
        """An annual salary the question states, a day's pay asked (« Si mon traitement annuel … serait de 58 000 $, on
        doit me payer combien par jour de travail ? »): the stated salary over the fraction a sentence of one of the
        first ``LookupParams.pointed_hits`` passages pays for each day (``_SHARE_PER_DAY``: Cris 6-7.03 F) « … à
        raison de 1/200 du traitement annuel applicable pour chaque jour de travail … »), that sentence quoted from
        its paragraph's start (the case it is said of) and cited. None without one stated amount, an annual word, a
        day asked, or such a sentence with one fraction."""
        stated = stated_amounts(question)
        if len(stated) != 1 or not _ANNUAL_SAID.search(question) or _COUNT_ASKED.search(question) or \
                not (_PER_DAY.search(question) or _ONE_DAY.search(question)):
            return None
        scope = self._scope(question, docs)
        for hit in hits[: self.params.pointed_hits]:
            chunk = hit.chunk
            found = _SHARE_PER_DAY.search(chunk.text) if not scope or chunk.doc in scope else None
            if found is None:
                continue
            quote = _paragraph_sentence(chunk.text, found)
            if len(set(_FRACTION.findall(quote))) != 1:
                return None  # « 1/200e ou 1/260e »: whose share is the teacher's is not said
            share = int(found.group(1))
            draft = Draft()
            who = _paid_to(quote, found.group(0))
            if who and not set(tokenize(expand(question))) & who.words:
                text = (f"Aucun montant par jour calculé pour votre cas : la clause {chunk.clause_id} paie 1/{share} "
                        f"du traitement annuel pour chaque jour de travail seulement {one_line(who.said)}")
                return _said_then_quoted(draft, chunk, quote, text)
            salary = Decimal(repr(stated[0].value))
            text = (f"**{money(float(cents(salary / share)))}** par jour de travail : {money(stated[0].value)} (le "
                    f"traitement annuel de votre question) ÷ {share}, selon la clause {chunk.clause_id}")
            return _said_then_quoted(draft, chunk, quote, text)
        return None

    @staticmethod
    def _apply(draft: Draft, rule: PayRule, cells: Sequence[AskedCell], question: str) -> None:
        """Each cell over the rule's share, under the cell lines, the rule's sentence cited; an amount the answer
        already states (« par jour » of 1-2.74) is not said twice."""
        stated = " ".join(draft.parts)
        lines = []
        for cell in cells:
            result = money(float(cents(cell.value / rule.share)))
            if result not in stated:
                lines.append(f"- **{result}** {rule.what} : {cell.shown} ÷ {rule.share} (échelon {cell.row}, "
                             f"colonne « {cell.column} »)")
        if not lines:
            return
        text = f"{rule.title} (clause {rule.chunk.clause_id} : « {one_line(rule.sentence)} »)"
        label = draft.cite(rule.chunk, rule.sentence, text)
        for chunk, sentence in rule.also:
            more = f"clause {chunk.clause_id} : « {one_line(sentence)} »"
            label = f"{label} ; {more} {draft.cite(chunk, sentence, more)}".strip()
        note = f" ; {period_note(question, 'annual')}" if rule.title == _PAY_TITLE else ""
        if note.strip(" ;"):  # « montant aux deux semaines demandé : … (aucun montant … calculé) »: computed here
            draft.parts[:] = [part.replace(note, "") for part in draft.parts]
        # under the first cell line (« **52 298 $** par année — … »), past a placement's steps (« **Classement … »)
        after = next((i + 1 for i, part in enumerate(draft.parts) if _CELL_LINE.match(part)), None) or \
            next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 1)
        while after < len(draft.parts) and draft.parts[after].startswith("Écart"):
            after += 1  # under the difference of two cells
        draft.parts.insert(after, f"{text} {label} :\n\n" + "\n".join(lines))


def _said_then_quoted(draft: Draft, chunk: Chunk, quote: str, text: str) -> Draft:
    """``draft`` with ``text`` and then the clause's ``quote`` (« Clause 6-7.03 : « … » »), both cited to ``chunk``."""
    label = draft.cite(chunk, quote, text)
    draft.parts.append(f"{text} {label}".rstrip())
    draft.parts.append(f"Clause {chunk.clause_id} : « {one_line(quote)} » {label}".rstrip())
    return draft


@dataclass(frozen=True)
class PaidTo:
    """Whom a rule's paragraph pays, as it says it (« à la suppléante ou au suppléant occasionnel qui la ou le
    remplace … »), and its words (``tokenize``'s) that the paying sentence does not say."""

    said: str
    words: frozenset[str]


def _paid_to(quote: str, paying: str) -> PaidTo | None:
    """Whom ``quote`` (a paragraph up to the sentence paying a share, ``paying``) says is paid (``_PAID_TO``), by the
    words of that person not in the paying sentence nor numbers (« supple », « occasionnel », « remplac »); None when
    it names no one."""
    found = _PAID_TO.search(quote)
    if found is None:
        return None
    words = frozenset(w for w in tokenize(found.group("who")) if not w.isdigit()) - set(tokenize(paying))
    return PaidTo(found.group("who").strip(), words) if words else None


def _paragraph_sentence(text: str, match: re.Match) -> str:
    """The paragraph of ``text`` holding ``match``, from its start to the end of the sentence holding it (a rule with
    the case it is said of: « Cependant, après 20 jours ouvrables consécutifs d'absence … ainsi effectué. »), without
    its list marker."""
    start = text.rfind("\n", 0, match.start()) + 1
    ends = [i for i in (text.find("\n", match.end()), text.find(". ", match.end())) if i >= 0]
    end = min(ends, default=len(text))
    quote = text[start:end + (1 if text[end:end + 1] == "." else 0)].strip()
    marker = re.match(r"(?:-\s*)?(?:[A-Za-z]\)|\d+-\d+\.\d+)\s+", quote)
    return quote[marker.end():] if marker else quote


def _sentence(text: str, match: re.Match) -> str:
    """The sentence of ``text`` holding ``match``, to its paragraph's end: from the sentence before it ends, else
    from the paragraph's start (after a clause number or a list letter)."""
    start = text.rfind("\n", 0, match.start()) + 1
    before = text.rfind(". ", start, match.start())
    start = before + 2 if before >= 0 else start
    end = min((i for i in (text.find("\n", match.end()), text.find(". ", match.end())) if i >= 0), default=len(text))
    sentence = text[start:end + (1 if text[end:end + 1] == "." else 0)].strip()
    number = re.match(r"\d+-\d+\.\d+\s+", sentence)
    return sentence[number.end():] if number else sentence


__all__ = ["PayArithmetic", "PayParams", "PayRule", "cents", "deduction_shares", "spelled_echelons", "unpaid_absence_asked"]
