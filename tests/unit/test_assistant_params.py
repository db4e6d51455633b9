"""Tuned numbers and settings of the answering side: AnswerParams, AssistantSettings, evals.tune's grid."""

from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.answer import AnswerParams, ExtractiveAnswerer
from assistant.config import AssistantSettings
from evals.tune import answer_values, build_parser, grid
from ingest.config import PROJECT_ROOT, Settings


def test_answer_params_change_by_name_and_a_wrong_name_lists_the_valid_ones():
    params = AnswerParams().with_values(max_sentences=4, dense_weight=1.0)
    assert (params.max_sentences, params.dense_weight, params.max_chars) == (4, 1.0, 1100)
    with pytest.raises(ValueError, match="valid: evidence_hits, min_overlap"):
        AnswerParams().with_values(max_sentence=4)
    with pytest.raises(ValueError, match="unknown answer parameter"):
        ExtractiveAnswerer.from_chunks([], max_sentence=4)
    assert ExtractiveAnswerer.from_chunks([], whole_clause_chars=0).params.whole_clause_chars == 0


def test_tune_grid_combines_retrieval_weights_and_answer_values():
    args = build_parser().parse_args(["--dense", "1,1.5", "--rrf-k", "5", "--doc-boost", "1", "--sentence", "1",
                                      "--answer", "max_sentences=4,6", "--answer", "dense_weight=0.5"])
    settings = grid(args)
    assert len(settings) == 4
    assert settings[0].weights["dense"] == 1.0 and settings[0].weights["expand_colloquial"] is True
    assert [s.answer for s in settings[:2]] == [{"max_sentences": 4, "dense_weight": 0.5},
                                                {"max_sentences": 6, "dense_weight": 0.5}]
    assert answer_values("max_sentences=4,6") == ("max_sentences", [4, 6])


def test_tune_refuses_an_unknown_answer_parameter_listing_the_valid_ones():
    result = subprocess.run([sys.executable, "-m", "evals.tune", "--answer", "max_sentence=4"], capture_output=True,
                            text=True, cwd=PROJECT_ROOT, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "unknown answer parameter 'max_sentence'; valid: evidence_hits" in result.stderr
    result = subprocess.run([sys.executable, "-m", "evals.tune", "--answer", "max_sentences=4.5"],
                            capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert result.returncode == 2 and "whole numbers" in result.stderr


def test_assistant_settings_come_from_the_environment_not_the_index_settings(monkeypatch):
    monkeypatch.setenv("ASSISTANT_ANSWERER", "openai")
    monkeypatch.setenv("ASSISTANT_LLM_URL", "http://127.0.0.1:8080/v1")
    monkeypatch.delenv("ASSISTANT_LLM_MODEL", raising=False)
    settings = AssistantSettings.from_env(llm_model="gemma", llm_url=None)
    assert settings == AssistantSettings("openai", "http://127.0.0.1:8080/v1", "gemma", "not-needed")
    assert not hasattr(Settings.from_env(), "answerer")
    with pytest.raises(TypeError, match="valid: answerer, llm_url"):
        AssistantSettings.from_env(model="x")
