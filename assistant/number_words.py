"""French numbers written in words (« deux journées », « quarante (40) jours », « soixante et onze »): one list of
spellings, their values, and the regex alternations each reader needs.

Every module that reads a count written in words asks here for the words it reads, by value
(``spelled(2, 10)``: « deux » to « dix »; ``spelled(1, 12, 15, 20)``: « un(e) » to « douze », « quinze »,
« vingt »), instead of writing the words out, so that a spelling fixed or added here is fixed everywhere;
:func:`french_number` gives a written number's value (« quatre-vingt-dix » 90).
"""

from __future__ import annotations

import re

from ingest.normalise import strip_accents

#: the one-word numbers as a regex fragment each: « un » and « une » are one number, « zéro » with or without its accent
_SPELLINGS: dict[int, str] = {
    0: "z[ée]ro", 1: "une?", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf",
    10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze", 16: "seize", 20: "vingt",
    30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante", 100: "cent", 1000: "mille",
}
_PLURAL = {20, 100}  # « quatre-vingts », « deux cents »

#: each word's value, accents folded (« zero »); « vingts » and « cents » as their singular
VALUES: dict[str, int] = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60,
}


def spelled(first: int, last: int, *more: int, plural: bool = False) -> str:
    """The regex alternation (no group) of the one-word numbers from ``first`` to ``last`` that exist as one word,
    then of each of ``more``, in that order; « vingts? », « cents? » when ``plural``.
    ``spelled(2, 5)`` is ``deux|trois|quatre|cinq``."""
    values = [v for v in _SPELLINGS if first <= v <= last] + list(more)
    unknown = [v for v in more if v not in _SPELLINGS]
    if unknown or first > last:
        raise ValueError(f"no one-word spelling for {unknown or (first, last)}; one-word numbers: {sorted(_SPELLINGS)}")
    return "|".join(_SPELLINGS[v] + ("s?" if plural and v in _PLURAL else "") for v in values)


#: a number written in one or more words (« quarante », « quatre-vingt-dix », « soixante et onze », « deux cents »)
WORD = rf"(?:{spelled(0, 60, 100, 1000, plural=True)})"
WORDS = rf"{WORD}(?:(?:[\s-]+et[\s-]+|[\s-]+){WORD})*"


def french_number(words: str) -> int | None:
    """« quarante » 40, « quatre-vingt-dix » 90, « soixante et onze » 71, « deux cents » 200."""
    total, current = 0, 0
    tokens = [t for t in re.split(r"[\s-]+", strip_accents(words.lower(), "NFD")) if t and t != "et"]
    if not tokens:
        return None
    for token in tokens:
        if token in ("cent", "cents"):
            current = (current or 1) * 100
        elif token == "mille":
            total += (current or 1) * 1000
            current = 0
        elif token in ("vingt", "vingts") and current % 100 == 4:
            current += 76  # quatre-vingt(s): the 4 becomes 80
        elif token in VALUES:
            current += VALUES[token]
        else:
            return None
    return total + current
