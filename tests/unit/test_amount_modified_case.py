"""An amount another clause replaces for a case an article is about (assistant/amount_answers.py ``_modified_amount``),
on tiny inline Cris texts copied from the corpus: 13-14.01, under « 13-14.00 … DONT LES HEURES SONT PRÉALABLEMENT
DÉTERMINÉES À 1 280 HEURES », replaces 7-1.02 a)'s 240 $ by 300 $. A question naming a 1 280-hour contract gets 300 $
first, 13-14.01 cited, then what it replaces (7-1.02, 240 $), cited; the same question without that case, or for an
800-hour contract, is not answered by that lookup (7-1.02's amount stays the answer)."""

from __future__ import annotations

from assistant.lookups import DirectAnswers
from ingest.types import Chunk

HEADING = ("13-14.00 CONDITIONS D'EMPLOI ET AVANTAGES SOCIAUX APPLICABLES AUX SEULES ENSEIGNANTES OU ENSEIGNANTS "
           "CONTRACTUELS QUI SE VOIENT OFFRIR UN CONTRAT TEL QUE PRÉVU À L'ANNEXE III-H DONT LES HEURES SONT "
           "PRÉALABLEMENT DÉTERMINÉES À 1 280 HEURES")
CASE = ("- de l'article 5-16.00;\n\n- du chapitre 7-0.00, à l'exception du paragraphe a) de la clause 7-1.02 qui est "
        "remplacé par ce qui suit :\n\nAux fins du calcul des montants alloués dans le cadre de cet article, la "
        "Commission dispose, pour chaque année scolaire, par enseignante ou enseignant à temps plein ou l'équivalent à "
        "temps plein couvert par la convention de 300 $ pour chaque année scolaire à compter de l'année scolaire "
        "2006-2007.\n\n- du chapitre 12-0.00;")
TRAINING = ("38) La clause 7-1.02 est remplacée par ce qui suit :\n\n« 7-1.02\n\n- A) Aux fins du calcul des montants "
            "alloués dans le cadre de cet article, la Commission dispose, pour chaque année scolaire, par enseignante ou "
            "enseignant à temps plein ou l'équivalent à temps plein couvert par la convention de 240 $ pour chaque année "
            "scolaire à compter de l'année scolaire 2006-2007. Une partie de ce montant est consacré à de la formation "
            "se rapportant à l'adaptation scolaire.\n- B) Ce montant total annuel doit comprendre toutes dépenses en "
            "perfectionnement payées tant en vertu du présent système de perfectionnement qu'en vertu du système de "
            "perfectionnement prévu à la convention collective 2000-2003.")
DOCUMENTS = {"cris": {"title": "Accord de test", "aliases": ["cris"]}}


def _direct() -> DirectAnswers:
    chunks = [Chunk(chunk_id="cris:00001:1", doc="cris", clause_id="7-1.02", kind="clause", text=TRAINING,
                    indexed_text=TRAINING, doc_title="Accord de test", ordinal=1, heading_path=("Chapitre 7", "7-1.02")),
              Chunk(chunk_id="cris:00002:1", doc="cris", clause_id="13-14.01", kind="clause", text=CASE,
                    indexed_text=CASE, doc_title="Accord de test", ordinal=2,
                    heading_path=("Chapitre 13-0.00 FORMATION PROFESSIONNELLE", HEADING, "13-14.01"))]
    return DirectAnswers([], chunks, DOCUMENTS)


def test_the_case_named_gets_the_replacing_amount_then_the_replaced_one():
    question = ("Chez les Cris, j'ai un contrat de 1 280 heures. Pour le perfectionnement, la Commission dispose de "
                "combien par enseignant à temps plein dans mon cas ?")
    draft = _direct()._amount(question, [], None)
    assert draft is not None
    assert draft.parts[0].startswith("**300 $**")
    assert "240 $" in draft.parts[1] and "7-1.02" in draft.parts[1]
    assert [c.clause for c in draft.citations] == ["13-14.01", "7-1.02"]


def test_the_case_written_without_a_space_is_named_too():
    draft = _direct()._amount("Contrat de 1280 heures : le budget de perfectionnement, c'est combien par prof à temps "
                              "plein ?", [], None)
    assert draft is not None and draft.parts[0].startswith("**300 $**")


def test_another_case_or_none_is_not_answered_by_the_replacing_clause():
    direct = _direct()
    for question in ("Chez les Cris, j'ai un contrat de 800 heures. Pour le perfectionnement, la Commission dispose de "
                     "combien par enseignant à temps plein ?",
                     "Chez les Cris, la Commission a combien par prof à temps plein chaque année pour le perfectionnement ?"):
        assert direct._modified_amount(question, None) is None


def test_a_case_named_without_the_topic_is_not_answered():
    question = "Chez les Cris, avec un contrat de 1 280 heures, je peux accumuler combien d'ancienneté en un an ?"
    assert _direct()._modified_amount(question, None) is None
