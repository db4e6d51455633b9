"""Time elapsed since an event as a limit (assistant/deadlines.py ``_TIME_TO_ACT``, ``is_duration``): Cris 5-2.07 d)
« s'il s'est écoulé plus de 24 mois consécutifs depuis l'expiration du contrat … et son rengagement » bounds the
rehiring, it is no length something lasts. 24 months after Tuesday 30 June 2026: Friday 30 June 2028 (by hand)."""

from __future__ import annotations

from assistant.deadlines import find_delays, is_duration

from .inline_answers import answered, direct_answers

SENIORITY = ("5-2.07 L'enseignante ou l'enseignant perd son ancienneté : - d) s'il s'est écoulé plus de 24 mois "
             "consécutifs depuis l'expiration du contrat d'engagement de l'enseignante ou l'enseignant à temps partiel, "
             "remplaçant ou à la leçon et son rengagement par la Commission.")
OFFER = ("5-3.19 B) L'enseignante ou l'enseignant en disponibilité qui se voit offrir un contrat d'engagement à temps "
         "plein par la Commission, doit l'accepter dans les 10 jours suivant la réception de cette offre écrite.")


def test_time_elapsed_since_an_event_is_a_limit_not_a_length():
    sentence = SENIORITY.split(" : ", 1)[1]
    assert [is_duration(sentence, delay) for delay in find_delays(sentence)] == [False]
    assert is_duration("pendant une période de plus de 24 mois", find_delays("plus de 24 mois")[0])


def test_the_elapsed_limit_answers_when_rehiring_is_due():
    direct, hits = direct_answers({"5-3.19": OFFER, "5-2.07": SENIORITY}, doc="cris")
    answer = answered(direct, "J'étais prof à temps partiel à la CS crie ; mon contrat a pris fin le 30 juin 2026. "
                              "Pour garder mon ancienneté, la Commission doit me réengager au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le vendredi 30 juin 2028**")
    assert [c.clause for c in answer.citations][:1] == ["5-2.07"]
