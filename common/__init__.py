"""What every package of the project shares and no package owns: the base error type.

Public names: ``AssistantError`` (from :mod:`common.errors`), the base class of every
error the project raises on purpose.
"""

from .errors import AssistantError

__all__ = ["AssistantError"]
