"""python -m evals --gold FILE --out DIR [--doc-scoped] [--reduced] [--baseline] [--limit N] [--today YYYY-MM-DD]: score the assistant."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from datetime import date
from pathlib import Path

from ingest.config import Settings
from common.errors import AssistantError

from .gold import check_docs, load_gold, select
from .splits import load_splits

DEFAULT_GOLD = Path(__file__).resolve().parent / "gold.jsonl"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m evals",
        description="Ask every gold question through the assistant (the same conversation code as the web "
        "page), score retrieval, answers and citations, and write answers.jsonl, metrics.json and "
        "report.md (with plots) into --out. The index is brought up to date first. When a splits.json "
        "lies beside the gold file, the DEV and held-out TEST items are also scored apart (dev.* and test.* "
        "keys in metrics.json, a DEV/TEST table in report.md and on the terminal).",
        epilog="Gold and answer-dump formats: see EVALS.md. Settings come from ASSISTANT_* environment "
        "variables (ASSISTANT_DATA_DIR, ASSISTANT_EMBEDDER, ...). Exit code 2: bad gold file or "
        "unusable corpus/index (one line on stderr).",
    )
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                        help="gold file, one JSON object per line (default: evals/gold.jsonl)")
    parser.add_argument("--out", type=Path, required=True,
                        help="output folder (created if needed; files are only moved in once all are written)")
    parser.add_argument("--doc-scoped", action="store_true",
                        help="scope each question to its gold document (questions with doc null stay unscoped)")
    parser.add_argument("--baseline", action="store_true",
                        help="also run a plain LangChain pipeline (1000-char chunks, Chroma, top-10) on the same "
                        "corpus and embedder, and compare")
    parser.add_argument("--limit", type=_positive, metavar="N",
                        help="only the first N gold items (plus the earlier items they follow)")
    parser.add_argument("--reduced", action="store_true",
                        help="answer as the page does in its first minutes, before the vectors exist: the corpus "
                        "parsed and BM25-indexed in memory, no vectors (the index in the data folder is not used)")
    parser.add_argument("--embedder", help="override ASSISTANT_EMBEDDER: 'e5', 'fake' or 'st:<model name or path>'")
    parser.add_argument("--today", type=_iso_date, metavar="YYYY-MM-DD",
                        help="read relative dates in questions (« il y a trois mois », « l'an prochain ») as of this "
                        "day (default: the day the run starts, kept for the whole run even past midnight)")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _bar(total: int, desc: str, quiet: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="question", file=sys.stderr, disable=quiet, leave=False)


def _ensure_index(settings: Settings, quiet: bool) -> None:
    """Bring the index up to date (fast when nothing changed); raises AssistantError."""
    from ingest.embeddings import get_embedder
    from ingest.pipeline import ingest
    from ingest.progress import progress_bars

    with progress_bars(enabled=not quiet, leave=False) as on_progress:
        report = ingest(settings.corpus_dir, settings.data_dir, get_embedder(settings.embedder),
                        chroma_url=settings.chroma_url, cache_path=settings.cache_path, on_progress=on_progress)
    for doc in report.failures:
        print(f"warning: {doc.file}: {doc.error} ({doc.status})", file=sys.stderr)


def evaluate_cli(args: argparse.Namespace) -> int:
    items = select(load_gold(args.gold), args.limit)  # every gold check before anything runs
    splits = load_splits(args.gold, None)  # DEV/TEST split beside the gold file, if any
    if args.out.exists() and not args.out.is_dir():
        print(f"error: --out {args.out} is a file; give a folder", file=sys.stderr)
        return 2
    settings = Settings.from_env(embedder=args.embedder)
    if not args.reduced:
        _ensure_index(settings, args.quiet)

    from assistant import AssistantSettings, load_assistant
    from assistant.live import lexical_assistant

    from .harness import run
    from .report import text_table, write_run

    assistant_settings = AssistantSettings.from_env()
    if args.reduced:
        assistant = lexical_assistant(settings, settings.embedder, assistant_settings)
    else:
        assistant = load_assistant(settings, assistant_settings=assistant_settings)
    check_docs(items, assistant.documents, source=str(args.gold))

    today = args.today or date.today()
    with _bar(len(items), "questions", args.quiet) as bar:
        results = run(assistant, items, doc_scoped=args.doc_scoped, on_result=lambda _: bar.update(1), today=today)
    baseline_results = None
    if args.baseline:
        baseline_results = _run_baseline(assistant, settings, items, args, today)

    errors = sum(1 for r in results if r.error)
    if errors:
        print(f"warning: {errors} question(s) raised an error; see the failed items in report.md", file=sys.stderr)
    run_info = {
        "gold": f"{args.gold} ({len(items)} items)",
        "doc-scoped": "yes" if args.doc_scoped else "no",
        "embedder": settings.embedder + (" (reduced mode: no vectors)" if args.reduced else ""),
        "answerer": assistant_settings.answerer,
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "today (relative dates read as of)": today.isoformat(),
    }
    if splits is not None:
        run_info["split"] = f"{splits.source} ({len(splits.test_items(items))} TEST items)"
    metrics, baseline = write_run(args.out, items, results, baseline_results, run_info, splits)
    print(text_table(metrics, baseline))
    print(f"written to {args.out}/ (report.md, metrics.json, answers.jsonl)", file=sys.stderr)
    return 0


def _run_baseline(assistant, settings: Settings, items, args, today: date):
    from ingest.manifest import load_manifest

    from .baseline import build_baseline
    from .harness import run

    documents = [d for d in load_manifest(settings.corpus_dir) if d.key in assistant.documents]
    progress = {}

    def on_progress(done: int, total: int) -> None:
        if args.quiet:
            return
        from tqdm import tqdm

        if "bar" not in progress:
            progress["bar"] = tqdm(total=total, desc="baseline passages", unit="passage", file=sys.stderr,
                                   leave=False)
        progress["bar"].update(done - progress["bar"].n)

    try:
        baseline = build_baseline(documents, assistant.embedder, cache_path=settings.cache_path,
                                  on_progress=on_progress)
    finally:
        if "bar" in progress:
            progress["bar"].close()
    with _bar(len(items), "baseline", args.quiet) as bar:
        return run(baseline, items, doc_scoped=args.doc_scoped, on_result=lambda _: bar.update(1),
                   today=today)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return evaluate_cli(args)
    except KeyboardInterrupt:
        print(f"interrupted: nothing was written to {args.out}", file=sys.stderr)
        return 130
    except AssistantError as exc:  # GoldError included
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
