"""A question about a time past what the corpus holds of the document it names (scope.later_period): a later agreement
than the one held, money in a year after every year the document dates, any later year of a one-year entente; and a
private school named by its kind (scope.other_employers). Tiny inline documents, no index."""

from __future__ import annotations

from assistant.scope import Vocabulary, foreign_question, later_period, other_employers
from tests.unit.builders import chunk

DOCUMENTS = {
    "conv": {"title": "Convention Collège Test", "kind": "convention collective", "period": "2014-2019",
             "aliases": ["Collège Test", "Collège"], "parties": ["Collège Test"]},
    "accord": {"title": "Accord Nordique", "kind": "accord modifiant une convention", "period": "2006",
               "aliases": ["Cris", "crie"], "parties": ["Commission scolaire crie"]},
    "local": {"title": "Entente locale Test", "kind": "entente locale", "period": "2023-2024",
              "aliases": ["CNCEC"], "parties": ["CNCEC"]},
}
CHUNKS = [
    chunk("La convention se termine le 30 juin 2019. Les taux de l'année scolaire 2015-2016 sont de 40 $.", "11-2.02", 1,
          doc="conv"),
    chunk("Un supplément annuel de 1 383 $ à compter du 141e jour de travail de l'année scolaire 2008-2009.", "6-6.01", 2,
          doc="accord"),
    chunk("L'enseignant conserve ses conditions associées au calendrier scolaire 2023-2024, soit 6,4 heures par jour.",
          "Contexte", 3, doc="local", kind="section"),
]


def _vocabulary() -> Vocabulary:
    return Vocabulary.from_chunks(CHUNKS, DOCUMENTS)


def test_last_year_is_the_period_end_or_the_last_school_year_named():
    years = {p.key: p.last_year for p in _vocabulary().periods}
    assert years == {"conv": 2019, "accord": 2009, "local": 2024}


def test_a_later_agreement_is_refused_saying_what_is_held():
    vocabulary = _vocabulary()
    for question in ("La nouvelle convention du Collège Test, celle qui a remplacé la 2014-2019, elle donne combien ?",
                     "Au Collège, la convention qui a suivi celle de 2014-2019, elle donne-tu 10 jours de maladie ?",
                     "Chez les Cris, avec la nouvelle entente signée en 2023, un suppléant est payé combien ?",
                     "Chez les Cris, l'accord de 2023 donne-tu plus de sorties ?"):
        assert later_period(question, vocabulary) is not None, question
    refusal = foreign_question("La nouvelle convention du Collège Test, elle donne combien d'augmentation ?", vocabulary)
    assert refusal is not None and refusal.reason == "other_document"
    assert "la convention 2014-2019 (« Convention Collège Test »)" in refusal.text and "2019" in refusal.text


def test_money_in_a_year_after_the_document_is_refused():
    vocabulary = _vocabulary()
    found = later_period("Au Collège, je suis à l'échelon 12. Mon salaire annuel pour l'année 2023-2024, c'est combien ?",
                         vocabulary)
    assert found is not None and found.asked == "2023-2024" and found.document.key == "conv"
    found = later_period("Chez les Cris, en 2012-2013, le supplément annuel est rendu à combien ?", vocabulary)
    assert found is not None and found.document.key == "accord"
    assert "l'accord de 2006" in foreign_question("Chez les Cris, en 2012-2013, le supplément annuel est rendu à combien ?",
                                                 vocabulary).text


def test_one_year_entente_refuses_any_later_year():
    vocabulary = _vocabulary()
    assert later_period("Au CNCEC, l'aide aux enseignants pour 2025-2026, y fait combien d'heures par jour ?",
                        vocabulary) is not None
    assert later_period("Au CNCEC, l'aide aux enseignants en 2023-2024 fait combien d'heures par jour ?", vocabulary) is None


def test_answerable_look_alikes_are_left_alone():
    vocabulary = _vocabulary()
    for question in (
            # a year inside the period, a rule asked in a later year (conditions kept until a new convention: 11-2.02)
            "Au Collège, mon salaire pour l'année scolaire 2016-2017, c'est combien ?",
            "Au Collège, en 2024, j'ai droit à combien de jours de maladie ?",
            "Au Collège, notre convention est échue. Ses conditions s'appliquent-tu en attendant une nouvelle convention ?",
            # a deadline counted from a later date
            "Chez les Cris, le récépissé est daté du 22 mars 2027 : le syndicat a jusqu'à quand pour l'arbitrage ?",
            "Au Collège, je veux mon solde de traitement au 30 juin 2027, je dois aviser au plus tard quand ?",
            # no document named, or two
            "Un prof à l'échelon 10 gagne combien en 2023-2024 ?",
            "Au Collège pis chez les Cris, le salaire en 2023-2024 c'est combien ?",
            # the one-year entente's own year
            "Au CNCEC, l'entente 2023-2024 dit quoi de l'horaire ?"):
        assert later_period(question, vocabulary) is None, question


def test_a_private_school_named_by_its_kind_is_another_employer():
    vocabulary = _vocabulary()
    assert other_employers("Moi j'enseigne à l'Académie Sainte-Marie. Combien de jours de maladie ?", vocabulary) == (
        "Académie Sainte-Marie",)
    assert other_employers("À l'école secondaire Jean-Eudes, on a droit à combien de congés ?", vocabulary)
    # a school by its place (where one worked before), or in a question naming an indexed document: not refused
    assert other_employers("J'ai enseigné dans une école secondaire de Laval, mon expérience compte-tu ?", vocabulary) == ()
    assert other_employers("J'ai enseigné à l'Académie Sainte-Marie avant le Collège, mon expérience compte-tu ?",
                           vocabulary) == ()
