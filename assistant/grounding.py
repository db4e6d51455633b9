"""Grounding: check a language model's reply against the passages it was given.

:func:`ground` turns a reply such as

    Le grief doit être soumis dans les quarante (40) jours ouvrables
    [Convention Collège Bourget, 10-1.02].

into an :class:`~assistant.types.Answer` whose every citation names a retrieved clause
and whose every quote is a verbatim sentence of that clause. Sentence by sentence:

* a label ``[Doc title, clause]`` naming a clause that is not among the passages is an
  invented citation: the label is removed and flagged;
* a quoted text « … » that is not, word for word, in the cited passage (in any passage
  when the sentence cites none) is flagged and the sentence dropped;
* a number (``60 %``, ``10 jours``, ``2014``) found in none of the cited passages (of the
  retrieved passages when uncited) is flagged and the sentence dropped, and so is a
  clause number (``clause 12-3.45``) that no passage has;
* a sentence that cites nothing is kept but recorded as unsupported unless a passage
  says much the same thing.

Flags are short French notes meant for a reviewer. :func:`ground` is pure: it never
calls a model and never raises on odd replies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from ingest.bm25 import tokenize
from ingest.numbering import CLAUSE_NUMBER_IN_TEXT
from ingest.types import Chunk

from .answer import NOT_FOUND, abstention, citation_label, split_sentences
from .types import Answer, Citation, Hit, SentenceSupport

#: A label as the model writes it: ``[Convention Collège Bourget, 10-1.02]``, ``[10-1.02]``, ``[2]``.
_LABEL = re.compile(r"\[([^\[\]\n]{1,200})\]")
_PASSAGE_NUMBER = re.compile(r"^\s*(?:passage\s*(?:n°\s*)?)?(\d{1,2})\s*$", re.IGNORECASE)
_CLAUSE_NUMBER = CLAUSE_NUMBER_IN_TEXT
_CLAUSE_WORD = re.compile(r"^(?:la\s+)?(?:clause|article|art\.)\s+", re.IGNORECASE)
_QUOTE = re.compile(r"«\s*(.*?)\s*»|“\s*(.*?)\s*”|\"\s*([^\"]*?)\s*\"", re.DOTALL)
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_PASSAGE_REFERENCE = re.compile(r"\bpassages?\s+(?:n°\s*)?\d{1,2}\b", re.IGNORECASE)  # "selon le passage 2"
_LIST_MARKER = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_NOT_FOUND_START = re.compile(r"^\W*je ne trouve pas (?:cette|cette information|l'information|d'information)", re.IGNORECASE)
_MIN_SUPPORT = 0.5  # share of an uncited sentence's words a passage sentence must contain


# -- normalisation ---------------------------------------------------------------------


def normalise(text: str) -> str:
    """Text as compared for "verbatim": one space for any run of spaces, plain apostrophes."""
    text = re.sub(r"\^\{(\w+)\}", r"\1", text)  # "1^{er}" in converted PDFs reads "1er"
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.split())


def _normalise_name(text: str) -> str:
    return normalise(text).casefold().strip(" .,;:")


def _normalise_clause(text: str) -> str:
    return _CLAUSE_WORD.sub("", _normalise_name(text))


def numbers_in(text: str) -> set[str]:
    """The numbers written in digits in ``text``: "1 000" -> "1000", "1,5" -> "1.5"."""
    text = _THOUSANDS.sub("", normalise(text))
    return {n.replace(",", ".") for n in _NUMBER.findall(text)}


def is_not_found(reply: str) -> bool:
    """True when the model said that the passages do not answer."""
    text = normalise(reply)
    return (
        "NOT_FOUND" in text
        or _normalise_name(NOT_FOUND) in text.casefold()
        or bool(_NOT_FOUND_START.match(text))
    )


def _short(text: str, limit: int = 80) -> str:
    text = normalise(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- the reply, in sentences -----------------------------------------------------------


@dataclass
class _Sentence:
    line: int  # index of the reply line it is on (to rebuild paragraphs)
    prefix: str  # list marker kept in front of it ("- ", "1. "), if any
    text: str
    extra_labels: list[str] = field(default_factory=list)  # labels written on their own after it


def reply_sentences(reply: str) -> list[_Sentence]:
    """The reply's sentences in order, each with the labels that follow it.

    A sentence ends at . ! ? (or after a label) followed by a capital, an opening quote or a
    digit, never inside « » or [ ]; a line break always ends one. A piece that is only
    labels belongs to the sentence before it.
    """
    sentences: list[_Sentence] = []
    for line_number, line in enumerate(reply.splitlines()):
        marker = _LIST_MARKER.match(line)
        prefix = marker.group().strip() + " " if marker else ""
        body = line[marker.end():] if marker else line
        for piece in _split_line(body):
            if not _LABEL.sub("", piece).strip(" .,;:!?-–—"):
                labels = _LABEL.findall(piece)
                if sentences and labels:
                    sentences[-1].extra_labels.extend(f"[{label}]" for label in labels)
                    continue
                if not labels:
                    continue
            sentences.append(_Sentence(line_number, prefix, piece))
            prefix = ""
    return sentences


def _split_line(line: str) -> list[str]:
    pieces: list[str] = []
    depth_quote = depth_bracket = 0
    start = 0
    for i, char in enumerate(line):
        if char == "«":
            depth_quote += 1
        elif char == "»":
            depth_quote = max(depth_quote - 1, 0)
        elif char == "[":
            depth_bracket += 1
        elif char == "]":
            depth_bracket = max(depth_bracket - 1, 0)
        if char not in ".!?]" or depth_quote or depth_bracket:
            continue
        rest = line[i + 1:]
        stripped = rest.lstrip()
        if rest[:1].isspace() and stripped and (stripped[0].isupper() or stripped[0] in "«\"“" or stripped[0].isdigit()):
            pieces.append(line[start:i + 1])
            start = i + 1
    pieces.append(line[start:])
    return [p.strip() for p in pieces if p.strip()]


# -- passages --------------------------------------------------------------------------


class _Passages:
    """The retrieved passages, looked up by label, with their sentences."""

    def __init__(self, hits: Sequence[Hit]):
        self.chunks: list[Chunk] = []
        for hit in hits:
            if all(c.chunk_id != hit.chunk.chunk_id for c in self.chunks):
                self.chunks.append(hit.chunk)
        self.texts = {c.chunk_id: normalise(c.text) for c in self.chunks}
        self.all_text = "\n".join(self.texts.values())
        self.clause_ids = {_normalise_clause(c.clause_id) for c in self.chunks}
        self.doc_names = {_normalise_name(n) for c in self.chunks for n in (c.doc_title, c.doc) if n}

    def resolve(self, label: str) -> tuple[list[Chunk], str]:
        """Chunks a label names ([] when it names none), and the clause as the label wrote it."""
        passage = _PASSAGE_NUMBER.match(label)
        if passage:
            number = int(passage.group(1))
            if 1 <= number <= len(self.chunks):
                return self._same_clause(self.chunks[number - 1]), ""
            return [], f"passage {number}"
        if "," in label:
            doc, clause = (part.strip() for part in label.rsplit(",", 1))
        else:
            doc, clause = "", label.strip()
        wanted = _normalise_clause(clause)
        candidates = [c for c in self.chunks if _normalise_clause(c.clause_id) == wanted]
        if doc and candidates:
            named = [c for c in candidates if _normalise_name(doc) in {_normalise_name(c.doc_title), _normalise_name(c.doc)}]
            if named:
                candidates = named
            elif _normalise_name(doc) in self.doc_names or len({c.doc for c in candidates}) > 1:
                # The label names another retrieved document, whose clause was not retrieved.
                candidates = []
        if not candidates:
            return [], clause
        return self._same_clause(candidates[0]), clause

    def _same_clause(self, chunk: Chunk) -> list[Chunk]:
        """Every retrieved part of the chunk's clause (long clauses are split in parts)."""
        return [c for c in self.chunks if c.doc == chunk.doc and c.clause_id == chunk.clause_id]

    def is_label(self, label: str) -> bool:
        """True when a bracketed text is meant as a citation (and not "[…]")."""
        return bool("," in label or _PASSAGE_NUMBER.match(label) or _CLAUSE_NUMBER.search(label)
                    or _normalise_clause(label) in self.clause_ids)


def best_sentence(chunk: Chunk, sentence: str, quotes: Sequence[str] = ()) -> tuple[str, float]:
    """The verbatim sentence of ``chunk`` closest to ``sentence``, and its word overlap (0–1).

    A passage sentence containing one of ``quotes`` wins; otherwise the one sharing the
    largest share of the sentence's words; the first sentence when none shares any.
    """
    spans = split_sentences(chunk.text) or [(0, len(chunk.text))]
    candidates = [chunk.text[s:e] for s, e in spans]
    for quote in quotes:
        wanted = normalise(quote)
        for candidate in candidates:
            if wanted and wanted in normalise(candidate):
                return candidate, 1.0
    words = set(tokenize(sentence))
    if not words:
        return candidates[0], 0.0
    best, best_share = candidates[0], 0.0
    for candidate in candidates:
        share = len(words & set(tokenize(candidate))) / len(words)
        if share > best_share:
            best, best_share = candidate, share
    return best, best_share


def _quotes(text: str) -> list[str]:
    return [next(g for g in match.groups() if g is not None) for match in _QUOTE.finditer(text)]


def _quote_found(quote: str, texts: Sequence[str]) -> bool:
    """True when each part of a quote (parts are cut at "…") is verbatim in one of ``texts``."""
    parts = [p.strip(" .,;:") for p in _ELLIPSIS.split(normalise(quote))]
    parts = [p for p in parts if p]
    if not parts:
        return True
    for text in texts:
        if all(part in text or (part[:1].swapcase() + part[1:]) in text for part in parts):
            return True
    return False


# -- grounding -------------------------------------------------------------------------


def ground(reply: str, question: str, hits: Sequence[Hit]) -> Answer:
    """Check ``reply`` against ``hits`` and keep only what they support (see module doc).

    Returns an abstention when the model said the passages do not answer. The Answer has
    ``answerer="llm"``; its ``citations`` are empty when no sentence cites a retrieved
    clause, which callers treat as "nothing grounded".
    """
    hits = list(hits)
    if is_not_found(reply):
        answer = abstention(question, hits)
        answer.answerer = "llm"
        return answer
    passages = _Passages(hits)
    flags: list[str] = []
    kept: list[tuple[_Sentence, str]] = []
    citations: list[Citation] = []
    support: list[SentenceSupport] = []

    for sentence in reply_sentences(reply):
        text, cited = _check_labels(sentence, passages, flags)
        body = _tidy(_LABEL.sub(lambda m: "" if passages.is_label(m.group(1)) else m.group(), text))
        sources = cited or passages.chunks
        source_texts = [passages.texts[c.chunk_id] for c in sources]
        problem = _problem(body, source_texts, passages, cited=bool(cited))
        if problem:
            flags.append(f"{problem} : phrase retirée (« {_short(body)} »)")
            continue
        kept.append((sentence, text))
        quotes = _quotes(body)
        if cited:
            best = None
            for chunk in cited:
                quote, share = best_sentence(chunk, body, quotes)
                citation = Citation(chunk.doc, chunk.clause_id, quote, chunk.chunk_id, chunk.doc_title,
                                    citation_label(chunk))
                if not any(c.chunk_id == citation.chunk_id and c.quote == quote for c in citations):
                    citations.append(citation)
                if best is None or share > best[2]:
                    best = (chunk, quote, share)
            support.append(SentenceSupport(normalise(body), best[0].chunk_id, best[1]))
        else:
            support.append(_uncited_support(body, quotes, passages))

    text = _rebuild(kept)
    if not text:
        flags.append("réponse du modèle vide après vérification")
    unsupported = sum(1 for s in support if s.chunk_id is None)
    if unsupported:
        flags.append(f"{unsupported} phrase(s) sans citation ni appui dans les passages : à vérifier")
    return Answer(question=question, text=text, citations=citations, abstained=False, hits=hits,
                  answerer="llm", flags=flags, support=support)


def _check_labels(sentence: _Sentence, passages: _Passages, flags: list[str]) -> tuple[str, list[Chunk]]:
    """The sentence with valid labels written exactly and invented ones removed; cited chunks."""
    cited: list[Chunk] = []

    def replace(match: re.Match) -> str:
        label = match.group(1)
        if not passages.is_label(label):
            return match.group()
        chunks, clause = passages.resolve(label)
        if not chunks:
            flags.append(f"clause {clause or label} citée mais absente des passages")
            return ""
        for chunk in chunks:
            if chunk not in cited:
                cited.append(chunk)
        return citation_label(chunks[0])

    text = sentence.text + "".join(f" {label}" for label in sentence.extra_labels)
    text = _LABEL.sub(replace, text)
    text = re.sub(r"(\[[^\[\]]+\])(\s*\1)+", r"\1", text)  # the same label twice in a row
    return _tidy(text), cited


def _tidy(text: str) -> str:
    """Spaces left by a removed label: "jours [X] ." -> "jours."."""
    return re.sub(r"\s+([.,])", r"\1", re.sub(r"[ \t]{2,}", " ", text)).strip()


def _problem(body: str, source_texts: Sequence[str], passages: _Passages, cited: bool) -> str:
    """Why a sentence cannot stay ("" when it can); ``source_texts``: the passages it may use."""
    for quote in _quotes(body):
        if not _quote_found(quote, source_texts):
            where = "le passage cité" if cited else "les passages"
            return f"citation « {_short(quote, 60)} » introuvable telle quelle dans {where}"
    unquoted = _PASSAGE_REFERENCE.sub(" ", _QUOTE.sub(" ", body))
    for clause in _CLAUSE_NUMBER.findall(unquoted):
        if _normalise_clause(clause) not in passages.clause_ids and clause not in passages.all_text:
            return f"clause {clause} mentionnée mais absente des passages"
    allowed = set().union(*(numbers_in(text) for text in source_texts))
    for number in sorted(numbers_in(_CLAUSE_NUMBER.sub(" ", unquoted))):
        if number not in allowed:
            where = "des passages cités" if cited else "des passages"
            return f"nombre {number} absent {where}"
    return ""


def _uncited_support(body: str, quotes: Sequence[str], passages: _Passages) -> SentenceSupport:
    best: tuple[Chunk, str, float] | None = None
    for chunk in passages.chunks:
        quote, share = best_sentence(chunk, body, quotes)
        if best is None or share > best[2]:
            best = (chunk, quote, share)
    if best is None or best[2] < _MIN_SUPPORT or len(set(tokenize(body))) < 2:
        return SentenceSupport(normalise(body), None, None)
    return SentenceSupport(normalise(body), best[0].chunk_id, best[1])


def _rebuild(kept: Sequence[tuple[_Sentence, str]]) -> str:
    """The kept sentences, on the reply's lines, with their list markers."""
    lines: list[str] = []
    last_line = None
    for sentence, text in kept:
        if sentence.line != last_line:
            if last_line is not None and sentence.line > last_line + 1:
                lines.append("")  # keep the reply's paragraphs
            lines.append(sentence.prefix + text)
            last_line = sentence.line
        else:
            lines[-1] += " " + text
    return "\n".join(lines).strip()
