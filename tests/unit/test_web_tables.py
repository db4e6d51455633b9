"""The panels show a table as a table, and a plain "no" as what it answered.

* A clause's table (lines of tab-separated cells) shows as an HTML table, its first line the
  header, so a rep sees which number sits under which column (it showed as uneven rows of bare
  numbers); the quoted row's cells are highlighted, the text around stays escaped and marked.
* When an amount was read from a table row, the verification view and the cited clause's card
  show that row under its column headers, the cell read highlighted: the answerer's own small
  table (``assistant.amount_answers.row_table``, as the chat shows it), not a bare row.
* A plain "no" (``Answer.kind == "refused"``) citing nothing: the « Clauses citées » panel says the
  clause asked exists in no document (it said "the answer was not found", against the chat).
"""

from __future__ import annotations

from types import SimpleNamespace

from assistant.amount_answers import row_table
from assistant.browse import ClauseNotFoundError
from assistant.types import Answer, Citation, SentenceSupport
from ingest.tables import Table, TableRow
from web.render import clause_text, read_row_table, render_cited, render_verification
from web.texts import NO_CLAUSE_CITED, REFUSED

HEADER = "Échelons\t1er avril 2012\t1er avril 2013\t1er avril 2014"
ROW_11 = "11\t56 839\t57 834\t58 991"
ROW_12 = "12\t59 256\t60 293\t61 499"
ANNEX = f"Annexe M Échelles annuelles <de traitement>\n\n{HEADER}\n{ROW_11}\n{ROW_12}\n\n¹³ Note au bas du tableau."
LABEL = "[Convention Collège Bourget, Annexe M]"
CHUNK = "bourget:00623:1"


def salary_table() -> Table:
    rows = tuple(TableRow(line.split("\t")[0], tuple(line.split("\t")[1:]), line) for line in (ROW_11, ROW_12))
    return Table(doc="bourget", annex_or_clause="Annexe M", title="Échelles annuelles", subtitle="",
                 column_headers=("1er avril 2012", "1er avril 2013", "1er avril 2014"), rows=rows,
                 row_header="Échelons", unit="$")


def amount_answer() -> Answer:
    """The answer of « échelon 12 au 1er avril 2013 »: the amount, then the answerer's small table."""
    table = salary_table()
    sentence = "60 293 $ par année — Annexe M, échelon 12, colonne « 1er avril 2013 »"
    text = f"**60 293 $** par année — Annexe M, échelon 12, colonne « 1er avril 2013 » {LABEL}\n\n" \
           + row_table(table, table.rows[1], [1])
    return Answer(question="Combien gagne un enseignant à l'échelon 12 au 1er avril 2013 ?", text=text,
                  citations=[Citation("bourget", "Annexe M", ROW_12, CHUNK, "Convention Collège Bourget", LABEL)],
                  support=[SentenceSupport(sentence, CHUNK, ROW_12)], kind="amount")


class Index:
    """What the panels ask of the Assistant: a chunk, a clause opened, a clause found by number."""

    def chunk(self, chunk_id):
        return SimpleNamespace(chunk_id=CHUNK, doc="bourget", doc_title="Convention Collège Bourget",
                               clause_id="Annexe M", kind="annex", article="", article_title="", page=None)

    def open_clause(self, chunk_id):
        return SimpleNamespace(chunk_id=CHUNK, chunk_ids=(CHUNK,), doc="bourget", doc_title="Convention Collège Bourget",
                               clause_id="Annexe M", kind="annex", heading_path=(), page=None, amends=None, text=ANNEX)

    documents = {"bourget": None}

    def outline(self, doc):
        return [SimpleNamespace(number="10-1.00"), SimpleNamespace(number="Annexe M")]

    def find_clause(self, number, docs=None):
        if number.lower() != "annexe m":
            raise ClauseNotFoundError(number)
        return self.open_clause(CHUNK)


def test_a_clause_table_shows_under_its_header_with_the_quoted_row_marked():
    shown = clause_text(ANNEX, [ROW_12])
    assert shown.count("<table") == 1 and shown.count("<tr>") == 3
    assert "<th>Échelons</th><th>1er avril 2012</th>" in shown
    assert "<td><mark>12</mark></td><td><mark>59 256</mark></td>" in shown  # the quoted row, cell by cell
    assert "<td>11</td><td>56 839</td>" in shown  # the others as they are
    assert "&lt;de traitement&gt;" in shown and "¹³ Note au bas du tableau." in shown  # the text around, escaped
    assert "\t" not in shown


def test_a_quote_in_prose_is_marked_as_before_and_one_tab_line_is_no_table():
    text = "7-1.02 Le congé\test d'une durée maximale de deux (2) années.\n\nSuite."
    assert clause_text(text, ["deux (2) années"]) == text.replace("deux (2) années", "<mark>deux (2) années</mark>")


def test_the_row_read_shows_under_its_column_headers_with_the_asked_cell_highlighted():
    shown = read_row_table(amount_answer(), ROW_12)
    assert '<table class="row-table">' in shown
    assert "<th>Échelons</th><th>1er avril 2012</th><th><strong>1er avril 2013</strong></th>" in shown
    assert "<td><strong>12</strong></td><td>59 256" in shown and "<td><mark>60 293" in shown  # (unit or not)
    assert shown.count("<mark>") == 1 and shown.count("<tr>") == 2
    assert read_row_table(amount_answer(), ROW_11) == ""  # a row the answer does not show
    assert read_row_table(amount_answer(), "60 293 $ par année") == ""  # a sentence, not a row


def test_the_verification_view_shows_the_row_with_its_headers_not_bare_numbers():
    shown = render_verification(Index(), amount_answer())
    assert '<table class="row-table">' in shown and "<td><mark>60 293" in shown
    assert f"<mark>{ROW_12}</mark>" not in shown


def test_the_cited_card_shows_the_row_read_above_the_whole_table():
    shown = render_cited(Index(), amount_answer())
    assert shown.index('class="row-table"') < shown.index('class="clause-table"')
    assert "Ligne lue par la réponse" in shown and "<td><mark>60 293</mark></td>" in shown


def refusal(question: str, text: str) -> Answer:
    return Answer(question=question, text=text, abstained=True, kind=REFUSED)


def test_a_missing_clause_is_said_missing_in_the_cited_panel_not_unfound():
    shown = render_cited(Index(), refusal("Que dit la clause 99-9.99 ?",
                                          "La clause 99-9.99 n'existe dans aucun des documents indexés."))
    assert "« 99-9.99 » n'existe dans aucun des documents indexés" in shown
    assert NO_CLAUSE_CITED not in shown
    two = render_cited(Index(), refusal("Que disent les clauses 99-9.99 et 98-1.01 ?", "…"))
    assert "« 99-9.99 », « 98-1.01 » n'existent dans aucun" in two
    gym = refusal("Le Collège paie-t-il mon abonnement au gym ?", "…")
    topic = render_cited(Index(), gym)
    assert "ne contiennent pas ce qui est demandé" in topic and NO_CLAUSE_CITED not in topic
    assert "aucune phrase à vérifier" in render_verification(Index(), gym)
    assert "n'a pas répondu" not in render_verification(Index(), gym)


def test_an_existing_annex_or_article_asked_is_not_said_missing():
    shown = render_cited(Index(), refusal("Combien coûte le gym selon l'Annexe M ?", "…"))
    assert "n'existe" not in shown
    article = render_cited(Index(), refusal("Que dit l'article 10-1.00 sur le gym ?", "…"))  # no passage bears it
    assert "n'existe" not in article and "ne contiennent pas" in article
    assert "« 11-1.00 » n'existe" in render_cited(Index(), refusal("Que dit l'article 11-1.00 ?", "…"))
