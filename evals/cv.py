"""python -m evals.cv: grouped 5-fold cross-validation of a tuned constant family.

In-sample tuning (``python -m evals.tune``) reports the best setting's figures on the
very items it was chosen on, which flatters it. This command splits the DEV items into
folds, keeping a follow-up chain (an item and the items that follow it) in one fold;
for each fold it picks the best setting on the other folds and scores that setting on
the fold; the cross-validated figures pool those held-out answers. Printed beside the
in-sample figures of the best setting on all DEV items, the gap says how much of a
tuned gain is chance.

Each setting gets a fresh :class:`~assistant.service.Assistant` over the same open
index and is asked every DEV item once (answers are cached per setting and item and
re-scored per fold, so five folds cost one pass per setting). The held-out TEST items
of evals/splits.json are never read unless ``--include-test``.

    python -m evals.cv --weights dense=1,1.5 --weights rrf_k=5,10
    python -m evals.cv --answer max_sentences=4,6 --select key_fact_recall
    python -m evals.cv --floors 0.86,0.87,0.88 --select abstention_balance
    python -m evals.cv --scope unknown_margin=0,0.005,0.01 --scope weak_margin=none,-0.01 --select abstention_balance
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping, Sequence

from common.errors import AssistantError
from ingest.config import Settings

from .gold import GoldItem
from .tune import add_include_test, answer_values, float_list, params_values, run_command, tuning_gold

#: Figures printed for every setting, in-sample and cross-validated.
FIGURES = ("hit@1", "hit@5", "mrr@10", "key_fact_recall", "citation_precision", "abstention_rate",
           "false_abstention_rate")
HEADERS = ("hit@1", "hit@5", "MRR@10", "key facts", "cit. prec.", "abstains", "false abst.")
#: Selection objective not in score(): abstention on unanswerable minus false abstention on answerable.
BALANCE = "abstention_balance"


# -- settings ---------------------------------------------------------------------------------


def weight_values(text: str) -> tuple[str, list]:
    """argparse type of ``--weights``: ``name=v1,v2`` (a RetrievalWeights field and its values;
    booleans as 0/1)."""
    from assistant.retrieval import RetrievalWeights

    return params_values(text, RetrievalWeights, "retrieval weight", "dense=1,1.5")


def scope_values(text: str) -> tuple[str, list]:
    """argparse type of ``--scope``: ``name=v1,v2`` (an assistant.scope.ScopeParams field and its
    values; "none" for a field that may be None, e.g. ``weak_margin=none,0.01``)."""
    from assistant.scope import ScopeParams

    return params_values(text, ScopeParams, "scope parameter", "unknown_margin=0,0.005")


@dataclass(frozen=True)
class Setting:
    """One point of the grid: changed retrieval weights, answer parameters and abstention floor."""

    weights: tuple[tuple[str, object], ...] = ()  # RetrievalWeights field -> value (others: defaults)
    answer: tuple[tuple[str, object], ...] = ()  # AnswerParams field -> value
    floor: float | None = None  # sentence-similarity abstention floor (None: the embedder's)
    scope: tuple[tuple[str, object], ...] = ()  # ScopeParams field -> value

    @property
    def label(self) -> str:
        parts = [f"{n}={v}" for n, v in (*self.weights, *self.answer, *self.scope)]
        if self.floor is not None:
            parts.append(f"floor={self.floor}")
        return " ".join(parts) or "defaults"


def grid(weights: Sequence[tuple[str, list]] = (), answer: Sequence[tuple[str, list]] = (),
         floors: Sequence[float] = (), scope: Sequence[tuple[str, list]] = ()) -> list[Setting]:
    """Every combination of the given values, in command-line order (the first value of
    each list first: put the current default first so that ties keep it)."""
    settings = []
    floor_values = list(floors) or [None]
    for w in itertools.product(*(values for _, values in weights)):
        for a in itertools.product(*(values for _, values in answer)):
            for floor in floor_values:
                for c in itertools.product(*(values for _, values in scope)):
                    settings.append(Setting(tuple(zip((n for n, _ in weights), w)),
                                            tuple(zip((n for n, _ in answer), a)), floor,
                                            tuple(zip((n for n, _ in scope), c))))
    return settings


# -- folds ----------------------------------------------------------------------------------


def chain_root(item: GoldItem, by_id: Mapping[str, GoldItem]) -> str:
    """Id of the first question of ``item``'s conversation (itself when it follows none)."""
    current = item
    while current.follows is not None and current.follows in by_id:
        current = by_id[current.follows]
    return current.id


def assign_folds(items: Sequence[GoldItem], folds: int = 5, seed: int = 0) -> dict[str, int]:
    """Fold (0..folds-1) of every item id; a follow-up chain stays in one fold.

    Chains are shuffled with ``seed`` and dealt to the folds largest first, each to the
    fold with the fewest items so far (ties: lowest fold), so folds are near-equal.
    """
    if folds < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    by_id = {item.id: item for item in items}
    groups: dict[str, list[str]] = {}
    for item in items:
        groups.setdefault(chain_root(item, by_id), []).append(item.id)
    if len(groups) < folds:
        raise ValueError(f"{len(groups)} conversation chain(s) cannot fill {folds} folds")
    roots = sorted(groups)
    random.Random(seed).shuffle(roots)
    roots.sort(key=lambda root: -len(groups[root]))  # stable: shuffled order among equal sizes
    sizes = [0] * folds
    fold_of: dict[str, int] = {}
    for root in roots:
        fold = min(range(folds), key=lambda f: (sizes[f], f))
        sizes[fold] += len(groups[root])
        for item_id in groups[root]:
            fold_of[item_id] = fold
    return fold_of


# -- scoring --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answers:
    """One setting's cached answers: dump record and cited passage texts per item id."""

    records: Mapping[str, dict]
    cited: Mapping[str, list]


def balance_weight(select: str) -> float | None:
    """The false-abstention weight of an abstention-balance objective ("abstention_balance": 1,
    "abstention_balance:4": 4); None for any other objective."""
    name, _, weight = select.partition(":")
    if name != BALANCE:
        return None
    try:
        return float(weight) if weight else 1.0
    except ValueError:
        raise ValueError(f"'{select}': the weight after '{BALANCE}:' must be a number") from None


def objective(metrics: Mapping, select: str) -> float:
    """The number a setting is chosen by (higher is better); a None metric counts as 0."""
    weight = balance_weight(select)
    if weight is not None:
        return (metrics.get("abstention_rate") or 0.0) - weight * (metrics.get("false_abstention_rate") or 0.0)
    return metrics.get(select) or 0.0


def score_items(items: Sequence[GoldItem], answers: Answers) -> dict:
    """Every metric of :func:`evals.metrics.score` for ``items`` from cached answers."""
    from .metrics import score

    ids = {item.id for item in items}
    return score(items, [r for i, r in answers.records.items() if i in ids],
                 {i: c for i, c in answers.cited.items() if i in ids})


@dataclass(frozen=True)
class CVResult:
    """In-sample and cross-validated figures of a grid."""

    in_sample: dict[Setting, dict]  # setting -> metrics on all items
    best: Setting  # best setting on all items
    chosen: tuple[Setting, ...]  # setting chosen without fold f, per fold
    cross_validated: dict  # metrics of the pooled held-out answers
    fold_sizes: tuple[int, ...] = field(default=())


def cross_validate(items: Sequence[GoldItem], answers: Mapping[Setting, Answers], fold_of: Mapping[str, int],
                   select: str = "mrr@10") -> CVResult:
    """Pick the best setting on all folds but one, score it on that one, for every fold.

    ``answers``: every setting's cached answers (grid order: ties keep the earlier one).
    """
    settings = list(answers)
    if not settings:
        raise ValueError("no setting to cross-validate")
    in_sample = {s: score_items(items, answers[s]) for s in settings}
    best = max(settings, key=lambda s: objective(in_sample[s], select))  # max keeps the first of ties
    folds = sorted(set(fold_of.values()))
    chosen: list[Setting] = []
    pooled_records: dict[str, dict] = {}
    pooled_cited: dict[str, list] = {}
    for fold in folds:
        train = [i for i in items if fold_of[i.id] != fold]
        held = [i.id for i in items if fold_of[i.id] == fold]
        pick = max(settings, key=lambda s: objective(score_items(train, answers[s]), select))
        chosen.append(pick)
        for item_id in held:
            if item_id in answers[pick].records:
                pooled_records[item_id] = answers[pick].records[item_id]
                pooled_cited[item_id] = answers[pick].cited.get(item_id, [])
    cross = score_items(items, Answers(pooled_records, pooled_cited))
    sizes = tuple(sum(1 for i in items if fold_of[i.id] == f) for f in folds)
    return CVResult(in_sample, best, tuple(chosen), cross, sizes)


# -- asking ---------------------------------------------------------------------------------


def ask_setting(base, assistant_settings, setting: Setting, items: Sequence[GoldItem]) -> Answers:
    """Ask every item through a fresh Assistant built for ``setting`` over ``base``'s index."""
    from dataclasses import replace

    from assistant import build_assistant
    from assistant.answer import AnswerParams

    from .harness import run

    assistant = build_assistant(base.index, base.embedder, assistant_settings,
                                weights=replace(base.retriever.weights, **dict(setting.weights)),
                                answer_params=AnswerParams().with_values(**dict(setting.answer)),
                                similarity_floor=setting.floor)
    if setting.scope:  # the Assistant set the embedder's similarity_floor; the other fields change here
        assistant.scope_params = assistant.scope_params.with_values(**dict(setting.scope))
    results = run(assistant, items)
    return Answers({r.item.id: r.record for r in results}, {r.item.id: r.cited_texts for r in results})


def answer_grid(ask: Callable[[Setting], Answers], settings: Sequence[Setting],
                on_setting: Callable[[Setting, Answers], None] | None = None) -> dict[Setting, Answers]:
    """Each setting's answers, asked once per distinct setting (the cache folds re-score)."""
    cache: dict[Setting, Answers] = {}
    for setting in settings:
        if setting not in cache:
            cache[setting] = ask(setting)
            if on_setting:
                on_setting(setting, cache[setting])
    return cache


# -- printing -------------------------------------------------------------------------------


def _cell(value) -> str:
    return "–" if value is None else f"{value:.3f}"


def render(result: CVResult, select: str, folds: int) -> str:
    """Markdown: every setting's in-sample figures, then in-sample best vs cross-validated."""
    lines = [f"## Settings, in-sample on all DEV items (best {select} first)", "",
             "| setting | " + " | ".join(HEADERS) + " |", "|---|" + "---:|" * len(HEADERS)]
    ranked = sorted(result.in_sample, key=lambda s: -objective(result.in_sample[s], select))
    for setting in ranked:
        m = result.in_sample[setting]
        lines.append(f"| {setting.label} | " + " | ".join(_cell(m.get(k)) for k in FIGURES) + " |")
    lines += ["", f"## In-sample vs {folds}-fold cross-validated (chosen by {select}; folds of "
              f"{', '.join(map(str, result.fold_sizes))} items, follow-up chains kept together)", "",
              "| figures | " + " | ".join(HEADERS) + " |", "|---|" + "---:|" * len(HEADERS)]
    best = result.in_sample[result.best]
    lines.append(f"| in-sample best ({result.best.label}) | " + " | ".join(_cell(best.get(k)) for k in FIGURES) + " |")
    lines.append("| cross-validated | " + " | ".join(_cell(result.cross_validated.get(k)) for k in FIGURES) + " |")
    lines += ["", "Chosen per fold: " + "; ".join(f"{f + 1}: {s.label}" for f, s in enumerate(result.chosen))]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m evals.cv", description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("evals/gold.jsonl"))
    add_include_test(parser)
    parser.add_argument("--weights", type=weight_values, action="append", default=[], metavar="NAME=V1,V2",
                        help="retrieval weight (a field of assistant.retrieval.RetrievalWeights) and values; "
                        "repeatable")
    parser.add_argument("--answer", type=answer_values, action="append", default=[], metavar="NAME=V1,V2",
                        help="answer parameter (a field of assistant.answer.AnswerParams) and values; repeatable")
    parser.add_argument("--floors", type=float_list, default=[], help="abstention sentence-similarity floors")
    parser.add_argument("--scope", type=scope_values, action="append", default=[], metavar="NAME=V1,V2",
                        help="out-of-corpus parameter (a field of assistant.scope.ScopeParams) and values "
                        "(none for None); repeatable")
    parser.add_argument("--folds", type=int, default=5, help="number of folds (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the fold assignment")
    parser.add_argument("--select", default="mrr@10",
                        help=f"metric the best setting is chosen by: a key of evals.metrics.score (mrr@10, hit@1, "
                        f"key_fact_recall, citation_precision...) or {BALANCE} (abstention minus false abstention; "
                        f"{BALANCE}:4 weighs false abstention 4 times)")
    return parser


def main(argv: list[str] | None = None) -> int:
    return run_command(cross_validate_cli, build_parser().parse_args(argv))


def cross_validate_cli(args) -> int:
    from assistant import AssistantSettings, load_assistant

    from .harness import memoise_queries
    from .metrics import score

    try:
        balance = balance_weight(args.select)
    except ValueError as exc:
        raise AssistantError(str(exc)) from None
    if balance is None and args.select not in score([], []):
        raise AssistantError(f"unknown --select '{args.select}'; valid: {', '.join(score([], []))}, {BALANCE}[:W]")
    settings = grid(args.weights, args.answer, args.floors, args.scope)
    if len(settings) < 2:
        print("warning: one setting only: cross-validation has nothing to choose", file=sys.stderr)
    base = load_assistant(Settings.from_env(), assistant_settings=(assistant_settings := AssistantSettings.from_env()))
    memoise_queries(base)  # every setting asks the same questions: embed each once
    items = tuning_gold(args, base.documents)
    try:
        fold_of = assign_folds(items, args.folds, args.seed)
    except ValueError as exc:
        raise AssistantError(str(exc)) from None

    def report(setting: Setting, answers: Answers) -> None:
        m = score_items(items, answers)
        print(f"{setting.label}: " + " ".join(f"{k}={_cell(m.get(k))}" for k in FIGURES), file=sys.stderr,
              flush=True)

    answers = answer_grid(lambda s: ask_setting(base, assistant_settings, s, items), settings, report)
    print(render(cross_validate(items, answers, fold_of, args.select), args.select, args.folds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
