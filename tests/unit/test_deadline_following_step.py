"""A sentence opened by the step it follows (assistant/deadline_answers.py ``_FOLLOWING``, ``_follows_act``): Cris
3-6.06 B) « Suite au préavis à la directrice ou au directeur d'école, le Syndicat doit acheminer … dans les 5 jours du
début de l'absence » is the next step after the notice a question asks of, not that notice's delay (3-6.06 A's 48
hours, counted back). 48 hours before Thursday 15 April 2027: Tuesday 13 April 2027 (by hand)."""

from __future__ import annotations

from assistant.deadline_answers import _follows_act

from .inline_answers import answered, direct_answers

NOTICE = ("3-6.06 A) Toute déléguée ou tout délégué syndical obtient une autorisation de s'absenter pour remplir toute "
          "mission d'ordre syndical. À moins de circonstances incontrôlables, cette autorisation de s'absenter est "
          "sujette à un préavis téléphonique soumis à la directrice ou au directeur d'école dans un délai de 48 heures. "
          "B) Suite au préavis à la directrice ou au directeur d'école, le Syndicat doit acheminer sans retard un avis "
          "écrit au même effet à la direction du personnel de la Commission, et ce, dans les 5 jours du début de "
          "l'absence.")
QUESTION = ("Chez les Cris, chu délégué syndical pis j'ai une mission du syndicat le jeudi 15 avril 2027. Le préavis "
            "téléphonique à ma directrice d'école, je dois le faire au plus tard quand ? (l'avis écrit à la direction "
            "du personnel, le syndicat s'en occupe après)")


def test_a_sentence_following_the_act_asked_is_the_next_step():
    following = NOTICE[NOTICE.index("B) Suite"):]
    assert _follows_act(QUESTION, following)
    assert not _follows_act("Le syndicat doit envoyer l'avis écrit à la direction du personnel au plus tard quand ?",
                            following)


def test_the_notice_asked_is_counted_back_not_the_step_after_it():
    direct, hits = direct_answers({"3-6.06": NOTICE}, doc="cris")
    assert answered(direct, QUESTION, hits).text.startswith("**Au plus tard le mardi 13 avril 2027**")
