"""A plain LangChain retrieval pipeline to compare the project with.

Same corpus (the project's loaders and normaliser), same embedder, but no clause
structure: RecursiveCharacterTextSplitter(1000, 200) passages in an in-memory Chroma
through ``langchain_chroma``, top-10 similarity search. Its "answer" is the top
passage cut to 500 characters, citing the first clause number found in it; it never
abstains. It offers the Assistant's interface (``conversation(docs).ask(question)``),
so the harness runs it and the metrics score it unchanged.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from pathlib import Path
from typing import Callable, Mapping, Sequence

import numpy as np

from assistant.chat import Conversation
from assistant.types import Answer, Citation, Hit
from ingest.embeddings import Embedder, EmbeddingCache, as_langchain, embed_with_cache
from ingest.errors import LoadError
from ingest.numbering import CLAUSE_NUMBER_IN_TEXT
from ingest.types import Chunk, Document

log = logging.getLogger(__name__)

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K = 10
ANSWER_CHARS = 500
#: A clause number as the conventions write it: 6-3.04, 10-7.01.
CLAUSE_NUMBER = CLAUSE_NUMBER_IN_TEXT
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


class CachedEmbedder(Embedder):
    """An embedder whose passage vectors go through the embedding cache (content hash)."""

    def __init__(self, embedder: Embedder, cache: EmbeddingCache | None):
        self.embedder = embedder
        self.cache = cache
        self.name = embedder.name

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return embed_with_cache(self.embedder, list(texts), self.cache)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embedder.embed_query(text)


def first_clause(text: str) -> str:
    """The first clause number in ``text`` ("6-3.04"), or ""."""
    match = CLAUSE_NUMBER.search(text)
    return match.group(0) if match else ""


def first_sentence(text: str) -> str:
    """The first sentence of ``text``, verbatim (up to its . ! or ?), else the whole text."""
    text = text.strip()
    end = _SENTENCE_END.search(text)
    return text[: end.end()] if end else text


def split_passages(texts: Mapping[str, str], titles: Mapping[str, str] | None = None) -> list[Chunk]:
    """Character-split passages of each document's text (doc key -> text), as Chunks."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    passages: list[Chunk] = []
    for doc, text in texts.items():
        for ordinal, passage in enumerate(splitter.split_text(text)):
            passages.append(
                Chunk(
                    chunk_id=f"baseline:{doc}:{ordinal:05d}",
                    doc=doc,
                    clause_id=first_clause(passage),
                    kind="section",
                    text=passage,
                    indexed_text=passage,
                    doc_title=(titles or {}).get(doc, ""),
                    ordinal=ordinal,
                )
            )
    return passages


def document_text(document: Document) -> str:
    """A document's text through the project's loaders and normaliser (raises LoadError)."""
    from ingest.loaders import load_pages
    from ingest.normalise import normalise

    pages, paged = load_pages(document.path)
    normalised = normalise(pages, paged=paged)
    return getattr(normalised, "text", normalised)


class LangChainBaseline:
    """Top-k similarity search over character-split passages in Chroma, via LangChain."""

    def __init__(self, vectorstore, passages: Sequence[Chunk], k: int = TOP_K):
        self._vectorstore = vectorstore
        self.by_id = {p.chunk_id: p for p in passages}
        self.k = k

    @classmethod
    def from_texts(
        cls,
        texts: Mapping[str, str],
        embedder: Embedder,
        cache_path: Path | None = None,
        titles: Mapping[str, str] | None = None,
        k: int = TOP_K,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> "LangChainBaseline":
        """Split, embed (through the cache at ``cache_path``, if any) and store ``texts``."""
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma

        passages = split_passages(texts, titles)
        cache = EmbeddingCache(cache_path) if cache_path else None
        try:
            client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
            vectorstore = Chroma(
                collection_name=f"baseline-{uuid.uuid4().hex[:12]}",
                # our embedder, never Chroma's default embedding function (it downloads a model)
                embedding_function=as_langchain(CachedEmbedder(embedder, cache)),
                client=client,
                collection_metadata={"hnsw:space": "cosine"},
            )
            batch = 64
            for start in range(0, len(passages), batch):
                part = passages[start : start + batch]
                vectorstore.add_texts(
                    [p.text for p in part],
                    metadatas=[{"doc": p.doc, "chunk_id": p.chunk_id} for p in part],
                    ids=[p.chunk_id for p in part],
                )
                if on_progress:
                    on_progress(min(start + batch, len(passages)), len(passages))
        finally:
            if cache:
                cache.close()
        log.info("baseline: %d passages from %d documents", len(passages), len(texts))
        return cls(vectorstore, passages, k=k)

    def search(self, question: str, docs: Sequence[str] | None = None) -> list[Hit]:
        """The k passages most similar to ``question``, best first, optionally within documents."""
        docs = list(docs) if docs else None
        where = None
        if docs:
            where = {"doc": docs[0]} if len(docs) == 1 else {"doc": {"$in": docs}}
        found = self._vectorstore.similarity_search_with_relevance_scores(question, k=self.k, filter=where)
        hits: list[Hit] = []
        for rank, (document, relevance) in enumerate(found, start=1):
            chunk = self.by_id[document.metadata["chunk_id"]]
            hits.append(Hit(chunk=chunk, score=float(relevance), why=("dense",), dense_rank=rank))
        return hits

    def ask(self, question: str, docs: Sequence[str] | None = None, history: Sequence[Answer] = ()) -> Answer:
        """The top passage cut to 500 characters, citing its first clause number; never abstains.

        ``history`` is ignored: a plain retrieval pipeline has no conversation memory.
        """
        started = time.perf_counter()
        hits = self.search(question, docs)
        if not hits:
            return Answer(question=question, text="", hits=[], latency_ms=(time.perf_counter() - started) * 1000,
                          answerer="baseline")
        top = hits[0].chunk
        citation = Citation(doc=top.doc, clause=first_clause(top.text), quote=first_sentence(top.text),
                            chunk_id=top.chunk_id, doc_title=top.doc_title)
        return Answer(
            question=question,
            text=top.text[:ANSWER_CHARS],
            citations=[citation],
            abstained=False,
            hits=hits,
            latency_ms=(time.perf_counter() - started) * 1000,
            answerer="baseline",
            resolved_question=question,
        )

    def conversation(self, docs: Sequence[str] | None = None) -> Conversation:
        return Conversation(self, docs)


def build_baseline(
    documents: Sequence[Document],
    embedder: Embedder,
    cache_path: Path | None = None,
    k: int = TOP_K,
    on_progress: Callable[[int, int], None] | None = None,
) -> LangChainBaseline:
    """The baseline over the corpus ``documents``; a document that cannot be read is skipped
    (as ingest skips it) with a warning."""
    texts: dict[str, str] = {}
    for document in documents:
        try:
            texts[document.key] = document_text(document)
        except LoadError as exc:
            log.warning("baseline: %s skipped: %s", document.key, exc.reason)
    return LangChainBaseline.from_texts(texts, embedder, cache_path=cache_path,
                                        titles={d.key: d.title for d in documents}, k=k, on_progress=on_progress)
