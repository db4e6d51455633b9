"""A salary or an hourly rate the question states, put through the agreement's own rule for days, hours or minutes.

A teacher states their annual salary (« mon traitement annuel est de 65 000 $ », « l'échelle me donne 54 000 $ par
année ») or their hourly rate (« mon taux horaire est de 40 $ ») and the counts of their case, and asks what the
agreement pays or takes off. The rule is read in the first passages, each term in its text:

- a deduction per length absent (Bourget 7-8.04 « Le Collège déduit 1/200e (enseignant et animateur) … par jour de
  travail (lire 1/400e … par demi-journée de travail et lire 1/1000e (enseignant et animateur) … pour chaque heure de
  travail) du traitement annuel »): the stated salary × the lengths absent ÷ the fraction of the question's staff
  (:func:`deducted`);
- the value of days a sentence sets as a fraction of the salary (Cris 5-10.37 D) « … la valeur de ces jours de congé
  de maladie … est de 1/200 du traitement applicable au moment du départ, le prorata du 1/200 du traitement
  s'appliquant pour la fraction de jour »): the stated salary × the days (a half day too) ÷ the fraction
  (:func:`days_valued`);
- the salary pro rata of the days worked (7-7.06 « … calculé au prorata à raison d'un deux-centième (1/200e) ou un
  deux-cent-soixantième (1/260e) du traitement pour chaque jour de travail effectué »; its paragraph on leaving « …
  multiplié par le rapport du nombre de jours effectifs de travail au départ sur le nombre de jours effectifs de travail
  que comprend l'année de travail (1/200e ou 1/260e) »): the stated salary × the days worked ÷ the fraction of the
  question's staff (:func:`days_prorated`);
- a period longer than an hour paid pro rata of the hourly rate (7-6.05 « … qui se voit confier des périodes de travail
  de plus de soixante (60) minutes est rémunéré au prorata sur la base du taux horaire fixé »): the stated rate × the
  minutes ÷ 60 (:func:`hourly_prorated`).

Whose fraction a rule writing two is (« 1/200e ou 1/260e ») is the staff the question names: a teacher or an animateur
(« enseignant », « animatrice »), never guessed for other staff. :func:`stated_pay` tries the rules over the first
passages and writes the answer: the amount first, each term said, the rule's sentence quoted and cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Sequence

from ingest.bm25 import tokenize
from ingest.types import Chunk

from .drafts import Draft, one_line
from .number_words import french_number, spelled
from .pay_arithmetic import absent_length, deduction_shares
from .tables import money, stated_amounts

# the question asks what is taken off (« combien le Collège va me déduire ? », « on me coupe combien ? »)
_TAKEN_OFF = re.compile(r"\b(?:coup\w*|d[ée]dui\w*|d[ée]duction|retenu\w*|retien\w*|enl[èe]v\w*)\b", re.IGNORECASE)
# an amount asked (« combien », « quel montant », « quel traitement je vais recevoir »)
_AMOUNT_ASKED = re.compile(r"\bcombien\b|\bquel(?:le)?s?\s+(?:montant|somme|traitement|salaire|compensation|"
                           r"indemnit[ée]|paie|paye)\b", re.IGNORECASE)
# a count asked (« combien de jours »): no amount; « combien de traitement » asks one
_COUNT_ASKED = re.compile(r"\bcombien\s+(?:de\s+|d')(?!argent\b|traitement\b|salaire\b|pa[iy]e\b|\$)", re.IGNORECASE)
# the staff the question names: a teacher or an animateur, not a non-teaching one
_TEACHING = re.compile(r"\b(?:enseignant\w*|animat(?:eur|rice)s?|profs?|professeure?s?)\b", re.IGNORECASE)
_NOT_TEACHING = re.compile(r"non[- ]enseignant|\bprofessionnel|\bsoutien\b|\btechnicien|\bPNE\b", re.IGNORECASE)
# a salary the question states: the amount beside « traitement », « salaire », « échelle » or « par année »
_SALARY_WORD = re.compile(r"\b(?:traitement|salaire|[ée]chelle)\b|\bpar\s+(?:an|ann[ée]e)\b", re.IGNORECASE)
# an hourly rate the question states (« mon taux horaire est de 40 $ », « 40 $ de l'heure »)
_RATE_BEFORE = re.compile(r"\btaux\s+horaire\b[^$.?]{0,20}$", re.IGNORECASE)
_RATE_AFTER = re.compile(r"\s*(?:de\s+l'heure|l'heure|par\s+heure|/\s*h(?:eure)?\b)", re.IGNORECASE)
# a sentence setting the value of days as a fraction of the salary (5-10.37 D) « la valeur de ces jours de congé de
# maladie remboursables … est de 1/200 du traitement applicable »): the days named, the fraction
_DAYS_VALUE = re.compile(r"\bvaleur\s+de\s+(?:ces|chaque|ses|ces\s+\w+)?\s*(?P<thing>jours?\b[^.;]*?)\best\s+de\s+"
                         r"1/(?P<share>\d{2,4})e?\s+du\s+traitement\b", re.IGNORECASE)
# days the question counts, a half day too (« 12,5 jours », « 8 jours et demi »)
_DAYS_COUNTED = re.compile(rf"(?<![\w,.])(?P<count>\d{{1,3}}(?:,5)?|{spelled(1, 20)})\s+(?:jours?|journ[ée]es?)\b"
                           r"(?P<half>\s+et\s+demie?\b)?", re.IGNORECASE)
# a sentence paying the salary pro rata of the days worked (7-7.06 « … calculé au prorata à raison d'un deux-centième
# (1/200e) ou … (1/260e) du traitement pour chaque jour de travail effectué »), and its paragraph on leaving (« … qui
# quitte son emploi … multiplié par le rapport du nombre de jours effectifs de travail au départ … (1/200e ou 1/260e) »)
_PRORATA_DAYS = re.compile(r"\bau\s+prorata\s+[àa]\s+raison\s+(?:de\s+|d')[^.;]*?\b1/\d{2,4}e?\b[^.;]*?\btraitement\b"
                           r"[^.;]*?\bpour\s+chaque\s+jour\s+de\s+travail\b", re.IGNORECASE)
_LEAVING_RATIO = re.compile(r"\bquitte\b[^.;]*?\brapport\s+du\s+nombre\s+de\s+jours\b[^.;]*?\b1/\d{2,4}e?\b[^.;]*",
                            re.IGNORECASE)
_FRACTION = re.compile(r"\b1/(\d{2,4})e?\b")
# the question says the teacher leaves during the year, or started after it began
_LEAVING = re.compile(r"\bquitt\w*|\bd[ée]missionn?\w*|\bd[ée]part\b|\bje\s+pars\b", re.IGNORECASE)
# days the question counts as a year's, not worked (« sur les 200 jours de l'année »)
_YEAR_DAYS = re.compile(r"\b(?:sur|des|les)\s+(?:les\s+)?(\d{3})\s+jours\b", re.IGNORECASE)
# a period longer than an hour paid pro rata of the hourly rate (7-6.05), and the period the question gives
_HOURLY_PRORATA = re.compile(r"\bp[ée]riodes?\s+de\s+travail\s+de\s+plus\s+de\s+[^.;]*?\((\d{2,3})\)\s+minutes\s+est\s+"
                             r"r[ée]mun[ée]r[ée]e?\s+au\s+prorata\s+sur\s+la\s+base\s+du\s+taux\s+horaire\b[^.;]*",
                             re.IGNORECASE)
_PERIOD_SAID = re.compile(rf"(?<![\w,.])(?P<count>\d{{1,2}}|une?|{spelled(2, 10)})\s+p[ée]riodes?\s+de\s+"
                          r"(?P<minutes>\d{2,3})\s*(?:minutes?|min)\b", re.IGNORECASE)


@dataclass(frozen=True)
class StatedPay:
    """An amount computed from the question's stated salary or rate: the amount, its arithmetic said in French, and the
    sentence of ``chunk`` writing the rule (verbatim in ``chunk.text``)."""

    amount: Decimal
    arithmetic: str
    quote: str
    chunk: Chunk


def _cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _count(said: str) -> Decimal | None:
    if said[:1].isdigit():
        return Decimal(said.replace(",", "."))
    value = french_number(said) if said.lower() not in ("un", "une") else 1
    return Decimal(value) if value else None


def _said(count: Decimal) -> str:
    text = f"{count.normalize():f}"
    return text.replace(".", ",")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` from ``start`` to ``end``, widened to its line's start or the sentence before, and to the
    next full stop."""
    begin = text.rfind("\n", 0, start) + 1
    point = text.rfind(". ", begin, start)
    begin = point + 2 if point >= 0 else begin
    stop = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    stop_at = min(stop, default=len(text))
    sentence = text[begin:stop_at + (1 if text[stop_at:stop_at + 1] == "." else 0)].strip()
    marker = re.match(r"(?:-\s*)?(?:[A-Za-z]\)|\d+-\d+\.\d+)\s+", sentence)
    return sentence[marker.end():] if marker else sentence


def teaching_staff(question: str) -> bool:
    """Whether the question names a teacher or an animateur (and no non-teaching staff): whose fraction of two is read."""
    return bool(_TEACHING.search(question)) and not _NOT_TEACHING.search(question)


def stated_salary(question: str) -> Decimal | None:
    """The one annual salary the question states (one dollar amount, a salary word in the question), else None."""
    stated = stated_amounts(question)
    if len(stated) != 1 or not _SALARY_WORD.search(question) or _RATE_BEFORE.search(question[:stated[0].start]) or \
            _RATE_AFTER.match(question, stated[0].end):
        return None
    return Decimal(repr(stated[0].value))


def stated_rate(question: str) -> Decimal | None:
    """The one hourly rate the question states (« mon taux horaire est de 40 $ », « 40 $ de l'heure »), else None."""
    stated = stated_amounts(question)
    if len(stated) != 1 or not (_RATE_BEFORE.search(question[:stated[0].start]) or
                                _RATE_AFTER.match(question, stated[0].end)):
        return None
    return Decimal(repr(stated[0].value))


def deducted(chunk: Chunk, question: str, salary: Decimal) -> StatedPay | None:
    """What the passage's deduction sentence (7-8.04) takes off a teacher's stated salary for the lengths absent the
    question says (« une absence … de 4 heures » → 4 × 1/1000): None without a deduction asked, a teacher named, a
    length absent, or the sentence's fraction for it."""
    if not _TAKEN_OFF.search(question) or not teaching_staff(question):
        return None
    shares = deduction_shares(chunk.text)
    absent = absent_length(question)
    if not shares or absent is None:
        return None
    length, count = absent
    share = shares.get((length, False))
    if share is None:
        return None
    found = re.search(r"\bd[ée]dui[a-z]*\s+1/\d+", chunk.text, re.IGNORECASE)
    unit = {"jour": "jour", "demi-journée": "demi-journée", "heure": "heure"}[length]
    plural = "s" if count > 1 else ""
    arithmetic = (f"{money(float(salary))} (le traitement annuel de votre question) × {_said(count)} ÷ {share} "
                  f"(1/{share} par {unit}, pour {_said(count)} {unit}{plural} d'absence)")
    return StatedPay(_cents(salary * count / share), arithmetic, _sentence(chunk.text, found.start(), found.end()), chunk)


def days_valued(chunk: Chunk, question: str, salary: Decimal) -> StatedPay | None:
    """The days the question counts (one count, « 12,5 jours ») at the value the passage sets for such days (5-10.37
    D) « la valeur de ces jours … est de 1/200 du traitement »), when the question names a word of those days (« maladie
    »): the stated salary × the days ÷ the fraction; None otherwise."""
    found = _DAYS_VALUE.search(chunk.text)
    if found is None:
        return None
    thing = set(tokenize(found.group("thing"))) - set(tokenize("jour jours de du des la le les ces"))
    if not thing & set(tokenize(question)):
        return None
    counts = {(_count(m.group("count")) or 0) + (Decimal("0.5") if m.group("half") else 0)
              for m in _DAYS_COUNTED.finditer(question)}
    if len(counts) != 1 or not next(iter(counts)):
        return None
    days, share = counts.pop(), int(found.group("share"))
    arithmetic = f"{money(float(salary))} (le traitement de votre question) ÷ {share} × {_said(days)} jours"
    return StatedPay(_cents(salary * days / share), arithmetic, _sentence(chunk.text, found.start(), found.end()), chunk)


def _worked(question: str, share: int) -> int | None:
    """The one count of days worked the question says, the year's days it also says (« sur les 200 jours ») left out."""
    year = {int(d) for d in _YEAR_DAYS.findall(question)}
    counts = {int(c) for c in re.findall(r"(?<![\w,.])(\d{1,3})\s+(?:jours?|journ[ée]es?)\b", question)} - year
    if len(counts) != 1:
        return None
    days = counts.pop()
    return days if 1 < days < share else None


def days_prorated(chunk: Chunk, question: str, salary: Decimal,
                  day_share: Callable[[str, bool], int | None]) -> StatedPay | None:
    """The stated salary pro rata of the days the question says are worked, by the passage's rule (7-7.06; its
    paragraph on leaving when the question says the teacher leaves): × the days ÷ the fraction, the fraction of the
    teacher the question names when the rule writes two (the agreement's day's pay for that staff, ``day_share``)."""
    if _TAKEN_OFF.search(question):
        return None
    found = _LEAVING_RATIO.search(chunk.text) if _LEAVING.search(question) else None
    found = found or _PRORATA_DAYS.search(chunk.text)
    if found is None:
        return None
    shares = {int(f) for f in _FRACTION.findall(found.group(0))}
    if len(shares) > 1:
        if not teaching_staff(question):
            return None
        day = day_share(chunk.doc, False)
        shares = {day} if day in shares else set()
    if len(shares) != 1:
        return None
    share = shares.pop()
    days = _worked(question, share)
    if days is None:
        return None
    arithmetic = f"{money(float(salary))} (le traitement annuel de votre question) × {days} ÷ {share} jours"
    return StatedPay(_cents(salary * days / share), arithmetic, _sentence(chunk.text, found.start(), found.end()), chunk)


def hourly_prorated(chunk: Chunk, question: str, rate: Decimal) -> StatedPay | None:
    """Periods the question gives (« une période de 90 minutes », one length) longer than the passage's hour, paid pro
    rata of the stated hourly rate (7-6.05): the rate × the minutes ÷ 60 × the periods; None otherwise."""
    found = _HOURLY_PRORATA.search(chunk.text)
    periods = list(_PERIOD_SAID.finditer(question))
    if found is None or len(periods) != 1:
        return None
    count, minutes, hour = _count(periods[0].group("count")), int(periods[0].group("minutes")), int(found.group(1))
    if not count or minutes <= hour:
        return None
    one = rate * minutes / 60
    arithmetic = f"{money(float(rate))} (le taux horaire de votre question) × {minutes} ÷ 60 minutes"
    if count > 1:
        arithmetic = f"{_said(count)} périodes × ({arithmetic} = {money(float(_cents(one)))} la période)"
    return StatedPay(_cents(one * count), arithmetic, _sentence(chunk.text, found.start(), found.end()), chunk)


def stated_pay(question: str, chunks: Sequence[Chunk], day_share: Callable[[str, bool], int | None]) -> Draft | None:
    """The first rule of ``chunks`` (the first passages of the documents asked) that computes an amount from the salary
    or the hourly rate the question states (see the module docstring): the amount first, its arithmetic and the rule's
    clause, then the rule's sentence quoted; both cited. None without an amount asked or one stated amount, or when no
    passage writes such a rule for the question's numbers."""
    if not _AMOUNT_ASKED.search(question) or _COUNT_ASKED.search(question):
        return None
    salary, rate = stated_salary(question), stated_rate(question)
    if salary is None and rate is None:
        return None
    for chunk in chunks:
        found = (deducted(chunk, question, salary) or days_valued(chunk, question, salary) or
                 days_prorated(chunk, question, salary, day_share)) if salary is not None else \
            hourly_prorated(chunk, question, rate)
        if found is not None:
            clause = chunk.clause_id
            where = clause if clause[:1].isalpha() else f"la clause {clause}"
            text = f"**{money(float(found.amount))}** : {found.arithmetic}, selon {where}"
            draft = Draft()
            label = draft.cite(chunk, found.quote, text)
            draft.parts.append(f"{text} {label}".rstrip())
            draft.parts.append(f"Clause {clause} : « {one_line(found.quote)} » {label}".rstrip())
            return draft
    return None


__all__ = ["StatedPay", "days_prorated", "days_valued", "deducted", "hourly_prorated", "stated_pay", "stated_rate",
           "stated_salary", "teaching_staff"]
