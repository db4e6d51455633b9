"""Read corpus/manifest.toml into Document values."""

from __future__ import annotations

import logging
import re
import tomllib
from pathlib import Path

from .errors import ManifestError
from .types import DOCUMENT_KINDS, Document

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.toml"
SUPPORTED_SUFFIXES = (".pdf", ".txt", ".md")
_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")


def load_manifest(corpus_dir: Path) -> list[Document]:
    """Documents listed in ``corpus_dir/manifest.toml``, in manifest order.

    Raises ManifestError for a missing or malformed manifest; a listed file that is
    missing is still returned (the loader reports it, the rest of the corpus ingests).
    """
    path = Path(corpus_dir) / MANIFEST_NAME
    if not path.is_file():
        raise ManifestError(f"{path} not found: create it with one [[document]] entry per file")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path} is not valid TOML: {exc}") from exc
    entries = data.get("document")
    if not isinstance(entries, list) or not entries:
        raise ManifestError(f"{path} has no [[document]] entries")
    documents: list[Document] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{path}, entry {number}"
        for field in ("key", "file", "title", "kind"):
            if not isinstance(entry.get(field), str) or not entry[field].strip():
                raise ManifestError(f"{where}: '{field}' is required (a non-empty string)")
        key = entry["key"].strip()
        if not _KEY.match(key):
            raise ManifestError(f"{where}: key '{key}' must be lower-case letters, digits, '-' or '_'")
        if key in seen:
            raise ManifestError(f"{where}: key '{key}' is used twice")
        seen.add(key)
        if entry["kind"] not in DOCUMENT_KINDS:
            raise ManifestError(f"{where}: kind '{entry['kind']}' is not one of: {', '.join(DOCUMENT_KINDS)}")
        file = Path(corpus_dir) / entry["file"]
        if file.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise ManifestError(f"{where}: {entry['file']} must be a .pdf, .txt or .md file")
        parties = entry.get("parties", [])
        documents.append(
            Document(
                key=key,
                title=entry["title"].strip(),
                kind=entry["kind"],
                path=file,
                full_title=entry.get("full_title", "").strip(),
                parties=tuple(str(p) for p in parties),
                period=str(entry.get("period", "")),
                amends=entry.get("amends"),
                aliases=tuple(str(a) for a in entry.get("aliases", [])),
            )
        )
    listed = {d.path.name for d in documents}
    for extra in sorted(Path(corpus_dir).iterdir()):
        if extra.suffix.lower() in SUPPORTED_SUFFIXES and extra.name not in listed and extra.name != MANIFEST_NAME:
            log.warning("%s is not listed in %s: add an entry to index it", extra, MANIFEST_NAME)
    return documents
