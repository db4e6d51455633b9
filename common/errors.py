"""The base error type of the project, in a neutral place that ingest, assistant and evals all use.

Errors carry messages an operator can act on; the command-line tools print them as one line.
Each package defines its own subclasses (``ingest.errors``: ManifestError, LoadError, ...).
"""


class AssistantError(Exception):
    """Base class of every error this project raises on purpose."""
