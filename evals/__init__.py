"""Evaluation harness: gold questions through the assistant, metrics, report, baseline.

``python -m evals --gold evals/gold.jsonl --out eval-out [--baseline]``; formats in EVALS.md.
"""

from .gold import GoldError, GoldItem, load_gold, parse_gold, select
from .harness import ItemResult, read_records, run, write_records
from .metrics import evaluate, normalise_fact, problems, score
from .report import write_report, write_run

__all__ = [
    "GoldError",
    "GoldItem",
    "ItemResult",
    "evaluate",
    "load_gold",
    "normalise_fact",
    "parse_gold",
    "problems",
    "read_records",
    "run",
    "score",
    "select",
    "write_records",
    "write_report",
    "write_run",
]
