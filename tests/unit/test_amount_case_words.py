"""The case of an article named by a question's own words (assistant/amount_answers.py ``_case_named``), on the inline
Cris texts of tests/unit/test_amount_modified_case.py: « contractuels à temps plein en formation professionnelle » names
13-14.00 (its chapter's topic, a word of its heading the new sentence does not say, full time for a heading fixing
1 280 hours), so 13-14.01's 300 $ replaces 7-1.02 a)'s 240 $, times the teachers counted (DEV Q1733: 15 × 300 $ =
4 500 $). Not without the chapter's topic, nor the heading's word, nor for hours said otherwise (« 800 heures »)."""

from __future__ import annotations

from .test_amount_modified_case import _direct


def test_the_case_said_in_words_gets_the_replacing_amount_times_the_count():
    question = ("À la CS crie, on a l'équivalent de 15 enseignants contractuels à temps plein en formation "
                "professionnelle. Leur budget de perfectionnement pour l'année, c'est combien ?")
    draft = _direct()._amount(question, [], None)
    assert draft is not None
    assert draft.parts[0].startswith("**4 500 $** en tout dans votre cas — 13-14.01"), draft.parts[0]
    assert "300 $ « par enseignante ou enseignant » × 15 (15 enseignants) = 4 500 $" in draft.parts[0]
    assert [c.clause for c in draft.citations] == ["13-14.01", "7-1.02"]


def test_one_teacher_of_the_case_gets_the_replacing_amount_alone():
    draft = _direct()._amount("À la CS crie, je suis enseignant contractuel à temps plein en formation professionnelle. "
                              "Le budget de perfectionnement par enseignant, c'est combien ?", [], None)
    assert draft is not None and draft.parts[0].startswith("**300 $** dans votre cas"), draft and draft.parts


def test_the_case_not_fully_said_keeps_the_replaced_amount():
    direct = _direct()
    for question in ("Chez les Cris, on a 15 enseignants à temps plein. Le budget de perfectionnement, c'est combien ?",
                     "Chez les Cris, on a 15 enseignants à temps plein en formation professionnelle. Le budget de "
                     "perfectionnement, c'est combien ?",
                     "À la CS crie, 15 enseignants contractuels en formation professionnelle. Leur budget de "
                     "perfectionnement pour l'année, c'est combien ?",
                     "À la CS crie, 15 enseignants contractuels à temps plein en formation professionnelle, contrats de "
                     "800 heures. Leur budget de perfectionnement, c'est combien ?"):
        assert direct._modified_amount(question, None) is None, question
