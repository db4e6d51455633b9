"""What a question asks for, and which sentences give it: the one definition of question kinds.

"combien" wants a number (``amount``), "quand" / "jusqu'à quand" a date or delay (``when``),
"a droit", "crédite", "bénéficie" an entitlement, "c'est quoi" a definition, "est-ce que je
peux" a condition or permission. Each kind pairs the question pattern that asks for it with
the sentence pattern that gives it. The extractive answerer (``assistant.answer``) favours the
sentences that give any kind the question asks for; the retrieval signals
(``assistant.signals``) rank passages by the first kind only (:func:`question_kind`).

Also here: the unit a "combien de jours / d'heures" question counts in
(:func:`question_unit`), procedure questions ("comment", "étapes") and numeric questions, and the terms a
question sets in quotes (:func:`quoted_terms`: « un « enseignant remplaçant », c'est qui ? »).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .number_words import spelled

__all__ = ["KINDS", "KIND_NAMES", "QuestionKind", "question_kind", "question_kinds", "sentence_fits",
           "question_unit", "is_procedure_question", "is_numeric_question", "has_number", "question_parts", "TAX_ASKED",
           "asks_tax", "asks_date_not_amount", "asks_itself", "quoted_terms"]

_I = re.IGNORECASE
_NUMBER_WORDS = spelled(2, 12, 15, 20, 30, 40, 50, 60, 100)  # « deux » … « douze », « quinze », « vingt » … « cent »


@dataclass(frozen=True)
class QuestionKind:
    """One thing a question may ask for: ``asks`` finds it in a question, ``gives`` in a sentence."""

    name: str
    asks: re.Pattern
    gives: re.Pattern


#: The kinds, in the order :func:`question_kind` tries them ("combien de temps" counts as an
#: amount first: python -m evals.cv, DEV MRR 0.766 in-sample with amount first vs 0.749 with
#: when first, when the retrieval signal was measured).
KINDS: tuple[QuestionKind, ...] = (
    QuestionKind(
        "amount",
        re.compile(r"\b(combien|quel(?:le)?s? (?:pourcentage|montant|nombre|taux|salaire|durée)|jusqu'à combien|"
                   r"à partir de combien|max(?:imum)?)\b", _I),
        re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", _I),
    ),
    QuestionKind(
        "when",
        re.compile(r"\b(quand|jusqu'à quand|à partir de quand|délais?|combien de temps|d'avance|préavis|quelle date|"
                   r"à quel moment)\b", _I),
        re.compile(r"\b(dans les|au plus tard|avant le|à compter d[ue]|à partir|le ou vers|suivant|délai|dès|jusqu'au|"
                   r"à l'expiration|(?:\d{1,2}|1er) (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                   r"octobre|novembre|décembre)|jours? ouvrables|semaines?|mois)\b", _I),
    ),
    QuestionKind(
        "entitlement",
        re.compile(r"\b(droit|bénéfici\w*|crédit\w*|payée?s?|paie|rembours\w*|compens\w*|indemn\w*|prime|"
                   r"rémunér\w*|salaire|perds?|admissible|éligible)\b", _I),
        re.compile(r"\b(a droit|ont droit|bénéficie\w*|reçoit|obtient|est accordée?|crédit\w*|payée?s?|rémunér\w*|"
                   r"traitement|rembours\w*|indemnit\w*|monnayable|conserve|perte)\b", _I),
    ),
    QuestionKind(
        "definition",
        re.compile(r"(c'est quoi|qu'est-ce qu|que veut dire|ça veut dire|ça signifie|définition|qu'entend-on)", _I),
        re.compile(r"\b(on entend par|désigne|signifie|se définit|est défini|consiste)", _I),
    ),
    QuestionKind(
        "permission",
        re.compile(r"\b(peu[xt](?:-tu|-on|-il|-elle)?|puis-je|peuvent|pouvons|(?:le|leur) droit|possible|refuser|"
                   r"permission|permis|autoris\w*|obligé\w*|doi[st](?:-je|-il)?)\b", _I),
        re.compile(r"\b(peut|peuvent|ne peut|a le droit|est autorisée?|n'est pas tenue?|n'est pas permis|"
                   r"à condition|sous réserve|avec l'autorisation|avec l'accord|si|sauf|à moins|refuser|doit|doivent)\b",
                   _I),
    ),
)
KIND_NAMES: tuple[str, ...] = tuple(kind.name for kind in KINDS)
_BY_NAME = {kind.name: kind for kind in KINDS}

#: The units a question counts in: the words naming the unit after « combien de » or « nombre de », and the
#: words that count in it after a number in a sentence.
_COUNTS: tuple[tuple[str, str], ...] = (
    (r"jours?|journées?", r"jours?|journées?"),
    (r"semaines?", r"semaines?"),
    (r"mois", r"mois"),
    (r"heures?", r"heures?"),
    (r"années?|ans", r"années?|ans"),
)
_PUPILS = (r"élèves|enfants", r"élèves|enfants")
_PERIODS = (r"périodes?", r"périodes?")
#: People counted (« combien de représentants », « combien de monde de chaque bord », « combien de membres »): the
#: agreements count them as « trois (3) représentants », « un maximum de 4 représentantes ou représentants », « deux
#: (2) membres », « cinq (5) personnes ». Hand-set: DEV Q634, Q1236 (a committee's seats) counted in no unit.
_PEOPLE = (r"représentant(?:e|es|s)?|membres?|personnes?|monde|gens",
           r"représentant(?:e|es|s)?|membres?|personnes?")


def _counted(before: str, counts: Sequence[tuple[str, str]]) -> tuple[tuple[re.Pattern, str], ...]:
    """``counts`` asked after ``before`` (« combien », « nombre »): « combien de jours », « nombre d'heures »."""
    return tuple((re.compile(rf"\b{before} d(?:e\s+|')(?:{words})\b", _I), unit) for words, unit in counts)


#: The unit a "combien de jours / d'heures / quel pourcentage" question counts in, and the
#: words that count in it after a number in a sentence.
_UNITS: tuple[tuple[re.Pattern, str], ...] = _counted("combien", _COUNTS) + (
    (re.compile(r"\bcombien de (?:temps|préavis)\b|\bd'avance\b|\bdélai", _I),
     r"jours?|journées?|semaines?|mois|années?|ans|heures?"),
    (re.compile(r"\bpourcentage\b|\bcombien de (?:ma|mon|sa|son) (?:salaire|traitement|tâche)", _I), r"%|pour cent"),
) + _counted("combien", (_PUPILS, _PERIODS, _PEOPLE)) + (
    (re.compile(r"\bcombien d'argent|\bmontant\b|\bcombien (?:ça|ca) (?:coûte|donne)", _I), r"\$|dollars?"),
)
#: A question asking « combien » whose unit is named elsewhere, as the count asked about: « je donne un certain
#: nombre d'heures dans l'année : à partir de combien … ? », « le nombre de jours, c'est combien ? » (the same units
#: as :data:`_UNITS`, named after « nombre de »). Hand-set: fresh DEV Q644 (Cris 13-8.09 « égal ou supérieur à
#: 432 heures ») counted in no unit and was answered from a footnote counting minutes.
_COMBIEN = re.compile(r"\bcombien\b", _I)
_NAMED_UNITS: tuple[tuple[re.Pattern, str], ...] = _counted("nombre", (*_COUNTS, _PUPILS, _PERIODS))
#: A question that wants the steps of a procedure, walked in clause order.
_PROCEDURE_QUESTION = re.compile(r"\b(comment|étapes?|procédure|processus|démarche|ça marche|marche à suivre)\b", _I)
#: A question whose answer is likely a number (a delay, an amount, a count).
_NUMERIC_QUESTION = re.compile(
    r"\b(combien|quel(?:le)?s? (?:est le |est la )?(?:délai|montant|pourcentage|nombre|durée|taux|date)|"
    r"délai|quand|jusqu'à quand|à partir de quand|pourcentage|montant|taux|heures?|jours?|semaines?|mois|ans?)\b", _I)
_HAS_NUMBER = re.compile(rf"\d|\b(un|{_NUMBER_WORDS})\b", _I)
#: Where a question asking two things splits: « … combien de jours, pis je dois aviser combien d'avance ? »,
#: « … quand ? Pis si … ? », « … et qu'est-ce qui arrive … ».
_PART_BREAK = re.compile(r"\s*(?:[?;]|,?\s+(?:pis|puis|et|ou)\b(?=\s+(?:je|j'|on|il|elle|ils|est-ce|c'est|ça|"
                         r"combien|quand|comment|qu|quel\w*|si|le|la|les|mon|ma|mes|à)\b))\s*", _I)
#: The interrogative words (« qui » and « où » aside: they also open relative clauses) and the inverted subject (« je
#: peux-tu », « est-il ») a question asks with.
_INTERROGATIVE = r"\b(?:combien|quand|comment|quel(?:le)?s?|qu'est-ce|est-ce|pourquoi|quoi|jusqu'où)\b"
_INVERTED = r"-(?:tu|t-il|t-elle|t-on|je|il|elle|on)\b"
#: What makes a part ask something: an interrogative word or an inverted subject (« je peux-tu », « est-il »).
_ASKS = re.compile(rf"{_INTERROGATIVE}|\b(?:où|qui)\b|{_INVERTED}", _I)
#: A piece asking something itself: the same, « qui » and « où » only opening it (« Qui choisit l'arbitre », not « pour
#: une prof qui a dû le reporter », which says whom the question is about)
_ASKS_ITSELF = re.compile(rf"{_INTERROGATIVE}|^\W*(?:(?:et|pis|mais)\s+)?(?:où|qui)\b|{_INVERTED}", _I)
#: A tax asked (« je paie-tu de l'impôt dessus ? », « c'est-tu imposable ? », « fiscalement »): a yes or no on a rule of
#: tax, which no table's amount answers (DEV Q1125 was answered by Annexe W's meal amounts)
TAX_ASKED = re.compile(r"\bimp[ôo]ts?\b|\bimposables?\b|\bfiscal\w*|\bfiscalement\b|\btax(?:e|es|é|ée|able)s?\b", _I)
#: A clause of time opening the question or following a comma, closed by a comma before the question goes on (« Au
#: Collège, quand l'Association pis le Collège se rencontrent …, ça se passe où ? »): context, whatever it holds; its
#: « quand » asks nothing, and a « pis » inside it joins two names, not two questions (DEV Q811 was cut in two there, so
#: no check of the whole question ran). « C'est quand, pis … ? » and « Quand est-ce que … » still ask.
_TIME_CLAUSE = re.compile(r"(?:^|(?<=[,:]))\s*(?:quand|lorsque|lorsqu['’])(?!\s*(?:est-ce|,|\?))[^,?;:]*,(?=\s*\S)", _I)


def question_kinds(question: str) -> tuple[str, ...]:
    """Every kind the question asks for, in :data:`KINDS` order (empty: none)."""
    return tuple(kind.name for kind in KINDS if kind.asks.search(question))


def question_kind(question: str) -> str | None:
    """The first kind the question asks for (:data:`KINDS` order), None when it asks for none."""
    kinds = question_kinds(question)
    return kinds[0] if kinds else None


def sentence_fits(kind: str, sentence: str) -> bool:
    """Whether ``sentence`` gives what a question of ``kind`` asks for; an unknown kind raises
    KeyError naming the valid ones."""
    try:
        return bool(_BY_NAME[kind].gives.search(sentence))
    except KeyError:
        raise KeyError(f"unknown question kind {kind!r}; valid: {', '.join(KIND_NAMES)}") from None


def question_unit(question: str) -> re.Pattern | None:
    """A pattern for a number counted in the question's unit ("combien de jours" -> "10 jours",
    "dix (10) jours ouvrables"), None when the question names none. A « combien » question counting
    no unit takes the one it names after « nombre de » (« un certain nombre d'heures … à partir de combien ? »)."""
    named = _NAMED_UNITS if _COMBIEN.search(question) else ()
    for asks, unit in (*_UNITS, *named):
        if asks.search(question):
            return re.compile(rf"(?:\d|\))\s*(?:\S+\s+)?(?:{unit})(?!\w)", _I)
    return None


def is_procedure_question(question: str) -> bool:
    """True for "comment", "quelles sont les étapes", "procédure"... questions."""
    return bool(_PROCEDURE_QUESTION.search(question))


def is_numeric_question(question: str) -> bool:
    """True when the answer is likely a number: "combien", "délai", "quand", "jours"..."""
    return bool(_NUMERIC_QUESTION.search(question))


def has_number(sentence: str) -> bool:
    """True when ``sentence`` holds a number, in digits or in words ("quarante")."""
    return bool(_HAS_NUMBER.search(sentence))


def question_parts(question: str) -> tuple[str, ...]:
    """The things a question asks, one part each, when it asks two or more (« J'ai droit à combien de
    jours, pis je dois prévenir comment ? » -> the days, and how to give notice); else ``(question,)``.
    A part asks when it holds an interrogative word or an inverted subject; a part that asks nothing
    (« Mon congé achève. ») is context, left out of the parts."""
    # a clause of time is read as context: blanked (same length) where the breaks and the asking words are looked for
    masked = _TIME_CLAUSE.sub(lambda m: " " * len(m.group(0)), question)
    bounds = [0] + [i for m in _PART_BREAK.finditer(masked) for i in m.span()] + [len(question)]
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    pieces = [(question[a:b].strip(), masked[a:b]) for a, b in spans if question[a:b].strip()]
    asking = [p for p, seen in pieces if _ASKS.search(seen)]
    return tuple(asking) if len(asking) >= 2 else (question,)


def asks_itself(piece: str) -> bool:
    """Whether a piece of a question asks something itself (:data:`_ASKS_ITSELF`: « on peut accumuler combien
    d'ancienneté au maximum »), not only says of whom or of what (« chez les Cris pour une prof qui a dû le reporter »)."""
    return bool(_ASKS_ITSELF.search(piece))


def asks_tax(question: str) -> bool:
    """Whether ``question`` asks whether something is taxed (:data:`TAX_ASKED`): no computed amount answers it."""
    return bool(TAX_ASKED.search(question))


#: « quand même »: still, not when
_STILL = re.compile(r"\bquand\s+m[êe]me\b", _I)


def asks_date_not_amount(question: str) -> bool:
    """Whether ``question`` asks when (« à quelle date », « quand ») and no amount (:data:`KINDS`): « le tarif de base est
    augmenté à quelle date chaque année ? » names a table's row but asks the date of its raise (fresh DEV Q1209, answered
    « 35 $ » by the amount lookup). « quand même » (« je reçois quand même une compensation ? », DEV Q908) asks no date."""
    kinds = question_kinds(_STILL.sub(" ", question))
    return "when" in kinds and "amount" not in kinds


#: A term a question sets in quotes (« Un « enseignant remplaçant », c'est qui ? », “période”): a few words without a
#: sentence's end inside (assistant.grounding reads any quote of a model's answer; this one, a term asked)
_QUOTED_TERM = re.compile(r"«\s*([^«»?!.;:]+?)\s*»|“\s*([^“”?!.;:]+?)\s*”")
#: A quoted run of more words than this is a phrase quoted, not a term. Hand-set: the agreements' defined terms have
#: 1 to 5 words before a parenthesis (« Enseignante ou enseignant à temps partiel »), the blind batch's quoted terms
#: 1 to 3 (DEV Q1394-Q1404).
_TERM_WORDS = 5


def quoted_terms(question: str) -> tuple[str, ...]:
    """The terms ``question`` sets in quotes (« Être « régulier », ça veut dire quoi » -> « régulier »), each of at most
    :data:`_TERM_WORDS` words, in the order written; empty when it quotes none."""
    terms = (next(g for g in match.groups() if g is not None) for match in _QUOTED_TERM.finditer(question))
    return tuple(t for t in terms if len(t.split()) <= _TERM_WORDS)

