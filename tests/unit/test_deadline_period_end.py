"""« C'est quoi le dernier jour de mon contrat ? » asks the day a period ends (assistant/deadline_answers.py
``_PERIOD_END_ASKED``): a day the agreement ranks after the dated event answers it (Bourget 6-6.20 « le contrat prend fin
le soixantième (60e) jour suivant cette mise à pied », DEV Q1489); a delay to act in does not, nor does a question
without a date. Dates checked by hand: 2027-06-14 is a Monday; 16 days to 30 June, 31 in July, 13 in August: Friday 13
August 2027."""

from __future__ import annotations

from .inline_answers import direct_answers, last_day

LAID_OFF = ("6-6.20 Advenant la mise à pied du salarié éducateur, le contrat prend fin le soixantième (60e) jour suivant "
            "cette mise à pied et les dispositions de la clause 6-6.16 s'appliquent, à moins qu'entre-temps le salarié "
            "éducateur n'ait été rappelé au travail.")
OFFER = ("5-3.19 L'enseignante ou l'enseignant en disponibilité qui se voit offrir un contrat d'engagement doit l'accepter "
         "dans les 10 jours suivant la réception de cette offre écrite d'engagement.")


def test_the_end_of_a_period_is_the_day_ranked_after_the_event():
    direct, hits = direct_answers({"6-6.20": LAID_OFF})
    question = ("Au Collège, j'étais dans le régime de congé sabbatique à traitement différé pis j'ai été mis à pied le "
                "lundi 14 juin 2027. C'est quoi le dernier jour de mon contrat ?")
    assert last_day(direct, question, hits) == "vendredi 13 août 2027"


def test_a_delay_to_act_is_no_end_of_a_period():
    direct, hits = direct_answers({"5-3.19": OFFER}, doc="cris")
    question = "Chez les Cris, j'ai été mis à pied le lundi 14 juin 2027. C'est quoi le dernier jour de mon contrat ?"
    assert direct.answer(question, hits, None) is None
    undated = "Au Collège, si je suis mis à pied, c'est quoi le dernier jour de mon contrat ?"
    direct, hits = direct_answers({"6-6.20": LAID_OFF})
    assert direct.answer(undated, hits, None) is None
