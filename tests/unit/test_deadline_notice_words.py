"""The words of giving notice, written once (assistant/deadlines.py ``notice_words``, ``NOTICE_NOUNS``,
``NOTICE_VERB_STEMS``) and read by six patterns with edges of their own: a question's notice (« que j'avertisse »,
« le Collège doit être prévenu »), an agreement's sentence (« Le Collège doit être avisé »: « aviser » only), the notice
before a delay (« un préavis de sept (7) jours »), « information » and « j'ai été informé » no notice asked."""

from __future__ import annotations

import re

from assistant import deadline_answers as answers
from assistant.deadlines import NOTICE_VERB_STEMS, find_delays, notice_words


def test_one_alternation_of_nouns_and_verb_forms():
    words = re.compile(rf"^(?:{notice_words()})$", re.IGNORECASE)
    for word in ("préavis", "preavis", "avis", "aviser", "avisée", "avertir", "averti", "avertisse", "prévenir",
                 "prévenus", "informer", "informé"):
        assert words.match(word), word
    assert not words.match("information")
    assert len(NOTICE_VERB_STEMS) == 4


def test_each_pattern_keeps_its_edges():
    assert answers._NOTICE_ASKED.search("faut-tu que j'avertisse le Collège")
    assert not answers._NOTICE_ASKED.search("j'ai été informée de la décision")
    assert not answers._NOTICE_ASKED.search("l'avis de grief")
    assert answers._NOTICE_SENTENCE.search("Le Collège doit être avisé d'une telle absence")
    assert not answers._NOTICE_SENTENCE.search("il doit en informer le Collège")  # « aviser » only
    assert answers._NOTICE_WORDS.search("avertissez-moi d'avance")
    assert not answers._NOTICE_WORDS.search("une séance d'information")


def test_a_notice_before_a_delay_counts_it_back():
    [delay] = find_delays("sans un préavis de sept (7) jours de calendrier")
    assert delay.direction == "before"
    [delay] = find_delays("un préavis téléphonique soumis à la direction dans un délai de 48 heures")
    assert delay.direction == "before"
    [delay] = find_delays("donner un avis écrit à l'intérieur d'un délai maximum de deux (2) années suivant la date")
    assert delay.direction == "after"  # an « avis » named further back is no notice ahead
