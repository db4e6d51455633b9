"""Direct answers computed from data, not quoted from passages: table cells, deadlines, comparisons.

:class:`DirectAnswers` is asked first by :meth:`assistant.service.Assistant.ask`, with the
retrieved hits; it returns an :class:`~assistant.types.Answer` when a deterministic
lookup answers the question and ``None`` otherwise, in which case the extractive (or LLM)
answerer answers. The lookups, tried in this order:

``deadline``
    A date and a deadline cue (« le 10 novembre 2025, jusqu'à quand … ? »): the delay clause
    is picked among the hits (the one whose delay sentence is closest to the question), the
    agreement's calendar (« jour ouvrable », holidays, breaks, suspensions) is read from its
    own clauses in the index (``assistant.deadlines.rules_from_clauses``), and the date is
    computed (``compute_deadline``) and worded (``format_answer``), every clause used cited.
    A yearly date among those sentences (« au plus tard le 15 octobre de chaque année », « avant le
    30 novembre ») gives this year's or next year's last day (``compute_fixed_date``); it is
    preferred when the question's date is today (« on est le 5 novembre 2026 »), a delay when the
    date is an event's (« l'événement a eu lieu le 10 novembre 2025 »). A delay the
    question states (« on m'a donné 10 jours ouvrables ») that no clause sharing its topic sets is
    counted on the agreement's calendar, said so. Only the clauses the count used are cited.
``placement``
    Years of schooling and of experience (« 17 ans de scolarité et 5 ans d'expérience »):
    the échelon from the footnote rule of the scale (Annexe M), step by step with citations,
    then the salary at that échelon.
``amount``
    An échelon or a job class with a salary cue (« Combien gagne un enseignant à l'échelon 12
    au 1er avril 2013 ? »): the cell(s) of ``index.tables`` (``assistant.tables.lookup``), the
    row shown as a small Markdown table with the cell in bold, the amount footnotes quoted.
    Several candidates (job classes, two columns in force in a year) are all given, labelled.
    A date after the agreement's period (« en 2023-2024 » for a 2014-2019 convention) or a
    document without tables is not answered here.
``comparison``
    A comparison cue and two documents named (« Compare … de Bourget et de l'entente crie »):
    one labelled section per document with its best clauses and their best sentence, from
    the hits of that document (``retrieve(question, [doc])`` when a retriever is given).

Every citation's ``quote`` is a verbatim slice of its passage (``quote in chunk.text``), and
every stated fact has a :class:`~assistant.types.SentenceSupport` row for the page's
verification view. This module does not import ``assistant.service`` (no import circle).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

from ingest.bm25 import tokenize
from ingest.index import Index
from ingest.normalise import strip_accents
from ingest.sentences import split_sentences
from ingest.tables import Table, TableRow, display_column, with_unit
from ingest.types import Chunk

from .deadlines import (CalendarRules, Delay, FixedDate, compute_deadline, compute_fixed_date, describe_delay,
                        find_delays, find_fixed_dates, format_answer, format_date, format_fixed_answer, parse_date,
                        parse_delay, rules_from_clauses)
from .answer import in_quotes
from .citations import citation_label
from .tables import (AmountQuery, CellAnswer, amount_footnotes, format_cell_answer, lookup, named_row_tables,
                     parse_amount_question, placement, rows_named)
from .types import Answer, Citation, Hit, SentenceSupport

log = logging.getLogger(__name__)

#: ``retrieve(question, docs)``: the hits of a question within documents (the Assistant's retriever).
Retrieve = Callable[[str, Sequence[str]], Sequence[Hit]]
#: ``bm25_scores(text)``: one BM25 score per index chunk (``index.bm25.scores``).
Scores = Callable[[str], Sequence[float]]

_SALARY = re.compile(r"salaire|traitement|gagn|[ée]chelle|r[ée]mun[ée]r|taux horaire|\bpay[ée]s?\b|combien .*l'heure",
                     re.IGNORECASE)
_NOT_AMOUNT = re.compile(r"sans (?:salaire|traitement)|perte de (?:salaire|traitement)|assurance[- ]salaire|"
                         r"traitement diff[ée]r[ée]|pourcentage|%|combien de (?:temps|jours?|semaines?|heures?|mois|"
                         r"p[ée]riodes?|minutes|[ée]l[èe]ves)", re.IGNORECASE)
_DEADLINE_CUE = re.compile(r"jusqu'(?:à|a|au) quand|d'ici quand|date limite|au plus tard|quelle date|"
                           r"quand (?:expire|se termine|finit|tombe)|[ée]ch[ée]ance|avant quand|quel jour",
                           re.IGNORECASE)
_SCHOOLING = re.compile(r"(\d{2})\s*ans?\s+(?:de\s+)?scolarit[ée]", re.IGNORECASE)
_EXPERIENCE = re.compile(r"(\d{1,2})\s*(?:ans?|ann[ée]es?)\s+d'exp[ée]rience", re.IGNORECASE)
_DOCTORATE = re.compile(r"(?<!sans )doctorat", re.IGNORECASE)
# a count with its unit, verbatim: « dix (10) jours ouvrables », « 7 jours », « 60 % », « 1/200 du traitement »
_COUNT = re.compile(r"(?:\b[a-zà-ÿ-]+\s+\()?(?<![\w.-])\d+(?:[,./]\d+)?\)?\s*(?:%|\$|(?:jours?|semaines?|mois|heures?|"
                    r"ans|années?|minutes?)\b(?:\s+(?:ouvrables|consécutifs|civils|de calendrier|"
                    r"d'absences|de congés? de maladie|du traitement))?)", re.IGNORECASE)
# what a delay runs from, right after it: « 120 jours » « de la date de l'événement qui a donné naissance au grief »
_STARTING_POINT = re.compile(r"\s*((?:à compter |à partir )?(?:de la|de l'|de l’|du|suivant la|suivant le)\s[^,.;:]{3,120})")
_COMPARE = re.compile(r"\bcompar|diff[ée]rence|diff[èe]re|\bversus\b|\bvs\.?\b|c[ôo]te à c[ôo]te|"
                      r"par rapport (?:à|a|au|aux)", re.IGNORECASE)
_PERIOD_END = re.compile(r"(\d{4})\s*$")
_ALLOWANCE = re.compile(r"combien|montant|rembours|tarif|taux|pay[ée]|gagn|\$|prime|suppl[ée]ment|allocation|"
                        r"indemnit", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:on est|nous sommes|aujourd'hui,?(?:\s+on est|\s+nous sommes)?)\s+(?:le|au|en date du)\s",
                    re.IGNORECASE)
_DATE_WORDS = re.compile(r"\b(?:le\s+)?(?:1er|premier|\d{1,2})\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|"
                         r"ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?:\s+\d{4})?|\b\d{4}\b", re.IGNORECASE)


@dataclass(frozen=True)
class LookupParams:
    """The lookups' hand-set numbers."""

    max_other_tables: int = 12  # hand-set: other job classes listed when no job class is named
    delay_hits: int = 6  # hand-set: hits searched for the delay clause
    compare_clauses: int = 2  # hand-set: clauses quoted per document in a comparison
    other_rule_share: float = 0.34  # hand-set: a deadline asked of no agreement also counts another agreement's
    # rule when its sentence shares a third of the question's words that the first rule's sentence shares
    max_other_agreements: int = 2  # hand-set: other agreements among the hits whose own deadline is counted too
    period_grace_years: int = 0  # hand-set: years after the agreement's period still answered from its tables
    follow_up_words: int = 10  # hand-set: a follow-up to an amount answer is a short question ("Et à l'échelon 13 ?")
    question_delay_words: int = 3  # hand-set: words (beyond the delay and the date) a clause shares with a question
    # that states its own delay, for the clause to be taken as that delay's source
    date_kind_bonus: float = 0.5  # hand-set: a yearly date (« avant le 30 novembre ») preferred to a delay when the
    # question's date is today (« on est le 5 novembre 2026 »), a delay when it is an event's (« reçu le 14 janvier »)


@dataclass
class _Draft:
    """An answer being written: Markdown parts, citations and support rows (mutable)."""

    parts: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    support: list[SentenceSupport] = field(default_factory=list)

    def cite(self, chunk: Chunk, quote: str, sentence: str) -> str:
        """Cite ``quote`` (verbatim in ``chunk.text``) for ``sentence``; returns the label."""
        label = citation_label(chunk)
        if quote not in chunk.text:  # never cite words the passage does not hold
            log.warning("quote not in %s, not cited: %r", chunk.chunk_id, quote[:80])
            self.support.append(SentenceSupport(sentence, None, None))
            return ""
        if not any(c.chunk_id == chunk.chunk_id and c.quote == quote for c in self.citations):
            self.citations.append(Citation(chunk.doc, chunk.clause_id, quote, chunk.chunk_id,
                                           doc_title=chunk.doc_title, label=label))
        self.support.append(SentenceSupport(sentence, chunk.chunk_id, quote))
        return label

    def answer(self, question: str, hits: Sequence[Hit], kind: str) -> Answer:
        return Answer(question=question, text="\n\n".join(p for p in self.parts if p), citations=self.citations,
                      abstained=False, hits=list(hits), answerer="lookup", support=self.support, kind=kind)


class DirectAnswers:
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
        self._aliases = {key: [tuple(tokenize(a)) for a in meta.get("aliases", []) + [key] if tokenize(a)]
                         for key, meta in documents.items()}
        self._alias_starts: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # by first token
        for key, aliases in self._aliases.items():
            for alias in aliases:
                self._alias_starts.setdefault(alias[0], []).append((alias, key))
        self._rules: dict[str, CalendarRules] = {}

    @classmethod
    def from_index(cls, index: Index, retrieve: Retrieve | None = None) -> "DirectAnswers":
        """Over ``index`` (its tables, none for an index made before tables were stored)."""
        bm25 = getattr(index, "bm25", None)
        return cls(getattr(index, "tables", ()), index.chunks, dict(getattr(index, "documents", {}) or {}), retrieve,
                   bm25_scores=bm25.scores if bm25 is not None else None)

    def answer(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None = None,
               history: Sequence[Answer] = ()) -> Answer | None:
        """A computed answer to ``question``, or None when no lookup applies."""
        for kind, method in (("deadline", self._deadline), ("placement", self._placement),
                             ("amount", self._amount), ("comparison", self._comparison)):
            try:
                draft = method(question, hits, docs, history)
            except (ValueError, KeyError, IndexError) as exc:  # a lookup must never break an answer
                log.warning("%s lookup failed on %r: %s", kind, question[:80], exc)
                draft = None
            if draft is not None:
                return draft.answer(question, hits, kind)
        return None

    # -- documents and passages ----------------------------------------------------------

    def mentioned_documents(self, question: str) -> list[str]:
        """Documents a question names through a manifest alias or its key, in index order."""
        tokens = tokenize(question)
        found = set()
        for i, token in enumerate(tokens):  # aliases by first token: a question costs its length, not the index's
            for alias, key in self._alias_starts.get(token, ()):
                if tuple(tokens[i:i + len(alias)]) == alias:
                    found.add(key)
        return [key for key in self._aliases if key in found]

    def _scope(self, question: str, docs: Sequence[str] | None) -> list[str] | None:
        mentioned = self.mentioned_documents(question)
        if docs:
            return [d for d in docs if not mentioned or d in mentioned] or list(docs)
        return mentioned or None

    def _names(self) -> list[str]:
        """Every way a document is named (manifest aliases and keys)."""
        return [name for key, meta in self.documents.items() for name in [key, *meta.get("aliases", [])]]

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

    # -- amounts -------------------------------------------------------------------------

    def _tables_for(self, question: str, docs: Sequence[str] | None) -> list[Table]:
        scope = self._scope(question, docs)
        if scope is None:
            return list(self.tables)
        return [self.tables[i] for i in sorted(i for doc in set(scope) for i in self._doc_tables.get(doc, ()))]

    def _beyond_period(self, doc: str, asked: int | None) -> bool:
        """Whether a year asked is after the agreement's period (its tables do not cover it)."""
        period = str(self.documents.get(doc, {}).get("period") or "")
        end = _PERIOD_END.search(period)
        return asked is not None and end is not None and asked > int(end.group(1)) + self.params.period_grace_years

    def _amount(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                history: Sequence[Answer] = ()) -> _Draft | None:
        tables = self._tables_for(question, docs)
        if not tables or _NOT_AMOUNT.search(question):
            return None
        return self._scale_amount(question, tables, history) or self._named_amount(question, tables)

    def _named_amount(self, question: str, tables: Sequence[Table]) -> _Draft | None:
        """An allowance or a rate whose row the question names (« par kilomètre au-delà de 200 km »,
        « un souper », « à compter du 141e jour … 2008-2009 »): ``assistant.tables.row_lookup``."""
        if not _ALLOWANCE.search(question) or parse_amount_question(question).echelon is not None:
            return None
        wanted = {id(t) for t in tables}
        candidates = rows_named([n for n in self._named_rows if id(n.table) in wanted], question)
        return self._cells(candidates) if candidates else None

    def _scale_amount(self, question: str, tables: Sequence[Table], history: Sequence[Answer]) -> _Draft | None:
        classes = sorted({c for t in tables if (c := self._job_class(t))})
        query = parse_amount_question(question, classes)
        follow = _amount_follow_up(query, history, classes, self.params.follow_up_words)
        if follow is not None:
            query = follow
        elif not query.is_amount_question or not _SALARY.search(question) and query.echelon is None:
            return None
        if query.echelon is None and not query.job_class:
            return None
        asked_year = query.when.year if query.when else query.school_year[0] if query.school_year else query.year
        candidates = lookup(tables, query)
        if not candidates:
            return self._scale_range(question, tables, query) if query.echelon is None else None
        if self._beyond_period(candidates[0].table.doc, asked_year):
            return None
        return self._cells(candidates)

    def _job_class(self, table: Table) -> str:
        known = self._job_classes.get(id(table))
        return table.job_class if known is None else known

    def _cells(self, candidates: Sequence[CellAnswer], intro: str = "") -> _Draft:
        draft = _Draft()
        if intro:
            draft.parts.append(intro)
        first = candidates[0].table
        primary = [c for c in candidates if c.table.table_id == first.table_id]
        others = [c for c in candidates if c.table.table_id != first.table_id]
        if others:
            who = first.job_class or first.title
            draft.parts.append(f"Plusieurs classes d'emploi correspondent ; pour **{who}** ({first.annex_or_clause}) :")
        lines = []
        for candidate in primary:
            line = format_cell_answer(replace(candidate, footnotes=()))
            label = self._cite_row(draft, candidate, line)
            lines.append(("- " if len(primary) > 1 else "") + f"{line} {label}".rstrip())
        draft.parts.append("\n".join(lines))
        draft.parts.append(row_table(first, primary[0].row, [c.column for c in primary]))
        for footnote in amount_footnotes(first):
            draft.parts.append(self._note(draft, first, footnote))
        if others:
            draft.parts.append(self._other_classes(draft, others))
        return draft

    def _cite_row(self, draft: _Draft, candidate: CellAnswer, sentence: str) -> str:
        table, row = candidate.table, candidate.row
        found = self.find_quote(table.doc, table.annex_or_clause, row.line)
        if found is None or found[1] != row.line:  # a row cut between two stored parts: quote the part with the cell
            fields = row.line.split("\t")
            cut = min(candidate.column + 2, len(fields))
            for piece in ("\t".join(fields[:cut]), "\t".join(fields[cut - 1:])):
                hit = next((c for c in self._clause_chunks.get((table.doc, table.annex_or_clause), [])
                            if piece in c.text), None)
                if hit is not None:
                    found = (hit, piece)
                    break
        if found is None:
            return ""
        return draft.cite(found[0], found[1], sentence.replace("**", ""))

    def _note(self, draft: _Draft, table: Table, footnote: str) -> str:
        text = re.sub(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*", "", footnote)
        found = self.find_quote(table.doc, table.annex_or_clause, footnote)
        label = draft.cite(found[0], found[1], f"Note : {text}") if found else ""
        return f"Note ({table.annex_or_clause}) : {text} {label}".rstrip()

    def _other_classes(self, draft: _Draft, others: Sequence[CellAnswer]) -> str:
        shown = others[: self.params.max_other_tables]
        rows = ["Autres classes d'emploi :", "", "| Classe d'emploi | Annexe | Colonne | Montant |",
                "|---|---|---|---:|"]
        for candidate in shown:
            table = candidate.table
            who = (table.subtitle or table.job_class or table.title).replace("|", "/")
            value = with_unit(table, candidate.value) + {"annual": " par année", "hourly": " l'heure"}.get(table.unit, "")
            self._cite_row(draft, candidate, f"{who} : {value}, colonne « {candidate.column_label} »")
            rows.append(f"| {who} | {table.annex_or_clause} | {display_column(table, candidate.column)} | {value} |")
        if len(others) > len(shown):
            rows.append(f"\n… et {len(others) - len(shown)} autre(s) : précisez votre classe d'emploi.")
        return "\n".join(rows)

    def _scale_range(self, question: str, tables: Sequence[Table], query) -> _Draft | None:
        """No échelon asked: the lowest and highest échelon of the job class's scale, and ask which."""
        scales = [t for t in tables if t.echelon_rows and t.rows and t.column_headers]
        if query.rate:
            scales = [t for t in scales if t.unit == query.rate]
        named = [t for t in scales if query.job_class and _fold(query.job_class) in _fold(t.job_class or t.title)]
        if not named:
            return None
        table = named[0]
        column = len(table.column_headers) - 1
        low, high = table.rows[0], table.rows[-1]
        draft = _Draft()
        sentence = (f"Le montant dépend de l'échelon : de **{with_unit(table, low.cells[column])}** (échelon {low.label}) "
                    f"à **{with_unit(table, high.cells[column])}** (échelon {high.label}), colonne "
                    f"« {display_column(table, column)} » de {table.annex_or_clause}"
                    + (f" ({table.subtitle})" if table.subtitle else "") + ". Précisez votre échelon.")
        labels = [self._cite_row(draft, CellAnswer(table, row, column, table.column_headers[column], row.cells[column]),
                                 sentence) for row in (low, high)]
        draft.parts.append(f"{sentence} {labels[0]}".rstrip())
        return draft

    # -- placement -----------------------------------------------------------------------

    def _placement(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                   history: Sequence[Answer] = ()) -> _Draft | None:
        schooling, experience = _SCHOOLING.search(question), _EXPERIENCE.search(question)
        if not schooling or not experience:
            return None
        tables = [t for t in self._tables_for(question, docs) if t.echelon_rows]
        ruled = [t for t in tables if re.search(r"[ée]chelon correspondant [àa] son exp[ée]rience", " ".join(t.footnotes))]
        if not tables:
            return None
        draft = _Draft()
        if not ruled:
            draft.parts.append("Les tableaux de traitement de cette convention ne donnent pas de règle de classement "
                               "selon la scolarité : je ne peux pas calculer votre échelon.")
            return draft
        table = ruled[0]
        result = placement(int(schooling.group(1)), int(experience.group(1)), table,
                           doctorate=bool(_DOCTORATE.search(question)))
        steps = []
        for number, step in enumerate(result.steps, 1):
            if number == 1 and not step.source and (defined := self.definition(table.doc, "Échelon d'expérience")):
                chunk, sentence = defined
                step = replace(step, text=step.text.split(" ; ")[0] + f", clause {chunk.clause_id}.", source=sentence)
            label = self._cite_step(draft, table, step.source, step.text)
            steps.append(f"{number}. {step.text}" + (f" « {_one_line(step.source)} » {label}".rstrip() if step.source else ""))
        draft.parts.append("**Classement (échelon)**\n\n" + "\n".join(steps))
        if result.echelon is None:
            draft.parts.append(result.note)
            return draft
        query = replace(parse_amount_question(question), echelon=result.echelon, job_class=None)
        cells = lookup([table], query)
        if not cells:
            draft.parts.append(result.note)
            return draft
        salary = self._cells(cells)
        draft.parts.append(f"**Traitement à l'échelon {result.echelon}**")
        draft.parts.extend(salary.parts)
        draft.citations.extend(c for c in salary.citations if c not in draft.citations)
        draft.support.extend(salary.support)
        return draft

    def definition(self, doc: str, term: str) -> tuple[Chunk, str] | None:
        """The definition of ``term`` in ``doc``: the first sentence of the clause headed by it
        (« 1-2.28 Échelon d'expérience » then its text), verbatim."""
        heading = re.compile(rf"^\S+\s+{re.escape(term)}\s*$", re.IGNORECASE)
        for clause in self._doc_clauses.get(doc, ()):
            chunk = self._clause_chunks[(doc, clause)][0]
            if not heading.match(chunk.text.split("\n")[0].strip()):
                continue
            spans = [(a, b) for a, b in split_sentences(chunk.text) if a > len(chunk.text.split("\n")[0])]
            if spans:
                return chunk, chunk.text[spans[0][0]:spans[0][1]]
        return None

    def _cite_step(self, draft: _Draft, table: Table, source: str, sentence: str) -> str:
        if not source:
            return ""
        for clause in [table.annex_or_clause, *self._doc_clauses.get(table.doc, ())]:
            found = self.find_quote(table.doc, clause, source)
            if found is not None and found[1] == source:
                return draft.cite(found[0], found[1], sentence)
        return ""

    # -- deadlines -----------------------------------------------------------------------

    def calendar(self, doc: str) -> CalendarRules:
        """The agreement's calendar rules, read from all its clauses (cached per document)."""
        if doc not in self._rules:
            clauses = {clause: self.clause_text(doc, clause) for clause in self._doc_clauses.get(doc, ())}
            self._rules[doc] = rules_from_clauses(clauses, source_doc=doc)
        return self._rules[doc]

    def _deadline(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                  history: Sequence[Answer] = ()) -> _Draft | None:
        if not _DEADLINE_CUE.search(question):
            return None
        start = parse_date(question)
        if start is None:
            return None
        chosen = self._delay_clause(question, hits, docs)
        if chosen is None:
            return self._question_delay(question, start, hits, docs)
        others = self._other_agreements(question, hits, chosen, docs)
        draft = _Draft()
        if not others:
            self._count(draft, start, *chosen)
            return draft
        # nothing says which agreement: each counts its own delay on its own calendar (issue 10)
        draft.parts.append("Votre question ne précise pas l'entente, et chacune fixe son propre délai ; voici le calcul "
                           "selon chacune (cochez votre entente pour n'en voir qu'une) :")
        for found in [chosen, *others]:
            title = self.documents.get(found[0].doc, {}).get("title") or found[0].doc
            draft.parts.append(f"▸ **{title}** :")
            at = len(draft.parts)
            self._count(draft, start, *found)
            chunk, rule, sentence = found
            origin = _STARTING_POINT.match(sentence[sentence.find(rule.phrase) + len(rule.phrase):])
            if rule.phrase in sentence and origin:  # each agreement runs its delay from its own event
                draft.parts.insert(at + 1, f"Point de départ selon {chunk.clause_id} : « {origin.group(1).strip()} » ; "
                                           f"le calcul part de la date de votre question ({format_date(start)}).")
        return draft

    def _count(self, draft: _Draft, start, chunk: Chunk, rule: Delay | FixedDate, sentence: str) -> None:
        """The deadline of one rule, counted on its agreement's calendar, with the clauses it used."""
        if isinstance(rule, FixedDate):
            fixed = compute_fixed_date(start, rule, self.calendar(chunk.doc))
            head, _, rest = format_fixed_answer(fixed).partition("\n\n")
            label = draft.cite(chunk, sentence, f"{head.replace('**', '')} : {rule.phrase}")
            draft.parts.extend([f"{head} {label}".rstrip(), rest])
            return
        result = compute_deadline(start, rule, self.calendar(chunk.doc))
        head, _, rest = format_answer(result).partition("\n\n")
        label = draft.cite(chunk, sentence, f"{head.replace('**', '')} : {describe_delay(rule)}")
        draft.parts.extend([f"{head} {label}".rstrip(), rest])
        self._applied(draft, chunk.doc, [c for c in result.clauses_used if c != rule.source_clause])

    def _other_agreements(self, question: str, hits: Sequence[Hit], chosen: tuple[Chunk, Delay | FixedDate, str],
                          docs: Sequence[str] | None) -> list[tuple[Chunk, Delay | FixedDate, str]]:
        """When the question names no agreement (nothing ticked, or several), the rule other
        agreements among its hits (numbered ones, at most ``max_other_agreements``) set on the
        same point, found by retrieving the question within each; a rule counts when its sentence
        shares enough of the question's words (``other_rule_share`` of what the chosen rule's
        sentence shares, at least one word)."""
        scope = self._scope(question, docs)
        if self.retrieve is None or (scope and len(scope) < 2):
            return []
        pool = [d for d in dict.fromkeys(h.chunk.doc for h in hits if h.chunk.kind == "clause")
                if d != chosen[0].doc and (not scope or d in scope)][: self.params.max_other_agreements]
        words = set(tokenize(_DATE_WORDS.sub(" ", question)))
        needed = max(1, int(self.params.other_rule_share * len(words & set(tokenize(chosen[2])))))
        others = []
        for doc in pool:
            found = self._delay_clause(question, list(self.retrieve(question, [doc])), [doc])
            if found is not None and len(words & set(tokenize(found[2]))) >= needed:
                others.append(found)
        return others

    def _question_delay(self, question: str, start, hits: Sequence[Hit], docs: Sequence[str] | None
                        ) -> _Draft | None:
        """A delay the question states (« on m'a donné 10 jours ouvrables ») that no clause among
        the hits sets: counted on the calendar of the agreement the question is about."""
        asked = parse_delay(question)
        scope = self._scope(question, docs)
        doc = next((h.chunk.doc for h in hits if not scope or h.chunk.doc in scope), None)
        if asked is None or doc is None:
            return None
        result = compute_deadline(start, replace(asked, source_doc=doc), self.calendar(doc))
        draft = _Draft()
        head, _, rest = format_answer(result).partition("\n\n")
        title = self.documents.get(doc, {}).get("title") or doc
        draft.parts.extend([head, f"Délai indiqué dans votre question (aucune clause citée ne le fixe), compté "
                                  f"selon les règles de calendrier de {title}.", rest])
        draft.support.append(SentenceSupport(head.replace("**", ""), None, None))
        self._applied(draft, doc, list(result.clauses_used))
        return draft

    def _applied(self, draft: _Draft, doc: str, clauses: Sequence[str]) -> None:
        """« Textes appliqués » : a quote and a citation for each calendar clause the count used."""
        cited = []
        for clause in clauses:
            found = self._calendar_quote(doc, clause)
            if found is not None:
                label = draft.cite(found[0], found[1], f"Règle appliquée : {clause}")
                cited.append(f"- {clause} : « {_one_line(found[1])} » {label}".rstrip())
        if cited:
            draft.parts.append("Textes appliqués :\n" + "\n".join(cited))

    def _delay_clause(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None
                      ) -> tuple[Chunk, Delay | FixedDate, str] | None:
        """The rule the question is about: the delay or yearly date sentence among the first hits
        that shares most words with the question. A delay the question states must be the
        clause's, and the clause must share words with the question beyond the delay and the date."""
        scope = self._scope(question, docs)
        asked = parse_delay(question)
        words = set(tokenize(_DATE_WORDS.sub(" ", question)))  # the date asked says nothing of the topic
        # « on est le 5 novembre » is today, not the event a delay runs from: a yearly date answers it
        today = bool(_TODAY.search(question))
        if asked is not None:
            words -= set(tokenize(asked.phrase))
        best, best_score = None, 0.0
        for rank, hit in enumerate(hits[: self.params.delay_hits]):
            chunk = hit.chunk
            if scope and chunk.doc not in scope:
                continue
            for start, end in split_sentences(chunk.text):
                sentence = chunk.text[start:end]
                found: list[Delay | FixedDate] = list(find_delays(sentence, source_clause=chunk.clause_id,
                                                                  source_doc=chunk.doc))
                if asked is not None:
                    found = [d for d in found[:1] if (asked.amount, asked.unit) == (d.amount, d.unit)]
                else:
                    found = found[:1] + find_fixed_dates(sentence, source_clause=chunk.clause_id,
                                                         source_doc=chunk.doc)[:1]
                if not found:
                    continue
                shared = len(words & set(tokenize(sentence)))
                if asked is not None and shared < self.params.question_delay_words:
                    continue
                for rule in found:
                    score = shared / max(1, len(words)) + 1.0 / (rank + 2)
                    if today == isinstance(rule, FixedDate):  # today: a yearly date; an event's date: a delay
                        score += self.params.date_kind_bonus
                    if score > best_score:
                        best, best_score = (chunk, rule, sentence), score
        return best

    def _calendar_quote(self, doc: str, clause: str) -> tuple[Chunk, str] | None:
        """The sentence of a calendar clause that the computation rests on (verbatim)."""
        cues = re.compile(r"jour ouvrable|lundi au vendredi|f[ée]ri[ée]s|ch[ôo]m[ée]s|ne courent pas|d[ée]lais?",
                          re.IGNORECASE)
        for chunk in self._clause_chunks.get((doc, clause), []):
            spans = split_sentences(chunk.text)
            for start, end in spans:
                if cues.search(chunk.text[start:end]) and end - start > 30:
                    return chunk, chunk.text[start:end]
            if spans:
                start, end = spans[0]
                return chunk, chunk.text[start:end]
        return None

    # -- comparisons ---------------------------------------------------------------------

    def _comparison(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                    history: Sequence[Answer] = ()) -> _Draft | None:
        if not _COMPARE.search(question):
            return None
        compared = self.mentioned_documents(question)
        if docs:
            compared = [d for d in compared if d in docs] if len(compared) >= 2 else list(docs)
        if len(compared) < 2:
            return None
        draft = _Draft()
        topic = _topic(question, self._names())
        draft.parts.append(f"**Comparaison{' : ' + topic if topic else ''}**")
        sides = [self._side(draft, question, hits, doc) for doc in compared[:3]]
        draft.parts.append(_side_by_side(sides))
        for title, items in sides:
            lines = [f"**{title}**"] + [f"- {clause} : {in_quotes(_one_line(quote))} {label}".rstrip()
                                        for clause, quote, label in items]
            if not items:
                lines.append("- Aucun passage de ce document ne répond directement à la question.")
            draft.parts.append("\n".join(lines))
        draft.parts.append("Chaque texte vise son propre personnel et ses propres conditions : lisez les clauses "
                           "citées en entier avant de conclure.")
        return draft

    def _side(self, draft: _Draft, question: str, hits: Sequence[Hit], doc: str
              ) -> tuple[str, list[tuple[str, str, str]]]:
        """One agreement's side: its title and (clause, quote, citation label) of its first clauses."""
        title = self.documents.get(doc, {}).get("title") or doc
        topic = _topic(question, self._names()) or question
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
        topic = _topic(question, self._names()) or question
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


# --- helpers ----------------------------------------------------------------------------------


def _amount_follow_up(query: AmountQuery, history: Sequence[Answer], classes: Sequence[str],
                      max_words: int) -> AmountQuery | None:
    """« Et à l'échelon 13 ? » after an amount answer: the previous question's échelon, job class,
    date and rate, with what the new question says instead. None when it is not such a follow-up."""
    if not history or history[-1].kind not in ("amount", "placement") or len(query.question.split()) > max_words:
        return None
    dated = query.when or query.year or query.school_year
    if query.echelon is None and not dated and not query.job_class and not query.rate:
        return None
    before = parse_amount_question(history[-1].question, classes)
    when = (query.when, query.year, query.school_year, query.date_or_year) if dated else \
        (before.when, before.year, before.school_year, before.date_or_year)
    return replace(before, question=f"{before.question} {query.question}",
                   echelon=query.echelon if query.echelon is not None else before.echelon,
                   job_class=query.job_class or before.job_class, rate=query.rate or before.rate,
                   when=when[0], year=when[1], school_year=when[2], date_or_year=when[3], is_amount_question=True)



def row_table(table: Table, row: TableRow, bold: Sequence[int]) -> str:
    """One table row as a small Markdown table (header: the columns), the ``bold`` cells in bold."""
    head = table.row_header or "Ligne"
    columns = [display_column(table, i) for i in range(len(table.column_headers))]
    cells = [f"**{with_unit(table, v)}**" if i in bold else with_unit(table, v) for i, v in enumerate(row.cells)]
    label = f"**{row.label}**" if bold else row.label
    lines = [
        "| " + " | ".join([head, *[f"**{c}**" if i in bold else c for i, c in enumerate(columns)]]).replace("\n", " ") + " |",
        "|" + "---|" + "---:|" * len(columns),
        "| " + " | ".join([label, *cells]) + " |",
    ]
    caption = ", ".join(p for p in (table.annex_or_clause, table.subtitle) if p)
    return f"{caption} :\n\n" + "\n".join(lines)


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


def _topic(question: str, names: Sequence[str] = ()) -> str:
    """What is compared: the longest run of the question left once the comparison words and the
    document names are taken out (« Compare les congés de maladie de Bourget et de l'entente
    crie » -> « congés de maladie »)."""
    pattern = "|".join([_COMPARE.pattern] + [rf"\b{re.escape(n)}\b" for n in sorted(names, key=len, reverse=True)])
    best = ""
    for segment in re.split(pattern, question, flags=re.IGNORECASE):
        words = re.findall(r"[\w'’-]+", segment or "")
        while words and _fold(words[0]).rstrip("'’") in _CONNECTORS | {"e", "er", "ons", "ez"}:
            words.pop(0)
        while words and _fold(words[-1]).rstrip("'’") in _CONNECTORS:
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
        words = _one_line(quote).split()
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


def _one_line(quote: str) -> str:
    """A quote as shown in the answer's text: its white space collapsed (the Citation keeps it verbatim)."""
    return " ".join(quote.split())


def _fold(text: str) -> str:
    return strip_accents(text or "").lower()


__all__ = ["DirectAnswers", "LookupParams", "Retrieve", "best_sentence", "row_table"]
