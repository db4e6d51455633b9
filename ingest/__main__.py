"""python -m ingest [--stats [--json]] [--rebuild]: bring the index up to date with corpus/."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from .config import Settings
from .errors import AssistantError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ingest",
        description="Index the agreements of corpus/ (clause by clause) into Chroma and BM25. "
        "Incremental: unchanged documents are skipped and their embeddings reused.",
    )
    parser.add_argument("--stats", action="store_true", help="print per-document counts after ingesting")
    parser.add_argument("--json", action="store_true", help="with --stats: one JSON object keyed by document key")
    parser.add_argument("--rebuild", action="store_true", help="re-parse and re-index every document")
    parser.add_argument("--corpus", help="corpus folder with manifest.toml (default: corpus/)")
    parser.add_argument("--data", help="index folder (default: data/; env ASSISTANT_DATA_DIR)")
    parser.add_argument("--embedder", help="'e5' (default), 'fake' or 'st:<model name or path>'")
    parser.add_argument("--chroma-url", help="Chroma server URL, e.g. http://127.0.0.1:8000 (default: on disk)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def format_stats(report) -> str:
    columns = ("articles", "clauses", "annexes", "amendments", "sections", "chunks")
    lines = [f"{'document':<10} {'status':<12} " + " ".join(f"{c:>10}" for c in columns)]
    for doc in report.documents:
        counts = " ".join(f"{doc.stats.get(c, 0):>10}" for c in columns)
        lines.append(f"{doc.key:<10} {doc.status.split(',')[0]:<12} {counts}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    settings = Settings.from_env(
        corpus_dir=args.corpus, data_dir=args.data, embedder=args.embedder, chroma_url=args.chroma_url
    )
    from .embeddings import get_embedder
    from .pipeline import ingest
    from .progress import progress_bars

    try:
        with progress_bars(enabled=not args.quiet) as on_progress:
            report = ingest(
                settings.corpus_dir,
                settings.data_dir,
                get_embedder(settings.embedder),
                chroma_url=settings.chroma_url,
                cache_path=settings.cache_path,
                rebuild=args.rebuild,
                on_progress=on_progress,
            )
    except KeyboardInterrupt:
        print("interrupted: the previous index is unchanged", file=sys.stderr)
        return 130
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for doc in report.failures:
        print(f"{doc.file}: {doc.error}" + (" (previous version kept)" if "kept" in doc.status else ""),
              file=sys.stderr)
    if args.stats and args.json:
        print(json.dumps(report.stats_json(), ensure_ascii=False, indent=2))
    elif args.stats:
        print(format_stats(report))
    verb = f"index {report.generation} written" if report.changed else "index up to date"
    print(
        f"{verb} in {report.seconds:.1f} s ({report.embedded} texts embedded, {report.reused} reused: passages and their sentences)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
