"""Today's date as the assistant reads questions: the machine's date, unless a run pins one.

Relative dates in a question (« il y a trois mois », « l'an prochain », « le 10 décembre dernier ») are read from
today. An evaluation run pins the day it started (:func:`pinned`, used by ``evals.harness.run``), so that a run
crossing midnight reads its last questions as it read its first ones, and a run can be replayed as of the day it
was made (``python -m evals --today 2026-12-04``). The page and the CLI read the machine's date.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from typing import Iterator

_PINNED: list[date] = []  # a stack: the innermost ``pinned`` wins


def current_date() -> date:
    """The pinned day, else the machine's."""
    return _PINNED[-1] if _PINNED else date.today()


@contextmanager
def pinned(day: date) -> Iterator[date]:
    """Within the block, :func:`current_date` is ``day``."""
    _PINNED.append(day)
    try:
        yield day
    finally:
        _PINNED.pop()
