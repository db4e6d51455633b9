"""Unit tests of how the harness scores computed answers: the gold items' optional ``deadline``
field (the last day, computed by hand) and the share of answers stating exactly that day; the
optional ``amounts`` field and the share of answers stating them, cited to their table.

Fast: hand-made gold lines and records, no index.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from evals.gold import GoldError, parse_gold
from evals.metrics import amount_led, amounts_stated, french_dates, money, problems, score, stated_deadline


def line(**fields) -> str:
    data = {"id": "Q001", "question": "J'ai pris connaissance des faits le 10 novembre 2025, jusqu'à quand pour le grief ?",
            "doc": "bourget", "clauses": ["10-1.02"], "evidence": ["quarante (40) jours ouvrables"],
            "answer": "Le jeudi 15 janvier 2026.", "key_facts": ["40"], "type": "numeric", "follows": None}
    data.update(fields)
    return json.dumps(data, ensure_ascii=False)


def record(answer: str, abstained: bool = False) -> dict:
    return {"id": "Q001", "question": "q", "answer": answer, "abstained": abstained, "citations": [],
            "retrieved": [], "latency_ms": 10.0}


def test_french_dates_are_read_in_order():
    text = "**Au plus tard le jeudi 15 janvier 2026** ; compté du 1er décembre 2025, pas le 31 février 2026."
    assert french_dates(text) == [date(2026, 1, 15), date(2025, 12, 1)]


def test_the_deadline_field_is_an_iso_date_on_an_answerable_item():
    assert parse_gold([line(deadline="2026-01-15")])[0].deadline == date(2026, 1, 15)
    assert parse_gold([line()])[0].deadline is None
    for bad in ("15 janvier 2026", "2026-13-01", 20260115):
        with pytest.raises(GoldError, match="deadline"):
            parse_gold([line(deadline=bad)])
    with pytest.raises(GoldError, match="deadline"):
        parse_gold([line(doc=None, type="unanswerable", clauses=[], evidence=[], key_facts=[], deadline="2026-01-15")])


def test_the_stated_deadline_is_the_first_date_the_question_does_not_give():
    item = parse_gold([line(deadline="2026-01-15")])[0]
    assert stated_deadline(item, record("Le 10 novembre 2025 : au plus tard le jeudi 15 janvier 2026.")) == date(2026, 1, 15)
    assert stated_deadline(item, record("Au plus tard le 14 janvier 2026.")) == date(2026, 1, 14)
    assert stated_deadline(item, record("Quarante jours ouvrables.")) is None
    assert stated_deadline(item, record("Je ne trouve pas.", abstained=True)) is None


def test_deadlines_exact_is_scored_and_a_wrong_day_is_a_problem():
    items = parse_gold([line(deadline="2026-01-15"), line(id="Q002", deadline="2026-01-15"), line(id="Q003")])
    records = [record("Au plus tard le jeudi 15 janvier 2026."), dict(record("Au plus tard le 16 janvier 2026."), id="Q002"),
               dict(record("rien"), id="Q003")]
    assert score(items, records)["deadlines_exact"] == 0.5
    assert "deadline 2026-01-16 (gold 2026-01-15)" in problems(items[1], records[1])
    assert not any("deadline" in p for p in problems(items[0], records[0]))


# -- amounts (the optional ``amounts`` field) ---------------------------------------------------


def amount_line(**fields) -> str:
    return line(question="Combien gagne un enseignant à l'échelon 12 au 1er avril 2013 ?", clauses=["Annexe M"],
                evidence=["60 293"], key_facts=["60 293"], **fields)


def test_the_amounts_field_lists_amounts_with_their_unit():
    assert parse_gold([amount_line(amounts=["60 293 $", "0,15 $"])])[0].amounts == ("60 293 $", "0,15 $")
    for bad in ([], ["60 293"], "60 293 $", ["soixante mille $"]):
        with pytest.raises(GoldError, match="amounts"):
            parse_gold([amount_line(amounts=bad)])


def test_amounts_exact_needs_every_amount_and_a_citation_of_the_table():
    item = parse_gold([amount_line(amounts=["60 293 $", "61 499 $"])])[0]
    table = [{"doc": "bourget", "clause": "Annexe M", "quote": "12\t60 293"}]
    both = "**60\u00a0293 $** par année (61 499 $ au 1er avril 2014)"
    assert amounts_stated(item, dict(record(both), citations=table))
    assert not amounts_stated(item, dict(record("**60 293 $** par année"), citations=table))  # one missing
    assert not amounts_stated(item, record(both))  # not cited to its table
    assert not amounts_stated(item, dict(record(both, abstained=True), citations=table))
    assert money("0,15 $ /km, 1 383 $ et l'échelon 12") == {"0,15", "1383"}
    assert money("36 000,00 $, 4 250 $ et 25,50 $") == money("36 000 $, 4 250,00 $ et 25,50 $") == {"36000", "4250", "25,50"}
    items = [item, parse_gold([amount_line(id="Q002", amounts=["1 383 $"])])[0]]
    records = [dict(record(both), citations=table), dict(record("1 356 $"), id="Q002", citations=table)]
    assert score(items, records)["amounts_exact"] == 0.5
    assert any(p.startswith("amounts 1 383 $ not all stated") for p in problems(items[1], records[1]))


def test_amount_led_needs_the_answer_to_lead_with_a_gold_amount():
    item = parse_gold([amount_line(amounts=["60 293 $"])])[0]
    table = [{"doc": "bourget", "clause": "Annexe M", "quote": "12\t60 293"}]
    led = dict(record("**60 293 $** par année — Annexe M, échelon 12 (57 540 $ à l'échelon 11)"), citations=table)
    whole = dict(record("Annexe M : 57 540 $ à l'échelon 11, 60 293 $ à l'échelon 12"), citations=table)
    assert amount_led(item, led) and amounts_stated(item, whole) and not amount_led(item, whole)
    assert score([item], [whole])["amounts_exact"] == 1.0 and score([item], [whole])["amounts_led"] == 0.0
