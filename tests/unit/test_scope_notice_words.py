"""scope._NOTICE_ACT reads the shared words of giving notice (deadlines.notice_words), not a list of its own."""

from assistant import scope
from assistant.deadlines import NOTICE_VERB_STEMS, PRIOR_NOTICE, notice_words


def test_notice_act_is_built_from_the_shared_notice_words():
    shared = notice_words(nouns=(PRIOR_NOTICE,), stems=NOTICE_VERB_STEMS[:3], forms="(?:er|ir)")
    assert shared in scope._NOTICE_ACT.pattern


def test_notice_act_reads_the_same_questions():
    acts = {
        "Le Collège doit me donner combien de jours de préavis avant de modifier mon horaire de travail ?":
            "modifier mon horaire de travail ",
        "Le syndicat doit aviser combien de jours avant de déclencher une grève ?": "déclencher une grève ",
        "Faut-tu les avertir longtemps avant une grève ?": "grève ",
        "Je dois prévenir la direction combien de temps avant la sortie ?": "sortie ",
        "Combien de jours d'avance avant de partir en congé ?": "partir en congé ",
        "Je dois le dire à l'avance avant l'examen ?": "examen ",
    }
    for question, act in acts.items():
        found = scope._NOTICE_ACT.search(question)
        assert found is not None and found.group("act") == act.strip() or found.group("act").startswith(act.strip()), question
    assert scope._NOTICE_ACT.search("J'ai été avisé hier avant de partir ?") is None  # a participle: no notice asked
    assert scope._NOTICE_ACT.search("Combien de jours de congé avant de partir ?") is None
