"""Progress bars for long ingests, shared by the entry points (CLI, harness, web page)."""

from __future__ import annotations

import contextlib
import sys
from typing import Callable, Iterator, Mapping

ProgressCallback = Callable[[str, int, int], None]


@contextlib.contextmanager
def progress_bars(enabled: bool = True, labels: Mapping[str, str] | None = None,
                  unit: str = "text", leave: bool = True, file=None) -> Iterator[ProgressCallback]:
    """An ``on_progress(stage, done, total)`` callback drawing one tqdm bar per stage.

    ``labels`` renames stages for display ("embedding" -> "Calcul des vecteurs").
    Bars are closed on exit, also when the ingest fails or is interrupted.
    """
    bars: dict = {}
    labels = labels or {}

    def on_progress(stage: str, done: int, total: int) -> None:
        if not enabled:
            return
        from tqdm import tqdm

        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc=labels.get(stage, stage), unit=unit,
                                     file=file or sys.stderr, leave=leave)
        bar.update(done - bar.n)

    try:
        yield on_progress
    finally:
        for bar in bars.values():
            bar.close()
