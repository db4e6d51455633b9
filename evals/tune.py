"""python -m evals.tune: grid-search the retrieval fusion weights on a gold set.

Prints one row per setting (hit@1, hit@5, MRR@10, key-fact recall, citation precision),
best MRR first, so the defaults in assistant/retrieval.py can be justified with numbers.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import replace
from pathlib import Path

from ingest.config import Settings
from ingest.errors import AssistantError


def float_list(text: str) -> list[float]:
    """argparse type: comma-separated numbers ("1,1.5,2")."""
    try:
        return [float(x) for x in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a comma-separated list of numbers") from None


def run_command(body, args) -> int:
    """Run a tuning command's body: a clear one-line error and exit 2 instead of a traceback."""
    try:
        return body(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except AssistantError as exc:  # no index, embedder mismatch, bad gold file...
        print(f"error: {exc}", file=sys.stderr)
        return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.tune", description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("evals/gold.jsonl"))
    parser.add_argument("--dense", type=float_list, default="0.5,1,1.5,2", help="dense weights to try (comma-separated)")
    parser.add_argument("--bm25", type=float_list, default="1", help="BM25 weights to try")
    parser.add_argument("--sentence", type=float_list, default="0,1", help="best-sentence weights to try")
    parser.add_argument("--rrf-k", type=float_list, default="10,60", help="RRF k values to try")
    parser.add_argument("--doc-boost", type=float_list, default="0,0.5,1", help="document-alias boosts to try")
    parser.add_argument("--expand", type=float_list, default="1", help="colloquial expansion off/on to try (0,1)")
    parser.add_argument("--follow-boost", type=float_list, default="0.5", help="follow-up same-article boosts to try")
    return run_command(tune, parser.parse_args(argv))


def tune(args) -> int:
    from assistant import load_assistant
    from assistant.retrieval import Retriever, RetrievalWeights
    from evals.gold import load_gold
    from evals.harness import cited_texts_by_id, memoise_queries, run
    from evals.metrics import score

    settings = Settings.from_env()
    assistant = load_assistant(settings)
    memoise_queries(assistant)  # every setting asks the same questions: embed each once
    items = load_gold(args.gold, known_docs=assistant.index.documents)
    rows = []
    for dense, bm25, sentence, rrf_k, boost, expand, follow in itertools.product(
        args.dense, args.bm25, args.sentence, args.rrf_k, args.doc_boost, args.expand, args.follow_boost
    ):
        weights = replace(RetrievalWeights(), dense=dense, bm25=bm25, sentence=sentence, rrf_k=rrf_k,
                          doc_boost=boost, expand_colloquial=bool(expand), follow_boost=follow)
        assistant.retriever = Retriever(assistant.index, assistant.embedder, weights)
        results = run(assistant, items)
        m = score(items, [r.record for r in results], cited_texts_by_id(results))
        rows.append((m["mrr@10"], dense, bm25, sentence, rrf_k, boost, expand, follow, m))
        print(f"dense={dense:<4} bm25={bm25:<4} sentence={sentence:<4} rrf_k={rrf_k:<4} doc_boost={boost:<4} expand={expand:<3} "
              f"follow_boost={follow:<4} "
              f"hit@1={m['hit@1']:.3f} hit@5={m['hit@5']:.3f} mrr@10={m['mrr@10']:.3f} "
              f"key_facts={m['key_fact_recall']:.3f} cit_prec={m['citation_precision']:.3f}", file=sys.stderr)
    print("\n| dense | bm25 | sentence | rrf_k | doc_boost | colloquial | follow_boost | hit@1 | hit@5 | MRR@10 | key-fact recall | citation precision |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for mrr, dense, bm25, sentence, rrf_k, boost, expand, follow, m in sorted(rows, key=lambda r: -r[0]):
        print(f"| {dense} | {bm25} | {sentence} | {rrf_k} | {boost} | {bool(expand)} | {follow} | {m['hit@1']:.3f} | {m['hit@5']:.3f} | {mrr:.3f} | "
              f"{m['key_fact_recall']:.3f} | {m['citation_precision']:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
