"""Direct answers computed from data, not quoted from passages: table cells, deadlines, comparisons.

:class:`DirectAnswers` is asked first by :meth:`assistant.service.Assistant.ask`, with the
retrieved hits; it returns an :class:`~assistant.types.Answer` when a deterministic
lookup answers the question and ``None`` otherwise, in which case the extractive (or LLM)
answerer answers. The lookups, tried in this order, each in its own module (a mixin of
:class:`DirectAnswers`, which holds what they share: the index's passages by document and
clause, its tables, the documents' names, the retriever):

``deadline`` (:mod:`assistant.deadline_answers`)
    A date and a deadline cue: the delay or yearly date clause among the hits, counted on the
    agreement's own calendar (« jour ouvrable », holidays, suspensions), every clause used cited; asked
    without a date, the delay of the event named (or that there is none), when the first hit does not set it.
``placement`` and ``amount`` (:mod:`assistant.amount_answers`)
    Years of schooling and experience give the échelon by the scale's footnote rule, then the
    salary; an échelon, a job class, or an allowance row gives the cell(s) of ``index.tables``,
    the row shown as a small table with the cell in bold, the footnotes quoted. An amount asked of two agreements
    or more (« combien de l'heure chez les Cris, pis au Collège ? »): each one's amount from its own part of the
    question, side by side under its title (this module, ``_sides`` and ``_amount_sides``).
``comparison`` (:mod:`assistant.comparisons`)
    A comparison cue and two documents named: a two-column table, then each side's clauses.

What they share (``LookupParams``, the ``Draft`` being written) is in :mod:`assistant.drafts`.

Every citation's ``quote`` is a verbatim slice of its passage (``quote in chunk.text``), and
every stated fact has a :class:`~assistant.types.SentenceSupport` row for the page's
verification view. This module does not import ``assistant.service`` (no import circle).
"""

from __future__ import annotations

import logging
import re
from typing import Sequence

from ingest.bm25 import tokenize
from ingest.index import Index
from ingest.numbering import ARTICLE_PREFIX, CLAUSE_NUMBER_IN_TEXT
from ingest.tables import Table
from ingest.types import Chunk

from .aliases import DocumentNames
from .amount_answers import AmountAnswers, without_amount_asking
from .colloquial import expand
from .comparisons import Comparison, ComparisonAnswers, amount_asked
from .deadline_answers import DeadlineAnswers
from .deadlines import CalendarRules
from .drafts import Draft, LookupParams, Retrieve, Scores, fold
from .pay_arithmetic import PayArithmetic, spelled_echelons, unpaid_absence_asked
from .placement import AmountDraft
from .questions import asks_date_not_amount, asks_tax
from .stated_pay import stated_pay
from .tables import named_row_tables, parse_amount_question, without_column_percents
from .types import Answer, Hit

log = logging.getLogger(__name__)

# an amount question naming several agreements, cut into each one's part: sentences, then the pieces of a sentence
# naming two (« … chez les Cris, pis un prof qualifié au Collège ? », « Cris versus Collège Bourget »)
_SENTENCE_END = re.compile(r"(?<=[?!.;])\s+")
_CONNECTOR = re.compile(r",?\s+(?:pis|puis|et|versus|vs\.?|compar[ée]e?s?\s+(?:à|au|aux|avec)|par\s+rapport\s+(?:à|au|aux)|"
                        r"contre|alors\s+que|tandis\s+que)\s+|\s*:\s+", re.IGNORECASE)
# the words that end what asks an amount (another point starts: a date, a place, a condition) or trail it (« chez les »)
_ASK_STOPS = frozenset("depuis en au aux à a pour dans chez avant après comme quand si pis et ou versus selon".split())
_ASK_TRAIL = frozenset("les le la l' de du des d' un une".split())


def side_label(title: str) -> str:
    """The label opening one agreement's part of an answer given per agreement (« ▸ Convention Collège Bourget : »)."""
    return f"▸ {title} :"


def _names_of(key: str, meta: dict) -> list[str]:
    """How a question names a document: its manifest aliases, else its key."""
    return list(meta.get("aliases") or [key])


class DirectAnswers(DeadlineAnswers, AmountAnswers, ComparisonAnswers, PayArithmetic):
    """The deterministic answerers over one index (see the module docstring)."""

    def __init__(self, tables: Sequence[Table], chunks: Sequence[Chunk], documents: dict[str, dict],
                 retrieve: Retrieve | None = None, params: LookupParams = LookupParams(),
                 bm25_scores: Scores | None = None):
        """``retrieve``: per-document retrieval for comparisons; without it, the hits of each
        document fused with ``bm25_scores`` restricted to it (when given)."""
        self.tables = list(tables)
        self.bm25_scores = bm25_scores
        self.chunks = list(chunks)
        self.documents = documents
        self.retrieve = retrieve
        self.params = params
        self._clause_chunks: dict[tuple[str, str], list[Chunk]] = {}
        # per document, once: a question looks at its documents' clauses, passages and tables, not all of them
        self._doc_clauses: dict[str, list[str]] = {}  # clause ids in index order
        self._doc_positions: dict[str, list[int]] = {}  # positions in self.chunks
        for position, chunk in enumerate(self.chunks):
            if (chunk.doc, chunk.clause_id) not in self._clause_chunks:
                self._doc_clauses.setdefault(chunk.doc, []).append(chunk.clause_id)
            self._clause_chunks.setdefault((chunk.doc, chunk.clause_id), []).append(chunk)
            self._doc_positions.setdefault(chunk.doc, []).append(position)
        self._doc_tables: dict[str, list[int]] = {}  # positions in self.tables
        for position, table in enumerate(self.tables):
            self._doc_tables.setdefault(table.doc, []).append(position)
        self._job_classes = {id(t): t.job_class for t in self.tables}  # a property that folds text
        self._named_rows = named_row_tables(self.tables)  # money tables with named rows, their words
        # a document is named by its manifest aliases; by its key only when it has none (the key « mesures » is
        # no name: « une mesure disciplinaire » is the Collège's, not the ministry's guide)
        self._doc_names = DocumentNames({key: _names_of(key, meta) for key, meta in documents.items()})
        self._aliases = self._doc_names.aliases
        self._rules: dict[str, CalendarRules] = {}

    @classmethod
    def from_index(cls, index: Index, retrieve: Retrieve | None = None) -> "DirectAnswers":
        """Over ``index`` (its tables, none for an index made before tables were stored)."""
        bm25 = getattr(index, "bm25", None)
        return cls(getattr(index, "tables", ()), index.chunks, dict(getattr(index, "documents", {}) or {}), retrieve,
                   bm25_scores=bm25.scores if bm25 is not None else None)

    def answer(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None = None,
               history: Sequence[Answer] = ()) -> Answer | None:
        """A computed answer to ``question``, or None when no lookup applies. An amount question naming two
        agreements or more is answered side by side, each agreement's amount from its own part of the question
        (:meth:`_amount_sides`), also when the whole question's words find none; one side answering gives its amount
        and says the others give none (with the comparison lookup's clauses of each); none answering leaves it to the
        comparison lookup (it cites every agreement named). An amount no lookup gives, whose first passage sets it by a
        table the index does not hold, is a plain no (``kind`` "refused": :meth:`_absent_table_amount`)."""
        asked = question
        # a column named by the raise it brought (« colonne du 1er avril 2012 (1 % + 0,5 %) ») is read as its date alone
        question = without_column_percents(question, self.tables)
        for kind, method in (("deadline", self._deadline), ("placement", self._placement),
                             ("amount", self._amount), ("refused", self._absent_table_amount),
                             ("comparison", self._comparison)):
            if kind in ("placement", "amount", "refused") and asks_tax(question):  # whether it is taxed: no amount says
                continue
            if kind in ("amount", "refused") and asks_date_not_amount(question):  # when its rate changes: no amount says
                continue
            # an échelon range read as two échelons (« de l'échelon 11 à 12 »: both cells and their difference)
            # an unpaid day's deduction asked reads the scale's cell (« … sans traitement, on me coupait combien ? »)
            # a salary or an hourly rate the question states, put through a rule of the first passages (stated_pay):
            # before the scales' cells, which « l'échelle me donne 54 000 $ » would read as an échelon to ask
            draft = self._tried(kind, self._stated_pay, question, hits, docs, history) if kind == "amount" else None
            draft = draft or self._tried(kind, method, spelled_echelons(unpaid_absence_asked(question))
                                         if kind == "amount" else question, hits, docs, history)
            if draft is not None and kind == "amount" and self._prose_answers_instead(question, hits, draft):
                log.info("amount lookup left to the first passage's clause on %r", question[:80])
                draft = None
            if kind == "amount":  # two things compared, each side's amount looked up on its own words
                draft = self._tried(kind, lambda q, h, d, hi: self._compared_amounts(q, h, d, hi, draft), question,
                                    hits, docs, history) or draft
            if draft is None and kind == "amount":  # a stated annual salary put through a clause's day share
                draft = self._tried(kind, self._salary_share, question, hits, docs, history)
            if draft is None and kind == "amount":  # a percentage of the salary set on a condition the question meets
                draft = self._tried(kind, self._percent_of_pay, question, hits, docs, history)
            if draft is None and kind == "amount":  # a percentage of an amount the question states (« 66 % du montant … »)
                draft = self._tried(kind, self._percent_of_stated, question, hits, docs, history)
            if draft is not None and kind in ("amount", "placement"):  # a pay, a day's deduction: the agreement's rule
                # applied (after a placement too: « 17 ans de scolarité pis 6 ans d'expérience … une journée … combien »)
                self._pay_rules(question, draft)
                self._percent_of_shown(question, hits, docs, draft)  # « sabbatique de six mois, contrat de 3 ans »
                self._rows_change(question, draft)  # two named rows' difference asked (« … pis le dernier taux »)
                self._rows_total(question, draft)  # named rows' sum asked (« mon souper pis mon dîner … en tout »)
            if kind == "amount" and (draft is not None or parse_amount_question(question).is_amount_question):
                sides = self._sides(question, docs)
                if sides:
                    draft = self._amount_sides(question, sides, hits, docs, history, draft)
                    if draft is None:
                        log.info("amount sides: none answers, left to the comparison on %r", question[:80])
            if draft is not None:
                return draft.answer(asked, hits, kind)
        return None

    def _stated_pay(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                    history: Sequence[Answer] = ()) -> Draft | None:
        """:func:`assistant.stated_pay.stated_pay` over the first ``LookupParams.pointed_hits`` passages of the
        documents asked."""
        scope = self._scope(question, docs)
        chunks = [h.chunk for h in hits[: self.params.pointed_hits] if not scope or h.chunk.doc in scope]
        return stated_pay(question, chunks, lambda doc, non_teaching: getattr(self.day_share_of(doc, non_teaching),
                                                                               "share", None))

    def _tried(self, kind: str, method, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
               history: Sequence[Answer]) -> Draft | None:
        try:
            return method(question, hits, docs, history)
        except (ValueError, KeyError, IndexError) as exc:  # a lookup must never break an answer
            log.warning("%s lookup failed on %r: %s", kind, question[:80], exc)
            return None

    # -- an amount asked of several agreements --------------------------------------------------

    def _sides(self, question: str, docs: Sequence[str] | None) -> dict[str, str] | None:
        """Each agreement's part of a question naming two or more (that ``docs`` allow): the sentences and the
        pieces of a sentence (cut at « pis », « et », « versus », « comparé à »…) that name it, with those naming
        none (both sides share them), in the question's order; a side whose own parts hold no amount cue gets the
        words asking the amount in another side (« combien de l'heure »). None when fewer than two agreements are named."""
        named = [d for d in self.mentioned_documents(question) if not docs or d in docs]
        if len(named) < 2:
            return None
        pieces = self.question_pieces(question)
        asks = [self._ask(piece, found[0]) for piece, found in pieces if len(found) == 1]
        ask = next((a for a in asks if a), "")
        sides = {}  # in the order the question names them: its first agreement answered first
        for doc in sorted(named, key=lambda d: next((n for n, (_, found) in enumerate(pieces) if d in found),
                                                    len(pieces))):
            text = " ".join(piece for piece, found in pieces if doc in found or not found or len(found) > 1)
            if not any(doc in found for _, found in pieces):
                return None  # named only beside another (« Cris-Collège »): no part of its own
            own = " ".join(piece for piece, found in pieces if doc in found)
            if ask and not parse_amount_question(own).is_amount_question:  # « … pis au Collège ? »
                text = f"{ask} : {text}"
            sides[doc] = text
        return sides

    def question_pieces(self, question: str) -> list[tuple[str, list[str]]]:
        """The question cut into the parts each agreement is asked in: its sentences, a sentence naming two agreements
        cut at « pis », « et », « versus », « comparé à »… (``_CONNECTOR``); each piece with the agreements it names."""
        pieces: list[tuple[str, list[str]]] = []
        for sentence in _SENTENCE_END.split(question):
            parts = [sentence] if len(self.mentioned_documents(sentence)) < 2 else _CONNECTOR.split(sentence)
            pieces.extend((p.strip(), self.mentioned_documents(p)) for p in parts if p and p.strip())
        return pieces

    def _ask(self, piece: str, doc: str) -> str:
        """The words of ``piece`` asking an amount: from « combien », else its first amount cue (« payé », « taux »…), to
        the name of ``doc`` when the name follows (« combien de l'heure » of « ça gagne combien de l'heure chez
        les Cris »), else up to a word starting another point (« depuis », « en », a number)."""
        words = piece.split()
        # the question word first: « à taux horaire, ça gagne combien de l'heure » asks « combien de l'heure » (« taux
        # horaire » names who is paid)
        cue = next((i for i, w in enumerate(words) if fold(w).startswith("combien")),
                   next((i for i, w in enumerate(words) if parse_amount_question(w).is_amount_question), None))
        if cue is None:
            return ""
        name = next((i for i in range(cue + 1, len(words)) for j in range(i + 1, min(len(words), i + 4) + 1)
                     if doc in self.mentioned_documents(" ".join(words[i:j]))
                     and doc not in self.mentioned_documents(" ".join(words[i + 1:j]))), None)
        end = len(words) if name is None else name  # the first word naming ``doc`` after the cue
        kept = []
        for word in words[cue:end]:
            bare = word.strip(",;:?!.«»()").lower()
            if kept and name is None and (bare in _ASK_STOPS or bare[:1].isdigit()):
                break
            kept.append(word)
        while kept and kept[-1].strip(",;:?!.").lower() in _ASK_STOPS | _ASK_TRAIL:
            kept.pop()
        return " ".join(kept).strip(",;:?!. ")

    def _amount_sides(self, question: str, sides: dict[str, str], hits: Sequence[Hit], docs: Sequence[str] | None,
                      history: Sequence[Answer], whole: Draft | None) -> Draft | None:
        """Each side's amount (its own passages), labelled with its agreement's title, every citation kept; a side
        whose own part finds no amount keeps the whole question's amount when that one cites its agreement alone.
        One side answering: its amount, then each other side said to give none, with the comparison lookup's clauses
        of that agreement. None when no side answers (the comparison answers alone)."""
        answered: list[tuple[str, Draft]] = []
        whole_docs = {c.doc for c in whole.citations} if whole is not None else set()
        for doc, text in sides.items():
            # asked without its name, the side being its agreement's: within one agreement « Collège » would draw every
            # clause saying it, and « Bourget » is a word no table heading holds (« Au Collège Bourget, un suppléant
            # qualifié, c'est payé combien de l'heure ? » found no table, « Au Collège, … » Annexe P's rate)
            text = self._unnamed(text, doc)
            own = list(self.retrieve(text, [doc])) if self.retrieve is not None else [h for h in hits
                                                                                          if h.chunk.doc == doc]
            draft = self._tried("amount", self._amount, spelled_echelons(text), own, [doc], history)
            if draft is not None and self._prose_answers_instead(text, own, draft):
                draft = None
            if draft is not None:  # its agreement's pay rule (« combien par paie … au Collège et chez les Cris ? »)
                self._pay_rules(text, draft)
            asked = amount_asked(text) if draft is None else None
            if asked:  # « c'est mieux payé au Collège ou chez les Cris ? »: each one's amount, asked as such
                own = list(self.retrieve(asked, [doc])) if self.retrieve is not None else own
                draft = self._tried("amount", self._amount, asked, own, [doc], history)
                if draft is not None and self._prose_answers_instead(asked, own, draft):
                    draft = None
            if draft is None and whole_docs == {doc}:
                draft = whole
            if draft is not None and draft.citations:  # a refusal citing where the answer is (no salary scale:
                answered.append((doc, draft))  # its definition of the salary) is that agreement's part too
        if not answered:
            return None
        merged = AmountDraft(parts=["Votre question porte sur plusieurs ententes ; voici ce que prévoit chacune :"])
        for doc, draft in answered:
            self._side_part(merged, self._title(doc), draft.parts, draft)
        if len(answered) == 1:
            compared = self._tried("comparison", self._compared, question, hits, docs, history)
            for doc in (d for d in sides if d != answered[0][0]):
                self._unanswered_side(merged, doc, compared)
        return merged

    def _unanswered_side(self, merged: Draft, doc: str, compared: Comparison | None) -> None:
        """A side without an amount: said, with the comparison lookup's side of ``doc`` (its clauses cited) when it
        has one."""
        side = compared.side(doc) if compared is not None else None
        text = f"{side_label(self._title(doc))} aucun montant de cette entente ne répond à cette partie de la question"
        if side is None:
            merged.parts.append(text + ".")
            return
        merged.parts.append(text + " ; ce qu'elle en dit :\n\n"
                            + "\n".join(side.lines(side.cited(merged), compared.topic)))

    def _unnamed(self, text: str, doc: str) -> str:
        """``text`` without the names of ``doc`` (its manifest aliases, else its key)."""
        for name in sorted(_names_of(doc, self.documents.get(doc, {})), key=len, reverse=True):
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, flags=re.IGNORECASE)
        return " ".join(text.split())

    def _title(self, doc: str) -> str:
        return self.documents.get(doc, {}).get("title") or doc

    @staticmethod
    def _side_part(merged: AmountDraft, label: str, parts: Sequence[str], draft: Draft) -> None:
        """``draft``'s parts under ``label`` in ``merged``, its citations, support rows and shown tables kept."""
        merged.parts.append(f"{side_label(label)}\n\n" + "\n\n".join(p for p in parts if p))
        merged.citations.extend(c for c in draft.citations if c not in merged.citations)
        merged.support.extend(draft.support)
        merged.take(draft)

    def _prose_answers_instead(self, question: str, hits: Sequence[Hit], draft) -> bool:
        """The first passage is a numbered clause of prose (not an annex or a letter, no table of its own,
        none cited) holding ``LookupParams.prose_topic_words`` of the question's words that no cited
        table's passage holds: the question asks about that clause's topic, not the table's amounts (« heures sup … à quel
        taux ? » is 8-11.09's rule, not Annexe O's salary scale of the job class named; « une journée
        de salaire, ça vaut quelle fraction ? » is 1-2.74, not Annexe M). The words that only ask the amount (« payé
        combien de l'heure ») and what expansion appends for them are no topic (« … garder une classe … C'est payé combien
        de l'heure » is Annexe P B), not 7-8.04's « par jour … suivant »)."""
        if not hits or not draft.citations or parse_amount_question(question).echelon is not None:
            return False  # an échelon named asks a scale's cell
        top = hits[0].chunk
        cited = {(c.doc, c.clause) for c in draft.citations}
        if not CLAUSE_NUMBER_IN_TEXT.fullmatch(top.clause_id) or (top.doc, top.clause_id) in cited or any(
                t.doc == top.doc and t.annex_or_clause == top.clause_id for t in self.tables):
            return False
        article = re.match(ARTICLE_PREFIX, top.clause_id)
        if article and any(doc == top.doc and clause.startswith(article.group(0)) for doc, clause in cited):
            return False  # a clause of the cited table's own article (13-2.01 says whom 13-2.03's hourly rates pay)
        if any(doc == top.doc and clause.lower().startswith("annexe ") and
               re.search(rf"\b{re.escape(clause)}\b", top.text, re.IGNORECASE) for doc, clause in cited):
            return False  # the clause sends to the table cited (8-13.13: « … prévue à l'annexe P, tableau C) »)
        names = {token for aliases in self._aliases.values() for alias in aliases for token in alias}
        asked = {t for t in tokenize(expand(without_amount_asking(question))) if not t[0].isdigit()} - names
        # a cited clause's words with its headings' (13-14.01's « … CONTRAT … PRÉALABLEMENT DÉTERMINÉES À 1 280 HEURES »)
        table_words = {t for doc, clause in cited for t in tokenize(self.clause_text(doc, clause))} | {
            t for key in cited for chunk in self._clause_chunks.get(key, [])[:1] for t in tokenize(" ".join(chunk.heading_path))}
        return len((asked - table_words) & set(tokenize(top.text))) >= self.params.prose_topic_words

    # -- documents and passages ----------------------------------------------------------

    def named_aliases(self, question: str) -> list[tuple[tuple[str, ...], str]]:
        """The manifest aliases (or keys) a question writes, as (alias tokens, document key), in the question's order."""
        return self._doc_names.named(question)

    def mentioned_documents(self, question: str) -> list[str]:
        """Documents a question names through a manifest alias or its key, in index order."""
        return self._doc_names.documents(question)

    def _scope(self, question: str, docs: Sequence[str] | None) -> list[str] | None:
        mentioned = self.mentioned_documents(question)
        if docs:
            return [d for d in docs if not mentioned or d in mentioned] or list(docs)
        return mentioned or None

    def _names(self) -> list[str]:
        """Every way a document is named (its manifest aliases, else its key)."""
        return [name for key, meta in self.documents.items() for name in _names_of(key, meta)]

    def find_quote(self, doc: str, clause: str, text: str) -> tuple[Chunk, str] | None:
        """A passage of (doc, clause) holding ``text`` (else its first line, else its longest
        prefix of 40+ characters), with the verbatim quote."""
        chunks = self._clause_chunks.get((doc, clause), [])
        first_line = text.split("\n")[0]
        for wanted in (text, first_line):
            for chunk in chunks:
                if wanted and wanted in chunk.text:
                    return chunk, wanted
        for end in range(len(first_line), 39, -1):
            if first_line[end - 1] != " " and (end == len(first_line) or first_line[end] == " "):
                for chunk in chunks:
                    if first_line[:end] in chunk.text:
                        return chunk, first_line[:end]
        return None

    def clause_text(self, doc: str, clause: str) -> str:
        return "\n".join(c.text for c in self._clause_chunks.get((doc, clause), []))



__all__ = ["DirectAnswers", "LookupParams", "Retrieve", "side_label"]
