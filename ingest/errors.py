"""Exceptions with messages an operator can act on. The CLI prints them as one line."""


class AssistantError(Exception):
    """Base class of every error this project raises on purpose."""


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
