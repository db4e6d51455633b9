"""Deadline calculator: a date and an agreement's delay give the last day, computed, never generated.

A question like « J'ai pris connaissance des faits le 10 novembre 2025, jusqu'à quand pour
déposer le grief ? » plus the clause that sets the delay (Bourget 10-1.02 « Dans les
quarante (40) jours ouvrables de la connaissance des faits ») must get a date computed by
arithmetic on a calendar, with every skipped day and every assumption stated. This module is
that arithmetic: pure, deterministic, no file, index, model or Gradio.

API (all values are frozen dataclasses; sequences in them are tuples)
-----------------------------------------------------------------------
``parse_date(text, today=None) -> date | None``
    The first date of a French question: « le 10 novembre 2025 », « 1er avril 2013 »,
    « 10/11/2025 » (day first), « 2025-11-10 », « aujourd'hui », « hier », « avant-hier »,
    « lundi passé » / « vendredi dernier » (the latest such weekday before today, never today), « le 12 du mois
    passé » / « le 15 de ce mois » / « le 1er du mois prochain » (that day of the month before, of or after today's),
    « mardi prochain » (the next one after today), « la semaine passée, mardi » / « le mardi de la semaine
    dernière » (that weekday of the calendar week before today's; « prochaine »: after it), « il y a deux
    semaines », and a named day as a moment: « à Noël », « le lendemain de la fête du Travail 2026 », « depuis
    Pâques » (its year said, or the latest on or before today).
    A day and month without a year (« le 10 novembre », « le 3/11 ») is the latest such day on or before
    ``today`` (default: the real today; the caller passes the date a question says is today), or, with a weekday
    written before it (« le vendredi 5 mars »), the year nearest today where it falls on that weekday; a weekday and a
    day without a month (« jeudi le 4 ») the latest such day on or before today (the next one after it in a sentence
    telling what is to come); « 2027/03/05 » is year first as « 2027-03-05 » is;
    « le 10 décembre dernier » the latest before it, « le 10 décembre prochain » the next after
    it. None when the text has no date.

``parse_delay(text, *, source_clause=None, source_doc=None) -> Delay | None``
    The first delay of a clause sentence: « quarante (40) jours ouvrables » -> 40
    ``working_days``; « quatre-vingt-dix (90) jours », « 30 jours », « jours de calendrier »
    -> ``calendar_days``; « deux (2) mois » -> ``months``; also ``weeks`` and ``years``.
    Only « ouvrable(s) » (or « de travail ») makes working days: a bare « jours » is calendar
    days. ``find_delays(text)`` gives all of them. A delay followed by « avant la date … », « à
    l'avance » or « précédant » ends before its date (``direction="before"``, counted backwards);
    a period the words right after it leave out (« , excluant la période estivale du 1er juillet
    au 21 août suivant, ») is in ``Delay.excluded`` and not counted, for this delay only. « Pendant la
    quatrième (4e) semaine précédant … » is ``Delay.ordinal_week``: it ends on the last day of that
    week, 22 days before the date. « le quinzième (15e) jour suivant le retour … » is a delay of 15 days
    (``Delay.ranked_day``: the end of a period, not a notice's delay). The weeks an amount covers (« l'indemnité
    due pour les dix-huit (18) semaines ») and how often it is paid (« à intervalle de deux (2) semaines ») are no
    delays.

``starting_point(sentence, delay) -> str | None``
    What the delay runs from, verbatim, right after it (« de la date de l'événement qui a donné
    naissance au grief »), or the date it ends before (« la date projetée de son départ »).

``rules_from_clauses({clause_id: text}, *, source_doc=None) -> CalendarRules``
    An agreement's calendar read from its clause texts (the caller extracts them): the
    « jour ouvrable » definition (Bourget 1-2.38: « Du lundi au vendredi inclusivement à
    l'exception des jours fériés et chômés prévus au calendrier et déterminés par le
    Collège »), the list of holidays (Bourget 8-16.01), a continuous break (8-16.02: « du 24
    décembre au 3 janvier inclusivement ») and the periods when delays do not run (10-1.07:
    « Aux fins d'application de la clause 10-1.02, les délais ne courent pas durant la période
    du 1er juillet jusqu'au 22 août suivant »). A rule that no clause gives falls back to a
    default that is said in ``CalendarRules.assumptions``.

``compute_deadline(start, delay, rules=None) -> DeadlineResult``
    The start day is not counted, the last day is. Working days skip the days that are not
    working weekdays, Quebec's statutory holidays, the agreement's holidays and breaks, and
    suspended periods. Calendar days (and weeks, months, years) count every day except
    suspended ones; a deadline that falls on a Saturday, a Sunday or a statutory holiday is
    carried to the next working day (Quebec rule, stated as an assumption, see below). A
    suspension period applies only to the delays of the clauses it names (``applies_to``).
    A delay that ends before its date is counted backwards the same way (the date itself not
    counted, the last day reached is); a last day on a weekend or holiday is said, not moved.

``find_fixed_dates(text)``, ``compute_fixed_date(start, rule, rules=None)``, ``format_fixed_answer``
    Yearly dates (« avant le 1er avril », « au plus tard le 15 octobre de chaque année »): the
    last day to act from a given date (the day before for « avant le »), this year's if still
    ahead, else next year's, a weekend or holiday said but not carried (the agreement does not say so).

``format_answer(result) -> str``
    A short French answer (Markdown): the date first, in bold, then the count, the skipped
    days (weekends counted, each holiday named), the assumptions and the clauses used.

Calendar sources
----------------
Statutory holidays come from the maintained ``holidays`` library,
``holidays.Canada(subdiv="QC", categories=("public",), language="fr")``: Jour de l'an,
Vendredi saint, Journée nationale des patriotes, Fête nationale du Québec (24 juin), Fête du
Canada (1er juillet), Fête du Travail, Action de grâce, Jour de Noël, and the library's
« (Observé) » days when one falls on a weekend. All of them are non-working days. The
library puts the lundi de Pâques in its « optional » category only (Quebec's Loi sur les
normes du travail lets the employer choose Good Friday or Easter Monday), so Easter Monday
is a non-working day only when the agreement lists it (Bourget 8-16.01 does). Remembrance
Day, Boxing Day and the other « optional »/« government » days are working days unless the
agreement says otherwise.

Assumptions that are law, not the agreement: the start day is not counted and the last day
is (the usual Quebec computation of delays; Bourget does not say it), and a delay counted in
calendar days that expires on a Saturday, Sunday or holiday is extended to the next working
day (Loi d'interprétation, RLRQ c. I-16, art. 52, for holidays; Saturdays by extension). Both
are written in every result's ``assumptions``; neither is attributed to the agreement.

Example
-------
>>> rules = rules_from_clauses({"1-2.38": "...", "8-16.01": "...", "8-16.02": "...",
...                              "10-1.07": "..."}, source_doc="bourget")   # doctest: +SKIP
>>> delay = parse_delay(clause_text, source_clause="10-1.02")              # doctest: +SKIP
>>> result = compute_deadline(parse_date(question), delay, rules)          # doctest: +SKIP
>>> print(format_answer(result))                                           # doctest: +SKIP
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from calendar import monthrange
from functools import lru_cache
from typing import Literal

from ingest.normalise import strip_accents
from ingest.numbering import CLAUSE_NUMBER
from ingest.tables import month_number

from .clock import current_date
from .number_words import WORDS, french_number

Unit = Literal["working_days", "calendar_days", "weeks", "months", "years", "hours"]
MonthDay = tuple[int, int]

MAX_COUNTED_DAYS = 20_000  # a guard: no agreement delay is longer than about 50 years

MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
#: a month name in a question or a passage, accented or not (« février », « fevrier », « août »): the one pattern the
#: modules reading dates in text build on (deadline_answers, scope, tables)
MONTH_PATTERN = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


# ---------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Delay:
    """A delay as an agreement states it: « quarante (40) jours ouvrables » is (40, working_days)."""

    amount: int
    unit: Unit
    source_clause: str | None = None
    source_doc: str | None = None
    phrase: str = ""  # the words it was read from, as found
    # « au moins trente (30) jours ouvrables avant la date projetée de son départ », « trois (3) semaines à
    # l'avance »: the delay ends before the date it is counted from, so it is counted backwards
    direction: Literal["after", "before"] = "after"
    # periods the sentence itself leaves out of the count (5-6.06 « excluant la période estivale du 1er
    # juillet au 21 août suivant »), applied to this delay only
    excluded: tuple[AnnualPeriod, ...] = ()
    # « au plus tard pendant la quatrième (4e) semaine précédant l'expiration du congé » (6-4.34): the weeks before
    # the date are numbered back from it, and the delay ends on the last day of the ``amount``-th one
    ordinal_week: bool = False
    # « le quinzième (15e) jour suivant le retour de la mère … » (6-4.20), « se termine au plus tard le huitième (8e) jour
    # suivant celui du scrutin » (6-5.13): a day ranked after an event, the end of a period rather than a notice's delay
    ranked_day: bool = False
    # « une demande de remise … dans un délai de 30 jours ou moins d'une date d'audition » (Cris 9-2.07): a window
    # reaching back from its date that holds its first day, so the last day outside it is the day before that one
    within: bool = False
    # « sept (7) jours consécutifs ouvrables ou non » (Bourget 6-1.02, Cris 5-14.02): a leave of that many days in a
    # row, its first day the date it starts (counted as day 1) and its last day the leave's end, not a deadline moved
    # off a weekend
    consecutive: bool = False


@dataclass(frozen=True)
class AgreementHoliday:
    """One holiday the agreement lists, by rule (``fete_du_travail``...) so it has a date every year."""

    name: str
    rule: str
    clause: str | None = None

    def on(self, year: int) -> date:
        return _holiday_date(self.rule, year)


@dataclass(frozen=True)
class AnnualPeriod:
    """Every year from ``start`` to ``end`` (month, day), both included; may cross 31 December.

    Used for the agreement's continuous breaks (jours chômés, e.g. 24 December – 3 January)
    and for the periods when delays do not run (e.g. 1 July – 22 August). ``applies_to``
    limits a suspension to the delays of some clauses: exact ids (``"10-1.02"``) or a chapter
    prefix ending with a dash (``"10-"``); empty means every delay.
    """

    start: MonthDay
    end: MonthDay
    label: str
    clause: str | None = None
    applies_to: tuple[str, ...] = ()

    def contains(self, day: date) -> bool:
        md = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= md <= self.end
        return md >= self.start or md <= self.end

    def applies(self, clause: str | None) -> bool:
        if not self.applies_to:
            return True
        if clause is None:
            return False
        return any(clause == ref or (ref.endswith("-") and clause.startswith(ref))
                   for ref in self.applies_to)


@dataclass(frozen=True)
class CalendarRules:
    """What a working day is, which days are holidays and when delays stop, with provenance.

    ``working_weekdays`` are ``date.weekday()`` numbers (0 = Monday). ``statutory`` names the
    statutory calendar (``"QC"``: the ``holidays`` library, Canada, subdivision QC, public
    category) or is None for none. ``assumptions`` are said with every result,
    ``working_days_assumptions`` (what a working day is) only with delays in working days.
    """

    working_weekdays: frozenset[int] = frozenset(range(5))
    working_days_clause: str | None = None
    agreement_holidays: tuple[AgreementHoliday, ...] = ()
    agreement_breaks: tuple[AnnualPeriod, ...] = ()
    statutory: Literal["QC"] | None = "QC"
    suspension_periods: tuple[AnnualPeriod, ...] = ()
    roll_forward_calendar_deadlines: bool = True
    source_doc: str | None = None
    assumptions: tuple[str, ...] = ()
    working_days_assumptions: tuple[str, ...] = ()  # said only for delays in working days


class Skipped(tuple):
    """A day not counted: ``(day, reason)``, e.g. ``(date(2026, 6, 24), "Fête nationale ...")``."""

    __slots__ = ()

    def __new__(cls, day: date, reason: str) -> Skipped:
        return super().__new__(cls, (day, reason))

    @property
    def day(self) -> date:
        return self[0]

    @property
    def reason(self) -> str:
        return self[1]


@dataclass(frozen=True)
class DeadlineResult:
    """The computed last day and how it was reached."""

    start: date
    delay: Delay
    end_date: date
    days_counted: int
    skipped: tuple[Skipped, ...] = ()
    assumptions: tuple[str, ...] = ()
    clauses_used: tuple[str, ...] = ()
    unextended_end: date | None = None  # before carrying a calendar deadline past a holiday


# ---------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------


def _normalise(text: str) -> str:
    """Lower case, ordinary spaces and apostrophes, « 1^{er} » as « 1er »."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    text = re.sub(r"\^\{?(er|re|e)\}?", r"\1", text)
    return text.lower()


def _fold(text: str) -> str:
    """Without accents, for matching names written with or without them."""
    return strip_accents(text, "NFD")


# ---------------------------------------------------------------------------------------
# parse_delay
# ---------------------------------------------------------------------------------------

_DELAY = re.compile(
    rf"(?<![\w-])(?<!\d\.)(?:(?P<words>{WORDS})\s*)?(?:\(\s*(?P<paren>\d+)\s*\)|(?P<digits>\d+))?\s*"
    # « les quatorze (14) premiers jours de calendrier consécutifs d'absence » (6-3.09 a)): a period's first days, in a
    # row (not « les soixante (60) premiers jours de travail » of 5-4.02 nor « ses sept (7) premiers jours de congés »)
    r"(?:(?P<first>premiers)\s+(?=jours\b(?!\s+(?:de\s+travail|ouvrables?|de\s+cong))))?"
    r"(?P<unit>jours?|mois|semaines?|ans|an|ann[ée]es?|heures)(?![\w])"
    r"(?:\s+(?P<qual>ouvrables?|de\s+calendrier|civils?|francs?|de\s+travail|juridiques?))?"
)


_ARTICLE_AS_NUMBER = re.compile(r"(?:\bd'|\bdans\s+|\bd[ée]lai\s+de\s+|\bmoins\s+|\bplus\s+|\bpendant\s+)$")


_ORDINALS = {"premiere": 1, "deuxieme": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5,
             "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10, "douzieme": 12}
_ORDINAL_WEEK = re.compile(r"\b(?:pendant|durant|au cours de)\s+la\s+(?P<word>[a-z]+ieme|premiere|seconde)?\s*"
                           r"(?:\(?\s*(?P<digits>\d+)\s*e\s*\)?)?\s*semaine\s+(?=precedant|qui precede|avant)")


def _ordinal_weeks(text: str, source_clause: str | None, source_doc: str | None) -> list[tuple[int, Delay]]:
    """« pendant la quatrième (4e) semaine précédant … »: the ``ordinal_week`` delays of ``text`` (normalised), each
    with where it starts."""
    found = []
    for match in _ORDINAL_WEEK.finditer(_fold(text)):
        amount = int(match["digits"]) if match["digits"] else _ORDINALS.get(match["word"] or "")
        if amount:
            phrase = text[match.start("word" if match["word"] else "digits"):match.end()].strip()
            found.append((match.start(), Delay(amount, "weeks", source_clause, source_doc, phrase, "before",
                                               ordinal_week=True)))
    return found


# « le quinzième (15^e) jour suivant le retour de la mère … » (Bourget 6-4.20): the last day is that many days after
# what it follows, a delay of that many days; « le 141e jour de travail de l'année » (no « suivant ») is a date
_ORDINAL_DAY = re.compile(r"\b(?:le|au|du)\s+(?:(?P<word>[a-z]+ieme|premier)\s*)?(?:\(?\s*(?P<digits>\d+)\s*e\s*\)?\s*)?"
                          r"jour(?P<qual>\s+(?:ouvrable|de calendrier))?(?=\s+(?:suivant|qui suit|apres)\b)")


def _ordinal_days(text: str, source_clause: str | None, source_doc: str | None) -> list[tuple[int, Delay]]:
    """« le quinzième (15e) jour suivant … »: the delays of ``text`` (normalised) that name their last day by its
    rank, each with where it starts."""
    found = []
    for match in _ORDINAL_DAY.finditer(_fold(text)):
        amount = int(match["digits"]) if match["digits"] else _ORDINALS.get(match["word"] or "")
        if amount:
            begin = match.start("word" if match["word"] else "digits")
            unit: Unit = "working_days" if "ouvrable" in (match["qual"] or "") else "calendar_days"
            found.append((begin, Delay(amount, unit, source_clause, source_doc, text[begin:match.end()].strip(),
                                       ranked_day=True)))
    return found


# « au plus tard le jour ouvrable précédant la tenue de la réunion » (Bourget 4-1.07): one day before what it precedes
# (« le dernier jour précédant … » is no such day: « le » must come right before « jour »); « au plus tard la veille des
# journées » (8-14.02): the day before them
# « le jour ouvrable suivant la demande » (4-1.07, 2nd paragraph): one day after it (DEV Q2314)
_PRECEDING_DAY = re.compile(r"\ble\s+(?P<phrase>jour(?P<qual>\s+ouvrable|\s+de calendrier|\s+de travail)?\s+"
                            r"(?:precedant|qui precede|(?P<next>suivant|qui suit)))\b|"
                            r"\bau\s+plus\s+tard\s+(?P<eve>la\s+veille)\s+(?=d[eu]s?\b|d')")


def _preceding_days(text: str, source_clause: str | None, source_doc: str | None) -> list[tuple[int, Delay]]:
    """« le jour ouvrable précédant … », « au plus tard la veille de … »: a delay of one day (working day when said)
    counted back, with where it starts in ``text`` (normalised)."""
    found = []
    for match in _PRECEDING_DAY.finditer(_fold(text)):
        unit: Unit = "calendar_days" if not match["qual"] or "calendrier" in match["qual"] else "working_days"
        begin = match.start("eve" if match["eve"] else "phrase")
        end = match.end("eve" if match["eve"] else "phrase")
        found.append((begin, Delay(1, unit, source_clause, source_doc, text[begin:end].strip(),
                                   "after" if match["next"] else "before")))
    return found


def find_delays(text: str, *, source_clause: str | None = None,
                source_doc: str | None = None) -> list[Delay]:
    """Every delay stated in ``text``, in order (see ``parse_delay``), an ordinal week (« pendant la quatrième (4e)
    semaine précédant … ») or day (« le quinzième (15e) jour suivant … », « le jour ouvrable précédant … ») among
    them."""
    normalised = _normalise(text)
    ordinal = _ordinal_weeks(normalised, source_clause, source_doc) + \
        _ordinal_days(normalised, source_clause, source_doc) + _preceding_days(normalised, source_clause, source_doc)
    taken = [(at, at + len(delay.phrase)) for at, delay in ordinal]
    found: list[Delay] = [delay for _, delay in ordinal]
    for match in _DELAY.finditer(normalised):
        words, digits = match["words"], match["paren"] or match["digits"]
        if not words and not digits or any(begin <= match.start() < end for begin, end in taken):
            continue
        if not digits and words in ("un", "une") and (not _ARTICLE_AS_NUMBER.search(normalised[:match.start()])
                                                      or _AFTER_A_DATE.search(_fold(normalised[:match.start()]))):
            continue  # « un jour ouvrable subséquent », « avant le 1er avril d'une année »: articles, not delays
        amount = int(digits) if digits else french_number(words)
        if not amount or _FREQUENCY.search(normalised[max(0, match.start() - 30):match.start()]):
            continue  # « une fois aux 3 ans », « tous les deux (2) ans », « par cycle de neuf (9) jours »: how often
        unit_word, qual = match["unit"], (match["qual"] or "")
        if unit_word.startswith("jour"):
            unit: Unit = ("working_days" if qual.startswith(("ouvrable", "de travail"))
                          else "calendar_days")
        elif unit_word == "mois":
            unit = "months"
        elif unit_word.startswith("semaine"):
            unit = "weeks"
        elif unit_word == "heures":
            unit = "hours"
        else:
            unit = "years"
        after = _fold(normalised[match.end():match.end() + 240])
        notice = _NOTICE_BEFORE.search(_fold(normalised[max(0, match.start() - 60):match.start()])) or \
            _NOTICE_IN_SENTENCE.search(_fold(normalised[:match.start()]).rsplit(". ", 1)[-1])
        direction: Literal["after", "before"] = "before" if notice or _BACKWARDS.match(after) or _LEAST_AHEAD.search(
            _fold(normalised[max(0, match.start() - 40):match.start()])) else "after"
        if _GRANTED.search(_fold(normalised[max(0, match.start() - 40):match.start()])) and after.lstrip().startswith(
                "avant d"):
            direction = "after"  # 5-5.06 « un délai allant jusqu'à dix (10) jours ouvrables avant de prendre ses fonctions »
        if unit == "hours" and (amount % 24 or direction != "before"):
            continue  # « 35 heures par semaine » is a length; only whole days of notice (« 48 heures à l'avance ») count
        excluded = _excluded_periods(after, source_clause)
        found.append(Delay(amount, unit, source_clause, source_doc, match.group(0).strip(), direction, excluded,
                           within=bool(_WITHIN.match(after)),
                           consecutive=unit == "calendar_days" and bool(_CONSECUTIVE.match(after) or match["first"])))
    return found


# right before a number of years, months or weeks, words that make it a frequency (« une fois aux 3 ans », « tous
# les deux (2) ans », « à chaque 5 ans »), not a delay
_FREQUENCY = re.compile(r"(?:\baux|\btou(?:te)?s\s+les|\bchaque|\bune\s+fois\s+(?:par|tous\s+les)|\bintervalles?\s+de|"
                        # « deux (2) périodes par cycle de neuf (9) jours » (3-5.06), « par tranche de trente jours »
                        r"\bpar\s+(?:cycles?|tranches?|p[ée]riodes?)\s+de)\s*$", re.IGNORECASE)
# right after a delay: it ends before its date (« avant la date projetée », « à l'avance », « précédant »),
# but « avant le 1er avril » is a yearly date, not the date the delay is counted back from
_BACKWARDS = re.compile(r"\s*,?\s*(?:dans la mesure du possible,?\s*)?"
                        r"(?:a l'avance|avant (?!le (?:\d|1er|premier))|precedant|ou moins d(?:'une?\s|e la\s|u\s))")
# right before a delay, a minimum one (« l'Association doit demander à la direction, dans un délai d'au moins
# quarante-huit (48) heures », 3-2.03): what is asked is asked that long ahead of it
_LEAST_AHEAD = re.compile(r"\bdelai\s+d'au\s+moins\s*$")
# right after a number of days, a leave of that many days in a row (« 7 jours consécutifs ouvrables ou non »), accents
# folded: ``Delay.consecutive``
_CONSECUTIVE = re.compile(r"\s*consecutifs\b")
# right after a delay, a window ending on a date (« 30 jours ou moins d'une date d'audition »): see ``Delay.within``
_WITHIN = re.compile(r"\s*ou moins d(?:'une?\s|e la\s|u\s)")
# right before a delay, a wait granted up to it (« obtenir un délai allant jusqu'à dix (10) jours ouvrables avant de
# prendre ses fonctions », 5-5.06): counted from the day it is granted, « avant de » naming what it postpones
_GRANTED = re.compile(r"\bjusqu'a\s*$")
# -- the words of giving notice: one list for every pattern reading them, here (_NOTICE_BEFORE, _NOTICE_IN_SENTENCE: an
# agreement's sentence, accents folded) and in assistant.deadline_answers (_NOTICE_ASKED, _NOTICE_DUE, _NOTICE_SENTENCE,
# _NOTICE_WORDS: a question or a delay sentence as written); each pattern sets its own edges, said where it is built
#: the notice given ahead (« un préavis de sept (7) jours »), accents optional (the folded « preavis » too)
PRIOR_NOTICE = "pr[ée]avis"
#: the notice itself: « préavis », « avis »
NOTICE_NOUNS = (PRIOR_NOTICE, "avis")
#: the stems of the verbs of notifying: « aviser », « avertir », « prévenir », « informer » (not « j'ai été informé »:
#: being told is learning of something, deadline_answers._LEARNED)
NOTICE_VERB_STEMS = ("avis", "avert", "pr[ée]ven", "(?<!été )(?<!ete )inform")
#: the forms a question writes them in: the infinitive, the past participle (« avisée », « averti », « prévenus »), the
#: subjunctive « que j'avertisse »
NOTICE_VERB_FORMS = r"(?:er|ir|[ée]e?s?|ie?s?|ue?s?|isse)"


def notice_words(nouns: Iterable[str] = NOTICE_NOUNS, stems: Iterable[str] = NOTICE_VERB_STEMS,
                 forms: str = NOTICE_VERB_FORMS) -> str:
    """The words of giving notice as a regex alternation, no group and no edges: ``nouns`` as they are, then each of
    ``stems`` followed by ``forms``; a pattern whose edges differ passes fewer of them or other forms."""
    return "|".join([*nouns, *(f"{stem}{forms}" for stem in stems)])


# right before a delay, a notice period (« un préavis écrit d'au moins quarante-cinq (45) jours de son retour »):
# the notice is given that long before the date it announces
# « un avis préalable de 15 jours » (Cris 4-3.05), « sans un préavis de sept (7) jours de calendrier » (Bourget 8-11.08)
_NOTICE_BEFORE = re.compile(rf"\b(?:{notice_words(stems=())})(?:\s+[a-z]+){{0,2}}\s+(?:d'au\s+moins|de)\s*$")
# the same, the notice named further back in its sentence, to whom or how it is given in between (no number, no comma):
# « un préavis téléphonique soumis à la directrice ou au directeur d'école dans un délai de 48 heures » (Cris 3-6.06 A),
# « un préavis à la direction du Collège d'au moins vingt-quatre (24) heures » (Bourget); not « sans préavis, … une
# période de », nor an « avis » sent « dans un délai maximum de deux (2) années suivant » (Bourget 10-2)
# (« préavis » only: an « avis » sent within a delay is given after its starting point)
_NOTICE_IN_SENTENCE = re.compile(rf"\b{PRIOR_NOTICE}\b[^\d,.;:]*?\s(?:dans\s+un\s+delai\s+(?:de|d'au\s+moins)|"
                                 r"d'au\s+moins)\s*$")
# right after a delay, a period its own sentence leaves out: « , excluant la période estivale du 1er juillet au
# 21 août suivant »
_EXCLUDED = re.compile(r"\s*,?\s*(?:en\s+)?(?:excluant|exclusion faite de|a l'exclusion de|sans compter)\s+"
                       r"(?P<what>la periode(?:\s+estivale|\s+des fetes)?|les jours)?\s*(?:du|compris entre le)\s+"
                       r"(?P<d1>1er|\d{1,2})\s+(?P<m1>[a-z]+)\s+(?:au|jusqu'au|et le)\s+"
                       r"(?P<d2>1er|\d{1,2})\s+(?P<m2>[a-z]+)")


# a note of the clause that takes periods out of its delay (Cris 6-3.01, note 1: « Sont exclus de ce délai,
# le mois de juillet ainsi que les jours compris entre le 20 décembre et le 5 janvier. »)
_EXCLUSION_NOTE = re.compile(r"(?:sont|est)\s+exclus?e?s?\s+de\s+ce\s+delai")
_MONTH_EXCLUDED = re.compile(r"\ble mois d[e']\s*(?P<m>[a-z]+)")
_SPAN_EXCLUDED = re.compile(r"(?:\bdu|\bentre le)\s+(?P<d1>1er|\d{1,2})\s+(?P<m1>[a-z]+)\s+(?:au|jusqu'au|et le)\s+"
                            r"(?P<d2>1er|\d{1,2})\s+(?P<m2>[a-z]+)")


def clause_exclusions(text: str, clause: str | None = None) -> tuple[tuple[AnnualPeriod, ...], str | None]:
    """The periods a sentence of a clause takes out of « ce délai » (its delay), and that sentence
    verbatim; ((), None) when the clause has none. « le mois de juillet » is 1-31 July; « les
    jours compris entre le 20 décembre et le 5 janvier » is taken with both days in (said)."""
    applies = (clause,) if clause else ()
    for sentence in re.split(r"(?<=\.)\s+|\n+", text):
        folded = _fold(_normalise(sentence))
        if not _EXCLUSION_NOTE.search(folded):
            continue
        periods = []
        for month in _MONTH_EXCLUDED.finditer(folded):
            if (number := _month(month["m"])) is not None:
                periods.append(AnnualPeriod((number, 1), (number, monthrange(2024, number)[1]),
                                            f"{_month_of(number)}, exclu du délai", clause, applies))
        for span in _SPAN_EXCLUDED.finditer(folded):
            if _month(span["m1"]) and _month(span["m2"]):
                first, last = _md(span["d1"], span["m1"]), _md(span["d2"], span["m2"])
                periods.append(AnnualPeriod(first, last, f"période du {_format_md(first)} au {_format_md(last)} "
                                            f"(bornes comprises, supposé), exclue du délai", clause, applies))
        if periods:
            return tuple(periods), sentence.strip()
    return (), None


# right after a delay, in parentheses or not, whole months its sentence leaves out: « (excluant les mois de juillet
# et août) » (Bourget 7-1.09), « , excluant le mois de juillet, »
_MONTHS_EXCLUDED = re.compile(r"\s*[,(]?\s*(?:en\s+)?(?:excluant|exclusion faite d[eu]s?|a l'exclusion d[eu]s?|sans compter)"
                              r"\s+(?:les|le)\s+mois\s+d[e']\s*(?P<m1>[a-z]+)(?:\s*(?:,|et)\s*(?:de\s+|d')?(?P<m2>[a-z]+))?")


def _month_of(number: int) -> str:
    """« mois de juillet », « mois d'août », « mois d'octobre »."""
    name = MONTHS_FR[number - 1]
    return f"mois d'{name}" if name[0] in "aeiouéèêâîôû" else f"mois de {name}"


def _excluded_periods(after: str, clause: str | None) -> tuple[AnnualPeriod, ...]:
    """The period the words right after a delay leave out of it (accent-folded text), if any."""
    applies = (clause,) if clause else ()
    months = _MONTHS_EXCLUDED.match(after)
    if months:
        numbers = [n for n in (_month(months["m1"]), _month(months["m2"] or "")) if n]
        return tuple(AnnualPeriod((n, 1), (n, monthrange(2024, n)[1]), f"{_month_of(n)}, exclu du délai",
                                  clause, applies) for n in numbers)
    match = _EXCLUDED.match(after)
    if not match or not _month(match["m1"]) or not _month(match["m2"]):
        return ()
    start, end = _md(match["d1"], match["m1"]), _md(match["d2"], match["m2"])
    what = "période estivale" if "estivale" in (match["what"] or "") else "période"
    label = f"{what} du {_format_md(start)} au {_format_md(end)}, exclue du délai"
    return (AnnualPeriod(start, end, label, clause, (clause,) if clause else ()),)


def parse_delay(text: str, *, source_clause: str | None = None,
                source_doc: str | None = None) -> Delay | None:
    """The first delay stated in a clause sentence, or None.

    Digits in parentheses win over the words before them (« quarante (40) » is 40 either
    way). « jours ouvrables » (or « jours de travail ») is working days; « jours », « jours
    de calendrier », « jours civils », « jours francs » are calendar days.
    """
    delays = find_delays(text, source_clause=source_clause, source_doc=source_doc)
    return delays[0] if delays else None


# « pour une offre écrite d'engagement reçue en juillet, les 10 jours courent à compter du 1er août » (Cris 5-3.19)
_SHIFTED_START = re.compile(
    r"\b(?:recue?s?|survenue?s?|faite?s?|donnee?s?|transmise?s?)\s+(?:en|au mois de|durant le mois de)\s+(?P<m1>[a-z]+)"
    r",?\s+(?:les\s+\d+\s+jours|le\s+delai|les\s+delais|ce\s+delai)\s+(?:courent|court|commencent? a courir)\s+"
    r"(?:a compter|a partir)\s+du\s+(?P<d>1er|\d{1,2})\s+(?P<m2>[a-z]+)")


def shifted_start(sentence: str, start: date) -> tuple[date, str] | None:
    """When the sentence makes a delay run from a later date for events of one month (« reçue en
    juillet, les 10 jours courent à compter du 1er août ») and ``start`` is in that month: the day
    before that date (so that it is the first day counted) and the words, else None."""
    match = _SHIFTED_START.search(_fold(_normalise(sentence)))
    if not match or _month(match["m1"]) != start.month or not _month(match["m2"]):
        return None
    month, day = _md(match["d"], match["m2"])
    first = _safe_date(start.year, month, day)
    if first is None:
        return None
    if first <= start:
        first = _safe_date(start.year + 1, month, day) or first
    plain = re.sub(r"\^\{?(er|re|e)\}?", r"\1", sentence)
    words = re.search(r"(?:reçue?s?|survenue?s?|faite?s?|donnée?s?|transmise?s?)\s[^.;]*?\bdu\s+(?:1er|\d{1,2})\s+"
                      r"[a-zéû]+", plain, re.IGNORECASE)
    return first - timedelta(days=1), (words.group(0) if words else match.group(0))


# right before a number of days, weeks or months, words that make it a length of time, not a time limit:
# « pour une période n'excédant pas quatre (4) semaines », « un congé d'au plus cinq (5) semaines »
_DURATION_BEFORE = re.compile(
    # « une période d'essai de quatre cents (400) jours » (5-2.07 A): a period named by what it is for, a length too
    r"(?:p[ée]riode(?:\s+(?:d'|de\s+)[a-zà-ÿ]+)?|"
    r"dur[ée]e|n'exc[ée]dant pas|maximum|maximale|minimale|jusqu'à concurrence|pendant|"
    r"plus de|moins de|d'au plus|congé|"
    # « L'année de travail … comprend deux cents (200) jours de travail » (1-2.05): the days a period holds, not a delay
    r"\bcompren(?:d|nent|ant)|\bcomport(?:e|ent|ant)|"
    # « La banque annuelle de congés de maladie de dix (10) jours ouvrables » (6-3.04): days held, not a delay
    r"\bcong[ée]s\s+de\s+[a-zà-ÿ]+|"
    # « Un (1) des cinq (5) jours peut être utilisé pour le baptême » (6-4.20), « Un de ces cinq (5) jours »: one of them
    r"\b(?:un|une)\s*(?:\(\s*1\s*\)\s*)?(?:des|de ces)|"
    # « l'indemnité due pour les dix-huit (18) semaines », « durant les 20 premières semaines »: the weeks an amount covers
    r"\b(?:pour|durant|pendant)\s+les|"
    # « peut être comblé durant le cours d'une année scolaire » (Cris 4-3.03): within a year, not a year's delay
    r"\b(?:durant|pendant|au)\s+(?:le\s+)?cours)\s*(?:de\s+|d'\s*|n'exc[ée]dant pas\s+|d'au plus\s+)?$",
    re.IGNORECASE)


# ... but a period someone has to act in is a time limit: « le Collège dispose d'une période de trente (30) jours
# pour décider » (5-2.01), and so is a delay at most so long (10-2.02 « … un avis écrit … à l'intérieur d'un délai
# maximum de deux (2) années suivant la date de dépôt du grief »: « maximum » bounds the delay, not a length)
_TIME_TO_ACT = re.compile(r"(?:dispos\w*\s+d'une\s+p[ée]riode|\bd[ée]lai\s+(?:maximum|maximal|minimum|minimal))\s+de\s*$|"
                          # time elapsed since an event, a limit (Cris 5-2.07 d) « s'il s'est écoulé plus de 24 mois
                          # consécutifs depuis l'expiration du contrat … et son rengagement »)
                          r"\b[ée]coul[ée]e?s?\s+plus\s+d(?:e\s*|')$", re.IGNORECASE)


# right before a leave of consecutive days, the most of it one may take (6-1.02 g) « un maximum de sept (7) jours
# consécutifs … y compris le jour de l'événement »): the leave itself, its days counted from its first
_LEAVE_MAXIMUM = re.compile(r"\bun\s+maximum\s+de\s*$", re.IGNORECASE)


# a period run from a start the sentence names right after it (Bourget 5-5.04 « … inscrit sur la liste de rappel pour
# une période de vingt-quatre (24) mois à compter de la date d'expiration du contrat d'engagement … »): its end is a day
# a question asks (« je reste sur la liste jusqu'à quand ? »), as a delay's is; not a leave's length (« un congé d'une
# durée maximale de dix (10) semaines à compter de … » keeps its length)
_PERIOD_OF = re.compile(r"\bpour\s+une\s+p[ée]riode\s+de\s*$", re.IGNORECASE)
_FROM_START = re.compile(r"\s*(?:à|a)\s+compter\s+(?:de\s|du\s|des\s|d')", re.IGNORECASE)


# right after a number of years or months, what a teacher holds of it (7-5.12 « une (1) année d'études … équivaut à une
# (1) année d'expérience »): a quantity of studies, experience or service, no time limit (DEV Q2309)
_HELD_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:d'|de\s+)(?:[ée]tudes|scolarit[ée]|exp[ée]rience|service|"
                         r"anciennet[ée]|enseignement)\b", re.IGNORECASE)


def is_duration(sentence: str, delay: Delay) -> bool:
    """Whether ``delay`` is, in ``sentence``, how long something lasts (« une période n'excédant pas
    quatre (4) semaines ») rather than a time limit to act within (« dans les … », « au moins … avant »,
    « dispose d'une période de trente (30) jours pour décider ») or a period whose start the sentence names
    (``_PERIOD_OF``: « pour une période de vingt-quatre (24) mois à compter de la date d'expiration … »)."""
    plain = sentence.replace("’", "'")
    at = plain.lower().find(delay.phrase.lower()) if delay.phrase else -1
    before = plain[max(0, at - 40):at]
    if delay.consecutive and _LEAVE_MAXIMUM.search(before):
        return False  # « un maximum de 7 jours consécutifs » : the leave whose last day is asked, not a length aside
    if at >= 0 and _PERIOD_OF.search(before) and _FROM_START.match(plain, at + len(delay.phrase)):
        return False
    if at >= 0 and _HELD_AFTER.match(plain, at + len(delay.phrase)):
        return True
    return at >= 0 and bool(_DURATION_BEFORE.search(before)) and not _TIME_TO_ACT.search(before)


_ORIGIN_WORDS = r"(?:[^,.;:]|(?<=\d)\.(?=\d)){3,120}"  # up to a punctuation mark; « clause 9-1.05 » is not one
_ORIGIN_AFTER = re.compile(
    r"\s*,?\s*(?:(?:excluant|exclusion faite de|à l'exclusion de|sans compter)[^,]*,\s*|"
    r"\((?:excluant|exclusion faite de|à l'exclusion de|sans compter)[^)]*\)\s*)?"
    r"((?:à compter |à partir )?(?:de la\s|de l'|du\s|des\s|de sa\s|de son\s|"
    # « suivant la remise », « des quinze (15) jours qui suivent l'arrivée de l'enfant » (6-4.22), « suivants le dépôt »;
    # a start the sentence named before, taken up by a demonstrative (Cris 10-9.11 « À la demande écrite de la ou des
    # personnes plaignantes, … constituent dans les 10 jours suivant cette demande, un comité … »)
    r"(?:qui suit|qui suivent|suivante?s?)\s+(?:la\s|le\s|l'|sa\s|son\s|leurs?\s|cette\s|cet\s|ce\s|ces\s)|de leurs?\s|"
    rf"après (?:la\s|le\s|l'|sa\s|son\s|leurs?\s|cette\s|cet\s|ce\s|ces\s)){_ORIGIN_WORDS}(?:,\s*ou\s+(?:de la\s|de l'|du\s){_ORIGIN_WORDS})?)",
    re.IGNORECASE)
# « … avant la rencontre », « … précédant l'audition », 7-8.01 « … (24) heures à l'avance de son absence »
_ORIGIN_BEFORE = re.compile(r"\s*,?\s*(?:dans la mesure du possible,?\s*)?(?:(?:avant|précédant|à l'avance de)\s+|"
                            # Cris 9-2.07 « 30 jours ou moins d'une date d'audition »
                            r"ou moins (?:de\s+|d'))"
                            rf"((?:la|le|l'|son|sa|ses|les|cette|cet|ce|ces|une|un)\s?{_ORIGIN_WORDS})", re.IGNORECASE)
# a notice « d'au moins quarante-cinq (45) jours de son retour au service » (6-5.15): the date it announces
_ORIGIN_NOTICE = re.compile(rf"\s*(?:de\s+|d')((?:la|l'|son|sa|ses)\s?{_ORIGIN_WORDS})", re.IGNORECASE)


# a starting point written before the delay, opening its sentence's clause: « Une fois sa décision prise, il la
# communique à l'Association dans les cinq (5) jours ouvrables » (Bourget 5-2.01: the decision taken, not the 30 days
# « pour décider » of the sentence before)
_ORIGIN_ONCE = re.compile(r"(?:^|[,;:]\s*)(une fois\s[^,;:]+?)\s*,[^,;:]*$", re.IGNORECASE)


def starting_point(sentence: str, delay: Delay) -> str | None:
    """What ``delay`` runs from in its sentence, verbatim: « de la date de l'événement qui a donné
    naissance au grief » (9-1.03), « de l'incident qui y donne lieu, ou de la connaissance que le
    Collège en a eue » (5-6.06); for a delay that ends before a date, that date (« la date projetée
    de son départ », or a notice's « de son retour au service »); for one after, else, a « Une fois … , » opening the
    delay's clause (``_ORIGIN_ONCE``: 5-2.01 « Une fois sa décision prise »). None when the sentence does not say
    it."""
    plain = re.sub(r"\^\{?(er|re|e)\}?", r"\1", sentence.replace("’", "'"))  # « (4^{e}) » as the phrase writes it
    at = plain.lower().find(delay.phrase.lower()) if delay.phrase else -1
    if at < 0:
        return None
    pattern = _ORIGIN_BEFORE if delay.direction == "before" else _ORIGIN_AFTER
    found = pattern.match(plain, at + len(delay.phrase))
    if not found and delay.direction == "before":
        found = _ORIGIN_NOTICE.match(plain, at + len(delay.phrase))
    if not found and delay.direction == "after":
        found = _ORIGIN_ONCE.search(plain[:at].strip())
    if not found:
        return None
    # the exception is not the start, nor another delay the sentence sets (« … de l'entrée en vigueur de la convention
    # ou dans les 30 jours de la démission » : the 60 days run from the first only; « … de la première liste
    # d'ancienneté fournie par la Commission dans les 45 jours de l'entrée en vigueur »)
    # nor a clause of its own joined by « et » (6-6.20 « … suivant cette mise à pied et les dispositions de la clause
    # 6-6.16 s'appliquent »)
    origin = re.split(r"\s+(?:à moins|sauf)\b|\s+(?:(?:ou|et)\s+)?(?:dans les|au plus tard|avant le)\b|"
                      r"\s+et\s+(?=(?:les?|la|l'|ces?|cette|leurs?)\s?[^,;]*?\s(?:s'appliquent|s'applique|sont|est|doit|"
                      r"doivent|peut|peuvent)\b)", found.group(1), maxsplit=1)[0]
    return re.sub(r"\s+", " ", origin).strip()


# ---------------------------------------------------------------------------------------
# parse_date
# ---------------------------------------------------------------------------------------

# the abbreviations a question may write (« le 10 janv. 2026 », « 3 févr. »), beside the full names (accents folded)
# that ingest.tables.month_number reads for every module
_MONTH_ABBREVIATIONS = {"janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12}


def _month(word: str) -> int | None:
    """« fevrier » / « fevr » -> 2 (accent-folded lower-case words); None for a word that names no month."""
    return month_number(word) or _MONTH_ABBREVIATIONS.get(word)


_MONTH_RE = "|".join(sorted([_fold(name) for name in MONTHS_FR] + list(_MONTH_ABBREVIATIONS), key=len, reverse=True))
_AFTER_A_DATE = re.compile(rf"\b(?:{_MONTH_RE})\s+d'$")  # « avant le 1er avril d'une année »
# the days a teacher dates an event by (accent-folded), their date in a year: Christian feasts, the Quebec holidays
_NAMED_DAY_DATES: dict[str, Callable[[int], date]] = {
    "noel": lambda y: date(y, 12, 25), "jour de l'an": lambda y: date(y, 1, 1),
    "saint-jean-baptiste": lambda y: date(y, 6, 24), "saint-jean": lambda y: date(y, 6, 24),
    "st-jean": lambda y: date(y, 6, 24), "fete nationale": lambda y: date(y, 6, 24),
    "fete du canada": lambda y: date(y, 7, 1), "confederation": lambda y: date(y, 7, 1),
    "fete du travail": lambda y: _nth_monday(y, 9, 1), "action de graces": lambda y: _nth_monday(y, 10, 2),
    "action de grace": lambda y: _nth_monday(y, 10, 2), "vendredi saint": lambda y: _easter(y) - timedelta(days=2),
    "lundi de paques": lambda y: _easter(y) + timedelta(days=1), "paques": lambda y: _easter(y),
    "journee nationale des patriotes": lambda y: _monday_before_may_25(y),
    "fete des patriotes": lambda y: _monday_before_may_25(y),
}
_NAMED_DAYS = "|".join(sorted(_NAMED_DAY_DATES, key=len, reverse=True))
_DATE_PATTERNS = (
    # « 2027-03-05 », « 2027/03/05 » (year first)
    ("iso", re.compile(r"(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")),
    ("dmy", re.compile(r"(?<![\d.\-/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")),
    # « le 3 mars 2027 », « le premier avril », « le quinze mars 2027 », « le vingt et un juin » (a day in words)
    ("words", re.compile(rf"(?<!\d)(1er|premier|\d{{1,2}}|\b{WORDS})\s+({_MONTH_RE})\b\.?(?:\s+(\d{{4}})|\s+(dernier|prochain)\b)?")),
    ("relative", re.compile(r"\b(avant-hier|aujourd'hui|hier)\b")),
    # « le 3/11 », « depuis le 3/11 »: day and month, no year (a fraction « 2/3 » or « 1/200e » has no « le »)
    ("dm", re.compile(r"\b(?:le|du|au|depuis le|jusqu'au)\s+(1er|\d{1,2})/(\d{1,2})\b(?![/.\-]?\d)")),
    # « le 12 du mois passé », « le 3 du mois dernier », « le 15 de ce mois », « le 1er du mois prochain »: that day of the
    # month before, of this month or of the month after today's
    ("month_of", re.compile(r"\ble\s+(1er|premier|\d{1,2})\s+(?:du\s+mois\s+(passe|dernier|precedent|prochain|suivant)|"
                            r"de\s+ce\s+mois(?:-ci)?)\b")),
    # « il y a deux semaines », « il y a 10 jours »: that long before today (not « il y a 10 jours de congé », « il y a 40
    # jours ouvrables pour … »: what there is)
    ("ago", re.compile(rf"\bil y a\s+({WORDS}|\d{{1,3}})\s+(jours?|semaines?|mois)\b"
                       r"(?!\s+(?:de|d'|ouvrables?|pour|a|au|francs?|civils?)\b)")),
    # « à Noël », « à la Saint-Jean », « le lendemain de la fête du Travail », « la veille du jour de l'An », « depuis
    # Pâques », « à l'Action de grâce 2026 »: a named day as a moment (not « le congé de Noël », « la fête nationale
    # est-elle payée ? »), its year said or the latest on or before today (« prochain(e) »: the next after it)
    ("named", re.compile(rf"(?:\b(?:a|au|des|depuis)\s+|\b(?:le\s+|la\s+|l')?(surlendemain|avant-veille|lendemain|veille|jour)\s+(?:de\s+|du\s+|d')|"
                         rf"\ble\s+(?=vendredi saint|lundi de paques))(?:la\s+|l'|le\s+)?({_NAMED_DAYS})"
                         rf"(?:\s+(\d{{4}})|\s+(derniere?|prochaine?)\b)?\b")),
    # « la semaine passée, mardi », « le mardi de la semaine dernière », « mardi la semaine prochaine »: that weekday
    # of the calendar week (Monday to Sunday) before or after today's, not the latest Tuesday (« mardi passé »)
    ("week", re.compile(rf"\b(?:la\s+)?semaine\s+(passee|derniere|prochaine)\s*,?\s*(?:le\s+)?"
                        rf"({'|'.join(WEEKDAYS_FR)})\b")),
    ("weekday_of_week", re.compile(rf"\b({'|'.join(WEEKDAYS_FR)})\s+(?:de\s+)?la\s+semaine\s+"
                                   rf"(passee|derniere|prochaine)\b")),
    # « lundi passé », « vendredi dernier », « mardi prochain »: from today, the one before or after it
    ("weekday", re.compile(rf"\b({'|'.join(WEEKDAYS_FR)})\s+(passe|dernier|prochain)\b")),
    # « le jeudi 4 », « lundi le 8 »: a weekday and a day of the month, no month (a month after it is read above; not an
    # hour, « lundi 8 h 30 », nor a count, « lundi 3 jours »): the nearest such day to today that falls on that weekday
    ("weekday_day", re.compile(rf"\b({'|'.join(WEEKDAYS_FR)})\s*,?\s*(?:le\s+)?(1er|premier|\d{{1,2}})\b"
                               r"(?!\s*(?:h\b|h\d|:|[/.-]\d|e\b|er\b|heures?\b|jours?\b|semaines?\b|mois\b|ans?\b|fois\b|"
                               r"periodes?\b|minutes?\b|%))")),
    # a bare weekday told in the past (« Mardi, la direction m'a remis un avis », « j'ai reçu la lettre jeudi »): the
    # latest before today, read only in a sentence of the past (``_PAST``, no ``_FUTURE``); not « le mardi », « du lundi
    # au vendredi », « lundi et mardi », « mardi 7 décembre », « jeudi le 2 décembre » (its date read above)
    ("bare_weekday", re.compile(rf"(?<![\w'-])(?<!\ble )(?<!\bles )(?<!\bdu )(?<!\bau )(?<!\bce )(?<!\bet )(?<!\bou )"
                                rf"(?<!\bun )(?<!chaque )({'|'.join(WEEKDAYS_FR)})\b(?!\s*\d)"
                                r"(?!\s+(?:au|et|ou|a)\b)(?!\s*(?:,\s*)?(?:lundi|mardi|mercredi|jeudi|vendredi)\b)"
                                # « jeudi le 2 décembre », « jeudi, le 2 » : the weekday of the date written after it
                                r"(?!\s*,?\s*le\s+(?:1er|premier|\d))")),
)
# a weekday told from a day the text dates (« je me marie le samedi 24 avril, je commence mon congé le mercredi
# d'avant », « le lundi suivant le 3 mars », « le mardi qui suit Pâques, en 2028 »), accents folded: the nearest such
# weekday before or after that day (``_weekdays_around``)
_WEEKDAY_AROUND = re.compile(rf"\ble\s+({'|'.join(WEEKDAYS_FR)})\s+(d'avant|d'apres|precedent|suivant|"
                             r"qui\s+(?:le\s+|la\s+)?precede|qui\s+(?:le\s+|la\s+)?suit|avant|apres)\b"
                             rf"(?:\s+(?:la\s+|l'|le\s+)?({_NAMED_DAYS})\b(?:\s*,?\s*(?:en\s+)?(\d{{4}}))?)?")
# the day before or after the date written last (« les funérailles ont lieu le mardi 9 novembre pis je pars la veille »,
# « reçu le 3 mars, … le lendemain »), accents folded; not « la veille de Noël », « le lendemain de mon retour » (a
# named day, read above, or an undated moment): that date minus or plus the days its word says (``_days_around``)
_DAY_AROUND = re.compile(r"\b(?:la\s+veille|le\s+lendemain|l'avant-veille|le\s+surlendemain)\b"
                         r"(?!\s+(?:de|du|des|d')\b)")
_DAY_AROUND_SHIFT = {"veille": -1, "lendemain": 1, "avant-veille": -2, "surlendemain": 2}
# what may stand between such a weekday and the date it is told from (« le lundi suivant le vendredi 5 mars »)
_DATE_LEAD = re.compile(rf"\s*(?:(?:le|du|la)\s+)?(?:(?:{'|'.join(WEEKDAYS_FR)})\s+)?")
_UNDATED_AFTER = re.compile(r"\s*(?:la|le|l'|les|de|du|des|d'|mon|ma|mes|son|sa|ses|cette|ce|cet|un|une)\b")
# a sentence telling what happened (« m'a remis », « j'ai reçu », « était »; in the pluperfect too, « j'avais déjà pris
# le congé de candidate », « il m'avait remis »), not what will (« aura lieu », « est prévue »)
_PAST = re.compile(r"\b(?:m'a|m'ont|j'ai|ai|a|as|avons|avez|ont|avais|avait|avions|aviez|avaient)\s+(?:ete\s+|pas\s+|deja\s+|bien\s+)?"
                   r"(?!(?:une|des|les|ces|cette|que|qui|pas|lieu|droit|besoin|quelque|toute?s?)\b)"
                   r"[a-z]{2,}(?:e|es|ee|ees|i|is|it|u|us|ue|ues|t)\b|\b(?:etait|etais|etaient)\b")
_FUTURE = re.compile(r"\b(?:aura|auront|sera|seront|va|vais|vont|allons|prevue?s?|prochaine?)\b|\b[a-z]+(?:erai|era|erons|eront)\b")


# a year the text states on its own (« Cette année, en 2027, … le 20 juillet », « le 3 mars (2027) », « l'année 2027 »),
# not a school year or a range (« 2027-2028 », « 2014–2019 »): the year of its dates written without one
_STATED_YEAR = re.compile(r"(?:\ben\s+|\bannee\s+|\ban\s+|\(\s*|"
                          # « la semaine de relâche 2028 commence le lundi 6 mars », « l'été 2027 »: a year a period's
                          # name carries (not a date's: « le 6 mars 2028 », read with its date)
                          rf"\b(?!(?:{_MONTH_RE}|er|au|du|le|et|ou|a)\s)[a-z]{{2,}}\s+)"
                          r"((?:19|20)\d{2})(?![\d\-\u2013/])(?!\s*[\-\u2013/]\s*\d)")


# a year said from today's (« l'an prochain », « l'année dernière », « cette année »): its offset from today's year
_RELATIVE_YEAR = re.compile(r"\b(?:l'an|l'annee)\s+(prochaine?|derniere?|passee?)\b|\bcette\s+annee\b(?!\s+scolaire)")


def stated_year(folded: str, today: date | None = None) -> int | None:
    """The one year a folded text states apart from any date (``_STATED_YEAR``), or says from ``today``'s
    (``_RELATIVE_YEAR``: « le 3 mars de l'an prochain ») when it writes none; None when it says none or several."""
    years = {int(found) for found in _STATED_YEAR.findall(folded)}
    if today is not None and not years:  # a year written wins (« Cette année, en 2027, … »)
        years = {today.year + {"prochain": 1, "prochaine": 1}.get(word, -1 if word else 0)
                  for word in _RELATIVE_YEAR.findall(folded)}
    return years.pop() if len(years) == 1 else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# a weekday written right before a day (« le vendredi 5 mars », « vendredi le 5 mars », « le mardi 3/11 »), accents
# folded: the day's year is one where it falls on that weekday
_WEEKDAY_BEFORE = re.compile(rf"\b({'|'.join(WEEKDAYS_FR)})\s*,?\s*(?:le\s+)?$")


def _on_weekday(found: date | None, match: re.Match, today: date) -> date | None:
    """``found`` (a day and month written without a year, its year guessed), moved to the year nearest today where it
    falls on the weekday written right before it (``_WEEKDAY_BEFORE``: « le vendredi 5 mars » said on 24 February 2027
    is 5 March 2027, a Friday, not 5 March 2026, a Thursday); ``found`` when no weekday is written, it already falls on
    it, or no year beside today's and its neighbours' does."""
    written = _WEEKDAY_BEFORE.search(match.string, 0, match.start())
    if found is None or written is None or found.weekday() == WEEKDAYS_FR.index(written[1]):
        return found
    years = [_safe_date(today.year + shift, found.month, found.day) for shift in (0, 1, -1)]
    fitting = [day for day in years if day is not None and day.weekday() == WEEKDAYS_FR.index(written[1])]
    return min(fitting, key=lambda day: abs((day - today).days)) if fitting else found


def _weekday_day(match: re.Match, today: date) -> date | None:
    """« le jeudi 4 » (``_DATE_PATTERNS`` weekday_day): of the days numbered so that fall on the weekday written, in the
    year up to today's month and in the year after it, the latest on or before today, as for a day written without
    its year; the first after today when the sentence tells what is to come and nothing done (« la rencontre aura lieu
    le jeudi 4 »); None when none does."""
    number = 1 if match[2] in ("1er", "premier") else int(match[2])
    weekday, first = WEEKDAYS_FR.index(match[1]), today.replace(day=1)
    days = [_safe_date(month.year, month.month, number) for month in (add_months(first, shift) for shift in range(-12, 13))]
    fitting = [day for day in days if day is not None and day.weekday() == weekday]
    left = max(match.string.rfind(mark, 0, match.start()) for mark in ".;?!") + 1
    ends = [at for at in (match.string.find(mark, match.end()) for mark in ".;?!") if at >= 0]
    sentence = match.string[left:min(ends) if ends else len(match.string)]
    if _FUTURE.search(sentence) and not _PAST.search(sentence):
        return next((day for day in fitting if day > today), None)
    return next((day for day in reversed(fitting) if day <= today), None)


def _date_from_match(kind: str, match: re.Match, today: date, year: int | None = None) -> date | None:
    """The date one match of ``_DATE_PATTERNS`` names; a day and month without a year take ``year`` (the year the text
    states apart, ``stated_year``) when given, else the latest such day on or before today, or the nearest year where
    it falls on the weekday written before it (``_on_weekday``)."""
    if kind in ("dm", "words") and year is None and not (kind == "words" and (match[3] or match[4])):
        return _on_weekday(_date_from_match_(kind, match, today, year), match, today)
    return _date_from_match_(kind, match, today, year)


def _date_from_match_(kind: str, match: re.Match, today: date, year: int | None = None) -> date | None:
    """``_date_from_match`` before a weekday written is read."""
    if kind == "weekday_day":
        return _weekday_day(match, today)
    if kind == "iso":
        return _safe_date(int(match[1]), int(match[2]), int(match[3]))
    if kind == "dmy":
        return _safe_date(int(match[3]), int(match[2]), int(match[1]))
    if kind == "relative":
        return today - timedelta(days={"aujourd'hui": 0, "hier": 1, "avant-hier": 2}[match[1]])
    if kind == "bare_weekday":
        return today - timedelta(days=(today.weekday() - WEEKDAYS_FR.index(match[1])) % 7 or 7)
    if kind == "ago":
        amount = int(match[1]) if match[1].isdigit() else french_number(match[1])
        if not amount:
            return None
        if match[2].startswith("mois"):
            return add_months(today, -amount)
        return today - timedelta(days=amount * (7 if match[2].startswith("semaine") else 1))
    if kind == "named":
        return _named_day(match, today)
    if kind == "month_of":
        shift = {"passe": -1, "dernier": -1, "precedent": -1, "prochain": 1, "suivant": 1}.get(match[2] or "", 0)
        month = add_months(today.replace(day=1), shift)
        return _safe_date(month.year, month.month, 1 if match[1] in ("1er", "premier") else int(match[1]))
    if kind in ("week", "weekday_of_week"):
        when, name = (match[1], match[2]) if kind == "week" else (match[2], match[1])
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(days=(7 if when == "prochaine" else -7) + WEEKDAYS_FR.index(name))
    if kind == "weekday":  # never today itself: « lundi passé » said on a Monday is a week ago
        weekday = WEEKDAYS_FR.index(match[1])
        if match[2] == "prochain":
            return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    if kind == "dm":
        day, month = 1 if match[1] == "1er" else int(match[1]), int(match[2])
        if year is not None:
            return _safe_date(year, month, day)
        this_year = _safe_date(today.year, month, day)
        return this_year if this_year is not None and this_year <= today else _safe_date(today.year - 1, month, day)
    day = 1 if match[1] in ("1er", "premier") else int(match[1]) if match[1].isdigit() else french_number(match[1])
    month = _month(match[2])
    if not day or day > 31:
        return None
    if match[3]:
        return _safe_date(int(match[3]), month, day)
    if year is not None and not match[4]:
        return _safe_date(year, month, day)
    this_year = _safe_date(today.year, month, day)
    if match[4] == "prochain":  # « le 10 décembre prochain »: the next such day after today
        return this_year if this_year is not None and this_year > today else _safe_date(today.year + 1, month, day)
    if this_year is not None and (this_year < today or (this_year == today and match[4] != "dernier")):
        return this_year
    return _safe_date(today.year - 1, month, day)


def _named_day(match: re.Match, today: date) -> date | None:
    """« à Noël », « le lendemain de la Saint-Jean 2026 »: the named day (``_NAMED_DAY_DATES``) of the year said, or
    the latest on or before today (« dernier »: before it; « prochain »: the next after it); its eve or morrow."""
    on = _NAMED_DAY_DATES[match[2]]
    if match[3]:
        day = on(int(match[3]))
    else:
        day = on(today.year)
        if match[4] and match[4].startswith("prochain"):
            day = day if day > today else on(today.year + 1)
        elif day > today or (day == today and match[4]):
            day = on(today.year - 1)
    return day + timedelta(days={"lendemain": 1, "veille": -1, "surlendemain": 2, "avant-veille": -2}.get(match[1] or "", 0))


def _told_in_past(folded: str, match: re.Match) -> bool:
    """Whether the sentence holding a bare weekday tells what happened (``_PAST``) and nothing to come (``_FUTURE``)."""
    left = max(folded.rfind(mark, 0, match.start()) for mark in ".;?!") + 1
    ends = [at for at in (folded.find(mark, match.end()) for mark in ".;?!") if at >= 0]
    sentence = folded[left:min(ends) if ends else len(folded)]
    return bool(_PAST.search(sentence)) and not _FUTURE.search(sentence)


def told_in_past(text: str) -> bool:
    """Whether a text tells what happened (« l'audition a fini le 30 juin », « j'ai reçu … ») and nothing to come."""
    # « à » is no « a » (has): « la réunion est jeudi à midi » tells nothing done, though folded it reads « a midi »
    folded = _fold(_normalise(re.sub(r"(?<!\w)[àÀ](?!\w)", "à_", text)))
    return bool(_PAST.search(folded)) and not _FUTURE.search(folded)


def date_spans(text: str, today: date | None = None) -> tuple[str, list[tuple[int, int, date]]]:
    """The text as dates are read in it (lower case, accents folded) and every date's (start, end, date) there, in
    the order written; a span read as one date is not read again."""
    today = today or current_date()
    folded = _fold(_normalise(text))
    year = stated_year(folded, today)
    hits: list[tuple[int, int, date]] = []
    for kind, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(folded):
            if kind == "bare_weekday" and not _told_in_past(folded, match):
                continue
            found = _date_from_match(kind, match, today, year)
            if found is not None and not any(s < match.end() and match.start() < e for s, e, _ in hits):
                hits.append((match.start(), match.end(), found))
    hits.extend(_weekdays_around(folded, hits, year or today.year))
    hits.extend(_days_around(folded, hits))
    return folded, sorted(hits, key=lambda hit: hit[0])


def _days_around(folded: str, hits: list[tuple[int, int, date]]) -> list[tuple[int, int, date]]:
    """The dates of the days ``folded`` tells as the eve or the morrow of the date written last before them
    (``_DAY_AROUND``: « … le mardi 9 novembre 2027 pis je pars en congé la veille » : Monday 8 November 2027)."""
    found: list[tuple[int, int, date]] = []
    for match in _DAY_AROUND.finditer(folded):
        earlier = [(e, d) for _, e, d in hits if e <= match.start()]
        if earlier and not any(s < match.end() and match.start() < e for s, e, _ in hits):
            word = match[0].split()[-1].split("'")[-1]
            found.append((match.start(), match.end(), max(earlier)[1] + timedelta(days=_DAY_AROUND_SHIFT[word])))
    return found


def _weekdays_around(folded: str, hits: list[tuple[int, int, date]], year: int) -> list[tuple[int, int, date]]:
    """The dates of the weekdays ``folded`` tells from another day (``_WEEKDAY_AROUND``): from a named day it writes
    (of its year, else ``year``), from a date written right after it (« le lundi suivant le 3 mars »), else from the
    last date written before it; the nearest such weekday strictly before (« d'avant », « précédent ») or after it."""
    found: list[tuple[int, int, date]] = []
    for match in _WEEKDAY_AROUND.finditer(folded):
        if any(s < match.end() and match.start() < e for s, e, _ in hits):
            continue
        if match[3]:
            reference: date | None = _NAMED_DAY_DATES[match[3]](int(match[4]) if match[4] else year)
        else:
            following = [d for s, _, d in hits if s >= match.end() and _DATE_LEAD.fullmatch(folded[match.end():s])]
            # « le lundi avant la rencontre », « le lundi suivant son retour » : told from an undated moment, not read
            earlier = [] if match[2] in ("avant", "apres") or _UNDATED_AFTER.match(folded, match.end()) else [
                (e, d) for _, e, d in hits if e <= match.start()]
            reference = following[0] if following else max(earlier)[1] if earlier else None
        if reference is None:
            continue
        weekday = WEEKDAYS_FR.index(match[1])
        if match[2] in ("d'avant", "precedent", "avant") or "precede" in match[2]:
            day = reference - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1)
        else:
            day = reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
        found.append((match.start(), match.end(), day))
    return found


def parse_dates(text: str, today: date | None = None) -> list[date]:
    """Every date of a French text, in the order written (« on est le 10 mars 2027, mon congé
    commence le 11 avril 2027 » gives both)."""
    return [found for _, _, found in date_spans(text, today)[1]]


def parse_date(text: str, today: date | None = None) -> date | None:
    """The first date in a French text, or None (see the module docstring)."""
    dates = parse_dates(text, today)
    return dates[0] if dates else None


# ---------------------------------------------------------------------------------------
# Holidays
# ---------------------------------------------------------------------------------------


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _nth_monday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (n - 1))


def _monday_before_may_25(year: int) -> date:
    may25 = date(year, 5, 25)
    return may25 - timedelta(days=may25.weekday() or 7)


@dataclass(frozen=True)
class _HolidayRule:
    """One holiday an agreement may list: its rule name, its French name, how its name is
    written (a pattern on accent-folded lower-case text) and its date in a given year."""

    rule: str
    name: str
    pattern: str
    on: Callable[[int], date]


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _from_easter(days: int) -> Callable[[int], date]:
    return lambda year: _easter(year) + timedelta(days=days)


def _monday(month: int, n: int) -> Callable[[int], date]:
    return lambda year: _nth_monday(year, month, n)


# Longer phrases first: a name found is taken out of the text before the next one is looked for.
_HOLIDAY_RULES = (
    _HolidayRule("lendemain_jour_de_l_an", "Lendemain du jour de l'An", r"lendemain du jour de l'an|2 janvier",
                 _fixed(1, 2)),
    _HolidayRule("veille_jour_de_l_an", "Veille du jour de l'An", r"veille du jour de l'an|31 decembre",
                 _fixed(12, 31)),
    _HolidayRule("lendemain_de_noel", "Lendemain de Noël", r"lendemain de (?:la )?noel|26 decembre", _fixed(12, 26)),
    _HolidayRule("veille_de_noel", "Veille de Noël", r"veille de noel|24 decembre", _fixed(12, 24)),
    _HolidayRule("jour_de_l_an", "Jour de l'An", r"jour de l'an|1er janvier", _fixed(1, 1)),
    _HolidayRule("noel", "Noël", r"(?:jour de )?noel|25 decembre", _fixed(12, 25)),
    _HolidayRule("vendredi_saint", "Vendredi saint", r"vendredi saint", _from_easter(-2)),
    _HolidayRule("lundi_de_paques", "Lundi de Pâques", r"lundi de paques", _from_easter(1)),
    _HolidayRule("patriotes", "Journée nationale des patriotes",
                 r"journee nationale des patriotes|fete de dollard|fete de la reine", _monday_before_may_25),
    _HolidayRule("fete_nationale", "Fête nationale du Québec", r"fete nationale|saint-jean-baptiste|24 juin",
                 _fixed(6, 24)),
    _HolidayRule("confederation", "Fête du Canada", r"confederation|fete du canada|1er juillet", _fixed(7, 1)),
    _HolidayRule("fete_du_travail", "Fête du Travail", r"fete du travail", _monday(9, 1)),
    _HolidayRule("action_de_graces", "Action de grâces", r"action de graces?", _monday(10, 2)),
)
_HOLIDAY_BY_RULE = {holiday.rule: holiday for holiday in _HOLIDAY_RULES}


def _holiday_date(rule: str, year: int) -> date:
    if rule not in _HOLIDAY_BY_RULE:
        raise ValueError(f"unknown holiday rule: {rule}")
    return _HOLIDAY_BY_RULE[rule].on(year)


@lru_cache(maxsize=64)
def statutory_holidays(year: int, calendar: str = "QC") -> dict[date, str]:
    """Quebec's statutory holidays of one year, French names, from the ``holidays`` library."""
    import holidays  # imported here: only computing a deadline needs it

    if calendar != "QC":
        raise ValueError(f"unknown statutory calendar: {calendar}")
    found = holidays.Canada(subdiv="QC", years=year, categories=("public",), language="fr")
    return {day: str(name) for day, name in found.items()}


# ---------------------------------------------------------------------------------------
# rules_from_clauses
# ---------------------------------------------------------------------------------------

_CLAUSE_REF = re.compile(rf"\b{CLAUSE_NUMBER}\b")
_PERIOD = re.compile(
    rf"du\s+(1er|\d{{1,2}})\s+({_MONTH_RE})\s+(?:jusqu'au|au)\s+(1er|\d{{1,2}})\s+({_MONTH_RE})")
_SUSPENSION = re.compile(r"delais?\s+(?:ne\s+courent\s+pas|ne\s+court\s+pas|sont\s+suspendus|est\s+suspendu)")
_WEEKDAY_RANGE = re.compile(r"du\s+(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+au\s+"
                            r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)")
_NO_SUSPENSION_NOTE = ("Aucune clause de suspension des délais fournie (p. ex. pendant l'été) : "
                       "le délai court sans interruption ; à vérifier dans la convention.")
_DEFAULT_BREAK_NOTE = ("Jours chômés déterminés par l'employeur (calendrier scolaire) : "
                       "à confirmer avec votre syndicat.")


def _md(day: str, month: str) -> MonthDay:
    return (_month(month), 1 if day == "1er" else int(day))


def _format_md(md: MonthDay) -> str:
    return f"{'1er' if md[1] == 1 else md[1]} {MONTHS_FR[md[0] - 1]}"


def _working_days_rule(clauses: Mapping[str, str], folds: Mapping[str, str]
                       ) -> tuple[frozenset[int], str | None, list[str]]:
    for clause_id, text in clauses.items():
        folded = folds[clause_id]
        span = _WEEKDAY_RANGE.search(folded)
        if span and "jour ouvrable" in folded:
            first, last = (WEEKDAYS_FR.index(name) for name in span.groups())
            notes = []
            plain = re.sub(r"\s+", " ", text.replace("’", "'"))
            exception = re.search(r"à l'exception des? ([^.]*)", plain, re.IGNORECASE)
            if exception and re.search(r"calendrier|déterminé", exception[1], re.IGNORECASE):
                notes.append(f"Jours exclus selon {clause_id} : « {exception[1].strip()} ». On applique "
                             f"les jours fériés légaux du Québec et ceux que la convention énumère ; "
                             f"{_DEFAULT_BREAK_NOTE[0].lower()}{_DEFAULT_BREAK_NOTE[1:]}")
            return frozenset(range(first, last + 1)), clause_id, notes
    return frozenset(range(5)), None, [
        "Définition de « jour ouvrable » non fournie : du lundi au vendredi, hors jours fériés, supposé."]


def _holiday_rules(clauses: Mapping[str, str], folds: Mapping[str, str]
                   ) -> tuple[list[AgreementHoliday], list[AnnualPeriod]]:
    holidays_found: list[AgreementHoliday] = []
    breaks: list[AnnualPeriod] = []
    for clause_id, text in clauses.items():
        folded = folds[clause_id]
        if not re.search(r"ferie|chome", folded) or _SUSPENSION.search(folded):
            continue
        period = _PERIOD.search(folded)
        if period and re.search(r"chome|conge", folded):
            start, end = _md(*period.group(1, 2)), _md(*period.group(3, 4))
            label = f"congé du {_format_md(start)} au {_format_md(end)} inclusivement"
            breaks.append(AnnualPeriod(start, end, label, clause_id))
            continue
        rest, named = folded, []
        for holiday in _HOLIDAY_RULES:
            if re.search(holiday.pattern, rest):
                named.append(AgreementHoliday(holiday.name, holiday.rule, clause_id))
                rest = re.sub(holiday.pattern, " ", rest)
        if len(named) >= 2:  # a list of holidays, not a clause that mentions one in passing
            holidays_found.extend(named)
    return holidays_found, breaks


def _suspension_rules(clauses: Mapping[str, str], folds: Mapping[str, str]) -> list[AnnualPeriod]:
    found: list[AnnualPeriod] = []
    for clause_id, text in clauses.items():
        folded = folds[clause_id]
        if not _SUSPENSION.search(folded) or not (period := _PERIOD.search(folded)):
            continue
        refs = tuple(ref for ref in _CLAUSE_REF.findall(folded) if ref != clause_id)
        if not refs and "present chapitre" in folded:
            refs = (clause_id.split("-")[0] + "-",)
        start, end = _md(*period.group(1, 2)), _md(*period.group(3, 4))
        label = f"période suspendue du {_format_md(start)} au {_format_md(end)}"
        found.append(AnnualPeriod(start, end, label, clause_id, refs))
    return found


def rules_from_clauses(clauses: Mapping[str, str], *, source_doc: str | None = None,
                       statutory: Literal["QC"] | None = "QC") -> CalendarRules:
    """An agreement's calendar rules parsed from ``{clause_id: clause text}``.

    Pass the clauses that define « jour ouvrable », list the holidays and breaks, and
    suspend delays (for Bourget: 1-2.38, 8-16.01, 8-16.02, 10-1.07); other clauses are
    ignored. A rule no clause gives is replaced by a default said in ``assumptions``.
    """
    folds = {clause_id: _fold(_normalise(text)) for clause_id, text in clauses.items()}  # once, not once per rule
    weekdays, weekday_clause, notes = _working_days_rule(clauses, folds)
    holidays_found, breaks = _holiday_rules(clauses, folds)
    suspensions = _suspension_rules(clauses, folds)
    general: list[str] = []
    if not holidays_found and not breaks:
        notes.append("Aucune liste de jours fériés ou chômés de la convention fournie : seuls les "
                     "jours fériés légaux du Québec sont exclus. " + _DEFAULT_BREAK_NOTE)
    if not suspensions:
        general.append(_NO_SUSPENSION_NOTE)
    holiday_clauses = sorted({h.clause for h in holidays_found if h.clause}
                             | {b.clause for b in breaks if b.clause})
    if holiday_clauses and weekday_clause:
        notes.append(f"Les jours fériés et chômés des clauses {', '.join(holiday_clauses)} sont "
                     f"appliqués comme jours non ouvrables au sens de {weekday_clause} ; vérifiez "
                     f"qu'ils visent votre catégorie de personnel.")
    return CalendarRules(
        working_weekdays=weekdays, working_days_clause=weekday_clause,
        agreement_holidays=tuple(holidays_found), agreement_breaks=tuple(breaks),
        statutory=statutory, suspension_periods=tuple(suspensions),
        source_doc=source_doc, assumptions=tuple(general), working_days_assumptions=tuple(notes),
    )


# ---------------------------------------------------------------------------------------
# compute_deadline
# ---------------------------------------------------------------------------------------


def format_date(day: date, *, weekday: bool = False) -> str:
    """« lundi 10 novembre 2025 », « 1er janvier 2026 »."""
    text = f"{'1er' if day.day == 1 else day.day} {MONTHS_FR[day.month - 1]} {day.year}"
    return f"{WEEKDAYS_FR[day.weekday()]} {text}" if weekday else text


def _statutory_name(day: date, rules: CalendarRules) -> str | None:
    return statutory_holidays(day.year, rules.statutory).get(day) if rules.statutory else None


def _day_off(day: date, rules: CalendarRules) -> tuple[str, str | None] | None:
    """Why ``day`` is not a working day (reason, clause), or None if it is one."""
    if day.weekday() not in rules.working_weekdays:
        return WEEKDAYS_FR[day.weekday()], rules.working_days_clause
    for period in rules.agreement_breaks:
        if period.contains(day):
            return f"{period.label} ({period.clause})" if period.clause else period.label, period.clause
    statutory = _statutory_name(day, rules)
    listed = [h for h in rules.agreement_holidays if h.on(day.year) == day]
    if listed:
        holiday = listed[0]
        where = f"jour férié au Québec ; {holiday.clause}" if statutory else holiday.clause
        return f"{statutory or holiday.name}, {format_date(day)} ({where})", holiday.clause
    if statutory:
        return f"{statutory}, {format_date(day)} (jour férié au Québec)", None
    return None


def days_left(today: date, end: date, rules: CalendarRules | None = None) -> tuple[int, int]:
    """The days after ``today`` up to ``end`` included (« combien de jours il me reste ? »): calendar days and,
    of them, working days on ``rules`` (weekends, holidays and breaks out); (0, 0) when ``end`` is not after today."""
    rules = rules or CalendarRules()
    calendar = max(0, (end - today).days)
    working = sum(1 for n in range(1, calendar + 1) if _day_off(today + timedelta(days=n), rules) is None)
    return calendar, working


def _not_legal_day(day: date, rules: CalendarRules) -> str | None:
    """Saturday, Sunday or statutory holiday: a calendar-day deadline there moves on."""
    if day.weekday() >= 5:
        return WEEKDAYS_FR[day.weekday()]
    return _statutory_name(day, rules)


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later (or earlier, negative), or the month's last day when it has none."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    for day in range(start.day, 27, -1):
        if (found := _safe_date(year, month, day)) is not None:
            return found
    return date(year, month, min(start.day, 28))


def _calendar_length(start: date, delay: Delay) -> int:
    """The days a calendar delay spans (counted backwards for a delay that ends before its date)."""
    if delay.unit == "calendar_days":
        return delay.amount
    if delay.unit == "weeks":
        return 7 * (delay.amount - 1) + 1 if delay.ordinal_week else 7 * delay.amount
    if delay.unit == "hours":
        return delay.amount // 24
    months = delay.amount * (12 if delay.unit == "years" else 1)
    return abs((add_months(start, -months if delay.direction == "before" else months) - start).days)


class _Tally:
    """Collects skipped days and the clauses that made a difference."""

    def __init__(self) -> None:
        self.skipped: list[Skipped] = []
        self.clauses: list[str] = []

    def skip(self, day: date, reason: str, clause: str | None) -> None:
        self.skipped.append(Skipped(day, reason))
        if clause and clause not in self.clauses:
            self.clauses.append(clause)


def _count(start: date, delay: Delay, rules: CalendarRules, suspensions: list[AnnualPeriod],
           tally: _Tally) -> tuple[date, int]:
    """Walk day by day from the day after ``start`` (the day before, for a delay that ends before
    its date) until the delay is used up."""
    working = delay.unit == "working_days"
    step = timedelta(days=-1 if delay.direction == "before" else 1)
    target = delay.amount if working else _calendar_length(start, delay)
    if delay.consecutive and delay.direction == "after":
        target -= 1  # a leave's first day is ``start`` itself: its last is ``amount - 1`` days after
    day, counted = start, 0
    while counted < target:
        day += step
        if abs((day - start).days) > MAX_COUNTED_DAYS:
            raise ValueError("delay too long to compute")
        suspended = next((p for p in suspensions if p.contains(day)), None)
        if suspended is not None:
            tally.skip(day, f"{suspended.label} ({suspended.clause})", suspended.clause)
            continue
        if working and (off := _day_off(day, rules)) is not None:
            tally.skip(day, *off)
            continue
        counted += 1
    return day, counted


def _base_assumptions(start: date, delay: Delay, rules: CalendarRules) -> list[str]:
    if delay.consecutive and delay.direction == "after":
        length = f"{delay.amount} jours consécutifs" if delay.unit == "calendar_days" else f"{describe_delay(delay)} d'affilée"
        notes = [f"Congé de {length} : le {format_date(start)} en est le premier jour (jour 1), "
                 f"fins de semaine et jours fériés compris ; le dernier jour est la fin du congé, il n'est pas reporté."]
    elif delay.direction == "before":
        notes = [f"Délai à respecter avant une date : compté à rebours depuis le {format_date(start)} (ce jour-là "
                 f"n'est pas compté, le dernier jour remonté l'est) ; agir ce jour-là ou avant laisse le délai "
                 f"entier (la convention ne précise pas le mode de calcul)."]
    else:
        notes = [f"Le jour de départ ({format_date(start)}) n'est pas compté, le dernier jour l'est "
                 f"(règle usuelle de calcul des délais au Québec ; la convention ne le précise pas)."]
    if delay.unit == "working_days" and rules.statutory:
        easter_monday = any(h.rule == "lundi_de_paques" for h in rules.agreement_holidays)
        notes.append("Jours fériés légaux du Québec exclus (bibliothèque « holidays », Canada/QC)"
                     + ("." if easter_monday else " ; le lundi de Pâques n'est exclu que si la "
                        "convention le prévoit (il ne l'est pas ici)."))
    if delay.ordinal_week:
        last = start - timedelta(days=7 * (delay.amount - 1) + 1)
        notes.append(f"« {delay.phrase} » : les semaines sont comptées à rebours depuis le {format_date(start)} "
                     f"(exclu) ; la {delay.amount}e va du {format_date(last - timedelta(days=6))} au "
                     f"{format_date(last)}, son dernier jour est la limite (l'avis peut être donné plus tôt).")
    if delay.unit == "hours":
        notes.append(f"{delay.amount} heures : {delay.amount // 24} jours entiers ; au plus tard ce jour-là, à l'heure "
                     f"prévue de la rencontre ou de l'événement.")
    if delay.unit in ("months", "years"):
        notes.append("Mois et années de calendrier : même quantième du mois d'arrivée (ou dernier "
                     "jour du mois s'il n'existe pas).")
    if delay.unit != "working_days" and "de travail" in delay.phrase:
        notes.append(f"« {delay.phrase} » : compté ici en temps de calendrier ; les périodes sans travail (été, "
                     f"congés, absences) n'en sont pas déduites, l'échéance réelle est donc sans doute plus "
                     f"tardive : à confirmer avec votre syndicat.")
    for period in rules.suspension_periods:
        if delay.source_clause is None and not period.applies(None):
            scope = ", ".join(period.applies_to)
            notes.append(f"La {period.label} ({period.clause}) ne vise que {scope} ; la clause "
                             f"du délai n'étant pas connue, elle n'a pas été appliquée.")
    if delay.unit == "working_days":
        notes.extend(rules.working_days_assumptions)
    # a delay with its own excluded periods does not « court sans interruption »
    notes.extend(a for a in rules.assumptions if not (delay.excluded and a == _NO_SUSPENSION_NOTE))
    return notes


def compute_deadline(start: date, delay: Delay, rules: CalendarRules | None = None) -> DeadlineResult:
    """The last day of ``delay`` counted from ``start`` under ``rules`` (see the module docstring)."""
    rules = rules or CalendarRules()
    if delay.amount <= 0:
        raise ValueError("a delay must be positive")
    suspensions = [p for p in rules.suspension_periods if p.applies(delay.source_clause)] + list(delay.excluded)
    tally = _Tally()
    end, counted = _count(start, delay, rules, suspensions, tally)
    unextended = None
    notes = _base_assumptions(start, delay, rules)
    if delay.direction == "before" and delay.within:
        notes.append(f"« {delay.phrase} ou moins » : le {format_date(end)} est compris dans cette période ; le dernier "
                     f"jour en dehors est la veille.")
        end -= timedelta(days=1)
    if delay.direction == "before":
        if delay.unit != "working_days" and (reason := _not_legal_day(end, rules)):
            notes.append(f"Le {format_date(end, weekday=True)} est un jour non ouvrable ({reason}) : la convention "
                         f"ne prévoit pas de report ; par prudence, agissez le jour ouvrable précédent.")
    elif delay.unit != "working_days" and rules.roll_forward_calendar_deadlines and not delay.consecutive:
        moved = end
        while (reason := _not_legal_day(moved, rules)) or any(p.contains(moved) for p in suspensions):
            tally.skip(moved, f"échéance reportée ({reason or 'période suspendue'})", None)
            moved += timedelta(days=1)
            if (moved - end).days > 366:
                raise ValueError("no working day after the deadline")
        notes.append("Délai en jours de calendrier : fins de semaine et jours fériés sont comptés ; "
                     "une échéance tombant un samedi, un dimanche ou un jour férié est reportée au "
                     "jour ouvrable suivant (Loi d'interprétation, RLRQ c. I-16, art. 52 ; la "
                     "convention ne le prévoit pas)."
                     + (f" Sans ce report, l'échéance serait le {format_date(end, weekday=True)}."
                        if moved != end else ""))
        if moved != end:
            unextended, end = end, moved
    # the clauses the count rests on: the delay's, the definition of a working day, and only those
    # holiday, break and suspension clauses that took a day out of this count
    clauses = [c for c in (delay.source_clause,) if c]
    if delay.unit == "working_days":
        clauses += [c for c in (rules.working_days_clause,) if c]
    clauses += tally.clauses
    return DeadlineResult(
        start=start, delay=delay, end_date=end, days_counted=counted,
        skipped=tuple(tally.skipped), assumptions=tuple(dict.fromkeys(notes)),
        clauses_used=tuple(dict.fromkeys(clauses)), unextended_end=unextended,
    )


# ---------------------------------------------------------------------------------------
# Fixed dates (« avant le 1er avril », « au plus tard le 15 octobre de chaque année »)
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FixedDate:
    """A yearly date an agreement sets: « avant le 1er avril » (``before``: the day itself is
    excluded) or « au plus tard le 15 octobre » (``by``: the day itself is the last one)."""

    month: int
    day: int
    # « on »: the day itself, a yearly date something is due or owed on (Cris 12-8.01 « a droit annuellement, au 1er
    # mars, à une indemnité additionnelle »), counted as « by » is
    kind: Literal["before", "by", "on"]
    source_clause: str | None = None
    source_doc: str | None = None
    phrase: str = ""
    # the words of its sentence leading to it, from the yearly date before it (or the sentence's start), accents folded:
    # what is due by this date when a sentence sets two (6-6.05 « … la demande écrite au Collège avant le 1er avril et
    # ce dernier lui répond par écrit avant le 1er mai qui suit » : « et ce dernier lui repond par ecrit »)
    lead: str = ""


@dataclass(frozen=True)
class FixedDateResult:
    """The last day to act under a fixed date, from the date a question gives (or in the school year it names:
    ``school_year``, its first calendar year)."""

    start: date
    rule: FixedDate
    due: date  # the date named, in the year that applies
    end_date: date  # the last day to act (the day before ``due`` for « avant le »)
    assumptions: tuple[str, ...] = ()
    clauses_used: tuple[str, ...] = ()
    school_year: int | None = None
    calendar_year: int | None = None  # the calendar year a question names (« pour cet automne 2027 »)


# a limit its day still meets (« ne doit pas dépasser le 1er avril », Bourget 5-2.07 A; « ne peut excéder le … »),
# accents folded: a FixedDate of kind « by », as « au plus tard le » is
_NOT_PAST = r"ne\s+(?:doit|doivent|peut|peuvent|saurait|sauraient)\s+(?:pas\s+)?(?:depasser|exceder)\s+le"
# « il aura alors jusqu'au 1er octobre pour les fournir » (7-2.02, 7-5.14): someone has until that day, « by » too
_HAS_UNTIL = r"(?:aura|auront|a|ont)\s+(?:alors\s+)?jusqu'au"
_FIXED_DATE = re.compile(
    rf"\b(avant le|au plus tard le|{_NOT_PAST}|{_HAS_UNTIL})\s+(1er|premier|\d{{1,2}})\s+({_MONTH_RE})\b(?!\.?,?\s*\d{{4}})")


# a date a yearly word sets on its day (Cris 12-8.01 « a droit annuellement, au 1er mars, à une indemnité additionnelle »,
# « chaque année, le 1er février, le Collège établit … »), accents folded: a FixedDate of kind « on »
_YEARLY_ON = re.compile(rf"\b(?:annuellement|chaque annee),?\s+(au|le)\s+(1er|premier|\d{{1,2}})\s+({_MONTH_RE})\b"
                        r"(?!\.?,?\s*\d{4})")


def find_fixed_dates(text: str, *, source_clause: str | None = None,
                     source_doc: str | None = None) -> list[FixedDate]:
    """Every yearly date of ``text`` (« avant le 1er avril », « au plus tard le 15 octobre », « annuellement, au 1er
    mars »); a date with its year (« avant le 1er juillet 2014 ») is a one-off, not a yearly rule."""
    found = []
    folded, lead = _fold(_normalise(text)), 0
    matches = sorted([*_FIXED_DATE.finditer(folded), *_YEARLY_ON.finditer(folded)], key=lambda found: found.start())
    for match in matches:
        day = 1 if match[2] in ("1er", "premier") else int(match[2])
        month = _month(match[3])
        if _safe_date(2024, month, day) is None:  # 2024: a leap year, so 29 February is a date
            continue
        kind: Literal["before", "by", "on"] = ("before" if match[1] == "avant le" else "on"
                                               if match[1] in ("au", "le") else "by")
        found.append(FixedDate(month, day, kind, source_clause, source_doc, match.group(0), folded[lead:match.start()]))
        lead = match.end()
    return found


def _in_year(year: int, month: int, day: int) -> date:
    return _safe_date(year, month, day) or date(year, month, day - 1)  # 29 February in a common year


# a school year a text names (« pour 2027-2028 », « l'année scolaire 2026-2027 », « (2028-2029) »): two years in a row,
# not a date (« 2026-03-09 ») nor a range of more than one year (« 2023-2028 »)
# a sentence's full stop after it (« à partir de 2027-2028. ») is no part of a date
_SCHOOL_YEAR = re.compile(r"(?<![\d/\-\u2013])(?<!\d\.)((?:19|20)\d{2})\s*[\-\u2013/]\s*((?:19|20)?\d{2})"
                          r"(?![\d/\-\u2013])(?!\.\d)")


def school_year_matches(text: str) -> list[re.Match]:
    """Where ``text`` names a school year (« pour 2027-2028 »: two years in a row), in order: its words are a period
    asked about, not a date told (``school_years`` gives their first years)."""
    found = []
    for match in _SCHOOL_YEAR.finditer(text):
        first, second = int(match[1]), match[2]
        if (int(second) if len(second) == 4 else first // 100 * 100 + int(second)) == first + 1:
            found.append(match)
    return found


def school_years(text: str) -> list[int]:
    """The first calendar year of each school year ``text`` names, in order (« pour 2027-2028 » : [2027])."""
    return [int(match[1]) for match in school_year_matches(text)]


def compute_school_year_date(first_year: int, rule: FixedDate, rules: CalendarRules | None = None,
                             for_next: bool = False) -> FixedDateResult:
    """The last day to act under ``rule`` for the school year beginning on 1 July ``first_year``: the rule's date
    within that school year (July to December in ``first_year``, January to June in the next), or, ``for_next``,
    within the school year before it, when the rule acts for « l'année scolaire suivante » (Cris 5-8.06 « avant le
    1er juin de l'année scolaire en cours, aviser … de sa décision de ne pas renouveler l'engagement … pour l'année
    scolaire suivante » : for 2027-2028, before 1 June 2027)."""
    rules = rules or CalendarRules()
    year = first_year - 1 if for_next else first_year
    due = _in_year(year if rule.month >= 7 else year + 1, rule.month, rule.day)
    before = rule.kind == "before"
    end = due - timedelta(days=1) if before else due
    notes = [f"Année scolaire {first_year}-{first_year + 1} (du 1er juillet au 30 juin) : " + (
        f"la règle vise l'année scolaire suivante ; sa date tombe donc dans l'année scolaire {year}-{year + 1}."
        if for_next else "la date de la règle tombe dans cette année scolaire.")]
    notes.extend(_fixed_notes(due, end, before, rules))
    return FixedDateResult(date(year, 7, 1), rule, due, end, tuple(notes),
                           tuple(c for c in (rule.source_clause,) if c), school_year=first_year)


# a year a text names on its own (« l'année civile 2026 », « cet automne 2027 »): four digits that are no part of a school
# year (« 2027-2028 »), of a date (« 2026-03-09 », « 10/11/2026 ») nor of a month's name (« décembre 2026 »)
_LONE_YEAR = re.compile(r"(?<![\d/\-\u2013])(?<!\d\.)((?:19|20)\d{2})(?![\d/\-\u2013])(?!\.\d)(?!\s*[\-\u2013/]\s*\d)")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_RE})\.?,?\s*$")


def calendar_years(text: str) -> list[int]:
    """The calendar years ``text`` names on their own, in order (« la liste pour l'année civile 2026 » : [2026]); a
    school year (« 2027-2028 »), a date or a month's year (« en décembre 2026 ») names none."""
    folded = _fold(_normalise(text))
    return [int(found[1]) for found in _LONE_YEAR.finditer(folded) if not _MONTH_BEFORE.search(folded[:found.start()])]


def compute_year_date(year: int, rule: FixedDate, rules: CalendarRules | None = None,
                      following: bool = False) -> FixedDateResult:
    """The last day to act under ``rule`` for the calendar year ``year`` a question names: the rule's date in that
    year, or, ``following``, in the year after, when its sentence sets the date after the year it covers (Bourget
    3-6.05 « Cette liste couvre la période du 1er janvier au 31 décembre et doit être produite avant le 28 février qui
    suit l'année écoulée » : for 2026, before 28 February 2027)."""
    rules = rules or CalendarRules()
    due = _in_year(year + 1 if following else year, rule.month, rule.day)
    before = rule.kind == "before"
    end = due - timedelta(days=1) if before else due
    notes = [f"Année {year} : " + (f"la règle fixe sa date dans l'année qui suit l'année visée, donc en {year + 1}."
                                   if following else f"la date de la règle en {year}.")]
    notes.extend(_fixed_notes(due, end, before, rules))
    return FixedDateResult(date(year, 1, 1), rule, due, end, tuple(notes),
                           tuple(c for c in (rule.source_clause,) if c), calendar_year=year)


def _fixed_notes(due: date, end: date, before: bool, rules: CalendarRules) -> list[str]:
    """What a fixed date's last day leaves to say: « avant le » excludes its day; a last day not worked is not carried."""
    notes = []
    if before:
        notes.append(f"« Avant le {format_date(due)} » : ce jour-là est exclu, le dernier jour est la veille.")
    if reason := _not_legal_day(end, rules):
        notes.append(f"Le {format_date(end)} est un jour non ouvrable ({reason}) : la convention ne prévoit pas "
                     f"de report d'une date fixe ; par prudence, agissez le jour ouvrable précédent.")
    return notes


def compute_fixed_date(start: date, rule: FixedDate, rules: CalendarRules | None = None,
                       ahead_of: bool = False) -> FixedDateResult:
    """The last day to act under ``rule`` from ``start``: this year's date when it is still ahead
    (on ``start`` itself included), else next year's; said in the assumptions, with the weekday
    when it is not a working day (a fixed date is not carried: the agreement does not say so).
    ``ahead_of``: ``start`` is a planned event the act must precede (« mon congé commence le 1er
    août 2027, ma demande au plus tard quand ? »): the last such date before it."""
    rules = rules or CalendarRules()
    before = rule.kind == "before"
    due = _in_year(start.year, rule.month, rule.day)
    end = due - timedelta(days=1) if before else due
    notes = []
    if ahead_of:
        if end >= start:
            due = _in_year(start.year - 1, rule.month, rule.day)
            end = due - timedelta(days=1) if before else due
        notes.append(f"Échéance qui précède l'événement daté dans votre question ({format_date(start)}) : "
                     f"celle de {due.year}.")
    elif end < start:
        notes.append(f"Au {format_date(start)}, l'échéance de {start.year} ({format_date(end)}) est passée : "
                     f"voici celle de {start.year + 1}.")
        due = _in_year(start.year + 1, rule.month, rule.day)
        end = due - timedelta(days=1) if before else due
    else:
        notes.append(f"Échéance de l'année en cours : le {format_date(start)} la précède.")
    notes.extend(_fixed_notes(due, end, before, rules))
    return FixedDateResult(start, rule, due, end, tuple(notes),
                           tuple(c for c in (rule.source_clause,) if c))


def fixed_last_day(year: int, rule: FixedDate) -> date:
    """The last day to act under ``rule`` in calendar year ``year`` (the day before its date for « avant le »)."""
    due = _in_year(year, rule.month, rule.day)
    return due - timedelta(days=1) if rule.kind == "before" else due


def compute_date_after(day: date, rule: FixedDate, start: date, rules: CalendarRules | None = None) -> FixedDateResult:
    """The last day to act under ``rule`` at its first date after ``day``, the date of another yearly rule of its clause
    that has passed (Bourget 6-5.04 « Toutefois, … si elle est soumise avant le 1er juin » after its « avant le 1er
    avril » of the same year: 31 May), read from ``start`` (the question's today)."""
    rules = rules or CalendarRules()
    due = _in_year(day.year, rule.month, rule.day)
    if due <= day:
        due = _in_year(day.year + 1, rule.month, rule.day)
    before = rule.kind == "before"
    end = due - timedelta(days=1) if before else due
    return FixedDateResult(start, rule, due, end, tuple(_fixed_notes(due, end, before, rules)),
                           tuple(c for c in (rule.source_clause,) if c))


def format_fixed_answer(result: FixedDateResult) -> str:
    """The last day in bold first, then the rule it comes from and the assumptions (Markdown)."""
    rule = result.rule
    source = f", clause {rule.source_clause}" if rule.source_clause else ""
    said = {"before": "avant le", "by": "au plus tard le"}.get(rule.kind, "le")
    when = (f"année scolaire {result.school_year}-{result.school_year + 1}" if result.school_year is not None else
            f"année {result.calendar_year}" if result.calendar_year is not None else
            f"{'avant le' if result.end_date < result.start else 'à partir du'} {format_date(result.start)}")
    parts = [f"**{'Le' if rule.kind == 'on' else 'Au plus tard le'} {format_date(result.end_date, weekday=True)}**",
             f"Date fixe chaque année : {said} {_format_md((rule.month, rule.day))}{source} ({when})."]
    if result.assumptions:
        parts.append("Hypothèses :\n" + "\n".join(f"- {a}" for a in result.assumptions))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------------------
# format_answer
# ---------------------------------------------------------------------------------------

_UNIT_FR = {
    "working_days": ("jour ouvrable", "jours ouvrables"),
    "calendar_days": ("jour (de calendrier)", "jours (de calendrier)"),
    "weeks": ("semaine", "semaines"), "months": ("mois", "mois"), "years": ("an", "ans"), "hours": ("heure", "heures"),
}


def describe_delay(delay: Delay) -> str:
    """« 40 jours ouvrables », « 2 années » (the agreement's own word for years)."""
    if delay.ordinal_week:
        return f"la {delay.amount}e semaine (son dernier jour)"
    singular, plural = _UNIT_FR[delay.unit]
    if delay.unit == "years" and "annee" in _fold(delay.phrase.lower()):
        singular, plural = "année", "années"
    return f"{delay.amount} {singular if delay.amount == 1 else plural}"


def _group_days(days: list[date]) -> str:
    days = sorted(days)  # a count backwards skips them latest first: said in calendar order
    if len(days) <= 4:
        return ", ".join(format_date(d) for d in days)
    if (days[-1] - days[0]).days + 1 == len(days):
        return f"{len(days)} jours, du {format_date(days[0])} au {format_date(days[-1])}"
    return f"{len(days)} jours de semaine entre le {format_date(days[0])} et le {format_date(days[-1])}"


def _skipped_lines(skipped: Iterable[Skipped]) -> list[str]:
    weekends = [s.day for s in skipped if s.reason in ("samedi", "dimanche")]
    groups: dict[str, list[date]] = {}
    for item in skipped:
        if item.reason not in ("samedi", "dimanche"):
            groups.setdefault(item.reason, []).append(item.day)
    lines = [f"- {len(weekends)} jour{'s' if len(weekends) > 1 else ''} de fin de semaine"] if weekends else []
    for reason, days in groups.items():
        if len(days) == 1 and format_date(days[0]) in reason:
            lines.append(f"- {reason}")
        else:
            lines.append(f"- {reason} : {_group_days(days)}")
    return lines


def format_answer(result: DeadlineResult) -> str:
    """A short French answer in Markdown: the date in bold first, then how it was computed."""
    delay = result.delay
    source = f", clause {delay.source_clause}" if delay.source_clause else ""
    parts = [
        f"**Au plus tard le {format_date(result.end_date, weekday=True)}**",
        (f"{describe_delay(delay)} avant le {format_date(result.start)} (ce jour exclu), comptés à rebours{source}."
         if delay.direction == "before" else
         f"{describe_delay(delay)} à partir du {format_date(result.start)} ("
         f"{'ce jour compté comme le premier' if delay.consecutive else 'le jour même exclu'}){source}."),
    ]
    if lines := _skipped_lines(result.skipped):
        parts.append("Jours non comptés :\n" + "\n".join(lines))
    if result.assumptions:
        parts.append("Hypothèses :\n" + "\n".join(f"- {a}" for a in result.assumptions))
    if result.clauses_used:
        parts.append("Clauses utilisées : " + ", ".join(result.clauses_used) + ".")
    return "\n\n".join(parts)


__all__ = [
    "AgreementHoliday", "AnnualPeriod", "CalendarRules", "Delay", "DeadlineResult", "FixedDate", "FixedDateResult",
    "Skipped", "calendar_years", "clause_exclusions", "compute_deadline", "compute_fixed_date", "compute_school_year_date",
    "compute_year_date", "describe_delay", "find_delays", "find_fixed_dates",
    "format_answer", "format_date", "format_fixed_answer", "starting_point",
    "date_spans", "days_left", "is_duration", "parse_date", "parse_dates", "shifted_start", "parse_delay", "rules_from_clauses", "school_years", "statutory_holidays",
]
