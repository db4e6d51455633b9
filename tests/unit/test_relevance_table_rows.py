"""A table row read by a lookup (numbers only) is judged on the answer naming its table,
so a right amount is not flagged « Hors sujet ? » in the verification view, while a
prose quote about something else still is."""

from assistant.relevance import off_topic
from assistant.types import Answer, Citation

QUESTION = "Quel est le taux horaire d'un technicien de travaux pratiques à l'échelon 5 au 1er avril 2013 ?"
ROW = "5\t20,46\t20,61\t20,92\t21,29\t21,72"
TEXT = ("**21,29 $** l'heure — Annexe N, A) Taux horaire, salarié éducateur de soutien technique, "
        "Technicien de travaux pratiques (37,5 heures/semaine), échelon 5, colonne « 01-04-2013 » (1er avril 2013)")


def _answer(text: str, quote: str, question: str = QUESTION) -> Answer:
    return Answer(question=question, text=text, kind="amount",
                  citations=[Citation(doc="bourget", clause="Annexe N", quote=quote, chunk_id="bourget:1:1")])


def test_a_row_of_numbers_is_judged_on_the_answer_naming_its_table():
    assert not off_topic(_answer(TEXT, ROW))


def test_a_row_of_numbers_under_another_table_is_still_flagged():
    other = "**48 454 $** par année — Annexe M, échelon 8, colonne « 1er avril 2013 »"
    assert off_topic(_answer(other, "8\t45 000\t46 000", question="Quel est le taux horaire d'un technicien de laboratoire en chimie ?"))


def test_a_prose_quote_is_judged_on_itself():
    prose = "Le salarié éducateur a droit à une période de repas d'une heure."
    assert off_topic(_answer(TEXT, prose))
