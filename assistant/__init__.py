"""Answering teachers' questions with cited clauses: retrieval, answers, grounding, chat."""

from .chat import Conversation
from .config import AssistantSettings
from .service import Assistant, build_assistant, load_assistant
from .types import Answer, Citation, DocumentInfo, Hit, SentenceSupport

__all__ = ["Answer", "Assistant", "AssistantSettings", "Citation", "Conversation", "DocumentInfo", "Hit",
           "SentenceSupport", "build_assistant", "load_assistant"]
