"""A definition question whose term is the title of a clause of a definitions article is answered by that clause, one per
term asked (AnswerParams.titled_definition): blind DEV Q1610 (« la différence entre une mise à pied pis un
non-réengagement » cited 6-4.11, which only uses both words) and Q1611 (« un congédiement, c'est quoi ? » cited 1-2.44,
which says a non-réengagement is no congédiement)."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import ExtractiveAnswerer, asked_terms, titles_term
from assistant.types import Hit
from tests.unit.builders import chunk, cited, ranked_hits

MATERNITY = ("6-4.11 Si, par la suite, la salariée éducatrice non réengagée ou mise à pied est rappelée par le Collège, "
             "l'indemnité de congé de maternité est rétablie à compter de la date de son retour au travail.")
FIRED = "1-2.20 Congédiement\n\nMesure disciplinaire qui a pour effet de mettre fin à l'engagement pour une cause juste."
LAID_OFF = ("1-2.43 Mise à pied\nCessation d'emploi reliée au non-renouvellement du contrat pour surplus de personnel, "
            "abolition de poste ou un autre motif.")
NOT_REHIRED = ("1-2.44 Non-réengagement\nNon-renouvellement du contrat d'un salarié éducateur non permanent. Le "
               "non-réengagement ne peut être interprété comme un congédiement.")


def _defining(text: str, clause: str, ordinal: int, title: str):
    return replace(chunk(text, clause, ordinal, "1-2.00"), title=title, article_title="Définitions")


CHUNKS = [chunk(MATERNITY, "6-4.11", 411, "6-4.00"), _defining(FIRED, "1-2.20", 20, "Congédiement"),
          _defining(LAID_OFF, "1-2.43", 43, "Mise à pied"), _defining(NOT_REHIRED, "1-2.44", 44, "Non-réengagement")]


def hits(*clauses: str) -> list[Hit]:
    return ranked_hits(CHUNKS, *clauses)


def test_the_terms_a_definition_question_asks():
    assert asked_terms("Au Collège, c'est quoi la différence entre une mise à pied pis un non-réengagement ?") == (
        "mise à pied", "non-réengagement")
    assert asked_terms("Pis un congédiement, d'abord, c'est quoi ?") == ("congédiement",)
    assert asked_terms("C'est quoi la durée de la convention ?") == ("durée de la convention",)
    assert asked_terms("Qu'est-ce qui arrive si je suis malade ?") == ()
    assert titles_term("Enseignante ou enseignant en disponibilité", "enseignant en disponibilité au juste") == 2
    assert titles_term("Convention", "durée de la convention") == 0


def test_each_term_asked_is_answered_by_the_clause_it_titles():
    question = "Au Collège, c'est quoi la différence entre une mise à pied pis un non-réengagement ?"
    retrieved = hits("6-4.11", "1-2.44", "1-2.43", "1-2.20")
    assert cited(ExtractiveAnswerer.from_chunks(CHUNKS).answer(question, retrieved)) == ["1-2.43", "1-2.44"]
    off = ExtractiveAnswerer.from_chunks(CHUNKS, titled_definition=False).answer(question, retrieved)
    assert cited(off)[0] == "6-4.11"
    fired = ExtractiveAnswerer.from_chunks(CHUNKS).answer("Pis un congédiement, d'abord, c'est quoi ?",
                                                          hits("1-2.44", "6-4.11", "1-2.20"))
    assert cited(fired) == ["1-2.20"]


def test_a_term_no_clause_titles_leaves_the_answer():
    # « durée de la convention »: no definition is titled so; a term with no titled clause among the passages neither
    question = "C'est quoi la différence entre une mise à pied pis une suspension ?"
    retrieved = hits("6-4.11", "1-2.43", "1-2.44")
    on = ExtractiveAnswerer.from_chunks(CHUNKS).answer(question, retrieved)
    off = ExtractiveAnswerer.from_chunks(CHUNKS, titled_definition=False).answer(question, retrieved)
    assert cited(on) == cited(off)
