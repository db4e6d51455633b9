"""The ``python -m evals`` commands on the real index: the harness, the CLI end to end
(with the baseline), the project gold file, the tuning commands.

Uses the ``real_assistant`` and ``settings`` fixtures of tests/conftest.py (the whole
corpus, e5 embeddings). The fast CLI tests are in tests/unit/test_evals_cli.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import AssistantSettings
from evals.gold import load_gold
from ingest.config import PROJECT_ROOT
from tests.unit.test_evals_cli import EVIDENCE_6304, OUTPUTS, run_cli, write_gold

pytestmark = pytest.mark.integration


INTEGRATION_GOLD = [
    {"id": "I001", "question": "Les jours de maladie que je n'ai pas pris, est-ce qu'ils me sont payés ?",
     "doc": "bourget", "clauses": ["6-3.04"], "evidence": [EVIDENCE_6304],
     "answer": "Oui: monnayables vers le 30 juin, à 60 % du traitement.", "key_facts": ["60 %", "30 juin"],
     "type": "numeric", "follows": None},
    {"id": "I002", "question": "Et à quelle date sont-ils payés ?", "doc": "bourget", "clauses": ["6-3.04"],
     "evidence": ["le ou vers le 30 juin de chaque année"], "answer": "Vers le 30 juin.",
     "key_facts": ["30 juin"], "type": "followup", "follows": "I001"},
    {"id": "I003", "question": "Quel est le salaire d'un policier de la Sûreté du Québec ?", "doc": None,
     "clauses": [], "evidence": [], "answer": "", "key_facts": [], "type": "unanswerable", "follows": None},
]


def integration_gold(tmp_path: Path) -> Path:
    return write_gold(tmp_path / "gold.jsonl", [json.dumps(d, ensure_ascii=False) for d in INTEGRATION_GOLD])


def settings_env(settings, assistant_settings: AssistantSettings = AssistantSettings()) -> dict:
    """The environment that gives a subprocess these index and assistant settings."""
    env = dict(os.environ)
    env.update(
        ASSISTANT_CORPUS_DIR=str(settings.corpus_dir),
        ASSISTANT_DATA_DIR=str(settings.data_dir),
        ASSISTANT_EMBEDDER=settings.embedder,
        ASSISTANT_EMBEDDING_CACHE=str(settings.cache_path),
        ASSISTANT_ANSWERER=assistant_settings.answerer,
        ASSISTANT_LLM_MODEL=assistant_settings.llm_model,
    )
    for name, value in (("ASSISTANT_CHROMA_URL", settings.chroma_url), ("ASSISTANT_LLM_URL", assistant_settings.llm_url)):
        if value:
            env[name] = value
        else:
            env.pop(name, None)
    return env


def test_harness_on_the_real_assistant(real_assistant, tmp_path):
    from evals.harness import run
    from evals.metrics import evaluate, quote_verbatim

    items = load_gold(integration_gold(tmp_path), known_docs=real_assistant.index.documents)
    results = run(real_assistant, items, doc_scoped=True)
    assert [r.error for r in results] == [None, None, None]
    for result in results:
        record = result.record
        assert list(record) == ["id", "question", "answer", "abstained", "citations", "retrieved", "latency_ms"]
        assert record["latency_ms"] > 0
        for citation in record["citations"]:  # each carries its cited passage, which holds its quote
            assert set(citation) == {"doc", "clause", "quote", "passage"}
            assert quote_verbatim(citation, citation["passage"])
        for passage in record["retrieved"]:
            assert set(passage) == {"doc", "clause", "text", "score"}
    for result in results[:2]:  # doc-scoped: only the gold document is searched
        assert len(result.record["retrieved"]) >= 10
        assert {p["doc"] for p in result.record["retrieved"]} == {"bourget"}
    assert results[1].answer.question == "Et à quelle date sont-ils payés ?"
    metrics = evaluate(items, [r.record for r in results], {r.item.id: r.cited_texts for r in results})
    assert metrics["items"] == 3 and metrics["hit@10"] is not None
    json.dumps(metrics)


def test_cli_end_to_end_on_the_real_index(real_assistant, settings, tmp_path):
    out = tmp_path / "out"
    result = run_cli("--gold", str(integration_gold(tmp_path)), "--out", str(out), "--baseline", "--quiet",
                     env=settings_env(settings), timeout=1800)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS + ["baseline-answers.jsonl"])
    report = (out / "report.md").read_text(encoding="utf-8")
    assert report.startswith("| metric | this project | LangChain baseline |")
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["items"] == metrics["baseline.items"] == 3
    baseline = [json.loads(line) for line in (out / "baseline-answers.jsonl").read_text().splitlines()]
    assert all(not r["abstained"] and len(r["retrieved"]) == 10 for r in baseline)
    assert "evidence hit@1" in result.stdout


def test_cli_on_the_project_gold_file(real_assistant, settings, tmp_path):
    gold = PROJECT_ROOT / "evals" / "gold.jsonl"
    if not gold.exists():
        pytest.skip("evals/gold.jsonl is not written yet")
    load_gold(gold, known_docs=real_assistant.index.documents)  # every doc key is in the index
    out = tmp_path / "out"
    result = run_cli("--gold", str(gold), "--out", str(out), "--limit", "5", "--quiet",
                     env=settings_env(settings), timeout=1800)
    assert result.returncode == 0, result.stderr
    assert (out / "report.md").exists() and (out / "metrics.json").exists()


def test_tuning_commands_print_their_tables(real_assistant, settings, tmp_path):
    """python -m evals.tune and python -m evals.abstention run on the real index."""
    gold = str(integration_gold(tmp_path))
    env = settings_env(settings)
    tune = subprocess.run([sys.executable, "-m", "evals.tune", "--gold", gold, "--dense", "1", "--sentence", "0,1",
                           "--rrf-k", "5", "--doc-boost", "1"], capture_output=True, text=True, env=env,
                          cwd=PROJECT_ROOT, timeout=900)
    assert tune.returncode == 0, tune.stderr
    rows = [line for line in tune.stdout.splitlines() if line.startswith("| 1.0 |")]
    assert len(rows) == 2
    calibrate = subprocess.run([sys.executable, "-m", "evals.abstention", "--gold", gold, "--floors", "0.86,0.87"],
                               capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, timeout=900)
    assert calibrate.returncode == 0, calibrate.stderr
    assert "| 0.87 (current) |" in calibrate.stdout and "| 0.86 |" in calibrate.stdout


def test_cross_validation_prints_in_sample_and_cross_validated_figures(real_assistant, settings, tmp_path):
    """python -m evals.cv on the real index (2 folds: the integration gold holds 2 conversations)."""
    gold = str(integration_gold(tmp_path))
    result = subprocess.run([sys.executable, "-m", "evals.cv", "--gold", gold, "--folds", "2",
                             "--weights", "question_kind=0,0.4"], capture_output=True, text=True,
                            env=settings_env(settings), cwd=PROJECT_ROOT, timeout=900)
    assert result.returncode == 0, result.stderr
    assert "| in-sample best (question_kind=" in result.stdout and "| cross-validated |" in result.stdout
    assert "| question_kind=0.0 |" in result.stdout and "| question_kind=0.4 |" in result.stdout
