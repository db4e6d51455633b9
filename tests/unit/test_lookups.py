"""Direct answers (assistant/lookups.py) on a tiny inline agreement: a salary scale, a delay clause,
its calendar clauses, and a second agreement to compare with (fake embedder, no real corpus)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.amount_answers import row_table
from assistant.comparisons import topic_of as _topic
from assistant.lookups import DirectAnswers
from assistant.types import Hit
from ingest.tables import Table, TableRow, find_tables
from tests.corpus_fixtures import make_corpus

CONVENTION = """Convention collective de test

CHAPITRE 1-0.00 DÉFINITIONS

1-2.00 Définitions

1-2.28 Échelon d'expérience

Subdivision en ordonnée d'une échelle de traitement correspondant à l'année d'expérience que le salarié éducateur est en voie d'acquérir.

1-2.38 Jour ouvrable

Du lundi au vendredi inclusivement à l'exception des jours fériés et chômés prévus au calendrier et déterminés par le Collège pour une année d'engagement.

CHAPITRE 6-0.00 CONGÉS

6-3.00 Congés de maladie

6-3.02 Le salarié a droit à dix (10) jours ouvrables de congé de maladie par année.

CHAPITRE 8-0.00 TÂCHE

8-8.00 Élèves en difficulté

8-8.12 La liste des élèves en difficulté doit être remise au plus tard le 15 octobre de chaque année à l'enseignant.

8-16.00 Jours fériés

8-16.01 Le salarié bénéficie des jours de congés fériés, chômés et payés suivants :

- fête du Travail ;
- Action de grâces ;
- Vendredi saint ;
- lundi de Pâques ;
- journée nationale des Patriotes ;
- fête nationale du Québec ;
- Confédération.

8-16.02 En plus de ceux prévus à la clause 8-16.01, le salarié bénéficie chaque année du nombre de jours chômés et payés nécessaires pour lui assurer une période continue de congé du 24 décembre au 3 janvier inclusivement.

CHAPITRE 10-0.00 GRIEFS

10-1.00 Procédure de règlement des griefs

10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief, l'Association soumet le grief au Collège par écrit.

10-1.04 Le Collège fournit sa décision écrite dans les vingt-cinq (25) jours ouvrables de la réception de l'avis de grief.

10-1.07 Aux fins d'application de la clause 10-1.02, les délais ne courent pas durant la période du 1er juillet jusqu'au 22 août suivant.

Annexe M Échelles annuelles de traitement des enseignants à temps complet (rf. clause 7-6.02)

Échelons\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
1\t38 139\t38 902
2\t39 760\t40 555
3\t41 451\t42 280

¹³ Il est à noter qu'il faut lire au tableau le taux de traitement à compter du 141e jour de travail de l'année scolaire concernée au lieu du 1er avril d'une année visée.

¹⁴ L'enseignant se voit attribuer l'échelon correspondant à son expérience, augmenté de :

- 2 échelons dans le cas de celui dont la scolarité est évaluée à 17 ans ;
- 4 échelons dans le cas de celui dont la scolarité est évaluée à 18 ans.

Annexe N Taux horaire du personnel de soutien

Appariteur (37,5 heures/semaine)
Échelon\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
1\t16,11\t16,43
2\t16,50\t16,83
"""

OTHER = """Entente de test

CHAPITRE 5-0.00 CONGÉS

5-10.00 Congés de maladie

5-10.01 L'enseignante ou l'enseignant a droit à sept (7) jours de congé de maladie par année.

CHAPITRE 9-0.00 GRIEFS

9-1.00 Griefs

9-1.03 Le grief est soumis dans les 120 jours de la date de l'événement.
"""

MANIFEST = """
[[document]]
key = "conv"
file = "conv.txt"
title = "Convention de test"
aliases = ["Collège", "convention de test"]
kind = "convention collective"
period = "2014-2019"

[[document]]
key = "autre"
file = "autre.txt"
title = "Entente autre"
aliases = ["entente autre", "autre"]
kind = "entente locale"
period = "2020"
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    from assistant import load_assistant
    from ingest.config import Settings
    from ingest.embeddings import FakeEmbedder
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("lookups")
    corpus = make_corpus(root / "corpus")
    (corpus / "conv.txt").write_text(CONVENTION, encoding="utf-8")
    (corpus / "autre.txt").write_text(OTHER, encoding="utf-8")
    (corpus / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    data = root / "data"
    ingest(corpus, data, FakeEmbedder(), cache_path=data / "cache.sqlite")
    return load_assistant(Settings(corpus_dir=corpus, data_dir=data, embedder="fake"), build_index=False)


def direct(assistant, question: str):
    """The computed answer to ``question`` over its hits (None: no lookup applies)."""
    return assistant.direct.answer(question, assistant.retrieve(question))


def verbatim(assistant, answer) -> None:
    assert answer.citations
    for citation in answer.citations:
        chunk = assistant.chunk(citation.chunk_id)
        assert chunk is not None and citation.quote in chunk.text, citation
        assert (citation.doc, citation.clause) == (chunk.doc, chunk.clause_id)
    for row in answer.support:
        if row.chunk_id is not None:
            assert row.quote in assistant.chunk(row.chunk_id).text


def test_index_stores_the_tables(assistant):
    tables = assistant.index.tables
    assert [t.annex_or_clause for t in tables] == ["Annexe M", "Annexe N"]
    assert (assistant.index.generation / "tables.jsonl").is_file()
    (annex_m,) = [t for t in tables if t.annex_or_clause == "Annexe M"]
    assert annex_m.cell(2, "1er avril 2013").value == "39 760"


def test_amount_answer_is_the_cell_with_its_row_note_and_verbatim_quote(assistant):
    answer = direct(assistant, "Combien gagne un enseignant à l'échelon 2 au 1er avril 2013 ?")
    assert answer.kind == "amount" and not answer.abstained
    assert answer.text.startswith("**39 760 $** par année — Annexe M, échelon 2, colonne « 1er avril 2013 »")
    assert "| **2** | **39 760 $** | 40 555 $ |" in answer.text  # the row as a table, the cell in bold
    assert "141e jour de travail" in answer.text
    assert any(c.quote == "2\t39 760\t40 555" and c.clause == "Annexe M" for c in answer.citations)
    assert answer.hits  # passed through
    verbatim(assistant, answer)


def test_a_year_gives_the_columns_in_force_labelled(assistant):
    answer = direct(assistant, "Quel est le salaire d'un enseignant à l'échelon 3 en 2014 ?")
    assert "**41 451 $**" in answer.text and "**42 280 $**" in answer.text
    # the note of the test Annexe M (141st working day instead of 1er avril) gives each column's period
    assert "en vigueur à compter du 141e jour de travail de l'année scolaire 2012-2013 jusqu'au 140e jour" in answer.text


def test_hourly_rate_of_a_job_class(assistant):
    answer = direct(assistant, "Quel est le taux horaire d'un appariteur à l'échelon 2 au 1er avril 2014 ?")
    assert answer.kind == "amount"
    assert answer.text.startswith("**16,83 $** l'heure — Annexe N, Appariteur")
    verbatim(assistant, answer)


def test_no_job_class_lists_each_candidate(assistant):
    answer = direct(assistant, "Combien je gagne à l'échelon 1 au 1er avril 2014 ?")
    assert answer.text.startswith("Votre question ne précise pas la classe d'emploi ; pour **enseignant**")
    assert "**38 902 $**" in answer.text and "16,43 $ l'heure" in answer.text
    verbatim(assistant, answer)


def test_a_year_after_the_agreement_is_not_answered_from_its_tables(assistant):
    assert direct(assistant, "Combien gagne un enseignant à l'échelon 2 en 2023-2024 ?") is None


def test_assistant_ask_gives_the_computed_answer(assistant):
    answer = assistant.ask("Connaissance des faits le 1er avril 2026 : jusqu'à quand l'Association soumet le grief ?")
    assert answer.kind == "deadline", answer.text
    assert answer.answerer == "lookup" and not answer.abstained
    assert answer.text.startswith("**Au plus tard le ") and "40 jours ouvrables" in answer.text
    assert answer.question.startswith("Connaissance") and answer.hits and answer.support


def test_placement_steps_then_salary(assistant):
    answer = direct(assistant, "17 ans de scolarité et 0 ans d'expérience, combien je gagne au 1er avril 2014 ?")
    assert answer.kind == "placement"
    assert "échelon d'expérience 1" in answer.text and "+ 2 échelons" in answer.text
    assert "**Traitement à l'échelon 3**" in answer.text and "**42 280 $**" in answer.text
    assert {c.clause for c in answer.citations} >= {"1-2.28", "Annexe M"}
    verbatim(assistant, answer)


def test_deadline_counts_working_days_with_the_agreements_calendar(assistant):
    answer = direct(assistant, "J'ai pris connaissance des faits le 10 novembre 2025, jusqu'à quand pour déposer le grief ?")
    assert answer.kind == "deadline"
    assert answer.text.startswith("**Au plus tard le jeudi 15 janvier 2026**")
    assert "40 jours ouvrables" in answer.text and "Hypothèses" in answer.text
    # every clause the count used is cited, and none it did not use (no 8-16.01 holiday falls in it)
    assert {c.clause for c in answer.citations} == {"10-1.02", "1-2.38", "8-16.02"}
    verbatim(assistant, answer)


def test_deadline_across_the_summer_cites_the_suspension(assistant):
    answer = direct(assistant, "J'ai su les faits le 19 juin 2026 ; jusqu'à quand pour soumettre le grief au Collège ?")
    assert answer.text.startswith("**Au plus tard le vendredi 9 octobre 2026**")
    assert "10-1.07" in {c.clause for c in answer.citations}


def test_comparison_has_one_section_per_document(assistant):
    answer = direct(assistant, "Compare les congés de maladie du Collège et de l'entente autre")
    assert answer.kind == "comparison"
    assert "**Convention de test**" in answer.text and "**Entente autre**" in answer.text
    assert {c.doc for c in answer.citations} == {"conv", "autre"}
    verbatim(assistant, answer)


@pytest.mark.parametrize("question", [
    "J'ai combien de temps pour déposer un grief ?",
    "Combien de jours de congé de maladie ai-je par année ?",
    "Les mentors sont libérés combien de temps ?",
])
def test_other_questions_fall_through(assistant, question):
    assert direct(assistant, question) is None


def test_an_index_without_tables_still_answers_deadlines(assistant):
    class OldIndex:  # an index written before tables.jsonl: no ``tables`` attribute
        chunks = assistant.index.chunks
        documents = assistant.index.documents

    direct = DirectAnswers.from_index(OldIndex())
    assert direct.tables == []
    question = "Combien gagne un enseignant à l'échelon 2 au 1er avril 2013 ?"
    assert direct.answer(question, assistant.retrieve(question)) is None


def test_row_table_and_topic():
    table = Table("d", "Annexe X", "Annexe X", "", ("1er avril 2013", "1er avril 2014"),
                  (TableRow("4", ("10", "11"), "4\t10\t11"),), row_header="Échelons", unit="annual")
    assert row_table(table, table.rows[0], [1]).splitlines()[-1] == "| **4** | 10 $ | **11 $** |"
    assert _topic("Compare les congés de maladie de Bourget et de l'entente crie", ["Bourget", "crie"]) == \
        "congés de maladie"


def test_a_row_cut_between_two_stored_parts_is_quoted_from_the_part_with_the_cell():
    from ingest.types import Chunk

    text = "Annexe Z Traitement des enseignants\n\nÉchelons\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014\n1\t100\t200"
    (table,) = find_tables(text, "d", "Annexe Z")
    first = Chunk("d:00001:1", "d", "Annexe Z", "annex", text[:-4], text[:-4], part=1, parts=2)
    second = Chunk("d:00001:2", "d", "Annexe Z", "annex", "\t200", "\t200", part=2, parts=2)
    direct = DirectAnswers([table], [first, second], {"d": {"title": "D", "period": "2014-2019"}})
    answer = direct.answer("Combien gagne un enseignant à l'échelon 1 au 1er avril 2013 ?",
                           [Hit(first, 1.0)])
    assert answer is not None and answer.citations[0].quote == "1\t100"


def test_a_generation_without_tables_file_opens_with_no_tables(assistant, tmp_path):
    import shutil

    from ingest.index import open_index, read_tables

    old = tmp_path / "data"
    shutil.copytree(assistant.index.generation.parent, old, ignore=shutil.ignore_patterns("*.sqlite", ".ingest.lock"))
    generation = old / assistant.index.generation.name
    assert len(read_tables(generation)) == 2
    (generation / "tables.jsonl").unlink()
    index = open_index(old)
    assert index.tables == [] and len(index.chunks) == len(assistant.index.chunks)


def test_a_short_follow_up_changes_one_part_of_the_amount_question(assistant):
    first = direct(assistant, "Combien gagne un enseignant à l'échelon 2 au 1er avril 2013 ?")
    follow = "Et à l'échelon 3 ?"
    answer = assistant.direct.answer(follow, assistant.retrieve(follow), history=[first])
    assert answer is not None and answer.text.startswith("**41 451 $** par année — Annexe M, échelon 3")
    later = "Et au 1er avril 2014 ?"
    answer = assistant.direct.answer(later, assistant.retrieve(later), history=[first])
    assert answer.text.startswith("**40 555 $**")
    assert assistant.direct.answer(follow, assistant.retrieve(follow)) is not None  # alone: every job class
    unrelated = "Et pour un congé de maternité ?"
    assert assistant.direct.answer(unrelated, assistant.retrieve(unrelated), history=[first]) is None


def test_a_yearly_date_gives_this_years_last_day(assistant):
    answer = direct(assistant, "On est le 2 octobre 2026 : le Collège a jusqu'à quand pour me remettre la liste des "
                               "élèves en difficulté ?")
    assert answer.kind == "deadline"
    assert answer.text.startswith("**Au plus tard le jeudi 15 octobre 2026**")
    assert "au plus tard le 15 octobre, clause 8-8.12" in answer.text
    assert {c.clause for c in answer.citations} == {"8-8.12"}
    verbatim(assistant, answer)


def test_a_delay_stated_in_the_question_is_counted_on_the_agreements_calendar(assistant):
    # Friday 18 December 2026, 10 working days: 21, 22, 23 Dec (3); 24 Dec - 3 Jan break (8-16.02);
    # 4-8 Jan (8), 11 (9), Tuesday 12 January 2027 (10). No clause of the agreement sets this delay.
    answer = direct(assistant, "Au Collège, on m'a donné 10 jours ouvrables à partir du 18 décembre 2026 pour "
                               "remettre un document. C'est quoi ma date limite ?")
    assert answer.kind == "deadline"
    assert answer.text.startswith("**Au plus tard le mardi 12 janvier 2027**")
    assert "Délai indiqué dans votre question" in answer.text
    assert {c.clause for c in answer.citations} == {"1-2.38", "8-16.02"}  # what the count used, nothing else
    verbatim(assistant, answer)


def test_a_quoted_sentence_ending_with_a_colon_runs_on_to_what_it_introduces():
    from assistant.comparisons import best_sentence
    from ingest.types import Chunk

    text = ("5-14.02 Congés. B) En cas de décès de son père ou de sa mère : 5 jours consécutifs ouvrables ou non. "
            "C) Autre chose.")
    chunk = Chunk("autre:00001:1", "autre", "5-14.02", "clause", text, text)
    start = text.index("B)")
    hit = Hit(chunk, 1.0, ("dense",), unit_similarities=[(start, text.index(":") + 1, 0.9), (0, 16, 0.1)])
    quote = best_sentence(hit, "décès du père")
    assert quote.startswith("B) En cas de décès") and quote.endswith("ouvrables ou non.")
    assert quote in text


def test_the_per_document_indexes_give_what_a_scan_of_the_whole_index_gives(assistant):
    """Opening indexes clauses, passages, tables and aliases per document; a question reads only its
    documents' share, with the same result and order as scanning every clause, passage and table."""
    direct = DirectAnswers.from_index(assistant.index)
    for doc in ("conv", "autre"):
        scanned = [clause for (key, clause) in direct._clause_chunks if key == doc]
        assert direct._doc_clauses[doc] == scanned
        assert direct._doc_positions[doc] == [i for i, c in enumerate(direct.chunks) if c.doc == doc]
        assert direct._tables_for("Combien ?", [doc]) == [t for t in direct.tables if t.doc == doc]
    assert direct._tables_for("Combien ?", None) == direct.tables
    # aliases found by their first token, listed in index order whatever the question's order
    assert direct.mentioned_documents("Entente autre ou convention de test au Collège ?") == ["conv", "autre"]
    assert direct.mentioned_documents("Une convention sans nom ?") == []
    assert direct.calendar("conv").working_days_clause == "1-2.38"


def test_named_rows_prepared_once_answer_like_a_scan_of_the_tables():
    from assistant.tables import named_row_tables, row_lookup, rows_named

    text = ("Annexe W Frais de déplacement\n\nRepas\tMontant\nDéjeuner\t10 $\nSouper\t15 $\n\n"
            "Échelons\tTraitement\n1\t100 $\n2\t200 $")
    tables = find_tables(text, "d", "Annexe W")
    prepared = named_row_tables(tables)
    assert [n.table for n in prepared] == [t for t in tables if t.rows[0].label == "Déjeuner"]
    for question in ("Combien pour un souper ?", "Combien à l'échelon 2 ?", "Un déjeuner ou un souper ?"):
        assert rows_named(prepared, question) == row_lookup(tables, question)
    assert [c.value for c in rows_named(prepared, "Combien pour un souper ?")] == ["15 $"]


def two_agreements(assistant) -> tuple[DirectAnswers, Hit]:
    """The test convention and a second numbered agreement whose grievance delay differs (and
    the hit of its delay clause, as a question's hits would hold it)."""
    from ingest.types import Chunk

    text = "9-1.03 L'avis de grief doit être remis dans les 120 jours de la date de l'événement qui a donné naissance au grief."
    cree = Chunk(chunk_id="cris:00001:1", doc="cris", clause_id="9-1.03", kind="clause", text=text,
                 indexed_text=text, doc_title="Accord cri de test", article="9-1.00", ordinal=1)

    def retrieve(question, docs):
        if docs == ["cris"]:
            return [Hit(cree, 1.0, ("bm25",))]
        return assistant.retrieve(question, docs=docs)

    documents = {**assistant.index.documents, "cris": {"title": "Accord cri de test", "aliases": ["cri"]}}
    return DirectAnswers(assistant.index.tables, [*assistant.index.chunks, cree], documents, retrieve), \
        Hit(cree, 0.5, ("bm25",))


def test_a_deadline_asked_of_no_agreement_is_counted_by_each_agreement(assistant):
    direct, cree_hit = two_agreements(assistant)
    question = "J'ai pris connaissance des faits le 10 novembre 2025, jusqu'à quand pour déposer le grief ?"
    answer = direct.answer(question, [*assistant.retrieve(question), cree_hit])
    assert answer.kind == "deadline"
    assert answer.text.startswith("Votre question ne précise pas l'entente")
    bourget, cree = answer.text.split("▸ ")[1:]
    assert bourget.startswith("**Convention de test**") and "**Au plus tard le jeudi 15 janvier 2026**" in bourget
    assert cree.startswith("**Accord cri de test**") and "**Au plus tard le mardi 10 mars 2026**" in cree
    assert "120 jours (de calendrier)" in cree and "Hypothèses" in cree
    # each count says what its agreement runs the delay from, verbatim
    assert "Point de départ selon 9-1.03 : « de la date de l'événement qui a donné naissance au grief »" in cree
    assert "Point de départ selon 10-1.02 : « de la connaissance des faits donnant naissance au grief »" in bourget
    assert {(c.doc, c.clause) for c in answer.citations} >= {("conv", "10-1.02"), ("cris", "9-1.03")}
    verbatim(assistant, replace(answer, citations=[c for c in answer.citations if c.doc == "conv"],
                                support=[s for s in answer.support if not (s.chunk_id or "").startswith("cris")]))
    # one agreement ticked or named: its count alone
    ticked = direct.answer(question, [*assistant.retrieve(question, docs=["conv"]), cree_hit], docs=["conv"])
    assert ticked.text.startswith("**Au plus tard le jeudi 15 janvier 2026**")
    # an agreement that the question's passages never reach is not asked
    alone = direct.answer(question, assistant.retrieve(question))
    assert alone.text.startswith("**Au plus tard le jeudi 15 janvier 2026**")
    assert {c.doc for c in ticked.citations} == {c.doc for c in alone.citations} == {"conv"}


def test_a_comparison_sets_each_agreements_counts_side_by_side(assistant):
    answer = direct(assistant, "Compare les congés de maladie du Collège et de l'entente autre")
    table = [line for line in answer.text.splitlines() if line.startswith("|")]
    assert table[0] == "| Convention de test | Entente autre |" and table[1] == "|---|---|"
    assert "« dix (10) jours ouvrables » [Convention de test, 6-3.02]" in table[2]
    assert "sept (7) jours" in table[2] or "7) jours" in table[2]
    # each side's text follows the table, its quotes in « » once
    assert answer.text.index("**Convention de test**") > answer.text.index(table[-1])
    assert "« «" not in answer.text and "» »" not in answer.text
    verbatim(assistant, answer)


def test_a_document_with_aliases_is_not_named_by_its_key():
    # the guide « mesures » (aliases « mesure 15158 », …): « une mesure disciplinaire » names no document
    documents = {"bourget": {"aliases": ["Collège"]}, "mesures": {"aliases": ["mesure 15158"]}, "bare": {}}
    direct = DirectAnswers((), [], documents)
    assert direct.mentioned_documents("Au Collège, combien de temps pour contester une mesure disciplinaire ?") == ["bourget"]
    assert direct.mentioned_documents("Les mesures de la mesure 15158 ?") == ["mesures"]
    assert direct.mentioned_documents("Et dans bare ?") == ["bare"]  # a document without aliases: its key
    assert "mesures" not in direct._names()


def test_a_tax_asked_of_an_amount_is_no_amount_question(assistant):
    # whether a salary or an allowance is taxed: no table's amount says (DEV Q1125: Annexe W's meal amounts answered it)
    assert direct(assistant, "Le salaire d'un enseignant à l'échelon 2 au 1er avril 2013, c'est-tu imposable ?") is None
    assert direct(assistant, "Combien gagne un enseignant à l'échelon 2 au 1er avril 2013 ?") is not None


def test_a_date_asked_of_an_amount_is_no_amount_question(assistant):
    # when a rate is raised, not the rate (fresh DEV Q1209: Annexe W's « tarif de base » answered « 35 $ »)
    answer = direct(assistant, "Le salaire d'un enseignant à l'échelon 2 est augmenté à quelle date ?")
    assert answer is None or answer.kind != "amount"
