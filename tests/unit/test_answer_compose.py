"""The extractive answer's shape (issue 10): the short answer first, verbatim with its number
in bold, then the rest of the clause for checking; quotes in text order with their labels;
neighbouring clauses that answer about as well each get a short answer; a procedure walks
its clauses in order."""

from __future__ import annotations

import math
import re

from assistant.answer import SHORT_HEADING, SUPPORT_HEADING, ExtractiveAnswerer, emphasise, quote_spans
from assistant.questions import is_procedure_question, question_kind, question_kinds, question_unit, sentence_fits
from assistant.types import Hit
from ingest.bm25 import tokenize
from ingest.types import Chunk
from tests.unit.builders import chunk

GRIEF = (
    "10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief, "
    "l'Association soumet le grief au Collège par écrit, sous pli recommandé ou par huissier. "
    "L'avis de grief doit contenir les faits qui sont à son origine. "
    "Le grief peut être amendé par la suite."
)
DECISION = ("10-1.04 À défaut d'entente, le Collège fournit à l'Association sa décision écrite dans les "
            "vingt-cinq (25) jours ouvrables de la réception de l'avis de grief.")
MEETING = ("10-1.03 Le comité de relations du travail se réunit dans les quinze (15) jours ouvrables "
           "suivant la réception du grief pour tenter de le régler.")
DECES = (
    "6-1.02 Le salarié éducateur a droit aux congés suivants :\n"
    "- c) en cas de décès de son frère, de sa sœur, de sa grand-mère : trois (3) jours consécutifs ouvrables ou non ;\n"
    "- a) en cas de décès de sa conjointe ou de son conjoint : sept (7) jours consécutifs ouvrables ou non ;\n"
    "- b) en cas de décès de son père, de sa mère : cinq (5) jours consécutifs ouvrables ou non ;"
)
CHAMPS = ("Annexe I Champs d'enseignement\n\n- Champ 1 : L'enseignement au niveau primaire.\n"
          "- Champ 2 : L'enseignement de l'éducation physique et de la santé.\n"
          "- Champ 3 : L'enseignement des arts plastiques au secondaire.")
OTHER = "9-9.01 Le stationnement du Collège est gratuit avec une vignette remise en septembre."


CHUNKS = [
    chunk(GRIEF, "10-1.02", 2, "10-1.00"), chunk(MEETING, "10-1.03", 3, "10-1.00"),
    chunk(DECISION, "10-1.04", 4, "10-1.00"), chunk(DECES, "6-1.02", 1, "6-1.00"),
    chunk(CHAMPS, "Annexe I", 9, kind="annex"), chunk(OTHER, "9-9.01", 8, "9-9.00"),
]


def answerer(**values) -> ExtractiveAnswerer:
    return ExtractiveAnswerer.from_chunks(CHUNKS, **values)


def hits(*clause_ids: str) -> list[Hit]:
    by_clause = {c.clause_id: c for c in CHUNKS}
    return [Hit(by_clause[c], score=1.0 - 0.01 * rank, why=("bm25",)) for rank, c in enumerate(clause_ids)]


def unbold(text: str) -> str:
    return text.replace("**", "")


def test_the_answer_opens_with_the_sentence_that_holds_the_number_in_bold():
    answer = answerer().answer("Combien de jours ouvrables pour soumettre un grief ?", hits("10-1.02", "9-9.01"))
    assert answer.text.startswith(SHORT_HEADING)
    assert answer.short and answer.text.index(answer.short) < answer.text.index(SUPPORT_HEADING)
    assert "**Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief**" in answer.short
    # the short answer is the number's sentence; the rest of the clause follows for checking
    assert "L'avis de grief doit contenir" not in answer.short
    assert "L'avis de grief doit contenir" in answer.text.split(SUPPORT_HEADING)[1]
    assert "[Convention de test, 10-1.02]" in answer.short


def test_quotes_are_verbatim_and_plain_text():
    answer = answerer().answer("Combien de jours ouvrables pour soumettre un grief ?", hits("10-1.02"))
    assert answer.citations
    for citation in answer.citations:
        assert "**" not in citation.quote
        assert citation.quote in GRIEF
        assert f"« {citation.quote}" in unbold(answer.text) or citation.quote in unbold(answer.text)
    # the first citation is the short answer's quote
    assert answer.citations[0].quote.startswith("10-1.02 Dans les quarante (40) jours ouvrables")


def test_emphasis_only_adds_markup_and_skips_clause_numbers():
    text = "Selon la clause 7-8.04, le salarié reçoit soixante pour cent (60 %) de son traitement le 30 juin ; voilà."
    shown = emphasise(text)
    assert unbold(shown) == text
    assert "**7-8.04" not in shown and "**le salarié reçoit soixante pour cent (60 %) de son traitement le 30 juin**" in shown
    assert emphasise("Aucun nombre ici.") == "Aucun nombre ici."
    assert unbold(emphasise("il fait 6,4 heures par jour, soit 32 heures")) == "il fait 6,4 heures par jour, soit 32 heures"


def test_list_items_are_quoted_in_text_order_with_their_labels():
    answer = answerer(whole_clause_chars=0, max_sentences=3).answer(
        "Si mon conjoint décède, j'ai droit à combien de jours ?", hits("6-1.02"))
    assert "- a) en cas de décès de sa conjointe ou de son conjoint" in unbold(answer.short)
    quotes = [c.quote for c in answer.citations]
    positions = [DECES.index(q) for q in quotes]
    support = [p for q, p in zip(quotes, positions) if q not in unbold(answer.short)]
    assert support == sorted(support)  # never "- c) … […] - a) …" out of order
    for quote in quotes:
        assert re.match(r"^(- [a-c]\) |6-1.02 )", quote)


def test_a_label_ending_in_a_colon_stays_with_its_item():
    spans = [CHAMPS[s:e] for s, e in quote_spans(CHAMPS)]
    assert "- Champ 2 : L'enseignement de l'éducation physique et de la santé." in spans
    answer = answerer().answer("Quel champ pour l'éducation physique et la santé ?", hits("Annexe I"))
    assert "- Champ 2 : L'enseignement de l'éducation physique" in unbold(answer.short)


def test_close_neighbouring_clauses_each_get_a_short_answer():
    question = "Quel est le délai en jours ouvrables après la réception de l'avis de grief ?"
    answer = answerer(neighbour_ratio=0.3, second_lead_share=None).answer(question, hits("10-1.04", "10-1.02"))
    lines = answer.short.splitlines()
    assert len(lines) == 2 and all(line.startswith("- Selon la clause 10-1.0") for line in lines)
    assert {c.clause for c in answer.citations} == {"10-1.04", "10-1.02"}
    # a clause of another article is not shown as a neighbour
    lone = answerer(neighbour_ratio=0.3, second_clause_ratio=9.0).answer(question, hits("10-1.04", "9-9.01"))
    assert {c.clause for c in lone.citations} == {"10-1.04"}


def routed(*clause_ids: str) -> list[Hit]:
    """Hits as retrieval gives them for a question naming the first clause(s): routed first."""
    out = hits(*clause_ids)
    return [Hit(out[0].chunk, out[0].score, why=("route",))] + out[1:]


def test_a_question_naming_a_clause_is_answered_by_that_clause_alone():
    question = "Que dit la clause 10-1.04 sur les jours ouvrables de l'avis de grief ?"
    answer = answerer(neighbour_ratio=0.0).answer(question, routed("10-1.04", "10-1.02"))
    assert {c.clause for c in answer.citations} == {"10-1.04"}
    both = answerer(neighbour_ratio=0.0, named_clause_alone=False).answer(question, routed("10-1.04", "10-1.02"))
    assert {c.clause for c in both.citations} == {"10-1.04", "10-1.02"}


def test_a_count_question_takes_no_neighbour_that_counts_nothing_in_its_unit():
    notice = chunk("10-1.05 L'avis de grief est transmis par écrit à l'Association et au Collège.", "10-1.05", 5,
                   "10-1.00")
    local = ExtractiveAnswerer.from_chunks(CHUNKS + [notice], neighbour_ratio=0.0)
    question = "Combien de jours ouvrables pour soumettre l'avis de grief ?"
    pair = [Hit(CHUNKS[0], 1.0, ("bm25",)), Hit(notice, 0.99, ("bm25",))]
    assert {c.clause for c in local.answer(question, pair).citations} == {"10-1.02"}
    ungated = ExtractiveAnswerer.from_chunks(CHUNKS + [notice], neighbour_ratio=0.0, unit_gate=False,
                                             second_lead_share=None)
    assert {c.clause for c in ungated.answer(question, pair).citations} == {"10-1.02", "10-1.05"}


def test_another_documents_clause_is_not_a_second_answer():
    other = Chunk(chunk_id="u:00002:1", doc="u", clause_id="10-1.02", kind="clause", text=GRIEF, indexed_text=GRIEF,
                  doc_title="Autre convention", article="10-1.00", ordinal=2)
    local = ExtractiveAnswerer.from_chunks(CHUNKS + [other], second_clause_ratio=0.5)
    question = "Combien de jours ouvrables pour soumettre un grief ?"
    pair = [Hit(CHUNKS[0], 1.0, ("bm25",)), Hit(other, 0.99, ("bm25",))]
    assert {c.doc for c in local.answer(question, pair).citations} == {"t"}
    both = ExtractiveAnswerer.from_chunks(CHUNKS + [other], second_clause_ratio=0.5,
                                          other_document_answers=True).answer(question, pair)
    assert {c.doc for c in both.citations} == {"t", "u"}


def test_supporting_lines_without_the_questions_words_are_left_out():
    text = ("10-1.06 Le présent article vaut pour tous les salariés éducateurs. "
            "Le grief est soumis dans les quarante (40) jours ouvrables. L'avis de grief contient les faits.")
    clause = chunk(text, "10-1.06", 6, "10-1.00")
    local = ExtractiveAnswerer.from_chunks(CHUNKS + [clause], short_max_sentences=1)
    question = "Combien de jours ouvrables pour soumettre un grief ?"
    answer = local.answer(question, [Hit(clause, 1.0, ("bm25",))])
    assert "quarante (40) jours ouvrables" in unbold(answer.short)
    support = answer.text.split(SUPPORT_HEADING)[1]
    assert "L'avis de grief contient les faits." in support and "Le présent article vaut" not in support
    everything = ExtractiveAnswerer.from_chunks(CHUNKS + [clause], short_max_sentences=1, support_needs_words=False)
    assert "Le présent article vaut" in everything.answer(question, [Hit(clause, 1.0, ("bm25",))]).text


def test_the_lead_support_can_wait_for_a_lone_answer():
    question = "Quel est le délai en jours ouvrables après la réception de l'avis de grief ?"
    two = answerer(neighbour_ratio=0.3, support_when_alone=True, second_lead_share=None).answer(question, hits("10-1.04", "10-1.02"))
    assert len(two.short.splitlines()) == 2 and SUPPORT_HEADING not in two.text
    one = answerer(support_when_alone=True).answer("Combien de jours ouvrables pour soumettre un grief ?",
                                                    hits("10-1.02"))
    assert SUPPORT_HEADING in one.text


def test_a_procedure_question_walks_the_article_in_clause_order():
    question = "Comment se passe la procédure de grief : soumission, réunion du comité, décision ?"
    assert is_procedure_question(question)
    answer = answerer(procedure_ratio=0.1).answer(question, hits("10-1.04", "10-1.02", "10-1.03"))
    order = [c.clause for c in answer.citations]
    firsts = list(dict.fromkeys(order))
    assert firsts == ["10-1.02", "10-1.03", "10-1.04"]


def test_question_kinds_and_units():
    assert question_kinds("J'ai combien de temps pour déposer un grief ?") == ("amount", "when")
    assert question_kind("J'ai combien de temps pour déposer un grief ?") == "amount"  # the first one
    assert question_kinds("C'est quoi le harcèlement psychologique ?") == ("definition",)
    assert sentence_fits("definition", "on entend par harcèlement psychologique une conduite vexatoire")
    assert "permission" in question_kinds("Est-ce que je peux prendre une journée perso ?")
    assert "entitlement" in question_kinds("Les jours de maladie, est-ce qu'ils me sont payés ?")
    unit = question_unit("J'ai droit à combien de jours de congé ?")
    assert unit.search("sept (7) jours consécutifs") and not unit.search("sept (7) semaines")
    assert question_unit("Quel est le montant ?").search("21 989 $")
    assert question_unit("C'est quoi l'annexe M ?") is None


def test_an_abstention_has_no_short_answer():
    answer = answerer().answer("Combien coûte la vignette ?", [])
    assert answer.abstained and answer.short == ""


def test_word_weights_count_each_passage_even_when_its_text_repeats():
    copy = chunk(GRIEF, "10-1.02", 20, "10-1.00")  # a federation repeats passages word for word
    weights = ExtractiveAnswerer.from_chunks(CHUNKS + [copy]).idf
    n = len(CHUNKS) + 1
    df = sum("grief" in tokenize(c.text) for c in CHUNKS + [copy])
    assert df == 4 and weights["grief"] == math.log(1 + (n - df + 0.5) / (df + 0.5))


AMENDED = ("9) La clause 5-2.01 est remplacée par ce qui suit :\n\n« 5-2.01\n\n"
           "L'enseignante ou l'enseignant à l'emploi de la Commission au 30 juin 2000 conserve l'ancienneté "
           "déjà acquise à cette date.\n\n"
           "Sous réserve du paragraphe qui suit, l'ancienneté s'évalue pour la période postérieure au "
           "1er juillet 2000 selon les dispositions des clauses 5-2.02 à 5-2.11. »")


def amended_chunk() -> Chunk:
    from ingest.types import Amendment
    return Chunk(chunk_id="c:00067:1", doc="c", clause_id="5-2.01", kind="clause", text=AMENDED,
                 indexed_text=AMENDED, doc_title="Accord de test", article="5-2.00", ordinal=67,
                 amends=Amendment("9", "replace", ("5-2.01",), "La clause 5-2.01 est remplacée par ce qui suit :"))


def test_a_named_amended_clause_is_answered_by_its_new_text_not_the_instruction():
    clause = amended_chunk()
    answer = ExtractiveAnswerer.from_chunks([clause, *CHUNKS]).answer(
        "Que prévoit la nouvelle clause 5-2.01 ?", [Hit(clause, 1.0, ("route",))])
    assert "est remplacée par ce qui suit" not in answer.short
    assert "conserve l'ancienneté déjà acquise" in unbold(answer.short)
    assert all(c.quote in AMENDED for c in answer.citations)


def test_an_already_quoted_text_is_not_quoted_twice():
    from assistant.answer import in_quotes
    assert in_quotes("« 5-2.01\n\nL'enseignant conserve l'ancienneté.") == "« 5-2.01\n\nL'enseignant conserve l'ancienneté. »"
    assert in_quotes("E) Les jours sont versés dans la banque. »") == "« E) Les jours sont versés dans la banque. »"
    assert in_quotes("« 5-10.43 Les jours demeurent à son crédit. »") == "« 5-10.43 Les jours demeurent à son crédit. »"
    assert in_quotes("Le grief est soumis par écrit.") == "« Le grief est soumis par écrit. »"
    clause = amended_chunk()
    answer = ExtractiveAnswerer.from_chunks([clause, *CHUNKS]).answer(
        "Que prévoit la nouvelle clause 5-2.01 ?", [Hit(clause, 1.0, ("route",))])
    assert "« «" not in answer.text and "» »" not in answer.text
