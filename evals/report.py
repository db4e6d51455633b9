"""What a run leaves in --out: answers.jsonl, metrics.json, report.md and its plots.

report.md opens with the table of every metric (this project, and the LangChain
baseline when it ran), then the tables by question type and by document, the plots,
and the items that failed, to guide tuning. :func:`write_run` writes everything into
a staging folder beside --out and only then moves the files into place.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from .gold import GoldItem
from .harness import ItemResult, cited_texts_by_id, write_records
from .metrics import HIT_DEPTHS, KEY_METRICS, evaluate, groups, problems, score
from .splits import Splits

PROJECT = "this project"
BASELINE = "LangChain baseline"

#: Labels of the headline metrics, in table order (other keys follow under their own name).
LABELS = {
    "items": "gold items scored",
    "answerable_items": "answerable items (doc set)",
    "unanswerable_items": "unanswerable items (doc null)",
    **{f"hit@{k}": f"evidence hit@{k}" for k in HIT_DEPTHS},
    "mrr@10": "evidence MRR@10",
    "clause_recall@5": "clause-id recall@5 (gold doc)",
    "key_fact_recall": "key-fact recall",
    "all_key_facts": "items with all key facts",
    "citation_precision": "citation precision",
    "comparisons_citing_all": "comparisons citing every compared agreement",
    "amounts_exact": "amounts stated and cited to their table",
    "amounts_led": "amounts: the first one stated is the gold one",
    "deadlines_exact": "deadlines with the exact last day",
    "quotes_verbatim": "quotes verbatim in cited passage",
    "answers_with_citation": "answers with ≥1 citation",
    "abstention_rate": "abstention rate (unanswerable)",
    "false_abstention_rate": "false-abstention rate (answerable)",
    "latency_p50_ms": "latency p50 (ms)",
    "latency_p95_ms": "latency p95 (ms)",
    "citations": "citations scored",
}
SHORT = {
    "hit@1": "hit@1",
    "hit@5": "hit@5",
    "mrr@10": "MRR@10",
    "clause_recall@5": "clause R@5",
    "key_fact_recall": "key facts",
    "all_key_facts": "all facts",
    "citation_precision": "cit. prec.",
    "abstention_rate": "abstains",
    "false_abstention_rate": "false abst.",
}
#: Prefix of the baseline's metrics in metrics.json.
BASELINE_PREFIX = "baseline."
#: Split parts scored apart, and the prefix of their metrics in metrics.json ("dev.hit@1").
SPLIT_PARTS = ("dev", "test")
PART_PREFIXES = tuple(part + "." for part in SPLIT_PARTS)
PLOTTED = ("hit@5", "key_fact_recall", "citation_precision", "abstention_rate")
MAX_FAILURES = 40


@dataclass(frozen=True)
class Failure:
    """An item that went wrong, with what went wrong in words."""

    id: str
    question: str
    problems: tuple[str, ...]


def failures(results: Sequence[ItemResult]) -> list[Failure]:
    """Items of a run with at least one problem (see :func:`evals.metrics.problems`)."""
    found: list[Failure] = []
    for result in results:
        issues = ([f"error: {result.error}"] if result.error else []) + problems(
            result.item, result.record, result.cited_texts
        )
        if issues:
            found.append(Failure(result.item.id, result.item.question, tuple(issues)))
    return found


def fmt(key: str, value) -> str:
    """A metric value for a table cell."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, int) or key.endswith("items") or key == "citations":
        return str(int(value))
    if key.endswith("_ms"):
        return f"{value:.0f}"
    return f"{value:.3f}"


def headline_keys(metrics: Mapping) -> list[str]:
    """Keys of the overall metrics (no breakdown), labelled ones first in table order."""
    overall = [k for k in metrics if not k.startswith(("by_type.", "by_doc.", BASELINE_PREFIX, *PART_PREFIXES))]
    return [k for k in LABELS if k in overall] + [k for k in overall if k not in LABELS]


def metrics_table(metrics: Mapping, baseline: Mapping | None = None) -> str:
    """Markdown table of every overall metric, with a baseline column when given."""
    header = f"| metric | {PROJECT} |" + (f" {BASELINE} |" if baseline is not None else "")
    rule = "|---|---:|" + ("---:|" if baseline is not None else "")
    rows = [header, rule]
    for key in headline_keys(metrics):
        row = f"| {LABELS.get(key, key)} | {fmt(key, metrics[key])} |"
        if baseline is not None:
            row += f" {fmt(key, baseline.get(key))} |"
        rows.append(row)
    return "\n".join(rows)


def text_table(metrics: Mapping, baseline: Mapping | None = None) -> str:
    """The same table as plain aligned text, for the terminal; with DEV and TEST columns
    when ``metrics`` holds a split (``dev.*`` and ``test.*`` keys)."""
    keys = headline_keys(metrics)
    width = max(len(LABELS.get(k, k)) for k in keys)
    columns = [(PROJECT, metrics)] + [(f"{part.upper()} ({metrics[prefix + 'items']})", part_metrics(metrics, part))
                                      for part, prefix in zip(SPLIT_PARTS, PART_PREFIXES)
                                      if prefix + "items" in metrics]
    if baseline is not None:
        columns.append((BASELINE, baseline))
    lines = [f"{'metric':<{width}}" + "".join(f"  {name:>{max(14, len(name))}}" for name, _ in columns)]
    for key in keys:
        lines.append(f"{LABELS.get(key, key):<{width}}"
                     + "".join(f"  {fmt(key, values.get(key)):>{max(14, len(name))}}" for name, values in columns))
    return "\n".join(lines)


def part_metrics(metrics: Mapping, part: str) -> dict:
    """The headline metrics of one split part ("dev" or "test") stored as ``<part>.<key>``."""
    prefix = part + "."
    return {k[len(prefix):]: v for k, v in metrics.items() if k.startswith(prefix)}


def split_table(metrics: Mapping) -> str:
    """Markdown table of the headline metrics for the whole set, DEV and TEST side by side
    (empty string when ``metrics`` holds no split)."""
    parts = [(part, part_metrics(metrics, part)) for part in SPLIT_PARTS if f"{part}.items" in metrics]
    if not parts:
        return ""
    rows = ["| metric | whole set | " + " | ".join(f"{part.upper()}" for part, _ in parts) + " |",
            "|---|---:|" + "---:|" * len(parts)]
    for key in headline_keys(metrics):
        rows.append(f"| {LABELS.get(key, key)} | {fmt(key, metrics[key])} | "
                    + " | ".join(fmt(key, values.get(key)) for _, values in parts) + " |")
    return "\n".join(rows)


def group_table(kind: str, title: str, metrics: Mapping, baseline: Mapping | None = None) -> str:
    """Markdown table of the key metrics per group (``kind``: "by_type" or "by_doc")."""
    names = groups(metrics, kind)
    if not names:
        return "_no items_"
    rows = [f"| {title} | n | " + " | ".join(SHORT[m] for m in KEY_METRICS) + " |",
            "|---|---:|" + "---:|" * len(KEY_METRICS)]
    for name in names:
        cells = []
        for metric in KEY_METRICS:
            key = f"{kind}.{name}.{metric}"
            cell = fmt(metric, metrics.get(key))
            if baseline is not None:
                cell += f" ({fmt(metric, baseline.get(key))})"
            cells.append(cell)
        rows.append(f"| {name} | {metrics[f'{kind}.{name}.items']} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


# -- plots ----------------------------------------------------------------------------------


def _number(value) -> float:
    return float("nan") if value is None else float(value)


def plot_hit_curve(path: Path, metrics: Mapping, baseline: Mapping | None = None) -> Path:
    """hit@k for k = 1..10, one line per system."""
    from matplotlib.figure import Figure  # Agg canvas, no pyplot state

    figure = Figure(figsize=(6, 4), layout="constrained")
    axes = figure.add_subplot()
    systems = [(PROJECT, metrics)] + ([(BASELINE, baseline)] if baseline is not None else [])
    for label, values in systems:
        axes.plot(HIT_DEPTHS, [_number(values.get(f"hit@{k}")) for k in HIT_DEPTHS], marker="o", label=label)
    axes.set(xlabel="k (passages retrieved)", ylabel="share of answerable items", title="Evidence hit@k",
             ylim=(0, 1.02), xticks=list(HIT_DEPTHS))
    axes.grid(alpha=0.3)
    axes.legend()
    figure.savefig(path, dpi=110)
    return path


def plot_groups(path: Path, kind: str, title: str, metrics: Mapping, baseline: Mapping | None = None) -> Path:
    """Grouped bars of a few key metrics per group, systems side by side."""
    from matplotlib.figure import Figure

    names = groups(metrics, kind)
    systems = [(PROJECT, metrics)] + ([(BASELINE, baseline)] if baseline is not None else [])
    figure = Figure(figsize=(max(6, 1.1 * len(names) + 2), 2.6 * len(PLOTTED)), layout="constrained")
    width = 0.8 / len(systems)
    for row, metric in enumerate(PLOTTED, start=1):
        axes = figure.add_subplot(len(PLOTTED), 1, row)
        for offset, (label, values) in enumerate(systems):
            heights = [_number(values.get(f"{kind}.{name}.{metric}")) for name in names]
            positions = [i + (offset - (len(systems) - 1) / 2) * width for i in range(len(names))]
            axes.bar(positions, heights, width=width, label=label)
            for x, height in zip(positions, heights):
                if math.isnan(height):  # no item of this group to score
                    axes.text(x, 0.02, "n/a", ha="center", va="bottom", fontsize="x-small", color="grey")
        axes.set_xticks(range(len(names)), names, rotation=20, ha="right", rotation_mode="anchor")
        axes.set(xlim=(-0.5, len(names) - 0.5), ylim=(0, 1.05), ylabel=LABELS[metric])
        axes.grid(axis="y", alpha=0.3)
        if row == 1:
            axes.set_title(title)
    if names:
        figure.legend(*figure.axes[0].get_legend_handles_labels(), loc="outside lower center", ncols=len(systems))
    figure.savefig(path, dpi=110)
    return path


# -- report -----------------------------------------------------------------------------------


def render(
    metrics: Mapping,
    baseline: Mapping | None,
    failed: Sequence[Failure],
    plots: Mapping[str, str],
    run_info: Mapping[str, str],
) -> str:
    """The Markdown of report.md (it opens with the metrics table)."""
    parts = [metrics_table(metrics, baseline), ""]
    parts += ["Rates are shares in [0, 1]; – means no item to score. "
              + "; ".join(f"{k}: {v}" for k, v in run_info.items()) + ".", ""]
    by_split = split_table(metrics)
    if by_split:
        parts += ["## DEV and TEST", "",
                  "TEST: the held-out items listed in splits.json beside the gold file (never tuned on); "
                  "DEV: every other item.", "", by_split, ""]
    note = " (baseline in parentheses)" if baseline is not None else ""
    parts += [f"## By question type{note}", "", group_table("by_type", "type", metrics, baseline), ""]
    parts += [f"## By document{note}", "", group_table("by_doc", "document", metrics, baseline), ""]
    parts += ["## Plots", ""]
    for title, name in plots.items():
        parts += [f"![{title}]({name})", ""]
    parts += [f"## Failed items ({len(failed)} of {metrics.get('items', '?')})", ""]
    if not failed:
        parts.append("None: every item passed every check.")
    for failure in failed[:MAX_FAILURES]:
        parts.append(f"- **{failure.id}** — {failure.question} — {'; '.join(failure.problems)}")
    if len(failed) > MAX_FAILURES:
        parts.append(f"- … and {len(failed) - MAX_FAILURES} more")
    return "\n".join(parts) + "\n"


def write_report(
    out_dir: Path,
    metrics: Mapping,
    baseline: Mapping | None = None,
    failed: Sequence[Failure] = (),
    run_info: Mapping[str, str] | None = None,
) -> Path:
    """Write report.md and its PNG plots into ``out_dir``; returns the report's path."""
    out_dir = Path(out_dir)
    plots = {
        "Evidence hit@k": plot_hit_curve(out_dir / "hit_at_k.png", metrics, baseline).name,
        "Results by question type": plot_groups(out_dir / "by_type.png", "by_type", "Results by question type",
                                                metrics, baseline).name,
        "Results by document": plot_groups(out_dir / "by_doc.png", "by_doc", "Results by document",
                                           metrics, baseline).name,
    }
    path = out_dir / "report.md"
    path.write_text(render(metrics, baseline, failed, plots, run_info or {}), encoding="utf-8")
    return path


# -- the whole output folder ---------------------------------------------------------------

ANSWERS = "answers.jsonl"
BASELINE_ANSWERS = "baseline-answers.jsonl"
METRICS = "metrics.json"


def split_metrics(splits: Splits, items: Sequence[GoldItem], results: Sequence[ItemResult]) -> dict:
    """Headline metrics of the DEV and TEST items, flat: ``dev.hit@1``, ``test.items``..."""
    records = [r.record for r in results]
    cited = cited_texts_by_id(results)
    flat: dict = {}
    for part, members in (("dev", splits.dev_items(items)), ("test", splits.test_items(items))):
        flat.update({f"{part}.{k}": v for k, v in score(members, records, cited).items()})
    return flat


def write_run(
    out_dir: Path,
    items: Sequence[GoldItem],
    results: Sequence[ItemResult],
    baseline_results: Sequence[ItemResult] | None = None,
    run_info: Mapping[str, str] | None = None,
    splits: Splits | None = None,
) -> tuple[dict, dict | None]:
    """Score a run and write answers.jsonl, metrics.json, report.md + PNGs (and
    baseline-answers.jsonl) into ``out_dir``, atomically per file.

    With ``splits``, the headline metrics of the DEV and TEST items are added as
    ``dev.<metric>`` and ``test.<metric>`` (the unprefixed keys stay the whole set's).

    Everything is first written into a staging folder beside ``out_dir``; files are
    moved into place (``os.replace``) only once all are complete, so a failure leaves
    ``out_dir`` as it was. Returns the project's and the baseline's metrics.
    """
    out_dir = Path(out_dir)
    parent = out_dir.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".tmp", dir=parent))
    try:
        metrics = evaluate(items, [r.record for r in results], cited_texts_by_id(results))
        if splits is not None:
            metrics.update(split_metrics(splits, items, results))
        write_records(staging / ANSWERS, [r.record for r in results])
        baseline = None
        stored = dict(metrics)
        if baseline_results is not None:
            baseline = evaluate(items, [r.record for r in baseline_results], cited_texts_by_id(baseline_results))
            write_records(staging / BASELINE_ANSWERS, [r.record for r in baseline_results])
            stored.update({BASELINE_PREFIX + k: v for k, v in baseline.items()})
        (staging / METRICS).write_text(json.dumps(stored, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        write_report(staging, metrics, baseline, failures(results), run_info)
        out_dir.mkdir(parents=True, exist_ok=True)
        for path in sorted(staging.iterdir()):
            os.replace(path, out_dir / path.name)
        if baseline_results is None:
            (out_dir / BASELINE_ANSWERS).unlink(missing_ok=True)  # stale, from an earlier run
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return metrics, baseline
