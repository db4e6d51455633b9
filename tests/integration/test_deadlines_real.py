"""The deadline calculator on the real agreement texts of corpus/.

The clauses are cut out of the corpus text files by a plain search (a clause starts at a line
that begins with its id and runs to the next clause id), so this test does not depend on
ingest's parser. The expected dates are worked out by hand in the comments.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from assistant.deadlines import (
    compute_deadline,
    format_answer,
    parse_date,
    parse_delay,
    rules_from_clauses,
)

pytestmark = pytest.mark.integration

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
BOURGET = CORPUS / "bourget-convention-college-bourget-2014-2019.txt"
CRIS = CORPUS / "cris-accord-commission-scolaire-crie.txt"
QUESTION = ("J'ai pris connaissance des faits le 10 novembre 2025, jusqu'à quand pour déposer "
            "le grief ?")

_CLAUSE_LINE = re.compile(r"^(?:- )?(\d{1,2}-\d{1,2}\.\d{2})(?![\d.])")


def clause_text(path: Path, clause_id: str) -> str:
    """The longest passage that starts at a line beginning with ``clause_id`` (not the table of contents)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    best = ""
    for i, line in enumerate(lines):
        match = _CLAUSE_LINE.match(line)
        if not match or match[1] != clause_id:
            continue
        body = [line]
        for following in lines[i + 1:]:
            if _CLAUSE_LINE.match(following) or following.startswith("Chapitre "):
                break
            body.append(following)
        text = "\n".join(body).strip()
        if len(text) > len(best):
            best = text
    assert best, f"{clause_id} not found in {path.name}"
    return best


@pytest.fixture(scope="module")
def bourget_clauses() -> dict[str, str]:
    return {cid: clause_text(BOURGET, cid) for cid in ("1-2.38", "8-16.01", "8-16.02", "10-1.02", "10-1.07")}


def test_the_clauses_say_what_the_calculator_relies_on(bourget_clauses):
    assert "Du lundi au vendredi inclusivement à l'exception des jours fériés et chômés prévus au " \
           "calendrier et déterminés par le Collège" in bourget_clauses["1-2.38"]
    assert "Dans les quarante (40) jours ouvrables de la connaissance des faits" in bourget_clauses["10-1.02"]
    assert "du 24 décembre au 3 janvier inclusivement" in bourget_clauses["8-16.02"]
    assert "les délais ne courent pas durant la période du 1^{er} juillet jusqu'au 22 août" \
        in bourget_clauses["10-1.07"]
    assert "lundi de Pâques" in bourget_clauses["8-16.01"]


def test_rules_read_from_the_real_bourget_clauses(bourget_clauses):
    rules = rules_from_clauses({k: v for k, v in bourget_clauses.items() if k != "10-1.02"},
                               source_doc="bourget")
    assert rules.working_days_clause == "1-2.38"
    assert len(rules.agreement_holidays) == 7
    assert [(b.start, b.end, b.clause) for b in rules.agreement_breaks] == [((12, 24), (1, 3), "8-16.02")]
    assert [(s.start, s.end, s.clause, s.applies_to) for s in rules.suspension_periods] == [
        ((7, 1), (8, 22), "10-1.07", ("10-1.02",))]


def test_grievance_deadline_from_10_november_2025(bourget_clauses):
    # Start Monday 10 November 2025, not counted (10-1.02 counts « de la connaissance des faits »).
    # Working days (1-2.38: Monday to Friday, minus holidays and jours chômés):
    #   Nov 11–14 → 4, Nov 17–21 → 9, Nov 24–28 → 14, Dec 1–5 → 19, Dec 8–12 → 24,
    #   Dec 15–19 → 29, Dec 22–23 → 31; 24 Dec 2025 – 3 Jan 2026 are jours chômés (8-16.02):
    #   the weekdays 24, 25, 26, 29, 30, 31 Dec, 1, 2 Jan are skipped; Jan 5–9 → 36,
    #   Jan 12 → 37, 13 → 38, 14 → 39, Thursday 15 January 2026 → 40.
    # No statutory holiday falls between 11 November and 23 December in Quebec
    # (Remembrance Day is not one); 18 weekend days are skipped (9 weekends).
    rules = rules_from_clauses({k: v for k, v in bourget_clauses.items() if k != "10-1.02"},
                               source_doc="bourget")
    delay = parse_delay(bourget_clauses["10-1.02"], source_clause="10-1.02", source_doc="bourget")
    assert (delay.amount, delay.unit) == (40, "working_days")
    start = parse_date(QUESTION)
    assert start == date(2025, 11, 10)

    result = compute_deadline(start, delay, rules)
    assert result.end_date == date(2026, 1, 15)
    weekends = [s.day for s in result.skipped if s.reason in ("samedi", "dimanche")]
    others = [s for s in result.skipped if s.reason not in ("samedi", "dimanche")]
    assert len(weekends) == 18
    assert [s.day for s in others] == [date(2025, 12, d) for d in (24, 25, 26, 29, 30, 31)] + [
        date(2026, 1, 1), date(2026, 1, 2)]
    assert all("8-16.02" in s.reason for s in others)
    assert result.clauses_used == ("10-1.02", "1-2.38", "8-16.02")  # no 8-16.01 holiday outside the break

    answer = format_answer(result)
    assert answer.startswith("**Au plus tard le jeudi 15 janvier 2026**")
    assert "40 jours ouvrables à partir du 10 novembre 2025 (le jour même exclu), clause 10-1.02" in answer
    assert "déterminés par le Collège" in answer  # the assumption quotes 1-2.38


def test_grievance_deadline_across_the_summer(bourget_clauses):
    # Knowledge of the facts on Friday 19 June 2026: Jun 22 (1), 23 (2), [24 Fête nationale],
    # 25 (3), 26 (4), 29 (5), 30 (6); 1 July – 22 August: delays do not run (10-1.07);
    # Aug 24–28 (11), Aug 31–Sep 4 (16), [Sep 7 Fête du Travail], Sep 8–11 (20), Sep 14–18 (25),
    # Sep 21–25 (30), Sep 28–Oct 2 (35), Oct 5–9 (40): Friday 9 October 2026.
    rules = rules_from_clauses(bourget_clauses, source_doc="bourget")
    delay = parse_delay(bourget_clauses["10-1.02"], source_clause="10-1.02")
    result = compute_deadline(date(2026, 6, 19), delay, rules)
    assert result.end_date == date(2026, 10, 9)
    assert "10-1.07" in result.clauses_used


def test_cris_grievance_delay_is_in_calendar_days():
    # Cris 9-1.03: « dans les 120 jours de la date de l'événement » — calendar days, digits only.
    # From 10 November 2025: Nov 30 is +20, Dec 31 +51, Jan 31 +82, Feb 28 +110, Mar 10 +120,
    # a Tuesday (no move needed). The agreement gives no holiday list nor suspension for it:
    # the fallbacks are stated.
    text = clause_text(CRIS, "9-1.03")
    assert "dans les 120 jours de la date de l'événement" in text
    delay = parse_delay(text, source_clause="9-1.03", source_doc="cris")
    assert (delay.amount, delay.unit) == (120, "calendar_days")
    rules = rules_from_clauses({"9-1.03": text}, source_doc="cris")
    result = compute_deadline(date(2025, 11, 10), delay, rules)
    assert result.end_date == date(2026, 3, 10)
    assert any("Aucune clause de suspension" in a for a in result.assumptions)
