"""Amounts a clause's own rule computes from the numbers a question states: no table cell, a rule and the case's numbers.

A teacher states a salary or an amount and the counts of their case, and asks what a clause pays them; the clause
writes the rule in words, and each term of the computation is read from its text, never assumed:

- a fraction of the annual salary for each period beyond a limit (Cris 11-8.03 E) « … pour chaque période
  excédentaire de 50 à 60 minutes, à une compensation égale à 1/1 000 du traitement annuel »), the periods' length
  paid by the clause's own minutes rule when it writes one (13-10.08 A) « Pour toute période inférieure à 50 minutes
  ou supérieure à 60 minutes, la compensation est égale au nombre de minutes, divisé par 50 et multiplié par 1/1 000
  du traitement annuel »), else nothing computed for a length the rule does not pay (:func:`per_period_share`);
- months of salary per year of service, up to the clause's maximum (Cris 5-3.13 « … une prime de séparation
  équivalente à 2 mois de traitement par année de service complète … La prime est limitée à un maximum de 6 mois de
  traitement. »): the stated salary × the months ÷ 12 (:func:`months_per_year`);
- an amount adjusted in proportion to days over a base the clause names (Cris 13-13.01 « Le montant de la prime
  d'isolement et d'éloignement est ajusté proportionnellement au nombre de jours de travail … par rapport à 200 jours
  de travail »), of the amount the question states for that thing (:func:`prorated_to_days`).

Each function reads one passage (a :class:`~ingest.types.Chunk`) and returns a :class:`RuleAmount` (the amount, the
arithmetic said in French, the paragraph quoted verbatim) or None when the passage writes no such rule or the question
lacks a term; :meth:`assistant.pay_arithmetic.PayArithmetic._stated_rule` tries them over the first passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from typing import Sequence

from ingest.bm25 import tokenize
from ingest.sentences import split_sentences
from ingest.types import Chunk

from .colloquial import expand
from .number_words import french_number, spelled
from .tables import money

# a fraction of the annual salary paid for each period (« pour chaque période excédentaire de 50 à 60 minutes, à une
# compensation égale à 1/1 000 du traitement annuel »), the lengths the fraction pays (« de 50 à 60 minutes »)
_PERIOD_SHARE = re.compile(r"\bpour\s+chaque\s+p[ée]riode\b(?P<what>[^.;]*?)\b(?P<num>\d{1,2})\s*/\s*"
                           r"(?P<den>\d{1,3}(?:[ \u00a0\u202f]?\d{3})*)e?\s+du\s+traitement\s+annuel", re.IGNORECASE)
_COVERED = re.compile(r"\bde\s+(\d{2,3})\s+[àa]\s+(\d{2,3})\s+minutes\b", re.IGNORECASE)
# the clause's rule for other lengths (« au nombre de minutes, divisé par 50 et multiplié par 1/1 000 du traitement
# annuel »)
_MINUTES_SHARE = re.compile(r"\bnombre\s+de\s+minutes,?\s+divis[ée]\s+par\s+(?P<div>\d{2,3})\s+et\s+multipli[ée]\s+par\s+"
                            r"(?P<num>\d{1,2})\s*/\s*(?P<den>\d{1,3}(?:[ \u00a0\u202f]?\d{3})*)e?\s+du\s+traitement\s+annuel",
                            re.IGNORECASE)
# periods the question counts, with their length when said (« 12 périodes de 60 minutes », « 8 périodes de 75 min »)
_PERIODS_SAID = re.compile(rf"(?<![\w,.])(?P<count>\d{{1,3}}|{spelled(1, 20)})\s+p[ée]riodes?\b"
                           r"(?:\s+(?:de|d'une\s+dur[ée]e\s+de)\s+(?P<minutes>\d{2,3})\s*(?:minutes?|min)\b)?", re.IGNORECASE)
# months of salary for each year of service (« 2 mois de traitement par année de service complète »), and a maximum
# of months (« limitée à un maximum de 6 mois de traitement »)
_MONTHS_PER_YEAR = re.compile(rf"\b(?P<months>\d{{1,2}}|{spelled(1, 12)})\s+(?:\(\d{{1,2}}\)\s+)?mois\s+de\s+"
                              r"(?:traitement|salaire)\s+par\s+ann[ée]e\s+de\s+service\b", re.IGNORECASE)
_MONTHS_CAP = re.compile(rf"\bmaximum\s+de\s+(?P<months>\d{{1,2}}|{spelled(1, 24)})\s+(?:\(\d{{1,2}}\)\s+)?mois\b",
                         re.IGNORECASE)
# years of service the question counts (« 2 années de service complètes », « j'ai 4 ans de service »)
_YEARS_SAID = re.compile(rf"(?<![\w,.])(?P<years>\d{{1,2}}|{spelled(1, 30)})\s+(?:ann[ée]es?|ans)\s+de\s+service\b",
                         re.IGNORECASE)
# an amount adjusted to days over a base (« Le montant de la prime … est ajusté proportionnellement au nombre de jours de
# travail … compris dans l'un des secteurs mentionnés à la clause 12-1.02 par rapport à 200 jours de travail »: a
# clause number's points end no sentence), the thing whose amount it is before the verb
_PRORATED = re.compile(r"(?P<thing>[^.;\n]*?)\b(?:est|sont)\s+(?:ajust[ée]e?s?|r[ée]duite?s?|calcul[ée]e?s?)\s+"
                       r"(?:proportionnellement|au\s+prorata)\s+(?:au|du)\s+nombre\s+de\s+jours\b(?:[^.;\n]|\.(?=\d))*?"
                       r"\bpar\s+rapport\s+[àa]\s+(?P<base>\d{2,3})\s+jours\b", re.IGNORECASE)
# days the question counts (« pour 120 jours de travail », « j'ai travaillé 90 jours »)
_DAYS_SAID = re.compile(r"(?<![\w,.])(\d{1,3})\s+(?:jours?|journ[ée]es?)\b", re.IGNORECASE)
# hours the question counts (« 2 h 30 », « 2h30 », « 3 heures », « 2,5 heures », « 2 heures et demie »), not a week's
# (« 37,5 heures par semaine »)
_HOURS_SAID = re.compile(r"(?<![\d,.])(?:(?P<h>\d{1,2})\s*(?:h|heures?)\s*(?P<m>[0-5]\d)\b(?!\s*(?:minutes?\s+)?"
                         r"(?:par|/)\s*semaine)|(?P<n>\d{1,2}(?:,\d{1,2})?)\s*(?:heures?|h)\b(?P<half>\s+et\s+demie)?"
                         r"(?!\s*(?:par\s+semaine|/\s*semaine|\d)))", re.IGNORECASE)
# a deduction writing an hour of pay for each hour absent, for the staff its parenthesis names (Bourget 7-8.04 « … une (1)
# heure (salarié éducateur de soutien technique) pour chaque heure de travail »)
_HOUR_FOR_HOUR = re.compile(r"\bune\s+\(1\)\s+heure\s+\((?P<who>[^)]*)\)\s+pour\s+chaque\s+heure\b", re.IGNORECASE)
_NOT_STAFF_WORDS = frozenset(tokenize("salarié éducateur de du la le"))
# a sentence paying or deducting a fraction of the salary by the day (8-8.01 « Ces journées sont rémunérées au taux d'un
# deux-centième (1/200e) de l'échelle annuelle … »; 6-4.42 « Le Collège déduit … 1/260e de son traitement total annuel par
# journée ouvrable où elle est absente … aux fins de maternité »), not one equating a day to periods (7-8.06 « une (1)
# journée de travail (rf. 1/200e) est équivalente à trois (3) périodes ») nor reducing a benefit (6-4.09 « réduit de … »)
_DAY_FRACTION_PAID = re.compile(r"\b(?:r[ée]mun[ée]r\w*|pay[ée]e?s?|vers[ée]e?s?|d[ée]dui\w*)\b", re.IGNORECASE)
_DAY_WORD = re.compile(r"\bjourn[ée]es?\b|\bjours?\b", re.IGNORECASE)
_ANY_FRACTION = re.compile(r"\b1/(\d{2,4})")
# words every pay sentence of an agreement may say, and a staff's workload and placement (« à temps complet », « plein
# traitement », « scolarité »): no topic (DEV Q1136, Q1514, Q1719, Q1726, Q2197 share only these with 8-8.01 or 7-6.09,
# ab A2b)
_NOT_TOPIC_WORDS = frozenset(tokenize("collège commission salarié salariée éducateur éducatrice enseignant enseignante "
                                      "traitement annuel annuelle échelle jour jours journée journées travail taux "
                                      "clause clauses prévues temps complet plein partiel fin fins rémunéré rémunérée "
                                      "rémunération scolarité expérience"))
# words of its own case a clause paying the same fraction must share with the question to be cited for it in place of
# the agreement's general rule (hand-set: DEV Q2294 shares 5 with 6-4.42 « admissible, indemnités, ouvrable, absente,
# maternité », Q2296 2 with 8-8.01 « pédagogiques, tâche »; /tmp/s23/A2/topic.py)
TOPIC_WORDS = 2
# words of a thing's name that say no thing (« Le montant de la … »)
_NOT_THING_WORDS = frozenset(tokenize("le la les montant de du des annuel annuelle"))


@dataclass(frozen=True)
class RuleAmount:
    """An amount a passage's rule computes: the amount, how it is computed (French, each term said), and the paragraph
    of ``chunk`` that writes the rule (verbatim in ``chunk.text``, without its list letter)."""

    amount: Decimal
    arithmetic: str
    quote: str
    chunk: Chunk


def _number(said: str) -> int | None:
    return int(said) if said.isdigit() else french_number(said)


def _whole(said: str) -> int:
    return int(re.sub(r"\D", "", said))


def _cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _fraction_said(num: int, den: int) -> str:
    return f"{num}/{den:,}".replace(",", " ")


def paragraph(text: str, start: int) -> str:
    """The paragraph (line) of ``text`` holding ``start``, without its list marker (« - E) »)."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin:end if end >= 0 else len(text)].strip()
    marker = re.match(r"(?:-\s*)?(?:[A-Za-z]\)|\d+\))\s+", line)
    line = line[marker.end():] if marker else line
    return line.rstrip(" »").strip() if line.endswith("»") else line


def per_period_share(chunk: Chunk, question: str, salary: Decimal) -> RuleAmount | None:
    """The periods the question counts (« 12 périodes de 60 minutes », « 8 périodes de 75 minutes ») paid by the
    passage's fraction of the annual salary for each period (Cris 11-8.03 E), 13-10.08 A)): each period of a length
    the fraction pays (« de 50 à 60 minutes »; a length not said is taken as such a period) gets the fraction, another
    length the clause's minutes rule (minutes ÷ 50 × 1/1 000) when it writes one; None without the rule, one count of
    periods, or for a length it pays by no rule."""
    found = _PERIOD_SHARE.search(chunk.text)
    periods = list(_PERIODS_SAID.finditer(question))
    if found is None or len(periods) != 1:
        return None
    count = _number(periods[0].group("count"))
    minutes = int(periods[0].group("minutes")) if periods[0].group("minutes") else None
    num, den = int(found.group("num")), _whole(found.group("den"))
    if not count or not den:
        return None
    covered = _COVERED.search(found.group("what"))
    share = salary * num / den
    said = f"{money(float(salary))} (le traitement annuel de votre question) × {_fraction_said(num, den)}"
    if minutes is not None and covered and not int(covered.group(1)) <= minutes <= int(covered.group(2)):
        other = _MINUTES_SHARE.search(chunk.text)
        if other is None:
            return None  # a length the fraction does not pay, and no rule for it
        divisor, num, den = int(other.group("div")), int(other.group("num")), _whole(other.group("den"))
        one = _cents(salary * num / den * minutes / divisor)
        said = (f"{minutes} ÷ {divisor} × {money(float(salary))} (le traitement annuel de votre question) × "
                f"{_fraction_said(num, den)} = {money(float(one))} la période")
        share = salary * num / den * minutes / divisor
    else:
        said += f" = {money(float(_cents(share)))} la période"
    amount = _cents(share * count)
    text = f"{count} périodes × ({said})" if count > 1 else said
    return RuleAmount(amount, text, paragraph(chunk.text, found.start()), chunk)


def months_per_year(chunk: Chunk, question: str, salary: Decimal) -> RuleAmount | None:
    """The years of service the question counts (« 2 années de service complètes ») paid by the passage's months of
    salary per year of service (Cris 5-3.13 « 2 mois de traitement par année de service complète »), up to its maximum
    (« limitée à un maximum de 6 mois de traitement »): the stated salary × those months ÷ 12; None without the rule or
    one count of years of service."""
    found = _MONTHS_PER_YEAR.search(chunk.text)
    years = {_number(m.group("years")) for m in _YEARS_SAID.finditer(question)}
    if found is None or len(years) != 1 or not next(iter(years)):
        return None
    per_year, count = _number(found.group("months")), next(iter(years))
    if not per_year:
        return None
    months = per_year * count
    said = f"{count} × {per_year} mois = {months} mois"
    end = found.end()
    cap = _MONTHS_CAP.search(chunk.text, found.end(), found.end() + 300)
    if cap is not None and _number(cap.group("months")):
        limit = _number(cap.group("months"))
        end = cap.end()
        if months > limit:
            said += f", ramenés au maximum de {limit} mois"
            months = limit
    amount = _cents(salary * months / 12)
    text = f"{said} ; {money(float(salary))} (le traitement de votre question) × {months}/12"
    return RuleAmount(amount, text, paragraph(chunk.text, end - 1), chunk)


def prorated_to_days(chunk: Chunk, question: str, stated: Decimal) -> RuleAmount | None:
    """The amount the question states of a thing (« la prime annuelle d'isolement et d'éloignement … 8 500 $ ») put
    through the passage's proportion of days over a base (Cris 13-13.01 « … ajusté proportionnellement au nombre de
    jours de travail … par rapport à 200 jours de travail »): the amount × the question's one count of days ÷ the base;
    None without such a sentence, one count of days below the base, or when the question names none of the thing's
    words (« prime », « isolement »)."""
    found = _PRORATED.search(chunk.text)
    if found is None:
        return None
    thing = set(tokenize(found.group("thing"))) - _NOT_THING_WORDS
    days = {int(d) for d in _DAYS_SAID.findall(question)}
    base = int(found.group("base"))
    if not thing & set(tokenize(question)) or len(days) != 1 or not 0 < next(iter(days)) < base:
        return None
    count = next(iter(days))
    amount = _cents(stated * count / base)
    text = f"{money(float(stated))} (le montant de votre question) × {count} ÷ {base} jours"
    return RuleAmount(amount, text, paragraph(chunk.text, found.start("base")), chunk)


def hours_said(question: str) -> Decimal | None:
    """The one count of hours the question says (« j'ai manqué 2 h 30 » -> 2.5, « 3 heures » -> 3), else None."""
    counts = set()
    for found in _HOURS_SAID.finditer(question):
        if found.group("h"):
            counts.add(Decimal(found.group("h")) + Decimal(found.group("m")) / 60)
        else:
            counts.add(Decimal(found.group("n").replace(",", ".")) + (Decimal("0.5") if found.group("half") else 0))
    return counts.pop() if len(counts) == 1 and next(iter(counts)) > 0 else None


def hour_for_hour(sentence: str, staff: str) -> bool:
    """Whether ``sentence`` deducts an hour of pay for each hour absent (7-8.04 « une (1) heure (salarié éducateur de
    soutien technique) pour chaque heure de travail ») for the staff ``staff`` names (a table's section and title:
    « Taux horaire, salarié éducateur de soutien technique »): every word of the parenthesis but « salarié éducateur »
    in it."""
    found = _HOUR_FOR_HOUR.search(sentence)
    if found is None:
        return False
    who = set(tokenize(found.group("who"))) - _NOT_STAFF_WORDS
    return bool(who) and who <= set(tokenize(staff))


def topic_rule(question: str, chunks: Sequence[Chunk], share: int, general: Chunk, general_sentence: str
               ) -> tuple[Chunk, str] | None:
    """The clause of the question's own case that pays or deducts the same fraction by the day as the agreement's
    general rule (``general``: 7-7.06's days worked, 7-8.04's deduction, 1-2.74's day), to cite in its place: 8-8.01 for
    « 4 journées pédagogiques » at 1/200, 6-4.42 for a maternity absence at 1/260. A sentence of ``chunks`` (the
    agreement's passages) with the fraction 1/``share``, a day and a verb paying or deducting (``_DAY_FRACTION_PAID``),
    whose paragraph shares at least ``TOPIC_WORDS`` words with the question that the general sentence does not say;
    the best one, quoted from its paragraph's start to its own end. None when none or two are as good."""
    asked = set(tokenize(expand(question))) - _NOT_TOPIC_WORDS - set(tokenize(general_sentence))
    scored = []
    for chunk in chunks:
        if chunk.clause_id == general.clause_id:
            continue
        for start, end in split_sentences(chunk.text):
            sentence = chunk.text[start:end]
            if not (_DAY_FRACTION_PAID.search(sentence) and _DAY_WORD.search(sentence) and
                    share in {int(f) for f in _ANY_FRACTION.findall(sentence)}):
                continue
            begin = chunk.text.rfind("\n", 0, start) + 1
            quote = chunk.text[begin:end].strip()
            scored.append((len(set(tokenize(quote)) & asked), chunk, quote))
    if not scored:
        return None
    best = max(score for score, _, _ in scored)
    top = [(chunk, quote) for score, chunk, quote in scored if score == best]
    return top[0] if best >= TOPIC_WORDS and len({c.clause_id for c, _ in top}) == 1 else None


__all__ = ["RuleAmount", "TOPIC_WORDS", "hour_for_hour", "topic_rule", "hours_said", "months_per_year", "paragraph", "per_period_share",
           "prorated_to_days"]
