"""Each side of a comparison cites its right clause (assistant/comparisons.py): « L'année scolaire » kept whole as the
topic; inline passages, no index."""

from __future__ import annotations

from assistant.comparisons import topic_of


def test_l_annee_scolaire_is_the_topic_not_l_annee():
    # « année scolaire » is a term both agreements define (Bourget 1-2.07, Cris 1-1.05); its elided article kept
    # « scolaire » off the topic (DEV Q1538: « L'année », Bourget 8-3.01 « L'année de travail … » quoted)
    names = ["Collège", "Cris"]
    assert topic_of("L'année scolaire, ça va de quand à quand chez les Cris ? Pis au Collège ?",
                    names) == "L'année scolaire"
    assert topic_of("L'année scolaire, elle commence pis finit quand au Collège ? Chez les Cris, c'est défini selon "
                    "quelle loi ?", names) == "L'année scolaire"
