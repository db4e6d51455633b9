"""assistant.colloquial: a punishment is a disciplinary measure in any form of the verb (« me punir », « être punie »,
« une punition »), in paraphrases other than DEV Q1296 it was written for. Not committed (R8): with it Q1296 is refused
for « pantoute », which assistant.scope does not yet read as filler."""

from __future__ import annotations

import pytest

from .colloquial_added import added_words as _added


@pytest.mark.parametrize("question", [
    "Si je refuse de corriger en fin de semaine, le Collège peut-tu me punir ?",
    "Vais-je être punie si j'arrive en retard trois fois ?",
    "Une punition pour avoir critiqué la direction sur Facebook, c'est permis ?",
    "Ils m'ont puni pour une affaire que j'ai pas faite, je fais quoi ?",
    "La Commission punit-elle un prof qui refuse une sortie ?",
])
def test_a_punishment_is_a_disciplinary_measure(question):
    assert "mesures disciplinaires" in _added(question)
