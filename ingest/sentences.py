"""Sentences of a passage, and the sentence-level units embedded next to whole passages.

The answerer quotes sentences; retrieval also scores each passage by its best sentence
(a long clause often answers in one sentence that a whole-passage vector dilutes). Both
use the same verbatim spans, so a score found at index time maps onto a quotable slice.
"""

from __future__ import annotations

import re

from .types import Chunk

# A sentence ends at . ; ! ? : followed by a capital, a digit or an opening quote, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.;!?:])[ \t]+(?=[«\"(A-ZÀ-ÖØ-Ý0-9])|\s*\n\s*")
# A period that closes one of these abbreviations ends no sentence: « (L.R.Q., c.) »,
# « art. 12 », « chap. C-27 ». Single letters only in lower case (« l'annexe C. Le… » still ends).
_ABBREVIATION = re.compile(
    r"(?:^|(?<=[\s(«\"'’,]))(?:c|ch|chap|art|arts|al|paragr|p|pp|n|no|vol|cf|ss|L\.R\.Q|R\.L\.R\.Q|L\.Q|R\.R\.Q|S\.Q|C\.c\.Q)\.$"
)
_LIST_ITEM = re.compile(r"^\s*(?:[-•*▪]|[a-z]\)|\d{1,2}[).°]|[A-Z]\)|[ivx]+\))\s")

#: A sentence shorter than this (a heading, "a)", a clause number) is embedded with the next one.
MIN_UNIT_CHARS = 40


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of a passage; each is a verbatim slice.

    A line break ends a sentence only after sentence punctuation, before a list item or
    at a blank line: lines wrapped by the PDF extraction stay in one sentence. The period
    of an abbreviation (« c. », « art. », « L.R.Q. ») ends no sentence.
    """
    cuts: list[tuple[int, int]] = []
    for match in _SENTENCE_END.finditer(text):
        gap = match.group()
        if "\n" not in gap and _ABBREVIATION.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        if "\n" in gap and "\n\n" not in gap:
            before = text[: match.start()].rstrip()
            after = text[match.end() :]
            if before and before[-1] not in ".;:!?»" and not _LIST_ITEM.match(after):
                continue
        cuts.append((match.start(), match.end()))
    spans: list[tuple[int, int]] = []
    start = 0
    for cut_start, cut_end in cuts:
        spans.append((start, cut_start))
        start = cut_end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        piece = text[s:e]
        stripped = piece.strip()
        if len(stripped) < 3:
            continue
        s += len(piece) - len(piece.lstrip())
        out.append((s, s + len(stripped)))
    return out


def units(text: str) -> list[tuple[int, int]]:
    """Spans embedded one by one: the sentences, a short one merged into the next."""
    merged: list[tuple[int, int]] = []
    pending: int | None = None
    for start, end in split_sentences(text):
        if pending is not None:
            start = pending
            pending = None
        if end - start < MIN_UNIT_CHARS:
            pending = start
            continue
        merged.append((start, end))
    if pending is not None:
        if merged:
            merged[-1] = (merged[-1][0], len(text.rstrip()))
        else:
            merged.append((pending, len(text.rstrip())))
    return merged


def context_of(chunk: Chunk) -> str:
    """The few words that situate a sentence: its article or section title."""
    if chunk.article_title:
        return chunk.article_title
    if chunk.title:
        return chunk.title
    named = [h for h in chunk.heading_path if h != chunk.clause_id]
    return named[-1] if named else ""


def unit_text(chunk: Chunk, start: int, end: int) -> str:
    """What is embedded for one unit: its context, then the verbatim sentence(s)."""
    body = " ".join(chunk.text[start:end].split())
    context = context_of(chunk)
    return f"{context} : {body}" if context else body
