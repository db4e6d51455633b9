"""A question counting in a unit (AnswerParams.unit_lead_ratio): when the first passage's clause holds no
number in the unit asked, a clause among the next passages whose best sentence counts in it leads;
and the unit a « combien » question names after « nombre de » (assistant.questions.question_unit)."""

from __future__ import annotations

from assistant.answer import ExtractiveAnswerer
from assistant.questions import question_unit
from assistant.types import Hit
from ingest.types import Chunk
from tests.unit.builders import chunk as build_chunk, cited

QUESTION = ("En formation professionnelle, je donne un certain nombre d'heures dans l'année : "
            "à partir de combien on doit m'engager comme contractuel ?")
FOOTNOTE = ("13-14.01 Pour l'enseignante ou l'enseignant contractuel en formation professionnelle, s'il s'agit de "
            "périodes de plus de 60 minutes, le nombre de jours reconnus pour l'année est obtenu en divisant par 240 "
            "le nombre total de minutes d'enseignement.")
HIRED = ("13-8.09 La Commission engage une enseignante ou un enseignant contractuel pour dispenser, dans une même "
         "année scolaire, des heures d'enseignement dont le nombre est égal ou supérieur à 432 heures mais inférieur "
         "à 720 heures.")


def chunk(text: str, clause_id: str, ordinal: int, article: str) -> Chunk:
    return build_chunk(text, clause_id, ordinal, article, doc_title="Accord de test")


CHUNKS = [chunk(FOOTNOTE, "13-14.01", 1401, "13-14.00"), chunk(HIRED, "13-8.09", 809, "13-8.00")]


def retrieved(*clauses: str) -> list[Hit]:
    by_clause = {c.clause_id: c for c in CHUNKS}
    return [Hit(by_clause[clause], score=1.0 - 0.1 * rank, why=("dense", "bm25"), bm25_score=5.0)
            for rank, clause in enumerate(clauses)]


def test_a_unit_named_after_nombre_de_counts_for_a_combien_question():
    unit = question_unit(QUESTION)
    assert unit is not None and unit.search("432 heures") and not unit.search("60 minutes")
    assert question_unit("Le nombre d'heures de ma tâche est-il écrit sur mon contrat ?") is None  # no « combien »


def test_a_clause_counting_in_the_unit_asked_leads_a_first_passage_that_counts_none():
    answer = ExtractiveAnswerer.from_chunks(CHUNKS, unit_lead_ratio=0.5).answer(QUESTION, retrieved("13-14.01", "13-8.09"))
    assert cited(answer)[0] == "13-8.09" and "432 heures" in answer.short
    off = ExtractiveAnswerer.from_chunks(CHUNKS, unit_lead_ratio=None).answer(QUESTION, retrieved("13-14.01", "13-8.09"))
    assert cited(off)[0] == "13-14.01"


def test_the_first_passage_leads_when_it_counts_in_the_unit_or_two_things_are_asked():
    answerer = ExtractiveAnswerer.from_chunks(CHUNKS, unit_lead_ratio=0.5)  # the rule on (off by default)
    assert cited(answerer.answer(QUESTION, retrieved("13-8.09", "13-14.01")))[0] == "13-8.09"
    two = ("Je donne un certain nombre d'heures : à partir de combien je suis contractuel, "
           "pis le nombre de jours reconnus se calcule comment ?")
    assert cited(answerer.answer(two, retrieved("13-14.01", "13-8.09")))[0] == "13-14.01"
