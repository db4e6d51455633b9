"""Refusals of what the best passages leave out, round 2 (fresh DEV Q806-Q825): a count stated after its word, a
length of time in a unit no passage counts in, a place no passage names, a benefit the passages give the union only."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, missing_value, union_benefit
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*texts: str) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"doc:{i}", doc="doc", clause_id=f"3-1.0{i}", kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


GUIDE = _passages("Offrir à son personnel une formation préventive telle que Prendre soin de soi et de son bien-être, "
                  "offerte par la Croix-Rouge.", "Créer un comité de bienveillance au sein d'une équipe-école.",
                  "Cette reddition de comptes devrait avoir lieu au cours du mois d'avril.",
                  "Un sondage consiste en un état des lieux de la satisfaction des personnes mentores.")


def test_a_count_stated_after_its_word_is_answered():
    # fresh DEV Q807 was refused: « Le nombre maximum d'élèves … est de trente-cinq (35) » states a count
    ratio = _passages("8-7.03 Ratio d'élèves au niveau secondaire\n\nLe nombre maximum d'élèves par groupe ou par classe "
                      "au niveau secondaire est de trente-cinq (35).")
    question = "Au Collège, en secondaire 4, ils peuvent me mettre jusqu'à combien d'élèves dans ma classe ?"
    assert missing_value(question, ratio) == ""
    assert missing_value(question, GUIDE) == "aucun nombre de personnes, d'écoles ni de groupes"
    # a clause id after the word is no count
    assert missing_value(question, _passages("Le nombre d'élèves est établi selon la clause 8-7.01.")) != ""


@pytest.mark.parametrize("question, stated", [
    ("La formation de la Croix-Rouge, elle dure combien d'heures ?", "une formation de 7 heures"),
    ("La rencontre dure combien de minutes ?", "une période de soixante (60) minutes"),
    ("Le congé dure combien de semaines ?", "un congé de dix-huit (18) semaines"),
])
def test_a_length_in_a_unit_no_passage_counts_in_is_refused(question, stated):
    assert missing_value(question, GUIDE).startswith("aucune durée en ")
    assert missing_value(question, GUIDE + _passages(stated)) == ""
    assert missing_value(question, GUIDE, ScopeParams(value_hits=0)) == ""


@pytest.mark.parametrize("question", [
    "Les 6 journées d'accompagnement avec les formatrices avaient lieu où ?",
    "Le comité se réunit à quel endroit ?",
    "La formation se donne dans quel local ?",
])
def test_a_place_no_passage_names_is_refused(question):
    # « état des lieux », « au lieu de » name no place
    assert missing_value(question, GUIDE + _passages("au lieu de payer la prime")) == "aucun lieu"
    for stated in ("la rencontre aura lieu au bureau de la direction", "les audiences se tiennent à Montréal",
                   "elle se rend sur les lieux du travail"):
        assert missing_value(question, _passages(stated) + GUIDE) == ""


def test_where_that_compares_agreements_asks_no_place():
    assert missing_value("Le délai de carence, c'est où que c'est le plus court ?", GUIDE) == ""


def test_a_benefit_the_passages_give_the_union_only_is_refused():
    # fresh DEV Q806: Bourget 3-1.02 gives a casier to the Association
    hits = _passages("Le Collège met un casier, à la disposition de l'Association et y dépose, sur réception, le courrier "
                     "qui lui est destiné.", "Le Collège fournit à l'Association un local.")
    question = "Au Collège, le Collège est-tu obligé de me donner un casier qui barre pour mettre mes affaires ?"
    gap = union_benefit(question, hits)
    assert gap is not None and gap.thing == "un casier" and gap.clauses == ("3-1.01",)
    # a sentence giving it to the staff keeps the question answered; so does a benefit no sentence holds
    staff = hits + _passages("Le Collège met un casier à la disposition de chaque salarié éducateur.")
    assert union_benefit(question, staff) is None
    assert union_benefit("Le Collège doit-tu me donner un sarrau ?", hits) is None
    assert union_benefit(question, hits, ScopeParams(benefit_hits=0)) is None


def test_a_date_no_passage_gives_for_the_act_asked_is_refused():
    # fresh DEV Q824: the guide dates the OPMO reporting only
    from assistant.scope import missing_date_act
    question = "Pour la mesure 15158, on a jusqu'à quelle date pour dépenser notre enveloppe avant de perdre l'argent ?"
    assert missing_date_act(question, GUIDE) == "dépenser notre enveloppe"
    dated = _passages("L'enveloppe doit être dépensée au plus tard le 30 juin.") + GUIDE
    assert missing_date_act(question, dated) == ""
    assert missing_date_act(question, GUIDE, ScopeParams(value_hits=0)) == ""
    assert missing_date_act("Quand est-ce que la reddition de comptes a lieu ?", GUIDE) == ""  # no act asked a date for


def test_a_school_year_the_passages_are_not_written_for_is_refused():
    # fresh DEV Q818: the CNCEC's entente covers 2023-2024 only
    from assistant.scope import period_of_another_year
    entente = _passages("Pour l'année scolaire 2023-2024, les mandats de l'enseignant libéré ne seront pas associés au "
                        "programme de conduite de grue.", "L'enseignant libéré conserve ses conditions du calendrier 2023-2024.")
    question = "Au CNCEC, il peut-tu garder ce poste l'année suivante, en 2024-2025 ?"
    assert period_of_another_year(question, entente) == "2023-2024"
    assert period_of_another_year("Au CNCEC, il peut-tu garder ce poste en 2023-2024 ?", entente) == ""
    # scales over several years: a question on one of them is the answerer's
    scales = entente + _passages("Échelle 2024-2025 et 2025-2026.")
    assert period_of_another_year(question.replace("2024-2025", "2026-2027"), scales) == ""
    assert period_of_another_year("Il peut-tu garder ce poste l'année suivante ?", entente) == ""
    # one dated annex among undated clauses: the clauses hold whatever the year
    clauses = _passages("Le salarié a droit à six jours de congé de maladie.", "Les jours non utilisés sont remboursés.",
                        "Annexe E : échelle 2013-2014.", "La banque est créditée au début de l'année.")
    assert period_of_another_year("Au Collège, en 2017-2018, j'ai droit à combien de jours de maladie ?", clauses) == ""
