"""A day's share of a stated annual salary only for whom the clause pays it (assistant/pay_arithmetic.py
``_salary_share``, ``_paid_to``), on the inline Cris 6-7.03 F) of tests/unit/test_pay_other_periods.py: « la
Commission paie, à la suppléante ou au suppléant occasionnel qui la ou le remplace … payé à raison de 1/200 … ». A
question naming that person (« je remplace », « sa suppléance ») gets salary ÷ 200; a regular teacher's day
(« mon traitement annuel est de 62 000 $. Une journée de travail vaut combien ? ») gets no amount computed, the rule
and whom it pays said and quoted."""

from __future__ import annotations

from assistant.types import Hit

from .test_pay_other_periods import cris  # noqa: F401  (fixture)


def test_a_regular_teachers_day_is_not_the_substitutes_share(cris):  # noqa: F811
    hits = [Hit(cris.chunks[0], 1.0)]
    for question in ("Chez les Cris, mon traitement annuel est de 62 000 $. Une journée de travail vaut combien ?",
                     "Chez les Cris, je suis enseignante à temps plein, traitement annuel de 62 000 $, combien par jour "
                     "de travail ?"):
        answer = cris.answer(question, hits)
        assert answer is not None and "÷ 200" not in answer.text, answer and answer.text
        assert answer.text.startswith("Aucun montant par jour calculé pour votre cas : la clause 6-7.03 paie 1/200"), \
            answer.text
        assert "à la suppléante ou au suppléant occasionnel" in answer.text, answer.text


def test_the_substitute_named_gets_the_share(cris):  # noqa: F811
    hits = [Hit(cris.chunks[0], 1.0)]
    answer = cris.answer("Chez les Cris, ma collègue est absente depuis un mois pis je fais sa suppléance ; mon "
                         "traitement annuel serait de 61 250 $, je suis payé combien chaque jour ?", hits)
    assert answer is not None and answer.text.startswith("**306,25 $** par jour de travail"), answer and answer.text
