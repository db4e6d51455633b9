"""Normalisation of the real corpus files: clean and idempotent (moved out of tests/unit/test_normalise.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.config import PROJECT_ROOT
from ingest.normalise import normalise
from ingest.types import Page

pytestmark = pytest.mark.integration

CORPUS = PROJECT_ROOT / "corpus"


@pytest.mark.integration
@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name.split("-")[0])
def test_real_corpus_is_clean_and_idempotent(path: Path) -> None:
    text = normalise([Page(1, path.read_text(encoding="utf-8"))]).text
    assert normalise([Page(1, text)]).text == text
    for artefact in ("^{", "**", "<i>", "</p>", "\\$", "\u00a0", "$\\frac"):
        assert artefact not in text, artefact
    assert "\n\n\n\n" not in text
