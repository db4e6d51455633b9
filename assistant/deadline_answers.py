"""Deadlines computed on an agreement's own calendar (a mixin of DirectAnswers).

A date and a deadline cue (« le 10 novembre 2025, jusqu'à quand … ? »): the delay clause
is picked among the hits (the one whose delay sentence is closest to the question), the
agreement's calendar (« jour ouvrable », holidays, breaks, suspensions) is read from its
own clauses in the index (``assistant.deadlines.rules_from_clauses``), and the date is
computed (``compute_deadline``) and worded (``format_answer``), every clause used cited.
A yearly date among those sentences (« au plus tard le 15 octobre de chaque année », « avant le
30 novembre ») gives this year's or next year's last day (``compute_fixed_date``); it is
preferred when the question's date is today (« on est le 5 novembre 2026 »), a delay when the
date is an event's (« l'événement a eu lieu le 10 novembre 2025 »). A year the question names rules a yearly date:
a school year (``_school_year``; a request's date of January to June falls before the year of what it asks,
``_for_next``), or a calendar year (``_calendar_year``: « pour l'année civile 2026 », 3-6.05 « avant le 28 février qui
suit l'année écoulée » : 27 February 2027). A delay the
question states (« on m'a donné 10 jours ouvrables ») that no clause sharing its topic sets is
counted on the agreement's calendar, said so. Only the clauses the count used are cited.
Each count says what its clause runs it from (« Point de départ selon 9-1.03 : « de la date de
l'événement … » »), warns when the question dates something else (the day the teacher learned
of an event, for a delay that runs from the event), and quotes, cites and counts any other
clause that prolongs the delay (Cris 9-1.01 « prolonge le délai prévu à la clause 9-1.03 de 60
jours »). A notice due « au moins X jours avant » a date is counted backwards from it.
Asked of no agreement, each agreement among the hits counts its own rule.

Teachers' wordings beyond the first gold items: a date without its year (« le 10 décembre
dernier ») is read from the day the question says is today; a length the question gives its
leave (« mon congé parental de 52 semaines ») is no delay to count; a delay set « en lieu et
place » of another (Bourget 5-6.06's 90 days « pour faire enquête ») answers only questions
naming its case, counted from the replaced delay's starting point, and the replaced one answers
the others; a sentence making another party act than the one asked about (10-1.04 « le Collège
fournit … » for « l'Association a jusqu'à quand … ? ») is taken only when no other sentence will do.

Which delay among the retrieved clauses (issue 11): the party a sentence makes act is the subject of the delay's own
verb (9-2.17 « … l'arbitre doit rendre sa décision dans les 45 jours »), and a party the question says has done
something (« la Commission a reçu mon grief ») is not the one asked; the question's everyday words are read with the
agreements' (``assistant.colloquial.expand``); a question asking what to do « d'avance » prefers a delay counted
back; the event the question dates meets what a delay runs from through its verbs (« revenir » : « retour »,
« commencer », « partir » : « début », « se termine » : « expiration »), and a delay running from another moment
yields; a sentence saying « Ce congé … » is read with its clause before it; two procedures giving the same party a
delay from the same start (Cris 9-2.17 and Annexe XXIII's mediation-arbitration) are both counted, the one whose
heading the question names leading.

What the question asks done weighs as much as what the delay runs from: the words of the question's sentence holding
the cue (its act, ``_act_words``: « … s'entendre sur le choix d'un arbitre ») met by a delay sentence outside its
starting point (Bourget 10-2.03 over 10-1.04's « réception de l'avis de grief »). A right exercised « par grief » in a
sentence setting no delay (Bourget 5-6.11 « L'Association peut … contester par grief et par arbitrage, le bien-fondé de
toute mesure disciplinaire ») runs on the agreement's grievance delay (the first delay naming a grievance that runs from
the facts or event at its origin: 10-1.02, Cris 9-1.03), that sentence quoted and cited; a clause with a grievance
window of its own (5-3.04) keeps it. An event that must precede the act asked by a delay (Cris 5-15.02 « le décès … est
survenu dans les 30 jours précédant cette demande » for « jusqu'à quand je peux faire ma demande ? ») gives the act's
last day counted after the event.

Kinds of the blind batch Q2289-Q2348 (``_leave_length``, ``_leave_end``, ``without_hearsay``, ``_MOMENT_AFTER``,
``_late_prolongation``, ``_case_told``): a leave whose length and first day the question gives (« mon congé de maternité
de 21 semaines a commencé le … Il finit quand ? ») ends that long after its first day, counted as day 1, the article's
sentences prolonging it said after; what a colleague claims (« Une collègue dit que … le 1er août ») gives neither the
event nor the delay asked; a lateness told (« une semaine en retard ») or years of studies are no delay; a delay run out
is said with its chapter's « de rigueur » sentence (10-1.06); an exception for a cause (« pour des motifs hors de son
contrôle ») leads only when the question tells that cause.

Asked without a date, of one agreement (``_undated``): the delay sentence about the event the question names is
stated with what it runs from (no count: the date is asked for) when the first hit, which the ordinary answer
quotes, sets no delay about that event or one running from the very act asked (Cris « jusqu'à quand pour déposer un
grief ? » : 9-1.03, not 9-2.02's arbitration « suivant … le dépôt du grief »); a notice asked for an event that no
delay sentence nor heading among the hits names is said absent, abstained (Cris « je veux démissionner, je dois
donner combien de préavis ? »), never answered with another event's delay.

:class:`DeadlineAnswers` reads what :class:`assistant.lookups.DirectAnswers` builds
(``documents``, ``params``, ``retrieve``, ``_clause_chunks`` ...); it imports no other lookup
module but :mod:`assistant.drafts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Iterable, Sequence

from ingest.bm25 import tokenize
from ingest.normalise import strip_accents
from ingest.numbering import CLAUSE_NUMBER, CLAUSE_NUMBER_GROUPS
from ingest.sentences import split_sentences
from ingest.types import Chunk

from .chat import redated_question
from .clock import current_date
from .colloquial import agreement_phrases, expand
from .deadlines import (MONTH_PATTERN, MONTHS_FR as MONTHS, NOTICE_VERB_STEMS, CalendarRules, DeadlineResult, Delay, FixedDate, FixedDateResult, clause_exclusions, compute_deadline, compute_date_after, compute_fixed_date, compute_school_year_date, fixed_last_day, compute_year_date, calendar_years,
                        add_months, date_spans, days_left, describe_delay, find_delays, find_fixed_dates, format_answer,
                        french_number, notice_words, told_in_past,
                        format_date, format_fixed_answer, is_duration, parse_date, parse_dates, parse_delay, rules_from_clauses, school_year_matches, school_years, shifted_start,
                        starting_point)
from .drafts import Draft, LookupParams, one_line
from .number_words import spelled
from .types import Answer, Hit, SentenceSupport

_DEADLINE_CUE = re.compile(r"jusqu'(?:à|a|au) quand|d'ici quand|date limite|au plus tard|quelle date|"
                           r"quand (?:expire|se termine|finit|tombe)|[ée]ch[ée]ance|avant quand|quel jour|"
                           # « quand est-ce que ça expire ? », « le délai finit quand ? », « ça expire quand ? » (not
                           # « quand mon contrat se termine, … », a condition)
                           r"\bquand\s+est-ce\s+(?:que|qu')\s*(?:ça|ca|il|le d[ée]lai|mon d[ée]lai)\s+"
                           r"(?:expire|se termine|finit|tombe)\b|"
                           r"\b(?:ça|ca|le d[ée]lai|mon d[ée]lai)\s+(?:expire|se termine|finit|tombe)\s+quand\b|"
                           # « quelle est la dernière journée où … », « le dernier jour pour … », « date butoir » (not « le
                           # dernier jour de l'année scolaire »)
                           r"derni[èe]re?\s+(?:jour|journ[ée]e|date)\s+(?:pour|o[ùu]|afin)\b|date butoir|"
                           # « … une entente pour 10 jours de plus. C'est quoi le dernier jour ? », « la dernière date
                           # possible pour … ? »: the last day asked (not « le dernier jour de l'année »)
                           r"derni[èe]re?\s+(?:jour|journ[ée]e|date)(?:\s+(?:possible|permise?|permis|valide))?"
                           r"(?:\s*(?:\?|$)|\s+(?:pour|o[ùu]|afin)\b)|"
                           # « j'ai combien de temps pour faire un grief ? », « … pour le contester ? » (not « combien de
                           # temps dure … », « combien de temps pour un congé de maternité ? », lengths)
                           r"combien de temps\s+(?:j'ai\s+|ai-je\s+|avons-nous\s+|a-t-on\s+|on a\s+|il (?:me|nous|lui) "
                           r"reste\s+|reste-t-il\s+)?(?:pour|avant de)\s+(?:(?:le|la|les|l'|me|m'|se|s'|y|en|lui)\s*)?"
                           r"\w+(?:er|ir|re)\b|"
                           # « combien de jours il me reste pour demander … ? » (the time left, not « combien de jours j'ai
                           # pour déménager ? », a leave's length)
                           r"combien de (?:jours|semaines|mois|temps)(?:\s+ouvrables)?\s+(?:il (?:me |nous |lui |leur )?"
                           r"reste|reste-t-il|me reste-t-il)\b|"
                           # « c'est-tu trop tard pour mon avis ? », « est-il encore temps ? », « j'ai encore le temps ? »,
                           # « suis-je dans les délais ? »: whether today is before the last day (not « si je le remets
                           # trop tard, qu'arrive-t-il ? »)
                           r"\b(?:c'est|est-il|est-ce|il est)(?:-tu)?\s+(?:encore\s+(?:le\s+)?temps|(?:pas\s+|encore\s+)?trop tard)\b|"
                           r"\b(?:j'ai|ai-je|on a|a-t-on)(?:-tu)?\s+encore\s+(?:le\s+)?temps\b|"
                           r"\b(?:suis-je|je suis|sommes-nous|on est)(?:-tu)?\s+(?:encore\s+)?dans les (?:temps|d[ée]lais)\b|"
                           # « je dois donner mon avis quand ? », « quand dois-je faire ma demande ? », « quand le Collège
                           # doit-il communiquer … ? » (its subject named, then asked again)
                           r"\bquand\s*\?|\bquand\s+(?:dois|doit|devons|devez|doivent|faut)\b|"
                           r"\bquand\s+(?:le|la|l'|les)\s?\w+\s+(?:doit|doivent)-(?:il|elle|ils|elles)\b|"
                           # « l'ordre du jour doit être envoyé quand si … ? » (« quand » asking, not « quand je … »)
                           r"\b(?:dois|doit|devons|devez|doivent|faut)\b[^?.]{0,40}\bquand\b"
                           r"(?!\s+(?:je|j'|tu|il|elle|on|nous|vous|ils|elles|c'|ce|le|la|les|l'|mon|ma|mes)\b)",
                           re.IGNORECASE)
# « c'est quoi le dernier jour de mon contrat ? », « quelle est la dernière journée de mon congé ? »: the day a period of
# one's own ends, asked (not « le dernier jour de mon congé est-il payé ? », nor « le dernier jour de l'année scolaire »);
# only a day the agreement ranks after an event answers it (``Delay.ranked_day``: 6-6.20 « le contrat prend fin le
# soixantième (60e) jour suivant cette mise à pied »), not a delay to act in nor a length
_PERIOD_END_ASKED = re.compile(r"\b(?:c'est quoi|quel est|quelle est|ce sera quoi|c'est quel)\s+(?:le|la)\s+"
                               r"derni[èe]re?\s+(?:jour|journ[ée]e)\s+(?:de|d')\s*(?:mon|ma|mes|notre|nos|son|sa|ses|leur)\b",
                               re.IGNORECASE)
_CUE_TOKENS = frozenset(tokenize("date limite au plus tard échéance délai"))
# the auxiliaries' forms the tokenizer keeps (« j'ai eu connaissance », 10-1.05 « n'a pas eu lieu »): no topic either
_AUXILIARY_TOKENS = frozenset(tokenize("eu avait avaient aura auront aurait étant ayant"))
# a clause writing the agreements' words for a teacher's (``agreement_phrases``: « changer mon horaire » : 8-15.08
# « modifier l'horaire de travail ») is searched for its delay beyond the hits: phrases of at least this many words
# (one, « tâche », is in too many clauses), and at most this many such clauses (hand-set: Bourget writes « modifier
# l'horaire de travail » in 8-11.08 and 8-15.08)
_MAPPED_WORDS = 2
_MAPPED_CLAUSES = 4
_ROOT = 5  # hand-set: letters two words share to meet (« remis » and « remise »; BM25's stems do not: « rem », « remis »)


# the verbs a teacher dates an event with, as the noun a delay's starting point writes (« je veux revenir le 4 janvier »,
# 6-5.15 « de son retour au service »; « je pars le … », « avant son départ »), by root; a leave's departure is its
# start (« mon congé de maternité commence le 1er mars », 6-4.08 « avant la date du départ »)
_EVENT_ROOTS = {"reven": "retou", "revie": "retou", "rentr": "retou", "retou": "retou", "reint": "retou",
                "parti": "debut", "pars": "debut", "quitt": "debut", "depar": "debut",
                "debut": "debut", "debui": "debut", "termi": "expir", "expir": "expir", "finit": "expir",
                "finir": "expir", "finis": "expir", "fini": "expir", "finie": "expir", "fin": "expir",  # « la fin de l'audition »
                "nomme": "nomin"}  # « j'ai été nommé le … » : « leur nomination »
_EVENTS = frozenset(_EVENT_ROOTS.values())
# supply work done (« j'ai fait de la suppléance le 12 janvier », « j'ai remplacé … ») is the work given, 7-7.03
# « suivant sa prestation de travail »: a thing done, read as its noun like an event's verb, but no moment of the
# ``_EVENTS`` kind (a delay from « la fin de chaque période de paie » runs from no other moment of it)
_WORK_ROOTS = {"suppl": "prest", "rempl": "prest",
               # a committee formed or created (« le comité a été formé le … », « créé ») is its « constitution »
               # (Cris 10-9.12 « dans les 30 jours qui suivent la date de sa constitution »)
               "forme": "const", "cree": "const", "creee": "const"}
# a starting point naming no event of its own but what any event does: « l'événement qui a donné naissance au grief »,
# « les faits qui ont donné lieu … » (a bare « de l'événement », 5-10.13, names one said before it: not this)
_ANY_EVENT = re.compile(r"\b(?:événements?|evenements?|incidents?|faits?)\s+(?:qui|donnant|ayant donné)\b",
                        re.IGNORECASE)  # 10-1.02 « la connaissance des faits donnant naissance au grief »
# (how well such a starting point meets the question's event: LookupParams.any_event_meets)


# taking a leave dated (« je vais prendre mon congé de maternité à partir du 2 septembre ») is its start (6-4.08 « avant
# la date du départ »), not its return or expiry (6-4.15)
_TAKE_LEAVE = re.compile(r"\bpren(?:dre|ds|d|ons|ez|nent)\b(?=\s+(?:mon|ma|son|sa|notre|votre|leur|un|une|le|la|ce|cet|"
                         r"cette)\s+conge)")


def _root(word: str) -> str:
    if word.startswith("commenc"):  # not « comme »
        return "debut"
    root = word[:_ROOT]
    return _EVENT_ROOTS.get(root) or _WORK_ROOTS.get(root, root)


def _roots(text: str) -> set[str]:
    """The first ``_ROOT`` letters of the words of 4 letters or more of ``text``, accents folded, an event's verb
    as its noun (``_EVENT_ROOTS``: « revenir » : « retour », « commencer » : « début », « se termine » :
    « expiration »)."""
    folded = re.sub(r"\ba partir\b", " ", strip_accents(text.lower().replace("’", "'")))  # « à partir du » : from
    folded = _TAKE_LEAVE.sub("debut", folded)  # « prendre mon congé le … » : the leave's start
    return {_root(w) for w in re.findall(r"\w{4,}|\bfin\b", folded) if not w.isdigit()}
# a notice or request the teacher must give (« ma demande », « mon avis », « les aviser ») for an event the question
# dates ahead (« je veux le commencer le … », « mon départ est prévu le … »): a delay counted back from that event
# (a notice handed in as a letter: « je dois remettre ma lettre au plus tard quand ? »)
# (the notice words, ``deadlines.notice_words``, whole words; not « l'avis de grief », the grievance itself)
_NOTICE_ASKED = re.compile(rf"\b(?:demande|{notice_words()}|(?:ma|sa|notre|une|la)\s+lettre)\b(?! de grief)",
                           re.IGNORECASE)
_PLANNED = re.compile(r"\b(?:veux|veut|veulent|voulons|voulez|voudrait|voudrais|aimerais|compte|doit|va|vais|pr[ée]vue?)\b(?:\s+\S+){0,3}?\s+"
                      r"(?:commencer|d[ée]buter|partir|(?:m|s|t)['’]absenter|quitter|revenir|rentrer|retourner|reprendre|prendre|recevoir|"
                      r"obtenir|mettre fin|le\s)|"
                      # a change the other party plans (« La direction veut changer mon horaire … à partir du … »): the
                      # notice asked is due before it (8-15.08 « sans un préavis de sept (7) jours », DEV Q2317)
                      r"\b(?:veut|veulent|va|vont)\s+(?:me\s+|m'|nous\s+)?(?:changer|modifier|d[ée]placer)\b|"
                      r"\bpr[ée]vue?\s+(?:le|pour)\b", re.IGNORECASE)
# a planned event said « dans trois semaines » (« je veux commencer mon congé dans trois semaines », « je pars dans 10
# jours »): a moment after today, not a delay to count (« le Collège doit me payer dans 21 jours » keeps its delay)
_IN_TIME = re.compile(r"\b(?:commencer|commence|d[ée]buter|d[ée]bute|partir|pars|part|revenir|reviens|revient|rentrer|"
                      r"rentre|retourner|reprendre|quitter|quitte|accoucher|accouche|na[îi]tre|na[îi]t|arriver|arrive|"
                      r"me marier|d[ée]m[ée]nager|d[ée]m[ée]nage|prendre ma retraite|prendre mon cong[ée])\b[^.;?!]{0,50}?"
                      rf"\bdans\s+(?P<amount>\d{{1,3}}|{spelled(1, 12, 15, 20, 30)})\s+(?P<unit>jours?|semaines?|mois)\b",
                      re.IGNORECASE)
# a question asking how far ahead something must be done (« faut-tu que j'avertisse le Collège d'avance », « combien de
# jours à l'avance »): a delay « avant » an event, counted back from it
_AHEAD = re.compile(r"\b(?:d'avance|à l'avance|a l'avance|en avance)\b", re.IGNORECASE)
# a delay sentence about a notice or request to give (6-4.20 « Ce congé est accordé à la suite d'une demande écrite
# présentée au moins trois (3) semaines à l'avance », 3-5.07 « après avis au Collège dans un délai d'au moins … »), and
# the words by which a question speaks of one (« ma demande », « aviser », « que j'avertisse », « d'avance »)
# (of the verbs, « aviser » only, as the agreements write a notice due: « Le Collège doit être avisé »; in a question,
# every form of « aviser », « avertir », « prévenir » (« avertissez », « prévenant »), but « informer » as its verb
# only, not « information »)
_AVISER, _ANY_FORM = NOTICE_VERB_STEMS[:1], r"\w*"
_NOTICE_SENTENCE = re.compile(rf"\b(?:demandes?|{notice_words(stems=_AVISER, forms='(?:er|ée?)')})\b", re.IGNORECASE)
_NOTICE_WORDS = re.compile(rf"\b(?:demand\w*|{notice_words(stems=NOTICE_VERB_STEMS[:3], forms=_ANY_FORM)}|"
                           rf"{notice_words(nouns=(), stems=NOTICE_VERB_STEMS[3:])}|convocation|"
                           r"(?:ma|sa|notre|une|la)\s+lettre|"
                           # « on doit me le dire au plus tard quand ? », « … nous l'annoncer » : a notice asked
                           r"(?:me|nous|lui|leur)\s+(?:le\s+|la\s+|les\s+|l')?(?:dire|annoncer)|"
                           r"d'avance|à l'avance|a l'avance|en avance)\b", re.IGNORECASE)
# a question asking how long a notice or delay is (« je dois donner combien de préavis ? », « c'est quoi le délai pour
# … ? », « quel préavis … ? »): answered by a delay sentence about the event it names, or by saying there is none
_LENGTH_ASKED = re.compile(r"\bcombien de (?:pr[ée]avis|temps d'avance|jours d'avance)|"
                           r"\bcombien de (?:temps|jours|semaines)(?: à l'avance| a l'avance| en avance)? avant\s*\?|"
                           r"\bquel(?:le)? (?:est le |sera le )?(?:pr[ée]avis|d[ée]lai)\b|"
                           r"\b(?:c'est quoi|c’est quoi) (?:le|mon) (?:pr[ée]avis|d[ée]lai)\b|"
                           r"\b(?:pr[ée]avis|d[ée]lai) de combien\b", re.IGNORECASE)
# a question plainly asking for a deadline or a delay (not « à quelle date … au plus tôt ? »)
_STRONG_CUE = re.compile(r"jusqu'(?:à|a|au) quand|date limite|au plus tard|combien de temps|\bd[ée]lai|pr[ée]avis|"
                         r"d'ici quand|avant quand|[ée]ch[ée]ance|date butoir|derni[èe]re?\s+(?:jour|journ[ée]e|date)",
                         re.IGNORECASE)
# the act a deadline question asks about: the verb after « pour » / « avant de » (« jusqu'à quand pour déposer un
# grief ? » : « déposer »)
_ACT = re.compile(r"\b(?:pour|avant de)\s+(?:(?:le|la|les|l'|me|m'|se|s'|y|en|lui)\s*)?([^\W\d_]+(?:er|ir|re))\b",
                  re.IGNORECASE)


def _word_form(word: str) -> str:
    """A word as verbs and their nouns are compared: lower case, accents folded, « qu » written « c » as the nouns
    write it (« communiquer », « communication »)."""
    return strip_accents(word.lower()).replace("qu", "c")


def _verb_meets(verb: str, words: Iterable[str], letters: int) -> bool:
    """Whether one of ``words`` is of ``verb``'s family: it starts as the verb does on at least ``letters`` letters and
    on its whole root but the last letter (the root: the verb without its infinitive ending), so that a long verb's
    family is its own (« communiquer » meets « communication », not « Commission »; « contester » meets
    « contestation », not « contrat ») and a short one's as before (« décider » meets « décision », « déposer »
    « dépôt »)."""
    form = _word_form(verb)
    root = re.sub(r"(?:er|ir|re)$", "", form)
    stem = form[:max(letters, len(root) - 1)]
    return any(_word_form(word).startswith(stem) for word in words)


def _after_act(question: str, text: str, sentence: str, rule: Delay | FixedDate, letters: int = 4) -> bool:
    """Whether ``rule`` runs from the very act the question asks the deadline of (« … pour déposer un grief ? », 9-2.02
    « … suivant la date du récépissé constatant le dépôt du grief »): it sets the next step's delay, not that act's.
    Words meet as a verb and its family (``_verb_meets``) on at least ``letters`` letters (four: « déposer », « dépôt »).
    A dated question reads it on ``_ROOT`` letters (« contester » meets no « contrat »): « on a demandé le 3 mars qu'un comité soit
    formé, jusqu'à quand pour le constituer ? » is Cris 10-9.11's « constituent dans les 10 jours suivant cette
    demande », not 10-9.12's report « dans les 30 jours qui suivent la date de sa constitution »."""
    act = _ACT.search(question.replace("’", "'"))
    origin = _rule_origin(text, sentence, rule) if isinstance(rule, Delay) and rule.direction == "after" else None
    if act is None or origin is None:
        return False
    return _verb_meets(act.group(1), re.findall(r"[^\W\d_]{5,}", origin), letters)


def _purpose_done(before_cue: str, sentence: str, rule: Delay | FixedDate, letters: int = 4) -> bool:
    """Whether the act a delay gives time for (the verb after it: 5-2.01 « … une période de trente (30) jours pour
    décider de combler, d'abolir ou de modifier le poste ») is one the question tells done on its date (its words
    before the deadline cue, told in the past: « la direction a pris sa décision de l'abolir le jeudi 8 octobre
    2026 »): that delay has run its course, the next one of the clause (« Une fois sa décision prise, il la communique
    à l'Association dans les cinq (5) jours ouvrables ») is asked. Words meet as a verb and its family
    (``_verb_meets``) on at least ``letters`` letters, as in ``_after_act`` (« décider », « décision »)."""
    if not isinstance(rule, Delay) or rule.direction != "after" or not rule.phrase or not told_in_past(before_cue):
        return False
    plain = sentence.replace("’", "'")
    at = plain.lower().find(rule.phrase.lower())
    act = _ACT.search(plain, at + len(rule.phrase)) if at >= 0 else None
    if act is None or plain[at + len(rule.phrase):act.start()].strip():
        return False
    return _verb_meets(act.group(1), re.findall(r"[^\W\d_]{5,}", before_cue), letters)


# a sentence opened by the step it follows (Cris 3-6.06 B) « Suite au préavis à la directrice ou au directeur d'école,
# le Syndicat doit acheminer … dans les 5 jours »): that step, up to its comma
_FOLLOWING = re.compile(r"^\W*(?:[A-Za-z]\)\s*)?(?:suite\s+(?:à|a|au|aux)|à\s+la\s+suite\s+(?:de|du|des|d')|"
                        r"après|apr[èe]s)\s*([^,;:.]+),", re.IGNORECASE)


def _follows_act(question: str, sentence: str) -> bool:
    """Whether ``sentence`` opens with the step it follows (``_FOLLOWING``) and that step holds half of the act asked
    (``_act_words``, two words at least): « Le préavis téléphonique à ma directrice d'école, je dois le faire au plus
    tard quand ? » is not 3-6.06 B)'s « Suite au préavis à la directrice ou au directeur d'école, … 5 jours »."""
    found = _FOLLOWING.search(sentence.replace("’", "'"))
    act = _act_words(question)
    if found is None or len(act) < 2:
        return False
    return 2 * len(act & set(tokenize(found.group(1)))) >= len(act)


def _other_step(question: str, text: str, sentence: str, rule: Delay | FixedDate) -> bool:
    """Whether ``rule`` is another step than the one asked: the next one, running from the act asked (``_after_act``
    on ``_ROOT`` letters, or a sentence opened by it, ``_follows_act``), or one the question tells done
    (``_purpose_done``: 5-2.01's 30 days « pour décider » for « la direction a pris sa décision … le jeudi 8 octobre
    2026 »)."""
    cue = _DEADLINE_CUE.search(question)
    return (_after_act(question, text, sentence, rule, _ROOT) or _follows_act(question, sentence)
            or _purpose_done(question[:cue.start()] if cue else "", sentence, rule))


# the words of the question's sentence asking for a deadline that name no act: who asks, wanting, being able and
# having to, asking when (« avant quelle date ? »), the parties who act (``asked_actor`` reads them), giving notice in advance (``_notice_asked``
# reads it: « que j'avertisse le Collège d'avance » names no act of its own) (« Les parties ont jusqu'à quand pour
# s'entendre sur le choix d'un arbitre ? » : its act is « entendre », « choix », « arbitre »)
_ACT_STOP = frozenset(tokenize(
    "je j' tu il elle on nous vous ils elles mon ma mes notre nos leur leurs veux veut voudrais peux peut pouvons "
    "pouvez peuvent dois doit devons devez doivent faut faire fais fait avoir ai a as ont être suis est sont "
    "jusqu'à quand quel quelle quoi combien date limite plus tard échéance dernier dernière jour journée encore temps "
    "trop pis ça ca c'est collège commission syndicat association parties avance d'avance avis aviser avertir "
    "avertisse prévenir préavis avant"))


def _asking_cue(question: str) -> re.Match | None:
    """The deadline cue of the sentence asking (ending with « ? »), or the first one: « J'ai déposé ma demande … le 22
    mars 2027, avant la date limite. Le Collège doit me répondre avant quelle date ? » asks of « répondre », its first
    « date limite » tells."""
    found = list(_DEADLINE_CUE.finditer(question))
    return next((cue for cue in found if re.match(r"[^.;!?]*\?", question[cue.end():])), found[0] if found else None)


def _act_words(question: str) -> frozenset[str]:
    """The words of the act a deadline question asks about: those of its sentence holding the deadline cue, after the
    last date told before the cue (a school year named is none; what is dated is the event: « j'ai fait de la suppléance le 15 juin 2026, on doit me
    payer quand ? » asks « payer », not « suppléance »), to the end of that sentence, without dates, the cue's own words
    and ``_ACT_STOP``; empty without a cue."""
    plain = question.replace("’", "'")
    cue = _asking_cue(plain)
    if cue is None:
        return frozenset()
    left = max(plain.rfind(mark, 0, cue.start()) for mark in ".;!?") + 1
    # a school year named (« mon affectation pour 2027-2028 doit m'être communiquée … ») is the period asked about, no
    # event told: the act's words before it are kept
    named = [(found.start(), found.end()) for found in school_year_matches(plain)]
    left = max([left] + [found.end() for found in _DATE_WORDS.finditer(plain, left, cue.start())
                         if not any(begin <= found.start() and found.end() <= end for begin, end in named)])
    ends = [at for at in (plain.find(mark, cue.end()) for mark in ".;!?") if at >= 0]
    asked = plain[left:min(ends) if ends else len(plain)]
    return frozenset(tokenize(_DATE_WORDS.sub(" ", asked))) - _CUE_TOKENS - _ACT_STOP


# the words of a question that name no topic: a weekday, « à partir »
_NO_TOPIC = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|à partir|a partir)\b", re.IGNORECASE)


def _topic(question: str) -> set[str]:
    """The words of what a notice question is about (« prendre mon congé de maternité » : « congé », « maternité »): its
    words but dates, weekdays, the words of asking, giving notice and time (``_NOT_EVENT``, ``_TIME_WORDS``)."""
    plain = _NO_TOPIC.sub(" ", _DATE_WORDS.sub(" ", question.replace("’", "'")))
    return set(tokenize(_NOTICE_WORDS.sub(" ", plain))) - _NOT_EVENT - _TIME_WORDS - _CUE_TOKENS


_AT_LEAST = re.compile(r"\bau moins\b", re.IGNORECASE)
# a question asking how far ahead (« combien de temps avant ? », « combien de jours d'avance ? »), not what notice is
# due (« quel préavis je dois recevoir ? » : the ordinary answer quotes the clause whole)
_HOW_FAR_AHEAD = re.compile(r"\bcombien de (?:temps|jours|semaines)(?: d'avance| à l'avance| a l'avance| en avance)?"
                            r"(?: avant\b|(?<=avance))", re.IGNORECASE)
# what a question asks beside how far ahead (« … combien de temps d'avance, pis avec quoi ? »)
_OTHER_ASK = re.compile(r"\b(?:quoi|comment|quel(?:le)?s?|pourquoi|où|qui)\b", re.IGNORECASE)


def _only_how_far_ahead(question: str, rule: Delay | FixedDate) -> bool:
    """Whether the question asks only how far ahead to act (« Il doit me prévenir combien de temps avant ? »,
    ``_HOW_FAR_AHEAD``, one question mark, nothing else asked after it) and ``rule`` is a delay counted back: stated
    with its direction (« au moins 7 jours avant … »), no date computed."""
    plain = question.replace("’", "'")
    found = _HOW_FAR_AHEAD.search(plain)
    return bool(found and isinstance(rule, Delay) and rule.direction == "before" and plain.count("?") <= 1
                and not _OTHER_ASK.search(plain[found.end():]))


def _act_met(act: frozenset[str], tokens: set[str], sentence: str, origin: str | None, phrase: str = "") -> float:
    """The share of the act's words (``_act_words``) a delay sentence's words hold outside its starting point and its
    delay (``phrase``): 9-2.02 « … suivant la date du récépissé constatant le dépôt du grief » states no act of filing,
    10-2.02's « deux (2) années » no « les deux parties » of a question."""
    if not act:
        return 0.0
    for words in (origin, phrase):
        if words:
            tokens = tokens - (set(tokenize(words)) - set(tokenize(sentence.replace(words, " "))))
    return len(act & tokens) / len(act)


# a right exercised « par grief » (Bourget 5-6.11 « L'Association peut … contester par grief et par arbitrage, le
# bien-fondé de toute mesure disciplinaire »): a clause with no delay of its own, the agreement's grievance delay applies
_BY_GRIEVANCE = re.compile(r"\bpar\s+(?:voie\s+de\s+|un\s+)?griefs?\b|\bfaire\s+l'objet\s+d'un\s+grief\b|"
                           r"\brecourir\s+aux\s+proc[ée]dures\s+de\s+r[èe]glement\s+des\s+griefs\b", re.IGNORECASE)
_GRIEVANCE_WORDS = frozenset(tokenize("grief griefs arbitrage"))
_FILING_WORDS = frozenset(tokenize("grief griefs"))  # a grievance filed, the act asked (not its arbitration)
# a grievance as what is filed (« déposer un grief », « poster son avis de grief », « soumettre le grief », « faire un
# grief »), not what a meeting is about (« les 3 rencontres de griefs de l'année », 9-1.04)
_FILING = re.compile(r"\b(?:d[ée]pos\w*|post\w*|soum\w*|remet\w*|remis\w*|envoy\w*|log\w*|fai\w*|avis)\s+"
                     r"(?:(?:un|le|mon|ma|son|sa|notre|leur|l'|ce|cet|ton|votre)\s*)?(?:avis\s+de\s+)?griefs?\b",
                     re.IGNORECASE)
_NEGATION = re.compile(r"\bne\b|\bn'|\bn’", re.IGNORECASE)


# the words of a deadline question that name no event: who acts, wanting and having to, giving a notice or a request,
# lengths and time (« je veux démissionner, je dois donner combien de préavis ? » : its event is « démissionner »)
_NOT_EVENT = frozenset(tokenize(
    "je j' tu il elle on nous vous ils mon ma mes veux veut voudrais dois doit devons faut peux peut pouvoir avoir ai "
    "a as être suis est donner donne faire fais envoyer remettre prendre combien quand quel quelle quoi jusqu'à "
    "préavis avis aviser avertir prévenir demande demander délai délais temps jour jours semaine semaines mois an "
    "ans avance avant après date limite plus tard échéance dernier dernière collège commission syndicat association "
    "enseignant enseignante prof cris crie bourget cs"))
# when in the year the teacher acts (« si je démissionne en cours d'année »): a word of the event's share (5-1.14
# « démissionner durant l'année de travail »), but no topic a delay sentence may meet by it alone (Cris 3-6.06's
# « 65 jours par année » of union leave, 5-3.13's « avant le 31 décembre de l'année scolaire en cours »)
_TIME_WORDS = frozenset(tokenize("année années cours"))
# the question dates when the teacher learned of something, not the thing itself
_LEARNED = re.compile(r"\b(?:appris|pris connaissance|découvert|rendu compte|aperçue?|été informée?|été avisée?|"
                      r"su\s+(?:le|que|qu'))", re.IGNORECASE)
# a sentence that prolongs a delay set elsewhere (« prolonge le délai prévu à la clause 9-1.03 de 60 jours »)
_PROLONGS = re.compile(r"\bprolong\w*\s+(?:le|les|ce|ces)\s+d[ée]lais?\b", re.IGNORECASE)
_CLAUSE_REF = re.compile(rf"\b{CLAUSE_NUMBER}\b")
# a yearly date set for the school year after or before the one it falls in (Cris 5-8.06 « … pour l'année scolaire
# suivante », Bourget « avant le 15 mai de l'année de travail précédente »): a school year asked is the one it is for
_FOR_OTHER_YEAR = re.compile(r"\bann[ée]es?\s+(?:scolaires?\s+|de\s+travail\s+|d'engagement\s+)?"
                             r"(?:suivantes?|subs[ée]quentes?|pr[ée]c[ée]dentes?)\b", re.IGNORECASE)
# a request or a notice due on a yearly date of the school year's second half (Bourget 3-5.09 « À la demande écrite de
# l'Association au Collège avant le 1er avril, le Collège réduit la tâche … ») asked for the school year of what it asks
# (« une réduction de tâche l'an prochain (2027-2028) ») precedes that year: it is due in the school year before it
# (1 April 2027), unless the question places the teacher in that year (``_CURRENT_YEAR``) or the sentence its date
# (« je veux démissionner à la fin de 2026-2027 » : what is asked ends that year, its notice is due in it)
_CURRENT_YEAR = re.compile(r"\bcette\s+ann[ée]e\b|\bann[ée]e\s+(?:scolaire\s+|de\s+travail\s+|d'engagement\s+)?"
                           r"(?:en\s+cours|actuelle)\b|\bfin\s+(?:de\s+(?:l'ann[ée]e\s+(?:scolaire\s+)?)?|d'ann[ée]e\s+)?"
                           r"(?:19|20)\d{2}\s*[-\u2013/]\s*(?:19|20)?\d{2}\b", re.IGNORECASE)
# a yearly date set after the calendar year its rule covers (Bourget 3-6.05 « avant le 28 février qui suit l'année
# écoulée »): a year asked is the one covered, the date falls in the year after
_AFTER_THE_YEAR = re.compile(r"\b(?:qui\s+suit|suivant)\s+l'ann[ée]e\s+(?:civile\s+)?(?:[ée]coul[ée]e|termin[ée]e|"
                             r"pr[ée]c[ée]dente)\b|\bde\s+l'ann[ée]e\s+civile\s+suivante\b|"
                             # Cris 12-8.01 « … 66 % du montant des dépenses … de l'année civile précédente »: what is owed
                             # on the date is for the year before it
                             r"\bde\s+l'ann[ée]e\s+civile\s+pr[ée]c[ée]dente\b", re.IGNORECASE)
# a date a meeting or an event is set for (« une rencontre pour le mercredi 12 mai », « prévue le 7 avril », « fixée au
# 3 mars »): a moment ahead, whatever was already done about it
_SET_FOR = re.compile(r"\b(?:pour|pr[ée]vue?s?|fix[ée]e?s?|convoqu[ée]e?s?)\s+(?:le|au|pour le)\s+(?:(?:lundi|mardi|mercredi|"
                      r"jeudi|vendredi|samedi|dimanche)\s+)?(?:1er|\d{1,2})\b", re.IGNORECASE)
# today's date said (« on est le … », « nous sommes rendus le … », « aujourd'hui c'est le … », « en date d'aujourd'hui,
# … », « c'est le 4 mai aujourd'hui »): the words right before it; without them, « hier » or « lundi passé » would be read
# from the machine's clock
_TODAY = re.compile(r"\b(?:(?:on est|nous sommes|on se trouve)(?:\s+rendue?s?)?|aujourd['’]hui,?(?:\s+(?:on est|nous sommes|"
                    r"c['’]est|est))?)\s+(?:le|au|en date du)\s|\ben date d['’]aujourd['’]hui,?\s+(?:le\s+)?|"
                    r"\bc['’]est\s+le\s(?=[^.?!;]{0,40}\baujourd['’]hui\b)", re.IGNORECASE)
_DATE_WORDS = re.compile(rf"\b(?:le\s+)?(?:1er|premier|\d{{1,2}})\s+{MONTH_PATTERN}(?:\s+\d{{4}}|\s+dernier|\s+prochain)?|"
                         # « le 15/09/2026 », « le 2026-03-09 »: no word of the topic either
                         r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{4}\b", re.IGNORECASE)


# what a starting point writes around its event: the day of it (« de la date de la demande ») and who makes it (« … par
# l'une ou l'autre des parties »), no words of the event itself
_ORIGIN_DAY_OF = re.compile(r"\bdate\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*", re.IGNORECASE)
_ORIGIN_AGENT = re.compile(r"\s+par\s+[^,;:]{1,40}$", re.IGNORECASE)  # short and last (not « par le Collège d'une preuve … »)


def _origin_met(origin: str, event: set[str], params: LookupParams) -> float:
    """How well what a delay runs from (``origin``) meets the event the question dates (its roots, ``event``): the
    share of the origin's roots met (of ``params.origin_roots`` at least; ``params.any_event_meets`` for « l'événement
    qui a donné naissance au grief »), less 1 when the delay runs from another moment of the same kind (« l'expiration
    du congé » for « je veux commencer mon congé le … »). The day of the event and who makes it are no part of it
    (``_ORIGIN_DAY_OF``, ``_ORIGIN_AGENT``: 4-2.07 « de la date de la demande par l'une ou l'autre des parties » is
    « la demande », met whole by « l'Association a demandé … »)."""
    roots = _roots(_ORIGIN_AGENT.sub("", _ORIGIN_DAY_OF.sub("", origin.replace("’", "'")))) or _roots(origin)
    other_moment = bool(roots & _EVENTS and event & _EVENTS and not roots & event & _EVENTS)
    # « la date de l'événement qui a donné naissance au grief » (Cris 9-1.03) is whatever event the question dates: it
    # meets it, though less than a starting point naming that very event (« la connaissance des faits », Bourget
    # 10-1.02, for « j'ai pris connaissance des faits le … »)
    met = len(roots & event) / max(params.origin_roots, len(roots))
    return (max(met, params.any_event_meets) if _ANY_EVENT.search(origin) else met) - other_moment


def _for_next(question: str, sentence: str, rule: FixedDate) -> bool:
    """Whether a school year asked is the year after the one ``rule``'s date falls in: its sentence sets it for the
    year after (``_FOR_OTHER_YEAR``), or it is a request's or notice's date of January to June (``_NOTICE_SENTENCE``)
    that neither the question (``_CURRENT_YEAR``: « chu en probation cette année (2027-2028) ») nor the sentence
    (« avant le 1er avril de cette année scolaire en cours ») places in the year asked."""
    if _FOR_OTHER_YEAR.search(sentence):
        return True
    return (rule.month < 7 and bool(_NOTICE_SENTENCE.search(sentence)) and not _CURRENT_YEAR.search(question)
            and not _CURRENT_YEAR.search(sentence))


def _year_planned(question: str, now: date | None) -> bool:
    """Whether the question names one school year and dates nothing with its own year (« le calendrier 2027-2028 est
    serré, on voudrait que l'année de travail commence le 20 août au lieu du 22 ») : its dates are the plans of that year,
    not an event a delay runs from, and a yearly date is preferred as for a school year asked without a date."""
    if len(set(school_years(question))) != 1:
        return False
    folded, spans = date_spans(question, today=now)
    return all(not re.search(r"\d{4}", folded[begin:end]) for begin, end, _ in spans)


def _dated_done(question: str) -> bool:
    """Whether the sentence (between punctuation marks) giving the question's date (today's aside) tells it as done
    (``told_in_past``: « l'Association a déposé mon grief le mardi 12 mai 2026. ») and sets nothing ahead
    (``_SET_FOR`` « convoqué pour le … », ``_PLANNED``): a notice asked after it (« si elle veut informer le Collège
    qu'elle l'envoie en arbitrage ») is given after that date, not before it."""
    start, now = _question_dates(question)
    folded, spans = date_spans(question, today=now)
    begin = next((b for b, _, day in spans if day == start and day != now), None)
    if begin is None:
        return False
    left = max(folded.rfind(mark, 0, begin) for mark in ".;?!") + 1
    right = min([at for at in (folded.find(mark, begin) for mark in ".;?!") if at >= 0] or [len(folded)])
    sentence = folded[left:right]
    return told_in_past(sentence) and not _SET_FOR.search(sentence) and not _PLANNED.search(sentence)


def _notice_asked(question: str) -> bool:
    """Whether the question asks when to give a notice or request for an event it dates ahead (``_NOTICE_ASKED`` with
    ``_PLANNED``) or how far ahead to act (``_AHEAD``), its date not told as done (``_dated_done``)."""
    plain = question.replace("’", "'")
    asked = _NOTICE_ASKED.search(plain) and _PLANNED.search(plain) or _AHEAD.search(plain)
    return bool(asked) and not _dated_done(plain)


# what a leave of consecutive days (``Delay.consecutive``) runs from, as ``_event_date`` meets a question's words
_LEAVE_START = "le début du congé, le départ"
_PROLONGING_SAID = 2  # hand-set: sentences of the article prolonging a leave said after its last day (6-4.13, 6-4.14)


def _event_date(question: str, start: date, now: date | None, origin: str | None) -> date:
    """Of the dates a question gives (today's aside), the one whose own words meet what the delay runs from (« J'ai
    été malade du 2 au 6 novembre 2026. Je reviens le lundi 9 novembre 2026. » : 9 November for 7-8.03 « dans les cinq
    (5) jours de son retour »); ``start`` when none meets it better."""
    folded, spans = date_spans(question, today=now)
    dated = [(begin, end, day) for begin, end, day in spans if day != now]
    if origin is None or len({day for _, _, day in dated}) < 2:
        return start
    wanted = _roots(origin)
    best, best_met = start, (0, 0)
    previous = 0  # where the words leading to a date begin: the end of the date before it
    for begin, end, day in spans:
        left = max(folded.rfind(mark, 0, begin) for mark in ".;?!") + 1
        right = min([at for at in (folded.find(mark, end) for mark in ".;?!") if at >= 0] or [len(folded)])
        # the words leading to the date first (« mon congé se termine le 30 juin 2027 et je veux revenir plus tôt, le
        # 1er mars 2027 » : « revenir » leads to 1 March), then its whole sentence
        met = (len(_roots(folded[max(left, previous):begin]) & wanted),
               len(_roots(_DATE_WORDS.sub(" ", folded[left:right])) & wanted))
        previous = end
        if day != now and met > best_met:
            best, best_met = day, met
    return best


# a yearly limit the question quotes (« j'ai oublié de demander avant le 1er avril », no year of its own), folded: the
# words just before a date, which make it the rule's date, not an event a delay runs from
_LIMIT_QUOTED = re.compile(r"\b(?:avant|au plus tard)\s+le\s*$|\bdate limite (?:du|de)\s*$")


def _told_dates(question: str, now: date | None) -> list[date]:
    """The dates of the question (``parse_dates``), less, when it says today's date, the yearly limits it quotes
    without a year (``_LIMIT_QUOTED``: « j'ai complètement oublié de demander avant le 1er avril … On est le 10 avril
    2029 » : 10 April only, the limit is the clause's, asked about from today)."""
    folded, spans = date_spans(question, today=now)
    if now is None:
        return [day for _, _, day in spans]
    return [day for begin, end, day in spans
            if day == now or re.search(r"\d{4}", folded[begin:end]) or not _LIMIT_QUOTED.search(folded[max(0, begin - 30):begin])]


def _question_dates(question: str) -> tuple[date | None, date | None]:
    """The date a delay is counted from and today's date when the question says it (« on est le
    10 mars 2027, mon congé commence le 11 avril 2027 »: 11 April, 10 March); without « on est »,
    the first date and None; with today's date alone, that date twice (a yearly limit it quotes
    aside, ``_told_dates``)."""
    said = _TODAY.search(question)
    now = parse_date(question[said.end():]) if said else None
    dates = _told_dates(question, now)  # « le 10 décembre dernier » is the one before the day said to be today
    if not dates:
        return None, None
    if said is None:
        return dates[0], None
    now = now or dates[0]
    planned = _IN_TIME.search(question.replace("’", "'"))
    if planned and all(d == now for d in dates):  # « on est le 1er février, je pars dans trois semaines »
        amount = planned["amount"]
        amount = int(amount) if amount.isdigit() else french_number(amount) or 1
        unit = planned["unit"].lower()
        if unit.startswith("mois"):
            return add_months(now, amount), now
        return now + timedelta(days=amount * (7 if unit.startswith("semaine") else 1)), now
    return next((d for d in dates if d != now), now), now


# a length the question gives something it names (« mon congé parental de 52 semaines », « un contrat de 10 mois »),
# or a person's age (« mon garçon de 9 ans »): not the delay it asks to count
# (up to 60 letters between them: « congé parental sans traitement à temps complet de 52 semaines » has 41, DEV Q2316)
_LENGTH_OF = re.compile(r"\b(?:cong[ée]s?|absences?|contrats?|stages?|p[ée]riodes?|s[ée]jours?|remplacements?|"
                        r"suppl[ée]ances?|affectations?)\b[^,.;:?!]{0,60}?\b(?:de|d'une durée de|d'au plus|d'environ|d')\s*$|"
                        # days the teacher has (« prendre mes 5 jours », « mes deux semaines »): an entitlement held
                        r"\b(?:mes|mon|ma|nos|ses|leurs)\s*$|"
                        # a moment before today (« reçue il y a deux semaines », « ça fait 10 jours »), not a delay
                        r"\b(?:il y a|ça fait|ca fait|depuis)\s*$|"
                        # a person's age (« mon garçon de 9 ans », « ma mère, âgée de 80 ans »), not a delay
                        r"\b(?:enfants?|fils|filles?|gar[çc]ons?|gars|b[ée]b[ée]s?|ado(?:lescent)?e?s?|p[èe]re|"
                        r"m[èe]re|conjointe?|[âa]g[ée]e?s?)\s*,?\s+(?:de\s+|d'environ\s+)?$", re.IGNORECASE)


# a length the question says is added to a delay (« une entente pour donner 10 jours de plus à l'arbitre », « un délai
# supplémentaire de 15 jours », « prolongé de 10 jours »): the clause's delay grows by it, it is not counted alone
_EXTRA_AFTER = re.compile(r"^\s*(?:de plus|suppl[ée]mentaires?|additionnels?|de prolongation)\b", re.IGNORECASE)
_EXTRA_BEFORE = re.compile(r"\b(?:suppl[ée]mentaire|prolong[ée]e?s?|prolonger|rallong[ée]e?s?|rallonger|ajout[ée]e?s?|ajouter)"
                           r"\s+(?:de\s+|d')?$|"
                           # « … se sont entendus pour prolonger le délai de l'arbitre de 15 jours »
                           r"\bprolong\w*\s+(?:le|ce|son|leur|mon|notre)\s+d[ée]lai\b[^,.;:?!]{0,30}?\s(?:de\s+|d')$",
                           re.IGNORECASE)
# a delay sentence providing for more time (10-2.08 « … à moins que les parties ne consentent, par écrit, … à accorder
# un délai supplémentaire d'un nombre de jours précis »)
_EXTENDABLE = re.compile(r"\bd[ée]lais?\s+suppl[ée]mentaires?\b|\bprolong", re.IGNORECASE)


# a sentence letting the parties prolong every delay of its chapter or article by agreement (Bourget 10-1.06 « Les délais
# prévus au présent chapitre pour soumettre un grief au Collège ou le déférer à l'arbitre sont de rigueur à moins d'une
# entente écrite entre l'Association et le Collège pour les prolonger »): group ``scope`` names which
_PROLONGABLE = re.compile(r"\bd[ée]lais?\s+(?:pr[ée]vus?|fix[ée]s?|mentionn[ée]s?)\s+(?:au|à|a|dans\s+le|dans\s+la)\s+"
                          r"pr[ée]sente?\s+(?P<scope>chapitre|article|section)\b[^.;]*?\bprolong", re.IGNORECASE)
_NUMBER_GROUPS = re.compile(CLAUSE_NUMBER_GROUPS)


def _same_part(clause: str, other: str, scope: str) -> bool:
    """Whether clauses ``clause`` and ``other`` are of the same chapter (``scope`` « chapitre ») or article (else)."""
    one, two = _NUMBER_GROUPS.match(clause), _NUMBER_GROUPS.match(other)
    if one is None or two is None:
        return False
    return one[1] == two[1] and (scope.lower() == "chapitre" or one[2] == two[2])


def _agreed_said(draft: Draft, chunk: Chunk, sentence: str) -> None:
    """The clause letting the parties prolong a delay (``_PROLONGABLE``: 10-1.06), quoted and cited after the days
    they agreed were added."""
    label = draft.cite(chunk, sentence, f"Prolongation : {chunk.clause_id}")
    said = re.sub(rf"^\s*{re.escape(chunk.clause_id)}\s+", "", sentence).strip()
    draft.parts.append(f"Selon {chunk.clause_id}, les parties peuvent prolonger ce délai : « {one_line(said)} » "
                       f"{label}".rstrip())


def _granted_extra(question: str, sentence: str, rule: Delay) -> Delay | None:
    """The length the question says was added to ``rule`` (``_question_extra``), in its unit, when the delay's
    ``sentence`` provides for more time (``_EXTENDABLE``) and the delay runs after its event; else None."""
    extra = _question_extra(question) if rule.direction == "after" and _EXTENDABLE.search(sentence) else None
    return extra if extra is not None and extra.unit == rule.unit else None


def _is_extra(plain: str, delay: Delay, at: int) -> bool:
    """Whether the question's ``delay`` (found at ``at``) is a length added to another (``_EXTRA_AFTER``, ``_EXTRA_BEFORE``)."""
    return at >= 0 and bool(_EXTRA_AFTER.search(plain[at + len(delay.phrase):])
                            or _EXTRA_BEFORE.search(plain[max(0, at - 70):at]))


def _question_extra(question: str) -> Delay | None:
    """The length the question says was added to a delay (« … donner 10 jours de plus à l'arbitre »), or None."""
    plain = question.replace("’", "'")
    return next((delay for delay in find_delays(plain) if _is_extra(plain, delay, plain.lower().find(delay.phrase.lower()))),
                None)


# right after a length the question gives, a lateness or a shift it tells (« mon bébé est né …, une semaine en retard »,
# « deux semaines plus tôt »): when something happened, not a delay to count (DEV Q2308)
# A length of studies, experience or service (« une année d'études additionnelle », « 10 ans d'ancienneté ») is what
# the teacher holds, no delay either (DEV Q2309)
_MOMENT_AFTER = re.compile(r"^\s*(?:(?:en|de)\s+retard|plus\s+(?:t[ôo]t|tard)|(?:d'|de\s+)(?:[ée]tudes|scolarit[ée]|"
                           r"exp[ée]rience|service|anciennet[ée]|enseignement)\b)", re.IGNORECASE)


# a sentence telling what someone else claims (« Une collègue dit que pour une offre reçue en juillet, les 10 jours
# partent juste le 1er août. », « Ma collègue dit qu'une demande écrite 3 semaines avant … c'est assez. »): a reading the
# question asks to check, not the teacher's own facts: its dates and delays are neither the event nor the delay asked
# (DEV Q2310, Q2324)
_HEARSAY = re.compile(r"(?:^|(?<=[.;!?])\s*)[^.;!?]*?\b(?:(?:ma|mon|une?|des|mes|les)\s+(?:coll[èe]gues?|ami(?:e|s|es)?|"
                      r"voisin(?:e|s|es)?)|quelqu'un)\s+(?:m'a\s+|m'ont\s+|me\s+|nous\s+)?(?:dit|disent|pr[ée]tend|"
                      r"pr[ée]tendent|affirme|affirment|pense|pensent|croit|croient|racont\w*)\s+(?:que|qu')[^.;!?]*[.;!?]?",
                      re.IGNORECASE)


def without_hearsay(question: str) -> str:
    """``question`` less its sentences telling what someone else claims (``_HEARSAY``), when something is left."""
    kept = _HEARSAY.sub(" ", question.replace("’", "'")).strip()
    return kept if kept and kept != question.replace("’", "'").strip() else question


# a question asking when a leave it dates ends (« mon congé de maternité de 21 semaines a commencé le … Il finit
# quand ? »), and the words by which it says the leave began or begins
_LEAVE_END_ASKED = re.compile(r"\b(?:finit|finira|finirait|termine|terminera|terminerait|prend\s+fin|prendra\s+fin)\b"
                              r"[^.?!]{0,30}?\bquand\b|\bquand\b[^.?!]{0,40}?\b(?:finit|finir|finira|termine|"
                              r"terminer|terminera|prend\s+fin)\b|\bdernier\s+jour\s+de\s+(?:mon|ma|son|sa)\s+cong",
                              re.IGNORECASE)
_LEAVE_BEGUN = re.compile(r"\b(?:a|ont)\s+(?:commenc[ée]|d[ée]but[ée])\b|\b(?:commence|d[ée]bute)\s+le\b", re.IGNORECASE)


def _leave_length(question: str) -> Delay | None:
    """The length, in weeks or months, the question gives the leave whose end it asks (``_LEAVE_END_ASKED``) after
    telling when it began (``_LEAVE_BEGUN``): « mon congé de maternité de 21 semaines a commencé le mercredi 6 janvier
    2027 … Il finit quand ? » : 21 weeks. A length in days is left to the delay sentences (a leave of consecutive days,
    ``Delay.consecutive``)."""
    plain = question.replace("’", "'")
    if not _LEAVE_END_ASKED.search(plain) or not _LEAVE_BEGUN.search(plain):
        return None
    for delay in find_delays(plain):
        at = plain.lower().find(delay.phrase.lower())
        if delay.unit in ("weeks", "months") and at >= 0 and _LENGTH_OF.search(plain[max(0, at - 80):at]):
            return delay
    return None


def _asked_delay(question: str) -> Delay | None:
    """The delay the question states to be counted (« on m'a donné 10 jours ouvrables »), not a length it
    gives something (« je suis en congé parental de 52 semaines ») nor one added to a delay (« 10 jours de plus »)."""
    plain = question.replace("’", "'")
    planned = _IN_TIME.search(plain)
    for delay in find_delays(plain):
        at = plain.lower().find(delay.phrase.lower())
        if planned and planned.start("amount") <= at < planned.end():
            continue  # « je pars dans trois semaines »: when, not a delay
        if _is_extra(plain, delay, at) or at >= 0 and _MOMENT_AFTER.match(plain[at + len(delay.phrase):]):
            continue
        if at < 0 or not _LENGTH_OF.search(plain[max(0, at - 80):at]):
            return delay
    return None


def _origin_line(question: str, start, clause: str, rule: Delay, origin: str | None) -> str | None:
    """What the delay runs from, as its clause says (``origin``), and the date the count takes for it;
    a warning when the question dates something else (the day the teacher learned of an event, for a
    delay that runs from the event; the event, for a delay that runs from the knowledge of it)."""
    if origin is None:
        return None
    if rule.direction == "before":
        return (f"Date de référence selon {clause} : « {origin} » ; le compte à rebours part de la date de "
                f"votre question ({format_date(start)}).")
    line = (f"Point de départ selon {clause} : « {origin} » ; le calcul part de la date de votre question "
            f"({format_date(start)}).")
    learned = bool(_LEARNED.search(question))
    from_knowledge = bool(re.match(r"(?:à compter |à partir )?de la connaissance", origin, re.IGNORECASE))
    if learned and "connaissance" not in origin:
        line += (f" Ce délai court de l'événement lui-même, non du jour où vous l'avez appris : si l'événement "
                 f"est antérieur au {format_date(start)}, l'échéance est plus tôt d'autant.")
    elif from_knowledge and not learned:
        line += (f" Le délai court de la connaissance des faits : le calcul suppose qu'elle date du "
                 f"{format_date(start)} ; connus plus tard, l'échéance est plus tard d'autant.")
    elif moment := next((_moment_said(m, origin) for m in sorted(_roots(origin) & _EVENTS - _roots(question))
                         if m in _MOMENT_SAID), None):
        # 7-8.03 « dans les cinq (5) jours de son retour » for « mon dernier jour de maladie était vendredi »: the
        # question dates another moment than the one the delay runs from
        line += (f" Ce délai court {moment} : le calcul suppose qu'il date du {format_date(start)} ; s'il est plus "
                 f"tard, l'échéance est plus tard d'autant.")
    return line


# how an answer names the moment a delay runs from (``_EVENT_ROOTS``' nouns), when the question dates another one; not
# « début », whose root « parti » also reads « les parties » (4-2.07), and which « depuis le 1er février » dates
_MOMENT_SAID = {"retou": "de votre retour au travail", "expir": "de l'expiration", "nomin": "de la nomination"}
# a return the clause says is someone else's or elsewhere (6-4.20 « le retour de la mère ou de l'enfant à la résidence
# familiale »), not the teacher's return to work
_OTHERS_RETURN = re.compile(r"\bretour\s+(?:de\s+la|du|de\s+l'|des)\s.*", re.IGNORECASE)


def _moment_said(root: str, origin: str) -> str:
    """How the answer names the moment a delay runs from (``_MOMENT_SAID``), a return in the clause's own words when
    it is not the teacher's (« du retour de la mère ou de l'enfant à la résidence familiale »)."""
    other = _OTHERS_RETURN.search(origin.replace("’", "'")) if root == "retou" else None
    return f"du {other.group(0)}" if other else _MOMENT_SAID[root]


# a sentence setting a delay « en lieu et place » of another (5-6.06 « Toutefois, dans des cas où le Collège l'estime
# nécessaire pour faire enquête, celui-ci dispose d'un délai de quatre-vingt-dix (90) jours, … en lieu et place du
# délai de soixante (60) jours prévu à l'alinéa précédent »): an exception, for the cases its opening words name
_REPLACES = re.compile(r"\b(?:en lieu et place|au lieu)\s+d[ue]s?\s+d[ée]lais?\b", re.IGNORECASE)
# who must act: the party a question asks about (« l'Association a jusqu'à quand », « jusqu'à quand le Collège
# peut-il ») and the party a delay sentence makes act (10-1.02 « l'Association soumet le grief », 10-1.04 « le Collège
# fournit à l'Association sa décision »); the union is « l'Association » at the Collège, « le Syndicat » elsewhere
_PARTY = r"(?:coll[èe]ge|association|commission|syndicat|arbitre|ministre|assureur)"
# (« la Commission a reçu mon grief » says what happened, not who is asked: « a » before a past participle is no asking)
_ASKED_ACTOR = re.compile(rf"\b(?:le|la|l')\s?({_PARTY})\s+(?:(?:a|ont)(?!\s+(?!jusqu)\w*(?:é|ée|és|ées|u|ue|us|i|is|it)\b)|"
                          r"doit|doivent|peut|peuvent|dispose|disposent)\b|"
                          rf"\bquand\s+(?:le|la|l')\s?({_PARTY})\b", re.IGNORECASE)
_SUBJECT = re.compile(rf"(?<!\bà )(?<!\bde )(?<!\bpar )(?<!\bpour )(?<!\bavec )\b(?:le|la|l')\s?({_PARTY})\b\s+"
                      r"(?!(?:sa|son|ses|le|la|les|l'|un|une|de|du|des|d'|à|au|aux|et|ou|en|par|pour|que|dans|sur|avec)\b)"
                      # a party made passive (Cris 4-3.03 « La Commission est avisée par écrit … ») does not act
                      r"(?!(?:est|sont|sera|seront|doit être|doivent être)\s+[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|u|ue|us)\b)"
                      r"[a-zà-ÿ]", re.IGNORECASE)


# a party named jointly with another right before it (« le syndicat pis la Commission doivent … », 4-3.05 « La
# Commission et le Syndicat s'entendent … »): both act, neither alone
_JOINT = re.compile(rf"\b(?:le|la|l')\s?{_PARTY}\s+(?:et|pis|ou)\s+$", re.IGNORECASE)


def _party(name: str) -> str:
    folded = strip_accents(name.lower())
    return "association" if folded == "syndicat" else folded


def asked_actor(question: str) -> str | None:
    """The party the question asks a deadline of (« L'Association a jusqu'à quand … » : association), or None (also
    for two parties asked jointly, ``_JOINT``)."""
    plain = question.replace("’", "'")
    found = _ASKED_ACTOR.search(plain)
    if found is None or _JOINT.search(plain[:found.start()]):  # two parties asked jointly: neither alone
        return None
    return _party(found.group(1) or found.group(2))


def sentence_actor(sentence: str, delay: str | None = None) -> str | None:
    """The party a delay sentence makes act: the last party named as a subject before its ``delay`` phrase
    (the whole sentence without it), the one whose verb the delay belongs to (« le Collège fournit à
    l'Association … » : collège; 9-2.17 « … la Commission et le Syndicat peuvent s'entendre pour prolonger le
    délai, l'arbitre doit rendre sa décision dans les 45 jours » : arbitre), or None (also for two parties acting
    jointly, ``_JOINT``: 4-3.05 « La Commission et le Syndicat s'entendent … »)."""
    plain = sentence.replace("’", "'")
    at = plain.lower().find(delay.replace("’", "'").lower()) if delay else -1
    found = list(_SUBJECT.finditer(plain[:at] if at > 0 else plain))
    if not found or _JOINT.search(plain[:found[-1].start()]):  # two parties acting jointly: neither alone
        return None
    return _party(found[-1].group(1))


def _replaced(sentence: str) -> Delay | None:
    """The delay a sentence says its own replaces (« en lieu et place du délai de soixante (60) jours »), if any."""
    found = _REPLACES.search(sentence)
    return parse_delay(sentence[found.end():]) if found else None


# a delay restated for some teachers after the clause's own (Bourget 6-5.14 « … sur demande soumise quinze (15) jours
# avant son départ, un congé … Le délai est de sept (7) jours pour celui qui s'est prévalu du congé prévu à la clause
# précédente. »): it runs as the delay before it, from the same moment
_RESTATED = re.compile(r"\s*(?:le|ce|ces|les)\s+d[ée]lais?\s+(?:est|sont|sera|devient|est\s+port[ée])\s+(?:de|à)\b",
                       re.IGNORECASE)
# whom a restated delay is for (« pour celui qui s'est prévalu du congé prévu à la clause précédente »)
_FOR_WHOM = re.compile(r"\bpour\s+(?:celui|celle|ceux|celles)\s+qui\s+([^.;]+)", re.IGNORECASE)
# a case told as done (« qui s'est prévalu de … », « qui a bénéficié de … »)
_DONE_CASE = re.compile(r"\s*(?:s'est|se sont|a|ont)\s+(?:d[ée]j[àa]\s+)?[^\W\d_]+(?:é|ée|és|ées|u|ue|i|ie|is|it)\b",
                        re.IGNORECASE)
_PREVIOUS_CLAUSE = re.compile(r"\bclause\s+pr[ée]c[ée]dente\b", re.IGNORECASE)
# « au plus tard quinze (15) jours après les délais fixés à la clause 7-1.02 » (Bourget 7-1.04): a delay running from
# the end of another clause's delay
_CHAINED = re.compile(rf"\b(?:apr[èe]s|suivant|à\s+compter\s+de)\s+(?:l'expiration\s+d[ue]s?\s+|la\s+fin\s+d[ue]s?\s+)?"
                      rf"(?:les?\s+)?d[ée]lais?\s+(?:fix[ée]s?|pr[ée]vus?)\s+(?:à|a|au|par)\s+(?:la\s+)?clause\s+"
                      rf"({CLAUSE_NUMBER})\b", re.IGNORECASE)


def _other_kind(rule: Delay | FixedDate, sentence: str, asks_notice: bool) -> bool:
    """Whether ``rule`` (of ``sentence``) answers another kind of question than one asking (``asks_notice``) or not
    when to give a notice or request: a notice or request due before a date answers a question speaking of one (« je
    dois faire ma demande », « l'avis de convocation »), not « mon congé peut être pris jusqu'à quand ? »; the day a
    period ends by (6-5.13 « se termine au plus tard le huitième (8e) jour suivant celui du scrutin ») answers no
    question asking for a notice or request, nor does the last day of a leave of consecutive days (5-14.02 « 7 jours
    consécutifs … », ``Delay.consecutive``): « mon conjoint est décédé …, jusqu'à quand je peux faire ma demande ? »."""
    if not isinstance(rule, Delay):
        return False
    notice = bool(_NOTICE_SENTENCE.search(sentence))
    return rule.direction == "before" and not asks_notice and notice or (
        rule.ranked_day or rule.consecutive) and asks_notice and not notice


@dataclass(frozen=True)
class Restated:
    """The delay a sentence restates (``_restated_from``): the sentence before it that sets that delay, and the delay."""

    sentence: str
    delay: Delay


def _restated_from(text: str, sentence: str, rule: Delay) -> Restated | None:
    """The sentence before ``sentence`` in ``text`` and its first delay, when ``sentence`` restates a delay of its own
    (``_RESTATED``: « Le délai est de sept (7) jours pour celui qui … ») naming no starting point; else None."""
    if not _RESTATED.match(sentence) or starting_point(sentence, rule) is not None:
        return None
    at = text.find(sentence)
    before = [text[begin:end] for begin, end in split_sentences(text) if end <= at] if at > 0 else []
    for other in reversed(before):
        first = next(iter(find_delays(other)), None)
        if first is not None:
            return Restated(other, first)
    return None


def _restated(text: str, sentence: str, rule: Delay | FixedDate) -> Delay | FixedDate:
    """``rule`` running as the delay it restates (``_restated_from``): counted back when that one is (6-5.14's seven days
    « avant son départ », as its fifteen)."""
    found = _restated_from(text, sentence, rule) if isinstance(rule, Delay) else None
    return replace(rule, direction=found.delay.direction) if found else rule


@dataclass(frozen=True)
class ProlongParams:
    """Tuned numbers of a prolongation the question states the condition of (``DeadlineAnswers._stated_prolongation``)."""

    condition_words: int = 3  # hand-set: the words of the step a prolonging sentence names (Cris 9-1.01 « une procédure
    # de règlement de mésentente au niveau local qui doit précéder la présente procédure. … cette étape préalable
    # prolonge … ») outside the delay's own passage that the question must hold: DEV Q1531 « … doit passer par la
    # procédure locale de règlement … » holds 4 (mésentente, procédure, locale, règlement); a plain « une mésentente …
    # jusqu'à quand pour remettre l'avis de grief ? » 1, « … pour entamer la procédure de grief ? » 1 or 2


# a chapter the question names (« c'est le chapitre 3 », « chapitre 5-0.00 »)
_CHAPTER_NAMED = re.compile(r"\bchap(?:itre|\.)\s*(\d{1,2})(?:-0\.00)?\b", re.IGNORECASE)
# the chapters a step is not for (Cris 9-1.01 « … doit être soumise à cette procédure préalable sauf celles liées à
# l'application des chapitres 1-0.00, 2-0.00, 3-0.00, 4-0.00, 9-0.00 et 10-0.00 »)
_EXCEPT_CHAPTERS = re.compile(r"\bsauf\b[^.]{0,80}?\bchapitres?\s+((?:\d{1,2}-0\.00(?:\s*,\s*|\s+et\s+)?)+)",
                              re.IGNORECASE)


# the articles a sentence takes out of a step (Cris 9-1.01 « Pour le chapitre 5-0.00, sont exclues les mésententes liées
# aux dispositions des articles suivants : 5-3.00, 5-4.00, … »): the numbers after « exclu… » or « sauf » on its line
_EXCLUDING = re.compile(r"\b(?:exclu\w*|sauf)\b[^\n]*", re.IGNORECASE)  # to the line's end: « 5-3.00 » holds a dot
# what a question says was not done or is not so, up to a punctuation mark (« donc pas de procédure locale préalable »,
# « sans étape préalable »)
_NOT_TAKEN = re.compile(r"\b(?:pas\s+(?:de|d'|du|la|le)|sans|aucune?|"
                        # « un sujet … exclu de la procédure locale de mésentente » (Cris 9-1.01's exclusions)
                        r"exclue?s?\s+(?:de\s+la|de\s+l'|du|des|de))\s*([^,.;:()?!]+)", re.IGNORECASE)


def _excluded_articles(text: str) -> set[str]:
    """The clause or article numbers ``text`` excludes (``_EXCLUDING``)."""
    return {ref for found in _EXCLUDING.finditer(text) for ref in _CLAUSE_REF.findall(found.group(0))}


def _excluded_chapters(text: str) -> set[int]:
    """The chapters ``text`` says a procedure is not for (``_EXCEPT_CHAPTERS``)."""
    return {int(n) for found in _EXCEPT_CHAPTERS.finditer(text) for n in re.findall(r"(\d{1,2})-0\.00", found[1])}


@dataclass(frozen=True)
class Prolonging:
    """A sentence of another clause prolonging a delay (Cris 9-1.01 « … prolonge le délai prévu à la clause 9-1.03 de
    60 jours »): its passage and sentence, and the length it adds when it gives one in the delay's unit."""

    chunk: Chunk
    sentence: str
    extra: Delay | None


def _prolonged_by(sentence: str, rule: Delay) -> Delay | None:
    """The length a sentence prolonging ``rule`` adds, read after the clause it names (« … prolonge le délai prévu à la
    clause 9-1.03 de 60 jours » : 60 days), when it gives one in the delay's unit; else None."""
    tail = sentence[sentence.find(rule.source_clause or "") + len(rule.source_clause or ""):]
    extra = parse_delay(tail)
    return extra if extra is not None and extra.unit == rule.unit else None


@dataclass(frozen=True)
class _DelayReading:
    """What a deadline question says, read once before its delay sentences are weighed (``_delay_clause``): the
    agreements in scope, a delay it states, its topic words, whether it dates today (a yearly date answers) or asks a
    notice, the event it dates and whether that is told as done, the party and act asked, its own date."""

    scope: list[str] | None
    asked: Delay | None
    words: frozenset[str]
    today: bool
    notice: bool
    asks_notice: bool
    event: frozenset[str]
    done: bool
    actor: str | None
    unnamed: frozenset[str]
    act: frozenset[str]
    dated: date | None


@dataclass(frozen=True)
class FoundRule:
    """A rule found for a question: the passage, the delay or yearly date it sets, and the sentence setting it."""

    chunk: Chunk
    rule: Delay | FixedDate
    sentence: str


@dataclass(frozen=True)
class Quoted:
    """A sentence of a passage, to quote and cite."""

    chunk: Chunk
    sentence: str


@dataclass(frozen=True)
class ByGrievance:
    """A right exercised « par grief »: the agreement's grievance delay (``filing``) and the sentence saying so."""

    filing: FoundRule
    means: Quoted


def _notice_twin(best: FoundRule, kept: Sequence[FoundRule]) -> FoundRule:
    """For a question asking no notice, the delay sentence stating the act itself rather than its notice: the same delay
    from the same starting point written twice in an agreement, once as the notice of the act (10-2.02 « … informer le
    Collège de son intention de déférer un grief à l'arbitrage, il doit donner un avis écrit … deux (2) années suivant
    la date de dépôt du grief ») and once as the act (10-1.05 « … peut déférer le grief à l'arbitrage dans les deux (2)
    années suivant la date du dépôt du grief »): the act's, the first found; ``best`` when it is no notice
    (``_NOTICE_SENTENCE``) or has no such twin."""
    if not isinstance(best.rule, Delay) or not _NOTICE_SENTENCE.search(best.sentence):
        return best
    origin = _roots(_rule_origin(best.chunk.text, best.sentence, best.rule) or "")
    return next((found for found in kept if found.chunk.doc == best.chunk.doc and found.chunk.clause_id != best.chunk.clause_id
                 and _same_rule(found.rule, best.rule) and not _NOTICE_SENTENCE.search(found.sentence) and origin
                 and _roots(_rule_origin(found.chunk.text, found.sentence, found.rule) or "") == origin), best)


def _same_rule(one: Delay | FixedDate, other: Delay | FixedDate) -> bool:
    """Whether two rules are the same delay (length, unit, direction) or the same yearly date."""
    if isinstance(one, Delay) and isinstance(other, Delay):
        return (one.amount, one.unit, one.direction) == (other.amount, other.unit, other.direction)
    return isinstance(one, FixedDate) and isinstance(other, FixedDate) and (one.month, one.day, one.kind) == (
        other.month, other.day, other.kind)


def _sentence_rules(chunk: Chunk, sentence: str, asked: Delay | None) -> list[Delay | FixedDate]:
    """The rules a sentence of ``chunk`` sets: its delays, in order (a length of time, « une période de 4 semaines »,
    is no limit; a restated delay runs as the one it restates, ``_restated``), then its yearly dates (6-6.05's second,
    « … ce dernier lui répond par écrit avant le 1er mai qui suit », answers « le Collège doit me répondre avant quelle
    date ? », ``_lead_met``); only the
    first delay of the length the question states (``asked``) when it states one. Every delay is kept, the first
    winning a tie: « dans les 60 jours de l'entrée en vigueur de la convention ou dans les 30 jours de la démission … »
    (Cris 6-1.18) answers a question dating a resignation with its second delay, met by what that delay runs from."""
    found: list[Delay | FixedDate] = [
        _restated(chunk.text, sentence, d)
        for d in find_delays(sentence, source_clause=chunk.clause_id, source_doc=chunk.doc)
        if not is_duration(sentence, d)]
    if asked is not None:
        return [d for d in found if (asked.amount, asked.unit) == (d.amount, d.unit)][:1]
    return found + find_fixed_dates(sentence, source_clause=chunk.clause_id, source_doc=chunk.doc)


def _lead_met(act: frozenset[str], rule: Delay | FixedDate, sentence: str) -> float:
    """For a later yearly date of a sentence setting two or more, how much more of the act asked (``_act_words``, even
    one word: « pour me répondre ? ») the words leading to it hold (``FixedDate.lead``: « et ce dernier lui répond par
    écrit » for 6-6.05's « avant le 1er mai qui suit ») than the words leading to its first date, as roots; 0 for a
    delay, a sentence's first yearly date, or a later one no nearer the act (6-5.05's « ou avant le 15 juin », whose
    topic, « congé sans traitement », leads to its first date: the first one stays, as before later ones were read)."""
    dates = find_fixed_dates(sentence) if act and isinstance(rule, FixedDate) else []
    if len(dates) < 2 or rule.lead == dates[0].lead:
        return 0.0

    def share(lead: str) -> float:
        roots = _roots(lead)
        return sum(1 for word in act if _root(word) in roots) / len(act)

    return max(0.0, share(rule.lead) - share(dates[0].lead))


def _rule_origin(text: str, sentence: str, rule: Delay) -> str | None:
    """What ``rule`` runs from: its sentence's words (``starting_point``), or for a delay set in place of another
    (5-6.06's 90 days of enquiry, in place of the 60 days « de l'incident ») the replaced delay's, or for a delay
    restated for some teachers (``_restated_from``) the one it restates."""
    origin = starting_point(sentence, rule)
    replaced = _replaced(sentence) if origin is None else None
    if replaced is None:
        restated = _restated_from(text, sentence, rule) if origin is None else None
        return starting_point(restated.sentence, restated.delay) if restated else origin
    for begin, end in split_sentences(text):
        other = text[begin:end]
        first = next(iter(find_delays(other)), None)
        if other != sentence and first is not None and (first.amount, first.unit) == (replaced.amount, replaced.unit):
            return starting_point(other, first)
    return None


def _exceptions(text: str, words: set[str]) -> set[str]:
    """The sentences of a clause to leave aside when choosing its delay: an exception whose opening words (before
    its delay: « dans des cas où le Collège l'estime nécessaire pour faire enquête ») share none of the question's
    ``words`` beyond those of the rest of the clause; else the sentences setting the delay it replaces."""
    sentences = [text[begin:end] for begin, end in split_sentences(text)]
    dropped: set[str] = set()
    for sentence in sentences:
        replaced, first = _replaced(sentence), next(iter(find_delays(sentence)), None)
        if replaced is None or first is None:
            continue
        at = _fold_lower(sentence).find(_fold_lower(first.phrase))
        rest = set(tokenize(" ".join(s for s in sentences if s != sentence)))
        if words & (set(tokenize(sentence[:max(0, at)])) - rest):
            dropped |= {s for s in sentences if s != sentence and (d := next(iter(find_delays(s)), None))
                        and (d.amount, d.unit) == (replaced.amount, replaced.unit)}
        else:
            dropped.add(sentence)
    return dropped


# an event dated only roughly (« à la fin juin », « début janvier », « à la fin des classes », « en juin », « cet été », « le
# mois passé »): no day to count from
_VAGUE_MOMENT = re.compile(rf"\b(?:(?:à\s+la\s+|au\s+|en\s+)?(?:fin|d[ée]but|mi)[\s-]+(?:de\s+|d')?{MONTH_PATTERN}|"
                           rf"(?:en|au\s+mois\s+d[e'])\s*{MONTH_PATTERN}|(?:fin|d[ée]but|retour)\s+des\s+classes|"
                           r"(?:fin|d[ée]but)\s+de\s+l'ann[ée]e|cet\s+[ée]t[ée]|l'[ée]t[ée]\s+(?:pass[ée]|dernier)|"
                           r"le\s+mois\s+(?:pass[ée]|dernier)|la\s+semaine\s+(?:pass[ée]e|derni[èe]re))\b", re.IGNORECASE)
# a case the question rules out (« Sans enquête, jusqu'à quand … ? », « pas d'enquête », « aucune enquête »): no word
# naming it for an exception (5-6.06's 90 days « pour faire enquête »); « sans traitement » stays a topic elsewhere
_NEGATED = re.compile(r"\b(?:sans|pas\s+d['e]|aucune?)\s*(?:l'|la\s+|le\s+|une?\s+)?([^\W\d_]+)", re.IGNORECASE)


def _negated(question: str) -> set[str]:
    """The words a question rules out (``_NEGATED``), as tokens."""
    return set(tokenize(" ".join(_NEGATED.findall(question.replace("’", "'")))))


def _heading(chunk: Chunk) -> str:
    """The title of a clause's own heading (« MÉDIATION ARBITRALE », « ARBITRAGE »), or ""."""
    return (chunk.title or chunk.article_title or "").strip()


def _regimes(question: str, chosen: FoundRule, rivals: Sequence[tuple[Chunk, Delay, str, str]]
             ) -> tuple[FoundRule, FoundRule | None]:
    """The delay to count first and another clause's delay for the same party from the same starting point (« de la
    fin de l'audition »: Cris 9-2.17's 45 days, Annexe XXIII's 15 days of mediation-arbitration), when there is one:
    two procedures the question may fall under. The one whose heading names fewer things the question does not
    (« médiation » unasked) leads; on a tie, the chosen one. A delay from that start for another act is no other
    procedure: when the chosen sentence states some of the act the question asks (``_act_words``: « fournir la
    traduction en langue crie », Cris 10-2.02's six months), a rival stating none of it (5-2.08's 45 days to establish
    the seniority, « de l'entrée en vigueur de la convention » too) is left out."""
    if not isinstance(chosen.rule, Delay):
        return chosen, None
    restated = _restated_from(chosen.chunk.text, chosen.sentence, chosen.rule)
    if restated is not None:
        # 6-5.14's seven days for those who had 6-5.13's leave : the fifteen days it restates, for the others
        return chosen, FoundRule(chosen.chunk, replace(restated.delay, source_clause=chosen.rule.source_clause,
                                                       source_doc=chosen.rule.source_doc), restated.sentence)
    origin = next((o for c, r, s, o in rivals if FoundRule(c, r, s) == chosen), None)
    if origin is None:
        return chosen, None
    asked = _roots(expand(question))
    unasked = lambda chunk: len(_roots(_heading(chunk)) - asked)  # noqa: E731
    act = _act_words(question)
    stated = lambda sentence: act & set(tokenize(sentence.replace(origin, " ")))  # noqa: E731
    same = [FoundRule(c, r, s) for c, r, s, o in rivals
            if c.doc == chosen.chunk.doc and c.clause_id != chosen.chunk.clause_id and _roots(o) == _roots(origin)
            and r.direction == chosen.rule.direction and (r.amount, r.unit) != (chosen.rule.amount, chosen.rule.unit)
            and (stated(s) or not stated(chosen.sentence))]
    if not same:
        return chosen, None
    rival = min(same, key=lambda found: unasked(found.chunk))
    if unasked(rival.chunk) < unasked(chosen.chunk):
        return rival, chosen
    return chosen, rival


# a subject defined by another clause (6-5.12 « Le salarié éducateur visé par la clause 6-5.11 … »): that clause's words
# are the sentence's too
_DEFINED_BY = re.compile(rf"\bvis[ée]e?s?\s+(?:par|à|au)\s+(?:la\s+)?clause\s+({CLAUSE_NUMBER})\b", re.IGNORECASE)
_ANAPHOR = re.compile(r"\s*(?:[-–]\s*)?(?:[a-z]\)\s*)?(?:ce|cet|cette|ces|celui-ci|celle-ci)\b", re.IGNORECASE)
# a subject named back anywhere in the sentence by « tel » (3-5.07 « Le Collège doit être avisé d'une telle absence au
# moins trois (3) jours à l'avance », the absence « pour remplir toute mission d'ordre syndical » of the sentence before)
_SUCH = re.compile(r"\b(?:une?|de)\s+tel(?:le)?s?\b", re.IGNORECASE)
# a sentence going on from the one before it, cut off by a blank line in the agreement's text (6-4.22 « Ce congé peut
# être discontinu⏎⏎et ne peut être pris après l'expiration des quinze (15) jours … »): lower case, a conjunction first
_CONTINUED = re.compile(r"\s*(?:et|ou|mais|puis)\s")
# an item of a list (« - a) », « b) », « 2) ») of the conditions its introduction's rule is given on, that introduction
# ending at « si : », « lorsque : », « dans les cas suivants : » (Cris 5-15.02 « La Commission accorde … un congé sans
# traitement pour une période n'excédant pas la fin de l'année scolaire, lorsque la demande … et si : ⏎ - a) le décès …
# est survenu dans les 30 jours précédant cette demande; »), not a list of ways or steps (8-4.02 « … selon les
# situations et les modalités qui suivent : »)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–•][ \t]*)?(?:[a-zA-Z]|\d{1,2})\)[ \t]")
_CONDITIONS_LEAD = re.compile(r"\b(?:si|lorsque|lorsqu'|quand|pourvu\s+que|dans\s+les\s+cas\s+suivants|"
                              r"aux\s+conditions\s+suivantes)\s*:$", re.IGNORECASE)
# a rule for some teachers only, named by a relative clause on its subject (6-5.13 « Le salarié éducateur qui se porte
# candidat à une charge publique … obtient, sur demande soumise quinze (15) jours avant son départ, un congé … »): the
# words of the condition, up to its first comma
_CONDITION = re.compile(r"\b(?:salariée?s?\s+éducat\w+|enseignante?s?|employée?s?|personnes?)\s+qui\s+([^,;.]+)",
                        re.IGNORECASE)


# a role the rule is for, right after its subject (3-5.07 A « Tout salarié éducateur requérant d'un grief (et un
# représentant syndical) lors d'un arbitrage … », 3-5.01 « … (non visé par la clause 3-5.07 A) appelé comme témoin … »):
# its words up to « et », « peut », a parenthesis or a comma
_ROLE = re.compile(r"\b(?:salariée?s?\s+éducat\w+|enseignante?s?|employée?s?|personnes?)\s+(?:\([^)]*\)\s+)?"
                   r"((?:requérante?s?|appelée?s?\s+(?:à\s+agir\s+)?comme)\b(?:(?!\s+(?:et|peut|peuvent)\s)[^,;.()])+)",
                   re.IGNORECASE)


# a rule for an officer of the union, its subject at the start of a sentence or paragraph (3-5.06 « Le président du
# comité exécutif de l'Association doit, à sa demande, … être libéré … », its « Cette demande écrite doit être déposée …
# avant le 15 mai » read with it; 3-5.05 « Chaque membre du comité exécutif de l'Association peut … »)
_OFFICE = re.compile(r"(?:^|\n|[.;:]\s)\s*(?:\d+-\d+\.\d+\s+)?(?:le|la|chaque|tout|toute)\s+((?:vice-)?pr[ée]sidente?|"
                     r"secr[ée]taire|tr[ée]sori[èe]re?|membres?\s+du\s+comit[ée]\s+ex[ée]cutif)\b", re.IGNORECASE)


def _read_with(chunk: Chunk, sentence: str, end: int) -> str:
    """The text a delay sentence (ending at ``end`` in ``chunk``) is read with: its clause's text up to it when it names
    its subject by « un tel », goes on from the sentence before or restates its delay; when it names it by « ce », its
    clause's first sentence (its heading with it) and its own paragraph up to it, where what « ce » names is (8-13.05
    « Ces journées de service de garde sont … communiquées … au plus tard le 30 septembre », the pedagogical days of the
    sentence before, not the « affectation » of a paragraph above), or from the paragraph before when it opens its own
    paragraph (6-4.20 b) « Ce congé est accordé à la suite d'une demande écrite … trois (3) semaines à l'avance », the
    paternity leave told just above); else itself, with the lead of its line when that lead ends at a colon (a list
    item's case: « A) En cas de décès de sa conjointe … : 7 jours consécutifs … »)."""
    if _CONTINUED.match(sentence) or _RESTATED.match(sentence) or _SUCH.search(sentence):
        return chunk.text[:end]
    start = end - len(sentence)
    if not _ANAPHOR.match(sentence):
        # the rest of a line whose lead ends at a colon (Cris 5-14.02 « A) En cas de décès de sa conjointe … : 7 jours
        # consécutifs … »): read with that lead, the case its delay is for
        line = chunk.text.rfind("\n", 0, start) + 1
        lead = chunk.text[line:start].rstrip()
        return chunk.text[line:end] if lead.endswith(":") else _list_lead(chunk.text, start) + sentence
    first = next(iter(split_sentences(chunk.text)), (0, end))[1]
    paragraph = chunk.text.rfind("\n\n", 0, start)
    if paragraph >= 0 and not chunk.text[paragraph:start].strip():  # a sentence opening its paragraph: « ce » names
        paragraph = chunk.text.rfind("\n\n", 0, paragraph)  # what the paragraph before told (6-4.20 b) « Ce congé »)
    paragraph = max(first, paragraph)
    return chunk.text[:first] + " " + chunk.text[paragraph:end] if paragraph > first else chunk.text[:end]


# an event a sentence says must have occurred within a delay before what it precedes (Cris 5-15.02 « le décès … est
# survenu dans les 30 jours précédant cette demande »), not a notice due before a meeting (5-6.03)
_OCCURRED_WITHIN = re.compile(r"\b(?:survenue?s?|produite?s?|eu\s+lieu|intervenue?s?|arrivée?s?)\s+(?:dans\s+les|au\s+cours\s+"
                              r"des|durant\s+les|pendant\s+les)\b", re.IGNORECASE)


def _list_lead(text: str, start: int) -> str:
    """The introduction of the list of conditions whose item starts at ``start`` in ``text`` (``_LIST_ITEM``), from its
    sentence's start to its colon (``_CONDITIONS_LEAD``), with a space after it: the rule every item of the list is a
    condition of (Cris 5-15.02's « … un congé sans traitement … si : » before « - a) le décès … »); empty when the text
    there is no list item, its lines back to the colon are not all items of that list, or the introduction lists no
    conditions."""
    if not _LIST_ITEM.match(text, start):
        return ""
    colon = text.rfind(":", 0, start)
    if colon < 0 or not all(not line.strip() or _LIST_ITEM.match(line) for line in text[colon + 1:start].split("\n")):
        return ""
    opening = max(text.rfind(mark, 0, colon) for mark in (". ", ".\n", "\n\n", ";")) + 1
    lead = text[opening:colon + 1].strip()
    return lead + " " if _CONDITIONS_LEAD.search(lead.replace("’", "'")) else ""


def _unmet_condition(sentence: str, words: set[str], read: str = "") -> bool:
    """Whether ``sentence`` sets its rule for the teachers a condition or a role names (``_CONDITION``, ``_ROLE``), or
    the text it is read with (``read``, ``_read_with``) for an officer of the union (``_OFFICE``), and the question
    shares none of its words: the question is not about those teachers."""
    found = _CONDITION.search(sentence) or _ROLE.search(sentence) or _OFFICE.search(read or sentence)
    return bool(found and not words & set(tokenize(found.group(1))))


# right after a delay, in its parentheses, the case it is set for (« douze (12) mois de travail dans le cas d'une
# suspension disciplinaire) »)
_CASE = re.compile(r"\s*(?:dans le cas d(?:e la |e l'|u |es |'une? |'))([^)(]{3,80})\)", re.IGNORECASE)


def _case_words(sentence: str, rule: Delay) -> set[str]:
    """The words of the case a delay is set for, in parentheses right after it (``_CASE``), or none; but those the rest
    of the sentence writes too, which name what every case of it is about, not this one (5-6.09 « toute mesure
    disciplinaire … (… dans le cas d'une suspension disciplinaire) »: « suspension » alone, not « disciplinaire »)."""
    plain = sentence.replace("’", "'")
    at = plain.lower().find(rule.phrase.lower()) if rule.phrase else -1
    found = _CASE.match(plain, at + len(rule.phrase)) if at >= 0 else None
    if not found:
        return set()
    return set(tokenize(found.group(1))) - set(tokenize(plain[:found.start(1)] + " " + plain[found.end(1):]))


# a list item's lead up to its colon (Cris 5-14.02 « A) En cas de décès de sa conjointe ou son conjoint, … : »,
# Bourget 6-1.02 « - g) le mariage ou l'union civile du salarié éducateur : »): the case its delay is set for
_ITEM_LEAD = re.compile(r"^[ \t]*(?:[-–][ \t]*)?[A-Za-z]\)[ \t]*([^:\n]{3,300}):", re.MULTILINE)


def _compound_words(text: str) -> set[str]:
    """The words of ``text`` with its compounds as one word each (« grand-mère » : « grandmère », apart from
    « mère »), as list items' cases are told apart (``_item_case``)."""
    return set(tokenize(_COMPOUND.sub(r"\1\2", text)))


_COMPOUND = re.compile(r"(\w)-(?=\w)(\w)")


def _item_case(text: str, sentence: str, rule: Delay) -> set[str]:
    """The words (``_compound_words``) of the case a list item of ``text`` holding ``sentence`` is set for
    (``_ITEM_LEAD``) that no other item's lead setting a delay writes: « conjoint » for 5-14.02 A)'s « 7 jours
    consécutifs … », not « décès », which B) and C) write too; « mère » for B), C)'s being « grand-mère » and D)'s
    (« le jour du mariage », no delay) no rival; none when the sentence is in no list item or ``rule`` is in the lead
    itself (G) « Un maximum annuel de 3 jours ouvrables pour couvrir : … »: no case, what it covers follows)."""
    at = text.find(sentence)
    line = text.rfind("\n", 0, at) + 1 if at >= 0 else -1
    found = _ITEM_LEAD.match(text, line) if at >= 0 else None
    if found is None or found.end() > at + len(sentence) or text.find(rule.phrase, line) < found.end():
        return set()
    others = " ".join(lead[1] for lead in _ITEM_LEAD.finditer(text) if lead.start() != found.start()
                      and find_delays(text[lead.end():(text.find("\n", lead.end()) + 1 or len(text) + 1) - 1]))
    return _compound_words(found[1]) - _compound_words(others)


# right after a yearly date, the case it is set for (6-5.05 « … ou avant le 15 juin dans le cas d'une demande
# exceptionnelle soumise avant le 1er juin »), in the sentence as dates are read in it (``date_spans``: accents folded)
_DATE_CASE = re.compile(r"\s*,?\s*dans le cas d(?:e la |e l'|u |es |'une? |')([^,;.()]{3,80})")


def _date_case_words(sentence: str, rule: FixedDate) -> set[str]:
    """The words of the case a yearly date is set for, right after it (``_DATE_CASE``), or none; but those the rest of
    the sentence writes too (6-5.05's « demande » : « qui a demandé un congé »), which name what every date of it is
    about: « exceptionnelle » alone answers « une demande exceptionnelle que j'ai déposée le 20 mai » with 15 June."""
    folded = date_spans(sentence)[0]
    at = folded.find(rule.lead + rule.phrase)
    found = _DATE_CASE.match(folded, at + len(rule.lead) + len(rule.phrase)) if at >= 0 and rule.phrase else None
    if not found:
        return set()
    return set(tokenize(found.group(1))) - set(tokenize(folded[:found.start(1)] + " " + folded[found.end(1):]))


_FOLDED_MONTHS = [strip_accents(month) for month in MONTHS]
# the day a yearly cycle is taken at, written with no year (5-2.08 « la Commission établit en date du 30 juin
# l'ancienneté … et en fait parvenir une liste au Syndicat avant le 30 novembre de chaque année »), accents folded
_REFERENCE_DAY = re.compile(rf"\b(?:en date du|au)\s+(1er|\d{{1,2}})\s+({'|'.join(_FOLDED_MONTHS)})\b"
                            r"(?!\s*,?\s*\d{4})")


def _reference_met(sentence: str, day: date | None) -> bool:
    """Whether ``sentence`` writes ``day``'s day and month as the day its yearly cycle is taken at (``_REFERENCE_DAY``):
    « la liste d'ancienneté au 30 juin 2027 » dates that cycle, not an event a delay runs from."""
    if day is None:
        return False
    return any((1 if found[1] == "1er" else int(found[1]), _FOLDED_MONTHS.index(found[2]) + 1) == (day.day, day.month)
               for found in _REFERENCE_DAY.finditer(date_spans(sentence)[0]))


# a day a yearly date's cycle goes on to, written with no year (5-1.14 « … un avis écrit donné au Collège avant le 1er
# avril et sa démission devient effective le 1er juillet suivant », 6-6.05 « … avant le 1er mai qui suit »), accents folded
_FOLLOWING_DAY = re.compile(rf"\b(?:le|au|du)\s+(1er|\d{{1,2}})\s+({'|'.join(_FOLDED_MONTHS)})\s+(?:suivant|qui\s+suit)\b")


def _following_day_met(sentence: str, rule: Delay | FixedDate, day: date | None) -> bool:
    """Whether ``sentence`` sets a yearly date (``rule``) and names ``day``'s day and month as a later day of its
    cycle (``_FOLLOWING_DAY``): « je veux que ma démission prenne effet le 1er juillet 2028 » is 5-1.14's cycle, whose
    notice is due « avant le 1er avril » before it, not 30 working days before a departure."""
    if day is None or not isinstance(rule, FixedDate):
        return False
    return any((1 if found[1] == "1er" else int(found[1]), _FOLDED_MONTHS.index(found[2]) + 1) == (day.day, day.month)
               != (rule.day, rule.month) for found in _FOLLOWING_DAY.finditer(date_spans(sentence)[0]))


# a delay run from the agreement's own coming into force (Cris 5-2.08 « Dans les 45 jours de l'entrée en vigueur de la
# convention, la Commission établit l'ancienneté au 30 juin 2006 … »): it ran once, long ago; not a change's coming into
# force (5-10.15 « au moins 60 jours avant son entrée en vigueur »)
_IN_FORCE = re.compile(r"\bentr[ée]e\s+en\s+vigueur\s+(?:de\s+la\s+convention|des\s+pr[ée]sentes|de\s+ce\s+chapitre|"
                       r"de\s+l'entente|de\s+l'accord)\b", re.IGNORECASE)


def _ran_once(question: str, origin: str | None, found: Sequence[Delay | FixedDate]) -> bool:
    """Whether a delay runs from the agreement's own coming into force (``origin``, ``_IN_FORCE``) that the question does
    not ask of, and is its sentence's only rule (``found``): with another (6-1.18 « … dans les 60 jours de l'entrée en
    vigueur de la convention ou dans les 60 jours de la démission … ») both read that start, and the sentence stays."""
    return bool(origin and _IN_FORCE.search(origin) and not _IN_FORCE.search(question) and len(found) == 1)


# a sentence dating the coming into force that the agreement's delays run from (Cris 10-12.01 « L'expression dans les
# « x » jours ou mois de l'entrée en vigueur de la convention s'applique à compter de la date de la signature de
# l'amendement convenu, soit le 28 juin 2006 »): it names delays (days, months), the coming into force, a year
_IN_FORCE_DATING = re.compile(r"\b(?:jours?|mois|d[ée]lais?)\b.*\bentr[ée]e\s+en\s+vigueur\b.*\b(?:19|20)\d{2}\b",
                              re.IGNORECASE | re.DOTALL)


def _reference_is_act(question: str, reference: str | None) -> bool:
    """Whether the date a delay ends before (``reference``: « cette demande », Cris 5-15.02) is the act the question
    asks the deadline of (``_act_words``: « … jusqu'à quand je peux faire ma demande ? ») and names nothing the question
    dates before its cue (« mon conjoint est décédé le 3 mars ») : the question dates the event that must precede the
    act, whose last day is then counted after it (not « mon congé commence le 11 janvier, quand faire ma demande ? »,
    6-4.33 « … avant la date du début du congé », nor « l'ordre du jour doit être envoyé quand si la réunion est le
    14 octobre ? », 4-2.08 « … avant la rencontre »)."""
    if not reference:
        return False
    # what the question dates: the words of each part of it (between punctuation marks) holding a date (« si la
    # réunion est le mercredi 14 octobre » dates the meeting a notice precedes, not an event before the act)
    dated = " ".join(part for part in re.split(r"[.;:!?,]", question.replace("’", "'")) if parse_date(part, current_date()))
    return bool(set(tokenize(reference)) & _act_words(question)) and not _roots(reference) & _roots(
        _DATE_WORDS.sub(" ", dated))


def _grievance_line(draft: Draft, means: Quoted, clause: str) -> None:
    """Says, third in the answer (after the date and the delay's sentence), that the act asked is exercised by grievance
    (``means``: the clause saying so and its sentence, quoted and cited) and so on the grievance delay of ``clause``."""
    chunk, sentence = means.chunk, means.sentence
    label = draft.cite(chunk, sentence, f"Recours par grief : {chunk.clause_id}")
    quote = re.sub(rf"^\s*{re.escape(chunk.clause_id)}\s+", "", sentence).strip()
    draft.parts.insert(min(2, len(draft.parts)),
                       f"Selon {chunk.clause_id} : « {one_line(quote)} » {label} Ce recours se fait par grief et la "
                       f"clause ne fixe pas de délai propre : c'est le délai de dépôt du grief ({clause}) qui "
                       f"s'applique.".replace("  ", " "))


def _chain_steps(draft: Draft, clause: str, rule: Delay, sentence: str, chained: FoundRule, asked: date,
                 result: DeadlineResult) -> None:
    """The two steps of a delay running after another clause's (7-1.04 after 7-1.02): that clause's delay quoted,
    cited and counted from the question's date, then this one counted from its end (``result``)."""
    step = re.sub(rf"^\s*{re.escape(chained.chunk.clause_id)}\s+", "", chained.sentence).strip()
    cite = draft.cite(chained.chunk, step, f"Délai de {chained.chunk.clause_id}")
    draft.parts.append(f"Étape 1 — selon {chained.chunk.clause_id} : « {one_line(step)} » {cite} "
                       f"{describe_delay(chained.rule)} à partir du {format_date(asked)} : ce délai prend fin le "
                       f"{format_date(result.start, weekday=True)}.".replace("  ", " "))
    runs = _CHAINED.search(sentence).group(0)  # the words of this sentence, quoted as written
    draft.parts.append(f"Étape 2 — selon {clause}, le délai de {describe_delay(rule)} court « {runs} », donc à partir "
                       f"du {format_date(result.start)} : au plus tard le {format_date(result.end_date, weekday=True)}.")


# a condition listed under a rule's lead line (Cris 6-3.01 D) « … prend effet rétroactivement … : » then « - si, au 31
# janvier … », « - et », « - si elle ou il a fourni, avant le 1er avril … »)
_CONDITION_ITEM = re.compile(r"^\s*-\s*(?:et\s+)?si\b", re.IGNORECASE)


def _condition_block(text: str, sentence: str) -> str:
    """The conditions a condition item (``_CONDITION_ITEM``) is listed with, verbatim from ``text``: its lead line
    (ending with a colon) and every item of its list, all of them to be met (6-3.01 D)'s date « avant le 1er avril »
    holds only for studies « complété[es] … au 31 janvier »); ``sentence`` itself when it is no such item."""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if _CONDITION_ITEM.match(sentence) and sentence.strip() in line), None)
    if at is None:
        return sentence
    first = last = at
    while first > 0 and lines[first - 1].startswith(" -"):
        first -= 1
    if first > 0 and lines[first - 1].rstrip().endswith(":"):
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].startswith(" -"):
        last += 1
    return "\n".join(lines[first:last + 1])


# the start of a delay asked, not its last day (« "dans les 30 jours de l'entrée en vigueur", ça part de quelle date ? »,
# « à compter de quel jour ça se calcule ? », « c'est quoi le point de départ ? »)
_START_ASKED = re.compile(r"\b(?:part|partent|commence|commencent|court|courent|calcule|calculent|compte|comptent)\s+"
                          r"(?:de|à partir de|a partir de|à compter de|depuis)\s+quel(?:le)?\s+(?:date|jour)\b|"
                          r"\b(?:à|a)\s+(?:partir|compter)\s+de\s+quel(?:le)?\s+(?:date|jour)\b|\bpoint\s+de\s+d[ée]part\b",
                          re.IGNORECASE)


# a sentence whose case is the one the sentence before it tells (5-2.07 A « Pendant les cent (100) premiers jours de
# travail de sa période d'essai, le salarié éducateur peut signifier … son intention de retourner … Dans ce dernier cas,
# la décision … ne doit pas dépasser le 1er avril … »): « dans ce (dernier) cas », « en pareil cas »,
# « dans un tel cas »
_CASE_BEFORE = re.compile(r"\s*(?:dans\s+(?:ce|ces|un\s+tel|de\s+tels|cette)\s+(?:derniers?\s+|derni[èe]re\s+)?"
                          r"(?:cas|situation|[ée]ventualit[ée])|en\s+(?:pareil|ce|tel)\s+cas)\b", re.IGNORECASE)


def _with_case_before(text: str, sentence: str) -> str:
    """``sentence`` with the sentence before it in ``text`` when it opens on that sentence's case (``_CASE_BEFORE``):
    what the rule is for is said there (a yearly date quoted alone would lose it); else ``sentence`` itself."""
    if not _CASE_BEFORE.match(sentence) or (at := text.find(sentence.strip())) <= 0:
        return sentence
    before = [start for start, end in split_sentences(text) if end <= at]
    return text[before[-1]:at + len(sentence.strip())] if before else sentence


# a sentence telling what passing the delay just set costs (7-1.02 « Si l'enseignant excède ce délai, son classement
# n'est pas rétroactif … », 5-5.04 « À défaut de respecter le délai relatif à l'avis … une pénalité », Cris 5-3.11
# « À défaut de cet avis … dans le délai imparti, la Commission décide »): passing said of « ce/le délai » (exceeded,
# not kept, missed, over), or a sentence opening on what follows the delay (« Passé ce délai », « Après ce délai »,
# « Faute de quoi », « Sinon »)
_DELAY_WORD = r"(?:ce|le|ces|les|ledit|tel|un\s+tel|son|leur)\s+d[ée]lais?\b"
_MISSED = re.compile(rf"\b(?:exc[èe]d\w*|d[ée]pass\w*|outrepass\w*)\s+(?:\w+\s+){{0,2}}?{_DELAY_WORD}|"
                     rf"(?:\bne\s+|\bn'|\b(?:à|a)\s+d[ée]faut\s+de\s+|\bfaute\s+de\s+)(?:\w+\s+){{0,2}}?(?:respect|observ)\w*"
                     rf"(?:\s+pas)?\s+{_DELAY_WORD}|{_DELAY_WORD}[^.;]{{0,40}}\bn'(?:est|a)\s+pas\s+(?:été\s+)?(?:respect|observ)|"
                     rf"\b(?:à|a)\s+d[ée]faut\b[^.;]{{0,120}}?\b(?:dans|à\s+l'int[ée]rieur\s+d[ue]s?)\s+{_DELAY_WORD}|"
                     rf"^\W*(?:pass[ée]|apr[èe]s|au-del[àa]\s+d[ue]s?|hors\s+d[ue]s?|à\s+l'expiration\s+d[ue]s?)\s+{_DELAY_WORD}|"
                     rf"^\W*(?:faute\s+de\s+quoi|(?:à|a)\s+d[ée]faut\s+de\s+quoi|sinon)\b", re.IGNORECASE)


def _with_consequence(text: str, quote: str) -> str:
    """``quote`` (verbatim in ``text``) with the sentence that follows it when that sentence says what passing its
    delay costs (``_MISSED``): the teacher asking the last day is told what happens after it (7-1.02's classement « n'est
    pas rétroactif »), in the words of the same clause; else ``quote`` itself."""
    if (at := text.find(quote.strip())) < 0:
        return quote
    end = at + len(quote.strip())
    after = next(((begin, stop) for begin, stop in split_sentences(text) if begin >= end), None)
    if after is None or "\n\n" in text[end:after[0]] or not _MISSED.search(text[after[0]:after[1]]):
        return quote
    return text[at:after[1]].rstrip()


# a sentence telling a case apart from its clause's rule (« Toutefois, selon des situations particulières ou
# exceptionnelles, … », « Cependant … », « malgré ce qui précède »), accents folded, lower case
# a question telling that the yearly date will be missed (« je pourrai pas le donner au Collège pour le 15 août
# 2027 », « je serai pas capable de l'envoyer avant le … »)
_MISSED_TOLD = re.compile(r"\b(?:pourrai|pourra|pourrons|peux|peut|serai|sera|arriverai|arrivera)\s+pas\b[^.?!]{0,60}?"
                          r"\b(?:pour|avant|d'ici)\s+le\b", re.IGNORECASE)
# an exception sentence for a cause the teacher must have (7-2.02 « pour des motifs hors de son contrôle »), and a
# question telling that case (« c'est pas de ma faute », « je pourrai pas le donner … pour le 15 août »)
_FOR_A_CAUSE = re.compile(r"\bhors\s+de\s+son\s+controle\b")
_CAUSE_TOLD = re.compile(r"\bpas\s+de\s+ma\s+faute\b|\bhors\s+de\s+mon\s+contr[ôo]le\b|\bmalgr[ée]\s+moi\b|"
                         r"\bpas\s+(?:à|a)\s+cause\s+de\s+moi\b", re.IGNORECASE)


def _for_a_cause(sentence: str) -> bool:
    """Whether an exception sentence holds only for a cause the teacher must have (``_FOR_A_CAUSE``)."""
    return bool(_FOR_A_CAUSE.search(_fold_lower(sentence)))


def _case_told(question: str) -> bool:
    """Whether the question tells that its date will be missed or was missed through no fault of the teacher's."""
    plain = question.replace("’", "'")
    return bool(_MISSED_TOLD.search(plain) or _CAUSE_TOLD.search(plain))


_EXCEPTION_CUE = re.compile(r"\b(?:toutefois|cependant|neanmoins|malgre|exceptionnel\w*|exceptionnellement|"
                            # 7-2.02 / 7-5.14 « Dans l'éventualité où …, pour des motifs hors de son contrôle, … il aura
                            # alors jusqu'au 1er octobre » (DEV Q2309)
                            r"hors\s+de\s+son\s+controle)\b")
# an exception sentence naming the rule's delay again (« … dans le délai précité »): the same act, whatever words it
# shares with the rule's sentence
_RULE_NAMED = re.compile(r"\b(?:delai\s+precite|ce\s+delai)\b")


# hand-set: the share of the rule sentence's words its exception sentence writes again (6-5.04's two sentences share
# 0.62 of them; Cris 5-3.13's « Cependant … avant le 31 décembre » shares 0.37 of « avant le 1er juin … combler un
# poste vacant »), measured with /tmp/s23/D1/share.py
_EXCEPTION_SHARE = 0.5


def _passed_day(fixed: FixedDateResult, now: date | None, ahead: bool) -> date | None:
    """The last day of the year asked that the question's today (``now``) has passed: the school year's date when it is
    before today, or this year's when ``compute_fixed_date`` gave next year's for it (« on est le 20 août 2026 » for
    « au plus tard le 15 août de chaque année »); None when it is still ahead, or today is not told."""
    if now is None or ahead or fixed.calendar_year is not None:
        return None
    if fixed.school_year is not None:
        return fixed.end_date if fixed.end_date < now else None
    this_year = fixed_last_day(now.year, fixed.rule)
    return this_year if this_year < now < fixed.end_date else None


def _fold_lower(text: str) -> str:
    return strip_accents(text.lower().replace("’", "'")).replace("^{er}", "er")


class DeadlineAnswers:
    """Deadline lookups (mixed into DirectAnswers)."""

    prolong_params: ProlongParams = ProlongParams()

    def calendar(self, doc: str) -> CalendarRules:
        """The agreement's calendar rules, read from all its clauses (cached per document)."""
        if doc not in self._rules:
            clauses = {clause: self.clause_text(doc, clause) for clause in self._doc_clauses.get(doc, ())}
            self._rules[doc] = rules_from_clauses(clauses, source_doc=doc)
        return self._rules[doc]

    def _deadline(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                  history: Sequence[Answer] = ()) -> Draft | None:
        # a short follow-up giving only another date (« Pis si j'ai su ça le 3 mars 2027 ? ») asks the earlier deadline
        # question again from that date, over the passages it was answered from (its clause kept: the follow-up's own
        # search, the earlier question and the new turn together, may lead with another delay of the same article)
        again = redated_question(question, history, lambda earlier: _question_dates(earlier)[0], self.mentioned_documents)
        if again is not None:
            question, hits = again.question, again.turn.hits or hits
        question = without_hearsay(question)
        period_end = not _DEADLINE_CUE.search(question) and bool(_PERIOD_END_ASKED.search(question))
        if not _DEADLINE_CUE.search(question) and not _LENGTH_ASKED.search(question) and not period_end:
            return None
        start, now = _question_dates(question)
        if start is None:
            return None if period_end else (self._school_year(question, hits, docs)
                                             or self._calendar_year(question, hits, docs)
                                             or self._in_force(question, hits, docs)
                                             or self._undated(question, hits, docs))
        if (length := _leave_length(question)) is not None and (
                ended := self._leave_end(question, hits, docs, start, now, length)) is not None:
            return ended
        rivals: list[tuple[Chunk, Delay, str, str]] = []
        searched = self._with_mapped(question, hits, docs)
        chosen = self._delay_clause(question, searched, docs, rivals, depth=len(searched),
                                    yearly=_year_planned(question, now))
        # « contester une mesure disciplinaire » : a right exercised par grief (5-6.11) runs on the grievance delay
        if period_end and (chosen is None or not isinstance(chosen.rule, Delay) or not chosen.rule.ranked_day):
            return None  # the end of a period asked: only a day ranked after an event gives it
        route = self._by_grievance(question, hits, docs, chosen)
        means = route.means if route is not None else None
        if route is not None:
            chosen = route.filing
        elif chosen is not None and _FILING_WORDS & self._act(question) and _FILING.search(question) and not (
                _FILING_WORDS & set(tokenize(chosen.sentence))) and (
                filing := self._grievance_delay(chosen.chunk.doc)) is not None:
            # « le syndicat doit poster son avis de grief au plus tard quand ? » about a matter whose clauses set other
            # delays (Cris 5-3.13's « avant le 1er juin » for a grievance on 5-3.00): the grievance is what is filed, on
            # the agreement's grievance delay (9-1.03)
            chosen = filing
        if (chosen is not None and isinstance(chosen.rule, Delay) and start == now
                and _VAGUE_MOMENT.search(question.replace("’", "'"))):
            # « on est le 5 septembre, j'ai appris à la fin juin … »: today is no start for a delay (a yearly date
            # still is); the delay and what it runs from are said, the exact date asked for
            return self._stated(chosen.chunk, chosen.rule, chosen.sentence, rough=True)
        if chosen is None:
            return self._question_delay(question, start, hits, docs)
        if isinstance(lacking := self._topic_lacking(question, hits, docs, chosen), Draft):
            return lacking
        chosen = lacking or chosen
        others = self._other_agreements(question, hits, chosen, docs)
        draft = Draft()
        if not others:
            chosen, rival = _regimes(question, chosen, rivals)
            self._count(draft, start, chosen.chunk, chosen.rule, chosen.sentence, question=question, now=now)
            if means is not None:
                _grievance_line(draft, means, chosen.chunk.clause_id)
            self._case_said(draft, chosen.chunk, chosen.rule, chosen.sentence)
            if rival is not None:
                self._other_regime(draft, start, rival)
            return draft
        # nothing says which agreement: each counts its own delay on its own calendar (issue 10)
        draft.parts.append("Votre question ne précise pas l'entente, et chacune fixe son propre délai ; voici le calcul "
                           "selon chacune (cochez votre entente pour n'en voir qu'une) :")
        for found in [chosen, *others]:
            title = self.documents.get(found.chunk.doc, {}).get("title") or found.chunk.doc
            draft.parts.append(f"▸ **{title}** :")
            self._count(draft, start, found.chunk, found.rule, found.sentence, question=question,
                        now=now)  # each from its own event
        return draft

    def _leave_end(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None, start: date,
                   now: date | None, length: Delay) -> Draft | None:
        """The last day of a leave whose length and first day the question gives (``_leave_length``; DEV Q2308 « mon
        congé de maternité de 21 semaines a commencé le mercredi 6 janvier 2027 … Il finit quand ? » : 21 weeks, the 6th
        counted as day 1: Tuesday 1 June 2027), on the clause among the first hits that sets that length (6-4.05 « un
        congé de maternité d'une durée de vingt et une (21) semaines »), quoted and cited, with the sentences of its
        article among the hits that prolong such a leave (6-4.13 « … une prolongation de son congé de maternité égale
        à la période de retard, sauf si … »), said after it. None when no hit sets that length."""
        scope = self._scope(question, docs)
        setting: tuple[Chunk, str, Delay] | None = None
        for _, hit in self._searched(hits[: self.params.delay_hits]):
            chunk = hit.chunk
            if scope and chunk.doc not in scope:
                continue
            for begin, end in split_sentences(chunk.text):
                sentence = chunk.text[begin:end]
                same = next((d for d in find_delays(sentence, source_clause=chunk.clause_id, source_doc=chunk.doc)
                             if (d.amount, d.unit) == (length.amount, length.unit)), None)
                if same is not None:
                    setting = chunk, sentence, same
                    break
            if setting is not None:
                break
        if setting is None:
            return None
        chunk, sentence, rule = setting
        first = _event_date(question, start, now, _LEAVE_START)
        result = compute_deadline(first, replace(rule, direction="after", consecutive=True), self.calendar(chunk.doc))
        head, _, rest = format_answer(result).partition("\n\n")
        head = head.replace("Au plus tard le", "Dernier jour du congé : le")
        draft = Draft()
        label = draft.cite(chunk, sentence, f"{head.replace('**', '')} : {describe_delay(rule)}")
        quote = re.sub(rf"^\s*{re.escape(chunk.clause_id)}\s+", "", sentence).strip()
        draft.parts.extend([f"{head} {label}".rstrip(), f"Selon {chunk.clause_id} : « {one_line(quote)} »", rest])
        said = 0
        for _, hit in self._searched(hits[: self.params.delay_hits]):
            other = hit.chunk
            if other.doc != chunk.doc or other.clause_id == chunk.clause_id or not _same_part(
                    chunk.clause_id, other.clause_id, "article"):
                continue
            for begin, end in split_sentences(other.text):
                line = other.text[begin:end]
                # a sentence, not the article's heading (« Prolongation du congé de maternité »)
                if said < _PROLONGING_SAID and re.search(r"\bprolong", line, re.IGNORECASE) and len(line.split()) >= 8:
                    cited = draft.cite(other, line, f"À noter : {other.clause_id}")
                    shown = re.sub(rf"^\s*{re.escape(other.clause_id)}\s+", "", line).strip()
                    draft.parts.append(f"À noter — {other.clause_id} : « {one_line(shown)} » {cited}".rstrip())
                    said += 1
        return draft

    def _school_year(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None) -> Draft | None:
        """A deadline asked, without a date, for the one school year the question names (Cris « si la Commission décide
        de pas renouveler mon engagement pour 2027-2028, elle a jusqu'à quand pour m'en aviser ? »): the yearly date
        among the hits (preferred to a delay, as on a question saying today's date) within that school year, or within
        the one before when its sentence sets it for the year after (``_FOR_OTHER_YEAR``: 5-8.06 « avant le 1er juin
        de l'année scolaire en cours … pour l'année scolaire suivante » : 31 May 2027). None when the question names
        no school year or several, or when the rule chosen is a delay (left to the undated answer). Two years in a row
        (« libéré en 2027-2028 pis je veux continuer en 2028-2029 ») are the year the teacher acts in and the one acted
        for: the date is the second one's when its sentence sets it for the year after (3-5.10 « avant le 1er avril »
        … « pour l'année de travail suivante » : 31 March 2028), else the first one's."""
        years = set(school_years(question))
        pair = len(years) == 2 and max(years) - min(years) == 1
        if len(years) != 1 and not pair:
            return None
        chosen = self._delay_clause(question, self._with_mapped(question, hits, docs), docs, yearly=True)
        if chosen is None or not isinstance(chosen.rule, FixedDate):
            return None
        for_next = _for_next(question, chosen.sentence, chosen.rule)
        fixed = compute_school_year_date(max(years) if for_next else min(years), chosen.rule,
                                         self.calendar(chosen.chunk.doc), for_next=for_next)
        draft = Draft()
        self._fixed_said(draft, chosen.chunk, chosen.rule, chosen.sentence, fixed)
        return draft

    def _calendar_year(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None) -> Draft | None:
        """A deadline asked, without a date nor a school year, for the one calendar year the question names
        (``calendar_years``: « la liste des salariés … pour cet automne 2027, c'est quoi la date limite ? »): the yearly
        date among the hits in that year (3-3.03 « au plus tard le 15 novembre de chaque année » : 15 November 2027),
        or in the year after when its sentence sets it after the year it covers (``_AFTER_THE_YEAR``: 3-6.05 « avant le
        28 février qui suit l'année écoulée », asked « pour l'année civile 2026 » : 27 February 2027). None when the
        question names no such year or several, or when the rule chosen is a delay (left to the undated answer). A year
        before today's is a moment of the teacher's story (« permanent depuis 2015 », « embauché en 2019 »), not one
        asked."""
        years = {year for year in calendar_years(question) if year >= current_date().year}
        if len(years) != 1 or school_years(question):
            return None
        chosen = self._delay_clause(question, self._with_mapped(question, hits, docs), docs, yearly=True)
        if chosen is None or not isinstance(chosen.rule, FixedDate):
            return None
        fixed = compute_year_date(years.pop(), chosen.rule, self.calendar(chosen.chunk.doc),
                                  following=bool(_AFTER_THE_YEAR.search(chosen.sentence)))
        draft = Draft()
        self._fixed_said(draft, chosen.chunk, chosen.rule, chosen.sentence, fixed)
        return draft

    def _with_mapped(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None) -> list[Hit]:
        """The hits searched for a delay (``delay_hits``), then, for a question of one agreement, the passages of that
        agreement with a sentence setting a delay and holding all the agreements' words for a wording of the question
        (``agreement_phrases`` of ``_MAPPED_WORDS`` words or more; at most ``_MAPPED_CLAUSES`` clauses, those writing
        more of the question's wordings first, then in the agreement's order): « la direction veut changer mon
        horaire » finds 8-15.08 « Le Collège ne peut modifier l'horaire de travail … sans un préavis de sept (7) jours »
        where the passage vectors do not. Ranked after the hits: they weigh as the last hit."""
        head = list(hits[: self.params.delay_hits])
        scope = self._scope(question, docs)
        phrases = [p for p in agreement_phrases(question) if len(set(tokenize(p))) >= _MAPPED_WORDS]
        if not phrases or not scope or len(scope) != 1:
            return head
        seen = {(h.chunk.doc, h.chunk.clause_id) for h in head}
        found = [clause for phrase in phrases for clause in self._delay_clauses_writing(scope[0], phrase)]
        order = {clause: at for at, clause in enumerate(self._doc_clauses.get(scope[0], ()))}
        extra = sorted((c for c in set(found) if (scope[0], c) not in seen), key=lambda c: (-found.count(c), order[c]))
        extra = extra[:_MAPPED_CLAUSES]
        return head + [Hit(chunk, 0.0, ("mapped",)) for c in extra for chunk in self._clause_chunks[(scope[0], c)]]

    def _delay_clauses_writing(self, doc: str, phrase: str) -> list[str]:
        """The clauses of ``doc`` with a sentence holding every word of ``phrase`` and setting a delay (no length of
        time), in the agreement's order (cached)."""
        cache = self.__dict__.setdefault("_writing_cache", {})
        if (doc, phrase) not in cache:
            wanted = set(tokenize(phrase))
            cache[doc, phrase] = [
                clause for clause in self._doc_clauses.get(doc, ())
                if any(wanted <= set(tokenize(sentence)) and any(not is_duration(sentence, d) for d in find_delays(sentence))
                       for chunk in self._clause_chunks[(doc, clause)]
                       for sentence in (chunk.text[b:e] for b, e in split_sentences(chunk.text)))]
        return cache[doc, phrase]

    def _clause_words(self, doc: str, clause: str) -> set[str]:
        """The words of a clause (all its passages, their headings), cached."""
        cache = self.__dict__.setdefault("_clause_words_cache", {})
        if (doc, clause) not in cache:
            cache[doc, clause] = {w for chunk in self._clause_chunks.get((doc, clause), [])
                                  for w in tokenize(f"{chunk.text} {_heading(chunk)} {chunk.article_title or ''}")}
        return cache[doc, clause]

    def _topic_lacking(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                       chosen: FoundRule) -> Draft | FoundRule | None:
        """A notice asked for an event of whose words (``_topic``, the agreement's words for everyday ones too) the
        chosen delay's clause holds none but the one most clauses of the agreement hold: the agreement gives no delay
        for that event, said with the clauses that name its rarest word (Cris « je veux prendre mon congé de maternité le … ; je dois
        aviser la Commission au plus tard quand ? »: 8-3.02's 18 months before a congress shares « congé »; the Cris
        agreement names « maternité » in two clauses, neither with a notice), rather than counting an unrelated delay;
        or the delay of a later hit whose sentence holds that word."""
        scope = self._scope(question, docs)
        origin = (_rule_origin(chosen.chunk.text, chosen.sentence, chosen.rule) if isinstance(chosen.rule, Delay)
                  else None)
        if (not _NOTICE_ASKED.search(question.replace("’", "'")) or len(scope or ()) != 1
                or chosen.chunk.doc != scope[0] or origin and _ANY_EVENT.search(origin)):
            return None  # a grievance's notice runs from whatever event (« l'avis de grief » : no notice asked)
        doc, topic = scope[0], _topic(expand(question)) - self._act_names()  # « élu » : « charge publique »
        clauses = self._doc_clauses.get(doc, ())
        counts = {w: n for w in topic if (n := sum(w in self._clause_words(doc, c) for c in clauses))}
        if not counts:
            return None
        # the clause must hold a topic word beside the one most clauses hold (« congé »)
        common = max(counts, key=lambda w: (counts[w], w))
        # the clause's words, and those of the clauses its sentence names (6-5.12 « Le salarié éducateur visé par la
        # clause 6-5.11 » : the « prêt de service » of 6-5.11)
        held = self._clause_words(doc, chosen.chunk.clause_id).union(
            *(self._clause_words(doc, c) for c in self._named_clauses(chosen.chunk, chosen.sentence)))
        if len(counts) < 2 or held & (set(counts) - {common}):
            return None
        rare = min((w for w in counts if w not in held), key=lambda w: (counts[w], w))
        # a delay sentence of a later hit holding it (Bourget 6-4.24 a) « Ce congé [pour adoption] est accordé à la suite
        # d'une demande écrite au moins trois (3) semaines à l'avance », behind 6-4.15's return notice) answers
        again = self._delay_clause(question, hits, docs, depth=len(hits), needed=frozenset({rare}))
        if again is not None and _NOTICE_SENTENCE.search(again.sentence):  # a notice or request (not « 21 semaines »)
            return again
        naming = [c for c in clauses if rare in self._clause_words(doc, c)]
        word = next((w for w in re.findall(r"[^\W\d_]{4,}", question) if rare in tokenize(w)), rare)
        title = self.documents.get(doc, {}).get("title") or doc
        draft = Draft(abstained=True)
        draft.parts.append(f"Je ne trouve pas, dans « {title} », de délai d'avis ou de demande fixé pour « {word} » : "
                           f"aucune date limite ne peut être calculée. Les clauses qui en parlent "
                           f"({', '.join(naming[:self.params.topic_naming_clauses])}) ne fixent pas un tel délai ; le "
                           f"délai le plus proche ({chosen.chunk.clause_id}) vise une autre situation. À vérifier avec "
                           f"votre syndicat.")
        return draft

    def _naming_tokens(self, question: str) -> set[str]:
        """The tokens of the agreements' names the question writes (« Au Collège », « à la CS crie »): what scopes it,
        not its topic (« collège » is in most of Bourget's delay sentences)."""
        return {token for alias, _ in self.named_aliases(question) for token in alias}

    def _act_names(self) -> set[str]:
        """The tokens of the agreements' names (« Collège », « Cris »)."""
        return {token for aliases in self._aliases.values() for alias in aliases for token in alias}

    def _undated(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None) -> Draft | None:
        """A deadline or notice asked without a date, of one agreement: the delay sentence about the event the question
        names (its words beyond ``_NOT_EVENT``), stated with what it runs from, when it is not the first hit's clause
        (the ordinary answer quotes that one): Cris « Le syndicat a jusqu'à quand pour déposer un grief ? » gets 9-1.03's
        120 days, not 9-2.02's arbitration delay. A question asking the length of a notice or delay
        (``_LENGTH_ASKED``) whose event no delay sentence among the hits names is told so (« je veux démissionner, je
        dois donner combien de préavis ? » where no clause sets a resignation notice), abstained."""
        scope = self._scope(question, docs)
        if not scope or len(scope) != 1 or not hits:
            return None
        event = frozenset(tokenize(_DATE_WORDS.sub(" ", expand(question.replace("’", "'"))))) - _NOT_EVENT
        if not event:
            return None
        needed = event - _TIME_WORDS or event
        found = self._delay_clause(question, hits, scope, needed=needed)
        if (route := self._by_grievance(question, hits, scope, found)) is not None:
            filing = route.filing  # « combien de temps pour contester une mesure disciplinaire ? »
            draft = self._stated(filing.chunk, filing.rule, filing.sentence)
            _grievance_line(draft, route.means, filing.chunk.clause_id)
            return draft
        title = self.documents.get(scope[0], {}).get("title") or scope[0]
        if found is None:
            # said absent only when no hit's heading names the event either (« contester mon classement » : 7-1.09's
            # « demande de révision », under « Classement de l'enseignant », is left to the ordinary answer)
            headings = {t for h in hits[: self.params.delay_hits] if h.chunk.doc == scope[0]
                        for t in tokenize(f"{h.chunk.title or ''} {h.chunk.article_title or ''}")}
            if not _LENGTH_ASKED.search(question) or event & headings:
                return None
            draft = Draft(abstained=True)
            named = ", ".join(f"« {w} »" for w in re.findall(r"[^\W\d_]{4,}", question)
                              if set(tokenize(w)) & needed) or "ce que vous demandez"
            closest = ", ".join(dict.fromkeys(h.chunk.clause_id for h in hits[:3] if h.chunk.doc == scope[0]))
            draft.parts.append(f"Je ne trouve pas, dans « {title} », de délai ni de préavis fixé pour {named}. "
                               f"Les passages les plus proches{f' ({closest})' if closest else ''} fixent des délais "
                               f"pour d'autres situations. À vérifier avec votre syndicat.")
            return draft
        chunk, rule, sentence = found.chunk, found.rule, found.sentence
        if not _STRONG_CUE.search(question) or _after_act(question, chunk.text, sentence, rule):
            return None
        if len(event & set(tokenize(sentence))) < self.params.undated_event_share * len(event):
            return None  # a sentence sharing one word of many (« remboursées » of the Association's dues) is no answer
        # the ordinary answer quotes the first hit: kept when that clause sets a delay about the event asked, not one
        # running from the act asked (Cris 9-2.02's arbitration « suivant la date du récépissé constatant le dépôt du
        # grief » for « jusqu'à quand pour déposer un grief ? »)
        first = next((h for h in hits if h.chunk.doc == scope[0]), None)
        if first is not None and first.chunk.clause_id == chunk.clause_id and _only_how_far_ahead(question, rule):
            return self._stated(chunk, rule, sentence)  # « il doit me prévenir combien de temps avant ? »: the delay
        if first is None or first.chunk.clause_id == chunk.clause_id:
            return None
        own = self._delay_clause(question, [first], scope, needed=needed)
        if own is not None and not _after_act(question, own.chunk.text, own.sentence, own.rule):
            return None
        return self._stated(chunk, rule, sentence)

    def _in_force_dating(self, doc: str) -> tuple[Quoted, date] | None:
        """The sentence of ``doc`` dating the coming into force its delays run from (``_IN_FORCE_DATING``, Cris
        10-12.01) and that date, when it gives exactly one and sets no delay itself (not 5-2.08 « Dans les 45 jours de
        l'entrée en vigueur de la convention, la Commission établit l'ancienneté au 30 juin 2006 … ») (cached)."""
        cache = self.__dict__.setdefault("_in_force_cache", {})
        if doc not in cache:
            cache[doc] = next(
                ((Quoted(chunk, sentence), days[0]) for clause in self._doc_clauses.get(doc, ())
                 for chunk in self._clause_chunks.get((doc, clause), [])
                 for sentence in (chunk.text[b:e] for b, e in split_sentences(chunk.text))
                 if _IN_FORCE_DATING.search(sentence) and _IN_FORCE.search(sentence) and not find_delays(sentence)
                 and len(days := sorted(set(parse_dates(sentence)))) == 1), None)
        return cache[doc]

    def _in_force(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None) -> Draft | None:
        """A deadline asked without a date, of one agreement, whose delay runs from the agreement's own coming into
        force (Cris 6-1.01 « Dans les 30 jours de l'entrée en vigueur de la convention, la Centrale accrédite … »),
        a date the agreement gives (``_in_force_dating``: Cris 10-12.01's 28 June 2006): counted from it, the dating
        sentence quoted and cited; the question's own date is not needed; the start asked (``_START_ASKED``: « ça part
        de quelle date ? ») is that date alone. A delay running from anything else, or a length asked (« elle doit être
        traduite dans quel délai ? »), is left to ``_undated``."""
        scope = self._scope(question, docs)
        if not _DEADLINE_CUE.search(question) or not scope or len(scope) != 1 or (
                dating := self._in_force_dating(scope[0])) is None:
            return None  # « dans quel délai ? » asks a length: the delay is stated (``_undated``), no date counted
        found = self._delay_clause(question, self._with_mapped(question, hits, scope), scope)
        if found is None or not isinstance(found.rule, Delay) or found.rule.direction == "before":
            return None
        origin = _rule_origin(found.chunk.text, found.sentence, found.rule)
        if not origin or not _IN_FORCE.search(origin):
            return None
        quoted, start = dating
        draft = Draft()
        text = quoted.sentence.strip().rstrip("»").rstrip()  # an amendment's text closes on « » »: not the sentence's
        if _START_ASKED.search(question.replace("’", "'")):  # the start asked: that date, from the dating sentence
            label = draft.cite(quoted.chunk, text, f"Point de départ : {format_date(start, weekday=True)}")
            draft.parts += [f"**Point de départ : le {format_date(start, weekday=True)}** {label}".rstrip(),
                            f"Selon {quoted.chunk.clause_id} : « {one_line(text)} »"]
            return draft
        self._count(draft, start, found.chunk, found.rule, found.sentence, question=question)
        label = draft.cite(quoted.chunk, text, f"Entrée en vigueur : {quoted.chunk.clause_id}")
        said = (f"Point de départ selon {found.chunk.clause_id} : « {origin} » ; selon {quoted.chunk.clause_id} : "
                f"« {one_line(text)} » {label}".rstrip())
        # the count's own line says « le calcul part de la date de votre question »: the agreement's date replaces it
        at = next((i for i, part in enumerate(draft.parts) if part.startswith("Point de départ selon")), None)
        if at is None:
            draft.parts.insert(2, said)
        else:
            draft.parts[at] = said
        return draft

    def _stated(self, chunk: Chunk, rule: Delay | FixedDate, sentence: str, rough: bool = False) -> Draft:
        """A delay stated, not counted: its length, its sentence quoted, what it runs from, any prolongation, and the
        date asked for (``rough``: the question dated its event only roughly, « à la fin juin »)."""
        draft = Draft()
        written = _with_consequence(chunk.text, sentence)  # with what passing the delay costs, when said next
        quote = re.sub(rf"^\s*{re.escape(chunk.clause_id)}\s+", "", written).strip()
        said = (describe_delay(rule) if isinstance(rule, Delay) else
                f"{'avant le' if rule.kind == 'before' else 'au plus tard le'} {rule.day if rule.day > 1 else '1er'} "
                f"{MONTHS[rule.month - 1]}, chaque année")
        before = isinstance(rule, Delay) and rule.direction == "before"
        if before:  # its direction: « au moins 7 jours avant » the event (9-2.16 « au moins 7 jours à l'avance »)
            said = f"{'au moins ' if _AT_LEAST.search(sentence) else ''}{said} avant"
        label = draft.cite(chunk, written, f"Délai : {said}")
        draft.parts.append(f"**Délai : {said}** (selon {chunk.clause_id}) {label}".rstrip())
        draft.parts.append(f"Selon {chunk.clause_id} : « {one_line(quote)} »")
        origin = _rule_origin(chunk.text, sentence, rule) if isinstance(rule, Delay) else None
        if origin:
            draft.parts.append(f"{'Date de référence' if rule.direction == 'before' else 'Point de départ'} : "
                               f"« {origin} ».")
        for other, prolonging in self._prolongations(chunk.doc).get(chunk.clause_id, []):
            cite = draft.cite(other, prolonging, f"Prolongation : {other.clause_id}")
            draft.parts.append(f"À noter — {other.clause_id} : « {one_line(prolonging)} » {cite}".rstrip())
        draft.parts.append(("Votre question ne donne pas le jour exact : aucun dernier jour n'est calculé. " if rough else "")
                           + ("Pour connaître le dernier jour, donnez la date de l'événement (p. ex. « prévu le 10 novembre "
                              "2026 ») : il sera compté à rebours sur le calendrier de l'entente." if before else
                              "Pour connaître le dernier jour, donnez la date de départ (p. ex. « l'événement a eu lieu le "
                              "10 novembre 2026 ») : il sera compté sur le calendrier de l'entente."))
        return draft

    def _count(self, draft: Draft, start, chunk: Chunk, rule: Delay | FixedDate, sentence: str,
               question: str = "", now: date | None = None) -> None:
        """The deadline of one rule, counted on its agreement's calendar, with the clauses it used:
        what the delay runs from (said, and compared with what the question dated), and any clause
        that prolongs it. ``now`` is today's date when the question gives it (« on est le … »): a
        yearly date is this year's or next year's from it, a delay already run out by then is said."""
        if isinstance(rule, FixedDate):
            self._count_fixed(draft, start, chunk, rule, sentence, question, now)
            return
        # a note of the clause may take periods out of « ce délai » (Cris 6-3.01, note 1)
        excluded, note = clause_exclusions(chunk.text, chunk.clause_id)
        if excluded and note != sentence.strip():
            rule = replace(rule, excluded=rule.excluded + excluded)
        # of several dates, the one of the event the delay runs from (« je reviens le lundi 9 novembre » for « de son
        # retour »)
        # a leave of consecutive days runs from its first day (« je veux commencer mon congé le mercredi d'avant »)
        start = _event_date(question, start, now, _rule_origin(chunk.text, sentence, rule) or (
            _LEAVE_START if rule.consecutive else None))
        # « le décès … est survenu dans les 30 jours précédant cette demande » (Cris 5-15.02) for « jusqu'à quand je peux
        # faire ma demande ? » : the date is the event's, and the act asked is the date the delay precedes
        reference = _rule_origin(chunk.text, sentence, rule) if rule.direction == "before" else None
        turned = _reference_is_act(question, reference)
        if turned:
            rule = replace(rule, direction="after")
        # « reçue en juillet, les 10 jours courent à compter du 1er août » (Cris 5-3.19)
        shift = shifted_start(sentence, start) if rule.direction == "after" else None
        asked, start = start, (shift[0] if shift else start)
        chained = self._chained(chunk, sentence) if rule.direction == "after" and not shift else None
        if chained is not None:  # 7-1.04's 15 days run from the end of 7-1.02's 30 days: that delay counted first
            first = compute_deadline(start, chained.rule, self.calendar(chunk.doc))
            start = first.end_date
        # a prolongation whose condition the question states (« elle doit passer par la procédure locale de règlement
        # avant le grief » : 9-1.01's « étape préalable ») leads, the delay without it said after
        stated = self._stated_prolongation(question, chunk, rule) if rule.direction == "after" else None
        base = rule
        # else « 10 jours de plus » the parties agreed, where the delay's sentence or its chapter's (10-1.06) lets them
        rule, agreed = ((replace(rule, amount=rule.amount + stated.extra.amount), None)
                        if stated is not None and stated.extra is not None else
                        self._with_agreed(question, chunk, sentence, rule))
        result = compute_deadline(start, rule, self.calendar(chunk.doc))
        if chained is not None:
            result = replace(result, clauses_used=tuple(dict.fromkeys(
                (rule.source_clause or chunk.clause_id, chained.chunk.clause_id, *result.clauses_used))))
        head, _, rest = format_answer(result).partition("\n\n")
        # the rule as its clause writes it (7-1.09 « Dans les soixante (60) jours (excluant les mois de juillet et
        # août) de la réception … »): what the delay is for and what it leaves out, said, not only linked; with what
        # passing it costs when the clause's next sentence says so (7-1.02, _with_consequence)
        written = _with_consequence(chunk.text, sentence)
        label = draft.cite(chunk, written, f"{head.replace('**', '')} : {describe_delay(rule)}")
        quote = re.sub(rf"^\s*{re.escape(chunk.clause_id)}\s+", "", written).strip()
        draft.parts.extend([f"{head} {label}".rstrip(), f"Selon {chunk.clause_id} : « {one_line(quote)} »"])
        if rule.amount != base.amount and stated is None:
            draft.parts.append(f"Délai supplémentaire indiqué dans votre question : {describe_delay(replace(rule, amount=rule.amount - base.amount))}, "
                               f"ajouté aux {describe_delay(base)} de {chunk.clause_id}.")
            if agreed is not None:
                _agreed_said(draft, *agreed)
        if excluded and note != sentence.strip() and note:
            quote = note.lstrip("¹²³⁴⁵⁶⁷⁸⁹⁰* ")
            cite = draft.cite(chunk, quote, f"Exclusion : {chunk.clause_id}")
            draft.parts.append(f"Périodes exclues du délai selon {chunk.clause_id} : « {quote} » {cite}".rstrip())
        if turned:
            draft.parts.append(f"Selon {chunk.clause_id}, ce que votre question date ({format_date(asked)}) doit être "
                               f"survenu au plus {describe_delay(rule)} avant « {reference} » : celle-ci doit donc avoir "
                               f"lieu au plus tard {describe_delay(rule)} après le {format_date(asked)}.")
        elif origin := _origin_line(question, asked, chunk.clause_id, rule, _rule_origin(chunk.text, sentence, rule)):
            draft.parts.append(origin)
        if chained is not None:
            _chain_steps(draft, chunk.clause_id, rule, sentence, chained, asked, result)
        if shift:
            draft.parts.append(f"Selon {chunk.clause_id} : « {shift[1]} » ; le {format_date(asked)} tombe dans ce mois : "
                               f"le délai court à compter du {format_date(start + timedelta(days=1))}, compté comme "
                               f"premier jour (s'il ne l'était pas, l'échéance serait un jour plus tard).")
        if now is not None and result.end_date < now:
            draft.parts.append(f"Attention : au {format_date(now)} (date d'aujourd'hui selon votre question), ce "
                               f"délai est déjà expiré.")
            self._late_prolongation(draft, chunk, base, agreed)
        elif now is not None and now != asked:
            # « combien de jours il me reste ? »: the days after today up to the last day, said with today's date
            calendar, working = days_left(now, result.end_date, self.calendar(chunk.doc))
            draft.parts.append(f"Au {format_date(now)} (date d'aujourd'hui selon votre question), il reste "
                               f"{calendar} jour{'s' if calendar > 1 else ''} de calendrier jusqu'à l'échéance incluse"
                               f"{f', dont {working} jour' + ('s' if working > 1 else '') + ' ouvrable' + ('s' if working > 1 else '') if working != calendar else ''}"
                               f"{' (le dernier jour est aujourd’hui)' if calendar == 0 else ''}.")
        draft.parts.append(rest)
        self._prolonged(draft, start, chunk.doc, base, stated)
        self._applied(draft, chunk.doc, [c for c in result.clauses_used if c != rule.source_clause
                                         and (chained is None or c != chained.chunk.clause_id)])

    def _fixed_said(self, draft: Draft, chunk: Chunk, rule: FixedDate, sentence: str, fixed: FixedDateResult) -> None:
        """A yearly date's last day, cited, with its sentence quoted (with the other conditions of its list when it is
        one of them, ``_condition_block``) and its assumptions."""
        head, _, rest = format_fixed_answer(fixed).partition("\n\n")
        sentence = _with_consequence(chunk.text, _with_case_before(chunk.text, _condition_block(chunk.text, sentence)))
        label = draft.cite(chunk, sentence, f"{head.replace('**', '')} : {rule.phrase}")
        # the rule as its clause writes it (6-5.04 « … avant le 1er avril d'une année pour l'année d'engagement
        # suivante »), its clause number left out: what the date is for, and for whom
        quote = re.sub(rf"^\s*{re.escape(chunk.clause_id)}\s+", "", sentence).strip()
        draft.parts.extend([f"{head} {label}".rstrip(), f"Selon {chunk.clause_id} : « {one_line(quote)} »", rest])

    def _count_fixed(self, draft: Draft, start: date, chunk: Chunk, rule: FixedDate, sentence: str, question: str,
                     now: date | None) -> None:
        """A yearly date's last day from the question's date (this year's or next year's from today, or in the school
        year it names), with what its clause writes for a late request when the date of the year asked is passed
        (``_exception_said``), or said passed at once when it writes none."""
        # a request for an event the question dates ahead is due before that event, not after it; so is a yearly
        # date before the day the question dates, when its sentence names that day as later in its cycle
        ahead = now is None and (_notice_asked(question) or _following_day_met(sentence, rule, start)
                                 ) and not _TODAY.search(question)
        years = set(school_years(question))
        # a school year named rules a yearly date over the question's dates (« le calendrier 2027-2028 … commence
        # le 20 août au lieu du 22 » : 8-11.01's CRT « tenu avant le 15 mai » of 2027)
        fixed = (compute_school_year_date(years.pop(), rule, self.calendar(chunk.doc),
                                          for_next=_for_next(question, sentence, rule)) if len(years) == 1 else
                 compute_fixed_date(now or start, rule, self.calendar(chunk.doc), ahead_of=ahead))
        passed = _passed_day(fixed, now, ahead)
        # an exception for a cause the teacher must have (7-2.02 « pour des motifs hors de son contrôle ») leads only
        # when the question tells that case; else the next year's date leads and the exception is said under it
        exception = self._exception(chunk, rule, sentence)
        untold = exception is not None and _for_a_cause(exception.sentence) and not _case_told(question)
        if passed is not None and not untold and self._exception_said(draft, chunk, rule, sentence, passed, now):
            return
        at = len(draft.parts)
        self._fixed_said(draft, chunk, rule, sentence, fixed)
        if passed is not None:
            # said at once under the date, not left to the assumptions: the date of the year asked is passed, and
            # its clause writes no later date for a late request (else ``_exception_said`` led with it)
            late = (compute_date_after(passed, exception.rule, now, self.calendar(chunk.doc)).end_date
                    if untold else None)
            also = (f" ; {exception.chunk.clause_id} prévoit une exception pour un retard dû à des motifs hors de votre "
                    f"contrôle (« {one_line(exception.sentence)} »), qui irait au {format_date(late, weekday=True)}"
                    if late is not None and late >= now else
                    f" ; l'exception de {exception.chunk.clause_id} (« {one_line(exception.sentence)} ») aussi"
                    if exception is not None else f" ; {chunk.clause_id} n'y prévoit pas d'exception")
            draft.parts.insert(at + 1, (
                f"Attention : au {format_date(now)} (date d'aujourd'hui selon votre question), cette échéance est "
                f"déjà passée{also}." if passed == fixed.end_date else
                f"Attention : l'échéance de {passed.year} (le {format_date(passed, weekday=True)}) est déjà passée "
                f"au {format_date(now)} (date d'aujourd'hui selon votre question){also} : la date ci-dessus est "
                f"celle de l'année suivante."))
        elif exception is not None:
            # the date still ahead: the clause's later date for an exceptional case said after it (6-5.04)
            late = compute_date_after(fixed.end_date, exception.rule, now or start, self.calendar(chunk.doc))
            cite = draft.cite(exception.chunk, exception.sentence, f"Exception : {exception.chunk.clause_id}")
            if _case_told(question):
                # the question says the date cannot be met (« je pourrai pas le donner au Collège pour le 15 août »):
                # the exception's day leads, the normal date and the exception's words said after it (DEV Q2309)
                draft.parts.insert(at, f"**Au plus tard le {format_date(late.end_date, weekday=True)}**, si le retard "
                                       f"est du cas que prévoit l'exception de {exception.chunk.clause_id} (citée "
                                       f"ci-dessous) ; sinon, la date normale :")
            draft.parts.append(f"Si cette date est manquée — {exception.chunk.clause_id} : « "
                               f"{one_line(exception.sentence)} » {cite} Dans ce cas : au plus tard le "
                               f"{format_date(late.end_date, weekday=True)}.".replace("  ", " "))

    def _exception(self, chunk: Chunk, rule: FixedDate, sentence: str) -> FoundRule | None:
        """The later yearly date ``rule``'s clause sets for a late or exceptional case, in a sentence of its own telling
        it as an exception (``_EXCEPTION_CUE``: 6-5.04 « Toutefois, selon des situations particulières ou
        exceptionnelles, une demande … peut être examinée à la discrétion du Collège si elle est soumise avant le 1er
        juin »), with its passage and sentence; None when the clause writes none."""
        for other in self._clause_chunks.get((chunk.doc, chunk.clause_id), [chunk]):
            for begin, end in split_sentences(other.text):
                text = other.text[begin:end]
                if text.strip() == sentence.strip() or not _EXCEPTION_CUE.search(_fold_lower(text)):
                    continue
                later = [found for found in find_fixed_dates(text, source_clause=other.clause_id, source_doc=other.doc)
                         if (found.month, found.day) != (rule.month, rule.day)]
                # the same act told again (6-5.04 « une demande pour l'obtention d'un congé sans traitement … soumise »),
                # not another matter of the clause that a date bounds (Cris 5-3.13's « Cependant, … si un poste devient
                # vacant avant le 31 décembre » beside its « avant le 1er juin »)
                words = set(tokenize(sentence)) - _CUE_TOKENS
                if later and (len(words & set(tokenize(text))) >= _EXCEPTION_SHARE * len(words)
                              or _RULE_NAMED.search(_fold_lower(text))):
                    return FoundRule(other, later[0], text)
        return None

    def _exception_said(self, draft: Draft, chunk: Chunk, rule: FixedDate, sentence: str, passed: date,
                        now: date) -> bool:
        """A yearly date passed by the question's today (``passed``, its last day) answered by the exception its clause
        writes (``_exception``), when that one is still ahead: the exception's last day leads, cited and quoted, then
        the normal date said passed, and the sentences of the clause's article that tell what follows such a late
        request (6-5.05 « … ou avant le 15 juin dans le cas d'une demande exceptionnelle soumise avant le 1er juin »).
        False (nothing said) when the clause writes no exception or it has passed too."""
        exception = self._exception(chunk, rule, sentence)
        if exception is None:
            return False
        late = compute_date_after(passed, exception.rule, now, self.calendar(chunk.doc))
        if late.end_date < now:
            return False
        at = len(draft.parts)
        self._fixed_said(draft, exception.chunk, exception.rule, exception.sentence, late)
        written = re.sub(rf"^\s*{re.escape(chunk.clause_id)}\s+", "", sentence).strip()
        label = draft.cite(chunk, sentence, f"Délai normal passé : {chunk.clause_id}")
        draft.parts.insert(at + 1, f"Le délai normal est passé : selon {chunk.clause_id}, « {one_line(written)} » — au "
                                   f"plus tard le {format_date(passed, weekday=True)}, déjà passé au {format_date(now)} "
                                   f"(date d'aujourd'hui selon votre question). Reste l'exception que la clause prévoit :"
                                   f" {label}".rstrip())
        for other, echo in self._exception_echoes(chunk, exception.rule):
            cite = draft.cite(other, echo, f"À noter : {other.clause_id}")
            said = re.sub(rf"^\s*{re.escape(other.clause_id)}\s+", "", echo).strip()
            draft.parts.append(f"À noter — {other.clause_id} : « {one_line(said)} » {cite}".rstrip())
        return True

    def _exception_echoes(self, chunk: Chunk, exception: FixedDate) -> list[tuple[Chunk, str]]:
        """The sentences of other clauses of ``chunk``'s article that write the exception's date again with a date of
        their own (6-5.05's answer « avant le 15 juin dans le cas d'une demande exceptionnelle soumise avant le 1er
        juin »): what follows a late request."""
        own = _NUMBER_GROUPS.match(chunk.clause_id)
        found = []
        for clause in self._doc_clauses.get(chunk.doc, ()):
            other_number = _NUMBER_GROUPS.match(clause)
            if clause == chunk.clause_id or own is None or other_number is None or own.group(1, 2) != other_number.group(1, 2):
                continue
            for other in self._clause_chunks.get((chunk.doc, clause), []):
                for begin, end in split_sentences(other.text):
                    dates = {(f.month, f.day) for f in find_fixed_dates(other.text[begin:end])}
                    if (exception.month, exception.day) in dates and len(dates) > 1:
                        found.append((other, other.text[begin:end]))
        return found

    def _chained(self, chunk: Chunk, sentence: str) -> FoundRule | None:
        """The delay of the clause a delay runs after (7-1.04 « quinze (15) jours après les délais fixés à la clause
        7-1.02 » : 7-1.02's « dans les trente (30) jours après la date d'engagement »): its first delay running after
        an event, with its chunk and sentence, or None."""
        match = _CHAINED.search(sentence)
        if match is None or match.group(1) == chunk.clause_id:
            return None
        for other in self._clause_chunks.get((chunk.doc, match.group(1)), []):
            for begin, end in split_sentences(other.text):
                for rule in find_delays(other.text[begin:end], source_clause=other.clause_id, source_doc=other.doc):
                    if rule.direction == "after" and not is_duration(other.text[begin:end], rule):
                        return FoundRule(other, rule, other.text[begin:end])
        return None

    def _other_regime(self, draft: Draft, start, rival: FoundRule) -> None:
        """« Autre délai possible » : the delay of another clause for the same event and party (another procedure:
        Cris Annexe XXIII's mediation-arbitration beside 9-2.17's arbitration), quoted, cited and counted."""
        chunk, rule, sentence = rival.chunk, rival.rule, rival.sentence
        result = compute_deadline(start, rule, self.calendar(chunk.doc))
        label = draft.cite(chunk, sentence, f"Autre délai : {chunk.clause_id}")
        title = _heading(chunk)
        draft.parts.append(f"Autre délai possible — {chunk.clause_id}{f' ({title})' if title else ''} : "
                           f"« {one_line(sentence)} » {label} Si votre cas relève de ce texte ("
                           f"{describe_delay(rule)}) : au plus tard le {format_date(result.end_date, weekday=True)}."
                           .replace("  ", " "))

    def _prolonged(self, draft: Draft, start, doc: str, rule: Delay, stated: Prolonging | None = None) -> None:
        """« À noter » for each sentence of another clause that prolongs this clause's delay (Cris
        9-1.01 « cette étape préalable prolonge le délai prévu à la clause 9-1.03 de 60 jours »),
        quoted and cited, with the prolonged deadline when the sentence gives its length. The one whose condition the
        question states (``stated``, already counted) is said applied, with the deadline without it."""
        for chunk, sentence in self._prolongations(doc).get(rule.source_clause or "", []):
            label = draft.cite(chunk, sentence, f"Prolongation : {chunk.clause_id}")
            if stated is not None and stated.extra is not None and (chunk, sentence) == (stated.chunk, stated.sentence):
                shorter = compute_deadline(start, rule, self.calendar(doc))
                draft.parts.append(
                    f"Prolongation appliquée — {chunk.clause_id} : « {one_line(sentence)} » {label} Votre question dit "
                    f"que cette étape préalable s'applique : {describe_delay(rule)} + {describe_delay(stated.extra)}. "
                    f"Sans elle ({describe_delay(rule)}) : au plus tard le "
                    f"{format_date(shorter.end_date, weekday=True)}.".replace("  ", " "))
                continue
            line = f"À noter — {chunk.clause_id} : « {one_line(sentence)} » {label}".rstrip()
            extra = _prolonged_by(sentence, rule)
            if extra is not None:
                longer = compute_deadline(start, replace(rule, amount=rule.amount + extra.amount), self.calendar(doc))
                line += (f" Si cette prolongation s'applique à votre cas ({describe_delay(longer.delay)}) : "
                         f"au plus tard le {format_date(longer.end_date, weekday=True)}.")
            draft.parts.append(line)

    def _with_agreed(self, question: str, chunk: Chunk, sentence: str, rule: Delay
                     ) -> tuple[Delay, tuple[Chunk, str] | None]:
        """``rule`` lengthened by the days the question says the parties agreed (``_granted_extra``) when its
        ``sentence`` or a clause of its chapter (``_agreed_prolongation``: 10-1.06) lets them prolong it, with that
        clause's passage and sentence when it is what allowed it (to be cited); else ``rule`` unchanged and None."""
        agreed = self._agreed_prolongation(chunk, rule) if rule.direction == "after" else None
        extra = _granted_extra(question, " ".join((sentence, agreed[1] if agreed else "")), rule)
        if extra is None:
            return rule, None
        return replace(rule, amount=rule.amount + extra.amount), (None if _EXTENDABLE.search(sentence) else agreed)

    def _late_prolongation(self, draft: Draft, chunk: Chunk, rule: Delay, agreed: tuple[Chunk, str] | None) -> None:
        """After a delay already run out, what its chapter says of passing it (``_agreed_prolongation``: Bourget 10-1.06
        « Les délais … sont de rigueur à moins d'une entente écrite entre l'Association et le Collège pour les
        prolonger »), quoted and cited, unless already said for days the question says were agreed (DEV Q2355)."""
        found = self._agreed_prolongation(chunk, rule) if rule.direction == "after" and agreed is None else None
        if found is None:
            return
        other, sentence = found
        label = draft.cite(other, sentence, f"Délai passé : {other.clause_id}")
        said = re.sub(rf"^\s*{re.escape(other.clause_id)}\s+", "", sentence).strip()
        draft.parts.append(f"Ce que la convention prévoit pour un délai passé — {other.clause_id} : « {one_line(said)} » "
                           f"{label}".rstrip())

    def _agreed_prolongation(self, chunk: Chunk, rule: Delay) -> tuple[Chunk, str] | None:
        """The sentence of ``rule``'s chapter or article that lets the parties prolong its delays by agreement
        (``_PROLONGABLE``: 10-1.06 for 10-1.02's forty working days), with its passage, or None."""
        clause = rule.source_clause or chunk.clause_id
        cache = self.__dict__.setdefault("_prolongable_cache", {})
        if chunk.doc not in cache:
            cache[chunk.doc] = [(other, other.text[b:e], found["scope"])
                                for name in self._doc_clauses.get(chunk.doc, ())
                                for other in self._clause_chunks.get((chunk.doc, name), [])
                                for b, e in split_sentences(other.text)
                                if (found := _PROLONGABLE.search(other.text[b:e]))]
        return next(((other, sentence) for other, sentence, scope in cache[chunk.doc]
                     if _same_part(clause, other.clause_id, scope)), None)

    def _stated_prolongation(self, question: str, chunk: Chunk, rule: Delay) -> Prolonging | None:
        """The sentence prolonging ``rule`` whose condition the question states: the step it names (its sentence and
        the one before it, Cris 9-1.01 « … une procédure de règlement de mésentente au niveau local qui doit précéder
        la présente procédure. Il est entendu que cette étape préalable prolonge … ») met by at least
        ``condition_words`` of the question's words outside the delay's own passage (« … elle doit passer par la
        procédure locale de règlement avant le grief »), or None (a plain « une mésentente … jusqu'à quand pour
        remettre l'avis de grief ? »)."""
        # a step the question says was not taken (« donc pas de procédure locale préalable ») meets nothing
        unsaid = {root for phrase in _NOT_TAKEN.findall(question.replace("’", "'")) for root in _roots(phrase)}
        asked = _roots(question) - _roots(chunk.text) - unsaid
        chapters = {int(n) for n in _CHAPTER_NAMED.findall(question)}
        articles = set(_CLAUSE_REF.findall(question))
        for other, sentence in self._prolongations(chunk.doc).get(rule.source_clause or "", []):
            if chapters & _excluded_chapters(other.text) or articles & _excluded_articles(other.text):
                continue  # « c'est le chapitre 3 », « l'article 5-3.00 » : a matter the step is not for (9-1.01)
            spans = split_sentences(other.text)
            at = next((i for i, (b, e) in enumerate(spans) if other.text[b:e] == sentence), None)
            if at is None:
                continue
            step = " ".join(other.text[b:e] for b, e in spans[max(at - 1, 0):at + 1])
            if len(asked & _roots(step)) >= self.prolong_params.condition_words:
                return Prolonging(other, sentence, _prolonged_by(sentence, rule))
        return None

    def _prolongations(self, doc: str) -> dict[str, list[tuple[Chunk, str]]]:
        """The sentences of ``doc`` that prolong another clause's delay, by the clause they name (cached)."""
        cache = self.__dict__.setdefault("_prolongation_cache", {})
        if doc not in cache:
            found: dict[str, list[tuple[Chunk, str]]] = {}
            for clause in self._doc_clauses.get(doc, ()):
                for chunk in self._clause_chunks.get((doc, clause), []):
                    for begin, end in split_sentences(chunk.text):
                        sentence = chunk.text[begin:end]
                        if not _PROLONGS.search(sentence):
                            continue
                        for ref in _CLAUSE_REF.findall(sentence):
                            if ref != clause and (chunk, sentence) not in found.get(ref, []):
                                found.setdefault(ref, []).append((chunk, sentence))
            cache[doc] = found
        return cache[doc]

    def _other_agreements(self, question: str, hits: Sequence[Hit], chosen: FoundRule,
                          docs: Sequence[str] | None) -> list[FoundRule]:
        """When the question names no agreement (nothing ticked, or several), the rule other
        agreements among its hits (numbered ones, at most ``max_other_agreements``) set on the
        same point, found by retrieving the question within each; a rule counts when its sentence
        shares enough of the question's words (``other_rule_share`` of what the chosen rule's
        sentence shares, at least one word)."""
        scope = self._scope(question, docs)
        if self.retrieve is None or (scope and len(scope) < 2):
            return []
        pool = [d for d in dict.fromkeys(h.chunk.doc for h in hits if h.chunk.kind == "clause")
                if d != chosen.chunk.doc and (not scope or d in scope)][: self.params.max_other_agreements]
        # the question's words with the agreements' words for its everyday ones, as the rule was chosen (« payer » :
        # « rémunération », « taux horaire »)
        words = set(tokenize(_DATE_WORDS.sub(" ", expand(question))))
        needed = max(1, int(self.params.other_rule_share * len(words & set(tokenize(chosen.sentence)))))
        others = []
        for doc in pool:
            # deeper in that agreement's own hits, among the sentences sharing enough of the question's words (Bourget
            # 7-7.03 « à taux horaire … dans les vingt et un (21) jours suivant », ninth for a substitute's pay)
            found = self._delay_clause(question, list(self.retrieve(question, [doc])), [doc],
                                       depth=self.params.other_delay_hits, min_shared=needed)
            if found is not None and len(words & set(tokenize(found.sentence))) >= needed:
                others.append(found)
        return others

    def _question_delay(self, question: str, start, hits: Sequence[Hit], docs: Sequence[str] | None
                        ) -> Draft | None:
        """A delay the question states (« on m'a donné 10 jours ouvrables ») that no clause among
        the hits sets: counted on the calendar of the agreement the question is about."""
        asked = _asked_delay(question)
        scope = self._scope(question, docs)
        doc = next((h.chunk.doc for h in hits if not scope or h.chunk.doc in scope), None)
        if asked is None or doc is None:
            return None
        result = compute_deadline(start, replace(asked, source_doc=doc), self.calendar(doc))
        draft = Draft()
        head, _, rest = format_answer(result).partition("\n\n")
        title = self.documents.get(doc, {}).get("title") or doc
        draft.parts.extend([head, f"Délai indiqué dans votre question (aucune clause citée ne le fixe), compté "
                                  f"selon les règles de calendrier de {title}.", rest])
        draft.support.append(SentenceSupport(head.replace("**", ""), None, None))
        self._applied(draft, doc, list(result.clauses_used))
        return draft

    def _applied(self, draft: Draft, doc: str, clauses: Sequence[str]) -> None:
        """« Textes appliqués » : a quote and a citation for each calendar clause the count used."""
        cited = []
        for clause in clauses:
            found = self._calendar_quote(doc, clause)
            if found is not None:
                label = draft.cite(found.chunk, found.sentence, f"Règle appliquée : {clause}")
                cited.append(f"- {clause} : « {one_line(found.sentence)} » {label}".rstrip())
        if cited:
            draft.parts.append("Textes appliqués :\n" + "\n".join(cited))

    def _read_delay_question(self, question: str, docs: Sequence[str] | None, yearly: bool) -> _DelayReading:
        """What ``_delay_clause`` reads of the question before it weighs each delay sentence (``_DelayReading``)."""
        scope = self._scope(question, docs)
        asked = _asked_delay(question)
        # the date asked and the words asking for a deadline (« date limite », « au plus tard ») say nothing of the topic
        # the question's words with the agreements' words for its everyday ones (« élu conseiller municipal » :
        # « charge publique », « sans solde » : « sans traitement »), what a delay sentence writes
        # the words naming the agreement (« Au Collège, … ») scope the question: no topic a delay sentence shares
        words = (set(tokenize(_DATE_WORDS.sub(" ", expand(question)))) - _CUE_TOKENS - _AUXILIARY_TOKENS
                 - self._naming_tokens(question))
        # « on est le 5 novembre » is today, not the event a delay runs from: a yearly date answers it,
        # unless the question also dates an event (« on est le 10 mars, mon congé commence le 11 avril »)
        today = yearly or bool(_TODAY.search(question)) and len(set(_told_dates(question, _question_dates(question)[1]))) < 2
        notice = _notice_asked(question)
        asks_notice = bool(_NOTICE_WORDS.search(question.replace("’", "'")))
        if asked is not None:
            words -= set(tokenize(asked.phrase))
        # the event the question dates (its words before those asking for the deadline), to meet what a delay runs
        # from (« suivant la remise de la liste au Syndicat »), word roots (« remis », « remise »)
        cue = _DEADLINE_CUE.search(question)
        event = _roots(_DATE_WORDS.sub(" ", question[:cue.start()] if cue else question))
        # an event told as done (« l'audition … a fini le 30 juin ») is no date a delay counted back ends before; a
        # date set for something (« m'a remis un préavis de rencontre pour le mercredi 12 mai ») is still ahead
        done = (not notice and told_in_past(question[:cue.start()] if cue else question)
                and not _SET_FOR.search(question))
        actor, unnamed = asked_actor(question), words - _negated(question)  # « sans enquête » names no inquiry
        act = self._act(question)
        dated = None if today else _question_dates(question)[0]  # the question's date, when not today's
        return _DelayReading(scope=scope, asked=asked, words=frozenset(words), today=today, notice=notice,
                             asks_notice=asks_notice, event=frozenset(event), done=done, actor=actor,
                             unnamed=frozenset(unnamed), act=act, dated=dated)

    def _delay_clause(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                      rivals: list[tuple[Chunk, Delay, str, str]] | None = None, depth: int | None = None,
                      min_shared: int = 0, needed: frozenset[str] = frozenset(), yearly: bool = False
                      ) -> FoundRule | None:
        """The rule the question is about: the delay or yearly date sentence among the first hits that shares most
        words with the question. A delay the question states must be the clause's, and the clause must share words
        with the question beyond the delay and the date. ``rivals`` (when given) receives every delay of the asked party with its starting point. ``depth``: hits
        searched (``delay_hits`` by default); ``min_shared``: words a sentence must share with the question; ``needed``:
        words of which a sentence (read with its clause before it when it says « Ce … ») must hold one; ``yearly``: a
        school year asked, a yearly date preferred as on a question saying today's date."""
        q = self._read_delay_question(question, docs, yearly)
        best, best_score, fallback, fallback_score = None, 0.0, None, 0.0
        kept: list[FoundRule] = []
        for rank, hit in self._searched(hits[: depth or self.params.delay_hits]):
            chunk = hit.chunk
            if q.scope and chunk.doc not in q.scope:
                continue
            aside = _exceptions(chunk.text, q.unnamed)
            for start, end in split_sentences(chunk.text):
                sentence = chunk.text[start:end]
                if sentence in aside:
                    continue
                found = _sentence_rules(chunk, sentence, q.asked)
                if not found:
                    continue
                tokens = self._sentence_words(chunk, sentence, end)
                shared = len(q.words & tokens)
                if q.asked is not None and shared < self.params.question_delay_words or shared < min_shared:
                    continue
                if needed and not needed & tokens:
                    continue
                # a sentence making another party act than the one the question asks about (« l'Association a jusqu'à
                # quand … ? », 10-1.04 « le Collège fournit … ») sets that party's delay: taken only if no other will do
                for rule in found:
                    other_actor = bool(q.actor and (subject := sentence_actor(sentence, rule.phrase)) and subject != q.actor)
                    score = shared / max(1, len(q.words)) + 1.0 / (rank + 2)
                    # today: a yearly date; an event's date: a delay. A request for an event dated ahead is due before
                    # it: a yearly date (6-5.04 « avant le 1er avril ») or a delay counted back, not one counted after
                    # another moment (6-5.01 « au moins trois (3) ans après le retour de son premier congé »)
                    before = isinstance(rule, FixedDate) or rule.direction == "before"
                    # a delay running from the act asked is the next step's (10-9.12 « … la date de sa constitution »)
                    if _other_kind(rule, sentence, q.asks_notice) or _other_step(question, chunk.text, sentence, rule):
                        continue
                    # « la liste d'ancienneté au 30 juin 2027 » : the day 5-2.08's yearly list is taken « en date du 30
                    # juin », a date of its cycle as today's is (``_reference_met``), no event
                    origin = _rule_origin(chunk.text, sentence, rule) if isinstance(rule, Delay) else None
                    # an event that must precede the act asked (Cris 5-15.02 « le décès … est survenu dans les 30 jours
                    # précédant cette demande » for « ma fille est décédée le …, ma demande doit être faite au plus
                    # tard quand ? »): the event dated, the delay counted after it (``_count``), as a delay after one
                    turned = (before and isinstance(rule, Delay) and bool(_OCCURRED_WITHIN.search(sentence))
                              and _reference_is_act(question, origin))
                    if (before if q.notice and not q.today else q.today == isinstance(rule, FixedDate)) and not (
                            q.done and isinstance(rule, Delay) and rule.direction == "before") or (
                            isinstance(rule, FixedDate) and _reference_met(sentence, q.dated)) or turned:
                        score += self.params.date_kind_bonus
                    if q.notice and isinstance(rule, Delay) and rule.direction == "before":
                        score += self.params.notice_before_bonus
                    if _following_day_met(sentence, rule, q.dated):
                        score += self.params.date_kind_bonus
                    # a rule for teachers a condition names that the question does not (6-5.13's candidate) loses, and
                    # what it runs from (« avant son départ ») is no evidence for a question not in its case
                    if unmet := _unmet_condition(sentence, q.words, _read_with(chunk, sentence, end)):
                        score -= self.params.condition_penalty
                    score += self.params.condition_penalty * self._case_met(question, chunk, sentence, rule, q.words)
                    if _ran_once(question, origin, found):
                        score -= self.params.condition_penalty
                    if origin and q.event and not unmet:
                        score += self.params.origin_bonus * _origin_met(origin, q.event, self.params)
                    # what the sentence (or a later yearly date's words, ``_lead_met``) makes someone do, met by the act
                    score += self.params.act_bonus * (_lead_met(q.act, rule, sentence) + (_act_met(
                        q.act, tokens, sentence, origin, rule.phrase) if len(q.act) >= self.params.act_min_words else 0.0))
                    if other_actor and score > fallback_score:
                        fallback, fallback_score = FoundRule(chunk, rule, sentence), score
                    elif not other_actor and score > best_score:
                        best, best_score = FoundRule(chunk, rule, sentence), score
                    if not other_actor:
                        kept.append(FoundRule(chunk, rule, sentence))
                    if rivals is not None and not other_actor and origin and not _restated_from(chunk.text, sentence,
                                                                                                rule):
                        rivals.append((chunk, rule, sentence, origin))
        return self._twin(_notice_twin(best, kept) if best and not q.asks_notice else best, kept, q.words) if best else fallback

    def _case_met(self, question: str, chunk: Chunk, sentence: str, rule: Delay | FixedDate, words: set[str]) -> int:
        """1 when the case ``rule`` is set for is one the question names (its ``words``), -1 when it does not, 0
        when the rule is set for no case: 5-6.09 « après dix (10) mois de travail (douze (12) mois de travail dans le cas
        d'une suspension disciplinaire) » (``_case_words``); 6-5.14 « Le délai est de sept (7) jours pour celui qui s'est
        prévalu du congé prévu à la clause précédente » (6-5.13, « qui se porte candidat », ``_restated_met``); 6-5.05
        « … ou avant le 15 juin dans le cas d'une demande exceptionnelle … » (``_date_case_words``); 1 too when the
        question names the case of the list item the rule is in (``_item_case``: 5-14.02 A) « … de sa conjointe ou son
        conjoint … : 7 jours consécutifs »), never -1 for it; 1 when the question states the step another clause says
        prolongs the delay (``_stated_prolongation``: Cris 9-1.01's local step, for 9-1.03's 120 days)."""
        if isinstance(rule, Delay) and rule.direction == "after" and self._stated_prolongation(question, chunk, rule):
            return 1
        if isinstance(rule, FixedDate):
            case = _date_case_words(sentence, rule)
        elif not (case := _case_words(sentence, rule)):
            if _compound_words(question) & _item_case(chunk.text, sentence, rule):
                return 1
            return self._restated_met(question, chunk, sentence, rule)
        return (1 if words & case else -1) if case else 0

    def _twin(self, best: FoundRule, kept: Sequence[FoundRule], words: set[str]) -> FoundRule:
        """Of the chosen rule and the same rule written in other clauses of its agreement (the same delay, in a sentence
        sharing ``LookupParams.twin_share`` of its words: Cris Annexe VI's and 11-14.03's « … indiquer son choix dans les 20 jours de
        la demande … »), the one whose clause (all its parts, with their headings) shares most of the question's
        ``words`` (« à l'éducation des adultes », « régulier » : 11-14.03, in the adult-education chapter, under
        « … enseignants réguliers »); the chosen one on a tie."""
        chunk, rule, mine = best.chunk, best.rule, set(tokenize(best.sentence))
        twins = [found for found in kept if found.chunk.doc == chunk.doc and found.chunk.clause_id != chunk.clause_id
                 and _same_rule(found.rule, rule) and len(mine & (theirs := set(tokenize(found.sentence))))
                 >= self.params.twin_share * len(mine | theirs)]
        if not twins:
            return best
        met = lambda found: len(words & {t for c in self._clause_chunks.get((found.chunk.doc, found.chunk.clause_id), [])  # noqa: E731
                                          for t in tokenize(c.indexed_text)})
        return max([best, *twins], key=met)

    def _by_grievance(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                      chosen: FoundRule | None) -> ByGrievance | None:
        """When the act asked is one an agreement says is exercised « par grief » in a sentence setting no delay of its
        own (Bourget 5-6.11 « L'Association peut … contester par grief et par arbitrage, le bien-fondé de toute mesure
        disciplinaire … » for « jusqu'à quand pour contester cette mesure disciplinaire ? »), and that sentence holds
        more of the act's words than the chosen delay's sentence (and half of them at least): the agreement's grievance
        delay (``_grievance_delay``) and that sentence (its chunk and words); else None. A delay of the act's own (5-3.04
        « … sous réserve d'un grief contestant le contenu de la liste … ») is kept."""
        act = self._act(question) - _GRIEVANCE_WORDS
        scope = self._scope(question, docs)
        best, best_met = None, 0
        for hit in hits[: self.params.delay_hits]:
            chunk = hit.chunk
            if not act or scope and chunk.doc not in scope:
                continue
            for begin, end in split_sentences(chunk.text):
                sentence = chunk.text[begin:end]
                by = _BY_GRIEVANCE.search(sentence)
                # « Le renvoi … en période de probation ne peut faire l'objet d'un grief » (5-4.03): no grievance at all
                if (by is None or _NEGATION.search(sentence[:by.start()])
                        or any(not is_duration(sentence, d) for d in find_delays(sentence))):
                    continue
                met = len(act & set(tokenize(sentence)))
                if met > best_met:
                    best, best_met = Quoted(chunk, sentence), met
        if best is None or best_met < 2 or 2 * best_met < len(act):
            return None
        filing = self._grievance_delay(best.chunk.doc)
        if filing is None or chosen is not None and (chosen.chunk.doc, chosen.chunk.clause_id) == (
                filing.chunk.doc, filing.chunk.clause_id):
            return None
        if (chosen is not None and chosen.chunk.doc == best.chunk.doc
                and len(act & set(tokenize(chosen.sentence))) >= best_met):
            return None
        return ByGrievance(filing, best)

    def _act(self, question: str) -> frozenset[str]:
        """The act's words of a deadline question (``_act_words``) but the names of the agreements (« Au Collège, on a
        combien de temps pour contester … » : no « collège »)."""
        return _act_words(question) - {token for aliases in self._aliases.values() for alias in aliases
                                       for token in alias}

    def _grievance_delay(self, doc: str) -> FoundRule | None:
        """The delay to file a grievance in ``doc``: the first sentence, in the agreement's order, naming a grievance
        and setting a delay that runs from the event or facts at its origin (Bourget 10-1.02 « … de la connaissance des
        faits donnant naissance au grief », Cris 9-1.03 « … de la date de l'événement qui a donné naissance au grief »)
        (cached)."""
        cache = self.__dict__.setdefault("_grievance_cache", {})
        if doc not in cache:
            cache[doc] = None
            for clause in self._doc_clauses.get(doc, ()):
                for chunk in self._clause_chunks.get((doc, clause), []):
                    for begin, end in split_sentences(chunk.text):
                        sentence = chunk.text[begin:end]
                        if cache[doc] is not None or not re.search(r"\bgriefs?\b", sentence, re.IGNORECASE):
                            continue
                        for rule in find_delays(sentence, source_clause=chunk.clause_id, source_doc=doc):
                            origin = starting_point(sentence, rule) if rule.direction == "after" else None
                            if origin and _ANY_EVENT.search(origin) and not is_duration(sentence, rule):
                                cache[doc] = FoundRule(chunk, rule, sentence)
                                break
        return cache[doc]

    def _named_clauses(self, chunk: Chunk, text: str) -> list[str]:
        """The clauses ``text`` (a sentence of ``chunk``) names: by number, or « la clause précédente » (the clause
        before ``chunk``'s in its agreement)."""
        clauses = self._doc_clauses.get(chunk.doc, [])
        named = list(_CLAUSE_REF.findall(text))
        if _PREVIOUS_CLAUSE.search(text) and chunk.clause_id in clauses:
            at = clauses.index(chunk.clause_id)
            named += [c for c in reversed(clauses[:at]) if c != chunk.clause_id][:1]
        return named

    def _case_said(self, draft: Draft, chunk: Chunk, rule: Delay | FixedDate, sentence: str) -> None:
        """For a restated delay counted (``_restated_from``), the case it is for said as an assumption (6-5.14 « pour
        celui qui s'est prévalu du congé prévu à la clause précédente », 6-5.13), the delay it restates being the
        others'."""
        whom = _FOR_WHOM.search(sentence) if isinstance(rule, Delay) else None
        if whom is None or _restated_from(chunk.text, sentence, rule) is None:
            return
        named = ", ".join(self._named_clauses(chunk, whom.group(1)))
        draft.parts.append(f"Hypothèse : ce délai ({describe_delay(rule)}) vaut « {whom.group(0)} »"
                           f"{f' ({named})' if named else ''}, ce que dit votre question ; sinon, c'est l'autre délai de "
                           f"la clause qui s'applique (ci-dessous).")

    def _restated_met(self, question: str, chunk: Chunk, sentence: str, rule: Delay) -> int:
        """Whether the question is in the case a restated delay is for (``_restated_case``): 1 when a part of it (between
        punctuation marks) names the case, told as done if the case is (« celui qui s'est prévalu du congé … » : « j'ai
        eu un congé … pour faire campagne », not « je veux me présenter aux élections »), -1 when none does, 0 for a
        delay restating none."""
        case, done = self._restated_case(chunk, sentence, rule)
        if not case:
            return 0
        parts = [part for part in re.split(r"[.;:!?]", question.replace("’", "'"))
                 if set(tokenize(expand(part))) & case and (not done or told_in_past(part))]
        return 1 if parts else -1

    def _restated_case(self, chunk: Chunk, sentence: str, rule: Delay) -> tuple[set[str], bool]:
        """The words of the case a restated delay is for (``_FOR_WHOM``), with the condition (``_CONDITION``) of the
        clause it names (« la clause précédente » : the clause before in the agreement), less the words of the delay
        it restates: what tells that case apart (6-5.14's seven days : « candidat », of 6-5.13), and whether it is told
        as done (``_DONE_CASE``); no words for another sentence."""
        restated = _restated_from(chunk.text, sentence, rule)
        whom = _FOR_WHOM.search(sentence) if restated else None
        if whom is None:
            return set(), False
        case = set(tokenize(whom.group(1)))
        for clause in self._named_clauses(chunk, whom.group(1)):
            condition = _CONDITION.search(self.clause_text(chunk.doc, clause))
            if condition:
                case |= set(tokenize(condition.group(1)))
        return case - set(tokenize(restated.sentence)), bool(_DONE_CASE.match(whom.group(1)))

    def _sentence_words(self, chunk: Chunk, sentence: str, end: int) -> set[str]:
        """The words a delay sentence (ending at ``end`` in ``chunk``) is read with: a sentence naming its subject by
        « ce » (6-4.20 « Ce congé est accordé à la suite d'une demande écrite … », under « Congé de paternité ») or by
        « un tel » anywhere (3-5.07 « … avisé d'une telle absence … »), or
        going on from the one before (6-4.22 « et ne peut être pris … »), with the text of its clause before it; the
        first sentence of a clause defining its subject (``_referred_words``)."""
        return set(tokenize(_read_with(chunk, sentence, end))) | self._referred_words(chunk.doc, sentence)

    def _referrers(self, doc: str) -> dict[str, list[str]]:
        """Per clause of ``doc``, the clauses whose subject it defines (« Le salarié éducateur visé par la clause
        6-5.11 peut mettre fin à son congé … », 6-5.12, for 6-5.11's « prêt de service »), in index order (cached)."""
        cache = self.__dict__.setdefault("_referrer_cache", {})
        if doc not in cache:
            cache[doc] = {}
            for clause in self._doc_clauses.get(doc, ()):
                for named in _DEFINED_BY.findall(self.clause_text(doc, clause)):
                    if named != clause:
                        cache[doc].setdefault(named, []).append(clause)
        return cache[doc]

    def _searched(self, hits: Sequence[Hit]) -> list[tuple[int, Hit]]:
        """The hits with their ranks, then the clauses whose subject a hit defines (``_referrers``), ranked just after
        it: 6-5.12's 45 days « avant son retour », 9th for « je veux revenir plus tôt de mon prêt de service », follows
        6-5.11, 8th."""
        searched = list(enumerate(hits))
        seen = {(hit.chunk.doc, hit.chunk.clause_id) for hit in hits}
        for rank, hit in list(searched):
            for clause in [*self._referrers(hit.chunk.doc).get(hit.chunk.clause_id, ()),
                           *self._prolonged_clauses(hit.chunk.doc).get(hit.chunk.clause_id, ())]:
                if (hit.chunk.doc, clause) not in seen:
                    seen.add((hit.chunk.doc, clause))
                    searched += [(rank + 1, Hit(chunk, hit.score)) for chunk in self._clause_chunks[(hit.chunk.doc, clause)]]
        return searched

    def _prolonged_clauses(self, doc: str) -> dict[str, list[str]]:
        """Per clause of ``doc``, the clauses whose delay a sentence of it prolongs (``_prolongations``: Cris 9-1.01
        « cette étape préalable prolonge le délai prévu à la clause 9-1.03 de 60 jours » : 9-1.03)."""
        found: dict[str, list[str]] = {}
        for prolonged, sentences in self._prolongations(doc).items():
            for chunk, _sentence in sentences:
                if prolonged not in found.setdefault(chunk.clause_id, []) and (doc, prolonged) in self._clause_chunks:
                    found[chunk.clause_id].append(prolonged)
        return found

    def _referred_words(self, doc: str, sentence: str) -> set[str]:
        """The words of the first sentence (its title with it) of the clause a sentence's subject is defined by (« Le
        salarié éducateur visé par la clause 6-5.11 » : « Congé sans traitement pour prêt de service 6-5.11 Avec son
        accord … »)."""
        words: set[str] = set()
        for named in _DEFINED_BY.findall(sentence):
            text = self.clause_text(doc, named)
            spans = split_sentences(text)
            words |= set(tokenize(text[: spans[0][1]] if spans else text))
        return words

    def _calendar_quote(self, doc: str, clause: str) -> Quoted | None:
        """The sentence of a calendar clause that the computation rests on (verbatim)."""
        cues = re.compile(r"jour ouvrable|lundi au vendredi|f[ée]ri[ée]s|ch[ôo]m[ée]s|ne courent pas|d[ée]lais?",
                          re.IGNORECASE)
        for chunk in self._clause_chunks.get((doc, clause), []):
            spans = split_sentences(chunk.text)
            for start, end in spans:
                if cues.search(chunk.text[start:end]) and end - start > 30:
                    return Quoted(chunk, chunk.text[start:end])
            if spans:
                start, end = spans[0]
                return Quoted(chunk, chunk.text[start:end])
        return None



__all__ = ["DeadlineAnswers"]
