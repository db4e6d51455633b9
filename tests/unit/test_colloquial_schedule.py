"""« changer mon horaire », « personnel de soutien »: a change of one's working hours and the support staff, in the
Bourget convention's words (8-11.08, 8-15.08 « Le Collège ne peut modifier l'horaire de travail d'un salarié éducateur
non-enseignant sans un préavis de sept (7) jours »)."""

import pytest

from assistant.colloquial import expand


def _added(question: str) -> str:
    """The words expand() appends to ``question`` (empty when none)."""
    expanded = expand(question)
    return expanded[len(question):] if expanded.startswith(question) else expanded


@pytest.mark.parametrize("question", [
    "La direction veut changer mon horaire à partir du lundi 15 mars 2027.",  # DEV Q1224
    "On m'annonce un nouvel horaire de travail qui commencerait le mercredi 6 octobre 2027.",  # DEV Q1440
    "Mon boss peut-tu chambarder mon horaire du jour au lendemain ?",
])
def test_a_change_of_one_s_hours_is_modifier_l_horaire_de_travail(question):
    assert "modifier l'horaire de travail" in _added(question)


@pytest.mark.parametrize("question", [
    "Au Collège, est-ce que je peux changer l'heure de mes cours moi-même ?",  # 8-4.05's, its own mapping
    "Je veux changer mon horaire de mes cours.",
    "Mon boss peut-tu changer mon horaire de travail du jour au lendemain ?",  # writes the clause's words already
    "Je veux changer d'école l'an prochain.",
    "Je veux changer de groupe en cours d'année.",
    "La Commission doit m'avertir combien de jours d'avance avant de modifier mon horaire de travail ?",  # its own word
])
def test_other_changes_are_not_one_s_working_hours(question):
    assert "modifier l'horaire de travail" not in _added(question)


@pytest.mark.parametrize("question", [
    "Je suis technicienne au Collège (personnel de soutien).",
    "Je travaille au Collège comme employée de soutien, pas comme enseignante.",
    "Je suis technicien au Collège, pas enseignant.",
])
def test_support_staff_is_non_enseignant(question):
    assert "non-enseignant" in _added(question)


def test_a_teacher_or_support_said_of_something_else_is_not_support_staff():
    assert "non-enseignant" not in _added("Je suis enseignante et je veux du soutien pour un élève en difficulté.")
