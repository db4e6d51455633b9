"""Rival clauses on the real index (AnswerParams.rival_words_share, drop_far_rival): when a second
clause brings no question word the lead's quote lacks, the better BM25 passage leads, and a rival
of another article is left out."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration


def clauses(answer) -> list[str]:
    return list(dict.fromkeys(c.clause for c in answer.citations))


def test_the_grievance_delay_leads_before_the_colleges_reply(real_assistant):
    # 10-1.04 (the Collège's 25-day reply) is retrieved first; 10-1.02 holds the same question words
    # and matches them better: it leads and its text is quoted for checking
    answer = real_assistant.ask("J'ai combien de temps pour déposer un grief contre le Collège ?")
    assert clauses(answer)[0] == "10-1.02"
    assert "quarante (40) jours ouvrables" in answer.short.split("\n")[0].replace("**", "")


def test_a_loosely_related_clause_of_another_article_is_not_cited(real_assistant):
    answer = real_assistant.ask("Si je tombe en invalidité au Collège, qui me paie en attendant que "
                                "l'assurance-salaire embarque ?")
    assert clauses(answer) == ["6-3.09"]  # not the deferred-salary leave's 6-6.21 d)
