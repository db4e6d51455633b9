"""The errors ingestion raises, with messages an operator can act on. The CLI prints them as one line.

All subclass :class:`common.errors.AssistantError`, which is re-exported here so that
``from ingest.errors import AssistantError`` keeps working.
"""

from common.errors import AssistantError

__all__ = ["AssistantError", "EmbedderError", "IndexNotFoundError", "LoadError", "ManifestError", "StoreError"]


class ManifestError(AssistantError):
    """corpus/manifest.toml is missing or malformed."""


class LoadError(AssistantError):
    """One corpus file cannot be read (encrypted, corrupt, empty, no text layer...)."""

    def __init__(self, path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class IndexNotFoundError(AssistantError):
    """No index has been built yet in the data directory."""


class EmbedderError(AssistantError):
    """The embedding model cannot be loaded or does not match the index."""


class StoreError(AssistantError):
    """The vector store (Chroma, local or server) cannot be reached or used."""
