"""python -m evals.cv: grouped folds, choosing on k-1 folds and scoring the held-out one,
the per-setting answer cache, and a run over the tiny fake-embedder corpus."""

from __future__ import annotations

import argparse

import pytest

from evals.cv import (Answers, Setting, answer_grid, ask_setting, assign_folds, cross_validate, grid, render,
                      weight_values)
from evals.gold import GoldItem
from tests.corpus_fixtures import tiny_assistant

EVIDENCE = "quarante (40) jours ouvrables"


def item(id, follows=None, doc="conv", evidence=(EVIDENCE,)):
    return GoldItem(id=id, question=f"question {id} ?", doc=doc, clauses=("10-1.02",) if doc else (),
                    evidence=evidence if doc else (), answer="", key_facts=(), type="numeric" if doc else
                    "unanswerable", follows=follows)


def record(id, hit: bool):
    texts = [f"passage {id}"] * 3
    if hit:
        texts[0] = f"Le grief dans les {EVIDENCE}."
    return {"id": id, "question": "?", "answer": "", "abstained": False, "citations": [],
            "retrieved": [{"doc": "conv", "clause": "10-1.02", "text": t, "score": 1.0} for t in texts],
            "latency_ms": 1.0}


def test_folds_keep_follow_up_chains_together_and_are_balanced():
    items = [item(f"Q{i:03d}") for i in range(1, 21)]
    items += [item("Q021", follows="Q003"), item("Q022", follows="Q021"), item("Q023", follows="Q010")]
    fold_of = assign_folds(items, folds=5, seed=0)
    assert set(fold_of) == {i.id for i in items} and set(fold_of.values()) == set(range(5))
    assert fold_of["Q003"] == fold_of["Q021"] == fold_of["Q022"] and fold_of["Q010"] == fold_of["Q023"]
    sizes = [list(fold_of.values()).count(f) for f in range(5)]
    assert max(sizes) - min(sizes) <= 1
    assert assign_folds(items, 5, seed=0) == fold_of  # deterministic
    with pytest.raises(ValueError, match="chain"):
        assign_folds(items[:3], folds=5)


def test_cross_validation_chooses_without_the_held_out_fold():
    items = [item(f"Q{i:03d}") for i in range(1, 11)]
    fold_of = {i.id: n % 5 for n, i in enumerate(items)}
    good, lucky = Setting((("dense", 1.0),)), Setting((("dense", 2.0),))
    # "good" hits on 8 items; "lucky" hits on the same 8 plus the two items of fold 0,
    # and misses ... nothing else: it is better everywhere, so every fold picks it.
    answers = {good: Answers({i.id: record(i.id, n >= 2) for n, i in enumerate(items)}, {}),
               lucky: Answers({i.id: record(i.id, True) for i in items}, {})}
    result = cross_validate(items, answers, fold_of, select="hit@1")
    assert result.best == lucky and result.in_sample[lucky]["hit@1"] == 1.0
    assert result.cross_validated["hit@1"] == 1.0

    # "noisy" beats "steady" in-sample only thanks to fold 0: without fold 0 it loses,
    # so fold 0 is scored with "steady", and the cross-validated figure is lower.
    steady, noisy = Setting((("rrf_k", 5.0),)), Setting((("rrf_k", 10.0),))
    answers = {steady: Answers({i.id: record(i.id, n not in (0, 1, 2, 3)) for n, i in enumerate(items)}, {}),
               noisy: Answers({i.id: record(i.id, n in (0, 5, 6, 7, 8, 9, 2)) for n, i in enumerate(items)}, {})}
    result = cross_validate(items, answers, fold_of, select="hit@1")
    assert result.best == noisy and result.in_sample[noisy]["hit@1"] == pytest.approx(0.7)
    assert result.chosen[0] == steady  # chosen on folds 1-4, where steady is better
    assert result.cross_validated["hit@1"] < result.in_sample[noisy]["hit@1"]
    text = render(result, "hit@1", 5)
    assert "| cross-validated |" in text and "in-sample best (rrf_k=10.0)" in text


def test_answers_are_asked_once_per_setting():
    asked = []
    settings = grid([("dense", [1.0, 2.0])], [("max_sentences", [4])]) * 2

    def ask(setting):
        asked.append(setting)
        return Answers({}, {})

    cache = answer_grid(ask, settings)
    assert len(asked) == 2 == len(cache)
    assert [s.label for s in cache] == ["dense=1.0 max_sentences=4", "dense=2.0 max_sentences=4"]


def test_unknown_weight_names_the_valid_ones():
    with pytest.raises(argparse.ArgumentTypeError, match="valid: dense, bm25"):
        weight_values("densse=1,2")
    assert weight_values("expand_colloquial=0,1") == ("expand_colloquial", [False, True])
    assert weight_values("candidates=40,60") == ("candidates", [40, 60])


def test_cross_validation_over_the_tiny_corpus(tmp_path):
    _, base = tiny_assistant(tmp_path)
    from assistant import AssistantSettings

    questions = ["Dans quel délai soumettre un grief ?", "Le Collège répond dans quel délai ?",
                 "Dans combien de jours aller à l'arbitrage ?", "Qui peut soumettre un grief ?",
                 "Combien de jours les mentors sont-ils libérés ?"]
    evidence = ["quarante (40) jours ouvrables", "dix (10) jours ouvrables", "trente (30) jours",
                "Le salarié et l'Association", "deux jours par cycle"]
    items = [GoldItem(f"Q{n:03d}", q, "rapport" if "mentor" in q else "conv", (), (e,), "", (), "numeric")
             for n, (q, e) in enumerate(zip(questions, evidence), start=1)]
    items.append(GoldItem("Q006", "Et pour la réponse du Collège ?", "conv", (), ("dix (10) jours",), "", (),
                          "followup", follows="Q001"))
    settings = grid([("rrf_k", [5.0, 60.0])])
    answers = answer_grid(lambda s: ask_setting(base, AssistantSettings(), s, items), settings)
    fold_of = assign_folds(items, folds=5)
    assert fold_of["Q001"] == fold_of["Q006"]
    result = cross_validate(items, answers, fold_of)
    assert set(result.in_sample) == set(settings) and len(result.chosen) == 5
    assert 0.0 <= result.cross_validated["mrr@10"] <= 1.0 and result.cross_validated["items"] == len(items)
    assert all(len(a.records) == len(items) for a in answers.values())


def test_floors_and_answer_parameters_make_a_grid_and_abstention_balance_is_an_objective():
    from evals.cv import BALANCE, objective

    settings = grid([], [("max_sentences", [4, 6])], [0.86, 0.87])
    assert [s.label for s in settings] == ["max_sentences=4 floor=0.86", "max_sentences=4 floor=0.87",
                                           "max_sentences=6 floor=0.86", "max_sentences=6 floor=0.87"]
    assert objective({"abstention_rate": 0.9, "false_abstention_rate": 0.1}, BALANCE) == pytest.approx(0.8)
    assert objective({"mrr@10": None}, "mrr@10") == 0.0


def test_cli_rejects_an_unknown_selection_metric(capsys):
    from evals.cv import main

    assert main(["--select", "hit@11", "--weights", "dense=1,2"]) == 2
    assert "unknown --select 'hit@11'" in capsys.readouterr().err


def test_scope_parameters_make_a_grid_and_unknown_names_are_rejected():
    from evals.cv import scope_values

    assert scope_values("unknown_margin=0,0.005") == ("unknown_margin", [0.0, 0.005])
    assert scope_values("weak_margin=none,-0.01") == ("weak_margin", [None, -0.01])
    assert scope_values("evidence_hits=3,5") == ("evidence_hits", [3, 5])
    with pytest.raises(argparse.ArgumentTypeError, match="valid: min_word_chars"):
        scope_values("unknown=0.1")
    with pytest.raises(argparse.ArgumentTypeError, match="cannot be none"):
        scope_values("unknown_margin=none")
    settings = grid([], [], [], [("unknown_margin", [0.0, 0.005]), ("weak_margin", [None])])
    assert [s.label for s in settings] == ["unknown_margin=0.0 weak_margin=None", "unknown_margin=0.005 weak_margin=None"]


def test_scope_setting_reaches_the_assistant(tmp_path):
    _, base = tiny_assistant(tmp_path)
    import assistant.scope as scope
    from assistant import AssistantSettings

    item = GoldItem("Q001", "Dans quel délai soumettre un grief ?", "conv", (), ("quarante (40) jours ouvrables",),
                    "", (), "numeric")
    seen = []
    original = scope.out_of_corpus

    def spy(question, hits, vocabulary, params=scope.ScopeParams(), **options):
        seen.append(params.unknown_margin)
        return original(question, hits, vocabulary, params, **options)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("assistant.service.out_of_corpus", spy)
        ask_setting(base, AssistantSettings(), Setting(scope=(("unknown_margin", 0.123),)), [item])
    assert seen and set(seen) == {0.123}


def test_abstention_balance_may_weigh_false_abstention_more():
    from evals.cv import BALANCE, objective

    metrics = {"abstention_rate": 0.9, "false_abstention_rate": 0.05}
    assert objective(metrics, f"{BALANCE}:4") == pytest.approx(0.7)
    assert objective(metrics, BALANCE) == pytest.approx(0.85)
    with pytest.raises(ValueError, match="must be a number"):
        objective(metrics, f"{BALANCE}:x")
