"""Colloquial Québec French in questions, mapped to the agreements' vocabulary.

Teachers write "mon chum", "la paye", "le prof", "je peux-tu"; the agreements say
"conjoint", "traitement", "enseignant". The retrieval query gets the agreement's words
appended (the teacher's words are kept), so both BM25 and the dense search meet the clauses.
"""

from __future__ import annotations

import re

#: (pattern in the question, words of the agreements appended to the query)
EXPANSIONS: tuple[tuple[str, str], ...] = (
    (r"\b(chum|blonde|conjointe?|mari|femme|époux|épouse)\b", "conjoint conjointe"),
    (r"\b(paye|paie|payée?s?|salaire|argent|rémunér\w*)\b", "traitement rémunération"),
    (r"\b(profs?|enseignante?s?)\b", "enseignant salarié éducateur"),
    (r"\b(boss|patron|direction|employeur)\b", "Collège Commission direction"),
    (r"\b(malade|maladie|grippe|arrêt de travail)\b", "maladie invalidité"),
    (r"\b(vacances)\b", "vacances congé annuel"),
    (r"\b(renvoyée?|congédiée?|slaquée?|mise? dehors|perdre ma job|perds ma job)\b", "congédiement non-réengagement"),
    (r"\b(job|jobine|emploi)\b", "emploi poste"),
    (r"\b(syndicat|union)\b", "Association syndicat"),
    (r"\b(plainte|contester|contestation)\b", "grief"),
    (r"\b(bébé|accouche\w*|enceinte|grossesse)\b", "maternité grossesse accouchement"),
    (r"\b(décès|décède|décédée?|mort|meurt|funérailles)\b", "décès"),
    (r"\b(déménage\w*|déménagement)\b", "déménagement"),
    (r"\b(temps partiel|partiel)\b", "temps partiel"),
    (r"\b(suppléance|suppléante?|remplaçante?|remplacement)\b", "suppléant remplacement"),
    (r"\b(pédago)\b", "journée pédagogique"),
    (r"\b(sans solde)\b", "sans traitement"),
    (r"\b(ancienneté|séniorité)\b", "ancienneté"),
    (r"\b(permanence|permanente?)\b", "permanence permanent"),
    (r"\b(tâche|horaire)\b", "tâche"),
)
_COMPILED = tuple((re.compile(pattern, re.IGNORECASE), words) for pattern, words in EXPANSIONS)
#: the interrogative particle of spoken Québec French: "je peux-tu", "il reste-tu"
_TU_PARTICLE = re.compile(r"(\w)-tu\b", re.IGNORECASE)


def expand(question: str) -> str:
    """The question with the agreements' vocabulary appended where it speaks colloquially."""
    text = _TU_PARTICLE.sub(r"\1", question)
    extra = [words for pattern, words in _COMPILED if pattern.search(text)]
    return f"{text} ({' '.join(extra)})" if extra else text
