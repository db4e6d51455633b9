"""Answering teachers' questions with cited clauses: retrieval, answers, grounding, chat."""

from .chat import Conversation
from .service import Assistant, load_assistant
from .types import Answer, Citation, Hit, SentenceSupport

__all__ = ["Answer", "Assistant", "Citation", "Conversation", "Hit", "SentenceSupport", "load_assistant"]
