"""A limit asked of a count of any thing (« y a-tu un maximum de plans d'intervention ? ») is refused when no passage counts
that thing by a number: a passage dating the thing (8-8.11: « au plus tard le 15 octobre ») sets no maximum (fresh DEV
Q1898). Paraphrases with other things, verbs and sentence shapes; none is a gold question."""

from __future__ import annotations

import pytest

from assistant.scope import missing_value
from assistant.types import Hit
from ingest.types import Chunk

LIMIT = "aucune limite chiffrée"


def _passages(*texts: str) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"doc:{i}", doc="doc", clause_id=f"8-8.1{i}", kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


DATED = _passages("Les plans d'intervention visant les élèves en difficulté doivent, dans la mesure du possible, être rendus "
                  "accessibles au plus tard le 15 octobre de chaque année à l'enseignant.",
                  "Le comité se réunit au moins trois (3) fois par année. Les rencontres de parents ont lieu en novembre.",
                  "L'enseignant participe aux réunions convoquées par la direction le 30 juin.")


@pytest.mark.parametrize("question", [
    "Au Collège, y a-tu un maximum de plans d'intervention qu'un prof peut avoir à rédiger dans une même année ?",
    "Est-ce qu'il existe un nombre maximum de plans d'intervention par enseignante ?",
    "C'est quoi la limite de réunions où la direction peut me convoquer en juin ?",
    "Y a-t-il un minimum de rencontres de parents que je dois tenir chaque année ?",
    "Quel est le maximum de comités auxquels un prof peut être obligé de siéger ?",
])
def test_a_limit_asked_of_a_thing_no_number_counts_is_refused(question):
    assert missing_value(question, DATED) == LIMIT


@pytest.mark.parametrize("question, stated", [
    ("Y a-tu un maximum de plans d'intervention par prof ?",
     "L'enseignant rédige au plus deux (2) plans d'intervention par année."),
    ("Est-ce qu'il existe un nombre maximum d'élèves dans un groupe de 3e secondaire ?",
     "Le nombre maximum d'élèves par groupe au 1er cycle du secondaire est de trente-deux (32)."),
    ("C'est quoi la limite de surveillances qu'on peut me donner par semaine ?",
     "Un maximum de 3 surveillances par semaine peut être assigné à l'enseignant."),
    ("Quelle est la limite de comités pour un salarié ?", "Un salarié ne siège pas à plus de deux comités à la fois."),
])
def test_a_limit_stated_by_a_count_of_the_thing_is_answered(question, stated):
    assert missing_value(question, _passages(stated)) == ""


@pytest.mark.parametrize("question", [
    # a length is counted in its units, not by its own word
    "Au Collège, c'est quoi le minimum de temps que j'ai pour dîner le midi ?",
    "Y a-tu une limite de délai pour contester ma note ?",
    # a limit a statement names is no limit asked
    "Le groupe que je remplace dépasse le maximum d'élèves. J'ai-tu droit à la compensation ?",
])
def test_no_count_of_the_thing_asked(question):
    assert missing_value(question, DATED) != LIMIT
