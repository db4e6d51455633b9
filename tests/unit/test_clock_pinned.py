"""Today's date pinned for a run: relative dates read alike by every question of an evaluation run."""

from datetime import date

import pytest

from assistant.clock import current_date, pinned
from assistant.deadlines import parse_dates
from assistant.types import Answer
from evals.__main__ import build_parser
from evals.gold import GoldItem
from evals.harness import run


def test_today_is_the_machines_unless_pinned():
    assert current_date() == date.today()
    with pinned(date(2026, 9, 3)):
        assert current_date() == date(2026, 9, 3)
        with pinned(date(2030, 1, 2)):
            assert current_date() == date(2030, 1, 2)
        assert current_date() == date(2026, 9, 3)
    assert current_date() == date.today()


@pytest.mark.parametrize("day, expected", [
    (date(2026, 12, 4), date(2025, 12, 10)),  # « le 10 décembre dernier » said on 4 December 2026
    (date(2027, 1, 5), date(2026, 12, 10)),   # … and on 5 January 2027
])
def test_relative_dates_read_from_the_pinned_day(day, expected):
    with pinned(day):
        assert parse_dates("J'ai reçu la lettre le 10 décembre dernier.") == [expected]


class _DayTeller:
    """A fake assistant whose every answer is the date it reads as today."""

    def conversation(self, docs=None):
        return self

    def ask(self, question):
        return Answer(question=question, text=current_date().isoformat())


def _item(n: int) -> GoldItem:
    return GoldItem(id=f"Q{n}", question=f"Question {n} ?", doc=None, clauses=(), evidence=(), answer="",
                    key_facts=(), type="unanswerable")


def test_a_run_reads_every_question_as_of_one_day():
    results = run(_DayTeller(), [_item(1), _item(2)], today=date(2026, 9, 3))
    assert [r.answer.text for r in results] == ["2026-09-03", "2026-09-03"]
    assert current_date() == date.today()  # unpinned after the run


def test_a_run_defaults_to_the_day_it_starts():
    results = run(_DayTeller(), [_item(1)])
    assert results[0].answer.text == date.today().isoformat()


def test_the_cli_takes_an_iso_day_and_refuses_another_form(capsys):
    args = build_parser().parse_args(["--out", "x", "--today", "2026-12-04"])
    assert args.today == date(2026, 12, 4)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--out", "x", "--today", "4 décembre"])
    assert "is not a date written YYYY-MM-DD" in capsys.readouterr().err
