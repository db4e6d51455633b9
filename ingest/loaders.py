"""Read a corpus file into pages: PDF through pypdf (page numbers kept), .txt and .md."""

from __future__ import annotations

import logging
from pathlib import Path

from .errors import LoadError
from .types import Page

log = logging.getLogger(__name__)


def load_pages(path: Path) -> tuple[list[Page], bool]:
    """Pages of a file and whether their numbers are real page numbers (PDF).

    Raises LoadError with a one-line reason for a missing, empty, encrypted,
    corrupt or image-only file.
    """
    path = Path(path)
    if not path.is_file():
        raise LoadError(path, "file not found (check the 'file' entry in manifest.toml)")
    if path.stat().st_size == 0:
        raise LoadError(path, "file is empty")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _load_pdf(path), True
    if suffix in (".txt", ".md"):
        return [Page(1, _read_text(path))], False
    raise LoadError(path, f"unsupported file type '{suffix}' (use .pdf, .txt or .md)")


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise LoadError(path, "binary file, not text (is it really a .txt/.md file?)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
            log.warning("%s is not UTF-8; read as Windows-1252", path)
        except UnicodeDecodeError as exc:
            raise LoadError(path, "text is neither UTF-8 nor Windows-1252") from exc
    if not text.strip():
        raise LoadError(path, "file has no text (only white space)")
    return text


def _load_pdf(path: Path) -> list[Page]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs its own warnings about damaged files; our LoadError says it in one line.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # pypdf raises several types for unsupported encryption
                ok = 0
            if not ok:
                raise LoadError(path, "PDF is encrypted (password-protected); provide an unprotected copy")
        pages = [Page(i + 1, page.extract_text() or "") for i, page in enumerate(reader.pages)]
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise LoadError(path, f"PDF is corrupt or unreadable ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # pypdf may raise anything on a damaged file
        raise LoadError(path, f"PDF is corrupt or unreadable ({type(exc).__name__})") from exc
    if not pages:
        raise LoadError(path, "PDF has no pages")
    if not any(page.text.strip() for page in pages):
        raise LoadError(path, "PDF has no text layer (scanned images?); run OCR on it first")
    return pages
