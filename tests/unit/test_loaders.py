"""Loaders: PDF through pypdf with page numbers; clear one-line reasons for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import LoadError
from ingest.loaders import load_pages

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def text_pdf(path: Path, text: str, lines_per_page: int = 40) -> Path:
    """A real PDF with a text layer, made from text (one PDF line per text line)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=8)
    lines = text.splitlines()
    for start in range(0, len(lines), lines_per_page):
        pdf.add_page()
        for line in lines[start : start + lines_per_page]:
            pdf.cell(0, 6, line.replace("\t", "    ")[:150], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def image_only_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a drawing, no text layer
    pdf.output(str(path))
    return path


def make_bad_files(folder: Path) -> dict[str, str]:
    """One file per kind of bad input; returns {manifest key: file name}."""
    from pypdf import PdfWriter

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("   \n\n  ")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage \x00\xff" * 20)
    image_only_pdf(folder / "scan.pdf")
    plain = text_pdf(folder / "plain-tmp.pdf", "10-1.01 Un texte secret.")
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt("secret", algorithm="RC4-128")
    with open(folder / "locked.pdf", "wb") as out:
        writer.write(out)
    plain.unlink()
    return {
        "empty": "empty.txt",
        "blank": "blank.md",
        "binary": "binary.txt",
        "corrupt": "corrupt.pdf",
        "scan": "scan.pdf",
        "locked": "locked.pdf",
        "missing": "missing.pdf",
    }


@pytest.mark.parametrize(
    "name, reason",
    [
        ("empty.txt", "file is empty"),
        ("blank.md", "only white space"),
        ("binary.txt", "binary file"),
        ("corrupt.pdf", "corrupt or unreadable"),
        ("scan.pdf", "no text layer"),
        ("locked.pdf", "encrypted"),
        ("missing.pdf", "file not found"),
    ],
)
def test_bad_file_gives_one_clear_reason(tmp_path, name, reason):
    make_bad_files(tmp_path)
    with pytest.raises(LoadError) as caught:
        load_pages(tmp_path / name)
    assert reason in caught.value.reason
    assert str(caught.value).startswith(str(tmp_path / name))
    assert "\n" not in str(caught.value)


def test_text_and_markdown_are_one_unpaged_page(tmp_path):
    (tmp_path / "a.md").write_text("# Titre\n\nTexte é.", encoding="utf-8")
    pages, paged = load_pages(tmp_path / "a.md")
    assert not paged and pages[0].number == 1 and "Texte é." in pages[0].text


def test_windows_1252_text_is_read(tmp_path):
    (tmp_path / "a.txt").write_bytes("Congé de maladie".encode("cp1252"))
    pages, _ = load_pages(tmp_path / "a.txt")
    assert pages[0].text == "Congé de maladie"


def test_pdf_pages_keep_their_numbers(tmp_path):
    path = text_pdf(tmp_path / "a.pdf", "\n".join(f"Ligne {i} du texte." for i in range(90)), lines_per_page=40)
    pages, paged = load_pages(path)
    assert paged and [p.number for p in pages] == [1, 2, 3]
    assert "Ligne 45" in pages[1].text
