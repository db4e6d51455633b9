"""DEV and TEST parts of a gold set: splits.json, the harness's split metrics and tables,
and the tuning commands reading DEV items only unless --include-test."""

from __future__ import annotations

import argparse
import json

import pytest

import evals.__main__ as cli
from evals.gold import GoldError, load_gold
from evals.report import split_table, text_table
from evals.splits import load_splits, parse_splits
from evals.tune import tuning_gold
from tests.unit.test_evals_cli import fake_cli, small_gold  # noqa: F401 (fixture)


def write_splits(folder, test_ids) -> None:
    (folder / "splits.json").write_text(json.dumps({"test": list(test_ids), "note": "held out"}), encoding="utf-8")


def test_no_splits_file_means_no_split(tmp_path):
    gold = small_gold(tmp_path)
    assert load_splits(gold, load_gold(gold)) is None


def test_splits_part_items_in_gold_order(tmp_path):
    gold = small_gold(tmp_path)
    write_splits(tmp_path, ["Q004", "Q003"])
    items = load_gold(gold)
    splits = load_splits(gold, items)
    assert [i.id for i in splits.dev_items(items)] == ["Q001", "Q002"]
    assert [i.id for i in splits.test_items(items)] == ["Q003", "Q004"]
    assert [i.id for i in splits.parts(items)["all"]] == ["Q001", "Q002", "Q003", "Q004"]


def test_bad_splits_are_refused(tmp_path):
    gold = small_gold(tmp_path)
    items = load_gold(gold)
    write_splits(tmp_path, ["Q999"])
    with pytest.raises(GoldError, match="Q999"):
        load_splits(gold, items)
    write_splits(tmp_path, ["Q001"])  # Q002 (DEV) follows Q001 (TEST): its conversation reads TEST
    with pytest.raises(GoldError, match="Q002"):
        load_splits(gold, items)
    with pytest.raises(GoldError, match="test"):
        parse_splits({"tests": []})


def test_the_project_gold_split_is_the_held_out_items():
    gold = "evals/gold.jsonl"
    items = load_gold(gold)
    splits = load_splits(gold, items)
    test_ids = [i.id for i in splits.test_items(items)]
    assert len(test_ids) >= 40 and test_ids[0] == "Q131"
    assert all(i.id not in splits.test for i in splits.dev_items(items))


def test_cli_scores_dev_and_test_apart(fake_cli, tmp_path, capsys):  # noqa: F811
    gold = small_gold(tmp_path)
    write_splits(tmp_path, ["Q003", "Q004"])
    out = tmp_path / "out"
    assert cli.main(["--gold", str(gold), "--out", str(out), "--quiet"]) == 0
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["items"] == 4 and metrics["dev.items"] == 2 and metrics["test.items"] == 2
    assert metrics["dev.unanswerable_items"] == 0 and metrics["test.unanswerable_items"] == 1
    assert metrics["dev.hit@1"] == 1.0
    printed = capsys.readouterr().out
    assert "DEV (2)" in printed.splitlines()[0] and "TEST (2)" in printed.splitlines()[0]
    report = (out / "report.md").read_text(encoding="utf-8")
    assert report.startswith("| metric | this project |") and "## DEV and TEST" in report
    assert "| metric | whole set | DEV | TEST |" in report
    assert [json.loads(line)["id"] for line in (out / "answers.jsonl").read_text().splitlines()] == [
        "Q001", "Q002", "Q003", "Q004"]  # the dump format is unchanged: one record per item


def test_without_split_the_tables_have_one_column():
    metrics = {"items": 2, "hit@1": 0.5}
    assert split_table(metrics) == ""
    assert "DEV" not in text_table(metrics)


def test_tuning_reads_dev_only_unless_include_test(tmp_path, capsys):
    gold = small_gold(tmp_path)
    write_splits(tmp_path, ["Q003", "Q004"])
    known = ["bourget", "mentorat"]
    dev = tuning_gold(argparse.Namespace(gold=gold, include_test=False), known)
    assert [i.id for i in dev] == ["Q001", "Q002"]
    assert "warning" not in capsys.readouterr().err
    everything = tuning_gold(argparse.Namespace(gold=gold, include_test=True), known)
    assert [i.id for i in everything] == ["Q001", "Q002", "Q003", "Q004"]
    assert "warning: --include-test" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["evals.tune", "evals.abstention"])
def test_tuning_commands_offer_include_test(command):
    import importlib

    assert "--include-test" in importlib.import_module(command).build_parser().format_help()
