"""Rival clauses (AnswerParams.rival_words_share): a second clause whose short answer holds no
question word that the lead's quote lacks answers with the same words as the lead; the clause
whose passage matches the question's words better (BM25) leads and has its text quoted for checking;
the other stays as a short answer only when it is of the same article, and not when its short answer holds
the very same question words as the lead's (drop_echo_rival). A second clause whose short answer gives what
the question asks for leads a lead whose short answer does not (kind_lead)."""

from __future__ import annotations

from assistant.answer import SUPPORT_HEADING, ExtractiveAnswerer
from assistant.types import Hit
from ingest.types import Chunk
from tests.unit.builders import chunk, cited

QUESTION = "Mes jours de maladie non utilisés à la fin de l'année, je les perds ?"
REGISTER = ("6-3.11 Les jours de maladie non utilisés restent inscrits au registre jusqu'à la fin de l'année. "
            "Le registre des jours est tenu par le Collège.")
CASHED = ("6-3.04 Les jours de maladie non utilisés sont monnayables à la fin de l'année, à raison de soixante "
          "pour cent (60 %). Le remboursement des jours se fait le 30 juin.")
ABSENCES = "7-8.04 Les jours de maladie non utilisés à la fin de l'année figurent au relevé des absences."
LOCAL = "6-3.07 Un comité local examine les jours de maladie non utilisés à la fin de l'année."


CHUNKS = [chunk(REGISTER, "6-3.11", 11, "6-3.00"), chunk(CASHED, "6-3.04", 4, "6-3.00"),
          chunk(ABSENCES, "7-8.04", 84, "7-8.00"), chunk(LOCAL, "6-3.07", 7, "6-3.00")]


def hits(*pairs: tuple[str, float]) -> list[Hit]:
    """Hits in retrieval order, each with its BM25 score."""
    by_clause = {c.clause_id: c for c in CHUNKS}
    return [Hit(by_clause[clause], score=1.0 - 0.01 * rank, why=("dense", "bm25"), bm25_score=bm25)
            for rank, (clause, bm25) in enumerate(pairs)]


def test_a_rival_matching_the_questions_words_better_leads_and_is_quoted_for_checking():
    retrieved = hits(("6-3.11", 4.0), ("6-3.04", 6.0))
    answer = ExtractiveAnswerer.from_chunks(CHUNKS, drop_echo_rival=False).answer(QUESTION, retrieved)
    assert cited(answer) == ["6-3.04", "6-3.11"]  # both answer, the better BM25 passage first
    support = answer.text.split(SUPPORT_HEADING)[1]
    assert "Le remboursement des jours se fait le 30 juin." in support and "[Convention de test, 6-3.04]" in support
    off = ExtractiveAnswerer.from_chunks(CHUNKS, rival_words_share=None, drop_echo_rival=False).answer(QUESTION, retrieved)
    assert cited(off) == ["6-3.11", "6-3.04"]
    assert "Le registre des jours est tenu par le Collège." in off.text.split(SUPPORT_HEADING)[1]


def test_the_lead_stays_first_when_its_passage_matches_better_or_the_second_clause_brings_new_words():
    answerer = ExtractiveAnswerer.from_chunks(CHUNKS)
    assert cited(answerer.answer(QUESTION, hits(("6-3.11", 6.0), ("6-3.04", 4.0))))[0] == "6-3.11"
    # « monnayables » is a question word only the second clause holds: not a rival, the retrieval order stays (when the
    # clause holding more of the question's words does not lead: lead_words_margin, tests/unit/test_answer_lead_by_words.py)
    asked = "Mes jours de maladie non utilisés sont-ils monnayables à la fin de l'année ?"
    in_order = ExtractiveAnswerer.from_chunks(CHUNKS, lead_words_margin=None, sentence_lead_margin=None)
    assert cited(in_order.answer(asked, hits(("6-3.11", 4.0), ("6-3.04", 6.0)))) == ["6-3.11", "6-3.04"]
    assert cited(answerer.answer(asked, hits(("6-3.11", 4.0), ("6-3.04", 6.0)))) == ["6-3.04", "6-3.11"]


def test_a_rival_of_another_article_is_left_out_and_a_neighbour_stays():
    answerer = ExtractiveAnswerer.from_chunks(CHUNKS, second_clause_ratio=0.5, drop_echo_rival=False)
    far = hits(("6-3.11", 6.0), ("7-8.04", 4.0))
    assert cited(answerer.answer(QUESTION, far)) == ["6-3.11"]
    kept = ExtractiveAnswerer.from_chunks(CHUNKS, second_clause_ratio=0.5, drop_far_rival=False, drop_echo_rival=False)
    assert cited(kept.answer(QUESTION, far)) == ["6-3.11", "7-8.04"]
    # the rival of the same article (6-3.04) stays as a short answer
    assert cited(answerer.answer(QUESTION, hits(("6-3.11", 6.0), ("6-3.04", 4.0)))) == ["6-3.11", "6-3.04"]


def test_a_rival_holding_the_very_same_question_words_as_the_lead_is_left_out():
    # REGISTER and CASHED both match « jours de maladie non utilisés … fin de l'année », no more, no less
    answerer = ExtractiveAnswerer.from_chunks(CHUNKS)
    assert cited(answerer.answer(QUESTION, hits(("6-3.11", 6.0), ("6-3.04", 4.0)))) == ["6-3.11"]
    off = ExtractiveAnswerer.from_chunks(CHUNKS, drop_echo_rival=False)
    assert cited(off.answer(QUESTION, hits(("6-3.11", 6.0), ("6-3.04", 4.0)))) == ["6-3.11", "6-3.04"]


KIND_CHUNKS = [
    chunk("9-4.01 Le comité de perfectionnement étudie les demandes de perfectionnement des enseignants.",
          "9-4.01", 1, "9-4.00"),
    chunk("9-4.02 Le perfectionnement des enseignants désigne toute activité de formation reconnue par le comité.",
          "9-4.02", 2, "9-4.00"),
]


def test_a_second_clause_giving_what_the_question_asks_for_leads_a_lead_that_does_not():
    by_clause = {c.clause_id: c for c in KIND_CHUNKS}
    retrieved = [Hit(by_clause[c], score=1.0 - 0.01 * r, why=("dense", "bm25"), bm25_score=5.0 - r)
                 for r, c in enumerate(("9-4.01", "9-4.02"))]
    question = "Qu'est-ce qu'on entend par formation et perfectionnement des enseignants ?"  # a definition
    answer = ExtractiveAnswerer.from_chunks(KIND_CHUNKS, second_clause_ratio=0.3).answer(question, retrieved)
    assert cited(answer)[0] == "9-4.02"
    off = ExtractiveAnswerer.from_chunks(KIND_CHUNKS, second_clause_ratio=0.3, kind_lead=False, lead_words_margin=None,
                                        sentence_lead_margin=None)
    assert cited(off.answer(question, retrieved))[0] == "9-4.01"


def test_words_the_colloquial_list_maps_are_no_unknown_words_for_the_weak_evidence_check():
    recourse = chunk("9-4.04 Le salarié victime de harcèlement psychologique peut exercer un recours par grief.",
                     "9-4.04", 94, "9-4.00")
    # « collègue », a word of the corpus, is not in it: the best passage holds only part of the question's words
    colleague = chunk("8-1.01 Un collègue remplace l'enseignant absent.", "8-1.01", 81, "8-1.00")
    corpus = [recourse, colleague, *CHUNKS]
    answerer = ExtractiveAnswerer.from_chunks(corpus, similarity_floor=0.87)
    question = "Un collègue m'écœure et me rabaisse, c'est quoi mes recours ?"
    # the best sentence just above the calibrated floor: enough, unless a word of the question is unknown
    found = [Hit(recourse, 1.0, ("dense", "bm25"), unit_similarities=((0, 60, 0.875),))]
    assert not answerer.is_weak(question, found)  # « écœure », « rabaisse »: mapped to « harcèlement psychologique »
    strict = ExtractiveAnswerer.from_chunks(corpus, similarity_floor=0.87, unknown_ignores_mapped=False)
    assert strict.is_weak(question, found)  # read as unknown words: the check abstains



DEFINED = "1-1.26 Enseignant en disponibilité : statut de l'enseignant en surplus qui a sa permanence."
PLACED = "5-3.22 L'enseignant en disponibilité demeure un enseignant en disponibilité jusqu'à son affectation."


def _both_answer(answerer: ExtractiveAnswerer) -> ExtractiveAnswerer:
    """The answerer with both passages answering (their sentence scores aside), so that settle_rivals decides."""
    answerer.answering_clauses = lambda question, hits, scored: [("t", "1-1.26"), ("t", "5-3.22")]
    return answerer


def test_a_definition_question_keeps_the_definitions_clause_it_found_first():
    defined = Chunk(chunk_id="t:00026:1", doc="t", clause_id="1-1.26", kind="clause", text=DEFINED, indexed_text=DEFINED,
                    doc_title="Convention de test", article="1-1.00", article_title="DÉFINITIONS", ordinal=26)
    placed = Chunk(chunk_id="t:00322:1", doc="t", clause_id="5-3.22", kind="clause", text=PLACED, indexed_text=PLACED,
                   doc_title="Convention de test", article="5-3.00", article_title="Sécurité d'emploi", ordinal=322)
    retrieved = [Hit(defined, score=1.0, why=("dense",), bm25_score=2.0), Hit(placed, score=0.9, why=("dense",), bm25_score=5.0)]
    asked = "Un enseignant en disponibilité, ça veut dire quoi ?"

    def lead(question: str, **params) -> str:
        answerer = _both_answer(ExtractiveAnswerer.from_chunks([defined, placed], kind_lead=False, **params))
        return cited(answerer.answer(question, retrieved))[0]

    assert lead(asked) == "1-1.26"
    assert lead(asked, definition_keeps_lead=False) == "5-3.22"  # without the rule the better BM25 passage leads
    assert lead("Un enseignant en disponibilité, il reste où ?") == "5-3.22"  # no definition asked: as before
