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

A percentage of the salary a passage sets on a condition the question meets (« si le contrat est de quatre (4) ans,
75 % du traitement » under « Le congé est d'une (1) année : », 6-6.10; Cris 5-10.31 « Si ce nombre est supérieur à 95,
… soit 2,74 % de ce traitement annuel ») is taken of the annual salary the question states or of the scale's cell the
amount lookup gives (``percent_rules``, ``chosen_rule``: the question's counts of years, days, months read with what
they count). Several named rows shown, a total asked (« mon souper pis mon dîner … en tout »), get their sum
(``_rows_total``).

Days the question says are worked (« engagé en janvier … j'aurai fait 90 jours », « j'ai remplacé 24 jours ») are paid
by the one clause paying the salary pro rata of the days worked, a fraction of it for each (Bourget 7-7.06 « … calculé
au prorata à raison d'un deux-centième (1/200e) ou un deux-cent-soixantième (1/260e) du traitement pour chaque jour de
travail effectué », the fraction of the cell's staff, 1-2.74's day; Cris 6-7.03 F) of a stated annual salary): the cell
(or the salary) × the days ÷ the fraction, first in the answer (``_days_worked``, ``_salary_share``).

A percentage a clause takes of a thing whose amount the question states (Cris 12-8.01 « … une indemnité additionnelle
égale à 66 % du montant des dépenses encourues pour le transport de nourriture … » with « le transport m'a coûté 2 350
$ »; Bourget 8-8.06's 66 % « du montant de l'enveloppe monétaire ») is taken of that amount (``_percent_of_stated``,
``percents_of_things``); of an hourly rate stated, a percentage of the salary for the hours beyond a weekly number
(8-11.09's 150 % beyond 40 hours) is taken for the hours counted beyond it. A deduction asked for several lengths
absent (« j'ai manqué 3 heures », « deux journées », « un après-midi ») is the share of one times their count
(``absent_length``).

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

from .amount_answers import DayShare, period_note, without_pay_exclusions  # a day's pay; the note saying a pay
# period's amount is not computed; a question read without the words keeping the amount lookup off
from .colloquial import expand
from .deadlines import MONTH_PATTERN
from .drafts import Draft, LookupParams, fold, one_line
from .number_words import french_number, spelled
from .placement import AmountDraft, shown_tables
from .stated_rules import (RuleAmount, hour_for_hour, hours_said, months_per_year, per_period_share, prorated_to_days,
                           topic_rule)
from .tables import asks_change, compared_split, money, named_rows, stated_amounts
from .types import Answer, Hit, ShownTable


@dataclass(frozen=True)
class PayParams:
    """The hand-set numbers of pay arithmetic."""

    max_cells: int = 4  # hand-set: a rule is applied to at most this many cells asked (an échelon beside another in
    # a date's columns); a whole scale shown is no cell asked


_PAY_PARAMS = PayParams()
_PAY_TITLE = "Montant d'une paie"
# a total asked of the amounts of several rows (« en tout », « au total », « le total »)
# a row naming a period (« À compter du 141e jour de travail de l'année scolaire 2007-2008 », « pour l'année scolaire
# 2006-2007 »): rows in force one after another, alternatives never added
_PERIOD_ROW = re.compile(r"\b(?:19|20)\d{2}\b|\bjours?\s+de\s+travail\b|\b[àa]\s+compter\b|\bjusqu", re.IGNORECASE)
# a row of an amount given for one year (Cris Annexe XXII « - 24 900 $ pour l'année scolaire 2006-2007; »): the years'
# amounts add up, unlike rates in force one period after another
_FOR_A_YEAR = re.compile(r"^pour\s+l'ann[ée]e\b(?!.*\b(?:[àa]\s+compter|jusqu))", re.IGNORECASE)
_TOTAL_ASKED = re.compile(r"\ben\s+tout\b|\btota(?:l|le|ux|les)\b", re.IGNORECASE)
_PERCENT_TITLE = "Pourcentage du traitement"
_CLASSES_COMPARED = "Comparaison avec"  # the amount lookup's own comparison of two job classes (by échelon)

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
_ABSENT_LENGTH = (("demi-journée", re.compile(r"\bdemi[- ]journ[ée]e|\b1/2\s+journ[ée]e|\bune\s+demie\b|"
                                              r"\b(?:un|l'|cet|mon)\s*(?:apr[èe]s|avant)[- ]midi\b|\bune\s+matin[ée]e\b",
                                              re.IGNORECASE)),
                  ("heure", re.compile(r"\b(?:une|1)\s+heure\b|\bpar\s+heure\b", re.IGNORECASE)),
                  ("jour", re.compile(r"\bjourn[ée]e\b|\bjour\b", re.IGNORECASE)))
# a number of lengths absent (« j'ai manqué 3 heures », « deux journées », « 2 demi-journées »): the rule's share of one
# length times that count
_COUNTED_LENGTH = re.compile(rf"(?<![\d,./-])(?P<count>\d{{1,3}}|{spelled(1, 10)})\s+"
                             r"(?P<unit>demi[- ]journ[ée]es?|heures?|journ[ée]es?|jours?)\b(?P<half>\s+et\s+demie?\b)?",
                             re.IGNORECASE)  # « 2 jours et demi », « une heure et demie »: half a length more
# a day asked (« combien vaut une journée de travail ? »): a day's pay, when no deduction is asked
# (« ma journée de travail vaut combien ? », « une de mes journées », « une journée de salaire »)
_ONE_DAY = re.compile(r"\b(?:une|d'une|la|ma|chaque|une\s+de\s+mes)\s+journ[ée]es?\b|\bun\s+jour\b|"
                      r"(?<!-)\bjourn[ée]e\s+de\s+(?:salaire|paie|paye|traitement)\b", re.IGNORECASE)
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
# a salary the question states (« mon traitement est de 70 000 $ », « traitement annuel de 60 000 $ »)
_SALARY_SAID = re.compile(r"\b(?:traitement|salaire)\b", re.IGNORECASE)
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
# the clause setting a staff's regular week (Bourget 8-15.02 « La semaine régulière de travail du salarié éducateur
# non-enseignant est de trente-sept virgule cinq (37,5) heures. », 8-11.02 the animateur's « quarante (40) heures »)
_WEEK_RULE = re.compile(r"\bLa\s+semaine\s+(?:r[ée]guli[èe]re|normale)\s+de\s+travail\s+(?:du|de\s+l'|des|de\s+la)\s+[^.]{0,80}?"
                        r"\best\s+de\s+[^.(]{0,60}\((\d{1,2}(?:,\d{1,2})?)\)\s+heures\.")
_TITLE_WEEK = re.compile(r"\((\d{1,2}(?:,\d{1,2})?)\s*heures?\s*/\s*semaine\)", re.IGNORECASE)
# a week's amount the answer already computed from the hours the question states (« je fais 20 heures par semaine »)
_WEEK_COMPUTED = " par semaine : "
_LENGTH_WORDS = {"jour": "une journée d'absence", "demi-journée": "une demi-journée d'absence",
                 "heure": "une heure d'absence"}
_LENGTHS_WORDS = {"jour": "jours d'absence", "demi-journée": "demi-journées d'absence", "heure": "heures d'absence"}

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
_UNUSED_DAYS = re.compile(r"\bnon\s+(?:utilis|pris)|\bpas\s+(?:\w+\s+){0,2}(?:utilis|pris|touch)|\baucun(?:e)?\b|"
                          r"\b(?:me|m'en|en)\s+rest(?:e|ait|ent|aient|era)\b|\brestants?\b|\bsauv[ée]s?\b",
                          re.IGNORECASE)
_DAY_COUNT = re.compile(rf"(?<![\w,.])(\d{{1,2}}|{spelled(1, 10)})\s+"
                        r"(?:de\s+(?:mes|ses|nos|vos)\s+|(?:\w+\s+){0,1})"  # « 3 de mes jours », « 4 jours »
                        r"(?:jours?|journ[ée]es?|cong[ée]s?)\b", re.IGNORECASE)
# words of a bank's name that name no bank (« la banque annuelle … de dix (10) jours ouvrables … prévue à la clause »)
_NOT_BANK_WORDS = frozenset(tokenize("banque annuelle jours jour ouvrables prévue clause absences"))

# a sentence paying the salary pro rata of the days worked, a fraction of it for each day (Bourget 7-7.06 « Le salarié
# éducateur … qui entre au service du Collège après le début de l'année de travail voit son traitement applicable calculé
# au prorata à raison d'un deux-centième (1/200e) ou un deux-cent-soixantième (1/260e) du traitement pour chaque jour de
# travail effectué »; Cris 6-7.03 F) « … payé à raison de 1/200 du traitement annuel applicable pour chaque jour de
# travail … »): a pay or a computation, never a reduction (6-4.09 « … réduit de sept pour cent (7 %) de 1/200e … »)
_PRORATA_DAYS = re.compile(r"\b(?:calcul|pay|r[ée]mun[ée]r|vers)[ée]e?s?\s+(?:au\s+prorata\s+)?[àa]\s+raison\s+(?:de\s+|d')"
                           r"[^.;]*?\b1/\d{2,4}e?\b[^.;]*?\btraitement\b[^.;]*?\bpour\s+chaque\s+jour\s+de\s+travail\b",
                           re.IGNORECASE)
# days the question says are worked: a count of days beside a word of working (« j'aurai fait 90 jours », « j'ai
# travaillé 150 jours », « 120 jours de travail », « 80 jours travaillés », « 45 journées d'enseignement », « j'ai
# remplacé 25 jours »), not days of a week or a cycle (« j'enseigne 4 jours sur 5 », « 3 jours par semaine »: a workload)
_WORKED_DAYS = re.compile(r"\b(?:fai[ts]|ferai|fera|faire|travaill\w*|enseign\w*|effectu\w*|cumul\w*|compl[ée]t\w*|"
                          r"rempla[cç]\w*)\s+"
                          r"(?:\w+\s+){0,2}?(?P<before>\d{1,3})\s+(?:jours?|journ[ée]es?)\b(?!\s+(?:de\s+)?(?:cong|maladie|vacances))"
                          r"(?!\s*/|\s+(?:de\s+travail\s+)?(?:sur|par|aux|chaque)\b)|"
                          r"\b(?P<after>\d{1,3})\s+(?:jours?|journ[ée]es?)\s+(?:de\s+travail|travaill[ée]e?s|effectu[ée]e?s|"
                          r"d'enseignement|de\s+pr[ée]sence)\b(?!\s*/|\s+(?:sur|par|aux|chaque)\b)", re.IGNORECASE)
# a count of days that is a rule's threshold, not the days worked (« après 21 jours de travail consécutifs », « plus de
# 20 jours », « au moins 10 jours »)
_DAYS_THRESHOLD = re.compile(r"\b(?:plus\s+de|moins\s+de|au\s+moins|apr[èe]s|d[èe]s|au-del[àa]\s+de|jusqu'[àa])\s+(\d{1,3})\s+"
                             r"(?:jours?|journ[ée]es?)\b|\b(\d{1,3})\s+(?:jours?|journ[ée]es?)\s+(?:de\s+travail\s+)?"
                             r"(?:ouvrables\s+)?cons[ée]cuti", re.IGNORECASE)
# what is taken off a pay asked (« on me coupe combien ? », « la déduction »): no days worked are paid then
_TAKEN_OFF = re.compile(r"\b(?:coup\w*|d[ée]dui\w*|d[ée]duction|retenu\w*|retien\w*|enl[èe]v\w*|perd\w*)\b", re.IGNORECASE)
# the question says the teacher leaves during the year (« je quitte le Collège après 110 jours », « ma démission »)
_LEAVING = re.compile(r"\bquitt\w*|\bd[ée]missionn?\w*|\bd[ée]part\b|\bje\s+pars\b", re.IGNORECASE)
# a paragraph of the same clause paying who leaves during the year by the same days' ratio (7-7.06's second: « Le
# salarié éducateur qui quitte son emploi pendant l'année de travail reçoit … multiplié par le rapport du nombre de
# jours effectifs de travail au départ … (1/200e ou 1/260e) »)
_LEAVING_RULE = re.compile(r"\bquitte\b[^.;]*?\bjours\b[^.;]*?\b1/\d{2,4}e?\b", re.IGNORECASE)


# a range of échelons whose second is written without the word (« de l'échelon 11 à 12 », « échelons 11 et 12 »),
# not followed by a unit (« à l'échelon 11 à 12 ans », « et 3 jours ») nor by a month (« échelon 3 au 31 décembre 2010 »:
# a day, échelon 3 on that day, DEV Q1984)
_RANGE = re.compile(r"\b([ée]chelon)s?\s+(\d{1,2})\s+(à|au|et|vers|puis)\s+(?:l'|le\s+)?(\d{1,2})\b"
                    r"(?!\s*(?:%|\$|ans?\b|années?\b|jours?\b|heures?\b|h\b|semaines?\b|mois\b|e\b|er\b|i?[èe]me|ᵉ|,\d|"
                    rf"{MONTH_PATTERN}\b))", re.IGNORECASE)
_ORDINAL_RANGE = re.compile(r"\b(\d{1,2})\s*(?:e|er|i?[èe]me|ᵉ)\s+(à|au|et)\s+(?:l'|le\s+)?(\d{1,2})\s*(?:e|er|i?[èe]me|ᵉ)"
                            r"\s+([ée]chelon)", re.IGNORECASE)


def worked_days(question: str) -> int | None:
    """The one count of days the question says are worked (``_WORKED_DAYS``), more than one, no rule's threshold
    (``_DAYS_THRESHOLD``); None for no such count, several, days left unused, or a deduction asked (« on me coupe combien ? »); another's absence may be said (« ma
    collègue est absente … j'ai remplacé 24 jours »)."""
    thresholds = {int(m.group(1) or m.group(2)) for m in _DAYS_THRESHOLD.finditer(question)}
    counts = {int(m.group("before") or m.group("after")) for m in _WORKED_DAYS.finditer(question)} - thresholds
    if len(counts) != 1 or _UNUSED_DAYS.search(question) or _TAKEN_OFF.search(question):
        return None
    days = counts.pop()
    return days if days > 1 else None


def absent_length(question: str) -> tuple[str, Decimal] | None:
    """The length absent the question says (« jour », « demi-journée », « heure ») and how many of it: the one count
    it gives of a length (« j'ai manqué 3 heures un après-midi » -> (heure, 3), « deux journées » -> (jour, 2),
    « 2 jours et demi » -> (jour, 2.5)), else the length it names once (« une journée d'absence », « un après-midi »
    -> (demi-journée, 1)); None when it names none. Several counts (« mes 10 jours de maladie … une journée de plus »)
    read the named length once."""
    counted = {(_length_of(m.group("unit")), Decimal(m.group("count") if m.group("count").isdigit()
                                                     else french_number(m.group("count")) or 1)
                + (Decimal("0.5") if m.group("half") else 0)) for m in _COUNTED_LENGTH.finditer(question)}
    if len(counted) == 1:
        length, count = counted.pop()
        if count >= 1:
            return length, count
    length = next((name for name, pattern in _ABSENT_LENGTH if pattern.search(question)), None)
    return (length, Decimal(1)) if length else None


def _count_said(count: Decimal) -> str:
    """« 3 », « 2,5 »: a count of lengths as French writes it."""
    return f"{count:f}".rstrip("0").rstrip(".").replace(".", ",") if "." in f"{count:f}" else f"{count:f}"


def _length_of(unit: str) -> str:
    """« heures » -> heure, « demi-journées » -> demi-journée, « journée » / « jours » -> jour."""
    unit = fold(unit)
    return "heure" if unit.startswith("heure") else "demi-journée" if unit.startswith("demi") else "jour"


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
    if absent_length(question) is None:
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
    count: Decimal = Decimal(1)  # how many of the length the question says (« 3 heures »): the share of one, times that
    unit: str = ""  # the length's word (« heure »), said with the share of one when ``count`` > 1


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
class DaysWorked:
    """Days the question says are worked, paid pro rata by a clause giving a fraction of the salary for each (Bourget
    7-7.06): how many, the fraction of the cell's staff, and the paying sentence quoted."""

    days: int
    share: int  # the divisor: 200 for « un deux-centième (1/200e) »
    chunk: Chunk
    sentence: str  # verbatim in chunk.text
    day: DayShare | None = None  # the agreement's day's pay for the staff, when it picked the fraction among several


@dataclass(frozen=True)
class NormalWeek:
    """The hours of a job class's normal week, read in its scale's title, and that title's passage."""

    hours: Decimal
    said: str  # as the title writes them (« 37,5 »)
    chunk: Chunk
    quote: str  # the title, verbatim in chunk.text
    rule_chunk: Chunk | None = None  # the agreement's clause setting that regular week (Bourget 8-15.02), if one does
    rule: str = ""  # its sentence, verbatim in rule_chunk.text


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
    _amount: Callable[..., Draft | None]  # AmountAnswers': the amount lookup
    _tried: Callable[..., Draft | None]  # DirectAnswers': a lookup run without letting it break the answer

    def _pay_rules(self, question: str, draft: Draft, params: PayParams = _PAY_PARAMS) -> None:
        """Each rule ``question`` asks (a pay, a day's deduction) that the agreement of ``draft``'s first shown scale
        writes, applied to its cells asked: a part right under the cell lines (see the module docstring)."""
        shown = shown_tables(draft)
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
            else:  # hours absent taken off at the rate itself (7-8.04's « une (1) heure … pour chaque heure »)
                self._hours_off(question, table, draft, cells)
            return
        cashed = self._cashed_days(question, table)
        if cashed is not None:  # unused days paid at a share of the scale (« … aucune de mes dix journées de maladie »)
            self._apply_cashed(draft, cashed, cells)
            return
        worked = self._days_worked(question, table)
        if worked is not None:  # days worked paid pro rata (« engagé en janvier … j'aurai fait 90 jours »)
            self._apply_days_worked(draft, worked, cells)
            return
        # what an absence takes off the pay is asked, not the pay (« ça me coupe combien sur ma paye ? »)
        rule = self._deduction(question, table) or self._instalment(question, table) or self._day(question, table)
        if rule is not None:
            self._apply(draft, rule, cells, question)

    def _hours_off(self, question: str, table: Table, draft: Draft, cells: Sequence[AskedCell]) -> None:
        """What hours absent take off an hourly staff's pay (« j'ai manqué 2 h 30 … me couper combien ? »), when the
        agreement's one deduction sentence (``_DEDUCTION``) takes an hour of pay per hour for ``table``'s staff
        (:func:`~assistant.stated_rules.hour_for_hour`): each rate × the hours (:func:`~assistant.stated_rules.hours_said`),
        under the cell lines, the sentence cited."""
        hours = hours_said(question) if _DEDUCTION_ASKED.search(question) else None
        if hours is None:
            return
        found = [(c, m) for c in self._doc_chunks(table.doc) for m in _DEDUCTION.finditer(c.text)]
        if len({(c.doc, c.clause_id) for c, _ in found}) != 1:
            return
        chunk, match = found[0]
        sentence = _sentence(chunk.text, match)
        if not hour_for_hour(sentence, f"{table.section} {table.title}"):
            return
        said = _count_said(cents(hours))
        lines = [f"- **{money(float(cents(cell.value * hours)))}** déduits pour {said} heures d'absence : {cell.shown} × "
                 f"{said} (une heure de traitement par heure d'absence ; échelon {cell.row}, colonne « {cell.column} »)"
                 for cell in cells]
        text = f"Déduction pour {said} heures d'absence (clause {chunk.clause_id} : « {one_line(sentence)} »)"
        label = draft.cite(chunk, sentence, text)
        after = next((i + 1 for i, part in enumerate(draft.parts) if _CELL_LINE.match(part)), 1)
        draft.parts.insert(after, f"{text} {label} :\n\n" + "\n".join(lines))

    def _rows_change(self, question: str, draft: Draft) -> None:
        """A change asked (« a monté de combien entre le tout début … pis le dernier taux ? ») of the two rows an
        amount answer shows of one table of named rows, one column (Cris 6-6.01: « jusqu'au 140e jour … 2005-2006 »
        1 277 $, « à compter du 141e jour … 2008-2009 » 1 383 $): their difference (« Écart »), under the cell lines;
        nothing when the answer already gives one, or shows a scale (its cells' difference is the amount lookup's)."""
        shown = shown_tables(draft)
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

    def _rows_total(self, question: str, draft: Draft) -> None:
        """A total asked (« on me rembourse combien au maximum en tout ? », « au total ») of two rows or more an amount
        answer shows of one table of named rows, one column (Bourget Annexe W « Dîner » 12 $, « Souper » 15 $): their
        sum (« Total »), leading the cell lines; nothing when a change is asked, the answer already leads with an amount
        or gives a total or a difference, or its rows are échelons or dates (periods in force one after another: Cris
        6-7.03's rows « À compter du 141e jour … », never added; amounts each given « pour l'année scolaire … » are
        added: Cris Annexe XXII's three years of training money)."""
        shown = shown_tables(draft)
        if len(shown) != 1 or not _TOTAL_ASKED.search(question) or asks_change(question) or \
                any(part.startswith(("Écart", "Total", "**")) for part in draft.parts):
            return  # a lead amount already computed (Cris Annexe XII's « **3 942 $** … pour 2 élèves »)
        tables = [t for t in self.tables if ", ".join(p for p in (t.annex_or_clause, t.subtitle) if p) == shown[0].caption]
        cells = self._asked_cells(shown[0])
        if not tables or not all(named_rows(t) for t in tables) or \
                any(_PERIOD_ROW.search(c.row) and not _FOR_A_YEAR.search(c.row) for c in cells) or \
                len(cells) < 2 or len({c.column for c in cells}) != 1 or \
                any(money(float(sum(c.value for c in cells))) in part for part in draft.parts):
            return
        total = sum(cell.value for cell in cells)
        text = (f"Total : **{money(float(total))}** : " + " + ".join(f"{cell.shown} (« {cell.row} »)" for cell in cells)
                + ".")
        first = min((i for i, part in enumerate(draft.parts) if _CELL_LINE.match(part)), default=None)
        if first is not None:  # the total asked leads, its rows' lines under it (DEV Q1642: « combien en tout sur
            # les trois années » led with the first year's 24 900 $)
            draft.parts.insert(first, text)

    def _compared_amounts(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                          history: Sequence[Answer], whole: Draft | None) -> Draft | None:
        """Two things set against each other (``compared_split``: « un suppléant qualifié gagne combien de plus de
        l'heure qu'un suppléant non qualifié ? », Bourget Annexe P's two sections), each side's amount looked up on
        its own words (the second with the first's: the date, the unit asked), both shown and each pair of cells of the
        same row (date) given its difference (« Écart »), first. None unless each side shows one table of its own,
        their rows paired, and the whole question's answer shows one table at most and compares no classes (two
        classes compared by échelon are the amount lookup's: « Comparaison avec … »)."""
        split = compared_split(question)
        if split is None or len(shown_tables(whole)) > 1 or \
                whole is not None and any(_CLASSES_COMPARED in part for part in whole.parts):
            return None
        head, tail = split
        first_side = self._tried("amount", self._amount, head, hits, docs, history)
        first_shown = shown_tables(first_side)
        if len(first_shown) != 1:
            return None
        # the second side: its own words, with the first's less what named the first's section (« non qualifié » of
        # « le taux d'un suppléant non qualifié, c'est combien de moins que celui d'un qualifié ? »)
        own = {fold(w) for w in re.findall(r"\w+", tail)}
        named = {fold(w) for w in re.findall(r"\w+", first_shown[0].caption)} - own
        context = " ".join(w for w in head.split() if fold(w.strip(",;:?!.«»()")) not in named)
        sides = [first_side, self._tried("amount", self._amount, f"{tail} {context}", hits, docs, history)]
        shown = [shown_tables(side) for side in sides]
        if len(shown[1]) != 1 or shown[0][0].caption == shown[1][0].caption:
            return None
        first, second = (self._asked_cells(s[0]) for s in shown)
        pairs = [(a, b) for a in first for b in second if a.row == b.row and a.column == b.column]
        if not pairs or len(pairs) != len(first) or len(pairs) != len(second) or len(pairs) > _PAY_PARAMS.max_cells:
            return None
        names = [s[0].caption for s in shown]
        lines = [f"- **{money(float(abs(a.value - b.value)))}** {'de plus' if a.value >= b.value else 'de moins'} : "
                 f"{a.shown} ({names[0]}) contre {b.shown} ({names[1]}), ligne « {a.row} »" for a, b in pairs]
        merged = AmountDraft(parts=["Écart :\n\n" + "\n".join(lines)])
        for side in sides:
            merged.parts.extend(side.parts)
            merged.citations.extend(c for c in side.citations if c not in merged.citations)
            merged.support.extend(side.support)
            merged.take(side)
        return merged

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
        absent = absent_length(question)
        if absent is None:
            return None
        length, count = absent
        found = [(c, m) for c in self._doc_chunks(table.doc) for m in _DEDUCTION.finditer(c.text)]
        if len({(c.doc, c.clause_id) for c, _ in found}) != 1:
            return None
        chunk, match = found[0]
        share = deduction_shares(match.group(0)).get((length, non_teaching(table)))
        if share is None:
            return None
        day = self.day_share(table) if length == "jour" else None  # the day's pay, the same share (1-2.74)
        said = _LENGTH_WORDS[length] if count == 1 else f"{_count_said(count)} {_LENGTHS_WORDS[length]}"
        sentence = _sentence(chunk.text, match)
        # the clause of the question's case deducting the same fraction (6-4.42 for a maternity absence) cited instead
        topic = topic_rule(question, self._doc_chunks(table.doc), share, chunk, sentence) if length == "jour" else None
        if topic is not None:
            return PayRule(share, f"Déduction pour {said}", f"déduits pour {said}", topic[0], topic[1], count=count,
                           unit="journée")
        return PayRule(share, f"Déduction pour {said}", f"déduits pour {said}", chunk, sentence,
                       also=((day.chunk, day.sentence),) if day and day.share == share else (), count=count,
                       unit="journée" if length == "jour" else length)

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

    def _days_worked(self, question: str, table: Table) -> DaysWorked | None:
        """Days the question says are worked (``_WORKED_DAYS``: one count, fewer than a year's days), when one clause of
        ``table``'s agreement pays the salary pro rata of the days worked (``_PRORATA_DAYS``): that count and the
        clause's fraction for ``table``'s staff (the one of several that is the agreement's day's pay for that staff,
        ``day_share``). Not for days left unused, a deduction or a count asked (« combien de jours »: ``_pay_rules``), nor a
        day's pay asked (« par jour »). A teacher leaving during the year is quoted the clause's paragraph on leaving,
        when it has one."""
        days = worked_days(question)
        if days is None or _PER_DAY.search(question):
            return None
        found = [(c, m) for c in self._doc_chunks(table.doc) for m in _PRORATA_DAYS.finditer(c.text)]
        if len({(c.doc, c.clause_id) for c, _ in found}) != 1:
            return None
        chunk, match = found[0]
        sentence = _sentence(chunk.text, match)
        leaving = _LEAVING_RULE.search(chunk.text) if _LEAVING.search(question) else None
        if leaving is not None:
            sentence = _sentence(chunk.text, leaving)
        shares = {int(fraction.group(1)) for fraction in _FRACTION.finditer(sentence)}
        day = self.day_share(table) if len(shares) > 1 else None
        share = next(iter(shares)) if len(shares) == 1 else day.share if day and day.share in shares else None
        if share is None or days >= share:
            return None
        # the clause of the question's case paying those days (8-8.01's journées pédagogiques) cited instead
        topic = topic_rule(question, self._doc_chunks(table.doc), share, chunk, sentence)
        if topic is not None:
            return DaysWorked(days, share, topic[0], topic[1])
        return DaysWorked(days, share, chunk, sentence, day)

    @staticmethod
    def _apply_days_worked(draft: Draft, worked: DaysWorked, cells: Sequence[AskedCell]) -> None:
        """Each cell's pay for the days worked (the cell × the days ÷ the share), first in the answer: the amount asked;
        the paying sentence cited, and the day's pay that chose its fraction."""
        lines = [f"- **{money(float(cents(cell.value * worked.days / worked.share)))}** pour {worked.days} jours "
                 f"de travail : {cell.shown} × {worked.days} ÷ {worked.share} (échelon {cell.row}, colonne "
                 f"« {cell.column} »)" for cell in cells]
        text = (f"Traitement au prorata des jours de travail (clause {worked.chunk.clause_id} : "
                f"« {one_line(worked.sentence)} »)")
        label = draft.cite(worked.chunk, worked.sentence, text)
        if worked.day is not None:
            day = f"traitement d'un jour, clause {worked.day.chunk.clause_id} : « {one_line(worked.day.sentence)} »"
            label = f"{label} ; {day} {draft.cite(worked.day.chunk, worked.day.sentence, day)}".strip()
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
        rules = {(c.clause_id, m.group(0)): c for c in self._doc_chunks(table.doc) for m in _WEEK_RULE.finditer(c.text)
                 if m.group(1) == hours.group(1)}
        rule_chunk, rule = (next(iter(rules.values())), next(iter(rules))[1]) if len(rules) == 1 else (None, "")
        return NormalWeek(Decimal(hours.group(1).replace(",", ".")), hours.group(1), chunk, quote, rule_chunk, rule)

    @staticmethod
    def _apply_week(draft: Draft, week: NormalWeek, cells: Sequence[AskedCell], question: str) -> None:
        """Each hourly cell times the class's normal week, before the cell lines (the week's pay is what is asked: « une
        semaine régulière complète, ça donne combien ? »), the title giving the week cited; the note saying no week's
        amount is computed (``period_note``) dropped."""
        lines = [f"- **{money(float(cents(cell.value * week.hours)))}** par semaine, avant les retenues : "
                 f"{cell.shown} × {week.said} h (échelon {cell.row}, colonne « {cell.column} »)" for cell in cells]
        text = f"Semaine normale de travail : {week.said} heures (« {one_line(week.quote)} », {week.chunk.clause_id})"
        label = draft.cite(week.chunk, week.quote, text)
        if week.rule_chunk is not None:
            rule = f"clause {week.rule_chunk.clause_id} : « {one_line(week.rule)} »"
            text = f"Semaine régulière de travail : {week.said} heures ({rule} ; « {one_line(week.quote)} », " \
                   f"{week.chunk.clause_id})"
            label = f"{draft.cite(week.rule_chunk, week.rule, rule)} {label}".strip()
        note = f" ; {period_note(question, 'hourly')}"
        if note.strip(" ;"):
            draft.parts[:] = [part.replace(note, "") for part in draft.parts]
        first = next((i for i, part in enumerate(draft.parts) if _CELL_LINE.match(part)), 0)  # after what is said first
        draft.parts.insert(first, f"{text} {label} :\n\n" + "\n".join(lines))

    def _salary_share(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                      history: Sequence[Answer] = ()) -> Draft | None:
        """An annual salary the question states, a day's pay asked (« Si mon traitement annuel … serait de 58 000 $, on
        doit me payer combien par jour de travail ? »): the stated salary over the fraction a sentence of one of the
        first ``LookupParams.pointed_hits`` passages pays for each day (``_SHARE_PER_DAY``: Cris 6-7.03 F) « … à
        raison de 1/200 du traitement annuel applicable pour chaque jour de travail … »), that sentence quoted from
        its paragraph's start (the case it is said of) and cited. None without one stated amount, an annual word, a
        day asked, or such a sentence with one fraction."""
        ruled = self._stated_rule(question, hits, docs)
        if ruled is not None:
            return ruled
        stated = stated_amounts(question)
        per_day = bool(_PER_DAY.search(question) or _ONE_DAY.search(question))
        days = None if per_day else worked_days(question)  # « j'ai remplacé 25 jours » : their pay, not a day's
        if len(stated) != 1 or not _ANNUAL_SAID.search(question) or _COUNT_ASKED.search(question) or \
                not (per_day or days):
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
            if days:
                text = (f"**{money(float(cents(salary * days / share)))}** pour {days} jours de travail : "
                        f"{money(stated[0].value)} (le traitement annuel de votre question) × {days} ÷ {share}, selon la "
                        f"clause {chunk.clause_id}")
                return _said_then_quoted(draft, chunk, quote, text)
            text = (f"**{money(float(cents(salary / share)))}** par jour de travail : {money(stated[0].value)} (le "
                    f"traitement annuel de votre question) ÷ {share}, selon la clause {chunk.clause_id}")
            return _said_then_quoted(draft, chunk, quote, text)
        return None

    def _stated_rule(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None) -> Draft | None:
        """One amount the question states (a salary: « mon traitement annuel est de 64 000 $ »; or a thing's amount:
        « la prime … est de 8 500 $ ») and an amount asked, put through the rule the first of the first
        ``LookupParams.pointed_hits`` passages (of the documents asked) writes (:mod:`assistant.stated_rules`): a
        fraction of the salary per period beyond a limit (Cris 11-8.03 E), 13-10.08 A)), months of salary per year of
        service up to a maximum (5-3.13), an amount prorated to days over a base (13-13.01). The amount first, each
        term said, the rule's paragraph quoted and cited; None when no passage writes such a rule for the question's
        numbers."""
        stated = stated_amounts(question)
        if len(stated) != 1 or not _HOW_MUCH_PAY.search(question) or _COUNT_ASKED.search(question):
            return None
        amount = Decimal(repr(stated[0].value))
        salary = bool(_SALARY_SAID.search(question))
        scope = self._scope(question, docs)
        for hit in hits[: self.params.pointed_hits]:
            chunk = hit.chunk
            if scope and chunk.doc not in scope:
                continue
            found: RuleAmount | None = (per_period_share(chunk, question, amount) or
                                        months_per_year(chunk, question, amount)) if salary else None
            found = found or prorated_to_days(chunk, question, amount)
            if found is not None:
                clause = chunk.clause_id
                where = clause if clause[:1].isalpha() else f"la clause {clause}"
                text = f"**{money(float(found.amount))}** : {found.arithmetic}, selon {where}"
                return _said_then_quoted(Draft(), chunk, found.quote, text)
        return None

    def _percent_of_pay(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                        history: Sequence[Answer] = ()) -> Draft | None:
        """An amount asked that a passage sets as a percentage of the salary, on a condition the question meets (see
        :func:`percent_rules`): Cris 5-10.31 « Si ce nombre est supérieur à 95, … soit 2,74 % de ce traitement annuel
        applicable » asked with « 110 jours ouvrables » and « mon traitement annuel est de 61 000 $ »; Bourget 6-6.10
        « Le congé est d'une (1) année : - si le contrat est de quatre (4) ans, 75 % du traitement » asked with « contrat
        de 4 ans … d'un an », « échelon 8 », « en 2014-2015 ». The base is the annual salary the question states, else
        the scale's cell(s) the amount lookup gives for the question read without its words of the leave or the
        percentage (``without_pay_exclusions``); « 25 % des 3/2 600 du traitement … par jour ouvrable » is also
        multiplied by the days the question counts. First in the answer, its sentence (and its list's introduction)
        quoted and cited; None when no rule applies (:meth:`_percent_rule`) or no base is found."""
        found = self._percent_rule(question, hits, docs)
        if found is None:
            return None
        rule, days = found
        stated = stated_amounts(question)
        if len(stated) == 1 and _ANNUAL_SAID.search(question):
            draft = Draft()
            bases = [(Decimal(repr(stated[0].value)), f"{money(stated[0].value)} (le traitement annuel de votre question)")]
        else:
            draft = self._tried("amount", self._amount, without_pay_exclusions(question), hits, docs, history)
            bases = self._scale_bases(draft)
            if not bases:
                return None
        _percent_lines(draft, rule, bases, days)
        return draft

    def _percent_of_stated(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                           history: Sequence[Answer] = ()) -> Draft | None:
        """An amount asked that a passage sets as a percentage of a thing the question states the amount of (« le
        transport de ma bouffe m'a coûté 2 350 $ … le montant additionnel au 1er mars, c'est combien ? »: Cris 12-8.01
        « … une indemnité additionnelle égale à 66 % du montant des dépenses encourues pour le transport de nourriture
        … »; « l'université verse 1 250 $ … ma part ? »: Bourget 8-8.06's 66 % « du montant de l'enveloppe »): the
        stated amount × that percentage, first, the sentence quoted and cited. The percentage is read in the first
        ``LookupParams.pointed_hits`` passages (of the documents asked), the one whose thing shares the most of the
        question's words; None without one amount stated, an amount asked, such a percentage, or with two percentages
        whose things the question names as well."""
        stated = stated_amounts(question)
        if len(stated) != 1 or not _HOW_MUCH_PAY.search(question) or _COUNT_ASKED.search(question):
            return None
        asked = set(tokenize(expand(question)))
        scope = self._scope(question, docs)
        hourly = bool(_HOURLY_SAID.match(question, stated[0].end))
        found = [p for h in hits[: self.params.pointed_hits] if not scope or h.chunk.doc in scope
                 for p in percents_of_things(h.chunk, asked, hourly)]
        if not found:
            return None
        best = max(p.shared for p in found)
        top = [p for p in found if p.shared == best]
        if len({p.factor for p in top}) != 1:
            return None
        rule, amount = top[0], Decimal(repr(stated[0].value))
        clause = rule.chunk.clause_id
        where = clause if clause[:1].isalpha() else f"la clause {clause}"
        if rule.beyond is not None:  # « j'ai fait 46 heures … 20 $ de l'heure »: the 6 hours beyond 40 at 150 %
            hours = {int(h) for h in _HOURS_COUNTED.findall(question)} - {rule.beyond}
            if len(hours) != 1 or min(hours) <= rule.beyond:
                return None
            extra = min(hours) - rule.beyond
            text = (f"**{money(float(cents(amount * rule.factor * extra)))}** pour {extra} heures au-delà de "
                    f"{rule.beyond} heures : {min(hours)} − {rule.beyond} = {extra} heures × {money(stated[0].value)} "
                    f"(le taux horaire de votre question) × {rule.said}, selon {where}")
            return _said_then_quoted(Draft(), rule.chunk, rule.sentence, text)
        text = (f"**{money(float(cents(amount * rule.factor)))}** : {money(stated[0].value)} (le montant de votre "
                f"question) × {rule.said}, selon {where}")
        return _said_then_quoted(Draft(), rule.chunk, rule.sentence, text)

    def _percent_of_shown(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None, draft: Draft) -> None:
        """The amount lookup's scale cells (« échelon 10 … en 2014-2015 ») put through a percentage of the salary the
        first passages set on a condition the question meets (« sabbatique de six mois avec un contrat de 3 ans »:
        Annexe J's 83,34 %), first in ``draft``; nothing when no rule applies or a percentage is already computed."""
        if any(part.startswith(_PERCENT_TITLE) for part in draft.parts):
            return
        bases = self._scale_bases(draft)
        found = self._percent_rule(question, hits, docs) if bases else None
        if found is not None:
            _percent_lines(draft, found[0], bases, found[1])

    def _percent_rule(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None) -> tuple[PercentRule, int] | None:
        """The rule of the first ``LookupParams.pointed_hits`` passages (of the documents asked) the question's counts
        meet best (:func:`chosen_rule`), and the days it multiplies (1 unless « par jour »); None for a question asking
        no amount, no rule met, or days not counted once."""
        if not _HOW_MUCH_PAY.search(question):
            return None
        scope = self._scope(question, docs)
        chunks = [h.chunk for h in hits[: self.params.pointed_hits] if not scope or h.chunk.doc in scope]
        counted = counted_values(question, weeks=True)
        rule = chosen_rule([r for chunk in chunks for r in percent_rules(chunk)], counted)
        days = (rule.days_counted(counted) if rule.per_day else 1) if rule is not None else None
        return (rule, days) if rule is not None and days is not None else None

    def _scale_bases(self, draft: Draft | None) -> list[tuple[Decimal, str]]:
        """The cells (at most ``PayParams.max_cells``) of the annual salary scale ``draft`` shows first, each with how it
        is said; none when it shows no such scale (a supplement, a rate: no percentage of the salary is taken of them)."""
        shown = shown_tables(draft)
        table = self._shown_table(shown[0]) if shown else None
        if table is None or not table.echelon_rows or table.unit != "annual":
            return []
        cells = self._asked_cells(shown[0])
        if not cells or len(cells) > _PAY_PARAMS.max_cells:
            return []
        return [(cell.value, f"{cell.shown} (échelon {cell.row}, colonne « {cell.column} »)") for cell in cells]

    @staticmethod
    def _apply(draft: Draft, rule: PayRule, cells: Sequence[AskedCell], question: str) -> None:
        """Each cell over the rule's share, under the cell lines, the rule's sentence cited; an amount the answer
        already states (« par jour » of 1-2.74) is not said twice."""
        stated = " ".join(draft.parts)
        lines = []
        for cell in cells:
            result = money(float(cents(cell.value * rule.count / rule.share)))
            times = f" × {_count_said(rule.count)} (soit {money(float(cents(cell.value / rule.share)))} par {rule.unit})" \
                if rule.count > 1 else ""
            if result not in stated:
                lines.append(f"- **{result}** {rule.what} : {cell.shown} ÷ {rule.share}{times} (échelon {cell.row}, "
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


# -- a percentage of the salary, on a condition -------------------------------------------------------------

# a percentage of the salary a passage sets (« 75 % du traitement », « soit 2,74 % de ce traitement annuel », « 25 % des
# 3/2 600 du traitement annuel … »), a footnote's mark after « % » allowed
_PERCENT_OF_PAY = re.compile(r"(?<![\d,])(?P<percent>\d{1,3}(?:,\d{1,2})?(?:\s\d/\d)?)\s*%\s*[¹²³⁴⁵⁶⁷⁸⁹]?\s*"
                             r"(?:des?\s+(?P<num>\d+)\s*/\s*(?P<den>\d{1,3}(?:[ \u00a0]\d{3})*)\s+)?"
                             r"(?:du|de\s+(?:ce|son|sa|leur|votre|mon)|de\s+la)\s+(?:traitement|salaire|r[ée]mun[ée]ration)\b",
                             re.IGNORECASE)
_PER_WORKING_DAY = re.compile(r"^[^;]*?\bpar\s+jour(?:n[ée]e)?\b", re.IGNORECASE)  # within the sentence (« 5-10.28 »)
# the condition a rule is said on: from « si » to the next comma or colon
_IF = re.compile(r"\b[Ss](?:i|'il)\s+(?P<condition>[^,:;]*)")
# what is counted in years, days, weeks or months: « quatre (4) ans », « 95 jours ouvrables », « d'une (1) année »,
# « une demi-année », « 110 jours » (not « 2014-2015 », « 5-10.28 », « 61 000 $ »)
_UNIT = r"(?P<unit>ans?|ann[ée]es?|jours?|journ[ée]es?|semaines?|mois)\b"
_COUNTED = re.compile(rf"(?:\b(?P<demi>demi)-(?=ann|jour)|\b(?P<word>{spelled(1, 12, 15, 20)})\s+"
                      r"(?:\((?P<paren>\d+)\)\s+)?|(?<![\d,/.\-])(?P<digits>\d{1,3})\s+)" + _UNIT,
                      re.IGNORECASE)
_COMPARED = re.compile(r"(?P<sign>[ée]gale?\s+ou\s+inf[ée]rieure?|[ée]gale?\s+ou\s+sup[ée]rieure?|inf[ée]rieure?|"
                       r"sup[ée]rieure?|plus\s+de|moins\s+de|au\s+moins|au\s+plus)\s+(?:[àa]\s+)?(?P<n>\d{1,4})\b"
                       r"(?:\s+" + _UNIT + r")?", re.IGNORECASE)
_SIGNS = {"egal ou inferieur": lambda a, b: a <= b, "egale ou inferieure": lambda a, b: a <= b,
          "egal ou superieur": lambda a, b: a >= b, "egale ou superieure": lambda a, b: a >= b,
          "inferieur": lambda a, b: a < b, "inferieure": lambda a, b: a < b, "superieur": lambda a, b: a > b,
          "superieure": lambda a, b: a > b, "plus de": lambda a, b: a > b, "moins de": lambda a, b: a < b,
          "au moins": lambda a, b: a >= b, "au plus": lambda a, b: a <= b}
# an amount asked (« combien », « quel montant »)
# a period a list item bounds its percentage by (Cris 5-10.28 A) « 2) … jusqu'à concurrence de 52 semaines à compter du
# début de la période d'invalidité : … 75 % de son traitement », « 3) à compter de l'expiration de la période précitée de
# 52 semaines, … 66 2/3 % de son traitement »): at most, or beyond, that many
_UP_TO = re.compile(r"\bjusqu'[àa]\s+concurrence\s+de\s+(?P<n>\d{1,3})\s+" + _UNIT, re.IGNORECASE)
_BEYOND = re.compile(r"\b(?:[àa]\s+compter\s+de|apr[èe]s)\s+l'expiration\s+de\s+(?:la\s+p[ée]riode\s+(?:pr[ée]cit[ée]e\s+)?de\s+)?"
                     r"(?P<n>\d{1,3})\s+" + _UNIT, re.IGNORECASE)
# what an equality a question meets only by a count of another thing weighs against one met by the same thing (hand-set:
# « sabbatique de six mois » tells the half-year leave's list from the year's, never outweighs a contract's length)
WEAK_MATCH = 0.5
# a count the question gives as a bound (« plus de 95 jours », « moins de 20 jours »)
_OPEN_BOUND = re.compile(r"(?:(?P<more>\b(?:plus|davantage)\s+(?:de|que|d['’])|\bau-del[àa]\s+d['’e]|\bd[ée]pass\w*)|"
                         r"\bmoins\s+(?:de|que|d['’]))\s*$", re.IGNORECASE)  # « plus d'un an »
# how far before a number its counted thing is read, within its sentence and after the number counted before it (« un
# congé sabbatique à traitement différé d'un an »; hand-set)
_CONTEXT_CHARS = 60
# an amount asked: « combien », « quel montant », and in everyday words the result the case gives (« ça donne quoi par
# année ? », « ça me ferait quoi ? », « ça revient à quoi ? ») or the pay named as what is asked (« quel serait mon
# salaire ? », « c'est quoi mon traitement ? »); « quelle compensation », « quelle indemnité » name the amount asked
_HOW_MUCH_PAY = re.compile(r"\bcombien\b|\bquel(?:le)?\s+(?:montant|somme|compensation|indemnit[ée])\b|"
                           r"\b(?:ça|ca|cela)\s+(?:me\s+|m'|nous\s+|lui\s+)?(?:donne|donnerait|fait|ferait|revient|"
                           r"reviendrait|repr[ée]sente|repr[ée]senterait)\s+(?:à\s+)?quoi\b|"
                           r"(?:\bquel(?:le)?\s+(?:est|serait|sera)|\bc'est\s+quoi)\s+(?:le|la|mon|ma)\s+"
                           r"(?:(?:nouveau|nouvelle)\s+)?(?:montant|somme|salaire|traitement|paie|paye)\b", re.IGNORECASE)


def _unit(word: str) -> str:
    """« ans », « année » → an; « jours », « journée » → jour; « semaines » → semaine; « mois » → mois."""
    word = fold(word)
    return "an" if word.startswith("an") else "jour" if word.startswith("jour") else \
        "semaine" if word.startswith("semaine") else "mois"


@dataclass(frozen=True)
class Counted:
    """A number of years, days, weeks or months a text counts, with the words just before it (what it counts: « un
    contrat de 4 ans » {contrat}, « un congé … d'un an »)."""

    unit: str
    value: Decimal
    context: frozenset[str]


def counted_values(text: str, weeks: bool = False) -> list[Counted]:
    """The numbers of years, days, weeks, months ``text`` counts (« contrat de 4 ans … congé d'un an »: 4 and 1 years;
    « une demi-année »: 0.5; « six mois »: 6 months and 0.5 year), each with the content words before it in its
    sentence, after the number before it, ``_CONTEXT_CHARS`` at most; with ``weeks`` (a question's counts), years and
    months also in weeks (« plus d'un an »: beyond 52 weeks)."""
    found, after = [], 0
    for match in _COUNTED.finditer(text):
        start = max(text.rfind("\n", 0, match.start()) + 1, text.rfind(". ", 0, match.start()) + 1, after,
                    match.start() - _CONTEXT_CHARS)
        after = match.end()
        if match.group("demi"):
            value = Decimal("0.5")
        elif match.group("paren") or match.group("digits"):
            value = Decimal(match.group("paren") or match.group("digits"))
        else:
            number = french_number(match.group("word"))
            if number is None:
                continue
            value = Decimal(number)
        context = frozenset(t for t in tokenize(text[start:match.start()]) if not t[0].isdigit())
        bound = _OPEN_BOUND.search(text[start:match.start()])
        if bound:  # « plus de 95 jours » is more than 95: above every rule said « égal ou inférieur à 95 »
            value += Decimal("0.5") if bound.group("more") else Decimal("-0.5")
        unit = _unit(match.group("unit"))
        found.append(Counted(unit, value, context))
        if unit == "mois":  # « six mois » is « une demi-année »
            found.append(Counted("an", value / 12, context))
        if weeks and unit in ("an", "mois"):  # a question's « plus d'un an » is beyond 52 weeks (5-10.28's periods in
            # weeks); a rule's own « contrat de cinq (5) ans » is never read twice
            found.append(Counted("semaine", value * 52 / (1 if unit == "an" else 12), context))
    return found


@dataclass(frozen=True)
class Condition:
    """One number a rule is said on: equal to (« si le contrat est de quatre (4) ans ») or compared with
    (« supérieur à 95 ») a count of ``unit``; an equality is read of the question's counts of the same thing (its
    words before the number shared), a comparison of any count of the unit."""

    unit: str
    value: Decimal
    context: frozenset[str] = frozenset()
    sign: str = ""  # folded comparison (« superieur »), empty for an equality

    def met(self, counted: Sequence[Counted]) -> float | None:
        """How the question's counts meet it: 1 (met by a count of the same thing), ``WEAK_MATCH`` (an equality met by
        a count of the unit the question says of another thing: « sabbatique de six mois » for « Le congé est d'une
        demi-année »), 0 (a comparison unmet; an equality no count of the unit meets, the question counting the same
        thing otherwise), None (the question counts no such thing)."""
        if self.sign:
            values = [c.value for c in counted if c.unit == self.unit]
            return None if not values else float(any(_SIGNS[self.sign](v, self.value) for v in values))
        same = [c.value for c in counted if c.unit == self.unit and (not self.context or c.context & self.context)]
        if self.value in same:
            return 1.0
        if self.value in (c.value for c in counted if c.unit == self.unit):
            return WEAK_MATCH
        return 0.0 if same else None


@dataclass(frozen=True)
class PercentRule:
    """A percentage of the salary a passage sets, on its conditions (the « si … » before it, its list's
    introduction): what is multiplied, and the sentence and introduction quoted (verbatim in ``chunk.text``)."""

    percent: str  # as written (« 2,74 »)
    share: tuple[int, int] | None  # « des 3/2 600 »: (3, 2600)
    per_day: bool  # « … par jour ouvrable »: times the days counted
    conditions: tuple[Condition, ...]
    chunk: Chunk
    sentence: str
    intro: str = ""

    @property
    def factor(self) -> Decimal:
        whole, _, third = self.percent.partition(" ")  # « 66 2/3 »: 66 + 2/3
        percent = Decimal(whole.replace(",", "."))
        if third:
            num, den = third.split("/")
            percent += Decimal(num) / Decimal(den)
        factor = percent / 100
        return factor * self.share[0] / self.share[1] if self.share else factor

    @property
    def said(self) -> str:
        return f"{self.percent} %" + (f" × {self.share[0]}/{self.share[1]}" if self.share else "")

    def days_counted(self, counted: Sequence[Counted]) -> int | None:
        """The one number of days the question counts that meets the rule's conditions on days."""
        days = {c.value for c in counted if c.unit == "jour" and all(
            rule.met([c]) is not False for rule in self.conditions if rule.unit == "jour")}
        return int(days.pop()) if len(days) == 1 and min(days) == int(min(days)) else None


def _conditions(text: str, whole: str, compared: bool) -> list[Condition]:
    """The numbers ``text`` sets a rule on: its comparisons (``compared``: the unit said after the number, else the one
    said after the same number elsewhere in ``whole``: « supérieur à 95 » of « … basé sur 95 jours … ») and its counts."""
    found = []
    if compared:
        for match in _COMPARED.finditer(text):
            unit = match.group("unit") or next((m.group("unit") for m in _COUNTED.finditer(whole)
                                                if m.group("digits") == match.group("n")), None)
            if unit:
                found.append(Condition(_unit(unit), Decimal(match.group("n")),
                                       sign=" ".join(fold(match.group("sign")).split())))
        text = _COMPARED.sub(" ", text)
    return found + [Condition(c.unit, c.value, c.context) for c in counted_values(text)]


def _bounds(line: str) -> list[Condition]:
    """The period ``line`` (a list item, up to its percentage) bounds its rule by: « jusqu'à concurrence de 52 semaines »
    (at most 52 weeks), « à compter de l'expiration de la période précitée de 52 semaines » (beyond 52 weeks)."""
    return [Condition(_unit(m.group("unit")), Decimal(m.group("n")), sign=sign)
            for pattern, sign in ((_UP_TO, "au plus"), (_BEYOND, "plus de")) for m in pattern.finditer(line)]


def percent_rules(chunk: Chunk) -> list[PercentRule]:
    """Every percentage of the salary ``chunk`` sets on a condition: the « si … » clause of its line before it, and
    for a list item (« - si le contrat est de quatre (4) ans, 75 % du traitement ; »), the line introducing the list
    (« Le congé est d'une (1) année : »)."""
    text, rules = chunk.text, []
    for match in _PERCENT_OF_PAY.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        stop = text.rfind(". ", start, match.start())
        sentence_start = stop + 2 if stop >= 0 else start
        condition = _IF.search(text, sentence_start, match.start())
        line = text[start:match.start()].strip()
        intro = ""
        if line.startswith("-"):
            before = [l for l in text[:start].split("\n") if l.strip()]
            previous = next((l for l in reversed(before) if not l.strip().startswith("-")), "")
            intro = previous.strip() if previous.rstrip().endswith(":") else ""
        conditions = _conditions(condition.group("condition"), text, True) if condition else []
        conditions += _conditions(intro, text, False) + _bounds(text[start:match.start()])
        if not conditions:
            continue
        end = min((i for i in (text.find("\n", match.end()), text.find(". ", match.end())) if i >= 0), default=len(text))
        sentence = text[sentence_start:end + (1 if text[end:end + 1] == "." else 0)].strip().lstrip("- ").strip()
        share = (int(match.group("num")), int(re.sub(r"\D", "", match.group("den")))) if match.group("num") else None
        rules.append(PercentRule(match.group("percent"), share, bool(_PER_WORKING_DAY.search(text[match.end():end])),
                                 tuple(conditions), chunk, sentence, intro))
    return rules


def chosen_rule(rules: Sequence[PercentRule], counted: Sequence[Counted]) -> PercentRule | None:
    """The rule whose conditions the question's counts meet best (none of them unmet, a score of 1 at least); None when
    none, or two of different percentages, meet as well."""
    scored = []
    for rule in rules:
        met = [c.met(counted) for c in rule.conditions]
        if 0 not in met and sum(m for m in met if m) >= 1:
            scored.append((sum(m for m in met if m), rule))
    if not scored:
        return None
    best = max(score for score, _ in scored)
    top = [rule for score, rule in scored if score == best]
    return top[0] if len({(r.percent, r.share) for r in top}) == 1 else None


def _percent_lines(draft: Draft, rule: PercentRule, bases: Sequence[tuple[Decimal, str]], days: int) -> None:
    """Each base × the rule's percentage (× its share, × the days), first in ``draft``, the rule's sentence and its
    list's introduction quoted and cited."""
    lines = [f"- **{money(float(cents(base * rule.factor * days)))}** : {said} × {rule.said}"
             + (f" × {days} jour{'s' if days > 1 else ''}" if rule.per_day else "") for base, said in bases]
    where = rule.chunk.clause_id if rule.chunk.clause_id[:1].isalpha() else f"clause {rule.chunk.clause_id}"
    text = f"{_PERCENT_TITLE} ({where} : « {one_line(rule.sentence)} »)"
    label = draft.cite(rule.chunk, rule.sentence, text)
    if rule.intro:
        intro = f"{where} : « {one_line(rule.intro)} »"
        label = f"{label} ; {intro} {draft.cite(rule.chunk, rule.intro, intro)}".strip()
    draft.parts.insert(0, f"{text} {label} :\n\n" + "\n".join(lines))


# a percentage a passage takes of a thing (« une indemnité additionnelle égale à 66 % du montant des dépenses encourues
# pour le transport de nourriture … », « soixante-six pour cent (66 %) du montant de l'enveloppe monétaire … », « 66 2/3 %
# de son traitement »): the percentage (a fraction of a point allowed), and the thing, to the end of its sentence
_PERCENT_OF_THING = re.compile(r"(?<![\d,])(?P<percent>\d{1,3}(?:,\d{1,2})?)(?:\s+(?P<num>\d)/(?P<den>\d))?\s*%\s*\)?\s*"
                               r"[¹²³⁴⁵⁶⁷⁸⁹]?\s*(?:du|des|de\s+(?:la|l'|son|sa|ses|ce|cet|cette|ces|leur|leurs))\s*"
                               r"(?P<thing>[^.;:\n]{3,200})", re.IGNORECASE)
# a fraction a passage takes of a thing (8-16.04 « une rémunération égale à un vingtième (1/20e) du traitement gagné au
# cours des quatre (4) dernières semaines complètes de paie … »): the denominator, and the thing, to its sentence's end
_FRACTION_OF_THING = re.compile(r"(?<![\d,/])1/(?P<den>\d{1,4})(?:e|\^e)?\)?\s*(?:du|des|de\s+(?:la|l'|son|sa|ses|ce|cet|"
                                r"cette|ces|leur|leurs))\s*(?P<thing>[^.;:\n]{3,200})", re.IGNORECASE)
# a salary the thing names as earned or paid over a time (« du traitement gagné au cours des quatre (4) dernières
# semaines »): an amount the question can state, unlike the salary itself (« du traitement annuel »)
_EARNED = re.compile(r"\s*(?:traitement|salaire|r[ée]mun[ée]ration)\s+(?:gagn|re[çc]u|vers|touch)", re.IGNORECASE)
# a percentage of the salary (« 3,29 % du traitement annuel », « 20 % du traitement brut », « 60 % de l'échelle de
# traitement »): the conditional rules of ``percent_rules`` and the scale's cells, never an amount the question states
_SALARY_THING = re.compile(r"\s*(?:traitement|salaire|[ée]chelle|r[ée]mun[ée]ration|taux)\b", re.IGNORECASE)
# the pay of hours beyond a number of them a week (8-11.09 « … rémunéré à cent cinquante pour cent (150 %) du traitement
# régulier pour les heures de travail supplémentaires dépassant quarante (40) heures par semaine »): that number
_HOURS_BEYOND = re.compile(r"\bheures\b[^.;]*?\b(?:d[ée]pass\w*|au-del[àa]\s+de|exc[ée]d\w*|en\s+sus\s+de)\s+"
                           r"(?:[a-zé-]+\s+)?\(?(?P<hours>\d{1,3})\)?\s+heures\b", re.IGNORECASE)
# an hourly rate the question states (« mon taux régulier revient à 20 $ de l'heure », « 22,50 $/h »), right after its
# amount
_HOURLY_SAID = re.compile(r"\s*(?:de\s+l'heure|l'heure|par\s+heure|/\s*h(?:eure)?\b|de\s+l'h\b)", re.IGNORECASE)
# hours the question counts (« j'ai fait 46 heures la semaine passée », « 6 h supplémentaires »)
_HOURS_COUNTED = re.compile(r"(?<![\d,])(\d{1,3})\s*(?:heures|h)\b", re.IGNORECASE)
# an amount in dollars the percentage's own sentence gives (« … soit une réduction de 1 400,00 $ », printed « \$ » too):
# the clause computes it, of its own base, not of an amount the question states
_AMOUNT_GIVEN = re.compile(r"\d\s*\\?\$")
# the words of a thing too general to tell one percentage's thing from another's (« 66 % du montant … », « … versé au
# Collège »): an amount, the employer, paying
_GENERAL_THING_WORDS = frozenset(tokenize("montant montants somme sommes total totale valeur prix coût coûts collège "
                                          "commission employeur versé versée versés payé payée payés reçu reçue"))
# how many words of the thing after the percentage are read for the question's words (« du montant des dépenses
# encourues pour le transport de nourriture »; hand-set: the thing's head and complements, not the next clause's)
_THING_WORDS = 12


@dataclass(frozen=True)
class PercentOfThing:
    """A percentage a passage takes of a thing the question states an amount of: the factor, as written, the passage
    and its sentence quoted, and how many of the thing's words the question says."""

    factor: Decimal
    said: str  # « 66 % », « 66 2/3 % », « 1/20 »
    chunk: Chunk
    sentence: str  # verbatim in chunk.text
    shared: int
    beyond: int | None = None  # a salary's percentage for the hours beyond that many a week (8-11.09's 40)


def percents_of_things(chunk: Chunk, asked: set[str], hourly: bool = False) -> list[PercentOfThing]:
    """Every percentage ``chunk`` takes of a thing (``_PERCENT_OF_THING``) whose first ``_THING_WORDS`` words share a word
    with ``asked`` (the question's ``tokenize`` words) beyond the general ones (« montant », « somme »). A percentage of
    the salary is read only of an hourly rate stated (``hourly``), for the hours beyond a number a week its sentence
    says (``_HOURS_BEYOND``: 8-11.09's 150 % beyond 40 hours)."""
    found = []
    matches = [*_PERCENT_OF_THING.finditer(chunk.text), *_FRACTION_OF_THING.finditer(chunk.text)]
    for match in matches:
        fraction = match.re is _FRACTION_OF_THING
        beyond = _HOURS_BEYOND.search(match.group("thing")) if hourly and not fraction else None
        salary = _SALARY_THING.match(match.group("thing")) or not fraction and _PERCENT_OF_PAY.match(chunk.text,
                                                                                                      match.start())
        if salary and beyond is None and not _EARNED.match(match.group("thing")):
            continue  # « 25 % des 3/2 600 du traitement annuel » is a percentage of the salary
        if _AMOUNT_GIVEN.search(match.group("thing")):
            continue  # « 50 % des frais de scolarité … de 2014-2015, soit une réduction de 1 400,00 $ »: the clause's own
        thing = set(tokenize(" ".join(match.group("thing").split()[:_THING_WORDS]))) - _GENERAL_THING_WORDS
        shared = len({w for w in thing if not w[0].isdigit()} & asked)
        if not shared:
            continue
        if fraction:  # « un vingtième (1/20e) du traitement gagné … »: that fraction of the amount stated
            found.append(PercentOfThing(1 / Decimal(match.group("den")), f"1/{match.group('den')}", chunk,
                                        _sentence(chunk.text, match), shared))
            continue
        factor = Decimal(match.group("percent").replace(",", "."))
        said = match.group("percent")
        if match.group("num"):
            factor += Decimal(match.group("num")) / Decimal(match.group("den"))
            said = f"{said} {match.group('num')}/{match.group('den')}"
        found.append(PercentOfThing(factor / 100, f"{said} %", chunk, _sentence(chunk.text, match), shared,
                                    int(beyond.group("hours")) if beyond else None))
    return found


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


# an abbreviation whose point ends no sentence (8-16.04 « … (rf. article 62 de la Loi sur les normes du travail (L.R.Q.,
# c. N-1.1)). »)
_ABBREVIATION = re.compile(r"\b(?:rf|art|al|c|ch|no|par|p|ex|cf)$")


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence running at ``start`` ends in ``text``: its paragraph's end, or the first « . » after which
    a sentence starts that is no abbreviation's (``_ABBREVIATION``)."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    point = text.find(". ", start, line_end)
    while point >= 0 and _ABBREVIATION.search(text[max(0, point - 6):point]):
        point = text.find(". ", point + 2, line_end)
    return point if point >= 0 else line_end


def _sentence(text: str, match: re.Match) -> str:
    """The sentence of ``text`` holding ``match``, to its paragraph's end: from the sentence before it ends, else
    from the paragraph's start (after a clause number or a list letter)."""
    start = text.rfind("\n", 0, match.start()) + 1
    before = text.rfind(". ", start, match.start())
    start = before + 2 if before >= 0 else start
    end = _sentence_end(text, match.end())
    sentence = text[start:end + (1 if text[end:end + 1] == "." else 0)].strip()
    number = re.match(r"\d+-\d+\.\d+\s+", sentence)
    return sentence[number.end():] if number else sentence


__all__ = ["PayArithmetic", "PayParams", "PayRule", "cents", "deduction_shares", "spelled_echelons", "unpaid_absence_asked"]
