"""Ingestion end to end on a tiny corpus with the fake embedder: incremental, atomic, no duplicates."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ingest import index as index_module
from ingest import pipeline
from ingest.embeddings import FakeEmbedder
from ingest.errors import ManifestError
from ingest.index import current_generation, open_index
from ingest.manifest import load_manifest
from ingest.pipeline import ingest
from tests.corpus_fixtures import make_corpus

from ingest.config import PROJECT_ROOT


@pytest.fixture
def corpus(tmp_path):
    return make_corpus(tmp_path / "corpus")


def run(corpus, data, **kw):
    return ingest(corpus, data, FakeEmbedder(), cache_path=data / "cache.sqlite", **kw)


def test_full_ingest_indexes_every_clause_once(corpus, tmp_path):
    data = tmp_path / "data"
    report = run(corpus, data)
    assert report.changed and not report.failures
    index = open_index(data)
    ids = [c.chunk_id for c in index.chunks]
    assert len(ids) == len(set(ids))
    clause_ids = {c.clause_id for c in index.chunks if c.doc == "conv"}
    assert {"10-1.01", "10-1.02", "10-1.03", "10-2.01"} <= clause_ids
    assert index._collection.count() == len(index.chunks)
    hits = index.dense_search(FakeEmbedder().embed_query("grief quarante jours"), 3, docs=["conv"])
    assert hits and all(index.by_id[cid].doc == "conv" for cid, _ in hits)


def test_warm_reingest_changes_nothing(corpus, tmp_path):
    data = tmp_path / "data"
    first = run(corpus, data)
    second = run(corpus, data)
    assert not second.changed
    assert second.generation == first.generation
    assert {d.status for d in second.documents} == {"unchanged"}


def test_changed_document_is_reparsed_and_others_reuse_embeddings(corpus, tmp_path):
    data = tmp_path / "data"
    run(corpus, data)
    (corpus / "rapport.txt").write_text((corpus / "rapport.txt").read_text() + "\nConclusion\n\nLe mentorat est reconduit.\n")
    report = run(corpus, data)
    status = {d.key: d.status for d in report.documents}
    assert status == {"conv": "unchanged", "rapport": "indexed"}
    assert report.reused >= 5 and report.embedded >= 1
    chunks = open_index(data).chunks
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    assert any("reconduit" in c.text for c in chunks)


def test_rebuild_never_duplicates(corpus, tmp_path):
    data = tmp_path / "data"
    n = len(run(corpus, data) and open_index(data).chunks)
    run(corpus, data, rebuild=True)
    run(corpus, data, rebuild=True)
    index = open_index(data)
    assert len(index.chunks) == n == index._collection.count()


def test_interrupted_ingest_keeps_previous_index(corpus, tmp_path, monkeypatch):
    data = tmp_path / "data"
    run(corpus, data)
    before = current_generation(data)
    (corpus / "conv.txt").write_text((corpus / "conv.txt").read_text().replace("quarante (40)", "cinquante (50)"))

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(index_module.BM25Index, "build", crash)
    with pytest.raises(KeyboardInterrupt):
        run(corpus, data)
    assert current_generation(data) == before
    assert not list(data.glob("*.tmp"))
    assert any("quarante (40)" in c.text for c in open_index(data).chunks)
    monkeypatch.undo()
    run(corpus, data)
    assert any("cinquante (50)" in c.text for c in open_index(data).chunks)


def test_staging_left_by_a_killed_ingest_is_cleaned(corpus, tmp_path):
    data = tmp_path / "data"
    run(corpus, data)
    stale = data / "gen-000099.tmp"
    stale.mkdir()
    (stale / "chunks.jsonl").write_text("half written")
    run(corpus, data, rebuild=True)
    assert not stale.exists()
    assert open_index(data).chunks


def test_manifest_errors_are_clear(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    with pytest.raises(ManifestError, match="manifest.toml not found"):
        load_manifest(folder)
    (folder / "manifest.toml").write_text('[[document]]\nkey = "x"\nfile = "x.txt"\ntitle = "X"\nkind = "roman"\n')
    with pytest.raises(ManifestError, match="kind 'roman' is not one of"):
        load_manifest(folder)
    (folder / "manifest.toml").write_text('[[document]]\nkey = "x"\nfile = "x.txt"\n')
    with pytest.raises(ManifestError, match="'title' is required"):
        load_manifest(folder)
    (folder / "manifest.toml").write_text("[[document]\nbroken")
    with pytest.raises(ManifestError, match="not valid TOML"):
        load_manifest(folder)


def test_previous_version_kept_when_a_file_goes_bad(corpus, tmp_path):
    data = tmp_path / "data"
    run(corpus, data)
    (corpus / "conv.txt").write_bytes(b"")
    report = run(corpus, data)
    conv = next(d for d in report.documents if d.key == "conv")
    assert conv.status == "failed, previous version kept" and conv.error == "file is empty"
    assert any(c.doc == "conv" for c in open_index(data).chunks)


def test_cli_reports_each_bad_file_on_one_line(corpus, tmp_path):
    from tests.unit.test_loaders import make_bad_files

    bad = make_bad_files(corpus)
    extra = "".join(
        f'\n[[document]]\nkey = "{key}"\nfile = "{name}"\ntitle = "{key}"\nkind = "rapport"\n'
        for key, name in bad.items()
    )
    (corpus / "manifest.toml").write_text((corpus / "manifest.toml").read_text() + extra)
    data = tmp_path / "data"
    proc = subprocess.run(
        [sys.executable, "-m", "ingest", "--stats", "--json", "--quiet", "--corpus", str(corpus),
         "--data", str(data), "--embedder", "fake"],
        capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout)
    assert stats["conv"]["chunks"] > 0 and stats["rapport"]["chunks"] > 0
    error_lines = [line for line in proc.stderr.splitlines() if any(name in line for name in bad.values())]
    for key, name in bad.items():
        assert stats[key]["status"] == "failed"
        lines = [line for line in error_lines if line.startswith(name + ":")]
        assert len(lines) == 1, (name, proc.stderr)
    assert "Traceback" not in proc.stderr
