"""Excerpts of the agreements' rate tables that several amount tests read, copied from the corpus (corpus/*.txt) in
the tests' inline format: « 1er », « 140e » and « $ » as ingest/normalise.py reads them, footnote marks and footnotes
left out (tests/unit/test_amount_robustness.py keeps its own Annexe P excerpt with them, to test them)."""

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

#: Clause 13-2.03 of the Cris agreement, its paragraphs A) and B): the hourly rate of a teacher paid by the hour, from
#: the 140th working day of 2005-2006 to the 141st of 2008-2009, and the rule for periods under 50 or over 60 minutes.
CRIS_13_2_03 = """13-2.03

- A) L'enseignante ou l'enseignant à taux horaire est rémunéré sur la base des taux horaires fixés ci-après :

Période\tTaux
Jusqu'au 140e jour de travail de l'année scolaire 2005-2006\t42,98 $
À compter du 141e jour de travail de l'année scolaire 2005-2006\t43,84 $
À compter du 141e jour de travail de l'année scolaire 2006-2007\t44,72 $
À compter du 141e jour de travail de l'année scolaire 2007-2008\t45,61 $
À compter du 141e jour de travail de l'année scolaire 2008-2009\t46,52 $

- B) Ce taux est pour 50 à 60 minutes d'enseignement. L'enseignante ou l'enseignant à taux horaire dont les périodes sont de durée moindre que 50 minutes ou de durée supérieure à 60 minutes est rémunéré comme suit : le nombre de minutes d'enseignement divisé par 50 et multiplié par le taux applicable.
"""

#: Annexe P of the Collège Bourget agreement, its section D): the hourly rate of sports, cultural and other animation
#: supply, from 1 October 2011 to 1 April 2014.
ANNEXE_P_ANIMATION = """D) Animation sportive, culturelle et autres

Durée de remplacement dans une journée Périodes concernées\t60 minutes
À compter du 1er octobre 2011\t17,56 $
À compter du 1er avril 2012\t17,87 $
À compter du 1er avril 2013\t18,18 $
À compter du 1er avril 2014\t18,54 $
"""

#: Cris 6-6.01 (corpus): the school head's yearly supplement, a list of amounts by working day of a school year.
CRIS_6_6_01 = """6-6.01

L'enseignante ou l'enseignant qui agit en tant que responsable dans une école, conformément à la clause 1-1.38, reçoit, pour ses responsabilités additionnelles :

- un supplément annuel de 1 277 \\$ jusqu'au 140^e jour de travail de l'année scolaire 2005-2006;
- un supplément annuel de 1 303 \\$ à compter du 141^e jour de travail de l'année scolaire 2005-2006;
- un supplément annuel de 1 329 \\$ à compter du 141^e jour de travail de l'année scolaire 2006-2007;
- un supplément annuel de 1 356 \\$ à compter du 141^e jour de travail de l'année scolaire 2007-2008;
- un supplément annuel de 1 383 \\$ à compter du 141^e jour de travail de l'année scolaire 2008-2009.
"""
