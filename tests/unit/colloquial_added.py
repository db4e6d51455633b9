"""What ``assistant.colloquial.expand`` adds to a question, for the everyday-word tests: the words
it appends in parentheses (one helper instead of a copy in each test file)."""

from __future__ import annotations

from assistant.colloquial import expand


def added_words(question: str) -> str:
    """The words expand() appends to ``question`` in parentheses (empty when none)."""
    expanded = expand(question)
    return expanded[expanded.rfind("(") + 1:-1] if expanded.endswith(")") else ""
