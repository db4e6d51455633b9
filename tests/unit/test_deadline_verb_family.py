"""A verb meets its own family only (assistant/deadline_answers.py ``_verb_meets``, read by ``_purpose_done`` and
``_after_act``): « communiquer » is not told done by a question naming the « Commission » (both began « comm »), while
« décider » still meets « décision » (DEV Q1521). Inline two-delay clause; 2027-03-03 is a Wednesday, ten days later
Saturday 13 March, reported to Monday 15 March 2027."""

from __future__ import annotations

from assistant.deadline_answers import _verb_meets

from .inline_answers import direct_answers, last_day

TWO_STEPS = ("5-9.01 La Commission dispose de dix (10) jours pour communiquer sa décision à l'enseignante ou "
             "l'enseignant. Une fois sa décision communiquée, l'enseignante ou l'enseignant peut la contester dans les "
             "trente (30) jours.")


def test_a_verb_meets_its_family_not_a_word_sharing_its_first_letters():
    assert _verb_meets("communiquer", ["communication"], 4) and not _verb_meets("communiquer", ["Commission"], 4)
    assert _verb_meets("décider", ["décision"], 4) and _verb_meets("déposer", ["dépôt"], 4)
    assert _verb_meets("contester", ["contestation"], 5) and not _verb_meets("contester", ["contrat"], 5)


def test_the_commission_named_tells_no_communication_done():
    direct, hits = direct_answers({"5-9.01": TWO_STEPS}, doc="cris")
    question = ("Chez les Cris, la Commission a reçu ma demande le mercredi 3 mars 2027. Elle a jusqu'à quand pour "
                "communiquer sa décision ?")
    assert last_day(direct, question, hits) == "lundi 15 mars 2027"
