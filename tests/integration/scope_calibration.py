"""Calibration of assistant.scope.ScopeParams on DEV items (Q001-Q130, Q215 on) and OWN_ABSENT.

    ASSISTANT_DATA_DIR=... python -m tests.integration.scope_calibration

Measures, for every DEV gold item (asked after the items it follows) and every own
absent-topic question, the out-of-corpus features and whether the answerer's ``is_weak``
already abstains; then chooses the thresholds behind ``unknown_margin`` and ``weak_margin`` on a grid
(objective: abstention - LAMBDA x false abstention, both counted together with is_weak and
the other checks) in-sample and with grouped 5-fold cross-validation (a follow-up chain
stays in one fold; 5 shuffles). TEST items are never read.
"""

from __future__ import annotations

import random

from assistant.chat import resolve_follow_up
from assistant.scope import question_features
from assistant.service import load_assistant
from evals.gold import chain, load_gold
from evals.splits import load_splits
from ingest.config import PROJECT_ROOT, Settings

from .test_refusals_real import OWN_ABSENT

LAMBDA = 4.0  # hand-set: a false refusal costs four missed ones (targets: false <= 0.04, abstention >= 0.90)
GRID_UNKNOWN = [round(0.84 + 0.0025 * i, 4) for i in range(33)]
GRID_FLOOR = [0.0] + [round(0.80 + 0.005 * i, 3) for i in range(17)]


def measure(assistant) -> list[dict]:
    gold_path = PROJECT_ROOT / "evals" / "gold.jsonl"
    items = load_gold(gold_path)
    by_id = {item.id: item for item in items}
    rows = []
    asked = [(item, [c for c in chain(item, by_id) if c.id != item.id]) for item in load_splits(gold_path, items).dev_items(items)]
    asked += [(question, []) for question in OWN_ABSENT]
    for item, earlier in asked:
        question = item if isinstance(item, str) else item.question
        history = []
        for previous in earlier:
            history.append(assistant.ask(previous.question, history=history))
        follow = resolve_follow_up(question, history)
        query = follow.query(question)
        hits = assistant.retriever.retrieve(question, k=assistant.k, query=query if follow.context else None,
                                            previous=follow.quoted)
        rows.append(dict(
            group=question if isinstance(item, str) else (earlier[0].id if earlier else item.id),
            answerable=not isinstance(item, str) and item.doc is not None,
            features=question_features(question, hits, assistant.vocabulary, assistant.scope_params),
            weak=assistant.extractive.is_weak(query, hits, follow_up=bool(follow.context)),
        ))
    return rows


def refuses(row: dict, unknown_similarity: float, floor_similarity: float) -> bool:
    f = row["features"]
    if row["weak"] or f.code_like or f.other_employers or (f.words and len(f.unknown) == len(f.words)):
        return True
    if f.best_similarity is None:
        return False
    return bool(f.unknown) and f.best_similarity < unknown_similarity or f.best_similarity < floor_similarity


def outcome(rows, tu, tf) -> tuple[int, int, int, int]:
    unanswerable = [r for r in rows if not r["answerable"]]
    answerable = [r for r in rows if r["answerable"]]
    return (sum(refuses(r, tu, tf) for r in unanswerable), len(unanswerable),
            sum(refuses(r, tu, tf) for r in answerable), len(answerable))


def best(rows) -> tuple[float, float]:
    def value(setting):
        ab, nu, fa, na = outcome(rows, *setting)
        return ab / nu - LAMBDA * fa / na, -setting[0], -setting[1]
    return max(((tu, tf) for tu in GRID_UNKNOWN for tf in GRID_FLOOR if tf <= tu), key=value)


def main() -> None:
    assistant = load_assistant(Settings.from_env(), build_index=False)
    rows = measure(assistant)
    tu, tf = best(rows)
    ab, nu, fa, na = outcome(rows, tu, tf)
    floor = assistant.scope_params.similarity_floor
    print(f"in-sample: unknown below {tu} (unknown_margin={tu - floor:+.4f}), no-unknown floor {tf} "
          f"(weak_margin={'None' if not tf else f'{tf - floor:+.4f}'}): abstention {ab}/{nu} = {ab / nu:.3f}, "
          f"false abstention {fa}/{na} = {fa / na:.3f}")
    groups = sorted({r["group"] for r in rows})
    total = [0, 0, 0, 0]
    for seed in range(5):
        shuffled = groups[:]
        random.Random(seed).shuffle(shuffled)
        for fold in range(5):
            held = set(shuffled[fold::5])
            chosen = best([r for r in rows if r["group"] not in held])
            total = [a + b for a, b in zip(total, outcome([r for r in rows if r["group"] in held], *chosen))]
    print(f"grouped 5-fold CV x5: abstention {total[0] / total[1]:.3f}, false abstention {total[2] / total[3]:.3f}")


if __name__ == "__main__":
    main()
