"""A long clause (over whole_clause_chars) is quoted by its best sentences, up to AnswerParams.max_sentences (7) and
max_chars: the seventh sentence holding the question's words is quoted too, where a fact past the sixth was lost
(DEV Q040's « secteur public » in Annexe M, Q101's « 20 jours ouvrables » in Cris 6-7.03)."""

from __future__ import annotations

from assistant.answer import AnswerParams, ExtractiveAnswerer
from tests.unit.builders import chunk, ranked_hits

SENTENCES = [f"Le congé de perfectionnement numéro {n} est accordé pour la formation {name}."
             for n, name in enumerate(("en gestion", "en pédagogie", "en didactique", "en évaluation", "en orthopédagogie",
                                        "en technologie", "en sécurité", "en langue seconde", "en arts"), start=1)]
CLAUSE = "6-8.05 " + " ".join(SENTENCES)
OTHER = "6-3.04 Les jours de maladie non utilisés sont monnayables à la fin de l'année."
CHUNKS = [chunk(CLAUSE, "6-8.05", 85, "6-8.00"), chunk(OTHER, "6-3.04", 34, "6-3.00")]
QUESTION = "Le congé de perfectionnement est accordé pour quelle formation ?"


def quoted(answerer: ExtractiveAnswerer) -> int:
    text = answerer.answer(QUESTION, ranked_hits(CHUNKS, "6-8.05", "6-3.04")).text.replace("**", "")
    return sum(sentence[:-1] in text for sentence in SENTENCES)


def test_a_long_clause_is_quoted_by_up_to_seven_sentences():
    assert AnswerParams().max_sentences == 7
    assert quoted(ExtractiveAnswerer.from_chunks(CHUNKS, whole_clause_chars=0)) == 7
    assert quoted(ExtractiveAnswerer.from_chunks(CHUNKS, whole_clause_chars=0, max_sentences=6)) == 6
    # short enough, the clause is quoted whole
    assert quoted(ExtractiveAnswerer.from_chunks(CHUNKS)) == len(SENTENCES)
