"""What the direct answerers share: their hand-set numbers and the answer being written.

``LookupParams``: every hand-set number of :mod:`assistant.lookups` and its mixins.
``Draft``: an answer being written (Markdown parts, citations whose quotes are verbatim slices of
their passage, verification-view support rows); ``Draft.answer`` makes the
:class:`~assistant.types.Answer`. ``one_line`` and ``fold`` are the text helpers they all use.
This module imports no other lookup module (no import circle).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Sequence

from ingest.normalise import strip_accents
from ingest.types import Chunk

from .citations import citation_label
from .types import Answer, Citation, Hit, SentenceSupport

log = logging.getLogger(__name__)

#: ``retrieve(question, docs)``: the hits of a question within documents (the Assistant's retriever).
Retrieve = Callable[[str, Sequence[str]], Sequence[Hit]]
#: ``bm25_scores(text)``: one BM25 score per index chunk (``index.bm25.scores``).
Scores = Callable[[str], Sequence[float]]


@dataclass(frozen=True)
class LookupParams:
    """The lookups' hand-set numbers."""

    max_other_tables: int = 12  # hand-set: other job classes listed when no job class is named
    intro_context_chars: int = 400  # hand-set: a table's introducing sentence that refers back (« ces ajouts ») is
    # quoted with the paragraph before it up to this length (Cris Annexe XXII's « Le Ministère accorde … »: 259)
    ruling_words: int = 2  # hand-set: a yes/no entitlement question shares 2 words (not « droit », « compensation »)
    # with the sentence of the amount's clause that denies it (Cris Annexe XII A) 2) « … n'existe plus au 15 octobre »:
    # « 15 », « octobre »; A) 3): « suppléante », « occasionnelle »); one word is any of the clause's topic
    delay_hits: int = 8  # hand-set: hits searched for the delay clause (6 -> 8: Bourget 7-7.03, the pay of a substitute
    # « dans les vingt et un (21) jours suivant sa prestation », 7th or 8th; python -m evals: no DEV answer changed)
    compare_clauses: int = 2  # hand-set: clauses quoted per document in a comparison
    #: a comparison side's clauses are chosen among its first passages. Hand-set 4 -> 5 (2026-12-01): since 64ed056
    #: (« déposer un grief » -> « soumet avis de grief »), Bourget 10-1.07 (the suspension of 10-1.02's delay) came 5th
    #: for « le délai pour déposer un grief » and 10-2.02's arbitration delay was quoted instead (DEV Q241, the CI's
    #: test_lookups_real); python -m evals at 5 and 6: DEV answers changed Q241 (10-1.07 for 10-2.02), Q289 (adds
    #: 5-6.05 « Sauf dans les cas prévus à la clause 5-6.09 … ») only, citation precision 0.755 -> 0.756, others same
    compare_candidates: int = 5
    compare_sentence_share: float = 0.6  # hand-set: a counted sentence set side by side holds 2 of the topic's 3
    # words (3 of 4 or 5)
    compare_article_share: float = 0.5  # hand-set: a side's further clause in its first clause's article holds half
    # the topic's words in its sentence
    compare_quote_words: int = 6  # hand-set: a side's quote has 6 words or more when its passage has such a
    # sentence: a heading (« Section II Harcèlement psychologique 10-9.09 ») says nothing
    compare_definition_chars: int = 900  # hand-set: a definition compared is quoted whole up to this length (a
    # spouse's definition: its list and its « sous réserve » ending, 600 characters in both agreements)
    compare_topic_share: float = 1.0  # hand-set: a further clause elsewhere holds them all (python -m evals, DEV
    # comparisons: at 0.6, Q267 quoted Bourget 6-7.05 (belongings destroyed by « force majeure ») beside 6-1.02 h)
    compare_context_chars: int = 300  # hand-set: a comparison side's counted sentence reads with the sentences of the
    # 300 characters before it (one or two; Bourget 3-5.05 « Le total des jours … dix (10) jours » after « Chaque
    # membre du comité exécutif … être libéré », 260 characters), a list item with its list's opening sentence
    compare_whole_chars: int = 450  # hand-set: a comparison side's passage without a count asked is quoted whole up
    # to this length (two or three sentences; Bourget 9-4.04: 370)
    compare_absent_share: float = 0.3  # hand-set: a comparison side whose best clause holds under 30 % of the
    # topic's words (and under compare_absent_ratio of another side's) says its agreement has no such clause
    # (python -m evals, DEV comparisons: Q289's Cris side 0.25, 1 of 4 words; every side with the right clause
    # holds a third or more)
    compare_lacking_share: float = 0.5  # hand-set: a side without the topic's rarest word that another side quotes
    # lacks the topic when its best clause holds under half of the topic's words (Q290's Cris side: « congé » of
    # « congé de paternité à la naissance », a third)
    compare_absent_ratio: float = 0.5  # hand-set: ... and under half of what another side's best clause holds
    compare_case_words: int = 2  # hand-set: a piece of a comparison naming one agreement names a case of its own with
    # 2 words or more (« répondant de niveau au Collège Bourget », « mon logement a passé au feu »), not one (« C'est-tu
    # protégé pareil chez les Cris »): when two agreements have one, each is asked its own (ComparisonAnswers.
    # _side_questions; python -m evals at 3b9cedf, gold0 + Q1100-Q1119, Q1180-Q1186: no DEV comparison side lost)
    other_rule_share: float = 0.34  # hand-set: a deadline asked of no agreement also counts another agreement's
    # rule when its sentence shares a third of the question's words that the first rule's sentence shares
    other_delay_hits: int = 12  # hand-set: hits of another agreement searched for its own rule on the point asked,
    # among sentences sharing enough words (other_rule_share): Bourget 7-7.03 is ninth for « J'ai fait de la suppléance
    # le 15 juin 2026, on doit me payer quand ? »; checked with python -m evals on DEV (no answer changed)
    max_other_agreements: int = 2  # hand-set: other agreements among the hits whose own deadline is counted too
    period_grace_years: int = 0  # hand-set: years after the agreement's period still answered from its tables
    #: hand-set: passages read for a clause setting a pay at an échelon of another annex's scale (7-6.06: the
    #: répondant de niveau's « dernier échelon … (rf. annexe M) », ranked 3rd and 5th for two wordings), and the
    #: words the question must share with what that sentence says before the échelon (« répondant », « niveau »)
    pointed_hits: int = 5
    pointed_words: int = 2
    follow_up_words: int = 10  # hand-set: a follow-up to an amount answer is a short question ("Et à l'échelon 13 ?")
    question_delay_words: int = 3  # hand-set: words (beyond the delay and the date) a clause shares with a question
    # that states its own delay, for the clause to be taken as that delay's source
    date_kind_bonus: float = 0.5  # hand-set: a yearly date (« avant le 30 novembre ») preferred to a delay when the
    # question's date is today (« on est le 5 novembre 2026 »), a delay when it is an event's (« reçu le 14 janvier »)
    notice_before_bonus: float = 0.25  # hand-set: a question asking when to give a notice or request for an event it
    # dates ahead (« je veux le commencer le 1er mars 2027, quand dois-je faire ma demande ? ») prefers a delay counted
    # back from that event (« au moins trois (3) semaines à l'avance ») to one running after it; a quarter of the
    # word share, less than one hit rank's weight at the top
    condition_penalty: float = 0.5  # hand-set: a delay set for teachers a condition names (« le salarié éducateur qui
    # se porte candidat à une charge publique ») the question says nothing of loses as much as a kind of date earns
    # (date_kind_bonus); checked with python -m evals on DEV (no figure dropped)
    origin_bonus: float = 0.5  # hand-set: a delay whose starting point (« suivant la remise de la liste au Syndicat »)
    # names the event the question dates (« la Commission a remis au syndicat la liste le … ») gains up to half a
    # point, the first hit's rank weight; at 1.0 « l'événement à l'origine de notre grief » drew 10-1.05's two years
    # (« suivant l'événement ») over 10-1.02's 40 working days (tests/integration/test_deadline_answers_real.py)
    act_bonus: float = 0.5  # hand-set: a delay sentence stating the act the question asks the deadline of (its words in
    # the question's sentence holding the cue, « … jusqu'à quand pour s'entendre sur le choix d'un arbitre ? » : 10-2.03
    # « les parties tentent de s'entendre sur le choix d'un arbitre ») gains up to half a point, as much as a starting
    # point met (origin_bonus): what is done weighs as much as what it runs from. Fresh DEV Q782 (10-1.04's « réception
    # de l'avis de grief » won) and Q789 (10-1.02 over 5-3.04's « grief contestant … la liste »). python -m evals, DEV
    # (558), at 0.25 / 0.5 / 1.0: deadlines exact 0.971 / 0.986 / 0.971 (0.25 loses Q789 again, 1.0 DEV Q339: 5-10.15's
    # « au moins 60 jours avant » lost to a delay after), key-fact recall 0.813 / 0.816 / 0.813
    act_min_words: int = 2  # hand-set: ... when the act has two words or more; one (« me payer ? », « m'aviser ? ») is a
    # verb many clauses share (DEV Q238 went to Annexe L's « payés », fresh Q783 to 7-8.01's « aviser »)
    undated_event_share: float = 0.2  # hand-set: a deadline asked without a date is answered by another clause's delay
    # than the first hit's only when its sentence holds this share of the question's event words (Q111's resignation,
    # 2 of 9: 5-1.14; Cris « déposer un grief », 1 of 3: 9-1.03; not Q385's car expenses, 1 of 12: the Association's
    # dues, 3-5.12); python -m evals on DEV: Q385 kept as before, no figure down
    twin_share: float = 0.8  # hand-set: the share of their words (of both sentences' words) two delay sentences hold
    # to be one rule written twice (Cris Annexe VI's « de la demande de la Commission » and 11-14.03's « de la demande
    # par la Commission »: 13 of 14)
    origin_roots: int = 2  # hand-set: a delay's starting point of one word met (6-5.12 « avant son retour », said of a
    # leave ended early) is half the evidence of two (6-5.15 « de son retour au service au Collège »): the share of its
    # words the question's event meets counts at least this many words
    #: how well a starting point naming no event of its own but what any event does (« l'événement qui a donné
    #: naissance au grief ») meets the question's event (a share, 1 = naming it). Hand-set 0.75, tried 0.5 / 0.75 / 0.9
    #: / 1.0 on two questions: at 0.9 and 1.0 (cd0056c) « J'ai pris connaissance des faits le 10 novembre 2025,
    #: jusqu'à quand pour déposer le grief ? » led with the Cris 9-1.03 instead of Bourget 10-1.02, whose starting
    #: point names it (tests/integration/test_lookups_real.py); at 0.5 the Cris layoff notice contested
    #: (test_deadline_requests) went back to 9-2.02's arbitration delay
    any_event_meets: float = 0.75
    topic_naming_clauses: int = 3  # hand-set: clauses named when an agreement sets no notice for the event asked
    prose_topic_words: int = 2  # hand-set: an amount answer gives way to the first passage, a clause of prose, when it
    # holds this many of the question's words that no cited table's passage holds (DEV Q413 overtime « à quel taux »:
    # 8-11.09, not Annexe O; Q457 « une journée de salaire »: 1-2.74, not Annexe M); see the commit for its check




@dataclass
class Draft:
    """An answer being written: Markdown parts, citations and support rows (mutable)."""

    parts: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    support: list[SentenceSupport] = field(default_factory=list)
    abstained: bool = False  # the lookup says the documents do not answer (no delay for the event asked)

    def cite(self, chunk: Chunk, quote: str, sentence: str) -> str:
        """Cite ``quote`` (verbatim in ``chunk.text``) for ``sentence``; returns the label."""
        label = citation_label(chunk)
        if quote not in chunk.text:  # never cite words the passage does not hold
            log.warning("quote not in %s, not cited: %r", chunk.chunk_id, quote[:80])
            self.support.append(SentenceSupport(sentence, None, None))
            return ""
        if not any(c.chunk_id == chunk.chunk_id and c.quote == quote for c in self.citations):
            self.citations.append(Citation(chunk.doc, chunk.clause_id, quote, chunk.chunk_id,
                                           doc_title=chunk.doc_title, label=label))
        self.support.append(SentenceSupport(sentence, chunk.chunk_id, quote))
        return label

    def answer(self, question: str, hits: Sequence[Hit], kind: str) -> Answer:
        return Answer(question=question, text="\n\n".join(p for p in self.parts if p), citations=self.citations,
                      abstained=self.abstained, hits=list(hits), answerer="lookup", support=self.support, kind=kind)



def one_line(quote: str) -> str:
    """A quote as shown in the answer's text: its white space collapsed (the Citation keeps it verbatim)."""
    return " ".join(quote.split())



def fold(text: str) -> str:
    return strip_accents(text or "").lower()



__all__ = ["Draft", "LookupParams", "Retrieve", "Scores", "fold", "one_line"]
