"""Excerpts of the agreements' annexes that several amount tests read, copied from the corpus
(corpus/bourget-convention-college-bourget-2014-2019.txt) in the tests' inline format: « 1er » and « $ » as ingest
reads them, footnote marks and footnotes left out (tests/unit/test_amount_robustness.py keeps its own excerpt with
them, to test them)."""

from __future__ import annotations

#: Annexe P of the Collège Bourget agreement, its sections A) to C): the hourly rates of supply teachers, qualified or
#: not, of class supervision, and the rate of a night period, each from 1 April 2011 to 1 April 2014.
ANNEXE_P = """Annexe P Taux horaire des salariés éducateurs suppléants à court terme ou occasionnels

A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel

Enseignant qualifié

Durée Périodes concernées\t60 minutes
À compter du 1er avril 2011\t36,92 $
À compter du 1er avril 2012\t37,47 $
À compter du 1er avril 2013\t38,13 $
À compter du 1er avril 2014\t38,89 $

Enseignant non qualifié

Durée Périodes concernées\t60 minutes
À compter du 1er avril 2011\t28,92 $
À compter du 1er avril 2012\t29,42 $
À compter du 1er avril 2013\t30,00 $
À compter du 1er avril 2014\t30,60 $

B) Surveillance de classe

Durée de remplacement dans une journée Périodes concernées\t60 minutes
À compter du 1er avril 2011\t24,78 $
À compter du 1er avril 2012\t25,22 $
À compter du 1er avril 2013\t25,66 $
À compter du 1er avril 2014\t26,17 $

C) Surveillance de nuit

Durée Périodes concernées\tPériode de nuit selon la clause 8-13.13
À compter du 1er avril 2011\t59,91 $
À compter du 1er avril 2012\t60,94 $
À compter du 1er avril 2013\t61,87 $
À compter du 1er avril 2014\t63,11 $
"""
