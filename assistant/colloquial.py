"""Colloquial Québec French in questions, mapped to the agreements' vocabulary.

Teachers write "mon chum", "la paye", "le prof", "je peux-tu"; the agreements say
"conjoint", "traitement", "enseignant". The retrieval query gets the agreement's words
appended (the teacher's words are kept), so both BM25 and the dense search meet the clauses.

``KEYWORDS_ONLY_EXPANSIONS`` are added only when the index has no vectors (the page's reduced
mode, its first minutes): "J'ai combien de temps pour déposer un grief ?" shares no word but
"grief" with 10-1.02 (« Dans les quarante (40) jours … l'Association soumet le grief »), which
the passage vectors find and BM25 alone does not.
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
    (r"\b(?:pas|jamais)\s+(?:été\s+)?(?:pris|prises|utilisée?s?)\b|\bnon\s+pris", "non utilisés"),
    (r"\b(?:me\s+)?(?:sont|seront|est|sera)[- ](?:tu\s+)?pay[ée]e?s?\b|\bpay[ée]s?\s+(?:à la fin|en fin)", "monnayable remboursés"),
)
#: Only without vectors. Measured with ``python -m evals --reduced`` (DEV, 162 items): hit@5
#: 0.748 -> 0.785, key facts 0.500 -> 0.507, citation precision 0.490 -> 0.499, abstention unchanged.
#: With the vectors they were not kept: DEV key facts 0.685 -> 0.678 (``python -m evals``).
KEYWORDS_ONLY_EXPANSIONS: tuple[tuple[str, str], ...] = (
    (r"combien de temps|jusqu'(?:à|a|au) quand|d'ici quand", "délai jours"),
    (r"\b(?:dépos\w*|fai\w+|log\w+|port\w+)\s+(?:un |le |mon |ce |d'|l')?grief", "soumet avis de grief"),
)
_COMPILED = tuple((re.compile(pattern, re.IGNORECASE), words) for pattern, words in EXPANSIONS)
_KEYWORDS_ONLY = tuple((re.compile(pattern, re.IGNORECASE), words) for pattern, words in KEYWORDS_ONLY_EXPANSIONS)
#: the interrogative particle of spoken Québec French: "je peux-tu", "il reste-tu"
_TU_PARTICLE = re.compile(r"(\w)-tu\b", re.IGNORECASE)


def expand(question: str, keywords_only: bool = False) -> str:
    """The question with the agreements' vocabulary appended where it speaks colloquially
    (``keywords_only``: for an index without vectors, with ``KEYWORDS_ONLY_EXPANSIONS`` too)."""
    text = _TU_PARTICLE.sub(r"\1", question)
    patterns = _COMPILED + _KEYWORDS_ONLY if keywords_only else _COMPILED
    extra = [words for pattern, words in patterns if pattern.search(text)]
    return f"{text} ({' '.join(extra)})" if extra else text
