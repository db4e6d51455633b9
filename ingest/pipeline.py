"""Ingestion, end to end: manifest -> pages -> normalised text -> clauses -> chunks -> index.

Incremental: a document whose file, manifest entry and parser code are unchanged keeps
its chunks, and every unchanged passage keeps its vector (embedding cache). When nothing
changed, nothing is written.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from . import (
    amendments,
    bm25,
    chunks as chunking,
    clauses,
    convention,
    headings,
    lines,
    normalise as normalising,
    numbering,
    sentences as sentencing,
    structure,
    tables as tabling,
    toc,
)
from .embeddings import Embedder, EmbeddingCache, embed_with_cache
from .errors import AssistantError, LoadError
from .index import (Index, SentenceVectors, clean_staging, current_generation, read_chunks, read_meta, read_tables,
                    write_generation)
from .loaders import load_pages
from .lock import ingest_lock
from .manifest import load_manifest
from .tables import Table
from .types import Chunk, Document

log = logging.getLogger(__name__)

#: Stages whose code decides what is indexed: a change to any of them re-parses documents
#: and rewrites the index (embeddings of unchanged passages are still reused).
_PARSER_MODULES = (normalising, numbering, lines, toc, clauses, convention, headings, structure, amendments,
                   chunking, bm25, sentencing, tabling)


@dataclass
class DocumentReport:
    key: str
    title: str
    file: str
    status: str  # "indexed" | "unchanged" | "failed" | "failed, previous version kept"
    error: str | None = None
    stats: dict = field(default_factory=dict)


@dataclass
class IngestReport:
    documents: list[DocumentReport]
    changed: bool
    generation: str | None
    seconds: float
    embedded: int = 0  # passages embedded now
    reused: int = 0  # passages whose vector came from the cache

    @property
    def failures(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.status.startswith("failed")]

    def stats_json(self) -> dict:
        return {d.key: {"title": d.title, "status": d.status, "error": d.error, **d.stats} for d in self.documents}


def parser_version() -> str:
    digest = hashlib.sha256()
    for module in _PARSER_MODULES:
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:16]


def document_hash(document: Document, version: str) -> str:
    """Content hash of what decides a document's chunks: file bytes, manifest entry, parser."""
    digest = hashlib.sha256(version.encode())
    entry = {k: v for k, v in asdict(document).items() if k != "path"}
    digest.update(json.dumps(entry, sort_keys=True, default=str, ensure_ascii=False).encode())
    try:
        digest.update(Path(document.path).read_bytes())
    except OSError:
        digest.update(b"<missing>")
    return digest.hexdigest()


@dataclass(frozen=True)
class ParsedDocument:
    """One document's passages and its numeric tables (found per annex/clause, with pages)."""

    chunks: list[Chunk]
    tables: list[Table]


def parse_document(document: Document) -> ParsedDocument:
    """Load, normalise, parse and chunk one document, and find its tables (raises LoadError for a bad file)."""
    pages, paged = load_pages(document.path)
    text = normalising.normalise(pages, paged=paged)
    clauses = structure.parse(document, text)
    if not clauses:
        raise LoadError(document.path, "no text could be extracted into clauses or sections")
    return ParsedDocument(chunking.make_chunks(document, clauses), tabling.clause_tables(clauses, text))


def document_chunks(document: Document) -> list[Chunk]:
    """Load, normalise, parse and chunk one document (raises LoadError for a bad file)."""
    return parse_document(document).chunks


def document_stats(chunks: list[Chunk]) -> dict:
    """Per-document counts shown by ``python -m ingest --stats``."""
    return {
        "articles": len({c.article for c in chunks if c.article}),
        "clauses": len({c.clause_id for c in chunks if c.kind == "clause"}),
        "annexes": len({c.annex for c in chunks if c.annex}),
        "amendments": len({c.amends.item for c in chunks if c.amends}),
        "sections": len({c.clause_id for c in chunks if c.kind == "section"}),
        "chunks": len(chunks),
    }


@dataclass
class _PreviousIndex:
    """What the index in the data directory holds, when it can be built upon (else empty)."""

    meta: dict | None
    documents: dict[str, dict]  # document key -> its entry in the index metadata
    chunks: dict[str, list[Chunk]]  # document key -> its chunks
    tables: dict[str, list[Table]] = field(default_factory=dict)  # document key -> its tables


@dataclass
class _ParsedCorpus:
    """Every document's chunks (parsed now or kept), its report and its metadata entry."""

    reports: list[DocumentReport]
    chunks: list[Chunk]
    doc_meta: dict[str, dict]
    changed: bool
    tables: list[Table] = field(default_factory=list)


@dataclass
class _Vectors:
    """The passage and sentence-unit vectors of the chunks, and how many were embedded or reused."""

    passages: np.ndarray
    sentences: SentenceVectors
    embedded: int
    reused: int


def ingest(
    corpus_dir: Path,
    data_dir: Path,
    embedder: Embedder,
    *,
    chroma_url: str | None = None,
    cache_path: Path | None = None,
    rebuild: bool = False,
    on_progress: Callable[[str, int, int], None] | None = None,
    wait_for_lock: bool = False,
    on_wait: Callable[[int | None], None] | None = None,
) -> IngestReport:
    """Bring the index in ``data_dir`` up to date with the corpus.

    ``on_progress(stage, done, total)`` is called while embedding and storing.
    Bad files are reported in the result; they never stop the other documents.
    Another ingest running on ``data_dir`` raises :class:`~ingest.lock.IngestLockedError`
    (its pid in the message), or with ``wait_for_lock`` is waited for (``on_wait(pid)`` first).
    """
    started = time.perf_counter()
    data_dir = Path(data_dir)
    with ingest_lock(data_dir, wait=wait_for_lock, on_wait=on_wait):
        clean_staging(data_dir)
        documents = load_manifest(corpus_dir)
        version = parser_version()
        previous = _previous_index(data_dir, embedder, chroma_url, rebuild)
        parsed = _parse_corpus(documents, version, previous)

        if not parsed.changed and previous.meta:
            return IngestReport(parsed.reports, False, previous.meta["generation"], time.perf_counter() - started)
        if not parsed.chunks:
            raise AssistantError("no document could be indexed: see the errors above; the previous index is kept")

        vectors = _embed_chunks(parsed.chunks, embedder, cache_path or data_dir / "embedding-cache.sqlite", on_progress)
        stored = 0

        def store_progress(n: int) -> None:
            nonlocal stored
            stored += n
            if on_progress:
                on_progress("storing", stored, len(parsed.chunks))

        meta = {
            "embedder": embedder.name,
            "parser_version": version,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "documents": parsed.doc_meta,
        }
        generation = write_generation(data_dir, parsed.chunks, vectors.passages, meta, chroma_url=chroma_url,
                                      progress=store_progress, sentences=vectors.sentences, tables=parsed.tables)
        return IngestReport(parsed.reports, True, generation.name, time.perf_counter() - started,
                            embedded=vectors.embedded, reused=vectors.reused)


def lexical_index(corpus_dir: Path, embedder_name: str) -> Index:
    """The corpus parsed, chunked and BM25-indexed in memory, without any vector (seconds,
    not minutes): what the page answers from, by keywords and clause numbers, while the full
    index builds. Nothing is written; raises AssistantError when no document can be parsed."""
    parsed = _parse_corpus(load_manifest(corpus_dir), parser_version(), _PreviousIndex(None, {}, {}))
    if not parsed.chunks:
        raise AssistantError("no document could be parsed: see the errors above")
    meta = {"embedder": embedder_name, "parser_version": parser_version(), "generation": None,
            "documents": parsed.doc_meta, "chunks": len(parsed.chunks), "sentence_units": 0}
    bm25_index = bm25.BM25Index.build([c.indexed_text for c in parsed.chunks])
    return Index(None, meta, parsed.chunks, bm25_index, None, None, tables=parsed.tables)


def _previous_index(data_dir: Path, embedder: Embedder, chroma_url: str | None, rebuild: bool) -> _PreviousIndex:
    """The current index, unless a rebuild is asked for or it was made with another embedder or store."""
    previous_meta = None if rebuild else read_meta(data_dir)
    if previous_meta and previous_meta.get("embedder") != embedder.name:
        log.info("embedder changed (%s -> %s): rebuilding", previous_meta.get("embedder"), embedder.name)
        previous_meta = None
    if previous_meta and previous_meta.get("chroma_url") != chroma_url:
        log.info("vector store changed: rebuilding")
        previous_meta = None
    previous_docs = previous_meta["documents"] if previous_meta else {}
    previous_chunks: dict[str, list[Chunk]] = {}
    previous_tables: dict[str, list[Table]] = {}
    if previous_meta:
        for chunk in read_chunks(current_generation(data_dir)):
            previous_chunks.setdefault(chunk.doc, []).append(chunk)
        for table in read_tables(current_generation(data_dir)):
            previous_tables.setdefault(table.doc, []).append(table)
    return _PreviousIndex(previous_meta, previous_docs, previous_chunks, previous_tables)


def _parse_corpus(documents: list[Document], version: str, previous: _PreviousIndex) -> _ParsedCorpus:
    """Chunks of every document: kept when unchanged, parsed again otherwise (a bad file keeps
    its previous chunks when it has some)."""
    previous_docs, previous_chunks = previous.documents, previous.chunks
    reports: list[DocumentReport] = []
    all_chunks: list[Chunk] = []
    all_tables: list[Table] = []
    doc_meta: dict[str, dict] = {}
    changed = previous.meta is None or set(previous_docs) != {d.key for d in documents}
    for document in documents:
        digest = document_hash(document, version)
        report = DocumentReport(document.key, document.title, document.path.name, "indexed")
        before = previous_docs.get(document.key)
        if before and before["hash"] == digest and document.key in previous_chunks:
            doc_chunks = previous_chunks[document.key]
            doc_tables = previous.tables.get(document.key, [])
            report.status = "unchanged"
        else:
            try:
                parsed = parse_document(document)
                doc_chunks, doc_tables = parsed.chunks, parsed.tables
                changed = True
            except LoadError as exc:
                report.error = exc.reason
                doc_tables = previous.tables.get(document.key, [])
                if document.key in previous_chunks:
                    doc_chunks = previous_chunks[document.key]
                    digest = before["hash"]
                    report.status = "failed, previous version kept"
                else:
                    doc_chunks = []
                    report.status = "failed"
                    changed = changed or before is not None
                log.info("%s: %s", document.path, exc.reason)
        report.stats = document_stats(doc_chunks) if doc_chunks else {}
        reports.append(report)
        if doc_chunks:
            all_chunks.extend(doc_chunks)
            all_tables.extend(doc_tables)
            doc_meta[document.key] = _document_meta(document, digest, report)
    return _ParsedCorpus(reports, all_chunks, doc_meta, changed, all_tables)


def _document_meta(document: Document, digest: str, report: DocumentReport) -> dict:
    """A document's entry in the index metadata."""
    return {
        "hash": digest,
        "title": document.title,
        "full_title": document.full_title,
        "kind": document.kind,
        "period": document.period,
        "parties": list(document.parties),
        "amends": document.amends,
        "aliases": list(document.aliases),
        "file": document.path.name,
        "stats": report.stats,
    }


def _embed_chunks(
    all_chunks: list[Chunk],
    embedder: Embedder,
    cache_path: Path,
    on_progress: Callable[[str, int, int], None] | None,
) -> _Vectors:
    """Vectors of every passage and sentence unit, through the embedding cache."""
    cache = EmbeddingCache(cache_path)
    texts = [c.indexed_text for c in all_chunks]
    unit_pos, unit_spans, unit_texts = sentence_units(all_chunks)
    every = texts + unit_texts
    hashes = [EmbeddingCache.key(t) for t in every]
    cached = cache.get_many(embedder.name, hashes)
    known = sum(1 for h in hashes if h in cached)  # texts whose vector is reused (repeats included)
    done = 0

    def embedded(n: int) -> None:
        nonlocal done
        done += n
        if on_progress:
            on_progress("embedding", done, len(every))

    try:
        vectors = embed_with_cache(embedder, every, cache, progress=embedded)
    finally:
        cache.close()
    sentences = SentenceVectors(
        vectors[len(texts):].reshape(len(unit_texts), -1) if unit_texts else np.zeros((0, vectors.shape[1]), np.float32),
        np.asarray(unit_pos, dtype=np.int32),
        np.asarray([a for a, _ in unit_spans], dtype=np.int32),
        np.asarray([b for _, b in unit_spans], dtype=np.int32),
    )
    return _Vectors(vectors[: len(texts)], sentences, len(every) - known, known)


def sentence_units(chunks: list[Chunk]) -> tuple[list[int], list[tuple[int, int]], list[str]]:
    """(chunk position, span, embedded text) of every sentence unit, in chunk order."""
    positions: list[int] = []
    spans: list[tuple[int, int]] = []
    texts: list[str] = []
    for pos, chunk in enumerate(chunks):
        for start, end in sentencing.units(chunk.text):
            positions.append(pos)
            spans.append((start, end))
            texts.append(sentencing.unit_text(chunk, start, end))
    return positions, spans, texts
