"""Ingestion of the agreements: clause-aware chunks into Chroma and a French BM25."""

from .config import Settings
from .errors import AssistantError, IndexNotFoundError, LoadError, ManifestError
from .types import Amendment, Chunk, Clause, Document, NormalisedText, Page

__all__ = [
    "Amendment",
    "AssistantError",
    "Chunk",
    "Clause",
    "Document",
    "IndexNotFoundError",
    "LoadError",
    "ManifestError",
    "NormalisedText",
    "Page",
    "Settings",
]
