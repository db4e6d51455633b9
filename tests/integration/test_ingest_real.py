"""Acceptance of ingestion on the real corpus, through the CLI and the real (e5) index."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

import pytest

from ingest.config import PROJECT_ROOT
from ingest.index import open_index
from ingest.toc import table_of_contents

pytestmark = pytest.mark.integration

_CLAUSE_START = re.compile(r"^(\d{1,2}-\d{1,2}\.\d{2}(?: [A-Z])?)\s+[A-ZÀ-Ý«]", re.MULTILINE)


def _cli(settings, *args):
    env = {**os.environ, "ASSISTANT_EMBEDDING_CACHE": str(settings.cache_path)}
    return subprocess.run(
        [sys.executable, "-m", "ingest", "--quiet", "--data", str(settings.data_dir), *args],
        capture_output=True, text=True, cwd=PROJECT_ROOT, env=env, timeout=600,
    )


def test_stats_json_meets_the_corpus_targets(real_settings):
    started = time.perf_counter()
    proc = _cli(real_settings, "--stats", "--json")
    warm_seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr
    assert "index up to date" in proc.stderr
    stats = json.loads(proc.stdout)
    assert set(stats) == {"bourget", "cris", "cncec", "mentorat", "mesures"}
    assert stats["bourget"]["clauses"] >= 550
    assert stats["cris"]["amendments"] >= 80
    assert all(s["chunks"] > 0 and s["status"] == "unchanged" for s in stats.values())
    print(f"warm re-ingest through the CLI: {warm_seconds:.1f} s")


def test_stats_table_is_printed(real_settings):
    proc = _cli(real_settings, "--stats")
    assert proc.returncode == 0, proc.stderr
    header, *rows = proc.stdout.strip().splitlines()
    assert header.split()[:3] == ["document", "status", "articles"]
    assert [r.split()[0] for r in rows] == ["bourget", "cris", "cncec", "mentorat", "mesures"]


def test_every_article_of_the_bourget_table_of_contents_is_indexed_with_its_title(real_settings, corpus_dir):
    toc = [(a, t) for a, t in table_of_contents(next(corpus_dir.glob("bourget-*.txt")).read_text(encoding="utf-8"))
           if re.fullmatch(r"\d{1,2}-\d{1,2}\.00", a) and not a.split("-")[1].startswith("0")]
    assert len(toc) >= 60
    chunks = [c for c in open_index(real_settings.data_dir).chunks if c.doc == "bourget"]
    titles = {c.article: c.article_title for c in chunks if c.article}
    missing = [a for a, _ in toc if a not in titles]
    assert not missing
    assert all(titles[a] for a, _ in toc)


def test_no_chunk_mixes_two_clause_ids(real_settings):
    for chunk in open_index(real_settings.data_dir).chunks:
        if chunk.kind != "clause":
            continue
        others = {m.group(1) for m in _CLAUSE_START.finditer(chunk.text)} - {chunk.clause_id}
        assert not others, (chunk.chunk_id, chunk.clause_id, others)


def test_cris_amendments_say_what_they_replace(real_settings):
    amended = [c for c in open_index(real_settings.data_dir).chunks if c.doc == "cris" and c.amends]
    items = {c.amends.item for c in amended}
    assert len(items) >= 80
    assert all(c.amends.action in ("replace", "add", "repeal", "retitle", "modify") and c.amends.targets
               for c in amended)
    replaced = next(c for c in amended if c.clause_id == "5-2.01")
    assert replaced.amends.action == "replace" and "5-2.01" in replaced.amends.targets
