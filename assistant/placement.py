"""Échelon placement from years of schooling and of experience (a mixin of AmountAnswers, so of DirectAnswers).

``placement``
    Years of schooling and of experience (« 17 ans de scolarité et 5 ans d'expérience »): the échelon from the
    footnote rule of the scale (Annexe M), step by step with citations, then the salary at that échelon. Short
    follow-ups (« Et avec 18 ans de scolarité ? », « Et en 2012 ? ») reuse what the turns before said; years of
    experience alone list the échelon each schooling gives and ask it back; a class whose scale gives no rule, or
    an agreement without scales (the Cris agreement), is said so with its own words quoted.

``credential placement``
    Diplomas without years (« j'ai un DEC pis 30 crédits universitaires, je commence à quel échelon comme
    animateur ? »): the clause line that starts that role at an échelon for those diplomas (Bourget 7-5.11), quoted,
    then the pay at that échelon in the scale whose note names the clause's article (Annexe O).

:class:`PlacementAnswers` reads what :class:`assistant.lookups.DirectAnswers` builds (``tables``, ``documents``,
``params``, ``find_quote``, ``_scope`` ...) and what :class:`assistant.amount_answers.AmountAnswers` adds
(``_tables_for``, ``_cells``, ``_job_class``); it imports no lookup module but :mod:`assistant.drafts`.
Moved out of :mod:`assistant.amount_answers` unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Sequence

from ingest.sentences import split_sentences
from ingest.tables import Table, french_date, number_value
from ingest.types import Chunk

from .drafts import Draft, fold, one_line
from .number_words import french_number, spelled
from .tables import lookup, money, parse_amount_question, placement, schooling_levels, table_markdown
from .types import Answer, Hit, ShownTable

# years of schooling and of experience as teachers write them: « 17 ans de scolarité », « 18 années de scolarité »,
# « ma scolarité est évaluée à 17 ans », « scolarité de 19 ans » ; « 3 ans d'expérience », « 10 années
# d'expérience reconnues », « une expérience de 4 ans »
# a word said between the number and the years (« une seule année », « 2 petites années », « 3 bonnes années »)
_YEAR_QUALIFIER = r"(?:(?:seule?s?|petite?s?|bonne?s?|pleine?s?|courte?s?)\s+)?"
_YEARS = rf"\s*{_YEAR_QUALIFIER}(?:ans?|ann[ée]es?)(?:\s+compl[èe]tes?)?"
_SCHOOLING = re.compile(rf"(\d{{2}}){_YEARS}\s+(?:de\s+)?scolarit[ée]|scolarit[ée]\s*(?:(?:est|a\s+[ée]t[ée]|reconnue)\s+)?"
                        rf"(?:[ée]valu[ée]e\s+|reconnue\s+)?(?:(?:de|[àa]|:)\s*)?(\d{{2}}){_YEARS}|"
                        # a diploma with its years of schooling in brackets (« bac de 4 ans (16 ans) », « maîtrise (18
                        # ans) »): the years in brackets, not the diploma's own length
                        rf"\b(?:bacc?\w*|baccalaur[ée]at|ma[îi]trise|dipl[ôo]me)\b[^()\n]{{0,30}}\(\s*(\d{{2}}){_YEARS}\s*\)",
                        re.IGNORECASE)
_EXPERIENCE = re.compile(rf"(\d{{1,2}}){_YEARS}\s+(?:reconnues?\s+)?d'(?:exp[ée]rience|enseignement)|"
                         rf"exp[ée]rience\s*(?:reconnue\s+)?(?:(?:de|:)\s*)?(\d{{1,2}}){_YEARS}|"
                         # years of teaching told as a span (« j'enseigne depuis 5 ans complets », « ça fait 5 ans que
                         # j'enseigne »)
                         rf"\benseigne\s+depuis\s+(\d{{1,2}}){_YEARS}|\bfait\s+(\d{{1,2}}){_YEARS}\s+que\s+j'enseigne",
                         re.IGNORECASE)
# a number of years written in words (« cinq ans d'expérience », « dix-sept années de scolarité »)
_YEARS_IN_WORDS = re.compile(
    rf"\b((?:(?:{spelled(10, 10, 20, 30, 40)})(?:[\s-]+et)?[\s-]+)?(?:{spelled(1, 9, 11, 12, 13, 14, 15, 16)})|"
    rf"{spelled(10, 10, 20, 30, 40)})(?=\s+" + _YEAR_QUALIFIER + r"(?:ans?|ann[ée]es?)\b)",
    re.IGNORECASE)
# no experience at all, said beside a schooling (« zéro expérience », « sans expérience », « aucune expérience », « pas
# encore d'expérience », « je n'ai jamais enseigné »): 0 years, the experience échelon being the first year's
_NO_EXPERIENCE = re.compile(r"\b(?:z[ée]ro|aucune|sans|pas\s+(?:encore\s+)?d'|0)\s*(?:ann[ée]e\s+d')?exp[ée]rience|"
                            r"\bjamais\s+(?:enseign|travaill)", re.IGNORECASE)
# experience told as its échelon, not in years (« mon expérience me donne l'échelon 8 », « l'expérience me met à
# l'échelon 5 », « je suis à l'échelon 6 selon mon expérience », « échelon d'expérience : 3 »): the rule adds the
# schooling's échelons to that échelon (Annexe M note 14 « l'échelon correspondant à son expérience, augmenté de »)
_EXPERIENCE_ECHELON = re.compile(
    r"exp[ée]rience\b[^.?!;\n]{0,40}?\b[ée]chelon\s+(?:n[o°]\s*)?(\d{1,2})\b(?!\s*(?:ans?|ann[ée]es?)\b)|"
    r"\b[ée]chelon\s+(\d{1,2})\s+(?:selon|pour|avec|gr[âa]ce\s+[àa]|d'apr[èe]s|par)\s+(?:mon|ma|son|sa|l'|leur)\s*"
    r"(?:ann[ée]es\s+d')?exp[ée]rience|"
    r"\b[ée]chelon\s+d'exp[ée]rience\s*(?:(?:est|de|:|c'est)\s*)*(?:l'[ée]chelon\s+)?(\d{1,2})\b", re.IGNORECASE)
_DOCTORATE = re.compile(r"doctorat", re.IGNORECASE)
# a doctorate said not held: a negation up to three words before it (« sans doctorat », « pas de doctorat », « j'ai
# jamais fait de doctorat », « aucun doctorat », « ni doctorat ») or an unfinished one after it (« mon doctorat est pas
# fini », « doctorat en cours », « doctorat non terminé », « doctorat : non »)
_NO_DOCTORATE = re.compile(r"\b(?:sans|pas|aucun|jamais|ni|non|point)\b(?:\s+[\w']+){0,3}?\s+(?:d'|l')?doctorat|"
                           r"doctorat\w*\s+(?:(?:est|n'est|qui\s+est)\s+)?(?:pas\s+(?:encore\s+)?(?:fini|termin|compl[ée]t)|"
                           r"non\s+(?:termin|compl[ée]t)|en\s+cours|inachev)|doctorat\s*:\s*(?:non|aucun)\b", re.IGNORECASE)


# the gap between two placements asked (« y avait combien d'écart entre nos salaires », « la différence », « de plus »)
# or a rise asked of a schooling recognised anew (« j'avais 16 ans … on me reconnaît 17 ans … Mon salaire monte de
# combien ? »)
_GAP_ASKED = re.compile(r"[ée]cart|diff[ée]ren|\bde\s+(?:plus|moins)\b|\bmont(?:e|ent|é|er)\s+de\s+combien\b|"
                        r"\baugment\w*\s+de\s+combien\b|\bde\s+combien\b[^?]{0,30}\b(?:mont|augment)", re.IGNORECASE)
# a doctorate held by one of two people only (« elle a un doctorat de 3e cycle pis moi non », « … mais pas moi »)
_ONE_WITHOUT = re.compile(r"\b(?:pis|et|mais)\s+(?:moi|lui|elle|l'autre)\s*,?\s+(?:non|pas)\b|"
                          r"\bmais\s+pas\s+(?:moi|lui|elle|l'autre)\b", re.IGNORECASE)


def holds_doctorate(question: str) -> bool:
    """Whether the question says the teacher holds a doctorate: it names one (« avec doctorat », « j'ai un doctorat »)
    not said absent or unfinished (``_NO_DOCTORATE``: « (pas de doctorat) », « j'ai jamais fait de doctorat »)."""
    return bool(_DOCTORATE.search(question)) and not _NO_DOCTORATE.search(question)
_AGREEMENT_KIND = re.compile(r"convention|accord", re.IGNORECASE)  # manifest kinds of agreements that set salaries
_PLACEMENT_RULE = re.compile(r"[ée]chelon correspondant [àa] son exp[ée]rience", re.IGNORECASE)
# a clause line placing a role at an échelon by its diplomas (Bourget 7-5.11 « l'animateur déjà titulaire d'un DEC
# débute à l'échelon trois (3) dans le cas où il complète trente (30) crédits universitaires ; »): who, the échelon,
# then the condition
_STARTS_AT = re.compile(r"^(?P<who>.{0,80}?)\bd[ée]bute\s+(?:à|au)\s+l?'?[ée]chelon\s+(?:[a-zéèû-]+\s+)?"
                        r"(?:\((?P<paren>\d{1,2})\)|(?P<digits>\d{1,2}))(?P<condition>.*)$", re.IGNORECASE)
# the diplomas a question or a condition names: a DEC (or its absence: « ne détient pas de DEC », « sans DEC »)
# and a number of university credits (« trente (30) crédits », « 90 crédits »)
_DEC = r"(?:\bDEC\b|dipl[ôo]me\s+d'[ée]tudes\s+coll[ée]giales)"
_NO_DEC = re.compile(rf"(?:\bne\s+d[ée]tient\s+pas|\bn'a\s+pas|\bpas|\bsans|\baucun)\s+(?:de\s+|d'|d'un\s+|un\s+)?{_DEC}",
                     re.IGNORECASE)
_HAS_DEC = re.compile(_DEC, re.IGNORECASE)
_CREDITS = re.compile(r"(?:\((\d{1,3})\)|\b(\d{1,3}))\s*cr[ée]dits", re.IGNORECASE)
# what ends a line's condition into alternatives (« … titulaire d'un DEC ou, dans le cas qu'il ne détient pas de
# DEC, il possède trente (30) crédits … »)
_OR = re.compile(r",?\s+ou\s*,\s*|\s+ou\s+(?=dans le cas)", re.IGNORECASE)
_ROLE_STOP = frozenset("salarie educateur deja titulaire detient possede celui celle dans".split())


def _diplomas(text: str) -> set[str]:
    """The diplomas ``text`` names (``_DEC``, ``_CREDITS``): « +DEC » or « -DEC », and « 30 crédits »."""
    found = {f"{a or b} crédits" for a, b in _CREDITS.findall(text)}
    if _NO_DEC.search(text):
        found.add("-DEC")
    if _HAS_DEC.search(_NO_DEC.sub(" ", text)):
        found.add("+DEC")
    return found


def _roots(text: str) -> set[str]:
    """A text's words of five letters or more, accents folded, cut to six letters (« animatrice » meets
    « animateur »)."""
    return {w[:6] for w in re.findall(r"[a-z]{5,}", fold(text)) if w not in _ROLE_STOP}


@dataclass(frozen=True)
class CredentialRule:
    """A clause line placing a role at an échelon by its diplomas, scored against a question's diplomas."""

    chunk: Chunk
    line: str
    echelon: int
    score: int


def _credential_rule(chunk: Chunk, line: str, asked: set[str], role: set[str]) -> CredentialRule | None:
    """``line`` of ``chunk`` as a rule for a question naming the diplomas ``asked`` and the role words ``role``:
    its best alternative's diplomas met less those it lacks and those the question names beside (None when the
    line places no one, or another role)."""
    found = _STARTS_AT.match(line.strip(" -*"))
    if found is None or not _roots(found["who"]) & role:
        return None
    echelon = int(found["paren"] or found["digits"])
    who = _diplomas(found["who"])
    scores = [len(asked & wanted) - len(wanted - asked) - len(asked - wanted)
              for wanted in ({*who, *_diplomas(option)} for option in _OR.split(found["condition"]))]
    return CredentialRule(chunk, line.strip(" -*"), echelon, max(scores))


# what names a pay, an échelon or an amount in a question that gives years of experience alone (« je suis à quel
# échelon ? », « combien je gagne ? », « mon salaire ? »)
_PAY_WORDS = re.compile(r"[ée]chelon|gagn|salaire|traitement|combien", re.IGNORECASE)
# pay words that name something else: a leave or a régime by how it is paid (« congé sabbatique à traitement différé »,
# « un congé sans traitement », « sans perte de traitement », « sans salaire »), and « combien » counting a thing that
# is no money (« combien de jours de congé », « combien de semaines ») — Q2037 (« Ça fait 5 ans que j'enseigne au
# Collège. Je peux-tu déjà demander un congé sabbatique à traitement différé? ») asks 6-6.04's eligibility, no échelon
_PAY_WORDS_NAMING_ELSE = re.compile(
    r"\b(?:[àa]|avec|sans)\s+(?:perte\s+de\s+)?(?:traitement|salaire)(?:\s+diff[ée]r[ée]e?)?\b|"
    r"\btraitement\s+diff[ée]r[ée]e?\b|"
    r"\bcombien\s+(?:de\s+|d')(?:jours?|journ[ée]es?|semaines?|mois|ans?|ann[ée]es?|heures?|minutes?|fois|"
    r"p[ée]riodes?|cong[ée]s?|[ée]l[èe]ves?|cours|groupes?|enfants?|personnes?|salari[ée]s?|absences?)\b",
    re.IGNORECASE)


def asks_pay(question: str) -> bool:
    """Whether ``question`` names a pay, an échelon, a salary or an amount: its pay words once the leaves and
    régimes named by how they are paid (« à traitement différé », « sans traitement ») and the counts of things that
    are no money (« combien de jours ») are taken out. Years of experience said as the case of a right, a leave or a
    permission asked (« Ça fait 5 ans que j'enseigne, je peux-tu demander un congé sabbatique à traitement différé ? »)
    ask no placement."""
    return bool(_PAY_WORDS.search(_PAY_WORDS_NAMING_ELSE.sub(" ", question)))


def _in_digits(question: str) -> str:
    """The question with its numbers of years in words written in digits (« cinq ans » -> « 5 ans »)."""
    return _YEARS_IN_WORDS.sub(lambda m: str(french_number(m.group(1)) or m.group(1)), question)


@dataclass(frozen=True)
class PlacementAsked:
    """What a placement question asks, with what earlier placement turns said when it is a short follow-up
    (« Et avec 18 ans de scolarité ? », « Et en 2012 ? », « Et si j'avais un doctorat ? »)."""

    schooling: int
    experience: int
    doctorate: bool
    dated: str  # the question whose date or year is asked (the follow-up's own when it gives one)
    named: str  # the question that names the agreement and job class (the first of the run when the follow-up doesn't)
    follow_up: bool = False
    by_doctorate: bool = False  # no years of schooling said, only a doctorate: the schooling of the rule's doctorate line
    other_schooling: int | None = None  # a second person's schooling, the same experience, their gap asked (« moi 16 ans
    # de scolarité, elle 18 ans … combien d'écart entre nos salaires ? »)
    other_without_doctorate: bool = False  # the second person has the same schooling without the doctorate (« elle a
    # un doctorat de 3e cycle pis moi non … combien de plus ? »)
    experience_echelon: bool = False  # the experience was told as its échelon (« mon expérience me donne l'échelon
    # 8 »), not in years: the first step says that échelon, it infers no years


def _placement_asked(question: str, history: Sequence[Answer], max_words: int) -> PlacementAsked | None:
    digits = _in_digits(question)
    schooling, experience = _SCHOOLING.search(digits), _EXPERIENCE.search(digits)
    if schooling and not experience:  # « scolarité évaluée à 17 ans, zéro expérience »: 0 years
        experience = _EXPERIENCE.search(_NO_EXPERIENCE.sub("0 an d'expérience", digits))
    by_echelon = _EXPERIENCE_ECHELON.search(digits) if schooling and not experience else None
    if by_echelon and int(_years(by_echelon)) >= 1:  # the échelon of experience N is the year N in progress
        return PlacementAsked(_years(schooling), _years(by_echelon) - 1, holds_doctorate(question), question, question,
                              experience_echelon=True)
    if schooling and experience:
        levels = list(dict.fromkeys(_years(m) for m in _SCHOOLING.finditer(digits)))
        years = {_years(m) for m in _EXPERIENCE.finditer(digits)}
        other = levels[1] if len(levels) == 2 and len(years) == 1 and _GAP_ASKED.search(question) else None
        without = len(levels) == 1 and len(years) == 1 and holds_doctorate(question) and \
            bool(_ONE_WITHOUT.search(question)) and bool(_GAP_ASKED.search(question))
        return PlacementAsked(_years(schooling), _years(experience), holds_doctorate(question),
                              question, question, other_schooling=levels[0] if without else other,
                              other_without_doctorate=without)
    if not history or history[-1].kind != "placement" or len(question.split()) > max_words:
        return None
    query = parse_amount_question(question)
    dated = bool(query.when or query.month or query.year or query.school_year)
    says_doctorate = re.search(r"doctorat", question, re.IGNORECASE)
    if query.echelon is not None or not (schooling or experience or dated or says_doctorate):
        return None  # « Et à l'échelon 12 ? » is an amount follow-up
    before = _placement_asked(history[-1].question, history[:-1], max_words)
    if before is None:  # the turn before gave one of the two (« J'ai 5 ans d'expérience … ? », then « 18 ans de scolarité »)
        earlier = _in_digits(history[-1].question)
        schooling, experience = schooling or _SCHOOLING.search(earlier), experience or _EXPERIENCE.search(earlier)
        if not schooling or not experience:
            return None
        return PlacementAsked(_years(schooling), _years(experience), holds_doctorate(question),
                              question if dated else history[-1].question, history[-1].question, follow_up=True)
    return PlacementAsked(_years(schooling) if schooling else before.schooling,
                          _years(experience) if experience else before.experience,
                          holds_doctorate(question) if says_doctorate else before.doctorate,
                          question if dated else before.dated, before.named, follow_up=True)


def _years(match: re.Match) -> int:
    """The number of years a ``_SCHOOLING`` or ``_EXPERIENCE`` match read (whichever of its wordings matched)."""
    return int(next(g for g in match.groups() if g))



def shown_tables(draft: Draft | None) -> list[ShownTable]:
    """The small tables a draft shows as values: an :class:`AmountDraft`'s, none for a plain Draft or no draft."""
    return list(draft.shown) if isinstance(draft, AmountDraft) else []


@dataclass
class AmountDraft(Draft):
    """A Draft of an amount, which also keeps the small tables its parts show as values (``ShownTable``), handed to
    its Answer (``Answer.tables``: what the web page draws a row read from)."""

    shown: list[ShownTable] = field(default_factory=list)

    def show(self, table: ShownTable) -> None:
        """``table`` shown: its Markdown as the next part, the value kept."""
        self.parts.append(table_markdown(table))
        self.shown.append(table)

    def take(self, other: Draft) -> None:
        """The tables ``other`` shows (when it keeps them), after this draft's: its parts were copied into this one."""
        self.shown.extend(shown_tables(other))

    def answer(self, question: str, hits: Sequence[Hit], kind: str) -> Answer:
        return replace(super().answer(question, hits, kind), tables=tuple(self.shown))


class PlacementAnswers:
    """Échelon placement lookups (mixed into AmountAnswers)."""

    def _placement(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                   history: Sequence[Answer] = ()) -> Draft | None:
        asked = _placement_asked(question, history, self.params.follow_up_words) or \
            self._doctorate_asked(question, docs)
        if asked is None:
            return self._experience_only(question, docs) or self._credential_placement(question, hits, docs)
        question = asked.named  # the question naming the agreement and job class (the first of a follow-up run)
        tables = [t for t in self._tables_for(question, docs) if t.echelon_rows]
        if not tables:
            return self._no_scale(question, docs)
        table = self._ruled_scale(question, tables)
        if isinstance(table, Draft):
            return table
        draft = Draft()
        if asked.follow_up:
            draft.parts.append(f"Scolarité de {asked.schooling} ans"
                               + (" avec doctorat" if asked.doctorate else "")
                               + f", {asked.experience} année(s) d'expérience" +
                               (f", {parse_amount_question(asked.dated).date_or_year}"
                                if parse_amount_question(asked.dated).date_or_year else "") + " :")
        if self._scope(question, docs) is None:  # no agreement named: say which one the scale is, and which have none
            without = [meta.get("title") or key for key, meta in self.documents.items() if key != table.doc and
                       _AGREEMENT_KIND.search(str(meta.get("kind") or "")) and
                       not any(self.tables[i].echelon_rows for i in self._doc_tables.get(key, ()))]
            title = self.documents.get(table.doc, {}).get("title") or table.doc
            # the calculation's agreement first, in a sentence of its own; then the agreements without a scale, apart
            # (« Calcul selon X ; Y : aucune échelle » read at first glance as a calculation by both)
            names = " et ".join(f"**{name}**" for name in without)
            draft.parts.append(f"Calcul selon **{title}**." + (
                (f" Le texte indexé de {names} ne contient ni échelle de traitement ni règle de classement."
                 if len(without) == 1 else
                 f" Les textes indexés de {names} ne contiennent ni échelle de traitement ni règle de classement.")
                if without else ""))
        result = placement(asked.schooling, asked.experience, table, doctorate=asked.doctorate,
                           echelon_told=asked.experience_echelon)
        steps = []
        for number, step in enumerate(result.steps, 1):
            if number == 1 and not step.source and (defined := self.definition(table.doc, "Échelon d'expérience")):
                chunk, sentence = defined
                step = replace(step, text=step.text.split(" ; ")[0] + f", clause {chunk.clause_id}.", source=sentence)
            if asked.by_doctorate and step.text.startswith(f"Scolarité de {asked.schooling} ans :"):
                step = replace(step, text=f"Doctorat, sans années de scolarité indiquées : la note ne prévoit le doctorat "
                                          f"qu'à une scolarité de {asked.schooling} ans ou plus (à vérifier avec votre "
                                          f"scolarité reconnue) :" + step.text.split(" :", 1)[1])
            label = self._cite_step(draft, table, step.source, step.text)
            steps.append(f"{number}. {step.text}" + (f" « {one_line(step.source)} » {label}".rstrip() if step.source else ""))
        draft.parts.append("**Classement (échelon)**\n\n" + "\n".join(steps))
        if result.echelon is None:
            draft.parts.append(result.note)
            return draft
        query = replace(parse_amount_question(asked.dated), echelon=result.echelon, job_class=None, other_echelon=None)
        cells = lookup([table], query)
        if not cells:
            draft.parts.append(result.note)
            return draft
        # a second date asked (« entre octobre 2013 pis mai 2014, mon salaire a monté de combien ? »): its cell too
        later = lookup([table], replace(query, when=query.other_when, date_or_year=french_date(query.other_when),
                                        other_when=None)) if query.other_when else []
        later = [c for c in later if (c.row.label, c.column) not in {(d.row.label, d.column) for d in cells}]
        salaried = self._with_salary(draft, cells, result.echelon, later)
        if asked.other_schooling is not None and (not asked.doctorate or asked.other_without_doctorate):
            self._other_placement(salaried, table, asked, query, cells, result.echelon, len(steps))
        return salaried

    def _other_placement(self, draft: Draft, table: Table, asked: PlacementAsked, query, cells: Sequence,
                         echelon: int, numbered: int) -> None:
        """The second person's placement (``asked.other_schooling``, the same experience) after the first's pay: its
        schooling step quoted, its pay at its échelon, then the gap between the two annual cells (« Écart : 8 510 $ par
        année »), when each placement reads one cell of the same column; nothing added when the rule places it
        nowhere."""
        other = placement(asked.other_schooling, asked.experience, table)
        if other.echelon is None or other.echelon == echelon:
            return
        said = f"scolarité de {asked.other_schooling} ans" + (", sans doctorat" if asked.other_without_doctorate else "")
        first_said = f"scolarité de {asked.schooling} ans" + (", avec doctorat" if asked.other_without_doctorate else "")
        steps = []
        for number, step in enumerate(other.steps[1:], numbered + 1):  # its experience step is the first's
            label = self._cite_step(draft, table, step.source, step.text)
            steps.append(f"{number}. {step.text}" + (f" « {one_line(step.source)} » {label}".rstrip() if step.source else ""))
        more = lookup([table], replace(query, echelon=other.echelon))
        if not more:
            return
        draft.parts.append(f"**Classement (échelon), {said}**\n\n" + "\n".join(steps))
        self._with_salary(draft, more, other.echelon)
        first, second = (number_value(c.value) for c in (cells[0], more[0]))
        if len(cells) == len(more) == 1 and cells[0].column == more[0].column and None not in (first, second):
            gap = abs(second - first)
            draft.parts.append(f"Écart : **{money(gap)}** par année : {money(first)} (échelon {echelon}, {first_said}) → "
                               f"{money(second)} (échelon {other.echelon}, {said}), colonne « {cells[0].column_label} ».")

    def _doctorate_asked(self, question: str, docs: Sequence[str] | None) -> PlacementAsked | None:
        """Years of experience and a doctorate held, without years of schooling (« J'ai un doctorat de 3e cycle pis 8
        années d'expérience … combien ? »): placed at the schooling of the one line of the scale's rule that names a
        doctorate held (Annexe M note 14: « 8 échelons … 19 ans ou plus avec doctorat de 3e cycle »), never at a
        schooling no line ties to a doctorate; None when the rule names no such line, or more than one."""
        digits = _in_digits(question)
        experience = _EXPERIENCE.search(digits)
        if experience is None or _SCHOOLING.search(digits) or not holds_doctorate(question):
            return None
        tables = [t for t in self._tables_for(question, docs) if t.echelon_rows]
        table = self._ruled_scale(question, tables) if tables else None
        if not isinstance(table, Table):
            return None
        levels = {level for level, doctorate, _ in schooling_levels(table) if doctorate}
        if len(levels) != 1:
            return None
        return PlacementAsked(levels.pop(), _years(experience), True, question, question, by_doctorate=True)

    def _credential_placement(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None) -> Draft | None:
        """Diplomas without years (« Le Collège m'engage comme animateur. J'ai un DEC pis j'ai fini 30 crédits
        universitaires. Je commence à quel échelon ? »): the line of a clause among the first
        ``LookupParams.pointed_hits`` passages that starts that role at an échelon for those diplomas (7-5.11), the
        best met (the higher échelon on a tie), quoted; then the pay at that échelon in the role's scale (the one
        whose notes name the clause's article, Annexe O « … selon les dispositions de l'article 7-5.00 »)."""
        asked = _diplomas(question)
        if not asked or not re.search(r"[ée]chelon|combien|salaire|gagn|pay", question, re.IGNORECASE):
            return None
        role = _roots(question)
        rules = [rule for hit in hits[: self.params.pointed_hits] for line in hit.chunk.text.split("\n")
                 if (rule := _credential_rule(hit.chunk, line, asked, role)) is not None]
        if not rules:
            return None
        best = max(rules, key=lambda r: (r.score, r.echelon))
        if best.score < 0:  # no line met better than it is missed
            return None
        draft = Draft()
        text = f"Selon {best.chunk.clause_id}, vous débutez à l'**échelon {best.echelon}**"
        draft.parts.append("**Classement (échelon)**\n\n" + f"{text} : « {one_line(best.line)} » "
                           f"{draft.cite(best.chunk, best.line, text)}".rstrip())
        article = re.match(r"\d+-\d+", best.chunk.clause_id)
        scales = [t for t in self._tables_for(question, docs) if t.echelon_rows and t.doc == best.chunk.doc]
        named = [t for t in scales if article and re.search(rf"\b{re.escape(article.group(0))}\.00\b", " ".join(t.footnotes))]
        table = next(iter(named), None)
        if table is None:
            return draft
        query = replace(parse_amount_question(question), echelon=best.echelon, job_class=None, other_echelon=None)
        cells = lookup([table], query)
        return self._with_salary(draft, cells, best.echelon) if cells else draft

    def _with_salary(self, draft: Draft, cells: Sequence, echelon: int, later: Sequence = ()) -> Draft:
        """``draft`` (the placement's steps) followed by the pay at the échelon found: its heading, then the cells'
        answer (parts, citations once each, support rows); the cells of a second date asked (``later``) beside them,
        with the difference (« Écart : 1 206 $ de plus par année »)."""
        salary = self._cells(list(cells) + list(later))
        if later:
            self._difference(salary, cells, later)
        if not isinstance(draft, AmountDraft):  # the salary's table kept as a value
            draft = AmountDraft(parts=draft.parts, citations=draft.citations, support=draft.support,
                                abstained=draft.abstained)
        draft.take(salary)
        draft.parts.append(f"**Traitement à l'échelon {echelon}**")
        draft.parts.extend(salary.parts)
        draft.citations.extend(c for c in salary.citations if c not in draft.citations)
        draft.support.extend(salary.support)
        return draft

    def _experience_only(self, question: str, docs: Sequence[str] | None) -> Draft | None:
        """Years of experience without the schooling (« J'ai 5 ans d'expérience au Collège, je suis à quel échelon ? »):
        the experience échelon, then the échelon each schooling of the rule gives, and the schooling asked back —
        never one schooling assumed."""
        digits = _in_digits(question)
        experience = _EXPERIENCE.search(digits)
        if experience is None or _SCHOOLING.search(digits) or parse_amount_question(question).echelon is not None or \
                not asks_pay(question):
            return None
        tables = [t for t in self._tables_for(question, docs) if t.echelon_rows]
        table = self._ruled_scale(question, tables) if tables else None
        if not isinstance(table, Table) or not schooling_levels(table):
            return None
        years = _years(experience)
        draft = Draft()
        first = placement(0, years, table).steps[0]
        if not first.source and (defined := self.definition(table.doc, "Échelon d'expérience")):
            first = replace(first, text=first.text.split(" ; ")[0] + f", clause {defined[0].clause_id}.",
                            source=defined[1])
        label = self._cite_step(draft, table, first.source, first.text)
        draft.parts.append("**Classement (échelon)**\n\n" + first.text +
                           (f" « {one_line(first.source)} » {label}".rstrip() if first.source else ""))
        options = []
        for level, doctorate, line in schooling_levels(table):
            result = placement(level, years, table, doctorate=doctorate)
            label = self._cite_step(draft, table, line, line)
            options.append(f"- {one_line(line).rstrip('.')} : **échelon {result.echelon}** {label}".rstrip())
        draft.parts.append("Votre scolarité n'est pas indiquée ; selon la note du tableau "
                           f"({table.annex_or_clause}), l'échelon d'expérience est augmenté de :\n\n" + "\n".join(options))
        draft.parts.append("Précisez vos années de scolarité reconnues pour obtenir votre traitement.")
        return draft

    def _ruled_scale(self, question: str, tables: Sequence[Table]) -> Table | Draft:
        """The scale whose footnote gives the placement rule, of the job class asked if one is (the teachers'
        otherwise); a class whose scale gives no rule (« Je suis TES avec 4 ans d'expérience … ») is told so, its
        scale's notes on placement quoted (Annexe O: « … selon les dispositions de l'article 7-5.00 »), never
        placed by the teachers' rule."""
        ruled = [t for t in tables if _PLACEMENT_RULE.search(" ".join(t.footnotes))]
        classes = sorted({c for t in tables if (c := self._job_class(t))})
        asked = parse_amount_question(question, classes).job_class
        own = [t for t in tables if asked and fold(self._job_class(t)) == fold(asked)]
        if own:
            ruled = [t for t in own if t in ruled]
        if ruled:
            return ruled[0]
        draft = Draft()
        name = ", ".join(p for p in (own[0].annex_or_clause, own[0].subtitle) if p) if own else ""
        draft.parts.append((f"Le tableau de traitement ({name}) ne donne" if own else
                            "Les tableaux de traitement de cette convention ne donnent") +
                           " pas de règle de classement selon la scolarité et l'expérience : je ne peux pas calculer "
                           "votre échelon.")
        for footnote in (f for t in own[:1] for f in t.footnotes if re.search(r"attribuer l'[ée]chelon", f)):
            text = re.sub(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*", "", footnote)
            label = self._cite_step(draft, own[0], text, "Note du tableau")
            draft.parts.append(f"Note du tableau : « {one_line(text)} » {label}".rstrip())
        found = self._placement_clause(own[0]) if own else None
        if found is not None:
            chunk, sentence = found
            text = f"Classement selon la convention ({chunk.clause_id}) :"
            draft.parts.append(f"{text} « {one_line(sentence)} » {draft.cite(chunk, sentence, text)}".rstrip())
        return draft

    def _placement_clause(self, table: Table) -> tuple[Chunk, str] | None:
        """The first sentence of the table's agreement that places a person in the table's annex by schooling and
        experience (Bourget 7-5.01: « … intégré dans l'échelle de traitement correspondant à sa classe d'emploi, à
        sa scolarité et à son expérience (rf. annexe N ou O). »), verbatim."""
        letter = re.fullmatch(r"annexe\s+(\w+)", table.annex_or_clause.strip(), re.IGNORECASE)
        if letter is None:
            return None
        names = re.compile(rf"annexes?\s+(?:\w+\s+(?:ou|et)\s+)?{re.escape(letter.group(1))}\b|"
                           rf"annexes?\s+{re.escape(letter.group(1))}\s+(?:ou|et)\b", re.IGNORECASE)
        for clause in self._doc_clauses.get(table.doc, ()):
            if clause == table.annex_or_clause:
                continue
            for chunk in self._clause_chunks[(table.doc, clause)]:
                for start, end in split_sentences(chunk.text):
                    sentence = chunk.text[start:end]
                    if names.search(sentence) and re.search(r"scolarit", sentence, re.IGNORECASE) and \
                            re.search(r"exp[ée]rience", sentence, re.IGNORECASE):
                        return chunk, sentence
        return None

    def _no_scale(self, question: str, docs: Sequence[str] | None, amount: bool = False) -> Draft | None:
        """A placement (or, ``amount``, a salary at an échelon) asked of one agreement that holds no salary scale (the
        Cris agreement amends a convention whose scales it does not reproduce): said plainly, with its own
        definitions of the salary and of the experience échelon quoted (they name where the scale is: « l'échelle de
        traitement prévue à l'article 6-5.00 »), instead of another agreement's scale."""
        scope = self._scope(question, docs)
        if not scope or len(scope) != 1 or any(self.tables[i].echelon_rows for i in self._doc_tables.get(scope[0], ())):
            return None
        doc = scope[0]
        title = self.documents.get(doc, {}).get("title") or doc
        draft = Draft(abstained=True)  # the documents do not give it: a refusal, with the definitions that say where
        draft.parts.append(f"Le texte indexé de **{title}** ne contient aucune échelle de traitement : je ne peux pas "
                           f"donner {'le salaire de cet échelon' if 'chelon' in question.lower() else 'ce salaire'}. "
                           "Vérifiez-le auprès de l'employeur ou de votre syndicat."
                           if amount else
                           f"Le texte indexé de **{title}** ne contient aucune échelle de traitement ni règle de "
                           "classement selon la scolarité et l'expérience : je ne peux pas calculer votre échelon "
                           "ni votre salaire. Vérifiez-les auprès de l'employeur ou de votre syndicat.")
        for term in ("Traitement", "Échelon d'expérience"):
            defined = self.definition(doc, term)
            if defined is None:
                continue
            chunk, sentence = defined
            text = f"Définition de « {term} » ({chunk.clause_id}) :"
            draft.parts.append(f"{text} « {one_line(sentence)} » {draft.cite(chunk, sentence, text)}".rstrip())
        return draft

    def definition(self, doc: str, term: str) -> tuple[Chunk, str] | None:
        """The definition of ``term`` in ``doc``: the first sentence of the clause headed by it
        (« 1-2.28 Échelon d'expérience » then its text), verbatim."""
        heading = re.compile(rf"^\S+\s+{re.escape(term)}\s*$", re.IGNORECASE)
        for clause in self._doc_clauses.get(doc, ()):
            chunk = self._clause_chunks[(doc, clause)][0]
            if not heading.match(chunk.text.split("\n")[0].strip()):
                continue
            spans = [(a, b) for a, b in split_sentences(chunk.text) if a > len(chunk.text.split("\n")[0])]
            if spans:
                return chunk, chunk.text[spans[0][0]:spans[0][1]]
        return None

    def _cite_step(self, draft: Draft, table: Table, source: str, sentence: str) -> str:
        if not source:
            return ""
        for clause in [table.annex_or_clause, *self._doc_clauses.get(table.doc, ())]:
            found = self.find_quote(table.doc, clause, source)
            if found is not None and found[1] == source:
                return draft.cite(found[0], found[1], sentence)
        return ""


__all__ = ["PlacementAnswers", "PlacementAsked"]
