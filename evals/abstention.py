"""python -m evals.abstention: calibrate the abstention threshold on a gold set.

The extractive answerer abstains when no sentence of the best passages comes close
enough to the question (``Embedder.answer_similarity``, e5 only) and the passages share
too few of its words. This command asks the gold set once per candidate threshold (a
fresh :class:`~assistant.service.Assistant` each, over the same open index) and prints,
for each, the abstention rate on unanswerable items, the false-abstention rate on
answerable ones and the key-fact recall, so that the threshold of a new embedder or a
new gold set can be chosen with numbers. DEV items only, unless ``--include-test``.

The out-of-corpus refusals (``assistant.scope.ScopeParams``) and the answerer's abstention
parameters are cross-validated together with, e.g.,
``python -m evals.cv --scope unknown_margin=0,0.005 --answer weak_overlap=0.6,0 --select abstention_balance:4``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evals.tune import add_include_test, float_list, run_command, tuning_gold
from ingest.config import Settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m evals.abstention", description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("evals/gold.jsonl"))
    add_include_test(parser)
    parser.add_argument("--floors", type=float_list, default="0.85,0.86,0.865,0.87,0.875,0.88,0.89",
                        help="sentence-similarity thresholds to try (comma-separated)")
    return parser


def main(argv: list[str] | None = None) -> int:
    return run_command(calibrate, build_parser().parse_args(argv))


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def calibrate(args) -> int:
    from assistant import AssistantSettings, build_assistant, load_assistant
    from evals.harness import cited_texts_by_id, memoise_queries, run
    from evals.metrics import score

    settings = Settings.from_env()
    assistant_settings = AssistantSettings.from_env()
    base = load_assistant(settings, assistant_settings=assistant_settings)
    current = base.extractive.similarity_floor
    if current is None:
        print(f"error: embedder '{base.embedder.name}' has no calibrated answer_similarity; "
              "abstention uses word overlap only", file=sys.stderr)
        return 2
    memoise_queries(base)  # every threshold asks the same questions: embed each once (shared embedder)
    items = tuning_gold(args, base.documents)
    print("| sentence-similarity floor | abstention (unanswerable) | false abstention (answerable) | key-fact recall | citation precision |")
    print("|---|---|---|---|---|")
    for floor in args.floors:
        assistant = build_assistant(base.index, base.embedder, assistant_settings, similarity_floor=floor)
        results = run(assistant, items)
        m = score(items, [r.record for r in results], cited_texts_by_id(results))
        mark = " (current)" if abs(floor - current) < 1e-9 else ""
        print(f"| {floor}{mark} | {_fmt(m['abstention_rate'])} | {_fmt(m['false_abstention_rate'])} | "
              f"{_fmt(m['key_fact_recall'])} | {_fmt(m['citation_precision'])} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
