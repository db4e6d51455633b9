"""Side-by-side answers: one question asked of two or three agreements (a mixin of DirectAnswers).

A comparison cue and two documents named (« Compare … de Bourget et de l'entente crie »):
the answer opens with a two-column table of each side's count (« dix (10) jours ouvrables »,
verbatim), then one labelled section per document with its best clauses and their best
sentence, from the passages of that document on the topic (``retrieve(topic, [doc])``
when a retriever is given).

:class:`ComparisonAnswers` reads what :class:`assistant.lookups.DirectAnswers` builds
(``documents``, ``chunks``, ``params``, ``retrieve``, ``bm25_scores`` ...); it imports no other
lookup module but :mod:`assistant.drafts`.
"""

from __future__ import annotations

import re
from typing import Sequence

from ingest.bm25 import tokenize
from ingest.sentences import split_sentences
from ingest.types import Chunk

from .answer import in_quotes
from .drafts import Draft, fold, one_line
from .types import Answer, Hit

# a count with its unit, verbatim: « dix (10) jours ouvrables », « 7 jours », « 60 % », « 1/200 du traitement »
_COUNT = re.compile(r"(?:\b[a-zà-ÿ-]+\s+\()?(?<![\w.-])\d+(?:[,./]\d+)?\)?\s*(?:%|\$|(?:jours?|semaines?|mois|heures?|"
                    r"ans|années?|minutes?)\b(?:\s+(?:ouvrables|consécutifs|civils|de calendrier|"
                    r"d'absences|de congés? de maladie|du traitement))?)", re.IGNORECASE)
_COMPARE = re.compile(r"\bcompar|diff[ée]rence|diff[èe]re|\bversus\b|\bvs\.?\b|c[ôo]te à c[ôo]te|"
                      r"par rapport (?:à|a|au|aux)", re.IGNORECASE)


class ComparisonAnswers:
    """Comparison lookups (mixed into DirectAnswers)."""

    def _comparison(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                    history: Sequence[Answer] = ()) -> Draft | None:
        if not _COMPARE.search(question):
            return None
        compared = self.mentioned_documents(question)
        if docs:
            compared = [d for d in compared if d in docs] if len(compared) >= 2 else list(docs)
        if len(compared) < 2:
            return None
        draft = Draft()
        topic = topic_of(question, self._names())
        draft.parts.append(f"**Comparaison{' : ' + topic if topic else ''}**")
        sides = [self._side(draft, question, hits, doc) for doc in compared[:3]]
        draft.parts.append(_side_by_side(sides))
        for title, items in sides:
            lines = [f"**{title}**"] + [f"- {clause} : {in_quotes(one_line(quote))} {label}".rstrip()
                                        for clause, quote, label in items]
            if not items:
                lines.append("- Aucun passage de ce document ne répond directement à la question.")
            draft.parts.append("\n".join(lines))
        draft.parts.append("Chaque texte vise son propre personnel et ses propres conditions : lisez les clauses "
                           "citées en entier avant de conclure.")
        return draft

    def _side(self, draft: Draft, question: str, hits: Sequence[Hit], doc: str
              ) -> tuple[str, list[tuple[str, str, str]]]:
        """One agreement's side: its title and (clause, quote, citation label) of its first clauses."""
        title = self.documents.get(doc, {}).get("title") or doc
        topic = topic_of(question, self._names()) or question
        own = self._document_hits(question, hits, doc)
        items: list[tuple[str, str, str]] = []
        for hit in own:
            if hit.chunk.clause_id in {clause for clause, _, _ in items}:
                continue
            chunk, quote = self._counted_sentence(doc, hit.chunk.clause_id, topic) or (hit.chunk, best_sentence(hit, topic))
            label = draft.cite(chunk, quote, f"{title}, {chunk.clause_id} : {quote}")
            items.append((chunk.clause_id, quote, label))
            if len(items) >= self.params.compare_clauses:
                break
        return title, items

    def _counted_sentence(self, doc: str, clause: str, topic: str) -> tuple[Chunk, str] | None:
        """The first sentence of a clause (any stored part) holding every word of the topic and a
        count (« 7 jours de congés de maladie »): what a comparison sets side by side."""
        wanted = set(tokenize(topic))
        if not wanted:
            return None
        for chunk in self._clause_chunks.get((doc, clause), []):
            for start, end in split_sentences(chunk.text):
                sentence = chunk.text[start:end]
                if _COUNT.search(sentence) and wanted <= set(tokenize(sentence)):
                    return chunk, sentence
        return None

    def _document_hits(self, question: str, hits: Sequence[Hit], doc: str) -> list[Hit]:
        """The passages of ``doc`` for a question: the clauses of the article named after the topic
        first (reading order), then the hits of the topic within ``doc`` (``retrieve(topic, [doc])``
        when given; else the question's hits in ``doc`` fused (reciprocal ranks) with BM25 on the topic)."""
        topic = topic_of(question, self._names()) or question
        # the article named after the topic ("6-3.00 Congés de maladie"), in reading order: its first clauses set the rule
        wanted = set(tokenize(topic))
        positions = self._doc_positions.get(doc, [])
        titled = [Hit(c, 0.0, ("title",)) for c in (self.chunks[i] for i in positions) if c.kind == "clause" and wanted
                  and wanted <= set(tokenize(c.article_title or ""))]
        # the topic alone within ``doc`` (the other agreement's name would pull its own words in); the
        # retriever already fuses BM25 with the passage and sentence vectors
        own = list(self.retrieve(topic, [doc])) if self.retrieve is not None else []
        if own or self.bm25_scores is None:
            own = own or [h for h in hits if h.chunk.doc == doc]
            return titled + [h for h in own if h.chunk.chunk_id not in {t.chunk.chunk_id for t in titled}]
        own = [h for h in hits if h.chunk.doc == doc]
        scores = self.bm25_scores(topic)
        positions = sorted((i for i in positions if scores[i] > 0), key=lambda i: -scores[i])[:10]
        fused: dict[str, float] = {}
        by_id = {h.chunk.chunk_id: h for h in own}
        for rank, hit in enumerate(own):
            fused[hit.chunk.chunk_id] = fused.get(hit.chunk.chunk_id, 0.0) + 1.0 / (rank + 2)
        for rank, pos in enumerate(positions):
            chunk = self.chunks[pos]
            fused[chunk.chunk_id] = fused.get(chunk.chunk_id, 0.0) + 1.0 / (rank + 2)
            by_id.setdefault(chunk.chunk_id, Hit(chunk, float(scores[pos]), ("bm25",)))
        fused_hits = [by_id[cid] for cid in sorted(fused, key=lambda cid: -fused[cid])]
        return titled + [h for h in fused_hits if h.chunk.chunk_id not in {t.chunk.chunk_id for t in titled}]




def best_sentence(hit: Hit, question: str) -> str:
    """The hit's sentence closest to the question: its best sentence unit when retrieval scored
    them, else the sentence sharing most words with the question (a verbatim slice); a sentence
    ending with « : » runs on to the next one (the list item it introduces)."""
    text = hit.chunk.text
    spans = split_sentences(text) or [(0, len(text))]
    if hit.unit_similarities:
        start, end, _ = max(hit.unit_similarities, key=lambda u: u[2])
    else:
        words = set(tokenize(question))
        start, end = max(spans, key=lambda s: (len(words & set(tokenize(text[s[0]:s[1]]))), -s[0]))
    if text[start:end].rstrip().endswith(":"):  # « B) En cas de décès de son père … : » says what follows
        end = next((b for a, b in spans if a >= end), end)
    return text[start:end].strip()



_CONNECTORS = frozenset("de du des d la le les l et entre pour chez dans à a au aux en sur quelle quel quels quelles "
                        "est sont c ce qui que quoi y il elle les l' entente convention accord commission scolaire "
                        "collège".split())


def topic_of(question: str, names: Sequence[str] = ()) -> str:
    """What is compared: the longest run of the question left once the comparison words and the
    document names are taken out (« Compare les congés de maladie de Bourget et de l'entente
    crie » -> « congés de maladie »)."""
    pattern = "|".join([_COMPARE.pattern] + [rf"\b{re.escape(n)}\b" for n in sorted(names, key=len, reverse=True)])
    best = ""
    for segment in re.split(pattern, question, flags=re.IGNORECASE):
        words = re.findall(r"[\w'’-]+", segment or "")
        while words and fold(words[0]).rstrip("'’") in _CONNECTORS | {"e", "er", "ons", "ez"}:
            words.pop(0)
        while words and fold(words[-1]).rstrip("'’") in _CONNECTORS:
            words.pop()
        text = " ".join(words)
        if len(text) > len(best):
            best = text
    return best if 3 <= len(best) <= 80 else ""



def _side_by_side(sides: Sequence[tuple[str, Sequence[tuple[str, str, str]]]]) -> str:
    """A Markdown table, one column per agreement: each clause's count (« dix (10) jours
    ouvrables », verbatim) or its quote's first words, with its citation."""
    def cell(item: tuple[str, str, str] | None) -> str:
        if item is None:
            return ""
        clause, quote, label = item
        found = _COUNT.search(quote)
        if found:
            return f"{clause} : « {found.group().strip()} » {label}".replace("|", "/").strip()
        words = one_line(quote).split()
        while words and words[0] in ("«", "-", clause):  # the clause number is in the cell already
            words.pop(0)
        short = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
        return f"{clause} : {in_quotes(short)} {label}".replace("|", "/").strip()

    rows = max((len(items) for _, items in sides), default=0)
    lines = ["| " + " | ".join(title.replace("|", "/") for title, _ in sides) + " |",
             "|" + "---|" * len(sides)]
    for row in range(rows):
        lines.append("| " + " | ".join(cell(items[row] if row < len(items) else None) for _, items in sides) + " |")
    return "\n".join(lines)



__all__ = ["ComparisonAnswers", "best_sentence", "topic_of"]
