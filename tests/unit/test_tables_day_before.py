"""A rate asked « avant le 141e jour » of a school year (assistant/tables.py: row_lookup) is the row « Jusqu'au 140e
jour » of that year, not « À compter du 141e jour »; a day named as such still keeps its own row."""

from __future__ import annotations

from assistant.tables import row_lookup
from ingest.tables import find_tables
from tests.unit.table_texts import CRIS_13_2_03


def test_before_the_141st_day_is_the_row_up_to_the_140th():
    tables = find_tables(CRIS_13_2_03, "cris", "13-2.03")
    (rate,) = row_lookup(tables, "En 2005-2006, avant le 141e jour, un prof à taux horaire était payé combien de l'heure ?")
    assert rate.value == "42,98 $"
    (rate,) = row_lookup(tables, "Taux horaire à compter du 141e jour de travail de l'année scolaire 2005-2006 ?")
    assert rate.value == "43,84 $"
