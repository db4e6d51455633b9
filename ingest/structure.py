"""Split a normalised document into clauses: the dispatcher.

``parse`` looks at the content, never at the document key:

* an amending agreement (numbered instructions such as "9) La clause 5-2.01 est
  remplacée par ce qui suit :") goes to :func:`ingest.amendments.parse_amendments`;
* a document with numbered clauses (``X-Y.ZZ``) goes to the convention parser
  (:mod:`ingest.convention`): chapter -> article -> clause, then annexes and letters
  of agreement;
* anything else goes to the headings parser (:mod:`ingest.headings`), which splits at
  the document's own headings (its table of contents when it has one).

Every Clause's ``text`` is exactly ``text.text[start:end]``.

The parts: :mod:`ingest.numbering` (clause, article and annex ids), :mod:`ingest.lines`
(lines and what they are), :mod:`ingest.toc` (tables of contents), :mod:`ingest.clauses`
(Clause values over spans), the three parsers above.

Public names: ``parse``; re-exported for callers of this module: ``AMENDING_KIND``,
``PREAMBLE_ID``, ``SIGNATURES_ID``, ``has_numbered_clauses``, ``is_amending_agreement``,
``parse_amendments``, ``parse_convention``, ``parse_headed_document``, ``table_of_contents``.
"""

from __future__ import annotations

import logging

from .amendments import AMENDING_KIND, is_amending_agreement, parse_amendments
from .clauses import PREAMBLE_ID, SIGNATURES_ID
from .convention import has_numbered_clauses, parse_convention
from .headings import parse_headed_document
from .toc import table_of_contents
from .types import Clause, Document, NormalisedText

__all__ = [
    "AMENDING_KIND",
    "PREAMBLE_ID",
    "SIGNATURES_ID",
    "has_numbered_clauses",
    "is_amending_agreement",
    "parse",
    "parse_amendments",
    "parse_convention",
    "parse_headed_document",
    "table_of_contents",
]

log = logging.getLogger(__name__)


def parse(document: Document, text: NormalisedText) -> list[Clause]:
    """Clauses of a document, by the parser its content calls for."""
    if is_amending_agreement(document, text.text):
        log.debug("%s: parsed as an amending agreement", document.key)
        return parse_amendments(document, text)
    if has_numbered_clauses(text.text):
        log.debug("%s: parsed as a convention with numbered clauses", document.key)
        return parse_convention(document, text)
    log.debug("%s: parsed by its headings", document.key)
    return parse_headed_document(document, text)
