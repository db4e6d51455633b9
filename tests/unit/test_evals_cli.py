"""The ``python -m evals`` command: help, errors before anything runs, the output folder.

Fast tests run the CLI in a subprocess on bad gold files, and in-process around a fake
assistant. The runs on the real index are in tests/integration/test_evals_real.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import evals.__main__ as cli
from assistant.chat import Conversation
from assistant.types import Answer, Citation, Hit
from evals.gold import load_gold
from ingest.config import PROJECT_ROOT
from ingest.embeddings import FakeEmbedder
from ingest.types import Chunk

EVIDENCE_6304 = "à raison de soixante pour cent (60 %) de l'échelle de traitement applicable"
OUTPUTS = ["answers.jsonl", "by_doc.png", "by_type.png", "hit_at_k.png", "metrics.json", "report.md"]


def gold_line(**fields) -> str:
    data = {"id": "Q001", "question": "Les jours de maladie non pris sont-ils payés ?", "doc": "bourget",
            "clauses": ["6-3.04"], "evidence": [EVIDENCE_6304], "answer": "Oui, à 60 %.",
            "key_facts": ["60 %"], "type": "numeric", "follows": None}
    data.update(fields)
    return json.dumps(data, ensure_ascii=False)


class FakeIndex:
    def __init__(self, chunks):
        self.by_id = {c.chunk_id: c for c in chunks}
        self.documents = {c.doc: {"title": c.doc} for c in chunks}


class FakeAssistant:
    """The Assistant's interface around a fixed ranking; records every conversation."""

    def __init__(self):
        text = f"6-3.04 Les jours non utilisés sont monnayables le 30 juin {EVIDENCE_6304}."
        chunks = [Chunk(f"bourget:{i:05d}:1", "bourget", f"6-3.{i:02d}", "clause", f"passage {i}", "")
                  for i in range(1, 12)]
        chunks[0] = Chunk("bourget:00001:1", "bourget", "6-3.04", "clause", text, text)
        chunks.append(Chunk("mentorat:00001:1", "mentorat", "Mentorat", "section", "Le mentor", "Le mentor"))
        self.chunks = chunks
        self.index = FakeIndex(chunks)
        self.documents = self.index.documents
        self.embedder = FakeEmbedder()
        self.conversations: list[Conversation] = []
        self.calls: list[str] = []

    def conversation(self, docs=None):
        self.conversations.append(Conversation(self, docs))
        return self.conversations[-1]

    def ask(self, question, docs=None, history=()):
        self.calls.append(question)
        hits = [Hit(c, 1 - i / 100) for i, c in enumerate(self.chunks) if not docs or c.doc in docs]
        top = hits[0].chunk
        return Answer(question, f"Le 30 juin, à 60 %. {top.text}", hits=hits,
                      citations=[Citation(top.doc, top.clause_id, top.text[:20], top.chunk_id)])


def run_cli(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "evals", *args],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=timeout, env=env,
    )


def write_gold(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- help and errors (subprocess) --------------------------------------------------------------


def test_help_documents_every_option():
    result = run_cli("--help")
    assert result.returncode == 0
    for option in ("--gold", "--out", "--doc-scoped", "--baseline", "--limit", "--embedder", "--quiet", "--reduced"):
        assert option in result.stdout
    assert "evals/gold.jsonl" in result.stdout


@pytest.mark.parametrize("out_exists", [False, True])
def test_malformed_gold_exits_2_naming_the_line_and_writes_nothing(tmp_path, out_exists):
    gold = write_gold(tmp_path / "bad-gold.jsonl", [gold_line(), gold_line(id="Q002", follows="Q099")])
    out = tmp_path / "out"
    if out_exists:
        out.mkdir()
    result = run_cli("--gold", str(gold), "--out", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"error: {gold} line 2: 'follows' names Q099, which is not an earlier item"
    ]
    assert (not out.exists()) if not out_exists else list(out.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad-gold.jsonl"] + (["out"] if out_exists else [])


def test_bad_json_line_is_named(tmp_path):
    gold = write_gold(tmp_path / "gold.jsonl", [gold_line(), "", '{"id": "Q003",'])
    result = run_cli("--gold", str(gold), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert f"{gold} line 3: not valid JSON" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_missing_gold_file_and_bad_limit_exit_2(tmp_path):
    result = run_cli("--gold", str(tmp_path / "absent.jsonl"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "gold file not found" in result.stderr
    result = run_cli("--gold", str(tmp_path / "absent.jsonl"), "--out", str(tmp_path / "out"), "--limit", "0")
    assert result.returncode == 2 and "--limit" in result.stderr
    assert not (tmp_path / "out").exists()


# -- in-process, around a fake assistant -------------------------------------------------------


@pytest.fixture
def fake_cli(monkeypatch, tmp_path):
    """The CLI with the index step skipped and load_assistant returning a FakeAssistant."""
    import assistant as assistant_package

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(cli, "_ensure_index", lambda settings, quiet: None)
    fake = FakeAssistant()
    monkeypatch.setattr(assistant_package, "load_assistant", lambda settings, **_: fake)
    return fake


def small_gold(tmp_path: Path) -> Path:
    return write_gold(tmp_path / "gold.jsonl", [
        gold_line(id="Q001", question="Q1?"),
        gold_line(id="Q002", question="Q2?", follows="Q001", type="followup"),
        gold_line(id="Q003", question="Q3?", doc=None, clauses=[], evidence=[], key_facts=[], type="unanswerable"),
        gold_line(id="Q004", question="Q4?", doc="mentorat", clauses=[], evidence=["mentor"], type="definition"),
    ])


def test_cli_writes_the_run_and_prints_the_table(fake_cli, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["--gold", str(small_gold(tmp_path)), "--out", str(out), "--quiet", "--doc-scoped"]) == 0
    assert sorted(p.name for p in out.iterdir()) == OUTPUTS
    records = [json.loads(line) for line in (out / "answers.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["Q001", "Q002", "Q003", "Q004"]
    assert [c.docs for c in fake_cli.conversations[1:]] == [["bourget"], ["bourget"], None, ["mentorat"]]
    assert "evidence hit@5" in capsys.readouterr().out
    assert (out / "report.md").read_text(encoding="utf-8").startswith("| metric | this project |")


def test_cli_reduced_answers_from_keywords_without_building_an_index(tmp_path, monkeypatch, capsys):
    """--reduced: the page's first minutes (the corpus BM25-indexed in memory, no vectors); the
    data folder is neither built nor read."""
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "fake")
    monkeypatch.setattr(cli, "_ensure_index", lambda settings, quiet: pytest.fail("no index in reduced mode"))
    gold = write_gold(tmp_path / "gold.jsonl", [gold_line(
        id="Q001", question="Combien de jours de congé de maladie ai-je par année ?", clauses=["6-3.02"],
        evidence=["congés de maladie"], key_facts=[])])
    out = tmp_path / "out"
    assert cli.main(["--gold", str(gold), "--out", str(out), "--quiet", "--reduced"]) == 0
    assert not (tmp_path / "data").exists()
    assert "reduced mode" in (out / "report.md").read_text(encoding="utf-8")
    assert "evidence hit@5" in capsys.readouterr().out


def test_cli_limit_keeps_followed_items(fake_cli, tmp_path):
    gold = write_gold(tmp_path / "gold.jsonl", [
        gold_line(id="Q001", question="Q1?"),
        gold_line(id="Q002", question="Q2?"),
        gold_line(id="Q003", question="Q3?", follows="Q001", type="followup"),
    ])
    out = tmp_path / "out"
    reordered = gold.read_text().splitlines()
    write_gold(gold, [reordered[0], reordered[2], reordered[1]])
    assert cli.main(["--gold", str(gold), "--out", str(out), "--quiet", "--limit", "1"]) == 0
    assert [json.loads(line)["id"] for line in (out / "answers.jsonl").read_text().splitlines()] == ["Q001"]
    assert cli.main(["--gold", str(gold), "--out", str(out), "--quiet", "--limit", "2"]) == 0
    assert [json.loads(line)["id"] for line in (out / "answers.jsonl").read_text().splitlines()] == ["Q001", "Q003"]


def test_cli_refuses_a_doc_key_the_index_does_not_have(fake_cli, tmp_path, capsys):
    gold = write_gold(tmp_path / "gold.jsonl", [gold_line(), gold_line(id="Q002", doc="bourgett")])
    out = tmp_path / "out"
    assert cli.main(["--gold", str(gold), "--out", str(out), "--quiet"]) == 2
    assert f"{gold} line 2: doc 'bourgett' is not a document of the index" in capsys.readouterr().err
    assert not out.exists() and fake_cli.calls == []  # nothing was asked


def test_cli_with_baseline(fake_cli, tmp_path, monkeypatch, capsys):
    import evals.baseline

    def fake_build(documents, embedder, cache_path=None, on_progress=None):
        assert {d.key for d in documents} <= set(fake_cli.index.documents)
        texts = {"bourget": "6-3.04 Les jours non utilisés sont monnayables " + EVIDENCE_6304 + ".",
                 "mentorat": "Le mentor accompagne l'enseignant débutant."}
        return evals.baseline.LangChainBaseline.from_texts(texts, FakeEmbedder(), cache_path=cache_path)

    monkeypatch.setattr(evals.baseline, "build_baseline", fake_build)
    out = tmp_path / "out"
    assert cli.main(["--gold", str(small_gold(tmp_path)), "--out", str(out), "--quiet", "--baseline"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS + ["baseline-answers.jsonl"])
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["baseline.hit@1"] == 1.0 and metrics["baseline.abstention_rate"] == 0.0
    assert "LangChain baseline" in capsys.readouterr().out.splitlines()[0]
    assert (tmp_path / "data" / "embedding-cache.sqlite").exists()  # the settings' cache file


@pytest.mark.parametrize("command, option", [("evals.tune", "--dense"), ("evals.abstention", "--floors")])
def test_tuning_commands_refuse_bad_numbers_without_traceback(command, option):
    result = subprocess.run([sys.executable, "-m", command, option, "abc"], capture_output=True, text=True,
                            cwd=PROJECT_ROOT, timeout=120)
    assert result.returncode == 2
    assert "'abc' is not a comma-separated list of numbers" in result.stderr and "Traceback" not in result.stderr


def test_tuning_commands_report_a_missing_gold_file(tmp_path):
    env = dict(os.environ, ASSISTANT_DATA_DIR=str(tmp_path / "no-index"), ASSISTANT_CORPUS_DIR=str(tmp_path / "none"))
    result = subprocess.run([sys.executable, "-m", "evals.tune", "--gold", str(tmp_path / "missing.jsonl")],
                            capture_output=True, text=True, cwd=PROJECT_ROOT, env=env, timeout=120)
    assert result.returncode == 2 and result.stderr.startswith("error: ") and "Traceback" not in result.stderr
