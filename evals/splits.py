"""DEV and TEST parts of a gold set (``splits.json`` beside the gold file).

``evals/splits.json`` lists, under ``"test"``, the ids of the held-out items written
before any tuning: they are scored and reported apart and no tuning command reads them
unless told to (``--include-test``). Every other item is DEV. A gold file with no
``splits.json`` beside it has no split: all its items are reported as one set and
tuning uses them all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .gold import GoldError, GoldItem


#: File name of the split beside a gold file.
SPLITS_FILE = "splits.json"
#: Names of the parts, in report order ("all" is the whole gold set).
PARTS = ("all", "dev", "test")


@dataclass(frozen=True)
class Splits:
    """Ids of the held-out TEST items of a gold set; every other item is DEV."""

    test: frozenset[str]
    source: str = ""

    def dev_items(self, items: Sequence[GoldItem]) -> list[GoldItem]:
        """Items not in TEST, in gold order."""
        return [item for item in items if item.id not in self.test]

    def test_items(self, items: Sequence[GoldItem]) -> list[GoldItem]:
        """Items in TEST, in gold order."""
        return [item for item in items if item.id in self.test]

    def parts(self, items: Sequence[GoldItem]) -> dict[str, list[GoldItem]]:
        """{"all": items, "dev": DEV items, "test": TEST items}."""
        return {"all": list(items), "dev": self.dev_items(items), "test": self.test_items(items)}


def splits_path(gold_path: Path | str) -> Path:
    """Where the split of a gold file is looked for: ``splits.json`` in its folder."""
    return Path(gold_path).resolve().parent / SPLITS_FILE


def parse_splits(data, source: str = SPLITS_FILE) -> Splits:
    """A Splits from decoded JSON ``{"test": [ids...], ...}``; raises GoldError."""
    if not isinstance(data, dict) or not isinstance(data.get("test"), list):
        raise GoldError(f"{source}: expected a JSON object with a list of item ids under \"test\"")
    bad = [i for i in data["test"] if not isinstance(i, str) or not i.strip()]
    if bad:
        raise GoldError(f"{source}: \"test\" must hold item ids (strings), not {bad[0]!r}")
    return Splits(frozenset(i.strip() for i in data["test"]), source)


def load_splits(gold_path: Path | str, items: Sequence[GoldItem] | None = None) -> Splits | None:
    """The split beside ``gold_path`` (None when there is no splits.json there).

    With ``items``, every TEST id must be a gold item, and no DEV item may follow a TEST
    item (its conversation would read a TEST question).
    """
    path = splits_path(gold_path)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the split ({exc})") from None
    splits = parse_splits(data, str(path))
    if items is not None:
        known = {item.id for item in items}
        unknown = sorted(splits.test - known)
        if unknown:
            raise GoldError(f"{path}: test ids not in the gold file: {', '.join(unknown[:5])}")
        crossing = [i.id for i in items if i.id not in splits.test and i.follows in splits.test]
        if crossing:
            raise GoldError(f"{path}: DEV item(s) {', '.join(crossing)} follow a TEST item")
    return splits
