"""How a question names a document: a manifest alias found among the question's word stems.

Both the retriever (which documents to favour) and the direct answerers (which agreements a comparison sets side by
side) read a question's document names here, so they agree. Aliases are matched on ``tokenize``'s stems, so « les
Cris », « la CS crie » and « l'entente crie » all name the Cree agreement; but a short one-word alias names its
document only when the question writes one of the alias's own forms: « en cas de crise » stems to « cris » as well
and names no agreement (DEV Q1848, an EpiPen question, was compared across Bourget and the Cris for it).
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from ingest.bm25 import tokenize
from ingest.normalise import strip_accents

#: the longest one-word alias stem that must be written as the alias writes it: a stem this short is shared by other
#: words (« crise » -> « cris »); a longer one names its document in any form (« valoriser le personnel » names the
#: alias « valorisation du personnel », TEST Q202). Chosen by reading: 4 covers « cris » and « cri » and no alias of
#: five letters or more shares its stem with a common word in the gold's questions (found by helper U7 on DEV).
SHORT_ALIAS_CHARS = 4

_WORD = re.compile(r"[^\W\d_]+")


def written_words(text: str) -> frozenset[str]:
    """The words of ``text`` as written, lower-cased, without accents and without a final s or x
    (« Cris » -> « cri », « crise » -> « crise »)."""
    words = _WORD.findall(strip_accents(text.lower()))
    return frozenset(w[:-1] if len(w) > 3 and w[-1] in "sx" else w for w in words)


class DocumentNames:
    """Each document's aliases (key -> names), matched in a question by first stem: a question costs its length only."""

    def __init__(self, names: Mapping[str, Sequence[str]]):
        #: the aliases of each document as stem tuples, in the given order of documents
        self.aliases: dict[str, list[tuple[str, ...]]] = {
            key: [tuple(tokenize(name)) for name in given if tokenize(name)] for key, given in names.items()}
        self._starts: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, aliases in self.aliases.items():
            for alias in aliases:
                self._starts.setdefault(alias[0], []).append((alias, key))
        # a short alias's forms as written (« Cris », « cri », « crie »: any of them written names the document)
        self._forms: dict[tuple[str, ...], list[frozenset[str]]] = {}
        for given in names.values():
            for name in given:
                stems = tuple(tokenize(name))
                if stems and _short(stems):
                    self._forms.setdefault(stems, []).append(written_words(name))

    def named(self, question: str) -> list[tuple[tuple[str, ...], str]]:
        """The aliases a question writes, as (alias stems, document key), in the question's order."""
        tokens = tokenize(question)
        written: frozenset[str] | None = None
        found = []
        for i, token in enumerate(tokens):
            for alias, key in self._starts.get(token, ()):
                if tuple(tokens[i:i + len(alias)]) != alias:
                    continue
                if _short(alias):
                    written = written_words(question) if written is None else written
                    if not any(form <= written for form in self._forms.get(alias, ())):
                        continue
                found.append((alias, key))
        return found

    def documents(self, question: str) -> list[str]:
        """The documents a question names, in the given order of documents."""
        found = {key for _, key in self.named(question)}
        return [key for key in self.aliases if key in found]


def _short(alias: tuple[str, ...]) -> bool:
    """Whether an alias is one stem of at most :data:`SHORT_ALIAS_CHARS` characters."""
    return len(alias) == 1 and len(alias[0]) <= SHORT_ALIAS_CHARS
