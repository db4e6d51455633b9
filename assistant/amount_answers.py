"""Amounts computed from the agreements' tables, with échelon placement (a mixin of DirectAnswers).

``amount``
    An échelon or a job class with a salary cue (« Combien gagne un enseignant à l'échelon 12
    au 1er avril 2013 ? »): the cell(s) of ``index.tables`` (``assistant.tables.lookup``), the
    row shown as a small Markdown table with the cell in bold, the amount footnotes quoted.
    Several candidates (job classes, two columns in force in a year) are all given, labelled.
    A date after the agreement's period (« en 2023-2024 » for a 2014-2019 convention) or a
    document without tables is not answered here. An allowance or a rate whose row the
    question names (« par kilomètre », « un souper », « 2 heures … en 2007-2008 ») is looked up
    by its row (``assistant.tables.rows_named``), the duration that chose the column said, the
    sentence introducing the table quoted (« … avec pièces justificatives … »; with the paragraph before it when
    it refers back, « ces ajouts »), the rows shown. A replacement (« j'ai remplacé l'animateur des activités
    sportives »), or a task a class paid on a scale did (« comme animateur, j'ai fait une nuit de surveillance »), is paid by
    the rates' section its words name, not by the scale of that class (the sentence sending the task to that section
    quoted: 7-6.07 « … tableau C) de l'annexe P »); how a
    class's supply rate is computed (« calculé comment ? ») quotes the rule that sets it (Bourget Annexe P E)). A
    yes/no entitlement told with a situation (« au 15 octobre c'était réglé, j'ai-tu droit à une compensation ? »)
    whose amount clause holds a sentence denying it in that situation leads with that sentence, the amounts after.
    How much asked, no amount lookup answering, of a first passage that sets the amount only by a table of a clause or
    annex its agreement's indexed text does not hold (Cris 13-13.01 « … selon le tableau prévu à la clause 12-2.01 »):
    a plain no (abstained, kind « refused »), that sentence quoted (``_absent_table_amount``).
``placement``
    Years of schooling and of experience (« 17 ans de scolarité et 5 ans d'expérience »): in
    :mod:`assistant.placement`, whose :class:`~assistant.placement.PlacementAnswers` this class extends.

:class:`AmountAnswers` reads what :class:`assistant.lookups.DirectAnswers` builds
(``tables``, ``documents``, ``params``, ``find_quote``, ``_scope`` ...); it imports no other
lookup module but :mod:`assistant.drafts` and :mod:`assistant.placement`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Iterator, Sequence

from ingest.bm25 import tokenize
from ingest.numbering import ANNEX_REFERENCE, CLAUSE_NUMBER, CLAUSE_REFERENCE, annex_id
from ingest.sentences import split_sentences
from ingest.tables import (Table, TableRow, display_column, french_date, french_dates, number_value, parse_date,
                           with_unit)
from ingest.types import Chunk

from .colloquial import expand
from .drafts import Draft, fold, one_line
from .ids import IdCatalogue, id_kind
from .number_words import VALUES, spelled
from .placement import AmountDraft, PlacementAnswers
from .tables import (AmountQuery, CellAnswer, ComparedClasses, NamedRowParams, amount_footnotes, asked_duration,
                     asked_durations, asked_end, asks_change, cells_of_amount, class_by_alias, class_named_whole,
                     compared_classes, dated_counts, dated_tables_on_topic, distance_total, DistanceTotal,
                     duration_columns, duration_range,
                     first_dated_row, format_cell_answer, lookup, merge_follow_up, money, month_end, named_rows,
                     parse_amount_question, per_unit, ranked_row, rows_named, shift_years, shown_table, StatedAmount,
                     stated_amounts, stated_money, table_markdown, tiered_total, trip_totals, undated_table,
                     unlisted_class, overage_compensation)
from .types import Answer, Hit

# a total asked (« ça me donne combien en tout ? », « ça fait combien au total ? »)
_TOTAL_ASKED = r"\bcombien\b[^?]*\b(?:en tout|au total)\b"
_TOTAL = re.compile(_TOTAL_ASKED, re.IGNORECASE)
# « payé », « payée(s) », « ça paie », « la paye »
_SALARY = re.compile(r"salaire|traitement|gagn|[ée]chelle|r[ée]mun[ée]r|taux horaire|\bpa(?:y[ée]e?s?|ie|ye)\b|"
                     r"combien .*l'heure|\bre[çc]oi(?:s|t|vent)\b|\btaux\b|"  # « combien il reçoit », « les taux »
                     r"\brecev(?:oir|rai[st]?|rait)\b|\bre[çc]ue?s?\b|"  # « je devrais recevoir combien ? »
                     r"\b(?:me|m'|lui|nous|leur)\s*doi(?:t|vent|vait)\b|"  # « combien on me doit ? »
                     # what a worker earns asked in everyday words: « ça m'a rapporté combien ? », « je touche combien »,
                     # « ça me donne combien en tout ? », « ça fait combien au total ? »
                     r"\brapport(?:e|é|er|ait|era)\b|\btouch(?:e|é|er|ais|ait|erai|erais)\b|"
                     rf"\b(?:donne|donné|fait|fera|ferait)\s+combien\b|{_TOTAL_ASKED}", re.IGNORECASE)
_NOT_AMOUNT = re.compile(r"sans (?:salaire|traitement)|perte de (?:salaire|traitement)|assurance[- ]salaire|"
                         r"traitement diff[ée]r[ée]|pourcentage|%|combien de (?:temps|jours?|semaines?|heures?|mois|"
                         r"p[ée]riodes?|minutes|[ée]l[èe]ves)", re.IGNORECASE)
#: words that only ASK an amount (« c'est payé combien de l'heure », « ils me les paient à quel taux »): the pay verb,
#: « combien », « quel taux / montant », the rate's unit; what colloquial expansion appends for them (« rémunération »,
#: « versé … jours suivant ») is no topic of the question either (lookups._prose_answers_instead reads the question without them)
_ONLY_ASKS_AMOUNT = re.compile(r"\b(?:pay(?:e|er|é|ée|és|ées|ent|ez|era|eront)s?|paie(?:s|nt|ra|ront)?|rémunér\w*)\b|"
                               r"\bcombien\b|\b(?:à\s+)?quel(?:le)?s?\s+(?:taux|montant|tarif)\b|"
                               r"\b(?:de|par|à)\s+l['’]heure\b|\bpar\s+(?:heure|jour|journée|semaine|km|kilomètre)\b",
                               re.IGNORECASE)


_HOW_MUCH_ASKED = re.compile(r"\bcombien\b|\bquel(?:le)?s?\s+(?:taux|montant|tarif)\b", re.IGNORECASE)
#: an amount a sentence sets only by a table, an amount or a scale of another clause or annex (Cris 13-13.01 « … prime
#: annuelle d'isolement et d'éloignement établi selon le tableau prévu à la clause 12-2.01 »): what sets it, and where
_REFERRED_AMOUNT = re.compile(r"\b(?P<what>tableau|montant|taux|échelle|barème)s?\b[^.;]{0,60}?\b(?:prévu|établi|fixé|"
                              r"indiqué)e?s?\s+(?:à|au|aux|dans|par)\s+(?P<where>(?:la\s+|le\s+|l['’])?(?:clause|article|"
                              r"annexe|chapitre)\s+\S+)", re.IGNORECASE)
_REFERRED_WHAT = {"tableau": "au tableau", "montant": "au montant", "taux": "au taux", "échelle": "à l'échelle",
                  "barème": "au barème"}
_REFERRED_WHERE = {"clause": "de la clause", "article": "de l'article", "chapter": "du chapitre"}


def without_amount_asking(question: str) -> str:
    """``question`` without the words that only ask its amount (``_ONLY_ASKS_AMOUNT``): what it asks the amount OF.
    Only when it asks how much (« combien », « quel taux »): « est-ce que le Collège me paie un cellulaire ? » asks
    whether it pays, its « paie » is the topic."""
    return _ONLY_ASKS_AMOUNT.sub(" ", question) if _HOW_MUCH_ASKED.search(question) else question


_PERIOD_END = re.compile(r"(\d{4})\s*$")
# « combien de surveillants … ? », « combien d'élèves … ? »: a count, not a pay (« combien de l'heure » is one)
_COUNT_ASKED = re.compile(r"\bcombien\s+(?:de\s+|d')(?!l'heure\b|plus\b|moins\b)", re.IGNORECASE)
# « combien … ? », « quel est le taux … ? », « c'est quoi l'échelle salariale … ? », « les taux …, ça donne quoi ? »
#: a clause setting a pay at the first or last échelon of an annex's scale (« le dernier échelon de l'échelle annuelle
#: de traitement de l'enseignant à temps complet (rf. annexe M) »)
_POINTED_ECHELON = re.compile(r"\b(?P<end>dernier|premier)\s+échelon\s+de\s+l['’]échelle\b(?:[^.;]|\b(?:rf|réf)\.){0,120}?"
                              r"\bannexe\s+(?P<annex>[A-Z]{1,3})\b", re.IGNORECASE)
# a role paid on another scale at the échelon of its own class (Bourget 7-6.06 « … reçoit une rémunération
# correspondant à l'échelle annuelle de traitement de l'enseignant à temps complet (rf. annexe M), et ce, au même
# échelon salarial que son classement à titre de salarié éducateur animateur »)
_SAME_ECHELON = re.compile(r"\bl['’]échelle\b(?:[^.;]|\b(?:rf|réf)\.){0,120}?\bannexe\s+(?P<annex>[A-Z]{1,3})\b"
                           r"(?:[^.;]|\b(?:rf|réf)\.){0,80}?\bau\s+même\s+échelon\b", re.IGNORECASE)
# the role such a sentence pays, named after its task or responsibility (« … effectue … la tâche de répondant de
# niveau, reçoit … »): the question must name it whole
_ROLE_NAMED = re.compile(r"\b(?:t[âa]che|responsabilit[ée]|fonction)\s+(?:de|d')\s*(?P<role>[^,;.]{3,60}?)\s*,", re.IGNORECASE)
# a share of a whole said in words (« la moitié de mes heures », « le tiers de ma tâche »), in %
_SHARE_WORDS = {"la moitie": 50.0, "le tiers": 100 / 3, "le quart": 25.0, "les deux tiers": 200 / 3,
                "les trois quarts": 75.0}
_SHARE_SAID = re.compile(r"\b(?:la\s+moiti[ée]|le\s+tiers|le\s+quart|les\s+deux\s+tiers|les\s+trois\s+quarts)\b",
                         re.IGNORECASE)
# a sentence saying a pay is set pro rata of a task (7-6.06 « Ce traitement est déterminé … au prorata et selon le nombre
# d'heures ou d'unités de travail de la tâche … »)
_PRORATA_SAID = re.compile(r"\bau\s+prorata\b", re.IGNORECASE)
_ASKS_AMOUNT = re.compile(r"combien|\$|\b(?:quel(?:le)?s?|c'est quoi|donnent? quoi|sont quoi)\b.*\b(?:montant|taux|"
                          r"salaire|traitement|tarif|prime|somme|paye|[ée]chelle)|\b(?:montant|taux|salaire|traitement|"
                          r"tarif|[ée]chelle)s?\b.*\b(?:donnent?|sont|c'est) quoi\b|^\W*(?:les? |la |mon |ma |mes )?"
                          r"(?:taux|salaire|traitement|tarif|r[ée]mun[ée]ration)\b|"
                          # a question of its own after what the teacher tells (« Je suis suppléante … qualifiée. Mon
                          # taux horaire en octobre 2012 ? », « Suppléant pas qualifié au Collège : mon taux horaire en
                          # avril 2014 ? », « …, le taux de l'heure en avril 2014 ? »), no other question word after it
                          # (« …, le traitement des griefs se fait comment ? »)
                          r"[.!;:,]\s+(?:les? |la |mon |ma |mes |son |sa )?(?:taux|salaire|traitement|tarif|"
                          r"r[ée]mun[ée]ration)\b(?![^.!?;]*\b(?:comment|quand|pourquoi|o[ùu]|qui|quoi|est-ce|[\w']+-(?:il|"
                          r"elle|ils|elles|on|je|tu))\b)[^.!?;]*\?", re.IGNORECASE)
# a sentence saying an amount is raised every year by a rule, not by a table (Bourget Annexe W « Les parties conviennent de
# majorer annuellement le tarif de base … selon les modalités qui suivent : le 1er février de chaque année … IPC »)
_YEARLY_RAISE = re.compile(r"\b(?:major|index|augment)\w*\b[^.]{0,80}\b(?:annuellement|chaque\s+ann[ée]e)\b|"
                           r"\b(?:annuellement|chaque\s+ann[ée]e)\b[^.]{0,40}\b(?:major|index)", re.IGNORECASE)
# a table heading saying its amounts are a ceiling (Cris Annexe XII C) « La compensation annuelle … est limitée à : »)
_CAPPED = re.compile(r"\blimit[ée]e?s?\b|\bmaximum\b|\bplafon", re.IGNORECASE)
# a footnote that says another one's text applies (Bourget Annexe P: « ²¹ Idem note de bas de page # 20. »)
_SAME_NOTE = re.compile(r"^idem\s+(?:à\s+la\s+)?note(?:\s+de\s+bas\s+de\s+page)?\s*(?:#|n[o°º]\.?)?\s*(\d{1,3})\b",
                        re.IGNORECASE)
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_ALLOWANCE = re.compile(r"combien|montant|rembours|tarif|taux|pay[ée]|gagn|\$|prime|suppl[ée]ment|allocation|"
                        r"indemnit|\bsommes?\b|\bajouts?\b|budg[ée]t|compensation", re.IGNORECASE)


def _closest_class(table: Table, query: AmountQuery) -> str:
    """A line saying the job class answered is only the closest to the one asked (« conseiller en orientation »
    -> Conseiller en information scolaire et professionnelle), so that it is never taken for it silently."""
    if not query.job_class or not table.job_class or class_named_whole(table, query):
        return ""
    return (f"Aucune classe d'emploi des tableaux ne porte exactement le nom demandé ; la plus proche : "
            f"**{table.job_class}** ({table.annex_or_clause}) — vérifiez que c'est bien votre emploi.")


# the share of a full workload a teacher works (« je travaille à 50 % », « une tâche de 80 % », « à temps partiel à 60 % »)
# (« chu à 25 % », « 25 % de tâche »)
_WORKLOAD = re.compile(r"\b(?:travaille|suis|chu|temps partiel|tâche|charge)\s+(?:[\w']+\s+){0,4}?"
                       r"(?:à\s+|a\s+|de\s+|\(\s*)(\d{1,2}(?:[,.]\d+)?)\s*%|"  # « à 80 % », « à temps partiel (80 %) »
                       r"(?<![\d,.])(\d{1,2}(?:[,.]\d+)?)\s*%\s+(?:de\s+)?(?:ma\s+|la\s+)?(?:tâche|charge)\b",
                       re.IGNORECASE)
# a percentage the question adds to the rate it asks, as the agreement's rule does (« avec le 4 % de vacances », « en
# comptant les 4 % pour les vacances », « majoré de 4 % »: Bourget Annexe P E)'s supply rate « majoré de quatre pour
# cent (4 %) aux fins des vacances annuelles »): the pay is still asked (``_NOT_AMOUNT`` reads the question without it)
_ADDED_PERCENT = re.compile(r"\b(?:avec|incluant|y\s+compris|en\s+comptant|plus|major[ée]e?s?\s+de)\s+(?:le\s+|les\s+|l'|mon\s+|mes\s+)?"
                            r"(\d{1,2}(?:[,.]\d+)?)\s*%\s*(?:(?:de|des|pour\s+(?:les|mes)|d')\s*)?vacances\b|"
                            r"\bmajor[ée]e?s?\s+de\s+(\d{1,2}(?:[,.]\d+)?)\s*%", re.IGNORECASE)
# a calendar year written alone (« de 2014 », « qu'en 2012 »), not a school year's (« 2013-2014 ») nor a date's number
_CALENDAR_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d{2})(?![\d/-])")
# how much more or less is asked of two amounts (« combien de plus que l'échelon 6 », « de moins qu'à l'échelon 8 »)
_MORE_ASKED = re.compile(r"\bde\s+plus\b|\bplus\s+(?:que|qu')", re.IGNORECASE)
_LESS_ASKED = re.compile(r"\bde\s+moins\b|\bmoins\s+(?:que|qu')", re.IGNORECASE)
# a school year written (« 2013-2014 », « 2011-12 »): its first year
_SCHOOL_YEAR_WRITTEN = re.compile(r"(?<![\d/-])((?:19|20)\d{2})\s*-\s*(?:(?:19|20)\d{2}|\d{2})(?![\d/-])")
# half of a full workload said in words (« à mi-temps », « à demi-temps »): 50 %
_HALF_TIME = re.compile(r"\b(?:mi|demi)[- ]temps\b", re.IGNORECASE)


# days worked of a five-day week (« je travaille 3 jours par semaine », « 4 jours sur 5 »)
_DAYS_OF_WEEK = re.compile(rf"\b(\d|un|{spelled(2, 4)})\s+jours?\s+(?:par\s+semaine\s+sur\s+(?:5|cinq)|sur\s+(?:5|cinq)|"
                           r"par\s+semaine|/\s*semaine)\b", re.IGNORECASE)
_DAY_COUNTS = {word: VALUES[word] for word in ("un", "deux", "trois", "quatre")}


def _days_share(question: str) -> tuple[float, str] | None:
    """The share of a full workload that days worked of a five-day week make (« 3 jours par semaine » -> 60 %, with
    « 3 jours sur 5 » to say so), or None."""
    found = _DAYS_OF_WEEK.search(question)
    if found is None:
        return None
    days = _DAY_COUNTS.get(found.group(1).lower()) or int(found.group(1))
    return (days * 20.0, f"{days} jours sur 5") if 0 < days < 5 else None


def _workload_share(question: str) -> float | None:
    """The share of a full workload the question states, in % (« à 80 % » -> 80, « à mi-temps » -> 50), or None."""
    workload = _WORKLOAD.search(question)
    if workload:
        return float(next(g for g in workload.groups() if g).replace(",", "."))
    return 50.0 if _HALF_TIME.search(question) else None
# the agreement's rule that pay follows the workload
_PRORATA_RULE = re.compile(r"pourcentage du traitement [ée]gal au pourcentage de (?:la|sa) (?:charge|t[âa]che)|"
                           r"(?:plein traitement|r[ée]mun[ée]ration)[^.]{0,120}au prorata d'une charge", re.IGNORECASE)
# the agreement's rule that time beyond an hour is paid at the hourly rate pro rata
_HOURLY_PRORATA_RULE = re.compile(r"au prorata sur la base du taux horaire|r[ée]mun[ée]r[ée]e? au prorata[^.]{0,60}taux "
                                  r"horaire", re.IGNORECASE)
# the length of one period asked (« 45 minutes par période », « des périodes de 75 minutes »)
_PERIOD_LENGTH = re.compile(r"(\d{2,3})\s*(?:minutes?|min)\s+(?:par|la|chaque|pour\s+une)\s+p[ée]riode|"
                            r"p[ée]riodes?\s+(?:(?:d'une\s+dur[ée]e\s+)?de|durent|dure|font|fait|sont\s+de|est\s+de)\s+"
                            r"(\d{2,3})\s*(?:minutes?|min)\b|"  # « mes périodes durent 75 minutes »
                            r"\bcours\s+(?:d'une\s+dur[ée]e\s+de|durent|dure|font|sont\s+de|est\s+de)\s+(\d{2,3})\s*"
                            r"(?:minutes?|min)\b", re.IGNORECASE)  # « mes cours durent 75 minutes chacun » (not « mes
# cours de 75 minutes », a schedule told)
# one class given its length (« j'ai donné un cours de 40 minutes »), its pay asked (``_CLASS_PAY_ASKED``): a period's
# length for an hourly rate paid by the minutes (``_period_length`` only, where no period length is said); not classes
# counted or told of a schedule or a workload (« mes cours de 75 minutes », « 3 cours de 50 minutes »)
# (one class named otherwise too: « j'ai donné un atelier de 40 minutes », « une leçon », « une séance »)
_CLASS_LENGTH = re.compile(r"\b(?:un|une|ce|cette|mon|ma)\s+(?:cours|atelier|le[çc]on|s[ée]ance)\s+de\s+(\d{2,3})\s*"
                           r"(?:minutes?|min)\b", re.IGNORECASE)
# classes given, counted, of one length (« j'ai donné 4 cours de 75 minutes », « on m'a fait enseigner trois périodes de
# 90 minutes »): that length paid by the clause's minutes rule, the classes together (``_periods_given``); a count told
# of a schedule without a verb of giving (« mes 3 cours de 50 minutes ») is no class given
_CLASSES_GIVEN = re.compile(rf"\b(?:donn|enseign|fai?t|assur)\w*\s+(?:\w+\s+){{0,2}}?(?:\d{{1,2}}|{spelled(2, 12)})\s+"
                            r"(?:cours|p[ée]riodes|le[çc]ons|s[ée]ances|ateliers)\s+de\s+(\d{2,3})\s*(?:minutes?|min)\b",
                            re.IGNORECASE)
# a pay added to the regular one for a case (Bourget 8-13.13 « … le surveillant qui accepte d'ajouter à sa surveillance celle
# du surveillant absent reçoit, en plus de son salaire régulier, un montant d'argent équivalent à une nuit complète »;
# 8-13.08 « L'addition de vingt (20) à trente-cinq (35) élèves est rémunérée, en plus de son salaire habituel, selon le
# taux horaire prévu au tableau D) de l'annexe P »): one more of the period, or another table's rate
_PAID_IN_ADDITION = re.compile(r"\ben\s+plus\s+de\s+son\s+(?:salaire|traitement)\s+(?:habituel|r[ée]gulier)\b,?\s*"
                               r"(?:(?P<whole>un\s+montant\s+(?:d'argent\s+)?[ée]quivalent\s+[àa]\s+une?\s+"
                               r"(?:nuit|journ[ée]e|p[ée]riode)\s+compl[èe]te)|selon\s+le\s+taux\s+horaire\s+pr[ée]vu\s+au\s+"
                               r"tableau\s+(?P<letter>[A-Z])\)\s+de\s+l'annexe\s+(?P<annex>[A-Z]{1,2})\b)", re.IGNORECASE)
# a range of a thing counted (« de vingt (20) à trente-cinq (35) élèves ») and the question's count of it
_COUNT_RANGE = re.compile(r"\((\d{1,3})\)\s+[àa]\s+[\w-]+\s+\((\d{1,3})\)\s+(\w+)", re.IGNORECASE)


def _pairs(text: str) -> set[tuple[str, str]]:
    """Pairs of words following each other in ``text`` (``tokenize``'s: « surveillance de classe » -> (surveil, class)):
    of two clauses adding the same pay, the one saying the question's case in its words (8-13.08's « surveillance de
    classe », not 8-13.09's « son groupe habituel »)."""
    words = tokenize(text)
    return set(zip(words, words[1:]))


def _within_range(sentence: str, question: str) -> bool | None:
    """Whether the question counts the thing of the sentence's range (« de vingt (20) à trente-cinq (35) élèves ») within
    it (« 28 élèves »: True) or outside it (« 40 élèves »: False); None when it counts no such thing."""
    said = None
    for low, high, thing in _COUNT_RANGE.findall(sentence):
        counts = [int(n) for n in re.findall(rf"(?<![\d,.])(\d{{1,3}})\s+{re.escape(thing[:5])}", question, re.IGNORECASE)]
        if counts:
            if not all(int(low) <= n <= int(high) for n in counts):
                return False
            said = True
    return said


@dataclass(frozen=True)
class AddedParams:
    """How sure a pay added « en plus de son salaire » must be of the question's case."""

    # words the clause (its paragraph to the sentence) shares with the question (hand-set: DEV Q2289 shares
    # « suppléant, surveill…, classe, élèves » with 8-13.08, Q2290 « surveillant, nuit, absent, remplacé, accepte » with
    # 8-13.13's paragraph), and of them, words the cell's table does not say: its case (Q2290 « absent, remplacé,
    # accepte »), one enough when the question counts the clause's range within it (Q2289 « 28 élèves », « élèves »)
    topic_words: int = 3
    case_words: int = 2
    case_words_counted: int = 1


@dataclass(frozen=True)
class _AddedSentence:
    """A sentence paying something « en plus de son salaire habituel » that meets the question's case: how well
    (``score``: counted within the clause's range, words of the case, words shared, word pairs shared; higher first),
    whether it is stored in a passage of another clause (``elsewhere``: its own clause's passage first), and where."""

    score: tuple[bool, int, int, int]
    elsewhere: bool
    chunk: Chunk
    sentence: str
    paid: re.Match[str]


# the pay of that class asked (« On me l'a payé combien ? », « On devait me payer combien pour ça ? »)
_CLASS_PAY_ASKED = re.compile(r"\bpa(?:y|i)\w*\s+combien\b|\bcombien\b[^.?]*\bpour\s+(?:ça|ca|cela|ce\s+cours)\b",
                              re.IGNORECASE)
# a clause paying another period length pro rata: « … le nombre de minutes d'enseignement divisé par 50 et multiplié
# par le taux applicable », and the lengths its rate already pays (« Ce taux est pour 50 à 60 minutes »)
_MINUTES_RULE = re.compile(r"nombre de minutes[^.]{0,40}?divis[ée] par (\d{2,3}) et multipli[ée] par le taux",
                           re.IGNORECASE)
_RATE_COVERS = re.compile(r"taux est pour (\d{2,3}) [àa] (\d{2,3}) minutes", re.IGNORECASE)
# a rate per period written as a formula (Cris 6-7.03 B: « taux prévu pour / 60 minutes ou moins × nombre de minutes / 50
# de la période en cause »), for the periods longer than a length (« des périodes de plus de 60 minutes »)
_PERIOD_FORMULA = re.compile(r"taux pr[ée]vu pour\s*/?\s*(?P<header>[^×/\n]{3,60}?)\s*×\s*nombre de minutes\s*/\s*"
                             r"(?P<divisor>\d{2,3})\b[^\n]*", re.IGNORECASE)
_LONGER_PERIODS = re.compile(r"p[ée]riodes de plus de (\d{2,3}) minutes", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"demi[- ]journ[ée]e|avant[- ]midi|apr[èe]s[- ]midi|matin[ée]e", re.IGNORECASE)
# a pay asked by the day, the week, the two weeks or the month, which no scale gives (nothing divided or multiplied)
_PER_PERIOD = ((re.compile(r"\bpar\s+(?:jour|journ[ée]e)\b|\bquotidien", re.IGNORECASE), "par jour"),
               # « ma paie de la semaine », « payé combien pour la semaine » (its hours said apart: ``_WEEK_HOURS``)
               # « ma paie brute d'une semaine », « mon salaire brut pour une semaine »: one week's pay asked
               (re.compile(r"\bpar\s+semaine\b|\bhebdo|\b(?:paie|paye|salaire|gain)s?\s+(?:brute?s?\s+)?(?:de|pour|d')\s*"
                           r"(?:la|ma|cette|une)\s+semaine\b|\bpour\s+(?:la|ma|cette)\s+semaine\b", re.IGNORECASE),
                "par semaine"),
               (re.compile(r"\b(?:aux|par)\s+(?:deux|2)\s+semaines\b|\bpaie\s+de\s+(?:deux|2)\s+semaines", re.IGNORECASE),
                "aux deux semaines"),
               (re.compile(r"\bpar\s+mois\b|\bmensuel", re.IGNORECASE), "par mois"))
# hours worked a week stated in the question (« je fais 20 heures par semaine », « 17,5 h/semaine », « j'ai fait 30
# heures une semaine », « 25 heures dans la semaine »)
_WEEK_HOURS = re.compile(r"(?<![\d,])(\d{1,2}(?:,\d{1,2})?)\s*(?:heures?|h)\s*(?:par\s+semaine|/\s*semaine|"
                         r"semaine|chaque\s+semaine|(?:dans\s+)?(?:une|la|cette|ma)\s+semaine)\b", re.IGNORECASE)
# the definition of a day's pay as a fraction of the annual salary (Bourget 1-2.74 « Traitement d'un jour ouvrable »)
_DAY_PAY_TITLE = re.compile(r"\btraitement d'un jour\b", re.IGNORECASE)
_DAY_FRACTION = re.compile(r"\(1/(\d{3})e?\) du traitement annuel", re.IGNORECASE)
# long periods a day paid at another column's rate (Cris 6-7.03 B « La suppléante ou le suppléant occasionnel est
# rémunéré selon le taux prévu pour plus de 210 minutes si elle ou il se voit confier trois périodes ou plus de plus
# de 60 minutes dans une même journée. »), and the periods a question counts (« 3 périodes de 75 minutes »)
_SEVERAL_PERIODS = re.compile(r"[^.\n]*\btaux pr[ée]vu pour (?P<header>[^.\n]{3,40}?) si [^.\n]{0,40}?"
                              rf"(?P<count>\d|{spelled(2, 5)}) p[ée]riodes ou plus\b[^.\n]*\.", re.IGNORECASE)
_PERIOD_COUNT = re.compile(rf"(?<![\w,.])(\d{{1,2}}|{spelled(2, 10)})\s+p[ée]riodes\b",
                           re.IGNORECASE)
# periods or classes given, counted (« 4 périodes de 75 minutes », « 3 cours », « j'en ai donné 3 »): the count a
# period's pay is multiplied by (``_period_length``)
_PERIODS_GIVEN = re.compile(rf"(?<![\w,.])(\d{{1,2}}|{spelled(2, 12)})\s+(?:p[ée]riodes|cours)\b|"
                            rf"\ben\s+ai\s+(?:donn[ée]|fait|enseign[ée])e?s?\s+(\d{{1,2}}|{spelled(2, 12)})\b", re.IGNORECASE)
# periods counted (« 3 nuits », « deux périodes de nuit »), not periods given a length (« 2 périodes de 50 minutes »)
_COUNTED_PERIODS = re.compile(rf"(?<![\w,.])(\d{{1,2}}|{spelled(2, 10)})\s+(nuits?|p[ée]riodes?)\b"
                              r"(?!\s+(?:de\s+)?\d)", re.IGNORECASE)
# one replacement of the same length a day on each of several days (« 4 suppléances occasionnelles de 45 minutes,
# chacune une journée différente »): each day paid by its own column (Cris 6-7.03 « Durée de remplacement dans une
# journée »), the count of days times that cell; the days said apart, not one day's periods added
_SEPARATE_DAYS = re.compile(r"\bchacune?\s+(?:(?:à|a|dans|sur)\s+)?(?:une?|sa|son)\s+(?:journ[ée]e|jour)\s+diff[ée]rente?\b|"
                            r"\b(?:journ[ée]es|jours)\s+diff[ée]rent(?:e)?s\b|\bpas\s+(?:dans\s+)?la\s+m[êe]me\s+"
                            r"journ[ée]e\b", re.IGNORECASE)
_DAYS_COUNT = re.compile(rf"(?<![\w,.\-])(\d{{1,2}}|{spelled(2, 10)})\s+(?:\w+\s+)?"
                         r"(?:suppl[ée]ances?|remplacements?|p[ée]riodes?|fois|journ[ée]es|jours)\b", re.IGNORECASE)
# hours the question counts at an hourly rate (« j'ai enseigné 10 heures à taux horaire », « pour douze heures de
# cours »): the number and the word; not hours a week, a day or a time of day (« 20 heures par semaine », « à 10
# heures », « 35 heures/semaine »: the week's pay is ``_normal_week``'s), nor a length of minutes
# what ``_DAYS_COUNT`` counts is days themselves (« deux journées », « 3 jours »), not replacements or periods
_DAYS_NOUN = re.compile(r"\b(?:journ[ée]es|jours)$", re.IGNORECASE)
_COUNTED_HOURS = re.compile(rf"(?<![\w,.])(?<!\b[àa]\s)(?<!\bvers\s)(\d{{1,3}}(?:,\d{{1,2}})?|{spelled(2, 12, 15, 20)})"
                            r"\s+heures\b"
                            r"(?!\s*(?:/|et\s+(?:demie|quart)|\d)|\s+(?:\w+\s+){0,3}?(?:par|chaque|toutes?\s+les)\s+"
                            r"(?:semaines?|jours?|journ[ée]es?|mois|ann[ée]es?|an|cycles?)\b)", re.IGNORECASE)
_COUNT_WORDS = {word: VALUES[word] for word in ("onze", "douze", "quinze", "vingt", "deux", "trois", "quatre", "cinq", "six",
                                                "sept", "huit", "neuf", "dix")}  # this order: _UNIT_COUNT's alternation
# a trip's fuel priced by the litre (Bourget Annexe W « Le coût réel du litre d'essence divisé par 10 ; le quotient étant
# multiplié par la suite par le nombre de kilomètres effectivement parcourus »), and the price a question states
# (« l'essence est à 1,60 $ le litre »)
_FUEL_RULE = re.compile(r"\blitre\b[^;]{0,40}?\bdivis[ée] par (\d{1,3})\b[^;]*;[^;]*multipli[ée][^;]*\bkilom[èe]tres\b",
                        re.IGNORECASE)
_LITRE_PRICE = re.compile(r"(?<![\d,])(\d{1,2},\d{1,3})\s*\$\s*(?:le|du|par|/)\s*litre\b", re.IGNORECASE)
# an amount a clause's prose sets per unit (Cris 7-1.02 « … par enseignante ou enseignant à temps plein … de 240 $ »,
# Bourget 11-5.01 « … une réduction des frais de scolarité pour chaque enfant … : … 1 400,00 $ au niveau primaire »),
# the units a question counts (« 80 enseignants », « mes deux enfants »), the clause's rule reducing it by the
# workload (11-5.01 « … est réduite au prorata et calculée selon le pourcentage de la charge professionnelle ») and the
# workload at or under which that rule holds (« (49,9 %) et moins »)
_PER_UNIT = re.compile(r"\b(?:pour\s+chaque|par|chaque)\s+(?:([^\W\d_]{3,})\s+ou\s+)?([^\W\d_]{3,})", re.IGNORECASE)
_UNIT_COUNT = re.compile(rf"(?<![\w,.\-])(\d{{1,4}}|{'|'.join(_COUNT_WORDS)})\s+([^\W\d_]{{3,}})", re.IGNORECASE)
# one unit counted by its article (« deux déjeuners pis un dîner »): the word after « un », « une »
_ONE_COUNTED = re.compile(r"\b(?:un|une)\s+([^\W\d_]{3,})", re.IGNORECASE)
# units a question tells apart (« mes deux enfants : un au primaire, l'autre en maternelle »): not all of one case
_UNITS_APART = re.compile(r"\bl['’]autre\b|\bl['’]une?\b|\bles\s+autres\b|\bchacun\b", re.IGNORECASE)
_SHARE_PRORATA = re.compile(r"\bau\s+prorata\b[^.;]{0,80}?\bpourcentage\s+de\s+(?:la|sa)\s+(?:charge|t[âa]che)",
                            re.IGNORECASE)
# what an amount is per that is no unit counted (a time, a distance, a share): « par année », « par jour », « par km »
_NOT_A_UNIT = frozenset(tokenize("an ans année années jour jours journée semaine semaines mois heure heures période "
                                 "périodes minute minutes kilomètre kilomètres km litre cent pourcentage rapport suite "
                                 "exemple ailleurs contre conséquent écrit"))
_SHARE_LIMIT = re.compile(r"\((\d{1,2}(?:,\d+)?)\s*%\)\s+et\s+moins\b", re.IGNORECASE)
# what a question leaves out of its amount (« Sans compter le stationnement pis les repas, … »), up to the clause's end
_LEFT_OUT = re.compile(r"\b(?:sans(?:\s+compter)?|sauf|excluant|à\s+part)\s+[^,.;?]*", re.IGNORECASE)
# an amount a clause splits equally between the parties (Cris 9-2.07 « Dans le cas d'une demande conjointe de remise, ce
# montant est partagé également entre les parties. »), and a question asking each party's share (« Combien chaque partie
# doit verser ? », « on paie la moitié chacun ? »)
_SPLIT_EQUALLY = re.compile(r"\b(?:partag|répart|divis|assum)\w*\s+(?:également|à\s+parts?\s+égales?)\s+entre\s+les\s+"
                            r"(?:deux\s+)?parties\b|\bà\s+parts?\s+égales?\s+entre\s+les\s+(?:deux\s+)?parties\b",
                            re.IGNORECASE)
_THIS_AMOUNT = re.compile(r"\b(?:ce|cet|cette|ces)\s+(?:montants?|sommes?|frais|coûts?)\b", re.IGNORECASE)
_EACH_PARTY = re.compile(r"\bchaque\s+partie\b|\bpar\s+partie\b|\bchacune?\b|\bla\s+moitié\b", re.IGNORECASE)


@dataclass(frozen=True)
class CountedAmountParams:
    """The hand-set numbers of an amount a clause's prose sets per unit, times the units a question counts."""

    hits: int = 1  # hand-set: only the first passage is read (DEV Q1638 11-5.01, Q1641 7-1.02: first); a per-unit
    # amount further down is too often another topic's (« par année », « pour chaque élève excédentaire »)
    per_unit_hits: int = 3  # hand-set: passages read when the amount per a unit is itself asked (« combien par prof
    # à temps plein ? »): DEV Q772 and Q1437 find 7-1.02 second and third, after 7-2.01's yearly sum or 11-8.03
_SCALE_UNIT = {"annual": "traitement annuel", "hourly": "taux horaire"}


@dataclass(frozen=True)
class SharedAmountParams:
    """The hand-set numbers of an amount split equally between the parties (``AmountAnswers._shared_amount``)."""

    hits: int = 1  # hand-set: only the first passage is read, as ``CountedAmountParams.hits`` (DEV Q1731: 9-2.07 first)
    parties: int = 2  # hand-set: an agreement's « les parties » are its two signatories (the employer and the union)


@dataclass(frozen=True)
class CarriedAmountParams:
    """The hand-set numbers of a yearly sum whose unused part is carried over (``AmountAnswers._carried_amount``)."""

    hits: int = 2  # hand-set: passages read (DEV Q1732: 7-2.01 second, after Annexe XXII's perfectionnement rows,
    # which set no one yearly sum)


# a sum spent the question states (« en 2007-2008 on a dépensé 15 200 $ seulement »)
_SPENT = re.compile(r"\b(?:d[ée]pens|utilis|engag)\w*", re.IGNORECASE)
# what is left or available asked (« Combien est disponible pour 2008-2009 ? », « il reste combien »)
_AVAILABLE_ASKED = re.compile(r"\bdisponibles?\b|\breste\b|\bl['’]ann[ée]e\s+(?:scolaire\s+)?(?:suivante|prochaine)\b",
                              re.IGNORECASE)
# a sum's unused part added to the next year's (Cris 7-2.01 « Les sommes disponibles pour une année et non utilisées ou
# non engagées s'ajoutent aux sommes disponibles pour l'année scolaire suivante. », « Le solde … est reporté à l'année
# scolaire suivante. »)
_CARRIED_OVER = re.compile(r"\bnon\s+utilis[ée]e?s?\b[^.]*?\bs['’]ajoutent\s+aux\s+sommes\b[^.]*?\bann[ée]e\s+(?:scolaire\s+)?"
                           r"suivante|\bsolde\b[^.]*?\breport[ée]e?s?\s+à\s+l['’]ann[ée]e\s+(?:scolaire\s+)?suivante",
                           re.IGNORECASE)
# one sum set for each year (« … prévoit pour chaque année scolaire une somme de 21 500 $. »)
_YEARLY_SUM = re.compile(r"\b(?:pour\s+chaque|par)\s+ann[ée]e\b|\bannuel", re.IGNORECASE)


# a supply rate set as another rate raised by a percentage (Bourget Annexe P E): « le taux horaire de la suppléance
# (court terme ou occasionnel) correspond au taux horaire … majoré de quatre pour cent (4 %) », for the classes named
# (« Pour les classes d'emploi d'appariteur, de technicien … et de technicien de travaux pratique, »), an annual
# scale first « divisée par mille neuf cent cinquante (1950) »
# (or someone's absence covered: « on m'appelle … quand un prof est absent »)
_SUPPLY_ASKED = re.compile(r"suppl[ée]an|rempla[cç]|\b(?:est|sont|[ée]tait|[ée]taient)\s+absente?s?\b", re.IGNORECASE)
_SUPPLY_RULE = re.compile(r"taux horaire de la suppl[ée]ance\b.*?\bmajor[ée]e? de [^(]*\((?P<percent>\d+(?:,\d+)?)\s*%\)",
                          re.IGNORECASE | re.DOTALL)
_SUPPLY_CLASSES = re.compile(r"^Pour les classes d'emploi\s+(.+?),\s+le taux horaire de la suppl", re.IGNORECASE)
# a yes/no entitlement asked (« j'ai-tu droit à une compensation ? », « est-ce que j'ai droit au supplément ? »), not
# how much (« j'ai droit à combien ? », « à quelle compensation ? »), and a sentence denying one (« aucune compensation
# n'est due si … », « … n'a droit à aucune compensation »)
_ENTITLED_ASKED = re.compile(r"\bdroit\s+(?:à|a|au|aux)\b|\badmissibles?\b|\best-ce\s+qu|\b\w+-(?:je|tu|t-il|t-elle|t-on)\b|"
                             r"\bquand\s+m[êe]me\b", re.IGNORECASE)  # « est-ce que je reçois quand même … ? »
#: A teacher's salary itself asked, with no échelon (« Combien gagne un prof chez les Cris ? », « le salaire d'un
#: enseignant c'est combien ? »), not a pay tied to a leave, premium or expense (« combien de mon salaire pendant
#: mon congé ? »): asked of an agreement without any scale, it gets :meth:`_no_scale`'s plain no (helper K's
#: look-alike: the Cris question was answered with 7-2.01's training budget, 21 500 $, or its signature page).
_TEACHER_SALARY = re.compile(r"\b(?:gagn\w*|salaires?|traitement annuel|[ée]chelle salariale)\b", re.IGNORECASE)
_TEACHER = re.compile(r"\b(?:enseignant\w*|profs?|professeure?s?)\b", re.IGNORECASE)
_OTHER_PAY = re.compile(r"cong[ée]|prestation|%|pour\s?cent|prime|allocation|indemnit|frais|rembours|assurance|"
                        r"retraite|suppl[ée]|heures?|jours?|semaines?|perfectionnement|d[ée]pass|surplus|retenu|"
                        r"cotisation|absence|maladie|vacances|grossesse|maternit|parental|invalidit|ajust|le[çc]on|horaire|rempla[çc]|"
                        r"occasionnel|taux|temps partiel|p[ée]riode",
                        re.IGNORECASE)
_HOW_MUCH = re.compile(r"combien|\bquel(?:le)?s?\b|\$|\bmontant|\bc'est quoi\b", re.IGNORECASE)
_DENIES = re.compile(r"\baucun(?:e)?\s+\w+\s+n'est\s+d[ûu]e?\b|\bn'(?:a|ont)\s+(?:pas\s+)?droit\b|"
                     r"\bn'(?:est|sont)\s+pas\s+admissibles?\b|\bne\s+donnent?\s+pas\s+droit\b", re.IGNORECASE)
_ENTITLEMENT_WORDS = frozenset(tokenize("droit compensation aucune admissible montant"))
# a table's introducing sentence naming what the paragraph before it says (« La répartition des sommes pour ces ajouts
# de ressources s'établit de la façon suivante : »)
_REFERS_BACK = re.compile(r"\b(?:ces|cette|ledit|ladite|lesdits|lesdites)\b", re.IGNORECASE)
# the sentence right after a table saying what its rate pays for (Cris 13-2.03 « B) Ce taux est pour 50 à 60 minutes
# d'enseignement. »): the case the amount is for, quoted with it
_RATE_PAYS_FOR = re.compile(r"(?:Ce|Ces|Le|Les)\s+taux(?:\s+horaires?)?\s+(?:est|sont)\s+pour\b[^.;]*[.;]")
# how an amount is computed asked (« son taux horaire est calculé comment ? », « comment on fixe … », « la formule »)
_HOW_COMPUTED = re.compile(r"\bcalcul\w*|\bcomment\b[^?]*\b(?:fix|d[ée]termin|[ée]tabli)\w*|"
                           r"\b(?:fix|d[ée]termin|[ée]tabli)\w*\s+comment\b|\bformule\b", re.IGNORECASE)
_SUPPLY_DIVISOR = re.compile(r"divis[ée]e? par [^(]*\((\d{3,4})\)", re.IGNORECASE)


# a clause (or one of its paragraphs) replaced, for the teachers an article is about, by the text that follows (Cris
# 13-14.01, under « 13-14.00 … CONTRAT … DONT LES HEURES SONT PRÉALABLEMENT DÉTERMINÉES À 1 280 HEURES » : « du chapitre
# 7-0.00, à l'exception du paragraphe a) de la clause 7-1.02 qui est remplacé par ce qui suit : »)
_REPLACED_BY = re.compile(rf"\b(?:(?:du|le)\s+paragraphe\s+(?P<para>[a-z])\)\s+de\s+)?la\s+clause\s+(?P<clause>{CLAUSE_NUMBER})"
                          r"\s+(?:qui\s+)?(?:est|sont)\s+remplac[ée]e?s?\s+par\s+ce\s+qui\s+suit\s*:\s*", re.IGNORECASE)
# a quantity a heading or a question names (« 1 280 HEURES », « 1280 heures »), not a clause number's (« 13-14.00 FORMATION »)
_QUANTITY = re.compile(r"(?<![\d,.\-])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)\s+([^\W\d_]{3,})")
_MODIFIED_TOPIC_WORDS = 2  # hand-set: words a question shares with a replaced amount's text and its replaced clause's
# full time said (« contractuels à temps plein »): the case of an article whose heading fixes the hours at a count
# (Cris 13-14.00 « … DONT LES HEURES SONT PRÉALABLEMENT DÉTERMINÉES À 1 280 HEURES »), not a ceiling (13-4.00 « POUR
# MOINS DE 1 280 HEURES »: _BOUNDED_QUANTITY)
_FULL_TIME = re.compile(r"\b[àa]\s+temps\s+(?:plein|complet)\b", re.IGNORECASE)
_BOUNDED_QUANTITY = re.compile(r"\b(?:moins|plus)\s+de\s+\d|\bjusqu['’]à\s+\d|\bau\s+(?:plus|moins)\s+\d", re.IGNORECASE)
# a chapter heading's own words that are no topic (« Chapitre 13-0.00 FORMATION PROFESSIONNELLE »: « formation
# professionnelle » is)
_CHAPTER_WORD = re.compile(r"\bchapitre\b|\d[\d.\-]*", re.IGNORECASE)


def _unit_counts(question: str) -> dict[str, tuple[int, str]]:
    """The units a question counts (``_UNIT_COUNT``: « 80 enseignants », « mes deux enfants »), by the unit's first stem:
    its count and the words saying it; none when it tells its units apart (``_UNITS_APART``: each its own case)."""
    counted: dict[str, tuple[int, str]] = {}
    if _UNITS_APART.search(question):
        return counted
    for found in _UNIT_COUNT.finditer(question):
        number = int(found.group(1)) if found.group(1).isdigit() else _COUNT_WORDS[found.group(1).lower()]
        stems = tokenize(found.group(2))
        if stems and number > 0:
            counted.setdefault(stems[0], (number, found.group(0)))
    return counted


def _case_named(question: str, heading_path: Sequence[str], case: set[tuple[str, str]],
                asked: set[tuple[str, str]], new_sentence: str) -> bool:
    """Whether a question names the case an article is about (its heading, under its chapter's): every quantity of
    the heading said (« j'ai un contrat de 1 280 heures »), or, none of them said otherwise (« 800 heures »), the
    chapter's topic words all said (« formation professionnelle » of « Chapitre 13-0.00 FORMATION PROFESSIONNELLE »),
    a word of the article's heading that the new amount's sentence does not say (« contractuels »), and full time
    (``_FULL_TIME``) when the heading fixes a count of hours (not a ceiling: ``_BOUNDED_QUANTITY``)."""
    if case <= asked:
        return True
    if len(heading_path) < 3 or {unit for _, unit in asked} & {unit for _, unit in case}:
        return False
    said = set(tokenize(expand(question)))
    topic = set(tokenize(_CHAPTER_WORD.sub(" ", heading_path[0])))
    article = heading_path[-2]
    own = set(tokenize(_QUANTITY.sub(" ", article))) - topic - set(tokenize(new_sentence))
    if not topic or not topic <= said or not own & said:
        return False
    return not case or (bool(_FULL_TIME.search(question)) and not _BOUNDED_QUANTITY.search(article))


def _quantities(text: str) -> set[tuple[str, str]]:
    """The quantities a text names, as (digits, the unit's first four letters folded): « 1 280 HEURES » : (1280, heur)."""
    return {(re.sub(r"\D", "", number), fold(unit)[:4]) for number, unit in _QUANTITY.findall(text)}


@dataclass(frozen=True)
class CountedUnit:
    """The unit a clause's prose sets an amount by (« par enseignante ou enseignant »): its words and the stem the
    question counts it by (``tokenize``'s)."""

    words: str
    stem: str


def _counted_unit(sentence: str, counted: dict[str, tuple[int, str]], asked: set[str],
                  per: set[str] = frozenset()) -> CountedUnit | None:
    """The unit of ``sentence`` (``_PER_UNIT``) the question counts or asks the amount per (``per``), else one it
    names (none when it asks an amount per unit); None when neither."""
    named = None
    for found in _PER_UNIT.finditer(sentence):
        for word in (found.group(1), found.group(2)):
            stems = tokenize(word) if word else []
            if stems and (stems[0] in counted or stems[0] in per):
                return CountedUnit(found.group(0), stems[0])
            if stems and stems[0] in asked and named is None and not per:
                named = CountedUnit(found.group(0), stems[0])
    return named


@dataclass(frozen=True)
class PerUnitAmount:
    """A sentence of a passage stating amounts per a unit the question counts or asks by, the sentence opening its
    list (ending with « : ») when the unit is said there (else ""), that unit, and the amounts kept."""

    sentence: str
    opener: str
    unit: CountedUnit
    amounts: tuple[StatedAmount, ...]


@dataclass(frozen=True)
class WorkloadRule:
    """A clause's sentence reducing its amount by the workload (``_SHARE_PRORATA``), its passage, and the share (in %)
    of the question's workload it pays."""

    chunk: Chunk
    sentence: str
    share: float


def _amounts_asked(sentence: str, amounts: Sequence[StatedAmount], asked: set[str]) -> tuple[StatedAmount, ...]:
    """The amounts of ``sentence`` whose words up to the next amount (« au niveau primaire ») the question says; its
    only amount; none when it has several and the question says none's words (« un enfant en maternelle »: 11-5.01's
    préscolaire case, in another sentence, is neither the primaire nor the secondaire amount)."""
    if len(amounts) == 1:
        return tuple(amounts)
    kept = []
    for n, amount in enumerate(amounts):
        after = sentence[amount.end:amounts[n + 1].start if n + 1 < len(amounts) else len(sentence)]
        if set(tokenize(after)) & asked:
            kept.append(amount)
    return tuple(kept)


def _paragraph(text: str, letter: str) -> str:
    """Paragraph ``letter`` of a clause's text (« - A) Aux fins du calcul … »), up to the next lettered one; the whole
    text when it has no such paragraph."""
    found = re.search(rf"(?m)^\s*(?:[-•]\s*)?{letter}\)\s*(.*?)(?=^\s*(?:[-•]\s*)?[a-z]\)\s|\Z)", text,
                      re.IGNORECASE | re.DOTALL)
    return found.group(1) if found else text


def _same_class(named: str, job_class: str) -> bool:
    """Whether a class a sentence names (« technicien en education specialisee », folded) is the table's class
    (« technicien de en education specialisee (37,5 heures/semaine) »): every word of the name of four letters
    or more is a word of the class, plural and feminine endings aside."""
    words = {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", named)}
    return bool(words) and words <= {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", job_class)}


def _money_like(value: float, cell: str) -> str:
    """A computed total written as the cell it multiplies is (« 4 × 35,75 $ »: « 143,00 $ », not « 143 $ »)."""
    written = money(value)
    return written.replace(" $", ",00 $") if "," in cell and "," not in written else written


def _pays_per(table: Table, column: int, unit: str) -> bool:
    """Whether one amount of ``table``'s ``column`` pays one ``unit`` counted (``dated_counts``' folded singular): an
    hourly rate an hour, an amount « par période » a night or a period, a replacement's full-day column (Cris 6-7.03
    « plus de 210 minutes ») a day; never a yearly salary."""
    paid = per_unit(table, column)
    if unit == "heure":
        return paid == " l'heure"
    if unit in ("nuit", "periode", "seance"):
        return paid == " par période"
    span = duration_range(table.column_headers[column]) if 0 <= column < len(table.column_headers) else None
    return unit in ("jour", "journee") and span is not None and span[1] == float("inf")


def _cents(value: float) -> float:
    """A computed amount rounded to the cent as a pay is (half up: 54,705 $ -> 54,71 $), not to the nearest float."""
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def period_note(question: str, unit: str) -> str:
    """« montant par semaine demandé : le tableau ne donne qu'un taux horaire (aucun montant par semaine calculé) »."""
    asked = next((name for pattern, name in _PER_PERIOD if pattern.search(question)), None)
    if asked is None or unit not in _SCALE_UNIT:
        return ""
    return f"montant {asked} demandé : le tableau ne donne qu'un {_SCALE_UNIT[unit]} (aucun montant {asked} calculé)"
# a question about one's own pay or échelon (« je gagne 53 213 $ », « je fais 60 293 piasses », « c'est quel échelon »)
# (not « j'ai payé 24,21 $ pour mon dîner »: an expense)
_OWN_PAY = re.compile(r"[ée]chelon|salaire|traitement|gagn|\b(?:ma|la|sa|ta)\s+pa(?:ye|ie)\b|\bje\s+fais\b|\bfait\b|"
                      r"r[ée]mun[ée]r|taux\s+horaire|de\s+l'heure|par\s+ann[ée]e|annuel", re.IGNORECASE)


@dataclass(frozen=True)
class TripMeal:
    """A meal a trip's question names, paid with the trip (``AmountAnswers._trip_meals``): its table's cell, the
    amount paid, and how it is said (« dîner : 12 $ (« Remboursement maximum » 12 $ ; facture de 14 $) »)."""

    cell: CellAnswer
    paid: float
    said: str


@dataclass(frozen=True)
class DayShare:
    """The agreement's definition of a day's pay for one staff: the clause, its sentence (quoted) and the fraction's
    denominator (200 for « un deux-centième (1/200e) du traitement annuel »)."""

    chunk: Chunk
    sentence: str
    share: int


def _quote_all(draft: Draft, chunk: Chunk, sentences: Iterable[str]) -> None:
    """Each sentence of ``chunk`` quoted on its own line, cited to its clause."""
    for quoted in sentences:
        text = f"{chunk.clause_id} :"
        draft.parts.append(f"{text} « {one_line(quoted)} » {draft.cite(chunk, quoted, text)}".rstrip())


class AmountAnswers(PlacementAnswers):
    """Amount lookups, with the échelon placement of :class:`assistant.placement.PlacementAnswers` (mixed into
    DirectAnswers)."""

    def _tables_for(self, question: str, docs: Sequence[str] | None) -> list[Table]:
        scope = self._scope(question, docs)
        if scope is None:
            return list(self.tables)
        return [self.tables[i] for i in sorted(i for doc in set(scope) for i in self._doc_tables.get(doc, ()))]

    def _beyond_period(self, doc: str, asked: int | None) -> bool:
        """Whether a year asked is after the agreement's period (its tables do not cover it)."""
        period = str(self.documents.get(doc, {}).get("period") or "")
        end = _PERIOD_END.search(period)
        return asked is not None and end is not None and asked > int(end.group(1)) + self.params.period_grace_years

    def _amount(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                history: Sequence[Answer] = ()) -> Draft | None:
        if _NOT_AMOUNT.search(_ADDED_PERCENT.sub(" ", _WORKLOAD.sub(" ", question))):  # « je travaille à 50 % » is no
            # exclusion, nor « avec le 4 % de vacances »
            return None
        modified = self._modified_amount(question, docs)
        if modified is not None:
            return modified
        tables = self._tables_for(question, docs)
        if not tables:
            return None
        if not history and not any(t.echelon_rows for t in tables) and _TEACHER_SALARY.search(question) and \
                _TEACHER.search(question) and _HOW_MUCH.search(question) and not _OTHER_PAY.search(question):
            refused = self._no_scale(question, docs, amount=True)  # None unless one agreement, without a scale, is asked
            if refused is not None:
                return refused
        if self._after_named_rows(history):  # « Et en 2008-2009 ? » after 6-6.01's supplement: not a salary scale
            follow = self._named_follow_up(question, docs, history)
            if follow is not None:
                return follow
        draft = self._overage_amount(question, tables) or \
            self._distance_amount(question, tables) or self._pointed_amount(question, hits, tables) or \
            self._same_echelon_amount(question, hits, tables) or \
            self._carried_amount(question, hits, docs) or self._scale_amount(question, tables, history, docs) or self._named_amount(question, tables) or \
            self._named_follow_up(question, docs, history) or self._counted_amount(question, hits, docs) or \
            self._shared_amount(question, hits, docs)
        if draft is not None and _ENTITLED_ASKED.search(question) and not _HOW_MUCH.search(question):
            self._ruling_first(draft, question)
        return draft

    @cached_property
    def _ids(self) -> IdCatalogue:
        """Which clause, article, chapter and annex ids each document's indexed text holds (built once)."""
        return IdCatalogue.from_chunks(self.chunks)

    def _absent_table_amount(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                             history: Sequence[Answer] = ()) -> Draft | None:
        """How much asked (« c'est combien exactement ? ») of one agreement or none named, no amount lookup answering
        (DirectAnswers.answer tries this after them, as a plain no: « refused »), of a first passage whose sentence on
        what is asked (``LookupParams.pointed_words`` of the question's words before its reference) sets the amount only
        by a table, an amount or a scale of a clause or annex its agreement's indexed text does not hold (Cris 13-13.01:
        « … une prime annuelle d'isolement et d'éloignement établi selon le tableau prévu à la clause 12-2.01 », a
        clause of the convention the accord amends, not reproduced): said plainly (abstained), the sentence quoted so
        the teacher sees where the amount is. None when the clause or annex referred to is indexed (« tableau C) de
        l'annexe P »: its table answers, or the prose does)."""
        if not hits or not _HOW_MUCH_ASKED.search(question) or _NOT_AMOUNT.search(_WORKLOAD.sub(" ", question)):
            return None
        chunk, scope = hits[0].chunk, self._scope(question, docs)
        if scope is not None and (len(scope) > 1 or chunk.doc not in scope):
            return None  # two agreements asked: each side's amount is the sides' lookup's
        asked = set(tokenize(without_amount_asking(question)))
        for start, end in split_sentences(chunk.text):
            sentence = chunk.text[start:end].strip()
            found = _REFERRED_AMOUNT.search(sentence)
            if found is None or len(set(tokenize(sentence[:found.start("where")])) & asked) < self.params.pointed_words:
                continue
            clause, annex = CLAUSE_REFERENCE.search(found.group("where")), ANNEX_REFERENCE.search(found.group("where"))
            referred = clause.group(1) if clause else annex_id(annex.group(1)) if annex else None
            if referred is None or chunk.doc in self._ids.docs_with(referred):
                continue
            kind = id_kind(referred)  # « de la clause 12-2.01 », « de l'annexe Q »
            where = f"de l'{referred[0].lower()}{referred[1:]}" if kind == "annex" else f"{_REFERRED_WHERE[kind]} {referred}"
            title = self.documents.get(chunk.doc, {}).get("title") or chunk.doc
            draft = Draft(abstained=True)  # the documents do not give the amount: a plain no, with where it would be
            said = (f"Le montant demandé ne figure pas dans les textes indexés : {chunk.clause_id} renvoie "
                    f"{_REFERRED_WHAT[found.group('what').lower()]} {where}, qui ne figure pas dans le texte indexé de "
                    f"**{title}**. Vérifiez-le auprès de l'employeur ou de votre syndicat.")
            draft.parts.append(said)
            text = f"{chunk.clause_id} :"
            draft.parts.append(f"{text} « {one_line(sentence)} » {draft.cite(chunk, sentence, text)}".rstrip())
            return draft
        return None

    def _modified_amount(self, question: str, docs: Sequence[str] | None) -> Draft | None:
        """An amount asked for the case an article is about (its heading's quantities all named by the question: « j'ai
        un contrat de 1 280 heures »), when that article replaces another clause's amount for its case (Cris 13-14.01:
        « … à l'exception du paragraphe a) de la clause 7-1.02 qui est remplacé par ce qui suit : … de 300 $ … »): the
        new amount first, its sentence quoted and cited, then what it replaces (7-1.02 a)'s 240 $), quoted and cited.
        The question shares ``_MODIFIED_TOPIC_WORDS`` words with the new text and the replaced clause (« perfectionnement
        », 7-1.02's). None otherwise: the same question without the case keeps the replaced clause's amount."""
        if not _HOW_MUCH_ASKED.search(question):
            return None
        asked = _quantities(question)
        words = set(tokenize(expand(without_amount_asking(question))))
        scope = self._scope(question, docs)
        for (doc, clause), chunks in self._clause_chunks.items():
            if scope and doc not in scope:
                continue
            for chunk in chunks:
                heading = " ".join(chunk.heading_path[:-1]) if chunk.heading_path else ""
                case = _quantities(heading)
                if not case or not (case <= asked or _FULL_TIME.search(question)):
                    continue
                for found in _REPLACED_BY.finditer(chunk.text):
                    replaced = found.group("clause")
                    new_text = chunk.text[found.end():].split("\n\n", 1)[0]
                    sentence = next((chunk.text[found.end() + a:found.end() + b] for a, b in split_sentences(new_text)
                                     if stated_money(new_text[a:b])), None)
                    if replaced == clause or sentence is None:
                        continue
                    old_text = self.clause_text(doc, replaced)
                    para = found.group("para")
                    old_part = _paragraph(old_text, para) if para else old_text
                    if len(words & set(tokenize(f"{sentence} {old_text}")) - set(tokenize(heading))) < \
                            _MODIFIED_TOPIC_WORDS or not _case_named(question, chunk.heading_path, case, asked,
                                                                     sentence):
                        continue
                    return self._modified_draft(chunk, sentence, replaced, para, old_part, question)
        return None

    def _counted_amount(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                        params: CountedAmountParams = CountedAmountParams()) -> Draft | None:
        """How much in all asked, no table answering, of a first passage whose prose sets an amount per unit
        (``_PER_UNIT``: Cris 7-1.02 « … par enseignante ou enseignant à temps plein … de 240 $ », Bourget 11-5.01 « …
        pour chaque enfant … : … 1 400,00 $ au niveau primaire … ») that the question counts (« 80 enseignants », « mes
        deux enfants »): the amount times that count, times the teacher's workload when the clause reduces it so
        (``_SHARE_PRORATA`` at or under its ``_SHARE_LIMIT``: « chu à 25 % » of 11-5.01), said first and cited, then the
        sentences used quoted. Of several amounts in the sentence (« … au niveau primaire et de 1 927,50 $ au niveau
        secondaire »), those whose words after them the question says (« primaire »), else each. The amount per unit
        itself asked (« combien par prof à temps plein ? », the unit with its colloquial expansion, not a time or a
        distance: ``_NOT_A_UNIT``) is read in the first ``CountedAmountParams.per_unit_hits`` passages (DEV Q772, Q1437:
        7-1.02 second and third, after 7-2.01's yearly sum) and said alone. None when no count of the unit (or a single
        one without a workload reducing it) is asked, nor the amount per that unit, or a count is asked (« combien de
        jours »)."""
        if not _HOW_MUCH_ASKED.search(question) or _COUNT_ASKED.search(question):
            return None
        counted = _unit_counts(question)  # a unit's stem: its count, as the question says it
        asked = set(tokenize(expand(question)))  # « mon gars » names 11-5.01's « enfant »
        per = {stem for found in _PER_UNIT.finditer(question) for word in found.groups() if word
               for stem in tokenize(expand(word))} - _NOT_A_UNIT  # « par prof » : « prof », « enseign » …
        scope = self._scope(question, docs)
        for hit in hits[:params.per_unit_hits if per else params.hits]:
            chunk = hit.chunk
            if scope and chunk.doc not in scope:
                continue
            found = self._per_unit_amount(chunk, counted, asked, per)
            if found is None:
                continue
            count, said = counted.get(found.unit.stem, (1, ""))
            prorata = self._workload_rule(chunk, _workload_share(question))
            if count < 2 and prorata is None and found.unit.stem not in per:
                return None
            return self._counted_draft(chunk, found, count, said, prorata)
        return None

    def _per_unit_amount(self, chunk: Chunk, counted: dict[str, tuple[int, str]], asked: set[str],
                         per: set[str]) -> PerUnitAmount | None:
        """The first sentence of ``chunk`` stating an amount whose unit (``_PER_UNIT``, in that sentence or in the
        sentence opening its list, ending with « : ») the question counts or asks the amount per (``per``), or names
        (a workload alone then reduces it; not when an amount per unit is asked); None when there is none."""
        spans = [(a, b) for a, b in split_sentences(chunk.text)]
        opener = ""
        for start, end in spans:
            sentence = chunk.text[start:end].strip()
            amounts = stated_amounts(sentence)
            if not amounts:
                if sentence.endswith(":"):
                    opener = sentence
                continue
            unit = _counted_unit(sentence, counted, asked, per)
            used_opener = ""
            if unit is None and opener:
                unit, used_opener = _counted_unit(opener, counted, asked, per), opener
            if unit is None:
                continue
            # the question naming another case of the list (« un au primaire, l'autre en maternelle (préscolaire) »:
            # 11-5.01's « - pour chaque élève fréquentant le niveau préscolaire : le même montant … ») is not this one's
            said = set(tokenize(f"{sentence} {used_opener}"))
            if used_opener and any((set(tokenize(chunk.text[a:b])) - said) & asked for a, b in spans
                                   if chunk.text[a:b].lstrip().startswith("-")
                                   and (a, b) != (start, end) and not _SHARE_PRORATA.search(chunk.text[a:b])):
                return None
            kept = _amounts_asked(sentence, amounts, asked)
            return PerUnitAmount(sentence, used_opener, unit, kept) if kept else None
        return None

    def _first_sentences(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                         depth: int) -> Iterator[tuple[Chunk, list[str]]]:
        """The first ``depth`` hits of the agreements the question is about, each passage with its sentences."""
        scope = self._scope(question, docs)
        for hit in hits[:depth]:
            if not scope or hit.chunk.doc in scope:
                yield hit.chunk, [hit.chunk.text[a:b].strip() for a, b in split_sentences(hit.chunk.text)]

    def _shared_amount(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                       params: SharedAmountParams = SharedAmountParams()) -> Draft | None:
        """Each party's share asked (``_EACH_PARTY``: « Combien chaque partie doit verser à l'arbitre ? ») of a first
        passage saying an amount is split equally between the parties (``_SPLIT_EQUALLY``: Cris 9-2.07 « Dans le cas
        d'une demande conjointe de remise, ce montant est partagé également entre les parties. »): the amount of that
        sentence, or of the sentence right before it when it names that amount back (``_THIS_AMOUNT``: « ce montant »
        of « … verse à l'arbitre un montant de 400 $. »),
        divided by ``SharedAmountParams.parties``, said first, both sentences quoted and cited. None otherwise."""
        if not _HOW_MUCH_ASKED.search(question) or not _EACH_PARTY.search(question) or _COUNT_ASKED.search(question):
            return None
        for chunk, sentences in self._first_sentences(question, hits, docs, params.hits):
            for n, split in enumerate(sentences):
                if not _SPLIT_EQUALLY.search(split):
                    continue
                # its own amount, or the sentence right before's when it names it back (« ce montant »)
                stated = split if stated_amounts(split) else sentences[n - 1] if n and _THIS_AMOUNT.search(split) \
                    and stated_amounts(sentences[n - 1]) else None
                if stated is None:
                    continue
                amounts = stated_amounts(stated)
                whole = amounts[-1].value if stated is not split else amounts[0].value
                each = _cents(whole / params.parties)
                draft = Draft()
                lead = (f"**{money(each)}** chacune — {chunk.clause_id} : {money(whole)} partagé également entre les "
                        f"{params.parties} parties, {money(whole)} ÷ {params.parties} = {money(each)}")
                draft.parts.append(f"{lead}. {draft.cite(chunk, split, lead)}".rstrip())
                _quote_all(draft, chunk, dict.fromkeys((stated, split)))
                return draft
        return None

    def _carried_amount(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                        params: CarriedAmountParams = CarriedAmountParams()) -> Draft | None:
        """What is available the next year asked (``_AVAILABLE_ASKED``), one sum spent stated (``_SPENT``: « en
        2007-2008 on a dépensé 15 200 $ seulement »), of a passage among the first ``CarriedAmountParams.hits`` that
        sets one sum for each year (``_YEARLY_SUM``, no unit it is per: « … prévoit pour chaque année scolaire une somme
        de 21 500 $ ») and carries its unused part over (``_CARRIED_OVER``): the unused part (the sum less what was
        spent) added to the next year's sum, both sentences quoted. None otherwise, or when more was spent than the
        sum (another year's carry-over, not said, would be needed)."""
        stated = stated_amounts(question)
        if not _HOW_MUCH_ASKED.search(question) or len(stated) != 1 or not _SPENT.search(question) or \
                not _AVAILABLE_ASKED.search(question) or _COUNT_ASKED.search(question):
            return None
        for chunk, sentences in self._first_sentences(question, hits, docs, params.hits):
            carried = next((x.rstrip(" »") for x in sentences if _CARRIED_OVER.search(x)), None)  # not the amendment's »
            yearly = next((x for x in sentences if _YEARLY_SUM.search(x) and len(stated_amounts(x)) == 1
                           and not {t for m in _PER_UNIT.finditer(x) for w in m.groups() if w
                                    for t in tokenize(w)} - _NOT_A_UNIT), None)
            if carried is None or yearly is None:
                continue
            whole, spent = stated_amounts(yearly)[0].value, stated[0].value
            if spent > whole:
                return None
            left = _cents(whole - spent)
            total = _cents(whole + left)
            draft = Draft()
            lead = (f"**{money(total)}** disponibles l'année suivante — {chunk.clause_id} : {money(whole)} (la somme de "
                    f"l'année) + {money(left)} non utilisés ({money(whole)} − {money(spent)} dépensés) = {money(total)}")
            draft.parts.append(f"{lead}. {draft.cite(chunk, carried, lead)}".rstrip())
            _quote_all(draft, chunk, (yearly, carried))
            return draft
        return None

    def _workload_rule(self, chunk: Chunk, share: float | None) -> WorkloadRule | None:
        """The sentence of ``chunk``'s clause reducing its amount by the workload (``_SHARE_PRORATA``), with the share
        of the question's workload it pays; None without a workload asked, without such a sentence, or with a workload
        above the rule's limit (« (49,9 %) et moins »)."""
        if share is None or share >= 100:
            return None
        for part in self._clause_chunks.get((chunk.doc, chunk.clause_id), [chunk]):
            for start, end in split_sentences(part.text):
                sentence = part.text[start:end].strip()
                if not _SHARE_PRORATA.search(sentence):
                    continue
                limit = _SHARE_LIMIT.search(sentence)
                if limit and share > float(limit.group(1).replace(",", ".")):
                    return None
                return WorkloadRule(part, sentence, share)
        return None

    def _counted_draft(self, chunk: Chunk, found: PerUnitAmount, count: int, said: str,
                       prorata: WorkloadRule | None) -> Draft:
        """The answer of :meth:`_counted_amount`: each amount kept times the count (and the workload's share), the
        first in bold leading, then the sentences used, quoted and cited."""
        draft = Draft()
        sentence, opener, unit, amounts = found.sentence, found.opener, found.unit, found.amounts
        clause = chunk.clause_id
        share = prorata.share if prorata else 100.0
        lines = []
        for amount in amounts:
            total = _cents(amount.value * count * share / 100)
            where = one_line(sentence[amount.end:amount.end + 40].split(";")[0].split(" et ")[0]).strip(" ,.")
            what = f" ({where})" if len(stated_amounts(sentence)) > 1 and where else ""
            terms = [f"{money(amount.value)}{what} « {unit.words} »"] + ([f"{count} ({said})"] if count > 1 else []) + \
                    ([f"{share:g} %".replace(".", ",") + " (au prorata de la charge)"] if prorata else [])
            lines.append((total, " × ".join(terms), where))
        total, terms, where = lines[0]
        lead = f"**{money(total)}** en tout — {clause} : {terms} = {money(total)}"
        if count == 1 and prorata is None:  # the amount per unit asked, nothing multiplied
            lead = f"**{money(total)}** « {unit.words} » — {clause}"
            lines = [(t, x.split(" « ")[0], w) for t, x, w in lines]
        if len(lines) > 1:
            lead = f"Selon le cas — {clause} :\n\n" + "\n".join(f"- **{money(t)}** ({w}) : {x} = {money(t)}"
                                                                for t, x, w in lines)
        label = draft.cite(chunk, sentence, lead)
        draft.parts.append(f"{lead}. {label}".rstrip() if len(lines) == 1 else f"{lead}\n\n{label}".rstrip())
        workload = (prorata.chunk, prorata.sentence) if prorata else (chunk, "")
        for part, quoted in ((chunk, opener), (chunk, sentence), workload):
            if quoted:
                text = f"{clause} :"
                draft.parts.append(f"{text} « {one_line(quoted)} » {draft.cite(part, quoted, text)}".rstrip())
        return draft

    def _modified_draft(self, chunk: Chunk, sentence: str, replaced: str, para: str | None, old_part: str,
                        question: str = "") -> Draft:
        """The answer of :meth:`_modified_amount`: the new amount (times the units the question counts when the
        sentence sets it per that unit: « 15 enseignants » × 300 $ « par enseignante ou enseignant »), its sentence
        (cited), what it replaces (cited)."""
        draft = Draft()
        what = f"le paragraphe {para}) de la clause {replaced}" if para else f"la clause {replaced}"
        amount = stated_money(sentence)[0]
        case = chunk.heading_path[-2] if len(chunk.heading_path) > 1 else chunk.clause_id
        lead = (f"**{amount}** dans votre cas : selon {chunk.clause_id} ({one_line(case)}), {what} est remplacé par ce "
                f"qui suit")
        counted = _unit_counts(question)
        unit = _counted_unit(sentence, counted, set())
        count, said = counted.get(unit.stem, (1, "")) if unit else (1, "")
        if unit is not None and count > 1 and stated_amounts(sentence):
            each = stated_amounts(sentence)[0].value
            total = _cents(each * count)
            lead = (f"**{money(total)}** en tout dans votre cas — {chunk.clause_id} ({one_line(case)}) : "
                    f"{money(each)} « {unit.words} » × {count} ({said}) = {money(total)} ; {what} est remplacé par "
                    f"ce qui suit")
        draft.parts.append(f"{lead} : « {one_line(sentence)} » {draft.cite(chunk, sentence, lead)}".rstrip())
        old = next((old_part[a:b].strip() for a, b in split_sentences(old_part) if stated_money(old_part[a:b])), None)
        old_chunk = next((c for c in self._clause_chunks.get((chunk.doc, replaced), []) if old and old in c.text), None)
        if old_chunk is not None:
            said = f"Ce montant remplace, pour ce cas, celui de {replaced} ({stated_money(old)[0]})"
            draft.parts.append(f"{said} : « {one_line(old)} » {draft.cite(old_chunk, old, said)}".rstrip())
        return draft

    def _ruling_first(self, draft: Draft, question: str) -> None:
        """A yes/no entitlement asked with a situation (« au 15 octobre c'était réglé, j'ai-tu droit à une
        compensation ? »), the amount's own clause holding a sentence that denies it in that situation (``_DENIES``,
        sharing ``LookupParams.ruling_words`` of the question's words besides the entitlement's): that sentence first,
        the amounts after it as what is due when the rule does not apply."""
        asked = {t for t in tokenize(question) if len(t) > 1} - _ENTITLEMENT_WORDS
        for doc, clause in dict.fromkeys((c.doc, c.clause) for c in draft.citations):
            for chunk in self._clause_chunks.get((doc, clause), []):
                for start, end in split_sentences(chunk.text):
                    sentence = chunk.text[start:end].strip()
                    if not _DENIES.search(sentence) or \
                            len(asked & set(tokenize(sentence))) < self.params.ruling_words:
                        continue
                    text = f"Règle qui vise votre situation ({clause})"
                    lead = f"{text} : « {one_line(sentence)} » {draft.cite(chunk, sentence, text)}".rstrip()
                    draft.parts[:0] = [lead, "Montants prévus lorsque cette règle ne s'applique pas :"]
                    return

    def _pointed_sentences(self, hits: Sequence[Hit]) -> Iterator[tuple[Chunk, int, str]]:
        """Each sentence of the first ``LookupParams.pointed_hits`` passages, in rank then text order: its passage,
        the offset where it ends in the passage's text and its text (read by ``_same_echelon_amount`` and
        ``_pointed_amount``, which look there for a clause setting a role's pay on an annex's scale)."""
        for hit in hits[: self.params.pointed_hits]:
            for start, end in split_sentences(hit.chunk.text):
                yield hit.chunk, end, hit.chunk.text[start:end]

    def _same_echelon_amount(self, question: str, hits: Sequence[Hit], tables: Sequence[Table]) -> Draft | None:
        """A role a clause among the first ``LookupParams.pointed_hits`` passages pays on another annex's scale at the
        échelon of the teacher's own class (``_SAME_ECHELON``: Bourget 7-6.06, the animateur who becomes répondant de
        niveau is paid on Annexe M « au même échelon salarial que son classement »), asked with an amount and an
        échelon by a question naming the role whole (``_ROLE_NAMED``: « répondant de niveau »): that
        annex's cell at that échelon, the clause quoted right under it; a share of the task the question states
        (« à 50 % », « la moitié de mes heures ») taken of it when the clause's paragraph sets the pay pro rata. None
        otherwise (the question's own class's scale is then read)."""
        if not _ASKS_AMOUNT.search(question) or parse_amount_question(question).echelon is None:
            return None
        asked = set(tokenize(question))
        for chunk, end, sentence in self._pointed_sentences(hits):
            found = _SAME_ECHELON.search(sentence)
            role = _ROLE_NAMED.search(sentence, 0, found.start()) if found else None
            if role is None or not set(tokenize(role.group("role"))) <= asked:
                continue  # the question names the role the sentence pays (« répondant de niveau »)
            scale = [t for t in tables if t.doc == chunk.doc and t.echelon_rows
                     and t.annex_or_clause.lower() == f"annexe {found.group('annex')}".lower()]
            # the task's share is this clause's pro rata (``_task_share``), not the workload rule's of the scale
            draft = self._scale_amount(_WORKLOAD.sub(" ", question), scale, ()) if scale else None
            if draft is None or not draft.parts:
                continue
            said = f"Selon {chunk.clause_id}, ce traitement suit l'échelle de l'{scale[0].annex_or_clause}, au même échelon"
            after = next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 0)
            draft.parts.insert(after, f"{said} : « {one_line(sentence)} » {draft.cite(chunk, sentence, said)}".rstrip())
            self._task_share(draft, chunk, end, question)
            return draft
        return None

    def _task_share(self, draft: Draft, chunk: Chunk, after: int, question: str) -> None:
        """The share of the task the question states (« à 50 % », « la moitié de mes heures ») taken of the amount
        ``draft`` leads with, when a sentence of ``chunk`` after ``after`` sets the pay pro rata (``_PRORATA_SAID``),
        that sentence quoted; nothing otherwise."""
        words = _SHARE_SAID.search(question)
        share = _workload_share(question) or (_SHARE_WORDS.get(" ".join(fold(words.group(0)).split())) if words else None)
        spans = [(a, b) for a, b in split_sentences(chunk.text) if a >= after]
        first = next((i for i, (a, b) in enumerate(spans) if _PRORATA_SAID.search(chunk.text[a:b])), None)
        last = first
        while last is not None and last + 1 < len(spans) and \
                not chunk.text[spans[last][0]:spans[last][1]].rstrip().endswith("."):
            last += 1  # a sentence a page break cut (« … selon le nombre » / « d'heures … à accomplir. »)
        prorata = chunk.text[spans[first][0]:spans[last][1]] if first is not None else None
        lead = next((part for part in draft.parts if part.startswith("**")), "")
        amount = stated_amounts(lead.replace("**", ""))
        if share is None or prorata is None or not amount or not 0 < share < 100:
            return
        value = Decimal(repr(amount[0].value)) * Decimal(repr(share)) / 100
        text = (f"Au prorata de la tâche : **{money(float(value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)))}** "
                f"= {share:g} % de {money(amount[0].value)} ({chunk.clause_id} : « {one_line(prorata)} »)")
        draft.parts.insert(0, f"{text} {draft.cite(chunk, prorata, text)}".rstrip())

    def _pointed_amount(self, question: str, hits: Sequence[Hit], tables: Sequence[Table]) -> Draft | None:
        """A pay that a clause among the first ``LookupParams.pointed_hits`` passages sets at the first or last échelon
        of an annex's scale, for a role named by ``LookupParams.pointed_words`` of the question's words (Bourget 7-6.06: the répondant de niveau « reçoit … le dernier échelon de l'échelle annuelle
        de traitement de l'enseignant à temps complet (rf. annexe M) »), asked with an amount and no échelon: that cell,
        the clause quoted first. None when no such sentence, or its annex has no scale."""
        if not _ASKS_AMOUNT.search(question) or parse_amount_question(question).echelon is not None:
            return None
        asked = set(tokenize(question))
        for chunk, _end, sentence in self._pointed_sentences(hits):
            found = _POINTED_ECHELON.search(sentence)
            if not found or len(set(tokenize(sentence[:found.start()])) & asked) < self.params.pointed_words:
                continue  # the question speaks of the role the sentence pays (« répondant de niveau »)
            annex = f"annexe {found.group('annex')}".lower()
            scale = [t for t in tables if t.doc == chunk.doc and t.echelon_rows
                     and t.annex_or_clause.lower() == annex]
            if not scale:
                continue
            place = "dernier" if found.group("end").lower() == "dernier" else "premier"
            draft = self._scale_amount(f"{question} (au {place} échelon)", scale, ())
            if draft is None:
                continue
            said = f"Selon {chunk.clause_id}, ce traitement est le {place} échelon de l'échelle de l'{scale[0].annex_or_clause}"
            # the amount first (the answer's first line), the clause that sets it right under it
            after = next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 0)
            draft.parts.insert(after, f"{said} : « {one_line(sentence)} » {draft.cite(chunk, sentence, said)}".rstrip())
            return draft
        return None

    def _overage_amount(self, question: str, tables: Sequence[Table]) -> Draft | None:
        """Pupils over a group's maximum, the group's level, the days and the teaching a week told (« un élève de trop
        pendant 50 jours de classe, 20 heures par semaine, en 4e année »), where an annex sets the compensation by a
        formula (Cris Annexe XII B « C = 27 × N / Y × D × 1,20 $ »): C computed term by term, leading, each term's
        sentence or row quoted, then the annual limits of the ranks counted (C). None unless every term is told."""
        for doc, where in dict.fromkeys((t.doc, t.annex_or_clause) for t in tables):
            chunks = self._clause_chunks.get((doc, where), [])
            found = overage_compensation([t for t in tables if (t.doc, t.annex_or_clause) == (doc, where)],
                                         "\n".join(c.text for c in chunks), question)
            if found is None:
                continue
            draft, y = AmountDraft(), found.level.cells[0]
            terms = (f"N = {_decimal(found.weighted)} ({found.pupils} élève{'s' * (found.pupils > 1)} excédentaire"
                     f"{'s' * (found.pupils > 1)}) ; Y = {y} (« {found.level.label.strip(' -:')} ») ; D = "
                     f"{_decimal(found.weekly)} {found.unit} par semaine × {found.days} jours ÷ {found.week_days} = "
                     f"{_decimal(found.duration)}")
            sentence = (f"**{money(found.total)}** de compensation — {where} : « {found.formula} » ; {terms} ; "
                        f"C = {_decimal(found.factor)} × {_decimal(found.weighted)} ÷ {y} × {_decimal(found.duration)} × "
                        f"{money(found.rate)} = {money(found.total)}.")
            labels = [draft.cite(chunk, quote, sentence.replace("**", "")) for quote in
                      (found.formula, found.weights_sentence, found.duration_sentence)
                      for chunk in chunks if quote in chunk.text][:3]
            labels.append(self._cite_row(draft, CellAnswer(found.level_table, found.level, 0, "", y), sentence))
            draft.parts.append(f"{sentence} {' '.join(dict.fromkeys(l for l in labels if l))}".rstrip())
            for term, quote in (("N", found.weights_sentence), ("D", found.duration_sentence)):
                chunk = next((c for c in chunks if quote in c.text), None)
                if chunk is not None:  # each term's rule in the annex's words
                    text = f"{term} ({where}) : « {one_line(quote)} »"
                    draft.parts.append(f"{text} {draft.cite(chunk, quote, text)}".rstrip())
            if found.caps:
                limit = sum(value for _, value in found.caps)
                text = (f"Compensation annuelle limitée à {money(limit)} pour {found.pupils} élève"
                        f"{'s' * (found.pupils > 1)} ({' + '.join(money(v) for _, v in found.caps)}).")
                cap_labels = [self._cite_row(draft, CellAnswer(found.level_table, row, 0, "", row.cells[0]), text)
                              for row, _ in dict.fromkeys(found.caps)]
                draft.parts.append(f"{text} {' '.join(dict.fromkeys(l for l in cap_labels if l))}".rstrip())
            return draft
        return None

    def _distance_amount(self, question: str, tables: Sequence[Table]) -> Draft | None:
        """A trip's kilometres priced by a base and a rate beyond it (« 260 km aller-retour, combien on me
        rembourse ? »: Annexe W, 35 $ for the first 200 km plus 60 × 0,15 $), the sum shown step by step, the
        table's other rows (the fuel) quoted as not computed, its notes quoted (« aller et retour »)."""
        if not _ALLOWANCE.search(question):
            return None
        found = distance_total(tables, question)
        if found is None:
            return None
        table, draft = found.table, AmountDraft()
        trips = trip_totals(tables, question)  # « une fois 150 km …, pis une autre fois 265 km »: each trip priced
        distance = sum(t.distance for t in trips) if trips else found.distance
        price = _LITRE_PRICE.search(question)
        fuel = next(((row, int(rule.group(1))) for row in found.other_rows if (rule := _FUEL_RULE.search(row.label))),
                    None) if price else None
        fuel_cost = _cents(number_value(price.group(1)) / fuel[1] * distance) if fuel else 0.0
        meals = self._trip_meals(table, question)
        total = _cents(sum(t.total for t in trips or [found]) + fuel_cost + sum(m.paid for m in meals))
        trip = (f"pour {len(trips)} trajets ({' et '.join(f'{t.distance} km' for t in trips)})" if trips else
                f"pour {found.distance} km") + "".join(f" et « {m.cell.row.label} »" for m in meals)
        sentence = (f"**{money(total)}** {'en tout ' if meals or trips else ''}{trip} — {table.annex_or_clause} : "
                    f"tarif de base de {money(found.base)} pour les premiers {found.threshold} km"
                    + (" de chaque trajet ; " + " ; ".join(_trip_cost(t) for t in trips) if trips else
                       f", plus {_trip_cost(found, beyond_only=True)}" if found.distance > found.threshold else
                       f" ({found.distance} km n'en dépassent pas {found.threshold})")
                    + (f", plus l'essence : {price.group(1)} $ le litre ÷ {fuel[1]} × {distance} km = "
                       f"{money(fuel_cost)} (« {one_line(fuel[0].label)} »)" if fuel else "")
                    + "".join(f", plus {m.said}" for m in meals) + ".")
        labels = [self._cite_row(draft, CellAnswer(table, row, 0, "", row.cells[0]), sentence)
                  for row in (found.base_row, found.excess_row) + ((fuel[0],) if fuel else ())] + \
            [self._cite_row(draft, m.cell, sentence) for m in meals]
        draft.parts.append(f"{sentence} {' '.join(dict.fromkeys(l for l in labels if l))}".rstrip())
        for heading in dict.fromkeys(self._heading(draft, m.cell.table) for m in meals):
            if heading:  # « Les frais de repas sont remboursés, avec pièces justificatives, selon les modalités … »
                draft.parts.append(heading)
        for chunk in self._clause_chunks.get((table.doc, table.annex_or_clause), []):
            # a paragraph of the annex naming the base amount outside the table (« 2. Les parties conviennent de
            # majorer annuellement le tarif de base ci-dessus mentionné (rf. 35 $) … »): the base may have changed
            for quote in (line.strip() for line in chunk.text.split("\n")):
                if found.base_row.cells[0] in quote and found.base_row.label not in quote:
                    text = "Le tarif de base peut avoir changé :"
                    draft.parts.append(f"{text} « {one_line(quote)} » {draft.cite(chunk, quote, text)}".rstrip())
        for row in (r for r in found.other_rows if not fuel or r is not fuel[0]):
            text = f"S'y ajoute (non calculé ici) : « {one_line(row.label)} »"
            draft.parts.append(f"{text} {self._cite_row(draft, CellAnswer(table, row, 0, '', row.cells[0]), text)}"
                               .rstrip())
        draft.show(shown_table(table, [found.base_row, found.excess_row], [0]))
        for footnote in table.footnotes:
            draft.parts.append(self._note(draft, table, footnote))
        return draft

    def _trip_meals(self, table: Table, question: str) -> list[TripMeal]:
        """The meals a trip's question names (« pis je dîne là-bas (facture de 14 $) », « un souper ») in another table
        of the distance table's annex (Bourget Annexe W 4. « Dîner 12 $ », column « Remboursement maximum »): a row
        whose label's words the question says (« dîne » : « Dîner ») or that ``rows_named`` finds (« repas du midi »;
        not the whole table for its topic alone, « les repas »), none the question leaves out (``_LEFT_OUT``: « sans
        compter … les repas »), each paid its amount, or the bill the question states when that amount is a ceiling (``_CAPPED`` in its
        column's header) and the bill is lower; the bill read only when one meal is named and one amount stated."""
        siblings = [n for n in self._named_rows if n.table is not table
                    and (n.table.doc, n.table.annex_or_clause) == (table.doc, table.annex_or_clause)]
        kept = _LEFT_OUT.sub(" ", question)  # « sans compter le stationnement pis les repas »: none of them
        words = set(tokenize(kept))
        cells: list[CellAnswer] = []
        for named in siblings:
            found = rows_named([named], kept)
            if len({id(c.row) for c in found}) == len(named.table.rows):
                found = []  # the table's topic only (« les repas »), no meal named: none added
            rows = {id(c.row) for c in found}
            cells += found + [CellAnswer(named.table, row, len(row.cells) - 1, "", row.cells[-1]) for row in named.table.rows
                              if id(row) not in rows and row.cells and (label := set(tokenize(row.label)))
                              and label <= words]
        cells = [c for c in cells if number_value(c.value) is not None]
        litre = _LITRE_PRICE.search(question)
        bills = [a for a in stated_amounts(question) if not (litre and litre.start() <= a.start < litre.end())]
        counts = {stem: int(n) if n.isdigit() else _COUNT_WORDS[n.lower()]  # « soupers » as « souper » is stemmed
                  for n, unit in _UNIT_COUNT.findall(question) for stem in tokenize(f"{unit} {unit.rstrip('s')}")}
        meals = []
        for cell in cells:
            ceiling = number_value(cell.value)
            header = cell.table.column_headers[cell.column] if cell.column < len(cell.table.column_headers) else ""
            capped = bool(_CAPPED.search(header))
            count = next((counts[w] for w in tokenize(cell.row.label) if w in counts), 1)  # « 2 soupers »
            bill = bills[0].value if len(cells) == 1 and count == 1 and len(bills) == 1 else None
            paid = min(bill, ceiling) if capped and bill is not None else ceiling
            said = f"le repas « {cell.row.label} » : " + (f"{count} × {money(paid)} = {money(paid * count)}"
                                                          if count > 1 else money(paid))
            if capped:
                said += f" ({header.lower()} : {money(ceiling)}" + \
                    (f" ; facture de {money(bill)}" if bill is not None else "") + ")"
            meals.append(TripMeal(cell, paid * count, said))
        return meals

    def _after_named_rows(self, history: Sequence[Answer]) -> bool:
        """Whether the last answer gave cells of a table without échelons (an allowance, a rate, a list)."""
        if not history or history[-1].kind != "amount":
            return False
        cited = {(c.doc, c.clause) for c in history[-1].citations}
        return any((t.doc, t.annex_or_clause) in cited and not t.echelon_rows for t in self.tables)

    def _named_follow_up(self, question: str, docs: Sequence[str] | None, history: Sequence[Answer]) -> Draft | None:
        """« Et pour 3 heures ? », « Et pour l'année scolaire 2008-2009 ? » after a named-row amount answer: the
        first question of the run of amount answers, with each short follow-up's year and duration instead."""
        if not history or history[-1].kind != "amount" or len(question.split()) > self.params.follow_up_words:
            return None
        chain = [question]
        for previous in reversed(history):
            if previous.kind != "amount":
                return None
            chain.insert(0, previous.question)
            if len(previous.question.split()) > self.params.follow_up_words:
                break
        merged = chain[0]
        for follow in chain[1:-1]:
            merged = merge_follow_up(merged, follow) or merged
        merged = merge_follow_up(merged, question)
        return self._named_amount(merged, self._tables_for(merged, docs)) if merged else None

    def _named_amount(self, question: str, tables: Sequence[Table]) -> Draft | None:
        """An allowance or a rate whose row the question names (« par kilomètre au-delà de 200 km »,
        « un souper », « à compter du 141e jour … 2008-2009 »): ``assistant.tables.row_lookup``."""
        if not _ALLOWANCE.search(question) or parse_amount_question(question).echelon is not None:
            return None
        wanted = {id(t) for t in tables}
        candidates = rows_named([n for n in self._named_rows if id(n.table) in wanted], question)
        if not candidates:
            return None
        table = candidates[0].table
        raised = self._raised_yearly(candidates[0], question)
        if raised is not None:
            return raised
        formula = self._period_formula(candidates, question)
        if formula is not None:
            return formula
        by_duration = duration_columns(table, question)
        part = _PART_OF_DAY.search(question)
        if by_duration is None and part and sum("minute" in h for h in table.column_headers) >= 2:
            # « une demi-journée », « un avant-midi »: the table counts minutes, the agreement gives no such length
            return self._cells(candidates, f"Durée demandée — « {part.group(0)} » : la convention ne la définit pas en "
                                           "minutes ; voici le taux de chaque durée de remplacement (précisez la "
                                           "durée en minutes).")
        draft = self._cells(candidates, f"Durée demandée — {by_duration[1]}." if by_duration else "")
        self._period_length(draft, candidates, question)
        self._tiered_sum(draft, candidates, question)
        self._durations_total(draft, candidates, question)
        if table.unit == "hourly" and per_unit(table, candidates[0].column) == " l'heure":
            self._counted_hours(draft, candidates, question)  # « j'ai enseigné 10 heures … ça donne combien ? »
        self._dated_counts_total(draft, candidates, parse_amount_question(question), (), named=True)
        self._counted_rows_total(draft, candidates, question)
        pair = _changed_rows(question, candidates)
        if pair:  # « augmenté de combien entre 2006-2007 pis … », « entre … 140e jour 2005-2006 pis … 141e jour … »
            self._difference(draft, pair[:1], pair[1:])
        if by_duration is not None:
            self._days_total(draft, candidates, by_duration[0], question)
        return draft

    def _counted_rows_total(self, draft: Draft, candidates: Sequence[CellAnswer], question: str) -> None:
        """Rows of one column each counted by the question (« 3 dîners pis 2 soupers », « 4 soupers »: Bourget Annexe
        W « Dîner 12 $ », « Souper 15 $ »): each row's amount times its count, then their sum, leading, « au maximum »
        when the column is a ceiling (``_CAPPED``), each row cited. Nothing unless every row shown is a thing (a label
        without figures) counted (its label's first word, that no other row's has, said after a number or « un ») and
        one count at least is more than one (one of each is the rows themselves)."""
        table, column = candidates[0].table, candidates[0].column
        counts = {stem: int(n) if n.isdigit() else _COUNT_WORDS[n.lower()]  # « soupers » as « souper » is stemmed
                  for n, unit in _UNIT_COUNT.findall(question) for stem in tokenize(f"{unit} {unit.rstrip('s')}")}
        for unit in _ONE_COUNTED.findall(question):  # « deux déjeuners pis un dîner »: one dîner
            for stem in tokenize(unit):
                counts.setdefault(stem, 1)
        rows = list({id(c.row): c for c in candidates if c.table is table and c.column == column}.values())
        if len(rows) != len(candidates) or table.echelon_rows or any(re.search(r"\d", c.row.label) for c in rows):
            return  # rows by date or by number (« À compter du 141e jour … », « les premiers 200 kilomètres »): no things
        words = {id(c.row): set(tokenize(c.row.label)[:1]) for c in rows}  # the thing a row names first (« Dîner »;
        # not the « élève » of Annexe XII's « pour la ou le deuxième élève excédentaire », a rank's)
        # a row is counted by a word of its own label no other row shown has (« Dîner », « Souper »; not « élève » of
        # every row of Annexe XII, whose count ranks the rows: ``_tiered_sum``'s)
        own = {id(c.row): words[id(c.row)] - set().union(*(w for k, w in words.items() if k != id(c.row))) for c in rows}
        counted = [(c, next((counts[w] for w in own[id(c.row)] if w in counts), None)) for c in rows]
        if any(n is None or number_value(c.value) is None for c, n in counted) or max(n for _, n in counted) < 2:
            return
        total = _cents(sum(number_value(c.value) * n for c, n in counted))
        header = table.column_headers[column] if column < len(table.column_headers) else ""
        terms = " + ".join(f"{n} × {with_unit(table, c.value)} (« {c.row.label} »)" for c, n in counted)
        sentence = (f"**{_money_like(total, counted[0][0].value)}** {'au maximum' if _CAPPED.search(header) else 'en tout'}"
                    f" — {table.annex_or_clause} : {terms}")
        labels = list(dict.fromkeys(label for c, _ in counted if (label := self._cite_row(draft, c, sentence))))
        draft.parts.insert(0, f"{sentence} {' '.join(labels)}".rstrip())

    def _days_total(self, draft: Draft, candidates: Sequence[CellAnswer], columns: Sequence[int],
                    question: str) -> None:
        """One replacement's length a day on several days said apart (``_SEPARATE_DAYS``: « 4 suppléances de 45
        minutes, chacune une journée différente ») or counted as days (« deux journées complètes (plus de 210 minutes
        chaque fois) ») at a table paying a day's replacement by its length (Cris 6-7.03):
        the count times the length's cell in the one row asked, leading, the row cited. Nothing without the days said
        apart (periods of one day add up to one longer day), several rows, or one day only."""
        days, count = _SEPARATE_DAYS.search(question), _DAYS_COUNT.search(question)
        row = candidates[0].row
        # days counted as days (« deux journées complètes », « 3 jours de plus de 210 minutes ») are apart by themselves
        # (one length for all: days told each with its own length are ``_durations_total``'s)
        apart = days is not None or count is not None and _DAYS_NOUN.search(count.group(0)) is not None and \
            len(asked_durations(question)) < 2
        if not apart or count is None or len(columns) != 1 or any(c.row is not row for c in candidates) or \
                dated_counts(question):  # days each told with its date: ``_dated_counts_total``'s
            return
        number = _COUNT_WORDS.get(count.group(1).lower()) or int(count.group(1))
        table, column = candidates[0].table, columns[0]
        value = number_value(row.cells[column]) if column < len(row.cells) else None
        if value is None or number < 2:
            return
        sentence = (f"**{_money_like(_cents(value * number), row.cells[column])}** en tout — {table.annex_or_clause}, "
                    f"ligne « {row.label} » : {number} × {with_unit(table, row.cells[column])} (une journée chacune, colonne "
                    f"« {table.column_headers[column]} »)")
        cell = CellAnswer(table, row, column, "", row.cells[column])
        draft.parts.insert(0, f"{sentence} {self._cite_row(draft, cell, sentence)}".rstrip())

    def _durations_total(self, draft: Draft, candidates: Sequence[CellAnswer], question: str) -> None:
        """A total asked (``_TOTAL``) of several durations told apart (« le lundi deux périodes (120 minutes en tout),
        le mardi une journée complète (plus de 210 minutes). Ça m'a fait combien en tout ? ») of a table paying by
        duration ranges (Cris 6-7.03): each duration's cell in the one row asked, then their sum, leading, the row
        cited. Nothing for one duration, several rows (no date asked), or a duration no column holds."""
        durations = asked_durations(question)
        table, row = candidates[0].table, candidates[0].row
        if len(durations) < 2 or not _TOTAL.search(question) or any(c.row is not row for c in candidates):
            return
        ranges = [duration_range(h) for h in table.column_headers]
        terms, total = [], 0.0
        for asked in durations:
            column = next((i for i, span in enumerate(ranges) if span and span[0] <= asked.minutes <= span[1]), None)
            value = number_value(row.cells[column]) if column is not None and column < len(row.cells) else None
            if value is None:
                return
            header = table.column_headers[column]
            terms.append(f"{with_unit(table, row.cells[column])} ({asked.said} : colonne « {header} »)")
            total += value
        sentence = (f"**{money(_cents(total))}** en tout — {table.annex_or_clause}, ligne « {row.label} » : "
                    + " + ".join(terms))
        draft.parts.insert(0, f"{sentence} {self._cite_row(draft, candidates[0], sentence)}".rstrip())

    def _tiered_sum(self, draft: Draft, candidates: Sequence[CellAnswer], question: str) -> None:
        """A count of units asked of an amount ranked by unit (« 3 élèves de plus … jusqu'à combien ? »: Cris Annexe
        XII C) 1 752 $ for the first, 2 190 $ for the second, 2 628 $ for each other): their sum, leading (the total is
        what was asked; DEV Q1576), the rows after as the lookup shows them, each row's amount named by its rank and
        cited (``assistant.tables.tiered_total``); « au maximum » when the table's heading says its amounts are a limit
        (``_CAPPED``: « est limitée à »)."""
        ranked = ranked_row(candidates, question)
        if ranked is not None:  # « pour le 2e élève excédentaire » : that rank's row, leading, no sum of the ranks
            row, rank, unit = ranked
            sentence = (f"**{money(number_value(row.value))}**{per_unit(row.table, row.column)} pour le {rank}e {unit} — "
                        f"{row.table.annex_or_clause}, ligne « {row.row.label} »")
            draft.parts.insert(0, f"{sentence} {self._cite_row(draft, row, sentence)}".rstrip())
            return
        tiered = tiered_total(candidates, question)
        if tiered is None:
            return
        terms = " + ".join(f"{money(number_value(p.value))} ({k}{'er' if k == 1 else 'e'})"
                           for k, p in enumerate(tiered.parts, 1))
        table = tiered.parts[0].table
        capped = _CAPPED.search(" ".join((table.title, table.section, table.subtitle)))
        sentence = (f"**{money(tiered.total)}**{per_unit(table, tiered.parts[0].column)} "
                    f"{'au maximum' if capped else 'au total'} pour {tiered.count} {tiered.unit} — "
                    f"{table.annex_or_clause}, une ligne par rang : {terms}")
        labels = []
        for part in {id(p): p for p in tiered.parts}.values():  # each row once
            label = self._cite_row(draft, part, sentence)
            if label and label not in labels:
                labels.append(label)
        draft.parts.insert(0, f"{sentence} {' '.join(labels)}".rstrip())  # the total asked leads, the rows after

    def _raised_yearly(self, candidate: CellAnswer, question: str,
                       params: NamedRowParams = NamedRowParams()) -> Draft | None:
        """A year or date asked of an amount its table gives without any date, that a sentence of the same annex or
        clause raises every year by a rule (``_YEARLY_RAISE``) sharing ``params.raised_words`` words with the
        row (« le tarif de base de 35 $ … rendu à combien en 2016 avec les majorations annuelles ? »: Annexe W
        « majorer annuellement le tarif de base … selon … l'IPC transport »): the table gives only the base amount and
        no indexed text the raised one — said plainly (abstained), the row and the rule's line quoted; never the base
        amount given as that year's. None for a row the rule does not name (Annexe W's meals), or no date asked."""
        table = candidate.table
        if not parse_amount_question(question).date_or_year or not undated_table(table):
            return None
        row_words = set(tokenize(candidate.row.label))
        for chunk in self._clause_chunks.get((table.doc, table.annex_or_clause), []):
            for sentence in (line.strip() for line in chunk.text.split("\n")):  # a line: « (rf. 35 $) » ends no sentence
                if not _YEARLY_RAISE.search(sentence) or \
                        len(row_words & set(tokenize(sentence))) < params.raised_words:
                    continue
                asked = parse_amount_question(question).date_or_year
                value = with_unit(table, candidate.value)
                draft = Draft(abstained=True)  # the raised amount is in no indexed text: a plain no, with the base
                said = (f"{table.annex_or_clause} ne donne que le montant de base, sans date : {value} "
                        f"(« {one_line(candidate.row.label)} ») ; elle le majore chaque année selon une règle, mais "
                        f"aucun texte indexé ne donne le montant majoré pour {asked}. Vérifiez-le auprès de "
                        "l'employeur ou de votre syndicat.")
                label = self._cite_row(draft, candidate, said)
                draft.parts.append(f"{said} {label}".rstrip())
                text = f"Règle de majoration ({table.annex_or_clause}) :"
                draft.parts.append(f"{text} « {one_line(sentence)} » {draft.cite(chunk, sentence, text)}".rstrip())
                return draft
        return None

    def _period_formula(self, candidates: Sequence[CellAnswer], question: str) -> Draft | None:
        """« une période de 75 minutes » where the table's clause pays a period longer than a length by a formula
        (``_PERIOD_FORMULA``: Cris 6-7.03 B, the rate for 60 minutes or less × the minutes / 50): that column's cell
        of each row asked, then the period's pay computed, the rule's sentence and formula quoted. None when the
        question names no period length, the clause has no such formula, or the period is not longer than its
        length (it is paid by the duration columns)."""
        asked = _PERIOD_LENGTH.search(question) or re.search(r"\bp[ée]riode\s+de\s+(\d{2,3})\s*(?:minutes?|min)\b",
                                                             question, re.IGNORECASE)
        table = candidates[0].table
        if asked is None:
            return None
        minutes = int(next(g for g in asked.groups() if g))
        for chunk in self._clause_chunks.get((table.doc, table.annex_or_clause), []):
            rule = _PERIOD_FORMULA.search(chunk.text)
            scope = next(((a, b) for a, b in split_sentences(chunk.text[:rule.start()])
                          if _LONGER_PERIODS.search(chunk.text[a:b])), None) if rule else None
            if rule is None or scope is None:
                continue
            longer = int(_LONGER_PERIODS.search(chunk.text[scope[0]:scope[1]]).group(1))
            column = next((i for i, h in enumerate(table.column_headers)
                           if fold(h).strip() == fold(rule.group("header")).strip()), None)
            if minutes <= longer or column is None:
                return None
            count = _PERIOD_COUNT.search(question)
            number = (_COUNT_WORDS.get(count.group(1).lower()) or int(count.group(1))) if count else 1
            several = _SEVERAL_PERIODS.search(chunk.text)
            if several and number >= (_COUNT_WORDS.get(several.group("count").lower()) or int(several.group("count"))):
                return self._several_periods(candidates, chunk, several, number, minutes)
            cells = self._column_cells(candidates, column)
            if cells is None:
                return None
            draft = self._cells(cells, f"Période demandée — {minutes} minutes : plus de {longer} minutes, payée au "
                                       f"taux à la période (colonne « {table.column_headers[column]} »).")
            said, formula = chunk.text[scope[0]:scope[1]].strip(), rule.group(0).strip()
            text = f"{table.annex_or_clause} : « {one_line(said)} » — « {formula} »"
            labels = dict.fromkeys((draft.cite(chunk, said, text), draft.cite(chunk, formula, text)))
            label = " ".join(labels).strip()
            divisor = int(rule.group("divisor"))
            lines = [f"- **{money(_cents(value * minutes / divisor))}** la période : {with_unit(table, c.value)} × "
                     f"{minutes} ÷ {divisor} (ligne « {c.row.label} »)"
                     for c in cells if (value := number_value(c.value)) is not None]
            if number > 1:  # « 2 périodes de 75 minutes »: their minutes paid together, rounded once (35,75 $ × 150
                # ÷ 50 = 107,25 $, not 2 × 53,63 $ = 107,26 $: DEV Q1729)
                lines += [f"- **{money(_cents(value * minutes * number / divisor))}** pour {count.group(0)} : "
                          f"{with_unit(table, c.value)} × {number * minutes} ({number} × {minutes}) ÷ {divisor} "
                          f"(ligne « {c.row.label} »)"
                          for c in cells if (value := number_value(c.value)) is not None]
            after = next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 1)
            draft.parts.insert(after, f"Pour une période de {minutes} minutes ({text}) {label} :\n\n" + "\n".join(lines))
            return draft
        return None

    def _column_cells(self, candidates: Sequence[CellAnswer], column: int) -> list[CellAnswer] | None:
        """The cells of ``column`` in each row of the first candidate's table that ``candidates`` hold; None when a
        row lacks that column."""
        table = candidates[0].table
        rows = {id(c.row): c for c in candidates if c.table is table}
        cells = [replace(c, column=column, column_label=table.column_headers[column], value=c.row.cells[column])
                 for c in rows.values() if column < len(c.row.cells)]
        return cells if cells and len(cells) == len(rows) else None

    def _several_periods(self, candidates: Sequence[CellAnswer], chunk: Chunk, several: re.Match, number: int,
                         minutes: int) -> Draft | None:
        """« 3 périodes de 75 minutes dans la même journée » where the clause pays that many long periods a day at
        another column's rate (Cris 6-7.03 B « … est rémunéré selon le taux prévu pour plus de 210 minutes si elle
        ou il se voit confier trois périodes ou plus de plus de 60 minutes dans une même journée »): that column's
        cells, the sentence quoted."""
        table = candidates[0].table
        column = next((i for i, h in enumerate(table.column_headers)
                       if fold(h).strip() == fold(several.group("header")).strip()), None)
        cells = self._column_cells(candidates, column) if column is not None else None
        if cells is None:
            return None
        sentence = several.group(0).strip()
        text = f"{table.annex_or_clause} : « {one_line(sentence)} »"
        draft = self._cells(cells, f"Périodes demandées — {number} périodes de {minutes} minutes dans une journée : "
                                   f"colonne « {table.column_headers[column]} » ({text}).")
        label = draft.cite(chunk, sentence, text)
        draft.parts[0] = f"{draft.parts[0]} {label}".rstrip()
        return draft

    def _period_length(self, draft: Draft, candidates: Sequence[CellAnswer], question: str) -> None:
        """« 45 minutes par période » at an hourly rate whose clause pays other lengths pro rata (Cris 13-2.03 B « Ce
        taux est pour 50 à 60 minutes d'enseignement … le nombre de minutes d'enseignement divisé par 50 et multiplié
        par le taux applicable »): each rate times the minutes over that divisor, the sentence quoted; nothing
        computed for a length the rate already pays (50 to 60 minutes) or without such a sentence."""
        asked = _PERIOD_LENGTH.search(question) or \
            (_CLASS_PAY_ASKED.search(question) and _CLASS_LENGTH.search(question)) or _CLASSES_GIVEN.search(question)
        table = candidates[0].table
        if asked is None or table.unit != "hourly":
            return
        minutes = int(next(g for g in asked.groups() if g))
        for chunk in self._clause_chunks.get((table.doc, table.annex_or_clause), []):
            for start, end in split_sentences(chunk.text):
                sentence = chunk.text[start:end]
                rule, covered = _MINUTES_RULE.search(sentence), _RATE_COVERS.search(chunk.text)
                if rule is None:
                    continue
                low, high = (int(covered.group(1)), int(covered.group(2))) if covered else (0, 0)
                if low <= minutes <= high:  # the rate itself, that sentence quoted
                    said = next(chunk.text[a:b] for a, b in split_sentences(chunk.text)
                                if _RATE_COVERS.search(chunk.text[a:b]))
                    text = f"Une période de {minutes} minutes est payée au taux ({chunk.clause_id} : « {one_line(said)} »)"
                    draft.parts.insert(1, f"{text} {draft.cite(chunk, said, text)}".rstrip())
                    self._periods_paid(draft, candidates, question, minutes)
                    return
                divisor = int(rule.group(1))
                lines = [f"- **{money(round(value * minutes / divisor, 2))}** la période : {minutes} ÷ {divisor} × "
                         f"{with_unit(table, c.value)} (ligne « {c.row.label} »)"
                         for c in candidates if c.table is table and (value := number_value(c.value)) is not None]
                lines += self._periods_given(candidates, question, minutes, divisor)
                text = f"Pour une période de {minutes} minutes ({chunk.clause_id} : « {one_line(sentence)} »)"
                after = next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 1)
                draft.parts.insert(after, f"{text} {draft.cite(chunk, sentence, text)} :\n\n" + "\n".join(lines))
                return

    def _periods_given(self, candidates: Sequence[CellAnswer], question: str, minutes: int, divisor: int) -> list[str]:
        """« mes cours durent 100 minutes … j'en ai donné 3 », « 4 périodes de 75 minutes »: the periods' minutes paid
        together by the clause's rule (minutes ÷ divisor × the rate, Cris 13-2.03 B), rounded once, one line per rate
        shown; none for one period or no count said."""
        given = _PERIODS_GIVEN.search(question)
        said = next((g for g in given.groups() if g), "") if given else ""
        number = _COUNT_WORDS.get(said.lower()) or (int(said) if said.isdigit() else 0)
        table = candidates[0].table
        if number < 2:
            return []
        return [f"- **{money(_cents(value * minutes * number / divisor))}** pour {number} périodes de {minutes} minutes : "
                f"{number * minutes} ({number} × {minutes}) ÷ {divisor} × {with_unit(table, c.value)} "
                f"(ligne « {c.row.label} »)"
                for c in candidates if c.table is table and (value := number_value(c.value)) is not None]

    def _scale_amount(self, question: str, tables: Sequence[Table], history: Sequence[Answer],
                      docs: Sequence[str] | None = None) -> Draft | None:
        # the classes paid by a table of money (a unit, or échelons): « charge » names no class of 8-5.02's workload
        # tables (« Charge éducative maximale … en minutes »), so « à 60 % de charge, échelon 8 » reads the scales
        classes = sorted({c for t in tables if (c := self._job_class(t)) and (t.unit or t.echelon_rows)})
        query = parse_amount_question(question, classes)
        follow = _amount_follow_up(query, history, classes, self.params.follow_up_words)
        if follow is not None and follow.job_class is None and history[-1].kind == "placement":
            # « Et à l'échelon 3 ? » after a placement: the class of the scale it placed in (Annexe M: teachers)
            cited = {(c.doc, c.clause) for c in history[-1].citations}
            placed_in = next((t for t in tables if t.echelon_rows and (t.doc, t.annex_or_clause) in cited), None)
            follow = replace(follow, job_class=self._job_class(placed_in) or None) if placed_in else follow
        if follow is not None:
            query = follow
        versus = compared_classes(question, classes) if follow is None and query.echelon is not None else None
        if versus:  # « une orthopédagogue … combien de plus qu'un prof ? »: the first side's class, by its words
            query = replace(query, job_class=versus.first, question=versus.first_words)
        intro = ""
        # « le psychologue »; « animatrice de vie spirituelle … » rather than the « Animateur » its first word names
        alias = class_by_alias(tables, question, query.job_class) if not versus else None
        if alias is not None:  # the class paid on that class's scale, said
            if query.job_class is not None:  # the scale of the class the question's first word named is not looked up
                tables = [t for t in tables if not t.echelon_rows or t is alias[0]]
            query = replace(query, job_class=self._job_class(alias[0]))
            intro = (f"Selon la note du tableau, la classe d'emploi **{alias[0].job_class}** ({alias[0].annex_or_clause}) "
                     f"est payée selon l'échelle de la classe « {alias[1]} » : voici la sienne.")
        if follow is None and query.echelon is None and query.echelon_end is None:
            stated = self._stated_amount(question, tables, query)
            if isinstance(stated, Draft):
                return stated
            if stated is not None:
                query, tables, intro = stated
        placed = query.echelon is not None or query.echelon_end is not None  # a number, or « au dernier échelon »
        unlisted = unlisted_class(tables, question) if query.job_class is None else None
        if unlisted is not None:  # « combien gagne la secrétaire ? »: no scale names that job
            if not placed:
                return self._classes_with_scales(tables, unlisted)  # None when no table names a class
            intro = (f"Aucune classe d'emploi des tableaux ne porte le nom « {unlisted} » (la convention ne donne pas ce "
                     "montant) ; voici, à cet échelon, chaque échelle qui existe.")
        if follow is None and not intro and (not query.is_amount_question or not _SALARY.search(question) and not placed
                                             and (_COUNT_ASKED.search(question) or
                                                  not dated_tables_on_topic(tables, question))):
            return None  # a rate's heading named (« une nuit de surveillance … c'est combien ? ») asks its pay
        ruled = self._how_supply_computed(question, tables, query) if not placed else None
        if ruled is not None:
            return ruled
        if query.echelon is None and follow is None and not _ASKS_AMOUNT.search(question):
            return None  # « combien … ? », not « est-ce que je passe à l'échelle salariale ? »
        supply = self._task_rates(question, tables, query) if not placed else []
        if supply:
            tables, query = supply, replace(query, job_class=None)
        elif not placed and not query.job_class:  # rates by date asked by their heading (Annexe P), else none
            tables = dated_tables_on_topic(tables, question)
            if not tables:
                return None
        elif not placed and any(t.echelon_rows and fold(self._job_class(t)) == fold(query.job_class)
                                for t in tables):  # « combien gagne un enseignant ? »: its scale, not a rate
            return self._scale_range(question, tables, query)
        asked = query.when or query.month or (query.span[0] if query.span else None)
        asked_year = asked.year if asked else query.school_year[0] if query.school_year else query.year
        candidates = lookup(tables, query)
        years = self._years_compared(question, tables, query, candidates)
        if years is not None:  # « mon salaire de 2014 comparé à celui de 2012 »: each year's scale, side by side
            query, candidates = years
        if not candidates:
            if not placed:
                return self._scale_range(question, tables, query) or self._before_dated_rows(tables, query)
            # « Chez les Cris, … à l'échelon 10 »: an agreement without any scale says so
            return self._beyond_scale(tables, query) or self._no_scale(question, docs, amount=True)
        if self._beyond_period(candidates[0].table.doc, asked_year):
            return None
        if versus:
            return self._versus(tables, query, candidates, versus)
        second = self._second_cells(tables, query, candidates)
        if second:
            first = [c for c in candidates if c.table.table_id == candidates[0].table.table_id]
            candidates = first + second + [c for c in candidates if c not in first]
        # « combien par jour / par semaine ? » of a yearly or hourly scale: nothing divided or multiplied silently
        weekly = _WEEK_HOURS.search(question) if candidates[0].table.unit == "hourly" else None
        if weekly and not _PER_PERIOD[1][0].search(question[:weekly.start()] + question[weekly.end():]):
            weekly = None  # the hours a week said, but the rate asked (« à 37,5 heures par semaine. Mon taux ? »)
        daily = self.day_share(candidates[0].table) if candidates[0].table.unit == "annual" and \
            _PER_PERIOD[0][0].search(question) else None
        asked_per = _DAYS_OF_WEEK.sub(" ", question)  # « 4 jours par semaine » says the workload, not a weekly pay
        candidates = [replace(c, note=" ; ".join(n for n in (c.note, period_note(asked_per, c.table.unit)) if n))
                      if c.table.echelon_rows and not weekly and not daily else c for c in candidates]
        closest = _closest_class(candidates[0].table, query) if alias is None else ""  # the alias said its class
        draft = self._cells(candidates, "\n\n".join(p for p in (intro, closest) if p),
                            named_class=bool(query.job_class) or not placed)  # rates by heading: it named them
        others = {(c.table.table_id, c.row.label, c.column) for c in second}
        first = [c for c in candidates if c.table.table_id == candidates[0].table.table_id
                 and (c.table.table_id, c.row.label, c.column) not in others]
        second = [c for c in candidates if (c.table.table_id, c.row.label, c.column) in others]  # with their notes
        self._differences(draft, first, second, question, query)
        self._computed(draft, candidates, question, weekly, daily)
        self._duration_total(draft, candidates, question)
        self._dated_counts_total(draft, candidates, query, classes)
        if supply and not _SUPPLY_ASKED.search(question):  # a task of the class named: the clause paying it by that table
            self._task_clause(draft, candidates[0].table, question)
        return draft

    def _dated_counts_total(self, draft: Draft, candidates: Sequence[CellAnswer], query: AmountQuery,
                            classes: Sequence[str], named: bool = False) -> None:
        """Units counted apart, each told with its own date (« 2 nuits à la fin de mars 2014 pis 3 nuits en avril 2014 »,
        « en octobre 2007, 12 heures, pis en mai 2008, 20 heures »: ``dated_counts``): each count times the cell in force
        on its date, in the table, column (a rate by date) or row (an échelon) of the first cell shown, then their sum,
        leading, each cell's row cited; a table whose rows the question names (``named``: Cris 13-2.03 « À compter du
        141e jour … ») is read by ``rows_named``. Nothing for one date, or a date for which the table holds no one cell."""
        counts = dated_counts(query.question)
        table = candidates[0].table
        if not counts or not _pays_per(table, candidates[0].column, counts[0].unit):
            return
        if table.echelon_rows and _SUPPLY_ASKED.search(query.question) and self._supply_sentence(table) is not None:
            return  # a substitute is paid the cell raised by the supply rule, not the cell
        terms, cells, total = [], [], 0.0
        for count in counts:
            asked = parse_amount_question(count.question, classes)
            alone = replace(query, question=count.question, when=asked.when, month=asked.month, year=asked.year,
                            school_year=asked.school_year, span=asked.span, date_or_year=asked.date_or_year,
                            other_when=None, other_echelon=None, dated_echelons=(), echelon_step=0)
            cells_then = rows_named([n for n in self._named_rows if n.table is table], count.question) if named \
                else lookup([table], alone)
            found = {(c.row.label, c.column): c for c in cells_then
                     if (c.row.label == candidates[0].row.label if table.echelon_rows
                         else c.column == candidates[0].column)}
            value = number_value(next(iter(found.values())).value) if len(found) == 1 else None
            if value is None:
                return
            cell = next(iter(found.values()))
            where = f"échelon {cell.row.label}, colonne « {cell.column_label} »" if table.echelon_rows else \
                f"ligne « {cell.row.label} »"
            terms.append(f"{f'{count.number:g}'.replace('.', ',')} × {with_unit(table, cell.value)} ({count.said}, "
                         f"{count.when} : {where})")
            cells.append(cell)
            total += _cents(value * count.number)
        sentence = f"**{money(_cents(total))}** en tout — {table.annex_or_clause} : " + " + ".join(terms)
        labels = list(dict.fromkeys(label for cell in cells if (label := self._cite_row(draft, cell, sentence))))
        draft.parts.insert(0, f"{sentence} {' '.join(labels)}".rstrip())

    def _duration_total(self, draft: Draft, candidates: Sequence[CellAnswer], question: str) -> None:
        """A duration asked at an hourly rate of named rows (« 3 heures »): the total (``_hours_total``); a whole day
        asked at an hourly rate: said that no number of hours is made up."""
        minutes = asked_duration(question)
        hourly = candidates[0].table.unit == "hourly" and not candidates[0].table.echelon_rows and \
            per_unit(candidates[0].table, candidates[0].column) == " l'heure"
        if minutes and minutes != float("inf") and hourly:
            before = len(draft.parts)
            self._hours_total(draft, candidates, minutes)
            if len(draft.parts) == before:  # no pro rata rule: whole hours the question counts, at the rate
                self._counted_hours(draft, candidates, question)
        elif minutes == float("inf") and hourly:  # « une journée complète » at an hourly rate: hours not made up
            after = next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 1)
            draft.parts.insert(after, "Journée complète demandée : le tableau donne un taux horaire et ne dit pas "
                                      "combien d'heures compte une journée ; aucun montant par jour calculé (précisez "
                                      "les heures).")
        if minutes and minutes != float("inf") and hourly:
            self._added_component(draft, candidates, question)  # « on m'a ajouté une deuxième classe » (8-13.08)

    def _task_clause(self, draft: Draft, table: Table, question: str) -> None:
        """The sentence of ``table``'s agreement that pays a task by that section of the annex (« L'animateur qui
        effectue de la surveillance de nuit … reçoit … le montant intégral indiqué au tableau C) de l'annexe P »: 7-6.07),
        the one sharing the most words with the question (``LookupParams.pointed_words`` at least), quoted under the
        amount. Nothing when the table has no lettered section or no sentence names it."""
        letter = re.match(r"([A-Z])\)", table.section or "")
        annex = re.escape(table.annex_or_clause)
        if letter is None or not table.annex_or_clause.lower().startswith("annexe "):
            return
        sends = re.compile(rf"\btableau\s+{letter.group(1)}\)\s+de\s+l['’]{annex}\b|\b{annex},?\s+tableau\s+"
                           rf"{letter.group(1)}\)", re.IGNORECASE)
        asked = set(tokenize(question))
        found = [(len(set(tokenize(chunk.text[start:end])) & asked), chunk, chunk.text[start:end].strip())
                 for chunk in self.chunks if chunk.doc == table.doc and chunk.clause_id != table.annex_or_clause
                 and sends.search(chunk.text) for start, end in split_sentences(chunk.text)
                 if sends.search(chunk.text[start:end])]
        if not found:
            return
        shared, chunk, sentence = max(found, key=lambda f: f[0])  # the first of the best: the agreement's order
        if shared < self.params.pointed_words:
            return
        said = f"Selon {chunk.clause_id}"
        after = next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 0)
        draft.parts.insert(after, f"{said} : « {one_line(sentence)} » {draft.cite(chunk, sentence, said)}".rstrip())

    def _how_supply_computed(self, question: str, tables: Sequence[Table], query: AmountQuery) -> Draft | None:
        """« une psychoéducatrice en remplacement occasionnel, son taux est calculé comment ? »: the supply-rate rule of
        the class named (``_supply_rule``), no échelon asked; None when the question does not ask so or no rule names
        the class."""
        if not query.job_class or not _SUPPLY_ASKED.search(question) or not _HOW_COMPUTED.search(question):
            return None
        ruled = Draft()
        if not self._supply_rule(ruled, tables, query):
            return None
        ruled.parts.append("Le montant dépend de l'échelon de la personne (expérience et scolarité reconnues).")
        return ruled

    def _task_rates(self, question: str, tables: Sequence[Table], query: AmountQuery) -> list[Table]:
        """The rates by date (Annexe P) of a task a class paid on a scale did, when the question names the task: « j'ai
        remplacé l'animateur des activités sportives » (the supply rates' tables its words name, Annexe P D)), not the
        scale of the class replaced (Annexe O); « comme animateur, j'ai fait une nuit de surveillance … payée combien ? »
        (the tables the words beside the class's name, Annexe P C)), not the scale of the class who did it. A class of
        the supply rates themselves (« enseignant qualifié »), or a class named with no task, stays asked (empty)."""
        scaled = bool(query.job_class) and any(t.echelon_rows and fold(self._job_class(t)) == fold(query.job_class)
                                               for t in tables)
        if not scaled:
            return []
        if _SUPPLY_ASKED.search(question):
            return dated_tables_on_topic(tables, question)
        return dated_tables_on_topic(tables, question, unasked=query.job_class or "")

    def _computed(self, draft: Draft, candidates: Sequence[CellAnswer], question: str, weekly: re.Match | None,
                  daily: tuple[Chunk, str, int] | None) -> None:
        """The amounts computed from the cells by the agreement's rules or the question's own numbers: a workload
        share, a substitute's rate, a day's or a week's pay, periods counted."""
        share, days = _workload_share(question), None
        if share is None and candidates[0].table.unit == "annual":
            days = _days_share(question)  # « 3 jours par semaine » of a yearly salary: 3 days of a 5-day week
            share = days[0] if days else None
        if share is not None and candidates[0].table.echelon_rows:
            self._prorate(draft, candidates, share, days[1] if days else "")
        self._supply_rate(draft, candidates, question)
        if daily:
            self._daily_pay(draft, candidates, daily)
        if weekly and candidates[0].table.echelon_rows:
            self._weekly_pay(draft, candidates, weekly)
        if candidates[0].table.unit == "hourly" and per_unit(candidates[0].table, candidates[0].column) == " par période":
            self._periods_total(draft, candidates, question)
            self._added_component(draft, candidates, question)  # « j'ai surveillé son étage en plus du mien » (8-13.13)
        elif candidates[0].table.echelon_rows and not weekly and \
                per_unit(candidates[0].table, candidates[0].column) == " l'heure":
            self._counted_hours(draft, candidates, question)  # « échelon 5, j'ai fait 12 heures, ça donne combien ? »

    def _versus(self, tables: Sequence[Table], query: AmountQuery, candidates: Sequence[CellAnswer],
                versus: ComparedClasses) -> Draft:
        """« Une orthopédagogue à l'échelon 12 gagne combien de plus qu'un enseignant au même échelon ? »: the first
        class's cells, then the other class's at the same échelon and dates, and the difference of each pair of cells
        in force from the same date and in the same unit (none made up between an hourly rate and a yearly scale)."""
        first = [c for c in candidates if c.table.table_id == candidates[0].table.table_id]
        draft = self._cells(first)
        other = versus.second
        theirs = [c for c in lookup(tables, replace(query, job_class=other, question=versus.second_words,
                                                    other_echelon=None, other_when=None))
                  if fold(self._job_class(c.table)) == fold(other)]
        theirs = [c for c in theirs if c.table.table_id == theirs[0].table.table_id] if theirs else []
        name = theirs[0].table.job_class or other if theirs else other
        if not theirs:
            draft.parts.append(f"Comparaison avec **{other}** : son échelle n'a pas de montant à l'échelon "
                               f"{query.echelon} à cette date ; aucun écart calculé.")
            return draft
        lines = []
        for cell in theirs:
            line = format_cell_answer(replace(cell, footnotes=()))
            lines.append(f"- {line} {self._cite_row(draft, cell, line)}".rstrip())
        draft.parts.append(f"Comparaison avec **{name}** ({theirs[0].table.annex_or_clause}) :\n\n" + "\n".join(lines))
        pairs = [(b, a) for a in first for b in theirs if a.table.unit == b.table.unit and
                 a.table.column_date(a.column) == b.table.column_date(b.column)]
        changes = [f"- {line}" for b, a in pairs if (line := _change_line(b, a))]
        draft.parts.append(f"Écart ({name} → {self._job_class(first[0].table) or first[0].table.annex_or_clause}) :\n\n"
                           + "\n".join(changes) if changes else
                           "Aucun écart calculé : les deux montants ne sont pas dans la même unité ou pas en vigueur à "
                           "la même date.")
        return draft

    def _stated_amount(self, question: str, tables: Sequence[Table],
                       query: AmountQuery) -> tuple[AmountQuery, list[Table], str] | Draft | None:
        """An amount the teacher states (« ma paye annuelle est de 53 213 $ ») found in a scale: the échelon it is
        (Annexe M, échelon 9, colonne « 1er avril 2013 »), said first, and the question answered at that échelon
        (at another date it names, else that very cell). Cells of several échelons (two classes' scales) are all
        listed and the class asked back; None when no scale holds the amount."""
        if not _OWN_PAY.search(question):  # « 20,00 $ de repas » is no salary: only one's pay or échelon
            return None
        matched = cells_of_amount(tables, question)
        if query.job_class:
            matched = [c for c in matched if fold(self._job_class(c.table)) == fold(query.job_class)] or matched
        if not matched:
            return None
        echelons = list(dict.fromkeys(c.row.label for c in matched))
        if len(echelons) > 1 or not echelons[0].isdigit():
            draft = Draft()
            what = "la date de ce montant" if len({c.table.table_id for c in matched}) == 1 else "votre classe d'emploi"
            draft.parts.append(f"Ce montant figure à plus d'un endroit des échelles ; précisez {what} :")
            lines = []
            for cell in matched:
                line = format_cell_answer(replace(cell, footnotes=()))
                lines.append(f"- {line} {self._cite_row(draft, cell, line)}".rstrip())
            draft.parts.append("\n".join(lines))
            return draft
        dates = {c.table.column_date(c.column) for c in matched}
        later = [d for d in french_dates(question) if d not in dates]
        where = "; ".join(dict.fromkeys(f"{c.table.annex_or_clause}" + (f", {c.table.subtitle}" if c.table.subtitle
                                                                        else "") +
                                        f", colonne « {display_column(c.table, c.column)} »" for c in matched))
        intro = (f"{with_unit(matched[0].table, matched[0].value)} est le montant de l'**échelon {echelons[0]}** "
                 f"({where}) : vous êtes à l'échelon {echelons[0]}.")
        chosen = list(dict.fromkeys(c.table for c in matched))
        if later:
            query = replace(query, echelon=int(echelons[0]), when=later[0], date_or_year=french_date(later[0]),
                            month=None, year=None, school_year=None, span=None, other_when=None)
        elif query.when in dates or not (query.when or query.month or query.year or query.school_year or query.span):
            # no other date asked: the very cell(s) the amount is
            query = replace(query, echelon=int(echelons[0]), when=min(d for d in dates if d), other_when=None)
        else:
            query = replace(query, echelon=int(echelons[0]), other_when=None)
        if query.echelon_step > 0:  # « … je vais faire combien à l'échelon d'après ? »: set beside the stated one
            query = replace(query, other_echelon=query.echelon + query.echelon_step)
        return query, chosen, intro

    def _differences(self, draft: Draft, first: Sequence[CellAnswer], second: Sequence[CellAnswer], question: str,
                     query: AmountQuery) -> None:
        """The difference an amount answer gives between the cells it shows (:meth:`_difference`): the first cells
        against the second ones the question set beside them, else a change asked of one row's two columns, of two
        rows by school year, or of the one column that starts on the day the question names (from the column
        before)."""
        if second:
            self._difference(draft, first, second, question)
        elif len(first) == 2 and first[0].row is first[1].row and asks_change(question):
            self._difference(draft, first[:1], first[1:])  # « combien de plus en 2014 » : the year's two columns
        elif _two_years_rows(question, first):
            self._difference(draft, first[:1], first[1:])  # « augmenté de combien entre 2006-2007 pis 2008-2009 »
        elif len(first) == 1 and asks_change(question) and (before := _column_before(first[0], query)) is not None:
            self._difference(draft, [before], first)  # « la hausse du 1er avril 2014, ça m'a donné combien ? »

    def _years_compared(self, question: str, tables: Sequence[Table], query: AmountQuery,
                        candidates: Sequence[CellAnswer]) -> tuple[AmountQuery, list[CellAnswer]] | None:
        """Two years set against each other, a change asked, no day named, of a scale (« mon salaire de 2014 comparé à
        celui de 2012, c'est combien de plus ? », « de combien entre 2011 et 2014 ? »): each calendar year read as the
        scale that year brought (the column in force on its 31 December, as « l'échelle de 2014 » is read); each school
        year (« combien de plus en 2013-2014 qu'en 2011-2012 ? ») as the column in force at its start, on 1 September
        (with a « 141e jour … au lieu du 1er avril » note, the one of 1 April before it: the year's most days, as the
        gold reads 2014-2015 at 1 April 2014); the first year's query and cells, its ``other_when`` the second's. None
        unless both years have such a column in the first candidate's table (a year of experience, « depuis 2002 », is
        no year of the scale)."""
        if query.year is None and query.school_year is None or query.when is not None or query.other_when is not None \
                or not candidates or not candidates[0].table.echelon_rows or not asks_change(question):
            return None
        if query.school_year is not None:  # each school year's scale: the column in force at its start (1 September)
            days = [date(int(m.group(1)), 9, 1) for m in _SCHOOL_YEAR_WRITTEN.finditer(question)]
        else:
            days = [date(int(y), 12, 31) for y in _CALENDAR_YEAR.findall(question)]
        days = list(dict.fromkeys(days))
        if len(days) != 2:
            return None
        paired = replace(query, year=None, school_year=None, when=days[0], date_or_year=french_date(days[0]),
                         other_when=days[1])
        first = [c for c in lookup(tables, paired) if c.table is candidates[0].table]
        if len({c.column for c in first}) != 1 or not self._second_cells(tables, paired, first):
            return None
        return paired, first

    def _second_cells(self, tables: Sequence[Table], query: AmountQuery,
                      candidates: Sequence[CellAnswer]) -> list[CellAnswer]:
        """The cells a question sets beside the first (« l'échelon suivant », « entre le 1er avril 2012 et le 1er
        avril 2014 »), in the first candidate's table only."""
        if query.other_echelon is not None:
            other = replace(query, echelon=query.other_echelon, other_echelon=None, other_when=None)
        elif query.other_when is not None:
            other = replace(query, when=query.other_when, date_or_year=french_date(query.other_when), other_when=None,
                            other_echelon=None)
        elif query.other_end is not None:  # both ends of the scale asked: the other end's cells
            other = replace(query, echelon_end=query.other_end, other_end=None)
        else:
            return []
        first = candidates[0].table.table_id
        return [c for c in lookup(tables, other) if c.table.table_id == first
                and (c.row.label, c.column) not in {(d.row.label, d.column) for d in candidates if d.table.table_id == first}]

    def _difference(self, draft: Draft, first: Sequence[CellAnswer], second: Sequence[CellAnswer],
                    question: str = "") -> None:
        """« Écart : 2 508 $ de plus par année » between the two cells a question compares (one on each side); two
        échelons read in each of a year's two columns (« si je monte d'un échelon en 2014 ») get one line a column.
        Two échelons said higher one first, « combien de plus » asked (« l'échelon 7 … combien de plus que l'échelon
        6 ? »): the change read from the lower to the higher, as asked (« de moins » asked: the other way)."""
        if len(first) == 1 and len(second) == 1:
            a, b = first[0], second[0]
            # one row's two dates said later one first (« la hausse du 1er avril 2014 … par rapport à avril 2013 »):
            # the change read from the earlier column to the later
            pairs = [(b, a) if a.table is b.table and a.row is b.row and b.column < a.column else (a, b)]
        elif len(first) == len(second) > 1 and len({c.row.label for c in first}) == 1 and \
                len({c.row.label for c in second}) == 1:  # one échelon beside another, column by column
            pairs = [(a, b) for a in first for b in second if b.table is a.table and b.column == a.column]
            if len(pairs) != len(first):
                return
        else:
            return
        if all(a.row is not b.row for a, b in pairs) and _asked_sign(question) * sum(
                (number_value(b.value) or 0) - (number_value(a.value) or 0) for a, b in pairs) < 0:
            pairs = [(b, a) for a, b in pairs]
        lines = [line for a, b in pairs if (line := _change_line(a, b))]
        if len(lines) != len(pairs):
            return
        text = f"Écart : {lines[0]}" if len(lines) == 1 else "Écart, colonne par colonne :\n\n" + \
            "\n".join(f"- {line}" for line in lines)
        after = next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), len(draft.parts))
        draft.parts.insert(after, text)

    def _supply_rate(self, draft: Draft, candidates: Sequence[CellAnswer], question: str) -> None:
        """A substitute's rate asked of a class paid on a scale (« je fais de la suppléance comme technicienne en
        éducation spécialisée, échelon 3 »), where a sentence of the agreement sets the supply rate of the classes
        it names, or of the scale's section, as that scale's rate (or its annual amount divided by a number of hours)
        raised by a percentage (Bourget Annexe P E) « … majoré de quatre pour cent (4 %) aux fins des vacances
        annuelles »): that rate computed for each cell, the sentence quoted. Nothing when no such sentence names
        the class."""
        table = candidates[0].table
        if not table.echelon_rows or not _SUPPLY_ASKED.search(question):
            return
        found = self._supply_sentence(table)
        if found is None:
            return
        chunk, sentence, rule = found
        share = number_value(rule.group("percent")) or 0.0
        divisor = _SUPPLY_DIVISOR.search(sentence)
        hours = int(divisor.group(1)) if divisor else None
        text = f"Taux de suppléance ({chunk.clause_id} : « {one_line(sentence)} »)"
        label = draft.cite(chunk, sentence, text)
        lines = []
        for c in candidates:
            value = number_value(c.value) if c.table is table else None
            if value is None:
                continue
            base = value / hours if hours else value
            how = f"{with_unit(table, c.value)} ÷ {hours} h" if hours else with_unit(table, c.value)
            lines.append(f"**{money(_cents(base * (1 + share / 100)))}** l'heure en suppléance : {how} "
                         f"majoré de {rule.group('percent')} % (colonne « {c.column_label} »)")
        if lines:  # the supply rate asked first, the scale's cell it comes from right under it
            first = next((i for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 0)
            lines = [f"- {line}" for line in lines] if len(lines) > 1 else lines
            draft.parts.insert(first, "\n".join(lines) + f"\n\n{text} {label}".rstrip())

    def _supply_sentence(self, table: Table) -> tuple[Chunk, str, re.Match] | None:
        """The sentence of ``table``'s agreement setting the supply rate of the classes it names, or of the scale's
        section, from that scale (Bourget Annexe P E): « Pour les classes d'emploi … le taux horaire de la suppléance
        … majoré de quatre pour cent (4 %) … »), an hourly scale's rule for an hourly scale, an annual one's (« divisée
        par … (1950) ») for an annual one; with its ``_SUPPLY_RULE`` match. None when no sentence names the class."""
        cls, section = fold(self._job_class(table) or ""), fold(re.sub(r"^[A-Z]\)\s*", "", table.section or ""))
        for chunk in (c for c in self.chunks if c.doc == table.doc and _SUPPLY_RULE.search(c.text)):
            for start, end in split_sentences(chunk.text):
                sentence = chunk.text[start:end].strip()
                rule, named = _SUPPLY_RULE.search(sentence), _SUPPLY_CLASSES.search(sentence)
                if rule is None or named is None:
                    continue
                names = [fold(n).strip() for n in re.split(r",\s*|\s+et\s+", named.group(1))]
                names = [re.sub(r"^(?:de\s+|d')|\s*\([^)]*\)", "", n).strip() for n in names]  # « (PNE) » off
                if any(n and (_same_class(n, cls) or n in section) for n in names) and \
                        (table.unit == "annual") == bool(_SUPPLY_DIVISOR.search(sentence)):
                    return chunk, sentence, rule
        return None

    def _supply_rule(self, draft: Draft, tables: Sequence[Table], query: AmountQuery, first: bool = False) -> bool:
        """The supply-rate rule of the class asked (``_supply_sentence`` of its scale) quoted in ``draft``, first or
        last: how a substitute of that class is paid when no échelon is given (« son taux horaire est calculé
        comment ? », « j'ai remplacé un technicien … combien ? »). Whether one was found."""
        scales = [t for t in tables if t.echelon_rows and query.job_class and
                  fold(query.job_class) in fold(t.job_class or t.title)]
        found = next((f for t in scales if (f := self._supply_sentence(t)) is not None), None)
        if found is None:
            return False
        chunk, sentence, _ = found
        text = f"Taux de suppléance de cette classe d'emploi ({chunk.clause_id})"
        part = f"{text} : « {one_line(sentence)} » {draft.cite(chunk, sentence, text)}".rstrip()
        draft.parts.insert(0, part) if first else draft.parts.append(part)
        return True

    def _classes_with_scales(self, tables: Sequence[Table], job: str) -> Draft | None:
        """« Combien gagne la secrétaire ? » when no table names that job: said, and the classes that have a scale
        or a rate listed, each cited to its table, the class asked back (no other job's pay given for it)."""
        draft = Draft()
        draft.parts.append(f"Aucune échelle de traitement ni aucun taux des tableaux ne vise « {job} » : le texte ne "
                           "donne pas ce montant. Classes d'emploi dont les tableaux donnent la rémunération :")
        lines, seen = [], set()
        for table in tables:
            section = re.sub(r"^[A-Z]\)\s*", "", table.section or "")  # « D) Animation sportive, culturelle et autres »
            section = "" if len(section) > 60 or ":" in section else section  # a sentence introducing a table: no name
            name = self._job_class(table) if table.echelon_rows else \
                f"{table.subtitle} ({section})" if table.subtitle and section else table.subtitle or section
            if not name or not table.rows or fold(name) in seen or table.unit not in ("annual", "hourly"):
                continue
            seen.add(fold(name))
            row = table.rows[0]
            line = f"{name[:1].upper()}{name[1:]} ({table.annex_or_clause})"
            lines.append(f"- {line} {self._cite_row(draft, CellAnswer(table, row, 0, '', row.cells[0]), line)}".rstrip())
        if not lines:
            return None
        draft.parts.append("\n".join(lines) + "\n\nSi votre emploi est l'une de ces classes, précisez-la (et votre échelon).")
        return draft

    def _periods_paid(self, draft: Draft, candidates: Sequence[CellAnswer], question: str, minutes: int) -> None:
        """Hours given in periods each paid the rate (« 15 heures de cours … des périodes de 60 minutes », Cris 13-2.03
        « Ce taux est pour 50 à 60 minutes »): the periods those hours make (a whole number only) times the rate of
        the one row asked, leading, the row cited; nothing for several rows (no date asked) or no such hours."""
        row = candidates[0].row
        count = next((d.minutes / minutes for d in asked_durations(question)
                      if d.minutes > minutes and d.minutes != float("inf") and d.minutes % minutes == 0), None)
        value = number_value(candidates[0].value)
        if count is None or value is None or any(c.row is not row for c in candidates):
            return
        table = candidates[0].table
        sentence = (f"**{_money_like(_cents(value * count), candidates[0].value)}** en tout — "
                    f"{table.annex_or_clause}, ligne « {row.label} » : {count:g} périodes de {minutes} minutes × {with_unit(table, candidates[0].value)}")
        draft.parts.insert(0, f"{sentence} {self._cite_row(draft, candidates[0], sentence)}".rstrip())

    def _added_component(self, draft: Draft, candidates: Sequence[CellAnswer], question: str) -> None:
        """A pay the agreement adds « en plus de son salaire » for a case the question tells (``_PAID_IN_ADDITION``;
        its paragraph shares words with the question, some of them not the cell's table's: ``AddedParams``; of two
        such clauses, the one whose word pairs the question repeats, ``_pairs``): one more of
        the cell (8-13.13 « … reçoit, en plus de son salaire régulier, un montant d'argent équivalent à une nuit
        complète »), or the rate of the table the clause names on the same row, for the hours the question gives
        (8-13.08 « L'addition de vingt (20) à trente-cinq (35) élèves est rémunérée, en plus de son salaire habituel,
        selon le taux horaire prévu au tableau D) de l'annexe P »). Leading: the total, both parts said, the clause
        quoted and cited. Nothing for several cells, a count of the case outside the clause's range, or no such clause."""
        if len(candidates) != 1 or (value := number_value(candidates[0].value)) is None:
            return
        cell = candidates[0]
        table = cell.table
        asked, params, pairs = set(tokenize(expand(question))), AddedParams(), _pairs(question)
        own = set(tokenize(f"{table.title} {table.section} {table.subtitle}"))  # the cell's own words tell no case
        found = []
        for chunk in (c for c in self.chunks if c.doc == table.doc):
            for start, end in split_sentences(chunk.text):
                sentence = chunk.text[start:end].strip()
                paid = _PAID_IN_ADDITION.search(sentence)
                within = _within_range(sentence, question)
                if paid is None or within is False:
                    continue
                shared = set(tokenize(chunk.text[chunk.text.rfind("\n", 0, start) + 1:end])) & asked
                case = shared - own
                whole = paid.group("whole")  # one more of a period the cell pays (« une nuit complète »: a night's)
                if whole and not set(tokenize(whole.split()[-2])) <= set(tokenize(
                        f"{table.section} {' '.join(table.column_headers)}")):
                    continue
                paragraph = chunk.text[chunk.text.rfind("\n", 0, start) + 1:end]
                if len(shared) >= params.topic_words and len(case) >= (params.case_words_counted if within
                                                                       else params.case_words):
                    # a sentence stored in two passages (a clause and its neighbour's context): its own clause's first
                    found.append(_AddedSentence((bool(within), len(case), len(shared), len(_pairs(paragraph) & pairs)),
                                                chunk.clause_id not in paragraph, chunk, sentence, paid))
        best = max((f.score for f in found), default=None)
        top = sorted((f for f in found if f.score == best), key=lambda f: f.elsewhere)
        if len({f.sentence for f in top}) != 1:
            return
        chunk, sentence, paid = top[0].chunk, top[0].sentence, top[0].paid
        minutes = sorted({d.minutes for d in asked_durations(question) if d.minutes != float("inf")})  # « ces 3 heures-là »
        if paid.group("whole"):  # one more of the cell itself
            added, base_said, added_said = value, with_unit(table, cell.value), f"{with_unit(table, cell.value)} ({one_line(paid.group('whole'))})"
            base = value
        else:
            other = next((t for t in self.tables if t.doc == table.doc and t.annex_or_clause == f"Annexe {paid.group('annex')}"
                          and fold(t.section).startswith(f"{paid.group('letter').lower()})")), None)
            row = next((r for r in other.rows if r.label == cell.row.label), None) if other else None
            rate = number_value(row.cells[0]) if row and row.cells else None
            if rate is None or len(minutes) != 1:
                return
            hours = minutes[0] / 60
            base, added = _cents(value * hours), _cents(rate * hours)
            said = f"{hours:g}".replace(".", ",")
            base_said = f"{said} h × {with_unit(table, cell.value)} = {money(base)}"
            added_said = (f"{said} h × {with_unit(other, row.cells[0])} = {money(added)} (tableau {paid.group('letter')}) "
                          f"de l'annexe {paid.group('annex')}, ligne « {row.label} »)")
        total = _cents(base + added)
        text = (f"**{money(total)}** en tout — {base_said} ({table.annex_or_clause}, ligne « {cell.row.label} ») + "
                f"{added_said}, en plus, selon la clause {chunk.clause_id}")
        label = draft.cite(chunk, sentence, text)
        draft.parts.insert(0, f"{text} {label}".rstrip())
        draft.parts.insert(1, f"Clause {chunk.clause_id} : « {one_line(sentence)} » {label}".rstrip())

    def _hours_total(self, draft: Draft, candidates: Sequence[CellAnswer], minutes: float) -> None:
        """« 3 heures de suppléance » at an hourly rate by date (Bourget Annexe P): the rate times the hours, when
        the agreement says work beyond 60 minutes is paid pro rata of that rate (7-6.05 « … est rémunéré au
        prorata sur la base du taux horaire fixé »), that sentence quoted; nothing computed otherwise."""
        table = candidates[0].table
        found = self._sentence(table.doc, _HOURLY_PRORATA_RULE)
        if found is None:
            return
        chunk, sentence = found
        hours = minutes / 60
        lines = [f"- **{money(round(value * hours, 2))}** : {hours:g} h × {with_unit(table, c.value)} "
                 f"(ligne « {c.row.label} »)".replace(".", ",", 1 if hours != int(hours) else 0)
                 for c in candidates if c.table is table and (value := number_value(c.value)) is not None]
        if lines:
            text = f"Pour {minutes:g} minutes ({chunk.clause_id} : « {one_line(sentence)} »)"
            after = next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 1)
            draft.parts.insert(after, f"{text} {draft.cite(chunk, sentence, text)} :\n\n" + "\n".join(lines))

    def _periods_total(self, draft: Draft, candidates: Sequence[CellAnswer], question: str) -> None:
        """« 3 nuits de surveillance » at an amount per period whose header names that period (Bourget Annexe P C)
        « Période de nuit selon la clause 8-13.13 »): the amount times the periods counted, said as the question's
        count. Nothing for periods given a length (« 2 périodes de 50 minutes »: a duration, ``asked_duration``)."""
        table, column = candidates[0].table, candidates[0].column
        header = fold(table.column_headers[column])
        count = next((m for m in _COUNTED_PERIODS.finditer(question) if fold(m.group(2)).rstrip("s") in header), None)
        if count is None or dated_counts(question):  # counts each told with its date: ``_dated_counts_total``'s
            return
        number = _COUNT_WORDS.get(count.group(1).lower()) or int(count.group(1))
        lines = [f"- **{money(_cents(value * number))}** : {number} × {with_unit(table, c.value)} "
                 f"(ligne « {c.row.label} »)"
                 for c in candidates if c.table is table and (value := number_value(c.value)) is not None]
        if lines and number > 1:
            after = next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 1)
            draft.parts.insert(after, f"Pour {count.group(0)} (le nombre de votre question, un montant par "
                                      f"« {table.column_headers[column]} ») :\n\n" + "\n".join(lines))

    def _counted_hours(self, draft: Draft, candidates: Sequence[CellAnswer], question: str) -> None:
        """« j'ai enseigné 10 heures à taux horaire … ça donne combien ? » at an hourly rate (Cris 13-2.03 « Taux »):
        each rate shown times the hours the question counts (one count only), said as the question's count. Nothing
        for hours a week or a day (a week's pay is the pay rules'), or a count of hours asked (« combien d'heures »)."""
        counts = {m.group(0).lower(): m for m in _COUNTED_HOURS.finditer(question)}
        if len(counts) != 1 or re.search(r"\bcombien\s+d'heures\b", question, re.IGNORECASE) or dated_counts(question):
            return
        count = next(iter(counts.values()))
        said = count.group(1).lower()
        number = float(_COUNT_WORDS[said]) if said in _COUNT_WORDS else float(said.replace(",", "."))
        table = candidates[0].table
        lines = [f"- **{money(_cents(value * number))}** : {f'{number:g}'.replace('.', ',')} × {with_unit(table, c.value)} ("
                 + (f"échelon {c.row.label}, colonne « {c.column_label} »)" if table.echelon_rows else
                    f"ligne « {c.row.label} »)")
                 for c in candidates if c.table is table and (value := number_value(c.value)) is not None]
        stated = [part for part in draft.parts if " h × " in part or " × " in part and "**" in part]
        if lines and number > 1 and len(lines) <= 3 and not stated:  # no total already computed (periods × rate)
            after = next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 1)
            draft.parts.insert(after, f"Pour {count.group(0)} (le nombre de votre question, au taux horaire) :\n\n"
                                      + "\n".join(lines))

    def day_share(self, table: Table) -> DayShare | None:
        """The agreement's definition of a day's pay as a fraction of the annual salary (Bourget 1-2.74 « Traitement
        d'un jour ouvrable … c'est le un deux-centième (1/200e) du traitement annuel »; « Pour le personnel
        non-enseignant (PNE) … (1/260e) »), the part that fits ``table``'s staff: the non-teaching one for a table
        of non-teaching staff (« non-enseignant » in its title or section), the other one otherwise; None when
        the agreement has no such definition or no single part fits."""
        return self.day_share_of(table.doc, "non-enseignant" in fold(f"{table.title} {table.section}"))

    def day_share_of(self, doc: str, non_teaching: bool) -> DayShare | None:
        """:meth:`day_share` of ``doc`` for a staff said non-teaching or not (a salary the question states has no
        table to tell it)."""
        found = []
        for chunk in (c for c in self.chunks if c.doc == doc and _DAY_PAY_TITLE.search(c.text)):
            for part in re.split(r"\n\s*\n|;", chunk.text):
                fraction = _DAY_FRACTION.search(part)
                if fraction and ("non-enseignant" in fold(part)) == non_teaching:
                    found.append(DayShare(chunk, part.strip(), int(fraction.group(1))))
        return found[0] if len(found) == 1 else None

    def _daily_pay(self, draft: Draft, candidates: Sequence[CellAnswer], day: DayShare) -> None:
        """« combien je fais par jour ? » of an annual scale: each amount over the fraction the agreement gives a
        day's pay (``day_share``), that definition quoted."""
        chunk, part, share = day.chunk, day.sentence, day.share
        table = candidates[0].table
        lines = [f"- **{money(_cents(value / share))}** par jour : {with_unit(table, c.value)} ÷ {share} "
                 f"(colonne « {c.column_label} »)"
                 for c in candidates if c.table is table and (value := number_value(c.value)) is not None]
        if lines:
            text = f"Traitement d'un jour ({chunk.clause_id} : « {one_line(part)} »)"
            after = next((i + 1 for i, p in enumerate(draft.parts) if p.startswith(("**", "- **"))), 1)
            draft.parts.insert(after, f"{text} {draft.cite(chunk, part, text)} :\n\n" + "\n".join(lines))

    def _weekly_pay(self, draft: Draft, candidates: Sequence[CellAnswer], weekly: re.Match) -> None:
        """« je fais 20 heures par semaine » at an hourly scale: each rate times the hours the question states, said
        as the question's hours (the table gives the rate, not the week)."""
        table = candidates[0].table
        hours = float(weekly.group(1).replace(",", "."))
        lines = [f"- **{money(_cents(value * hours))}** par semaine : {weekly.group(1)} h × {with_unit(table, c.value)} "
                 f"(colonne « {c.column_label} »)"
                 for c in candidates if c.table is table and (value := number_value(c.value)) is not None]
        if lines:
            after = next((i + 1 for i, part in enumerate(draft.parts) if part.startswith(("**", "- **"))), 1)
            draft.parts.insert(after, f"Pour {weekly.group(1)} heures par semaine (les heures de votre question ; "
                                      "le tableau donne le taux horaire) :\n\n" + "\n".join(lines))

    def _prorate(self, draft: Draft, candidates: Sequence[CellAnswer], share: float, days: str = "") -> None:
        """« je travaille à 50 % »: each amount of the first scale times the share of a full workload, when the
        agreement says pay follows the workload (Bourget 6-10.08 « … un pourcentage du traitement égal au
        pourcentage de la charge professionnelle qu'il assume … »), that sentence quoted; otherwise said not done."""
        table = candidates[0].table
        found = self._sentence(table.doc, _PRORATA_RULE)
        if found is None or not 0 < share < 100:
            draft.parts.append(f"Tâche à {share:g} % : la convention ne dit pas ici comment le traitement suit la "
                               "tâche ; aucun montant au prorata calculé.")
            return
        chunk, sentence = found
        lines = []
        for candidate in (c for c in candidates if c.table is table):
            value = number_value(candidate.value)
            if value is not None:
                lines.append(f"- **{money(round(value * share / 100, 2))}**{per_unit(table, candidate.column)} : "
                             f"{share:g} % de {with_unit(table, candidate.value)} (colonne « "
                             f"{display_column(table, candidate.column)} »)")
        if lines:
            said = f", soit {days} d'une semaine de cinq jours (hypothèse : une tâche répartie également sur les " \
                f"jours)" if days else ""
            text = f"À {share:g} % d'une tâche complète{said} ({chunk.clause_id} : « {one_line(sentence)} »)"
            draft.parts.append(f"{text} {draft.cite(chunk, sentence, text)} :\n\n" + "\n".join(lines))

    def _sentence(self, doc: str, pattern: re.Pattern) -> tuple[Chunk, str] | None:
        """The first sentence of ``doc`` (clause order) that ``pattern`` finds, verbatim."""
        for clause in self._doc_clauses.get(doc, ()):
            for chunk in self._clause_chunks[(doc, clause)]:
                if not pattern.search(chunk.text):
                    continue
                for start, end in split_sentences(chunk.text):
                    if pattern.search(chunk.text[start:end]):
                        return chunk, chunk.text[start:end]
        return None

    def _beyond_scale(self, tables: Sequence[Table], query: AmountQuery) -> Draft | None:
        """An échelon past the end of the named class's scale (« TES, échelon 17 »: Annexe N stops at 12), or a date
        before its first column (« en 2009 »: Annexe M starts on 1 April 2010): said, with the row, never another
        class's échelon 17 nor a quote."""
        own = [t for t in tables if t.echelon_rows and query.job_class and query.echelon is not None
               and fold(self._job_class(t)) == fold(query.job_class)]
        numbers = [int(r.label) for r in own[0].rows if r.label.isdigit()] if own else []
        if not numbers:
            return None
        table, top = own[0], max(numbers)
        name = ", ".join(p for p in (table.annex_or_clause, table.subtitle) if p)
        first = min((d for i in range(len(table.column_headers)) if (d := table.column_date(i))), default=None)
        asked = asked_end(query)
        if query.echelon <= top and first is not None and asked is not None and asked < first:
            sentence = (f"L'échelle ({name}) commence au {french_date(first)} : elle ne donne pas de montant pour "
                        + ("le " if query.when else "") + f"{query.date_or_year or french_date(asked)}.")
            row = table.row(query.echelon)
        elif query.echelon > top:  # no amount answers it: a plain no (abstained), the scale's last row cited, not shown
            sentence = (f"L'échelle ({name}) s'arrête à l'échelon {top} : il n'y a pas d'échelon {query.echelon}, et "
                        f"les textes indexés ne donnent pas de montant pour un échelon {query.echelon}.")
            draft = Draft(abstained=True)
            row = table.row(top)
            label = self._cite_row(draft, CellAnswer(table, row, len(row.cells) - 1, "", row.cells[-1]), sentence)
            draft.parts.append(f"{sentence} {label}".rstrip())
            return draft
        else:
            return None
        draft = AmountDraft()
        label = self._cite_row(draft, CellAnswer(table, row, len(row.cells) - 1, "", row.cells[-1]), sentence)
        draft.parts.append(f"{sentence} {label}".rstrip())
        draft.show(shown_table(table, row, []))
        return draft

    def _before_dated_rows(self, tables: Sequence[Table], query: AmountQuery) -> Draft | None:
        """A date asked before the first row of the rates its heading names, whose rows are dates (« un suppléant
        qualifié, en octobre 2010 »: Annexe P's rates start « À compter du 1er avril 2011 »): the documents do not give
        that rate, said plainly (abstained), the first row's date cited — never a later row's amount shown as the
        answer. None when no date is asked or a row of such a table (of the job class asked, if one is) covers it."""
        asked = asked_end(query)
        dated = [t for t in tables if first_dated_row(t) is not None and
                 (not query.job_class or fold(self._job_class(t)) == fold(query.job_class))]
        dated = dated_tables_on_topic(dated, query.question) or dated  # the heading asked first (« qualifié »)
        if asked is None or not dated or any(asked >= first_dated_row(t)[0] for t in dated):
            return None
        table = dated[0]
        start, row = first_dated_row(table)
        name = ", ".join(p for p in (table.annex_or_clause, table.section, table.subtitle) if p)
        sentence = (f"Le tableau ({name}) ne donne un taux qu'à compter du {french_date(start)} : il ne couvre pas "
                    + ("le " if query.when else "") + f"{query.date_or_year or french_date(asked)}, et les textes "
                    "indexés ne donnent pas de montant pour cette date. Vérifiez-le auprès de l'employeur ou de votre "
                    "syndicat.")
        draft = Draft(abstained=True)  # no row covers the date: a plain no, not a later rate
        found = self.find_quote(table.doc, table.annex_or_clause, row.line)
        label = draft.cite(found[0], row.label, sentence) if found and row.label in found[0].text else ""
        draft.parts.append(f"{sentence} {label}".rstrip())
        return draft

    def _job_class(self, table: Table) -> str:
        known = self._job_classes.get(id(table))
        return table.job_class if known is None else known

    def _cells(self, candidates: Sequence[CellAnswer], intro: str = "", named_class: bool = True) -> Draft:
        """The cells of the first candidate's table, its row(s) shown, then the other classes' cells: labelled
        « Plusieurs classes d'emploi correspondent » when the question named a class several tables may be,
        « Votre question ne précise pas la classe d'emploi » when it named none (``named_class`` False)."""
        draft = AmountDraft()
        if intro:
            draft.parts.append(intro)
        first = candidates[0].table
        primary = [c for c in candidates if c.table.table_id == first.table_id]
        others = [c for c in candidates if c.table.table_id != first.table_id]
        if others:
            who = first.job_class or first.section or first.title
            lead = "Plusieurs classes d'emploi correspondent" if named_class else \
                "Votre question ne précise pas la classe d'emploi"
            draft.parts.append(f"{lead} ; pour **{who}** ({first.annex_or_clause}) :")
        lines = []
        for candidate in primary:
            line = format_cell_answer(replace(candidate, footnotes=()))
            label = self._cite_row(draft, candidate, line)
            lines.append(("- " if len(primary) > 1 else "") + f"{line} {label}".rstrip())
        draft.parts.append("\n".join(lines))
        heading = self._heading(draft, first)
        if heading:
            draft.parts.append(heading)
        covers = self._rate_covers(draft, first)
        if covers:
            draft.parts.append(covers)
        rows = list(dict.fromkeys(c.row for c in primary))
        columns = sorted({c.column for c in primary})
        draft.show(shown_table(first, rows, columns))
        for footnote in amount_footnotes(first, columns):
            draft.parts.append(self._note(draft, first, footnote))
        if others:
            draft.parts.append(self._other_classes(draft, others))
        return draft

    def _heading(self, draft: Draft, table: Table) -> str:
        """The sentence that introduces a table of named rows (« Les frais de repas sont remboursés, avec pièces
        justificatives, selon les modalités suivantes : »), quoted: it states who gets the amounts and on what
        condition. Scales (échelons) and dated rows have none."""
        if table.echelon_rows or not named_rows(table):
            return ""
        text = next((t for t in (str(table.extra.get("intro", "")), table.section) if t.rstrip().endswith(":")), "")
        text = re.sub(r"^[-•]\s+", "", text).rstrip(" :")
        found = self.find_quote(table.doc, table.annex_or_clause, text) if text else None
        if found is None or found[1] != text:
            return ""
        label = draft.cite(found[0], text, f"Texte ({table.annex_or_clause}) : {text}")
        said = f"Texte ({table.annex_or_clause}) : « {text} » {label}".rstrip()
        before = found[0].text[:found[0].text.find(text)].rstrip().rsplit("\n\n", 1)[-1].strip()
        if _REFERS_BACK.search(text) and before.endswith(".") and "\t" not in before and \
                len(before) <= self.params.intro_context_chars:  # « ces ajouts »: the paragraph saying which ones
            earlier = draft.cite(found[0], before, f"Texte ({table.annex_or_clause}) : {before}")
            said = f"Texte ({table.annex_or_clause}) : « {one_line(before)} »" + (f" {earlier}" if earlier != label else "") \
                + f" « {text} » {label}".rstrip()
        return said

    def _rate_covers(self, draft: Draft, table: Table) -> str:
        """What the table's rate pays for, when the text right after its last row says it (``_RATE_PAYS_FOR``: « Ce
        taux est pour 50 à 60 minutes d'enseignement. »), quoted; else ""."""
        last = table.rows[-1].line if table.rows else ""
        for chunk in self._clause_chunks.get((table.doc, table.annex_or_clause), []):
            at = chunk.text.find(last) if last else -1
            after = chunk.text[at + len(last):].lstrip() if at >= 0 else ""
            found = _RATE_PAYS_FOR.match(re.sub(r"^[-•]?\s*(?:[A-Za-z]\)\s*)?", "", after.split("\n")[0]))
            if found:
                text = f"Ce que paie le taux ({table.annex_or_clause})"
                return f"{text} : « {found.group(0)} » {draft.cite(chunk, found.group(0), text)}".rstrip()
        return ""

    def _cite_row(self, draft: Draft, candidate: CellAnswer, sentence: str) -> str:
        table, row = candidate.table, candidate.row
        found = self.find_quote(table.doc, table.annex_or_clause, row.line)
        if found is None or found[1] != row.line:  # a row cut between two stored parts: quote the part with the cell
            fields = row.line.split("\t")
            cut = min(candidate.column + 2, len(fields))
            for piece in ("\t".join(fields[:cut]), "\t".join(fields[cut - 1:])):
                hit = next((c for c in self._clause_chunks.get((table.doc, table.annex_or_clause), [])
                            if piece in c.text), None)
                if hit is not None:
                    found = (hit, piece)
                    break
        if found is None:
            return ""
        return draft.cite(found[0], found[1], sentence.replace("**", ""))

    def _note(self, draft: Draft, table: Table, footnote: str) -> str:
        text = re.sub(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*", "", footnote)
        found = self.find_quote(table.doc, table.annex_or_clause, footnote)
        label = draft.cite(found[0], found[1], f"Note : {text}") if found else ""
        line = f"Note ({table.annex_or_clause}) : {text} {label}".rstrip()
        same = _SAME_NOTE.search(text)
        target = self._footnote(table, same.group(1)) if same else None
        if target is None:  # not « Idem note de bas de page # 20 », or note 20 not found: the note as printed
            return line
        target_text = re.sub(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*", "", target)
        found = self.find_quote(table.doc, table.annex_or_clause, target)
        label = draft.cite(found[0], found[1], f"Note {same.group(1)} : {target_text}") if found else ""
        return f"{line} — note {same.group(1)} : {target_text} {label}".rstrip()

    def _footnote(self, table: Table, number: str) -> str | None:
        """The footnote ``number`` (« ²⁰ Les taux horaires … ») of the tables of ``table``'s annex or clause."""
        marker = number.translate(_SUPERSCRIPTS)
        return next((f for t in self.tables if (t.doc, t.annex_or_clause) == (table.doc, table.annex_or_clause)
                     for f in t.footnotes if re.match(rf"{marker}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])", f)), None)

    def _other_classes(self, draft: Draft, others: Sequence[CellAnswer]) -> str:
        shown = others[: self.params.max_other_tables]
        rows = ["Autres classes d'emploi :", "", "| Classe d'emploi | Annexe | Colonne | Montant |",
                "|---|---|---|---:|"]
        for candidate in shown:
            table = candidate.table
            who = (table.subtitle or table.job_class or table.section or table.title).replace("|", "/")
            value = with_unit(table, candidate.value) + per_unit(table, candidate.column)
            self._cite_row(draft, candidate, f"{who} : {value}, colonne « {candidate.column_label} »")
            rows.append(f"| {who} | {table.annex_or_clause} | {display_column(table, candidate.column)} | {value} |")
        if len(others) > len(shown):
            rows.append(f"\n… et {len(others) - len(shown)} autre(s) : précisez votre classe d'emploi.")
        return "\n".join(rows)

    def _scale_range(self, question: str, tables: Sequence[Table], query) -> Draft | None:
        """No échelon asked: the lowest and highest échelon of the job class's scale, and ask which."""
        scales = [t for t in tables if t.echelon_rows and t.rows and t.column_headers]
        if query.rate:
            scales = [t for t in scales if t.unit == query.rate]
        named = [t for t in scales if query.job_class and fold(query.job_class) in fold(t.job_class or t.title)]
        if not named:
            return None
        table = named[0]
        low, high = table.rows[0], table.rows[-1]
        # the columns in force at the date or year asked (« en 2013-2014 »: two), else the latest
        dated = query.when or query.month or query.year or query.school_year
        columns = [c.column for c in lookup([table], replace(query, echelon=int(low.label)))] \
            if dated and low.label.isdigit() else []
        draft = Draft()
        for column in columns or [len(table.column_headers) - 1]:
            sentence = (f"Le montant dépend de l'échelon : de **{with_unit(table, low.cells[column])}** (échelon "
                        f"{low.label}) à **{with_unit(table, high.cells[column])}** (échelon {high.label}), colonne "
                        f"« {display_column(table, column)} » de {table.annex_or_clause}"
                        + (f" ({table.subtitle})" if table.subtitle else "") + ". Précisez votre échelon.")
            labels = [self._cite_row(draft, CellAnswer(table, row, column, table.column_headers[column],
                                                       row.cells[column]), sentence) for row in (low, high)]
            draft.parts.append(f"{sentence} {labels[0]}".rstrip())
        if _SUPPLY_ASKED.search(question):  # « j'ai remplacé un technicien … » : the supply rate's rule, then its scale
            self._supply_rule(draft, tables, query, first=True)
        return draft


def _amount_follow_up(query: AmountQuery, history: Sequence[Answer], classes: Sequence[str],
                      max_words: int) -> AmountQuery | None:
    """« Et à l'échelon 13 ? » after an amount answer: the previous question's échelon, job class,
    date and rate, with what the new question says instead. None when it is not such a follow-up."""
    if not history or history[-1].kind not in ("amount", "placement") or len(query.question.split()) > max_words:
        return None
    dated = query.when or query.year or query.school_year or query.month or query.span
    if query.echelon is None and not dated and not query.job_class and not query.rate and not query.echelon_step and \
            not query.year_step:
        return None
    before = parse_amount_question(history[-1].question, classes)
    # the previous turn was itself a short follow-up (« Pis en 2014 ? »): what it asked once resolved
    before = _amount_follow_up(before, history[:-1], classes, max_words) or before
    if query.echelon is None and query.echelon_step and before.echelon is not None:  # « Et à l'échelon suivant ? »
        query = replace(query, echelon=before.echelon + query.echelon_step)
    if query.year_step and not dated:  # « Et l'an prochain ? »: the date asked before, a year later
        before = shift_years(before, query.year_step)
    when = (query.when, query.year, query.school_year, query.date_or_year, query.month, query.span) if dated else \
        (before.when, before.year, before.school_year, before.date_or_year, before.month, before.span)
    return replace(before, question=f"{before.question} {query.question}",
                   echelon=query.echelon if query.echelon is not None else before.echelon,
                   job_class=query.job_class or before.job_class, rate=query.rate or before.rate,
                   when=when[0], year=when[1], school_year=when[2], date_or_year=when[3], month=when[4], span=when[5],
                   other_echelon=query.other_echelon, other_when=query.other_when, is_amount_question=True)




# a school year written in full or short (« 2006-2007 », « 2006-07 », « 2006–2007 »)
_SCHOOL_YEAR_WRITTEN = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*(\d\d(?:\d\d)?)\b")


def _school_years(text: str) -> list[int]:
    """The first year of each school year ``text`` writes (« 2006-2007 » → 2006), in order."""
    found = []
    for m in _SCHOOL_YEAR_WRITTEN.finditer(text):
        first, second = int(m.group(1)), int(m.group(2)[-2:])
        if second == (first + 1) % 100:
            found.append(first)
    return found


def _two_years_rows(question: str, cells: Sequence[CellAnswer]) -> bool:
    """Whether a change asked between two school years (« a augmenté de combien entre 2006-2007 pis 2008-2009 ») is
    read from two cells of one column in two rows, each row of one of the two years and the two years different
    (Cris Annexe XXII « pour l'année scolaire 2006-2007 » … « 2008-2009 »)."""
    asked = set(_school_years(question))
    if len(cells) != 2 or len(asked) != 2 or not asks_change(question):
        return False
    a, b = cells
    if a.table is not b.table or a.column != b.column or a.row is b.row:
        return False
    years = [set(_school_years(c.row.label)) & asked for c in cells]
    return all(len(y) == 1 for y in years) and years[0] != years[1]


# a period named by a working day of a school year (« jusqu'au 140e jour 2005-2006 », « à compter du 141e jour de travail
# de l'année scolaire 2008-2009 », « le 141e jour de 2007-08 »): the day's number, then the school year within a few words
_DAY_OF_YEAR = re.compile(r"\b(\d{1,3})\s*(?:e|ᵉ|i?[èe]me)\s+jour\b(?:[^,;()?.\d]|\.(?=\d)){0,45}?"
                          r"((?:19|20)\d{2}\s*[-/–]\s*(?:(?:19|20)?\d{2}))", re.IGNORECASE)


def _days_of_year(text: str) -> set[tuple[int, int]]:
    """Each period ``text`` names by a working day of a school year (``_DAY_OF_YEAR``): (day, first year)."""
    return {(int(m.group(1)), years[0]) for m in _DAY_OF_YEAR.finditer(text)
            if (years := _school_years(m.group(2)))}


def _changed_rows(question: str, cells: Sequence[CellAnswer]) -> list[CellAnswer]:
    """The two cells of one column whose rows a change asked names (``_two_years_rows``), or, among more rows shown,
    the two whose periods the question names by their working day and school year (« entre le début (jusqu'au 140e
    jour 2005-2006) pis la dernière (141e jour 2008-2009) » of Cris 6-6.01's three rows: the first and the third, not
    « à compter du 141e jour … 2005-2006 »), in the table's order; [] when not exactly two rows are named."""
    if _two_years_rows(question, cells):
        return list(cells)
    asked = _days_of_year(question)
    if len(cells) <= 2 or len(asked) != 2 or not asks_change(question):
        return []
    named = [c for c in cells if _days_of_year(c.row.label) & asked]
    if len(named) != 2:
        return []
    a, b = named
    if a.table is not b.table or a.column != b.column or a.row is b.row:
        return []
    keys = [_days_of_year(c.row.label) & asked for c in named]
    return named if all(len(k) == 1 for k in keys) and keys[0] != keys[1] else []


def _asked_sign(question: str) -> int:
    """1 when the question asks how much more (« combien de plus », « gagne plus »), -1 how much less (« combien de
    moins »), 0 when it says neither."""
    more, less = bool(_MORE_ASKED.search(question)), bool(_LESS_ASKED.search(question))
    return 1 if more and not less else -1 if less and not more else 0


def _column_before(cell: CellAnswer, query: AmountQuery) -> CellAnswer | None:
    """The same row's cell in the column before ``cell``'s, when the question names the very day ``cell``'s column
    starts (« l'équité salariale du 31 décembre 2010 m'a donné combien de plus ? », « de combien mon salaire a augmenté
    le 1er avril 2013 ? »): the change of that day is read from the column before it. None for a day named that starts
    no column (a day within a period asks the amount then), a first column, or a cell that is no number."""
    table, column = cell.table, cell.column
    if query.when is None or query.other_when is not None or query.other_echelon is not None or column < 1 or \
            parse_date(table.column_headers[column]) != query.when:
        return None
    value = cell.row.cells[column - 1] if column - 1 < len(cell.row.cells) else ""
    if number_value(value) is None:
        return None
    return replace(cell, column=column - 1, column_label=table.column_headers[column - 1], value=value, note="",
                   period=(None, None), warnings=())


def _change_line(a: CellAnswer, b: CellAnswer) -> str:
    """« **2 508 $** de plus par année : 58 991 $ (échelon 11, colonne « … ») → 61 499 $ (échelon 12, colonne « … »). »,
    or "" when a cell is no number."""
    va, vb = number_value(a.value), number_value(b.value)
    if va is None or vb is None:
        return ""
    change = round(vb - va, 2)
    row = "échelon {}" if a.table.echelon_rows else "ligne « {} »"
    side = lambda c: (row.format(c.row.label) + ", " if a.row.label != b.row.label else "") + \
        f"colonne « {display_column(c.table, c.column)} »"
    return (f"**{money(abs(change))}** {'de plus' if change >= 0 else 'de moins'}{per_unit(a.table, a.column)} : "
            f"{with_unit(a.table, a.value)} ({side(a)}) → {with_unit(b.table, b.value)} ({side(b)}).")


def _decimal(value: float) -> str:
    """A number as the agreements print it: « 2,25 », « 72 », « 19,8 »."""
    return f"{value:g}".replace(".", ",")


def _trip_cost(trip: DistanceTotal, beyond_only: bool = False) -> str:
    """One trip's kilometres priced: « 265 km : 35 $ + 65 km × 0,15 $ = 44,75 $ », « 150 km : 35 $ »; with
    ``beyond_only`` the kilometres beyond the base only (« 60 km × 0,15 $ = 9 $ au-delà de 200 km »)."""
    beyond = max(0, trip.distance - trip.threshold)
    extra = f"{beyond} km × {money(trip.rate)} = {money(round(beyond * trip.rate, 2))}"
    if beyond_only:
        return f"{extra} au-delà de {trip.threshold} km"
    return f"{trip.distance} km : {money(trip.base)}" + (f" + {beyond} km × {money(trip.rate)} = {money(trip.total)}"
                                                          if beyond else "")


def row_table(table: Table, rows: TableRow | Sequence[TableRow], bold: Sequence[int]) -> str:
    """One or a few table rows as a small Markdown table (header: the columns), the ``bold`` cells in bold (what
    ``AmountDraft.show`` writes of ``assistant.tables.shown_table``)."""
    return table_markdown(shown_table(table, rows, bold))



def without_pay_exclusions(question: str) -> str:
    """``question`` with the words that keep the amount lookup off blanked (``_NOT_AMOUNT``: « traitement différé »,
    « % », « sans traitement »…): what is left asks the scale's cell a percentage of the salary is taken of
    (``PayArithmetic._percent_of_pay``: « échelon 8 … en 2014-2015 … combien par année » of a deferred-pay leave)."""
    return " ".join(_NOT_AMOUNT.sub(" ", question).split())



__all__ = ["AmountAnswers", "row_table", "without_pay_exclusions"]
