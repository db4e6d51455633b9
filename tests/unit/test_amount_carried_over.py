"""A yearly sum whose unused part is carried over to the next year (assistant/amount_answers.py ``_carried_amount``),
on inline Cris texts copied from the corpus: 7-2.01 « … la ou le ministre prévoit pour chaque année scolaire une somme
de 21 500 $. » and « Les sommes disponibles pour une année et non utilisées ou non engagées s'ajoutent aux sommes
disponibles pour l'année scolaire suivante. »: 15 200 $ spent leaves 6 300 $, so 27 800 $ the next year (DEV Q1732).
Nothing computed when more was spent than the sum, nothing spent is said, or the sum is per teacher (7-1.02 A))."""

from __future__ import annotations

from assistant.lookups import DirectAnswers
from assistant.types import Hit
from ingest.types import Chunk

MINISTER = ("39) La clause 7-2.01 est remplacée par ce qui suit :\n\n« 7-2.01\n\nAfin de faciliter le perfectionnement "
            "des enseignantes et enseignants de la Commission, la ou le ministre prévoit pour chaque année scolaire une "
            "somme de 21 500 $.\n\nLes sommes disponibles pour une année et non utilisées ou non engagées s'ajoutent aux "
            "sommes disponibles pour l'année scolaire suivante. »")
PER_TEACHER = ("38) La clause 7-1.02 est remplacée par ce qui suit :\n\n« 7-1.02\n\n- A) Aux fins du calcul des montants "
               "alloués dans le cadre de cet article, la Commission dispose, pour chaque année scolaire, par enseignante "
               "ou enseignant à temps plein ou l'équivalent à temps plein couvert par la convention de 240 $ pour chaque "
               "année scolaire à compter de l'année scolaire 2006-2007.\n- C) Les sommes disponibles pour une année et "
               "non utilisées ou non engagées s'ajoutent aux sommes disponibles pour l'année scolaire suivante. »")
DOCUMENTS = {"cris": {"title": "Accord de test", "aliases": ["cris"]}}


def _direct(clause: str, text: str) -> DirectAnswers:
    chunk = Chunk(chunk_id="cris:00001:1", doc="cris", clause_id=clause, kind="clause", text=text, indexed_text=text,
                  doc_title="Accord de test", ordinal=1, heading_path=("Chapitre 7", clause))
    return DirectAnswers([], [chunk], DOCUMENTS)


def test_the_unused_part_is_added_to_the_next_years_sum():
    direct = _direct("7-2.01", MINISTER)
    hits = [Hit(direct.chunks[0], 1.0)]
    draft = direct._carried_amount("Chez les Cris, l'enveloppe du Ministère pour le perfectionnement des profs : en "
                                   "2007-2008 on a dépensé 15 200 $ seulement. Combien est disponible pour 2008-2009 ?",
                                   hits, None)
    assert draft is not None
    assert draft.parts[0].startswith("**27 800 $** disponibles l'année suivante — 7-2.01 : 21 500 $ (la somme de "
                                     "l'année) + 6 300 $ non utilisés (21 500 $ − 15 200 $ dépensés) = 27 800 $")
    assert "non utilisées ou non engagées" in draft.parts[2] and not draft.parts[2].rstrip().endswith("» » [")


def test_nothing_carried_over_when_not_asked_so():
    direct = _direct("7-2.01", MINISTER)
    hits = [Hit(direct.chunks[0], 1.0)]
    for question in ("Chez les Cris, on a utilisé 25 000 $ du perfectionnement en 2007-2008. Combien est disponible "
                     "l'année suivante ?",  # more than the sum
                     "Chez les Cris, la somme du ministre pour le perfectionnement, c'est combien par année ?",
                     "Chez les Cris, 15 200 $ de perfectionnement, combien est disponible ?"):  # nothing spent said
        assert direct._carried_amount(question, hits, None) is None, question
    per_teacher = _direct("7-1.02", PER_TEACHER)
    assert per_teacher._carried_amount("Chez les Cris, on a dépensé 200 $ du perfectionnement cette année. Combien est "
                                       "disponible l'année prochaine ?", [Hit(per_teacher.chunks[0], 1.0)], None) is None
