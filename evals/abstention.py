"""python -m evals.abstention: calibrate the abstention threshold on a gold set.

The extractive answerer abstains when no sentence of the best passages comes close
enough to the question (``Embedder.answer_similarity``, e5 only) and the passages share
too few of its words. This command asks the gold set once per candidate threshold and
prints, for each, the abstention rate on unanswerable items, the false-abstention rate
on answerable ones and the key-fact recall, so that the threshold of a new embedder
or a new gold set can be chosen with numbers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evals.tune import float_list, run_command
from ingest.config import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.abstention", description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("evals/gold.jsonl"))
    parser.add_argument("--floors", type=float_list, default="0.85,0.86,0.865,0.87,0.875,0.88,0.89",
                        help="sentence-similarity thresholds to try (comma-separated)")
    return run_command(calibrate, parser.parse_args(argv))


def calibrate(args) -> int:
    from assistant import load_assistant
    from evals.gold import load_gold
    from evals.harness import cited_texts_by_id, memoise_queries, run
    from evals.metrics import score

    settings = Settings.from_env()
    assistant = load_assistant(settings)
    current = assistant.extractive.similarity_floor
    if current is None:
        print(f"error: embedder '{assistant.embedder.name}' has no calibrated answer_similarity; "
              "abstention uses word overlap only", file=sys.stderr)
        return 2
    memoise_queries(assistant)  # every threshold asks the same questions: embed each once
    items = load_gold(args.gold, known_docs=assistant.index.documents)
    print("| sentence-similarity floor | abstention (unanswerable) | false abstention (answerable) | key-fact recall | citation precision |")
    print("|---|---|---|---|---|")
    for floor in args.floors:
        assistant.extractive.similarity_floor = floor
        results = run(assistant, items)
        m = score(items, [r.record for r in results], cited_texts_by_id(results))
        mark = " (current)" if abs(floor - current) < 1e-9 else ""
        fmt = lambda v: "n/a" if v is None else f"{v:.3f}"  # noqa: E731
        print(f"| {floor}{mark} | {fmt(m['abstention_rate'])} | {fmt(m['false_abstention_rate'])} | "
              f"{fmt(m['key_fact_recall'])} | {fmt(m['citation_precision'])} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
