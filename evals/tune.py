"""python -m evals.tune: grid-search the retrieval fusion weights (and answer parameters) on a gold set.

Reads the DEV items only (the held-out TEST items of evals/splits.json are left out
unless ``--include-test``). Prints one row per setting (hit@1, hit@5, MRR@10, key-fact recall, citation precision),
best MRR first, so the defaults in assistant/retrieval.py (``RetrievalWeights``) and
assistant/answer.py (``AnswerParams``) can be justified with numbers. Each setting gets
a fresh :class:`~assistant.service.Assistant` over the same open index.

    python -m evals.tune --dense 1,1.5 --sentence 0,1
    python -m evals.tune --dense 1.5 --answer whole_clause_chars=900,1300 --answer max_sentences=4,6
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import dataclass, fields
from pathlib import Path

from ingest.config import Settings
from common.errors import AssistantError

#: (name in RetrievalWeights, command-line option); "expand_colloquial" is given as 0/1.
RETRIEVAL_OPTIONS = (("dense", "dense"), ("bm25", "bm25"), ("sentence", "sentence"), ("rrf_k", "rrf_k"),
                     ("doc_boost", "doc_boost"), ("expand_colloquial", "expand"), ("follow_boost", "follow_boost"))
#: Column headers of the retrieval weights, in RETRIEVAL_OPTIONS order.
RETRIEVAL_HEADERS = ("dense", "bm25", "sentence", "rrf_k", "doc_boost", "colloquial", "follow_boost")


def float_list(text: str) -> list[float]:
    """argparse type: comma-separated numbers ("1,1.5,2")."""
    try:
        return [float(x) for x in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a comma-separated list of numbers") from None


def params_values(text: str, params, what: str, example: str) -> tuple[str, list]:
    """argparse type of ``name=v1,v2`` for a field of the frozen dataclass ``params``
    (AnswerParams, RetrievalWeights, ScopeParams) and its values, typed as the field is:
    whole numbers for an int, 0/1 for a bool, "none" where the field may be None.

    An unknown name fails listing the valid ones.
    """
    name, sep, values = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"'{text}' is not name=v1,v2 (e.g. {example})")
    kinds = {f.name: f.type if isinstance(f.type, str) else f.type.__name__ for f in fields(params)}
    if name not in kinds:
        raise argparse.ArgumentTypeError(f"unknown {what} '{name}'; valid: {', '.join(kinds)}")
    kind = kinds[name]
    parsed: list = []
    for value in values.split(","):
        if value.strip().lower() == "none":
            if "None" not in kind:
                raise argparse.ArgumentTypeError(f"{name} cannot be none")
            parsed.append(None)
            continue
        number = float_list(value)[0]
        if kind.startswith("bool"):
            parsed.append(bool(number))
        elif kind.startswith("int"):
            if not number.is_integer():
                raise argparse.ArgumentTypeError(f"{name} takes whole numbers, not '{value}'")
            parsed.append(int(number))
        else:
            parsed.append(number)
    return name, parsed


def answer_values(text: str) -> tuple[str, list]:
    """argparse type of ``--answer``: ``name=v1,v2`` (an AnswerParams field and its values)."""
    from assistant.answer import AnswerParams

    return params_values(text, AnswerParams, "answer parameter", "max_sentences=4,6")


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


def add_include_test(parser: argparse.ArgumentParser) -> None:
    """The ``--include-test`` option every tuning command shares."""
    parser.add_argument("--include-test", action="store_true",
                        help="also read the held-out TEST items of splits.json (default: DEV items only; "
                        "prints a warning, since TEST figures are then no longer held out)")


def tuning_gold(args, known_docs) -> list:
    """The gold items a tuning command reads: DEV only unless ``--include-test`` (warned)."""
    from evals.gold import load_gold
    from evals.splits import load_splits

    items = load_gold(args.gold, known_docs=known_docs)
    splits = load_splits(args.gold, items)
    if splits is None:
        return items
    if args.include_test:
        print(f"warning: --include-test: tuning also reads the {len(splits.test_items(items))} held-out TEST "
              "items; their figures are no longer held out", file=sys.stderr)
        return items
    dev = splits.dev_items(items)
    print(f"tuning on the {len(dev)} DEV items of {len(items)} (--include-test to read TEST too)", file=sys.stderr)
    return dev


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m evals.tune", description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("evals/gold.jsonl"))
    add_include_test(parser)
    parser.add_argument("--dense", type=float_list, default="0.5,1,1.5,2", help="dense weights to try (comma-separated)")
    parser.add_argument("--bm25", type=float_list, default="1", help="BM25 weights to try")
    parser.add_argument("--sentence", type=float_list, default="0,1", help="best-sentence weights to try")
    parser.add_argument("--rrf-k", type=float_list, default="10,60", help="RRF k values to try")
    parser.add_argument("--doc-boost", type=float_list, default="0,0.5,1", help="document-alias boosts to try")
    parser.add_argument("--expand", type=float_list, default="1", help="colloquial expansion off/on to try (0,1)")
    parser.add_argument("--follow-boost", type=float_list, default="0.5", help="follow-up same-article boosts to try")
    parser.add_argument("--answer", type=answer_values, action="append", default=[], metavar="NAME=V1,V2",
                        help="answer parameter (a field of assistant.answer.AnswerParams) and values to try; "
                        "repeatable")
    return parser


def main(argv: list[str] | None = None) -> int:
    return run_command(tune, build_parser().parse_args(argv))


@dataclass(frozen=True)
class Setting:
    """One point of the grid: retrieval weights and answer-parameter values."""

    weights: dict  # RetrievalWeights field -> value
    answer: dict  # AnswerParams field -> value


def grid(args) -> list[Setting]:
    """Every combination of the values given on the command line, in command-line order."""
    retrieval = [getattr(args, option) for _, option in RETRIEVAL_OPTIONS]
    answer_names = [name for name, _ in args.answer]
    answer_lists = [values for _, values in args.answer]
    settings = []
    for values in itertools.product(*retrieval):
        weights = {name: value for (name, _), value in zip(RETRIEVAL_OPTIONS, values)}
        weights["expand_colloquial"] = bool(weights["expand_colloquial"])
        for answer in itertools.product(*answer_lists):
            settings.append(Setting(weights, dict(zip(answer_names, answer))))
    return settings


def _cells(setting: Setting) -> list[str]:
    return [str(v) for v in setting.weights.values()] + [str(v) for v in setting.answer.values()]


def tune(args) -> int:
    from assistant import AssistantSettings, build_assistant, load_assistant
    from assistant.answer import AnswerParams
    from assistant.retrieval import RetrievalWeights
    from evals.harness import cited_texts_by_id, memoise_queries, run
    from evals.metrics import score

    settings = Settings.from_env()
    assistant_settings = AssistantSettings.from_env()
    base = load_assistant(settings, assistant_settings=assistant_settings)
    memoise_queries(base)  # every setting asks the same questions: embed each once (shared embedder)
    items = tuning_gold(args, base.documents)
    rows = []
    for setting in grid(args):
        assistant = build_assistant(base.index, base.embedder, assistant_settings,
                                    weights=RetrievalWeights(**setting.weights),
                                    answer_params=AnswerParams().with_values(**setting.answer))
        results = run(assistant, items)
        m = score(items, [r.record for r in results], cited_texts_by_id(results))
        rows.append((setting, m))
        named = " ".join(f"{name}={value}" for name, value in {**setting.weights, **setting.answer}.items())
        print(f"{named} hit@1={m['hit@1']:.3f} hit@5={m['hit@5']:.3f} mrr@10={m['mrr@10']:.3f} "
              f"key_facts={m['key_fact_recall']:.3f} cit_prec={m['citation_precision']:.3f}", file=sys.stderr)
    headers = [*RETRIEVAL_HEADERS, *(name for name, _ in args.answer),
               "hit@1", "hit@5", "MRR@10", "key-fact recall", "citation precision"]
    print("\n| " + " | ".join(headers) + " |")
    print("|" + "---|" * len(headers))
    for setting, m in sorted(rows, key=lambda row: -row[1]["mrr@10"]):
        metrics = [f"{m['hit@1']:.3f}", f"{m['hit@5']:.3f}", f"{m['mrr@10']:.3f}", f"{m['key_fact_recall']:.3f}",
                   f"{m['citation_precision']:.3f}"]
        print("| " + " | ".join([*_cells(setting), *metrics]) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
