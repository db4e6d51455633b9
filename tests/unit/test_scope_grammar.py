"""Refusals audit, session 21: grammar that names no topic (« je viens de », « censé », « d'un coup », « au bout de »)
is never an unknown topic word; a tax asked that no passage speaks of is refused; a count asked after an adjective
(« combien de nouveaux enseignants ») is a count asked."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, Vocabulary, content_words, missing_value
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*texts: str) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"doc:{i}", doc="doc", clause_id=f"3-1.0{i}", kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


@pytest.mark.parametrize("question, gone, kept", [
    # DEV Q647, Q852 and fresh DEV Q1132 were refused for these words alone
    ("Chez les Cris, je viens de changer d'adresse, faut-tu que j'en avise la Commission ?", {"viens"}, {"changer", "adresse"}),
    ("Si un collègue veut pas collaborer, qu'est-ce qu'il est censé faire ?", {"cense"}, {"collegue", "collaborer"}),
    ("Je voudrais recevoir tout le reste de mon salaire d'un coup au 30 juin", {"coup"}, {"recevoir", "reste"}),
    ("Au bout de combien de temps je perds mon ancienneté ? C'est pareil chez les Cris ?", {"bout", "pareil"}, {"temps", "perds"}),
    ("J'étais payé combien, Collège versus Cris ?", {"etais", "versus"}, {"college"}),
])
def test_grammar_is_no_topic_word(question, gone, kept):
    words = set(content_words(question, ScopeParams()))
    assert not gone & words
    assert kept <= words


def test_coming_somewhere_is_still_read():
    # « venir » without « de » + a verb is no recent past: « viens » stays a word of the question
    assert "viens" in content_words("Je peux-tu me stationner quand je viens travailler ?", ScopeParams())


def test_a_tax_no_passage_speaks_of_is_refused():
    question = "Chez les Cris, ma prime de disparités régionales, je paie-tu de l'impôt dessus ?"
    premium = _passages("Une enseignante ou un enseignant reçoit une prime annuelle d'isolement et d'éloignement.")
    assert missing_value(question, premium) == "aucune règle d'impôt"
    assert missing_value("La réduction des frais de scolarité, c'est-tu imposable ?", premium) == "aucune règle d'impôt"
    taxed = _passages("La réduction des frais de scolarité est considérée comme un avantage imposable.")
    assert missing_value("La réduction des frais de scolarité, c'est-tu imposable ?", taxed) == ""
    assert missing_value(question, premium, ScopeParams(value_hits=0)) == ""


def test_a_count_after_an_adjective_is_a_count_asked():
    question = "Au CNCEC, l'aide aux enseignants peut coacher au maximum combien de nouveaux enseignants ?"
    coaching = _passages("Coach à 20% pour les nouveaux enseignants (tous les enseignants de moins de 3 ans d'ancienneté).")
    assert missing_value(question, coaching) == "aucun nombre de personnes, d'écoles ni de groupes"
    assert missing_value(question, _passages("Le coach accompagne au plus six (6) nouveaux enseignants.")) == ""


@pytest.mark.parametrize("question, gone", [
    # fresh DEV Q1134 was refused for « tordu », « cheville »; DEV Q379's « clinique » is the agreements' « établissement
    # de santé » (assistant.colloquial maps both)
    ("Au Collège, je me suis tordu une cheville en classe, qu'est-ce que je dois faire ?", {"tordu", "cheville"}),
    ("Je me suis fait une entorse au poignet, je dois aviser qui ?", {"entorse", "poignet"}),
    ("Il a fallu m'emmener à la clinique, qui paie le transport ?", {"clinique"}),
])
def test_an_injury_in_a_teachers_words_is_no_unknown_topic(question, gone):
    assert not gone & set(content_words(question, ScopeParams()))


def test_a_verbs_present_plural_is_known_by_its_stem():
    # DEV Q849 (« ils corrigent ça quand ? ») was refused as having no known word: the agreements write « corrige »
    vocabulary = Vocabulary(["corrige", "erreur", "paie"])
    assert vocabulary.knows("corrigent", ScopeParams())
    assert not vocabulary.knows("trompent", ScopeParams())
    assert "trompent" not in content_words("Pis s'ils se trompent sur ma paie, ils corrigent ça quand ?", ScopeParams())


def test_a_stolen_or_broken_belonging_is_no_unknown_topic():
    # DEV Q947 was refused for « portable »: 6-7.05 covers « le vol … de biens personnels », whatever the thing
    words = content_words("On m'a volé mon portable personnel que j'utilisais pour mes cours", ScopeParams())
    assert "portable" not in words and "personnel" in words
