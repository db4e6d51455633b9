"""assistant.colloquial: moving home, said by the verb or by the new address or home, gets the Cris
agreement's « changement de domicile » (13-8.05 « informer … de tout changement de domicile », 5-14.02 E) « Le
changement de domicile … : le jour du déménagement »), in paraphrases other than the DEV questions it was written for
(Q754, Q1132, Q1115); a change of something else is not a move, and the past participle « déménagé » is left as it
was (with it, DEV Q954 was answered from an unrelated clause instead of refused: ab R8a)."""

from __future__ import annotations

import pytest

from .colloquial_added import added_words as _added


@pytest.mark.parametrize("question", [
    "On déménage à Chisasibi en août : faut-tu le dire à l'employeur ?",
    "Si je déménageais plus proche de l'école, j'ai-tu une journée ?",
    "Nous allons déménager la semaine prochaine, qui dois-je aviser ?",
    "J'ai changé d'adresse en janvier, la Commission doit-tu le savoir ?",
    "Je vais changer de logement le 1er juillet, ça me donne-tu un congé ?",
    "On change de maison au printemps : est-ce que j'ai droit à quelque chose ?",
    "Ma nouvelle adresse, je la donne à qui ?",
    "Je changeais d'appartement pendant les fêtes, c'est-tu un congé payé ?",
])
def test_a_move_said_in_everyday_words_is_a_change_of_domicile(question):
    assert "changement de domicile" in _added(question)


@pytest.mark.parametrize("question", [
    "Je change de poste l'an prochain, je garde-tu mon ancienneté ?",
    "Mon adresse courriel a changé au Collège, ça change quoi ?",
    "Est-ce que je peux changer de groupe en cours d'année ?",
])
def test_another_change_is_not_a_move(question):
    assert "changement de domicile" not in _added(question)


def test_the_past_participle_is_left_as_it_was():
    assert "changement de domicile" not in _added("Chez les Cris, j'ai déménagé, je dois-tu le dire à quelqu'un ?")
