"""Normalise extracted text: undo PDF/Markdown extraction artefacts, keep the wording.

Only artefacts are fixed (markup, superscripts, footnote markers, bullets glued to
clause numbers, words hyphenated at a line end, odd spaces); the wording of the
clauses and the line structure (clause detection relies on line starts) are kept.
Every rule is idempotent, so ``normalise`` applied to its own output changes nothing.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import Sequence

from .numbering import CLAUSE_NUMBER as _CLAUSE_NUMBER
from .types import NormalisedText, Page

log = logging.getLogger(__name__)

#: Separator put between two pages.
PAGE_SEPARATOR = "\n\n"

# --- markup -------------------------------------------------------------------------

_CHECKBOX = re.compile(r"<input\b[^>]*type=\"?checkbox\"?[^>]*/?>", re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?(?:i|b|u|em|strong|sup|sub|span|small|font)\b[^>]*>", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"[ \t]*(?:</?(?:p|ul|ol|li|br|hr|div)\b[^>]*/?>[ \t]*)+", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]+)\]\((?:#|https?://)[^()\s]*\)")
# "ARBITRAGE**9-2.01**": a clause number glued to the heading before it.
_GLUED_BEFORE_NUMBER = re.compile(rf"(?<=[^\s*«])\*\*(?=(?:{_CLAUSE_NUMBER})\b)")
# "9-2.23**A) Frais": text glued after a clause number.
_GLUED_AFTER_NUMBER = re.compile(rf"(?m)^((?:«\s*)?{_CLAUSE_NUMBER})\*\*(?=[^\s*])")
_BOLD = re.compile(r"\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")
_ESCAPED = re.compile(r"\\([$_#&%])")

# --- LaTeX that PDF converters leave for fractions and formulas ----------------------

_DISPLAY_MATH = re.compile(r"\$\$((?:\\\$|[^$])+?)\$\$")
_INLINE_MATH = re.compile(r"(?<![\\$])\$(?=[^\s$])((?:\\\$|[^$\n])*?[\\^](?:\\\$|[^$\n])*?)(?<=[^\s\\])\$")
_LATEX_TEXT = re.compile(r"\\(?:text|mathrm|textit|textbf)\{([^{}]*)\}")
_LATEX_FRAC = re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}")
_LATEX_SYMBOLS = {r"\times": "×", r"\cdot": "·", r"\leq": "≤", r"\geq": "≥", r"\%": "%", r"\$": "$"}

# --- superscripts and footnote markers ---------------------------------------------

_SUPERSCRIPT_BRACED = re.compile(r"(?<=\d) ?\^\{([^{}\n]*)\}|\^\{([^{}\n]*)\}")
_SUPERSCRIPT_BARE = re.compile(r"(?<=\d) ?\^(\w+)|\^(\w+)")
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# A footnote marker: superscript digits after a word or a closing sign (not at a
# line start, where they begin the footnote's own text).
_FOOTNOTE_MARKER = re.compile(
    rf"(?<=[^\s{_SUPERSCRIPT_DIGITS}])[ ]?[{_SUPERSCRIPT_DIGITS}]+(?![{_SUPERSCRIPT_DIGITS}])"
)

# --- bullets, hyphenation, spaces ---------------------------------------------------

# "- 1-2.40 Matière", "• 5-2.01 …", "- « 5-1.20": a bullet before a clause number.
_CLAUSE_BULLET = re.compile(rf"(?m)^[ \t]*[-•*][ \t]+(?=(?:«[ \t]*)?{_CLAUSE_NUMBER}(?![\d.]))")
_ODD_SPACES = re.compile("[\u00a0\u2007\u2009\u200a\u202f\u2002\u2003\u2004\u2005\u2006]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_LINE_RUN = re.compile(r"\n{4,}")
# "disponi-\nbilité", "bien-\n\nêtre": a word broken at a line end (one blank line allowed
# between, as PDF converters often put one after every line).
_HYPHENATED = re.compile(r"(?<![\w-])(\w+)-\n(?:[ \t]*\n)?[ \t]*([a-zàâäçéèêëîïôöùûüÿœæ][\w]*)")

#: First parts of French compounds whose hyphen is kept when they are broken at a line end.
COMPOUND_FIRST_PARTS = frozenset(
    """
    après arrière avant bien demi ex grand grande grands grandes mi non peut quasi semi sous
    vice savoir porte contre celui celle ceux celles équipe équipes beau belle beaux
    petit petite petits petites nord sud haut basse bas court long plein pleine
    arc auto co libre mieux lui elle eux chef chefs garde gardes ayant ayants
    dix vingt trente quarante cinquante soixante quatre
    """.split()
)
#: Second parts of French compounds whose hyphen is kept.
COMPOUND_SECOND_PARTS = frozenset(
    """
    ci là même mêmes être faire dire il ils elle elles on t-il t-elle je tu nous vous moi toi
    école écoles centre centres classe classes matière matières ressource ressources
    enseignant enseignants enseignante enseignantes mentor mentors cadre cadres
    clé clés type types conseil conseils parent parents mère mères père pères fils fille
    temps part droit droits mer delà dessus dessous devant dehors
    """.split()
)


def normalise(pages: Sequence[Page], paged: bool = False) -> NormalisedText:
    """Join and clean the pages of a document, recording where each page starts.

    ``paged`` says whether the page numbers are real (PDF); it is kept on the result.
    """
    text = ""
    page_starts: list[int] = []
    for page in pages:
        cleaned = normalise_page_text(page.text)
        if cleaned and text:
            text += PAGE_SEPARATOR
        page_starts.append(len(text))  # an empty page starts where the next one does
        text += cleaned
    if not page_starts:
        page_starts = [0]
    log.debug("normalised %d page(s) into %d characters", len(pages), len(text))
    return NormalisedText(text=text, page_starts=tuple(page_starts), paged=paged)


def normalise_page_text(text: str) -> str:
    """Normalise the text of one page (see the module docstring for the rules)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = fix_spaces(text)
    text = strip_markup(text)
    text = fix_latex(text)
    text = fix_superscripts(text)
    text = remove_footnote_markers(text)
    text = remove_clause_bullets(text)
    text = join_hyphenated_words(text)
    return tidy_blank_lines(text)


def fix_spaces(text: str) -> str:
    """Non-breaking and thin spaces become plain spaces; zero-width characters and soft hyphens go."""
    text = _ODD_SPACES.sub(" ", text)
    return _ZERO_WIDTH.sub("", text)


def strip_markup(text: str) -> str:
    """Remove Markdown emphasis, HTML tags, Markdown escapes and link targets."""
    text = _CHECKBOX.sub("☐", text)
    text = _INLINE_TAG.sub("", text)
    text = _BLOCK_TAG.sub(_block_tag_replacement, text)
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _GLUED_BEFORE_NUMBER.sub("\n\n", text)
    text = _GLUED_AFTER_NUMBER.sub(r"\1\n\n", text)
    text = _BOLD.sub("", text)
    text = _ITALIC.sub(r"\1", text)
    # Escaped dollars inside formulas are handled with the formula.
    return text


def _block_tag_replacement(match: re.Match) -> str:
    """A block tag between two words becomes one space; at a line's edge, nothing."""
    string, start, end = match.string, match.start(), match.end()
    at_line_start = start == 0 or string[start - 1] == "\n"
    at_line_end = end == len(string) or string[end] == "\n"
    return "" if at_line_start or at_line_end else " "


def fix_latex(text: str) -> str:
    """Turn the small LaTeX formulas of converted PDFs into plain text (``$\\frac{1}{2}$`` -> ``1/2``)."""
    text = _DISPLAY_MATH.sub(lambda m: _plain_formula(m.group(1)), text)
    text = _INLINE_MATH.sub(lambda m: _plain_formula(m.group(1)), text)
    return _ESCAPED.sub(r"\1", text)


def _plain_formula(formula: str) -> str:
    formula = _LATEX_TEXT.sub(r"\1", formula)
    formula = _LATEX_FRAC.sub(lambda m: f"{m.group(1).strip()}/{m.group(2).strip()}"
                              if " " not in m.group(1).strip() + m.group(2).strip()
                              else f"{m.group(1).strip()} / {m.group(2).strip()}", formula)
    for command, symbol in _LATEX_SYMBOLS.items():
        formula = formula.replace(command, symbol)
    return " ".join(formula.split())


def fix_superscripts(text: str) -> str:
    """``1^{er}`` -> ``1er``, ``28^e`` -> ``28e``, ``1 ^{er}`` -> ``1er``."""
    text = _SUPERSCRIPT_BRACED.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    return _SUPERSCRIPT_BARE.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)


def remove_footnote_markers(text: str) -> str:
    """Drop superscript footnote markers glued to a word (``service¹ au`` -> ``service au``).

    The footnotes themselves (lines starting with ``¹``) are kept.
    """
    return _FOOTNOTE_MARKER.sub(_footnote_replacement, text)


def _footnote_replacement(match: re.Match) -> str:
    """Keep units such as ``m²``/``m³``; drop every other marker."""
    marker = match.group(0)
    before = match.string[max(0, match.start() - 3):match.start()]
    if marker in ("²", "³") and re.search(r"(?:^|[^\w])[ckdm]?m$", before):
        return marker
    return ""


def remove_clause_bullets(text: str) -> str:
    """``- 1-2.40 Matière`` -> ``1-2.40 Matière``: a list bullet put before a clause number."""
    return _CLAUSE_BULLET.sub("", text)


def join_hyphenated_words(text: str) -> str:
    """Join words broken at a line end: ``disponi-\\nbilité`` -> ``disponibilité``.

    A known compound keeps its hyphen (``bien-\\n\\nêtre`` -> ``bien-être``).
    """
    return _HYPHENATED.sub(_join_hyphenated, text)


def _join_hyphenated(match: re.Match) -> str:
    first, second = match.group(1), match.group(2)
    if is_compound(first, second):
        return f"{first}-{second}"
    return f"{first}{second}"


def is_compound(first: str, second: str) -> bool:
    """Whether ``first-second`` is a hyphenated compound rather than one word cut in two."""
    if first.isdigit() or second.isdigit():
        return True
    return first.lower() in COMPOUND_FIRST_PARTS or second.lower() in COMPOUND_SECOND_PARTS


def tidy_blank_lines(text: str) -> str:
    """Remove trailing spaces, leading/trailing blank lines; at most two blank lines in a row."""
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_LINE_RUN.sub("\n\n\n", text)
    return text.strip("\n")


def strip_accents(text: str, form: str = "NFKD") -> str:
    """``text`` without its combining marks ("é" -> "e", "Ç" -> "C"), after the Unicode
    decomposition ``form`` (NFKD also unfolds compatibility characters such as "²"; NFD keeps
    them). The one home of accent folding: BM25 tokens, table and job-class names, deadline
    rules and the out-of-corpus vocabulary all fold through it. The marks are looked up among
    the text's distinct characters, not character by character (an agreement's calendar folds
    every clause)."""
    text = unicodedata.normalize(form, text)
    for mark in [c for c in set(text) if unicodedata.combining(c)]:
        text = text.replace(mark, "")
    return text
