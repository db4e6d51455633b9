"""The case a comparison question tells, in an agreement's own wording: the phrases a side's clause should hold.

A question often tells whom it is asked for before or after it asks (« J'ai un contrat à temps partiel, à peu près
60 % de tâche. Si je tombe malade … »; « … Au Collège comme suppléant à long terme, pis chez les Cris comme
contractuel en formation professionnelle. »), or names a side's own wording in the piece naming that side (« chez les
Cris en formation professionnelle », « au Collège pour le CRT »). The topic a side is searched with may leave that case
out; a clause naming it (Bourget 6-3.02 « Dans le cas d'un salarié éducateur à temps partiel … au prorata », 7-6.10
« Le salarié éducateur suppléant à long terme a droit, au prorata … ») answers the teacher's case, a neighbour that
does not (6-3.06's list of absences, 5-1.05's « suppléant à court terme ») answers another's.

A phrase is two words next to each other once stop words are left out (BM25 tokens, a word's derivations as one:
« temps partiel », « long terme », « formation professionnelle », « comité … Commission »); a case phrase is one the
agreement itself writes (two of its words next to each other somewhere in it), not both words of the topic (which the
topic's share already weighs), from the question's sentences that tell (closed by « . » or « ! ») and the words asked
of that side alone. A side's first clause naming none of them gives way to a lower one naming one. (Each word asked
of a side alone, read alone as a case too, « au Collège pour le CRT », was tried: its leftovers, « congé », « règle »,
« court », cost more sides than they gained on the DEV comparisons, /tmp/s23/C2/out-v2.)
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

Phrase = tuple[str, str]

# a sentence of the question closed by « . », « ! » or « ? » before a space or the end (not the « . » of « 6-1.02 »)
_SENTENCE = re.compile(r".*?(?:[.?!]+(?=\s|$)|$)\s*", re.DOTALL)


def phrases(words: Iterable[str]) -> set[Phrase]:
    """The pairs of words next to each other in ``words`` (a text's tokens in reading order, numbers left out)."""
    seq = list(words)
    return set(zip(seq, seq[1:]))


def telling(question: str) -> str:
    """The question's sentences that tell (closed by « . » or « ! », or by nothing), not those that ask (« ? »)."""
    return " ".join(m.group().strip() for m in _SENTENCE.finditer(question)
                    if m.group().strip() and not m.group().rstrip().endswith("?"))


def case_phrases(told: set[Phrase], own: set[Phrase], topic: set[str], written: set[Phrase]) -> frozenset[Phrase]:
    """The case phrases of one side: those ``told`` by the question or of its ``own`` words that the agreement writes
    (``written``), not both words of the ``topic``."""
    return frozenset(p for p in told | own if p in written and not (p[0] in topic and p[1] in topic))


def holds_case(case: frozenset[Phrase], words: Sequence[str]) -> bool:
    """Whether a sentence (its words in reading order) holds one of a side's case phrases."""
    return bool(case & phrases(words))
