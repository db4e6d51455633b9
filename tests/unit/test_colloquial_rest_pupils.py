"""assistant.colloquial, twelfth group: a place to rest, or the staff room by its everyday names, is Bourget 3-2.01's
« salle de repos »; the pupils said as « les jeunes », « des ados » are the agreements' « élèves »; « une journée
perso » is 6-3.10's « raisons personnelles » and a permission its « autorisation ». Paraphrases other than the DEV
questions they were written for (Q1442, Q1444, Q011), and the wordings that must not be read so."""

from __future__ import annotations

import pytest

from assistant.colloquial import without_mapped

from .colloquial_added import added_words as _added


@pytest.mark.parametrize("question", [
    "Est-ce qu'on a droit à une salle des profs au Collège ?",
    "Le salon du personnel, c'est obligatoire d'en avoir un ?",
    "Y a-tu un local pour se reposer entre deux périodes ?",
    "On n'a aucun endroit où décompresser le midi, c'est normal ?",
    "Je cherche un coin tranquille pour relaxer pendant ma pause, l'employeur doit-tu en fournir un ?",
])
def test_a_place_to_rest_is_the_rest_room(question):
    assert "salle de repos" in _added(question)


@pytest.mark.parametrize("question", [
    "Je me repose pas assez, j'ai-tu droit à un congé ?",
    "La salle de classe est trop petite pour mon groupe",
    "La salle de repos est-tu réservée aux profs ?",  # the agreement's own words: nothing to add
])
def test_rest_or_a_room_alone_is_not(question):
    assert "salle de repos" not in _added(question)


@pytest.mark.parametrize("question", [
    "J'ai 34 jeunes dans ma classe de secondaire 2, c'est-tu trop ?",
    "Mes ados de secondaire 4 partent en voyage : combien d'accompagnateurs ?",
    "Quand je surveille des adolescents à la piscine, je suis payée comment ?",
])
def test_the_young_are_the_pupils(question):
    assert "élèves" in _added(question)


def test_the_youth_sector_is_a_name_not_the_pupils():
    assert "élèves" not in _added("J'enseigne au secteur des jeunes chez les Cris, mon horaire c'est quoi ?")


@pytest.mark.parametrize("question", [
    "Combien de congés perso j'ai par année au Collège ?",
    "Mes journées perso, faut-tu que je les justifie ?",
])
def test_a_personal_day_is_for_personal_reasons(question):
    assert "raisons personnelles" in _added(question)


def test_a_permission_is_an_authorisation():
    assert "autorisation" in _added("Faut-tu la permission de la direction pour partir plus tôt ?")
    assert "autorisation" in _added("Ils m'ont refusé mes permissions d'absence, c'est permis ?")


def test_mapped_words_are_no_unknown_topic_words():
    assert "jeunes" not in without_mapped("J'ai 170 jeunes à surveiller")
    assert "perso" not in without_mapped("Une journée perso, ça se prend comment ?")
