"""Side-by-side answers: one question asked of two or three agreements (a mixin of DirectAnswers).

A comparison cue and two documents named (« Compare … de Bourget et de l'entente crie »,
« Quelle est la différence entre … », « … vs … », « Bourget ou les Cris, lequel donne plus de … »),
or two agreements named by their names (« Est-ce pareil chez les Cris qu'au Collège … »): the answer opens with a two-column table of each side's count (« dix (10) jours ouvrables »,
verbatim), then one labelled section per document with its clauses and their best sentence,
from the passages of that document on the topic (``retrieve(topic, [doc])`` when a retriever
is given). A side's first clause is its best passage (or, when the question counts in a unit,
the first clause in reading order of that passage's article giving such a count); a further
clause is quoted only when it is about the same thing: it names the first clause (« Aux fins
d'application de la clause 10-1.02 »), or its sentence holds most of the topic's words (half
of them within the first clause's article); for a question of several sentences, only when it adds to the first (it
names it, holds more of the question's own words, every word of the topic, or a count the first lacks); and whatever
the question's shape, only when its quoted sentence names the first, it gives a count the first lacks, or it is the
agreement's definition of the topic (``_beside_first``: a neighbour adding nothing costs the side its right first). A case told in a sentence before the question asks (« Je me marie en juillet! ») gives way to what the first asking
sentence sets the agreements side by side on (« Congé pour mariage au Collège vs chez les Cris »); a run naming only
whom (« comparé aux profs de … ») is no topic; a later sentence telling an opinion and naming no agreement is not
searched; the parties' signatures are no clause a side quotes. A sentence's topic words are BM25 stems, a compound word one
(« beau-frère »), derivations one (« syndical » and « Syndicat », « plainte » and « plaignante »), the « -tu » of
« peut-tu » none; a counted list item reads with its list's opening sentence. A side says its agreement lacks the topic when its
clauses hold too few of the topic's words (or none of its rarest one, another side quoting it), and says
when its clauses give no count in the unit asked. The topic leaves out words saying whose or when (« mon propre
mariage », « le congé auquel j'ai droit », « Au début de l'année »); whether a side has it is read without the staff
the topic names (« d'un salarié non-enseignant »), and also on what its everyday words mean in the agreements' words
(assistant.colloquial: « ma belle-mère » is « beaux-parents »); « comment c'est payé » leads a side with a clause saying
how. A question naming a case of its own for each agreement (« Au Collège, c'est mon beau-frère ; chez les Cris, son
père ») asks each side its own case and what both are asked, not the other's case; so does one agreement named alone
with a case that only says of whom (« … au maximum : au Collège Bourget, pis chez les Cris pour un prof avec un contrat de
1 280 heures ? »). A side asked its own case is said to lack the topic only on its own question's words; a side about to
be said to lack it shows instead a clause holding enough of the topic and more of the question (in doubt, a clause, not
« aucune clause »); a term's definition is quoted alone; « comment chaque entente le définit » is no topic. A term set in
quotes (« un « enseignant remplaçant », c'est qui ? ») is answered on each side by the clause of its article of definitions
defining it, when one does and no count is asked.
A definition giving every staff a status is quoted, for a question about a teacher, for its sentence naming no other
staff, not left out for one naming the non-teaching staff. A side led by a definition has another agreement's definition of the same name set
beside it, when that one holds more of the topic than the other side's first clause. A side asked a payment or a right,
not a definition nor a count, is led by a rule rather than by a definition holding no more of the topic nor of the
question's words.

:class:`ComparisonAnswers` reads what :class:`assistant.lookups.DirectAnswers` builds
(``documents``, ``chunks``, ``params``, ``retrieve``, ``bm25_scores`` ...); it imports no other
lookup module but :mod:`assistant.drafts`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from ingest.bm25 import tokenize
from ingest.numbering import CLAUSE_NUMBER_IN_TEXT
from ingest.sentences import split_sentences
from ingest.types import Chunk

from .answer import in_quotes
from .chat import is_follow_up, is_short
from .colloquial import _TU_PARTICLE, agreement_word_groups, without_mapped
from .drafts import Draft, fold, one_line
from .number_words import spelled
from .questions import _INVERTED as _INVERTED_SUBJECT
from .questions import asks_itself, question_kinds, question_unit, quoted_terms, sentence_fits
from .told_case import Phrase, case_phrases, holds_case, phrases, telling
from .types import Answer, Hit

_NUMBER_WORD = rf"(?:{spelled(1, 60, 100, 1000, plural=True)})(?:-[a-zà-ÿ]+)*"
# a count with its unit, verbatim: « dix (10) jours ouvrables », « 7 jours », « 60 % »,
# « vingt-cinq pour cent (25 %) », « une (1) journée ouvrable », « un (1) an », its number in words whole
# (« vingt et une (21) semaines », « quatre cents (400) jours »)
_COUNT = re.compile(rf"(?:\b(?:{_NUMBER_WORD}(?:\s+(?:et\s+)?{_NUMBER_WORD})+|[a-zà-ÿ-]+)(?:\s+pour\s+cent)?\s+\("
                    r"(?=\d+(?:[,./]\d+)?(?:\^?e)?\s*%?\)))?"  # a word before « ( » only when the number's « ) »
                    # closes it; an ordinal too (« au vingt-cinquième (25e) mois »)
                    r"(?<![\w.-])\d+(?:[,./]\d+)?(?:\^?e\b)?\)?\s*(?:%\)?|\$|"
                    r"(?:jours?|journées?|semaines?|mois|heures?|ans?|années?|minutes?)\b"
                    r"(?:\s+(?:ouvrables?|consécutifs|civils|de calendrier|d'absences|de congés? de maladie|"
                    r"du traitement))?)", re.IGNORECASE)
# « lequel donne plus de », « laquelle est la plus longue » name two documents and ask which: a comparison
_WHICH = r"\b(?:lequel|laquelle|lesquels|lesquelles)\b(?:\s+(?:donne|offre|accorde|prévoit|a|est))?(?:\s+(?:le|la))?" \
         r"(?:\s+(?:plus|moins)(?:\s+(?:longs?|longues?|courts?|courtes?|élevée?s?|généreu\w*|avantageu\w*)\b)?)?"
_COMPARE = re.compile(r"\bcompar|diff[ée]rences?\b|diff[èe]re|\bversus\b|\bvs\.?(?!\w)|c[ôo]te à c[ôo]te|"
                      r"par rapport (?:à|a|au|aux)|" + _WHICH, re.IGNORECASE)
# « Est-ce pareil chez les Cris qu'au Collège », « la même chose », « identique », « Bourget contre Cris »: words
# a comparison's topic is cut at (the comparison itself is two documents named)
_SAME = re.compile(r"\bpareil(?:le)?s?\b|\bm[êe]mes? (?:chose|affaire|règle|durée|délai|nombre)s?\b|\bidentiques?\b|"
                   r"\bsemblables?\b|\bdiff[ée]rent(?:e|s|es)?\b|\bcontre\b|\bautant\s+(?:de\s|d['’])|"
                   r"\bplus ou moins\b|"  # « est-ce plus ou moins ? »: which side has more
                   # « les deux conventions disent quoi », « les deux ententes prévoient-elles »: the two sides, not what
                   r"\b(?:les\s+)?deux\s+(?:conventions?|ententes?|accords?|textes?)\b(?:\s+(?:disent|prévoi\w*|"
                   r"donnent|parlent)(?:-\w+)?)?(?:\s+quoi)?|"
                   # « comment chaque entente le définit », « dans chaque cas »: each side, not what (DEV Q1337's topic
                   # was « chaque entente le définit », Bourget said to have no clause on it)
                   r"\b(?:dans\s+)?chaque\s+(?:conventions?|ententes?|accords?|textes?|cas)\b|\bdans\s+les\s+deux\s+cas\b|"
                   r"\b(?:le|la|les|l['’])\s*d[ée]fini(?:t|ssent)\b|"  # « … la définit »: what is asked of it
                   # « où le délai de grief est-il le plus long », « est la même au Collège »
                   r"\b(?:le|la|les)\s+(?:plus|moins)\b(?:\s+(?:longs?|longues?|courts?|courtes?|élevée?s?|"
                   r"grande?s?|petite?s?|généreu\w*|avantageu\w*)\b)?|\b(?:le|la|les)\s+m[êe]mes?\b"
                   r"(?:\s+(?:chose|affaire|règle|durée|délai|nombre)s?\b)?|"
                   # « qui donne le plus », « qui en donne », « c'est-tu mieux », « est-tu plus long »: which side, not what
                   # (not « c'est lui qui paie l'arbitre », « qui paie l'impression »: who pays a thing, the thing
                   # being the topic; DEV Q1664, Q1667 lost it to the comparison words)
                   r"(?:^|(?<=[,:;?!.]\s)|(?<=[,:;?!.]))\s*qui\s+(?:me\s+|m['’]|en\s+|nous\s+)?"
                   r"(?:donne|offre|accorde|prévoi|pai|paye)\w*|"  # « Qui paie les frais … : Bourget vs … »
                   r"\bqui\s+(?:me\s+|m['’]|en\s+|nous\s+)?(?:donne|offre|accorde|prévoi|pai|paye)\w*\b"
                   r"(?!\s+(?:l['’]|(?:le|la|les|un|une|des|du|mon|ma|mes|son|sa|ses|leur|leurs)\s+(?!plus\b|moins\b|"
                   r"mieux\b)))|\bmieux\b|"
                   r"\b(?:plus|moins)\s+(?:longs?|longues?|courts?|courtes?|généreu\w*|avantageu\w*)\b", re.IGNORECASE)
# « c'est mieux payé », « qui paie le plus », « lequel est le plus élevé », « plus payant »: which side gives most
_WHICH_SIDE = re.compile(r"\bmieux\b|\b(?:le|la|les)\s+(?:plus|moins)\b|\b(?:plus|moins)\s+(?:payante?s?|payée?s?|élevée?s?|"
                         r"généreu\w*|avantageu\w*)|\b(?:lequel|laquelle|lesquels|lesquelles)\b", re.IGNORECASE)


def amount_asked(text: str) -> str | None:
    """A side's part of a question asking which agreement pays most (« Une heure de suppléance occasionnelle, c'est
    mieux payé au Collège Bourget ou chez les Cris ? »), asked as the amount of its own agreement (« Combien ? Une heure
    de suppléance occasionnelle, c'est payé … »): the comparison's words left out; None when it asks no such thing."""
    if not _WHICH_SIDE.search(text):
        return None
    text = " ".join(_WHICH_SIDE.sub(" ", _COMPARE.sub(" ", text)).split())
    return text if "combien" in fold(text) else f"Combien ? {text}"


# « on la reçoit quand », « à quelle date »: a date asked (a sentence giving one of the year is its answer: Bourget
# 5-3.04 « Le 15 novembre de chaque année, le Collège transmet … la liste d'ancienneté », not its « vingt (20) jours »)
# (not « jusqu'à quand », « à partir de quand »: a deadline, counted from an event)
_WHEN_ASKED = re.compile(r"(?<!jusqu'à )(?<!jusqu’à )(?<!partir de )\bquand\b|\bquelle date\b|\bà quel moment\b",
                         re.IGNORECASE)
_DATE = re.compile(r"\b(?:\d{1,2}|1er|1\s*\^\{?er\}?)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                   r"octobre|novembre|décembre)\b(?!,?\s*\d{4})", re.IGNORECASE)  # a date of every year, not « 30 juin 2006 »
# « lequel … », « plus de jours », « moins d'heures », « plus long »: the question asks which side has most
_ASKS_WHICH = re.compile(r"\b(?:lequel|laquelle|lesquels|lesquelles)\b|\b(?:plus|moins)\s+(?:de\s|d'|longu?e?s?\b|"
                         r"courte?s?\b)", re.IGNORECASE)
# « la définition de conjoint »: each side's definition is quoted whole
_DEFINITION_ASKED = re.compile(r"\bd[ée]finitions?\b|\bsens\b|\bsignifi", re.IGNORECASE)
# the article of a convention's definitions (Bourget 1-2.00 « Définitions », Cris 1-1.00 « DÉFINITIONS »)
_GLOSSARY = re.compile(r"\s*d[ée]finitions?\s*$", re.IGNORECASE)
# a clause defining a term (« Aux fins de la présente convention, on entend par … »)
_DEFINES = re.compile(r"\bon entend par\b|\bse définit\b|\best défini", re.IGNORECASE)
# « plus de jours », « moins d'heures »: the unit a « which gives more » question counts in
_MORE_OF = re.compile(r"\b(?:plus|moins) (de |d')(?=\w)", re.IGNORECASE)
# « quelqu'un qui a moins d'heures que moi », « plus d'ancienneté que lui »: a person's count set against another
# person's, not a count asked of the agreements (blind16 Q2084: « la Commission peut-tu engager quelqu'un qui a moins
# d'heures que moi » quoted Cris 13-3.01's « 720 heures » over 13-8.10 on whom it may hire)
_THAN_PERSON = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+qu(?:e\s+|['’]\s*)(?:moi|toi|lui|elle|eux|elles|nous|vous)\b",
                          re.IGNORECASE)
# « plus exigeant en années », « moins long en jours »: the unit a « which is more » question measures in
_MORE_IN = re.compile(r"\b(?:plus|moins)\s+[\w-]+\s+en\s+(?=\w)", re.IGNORECASE)


class ComparisonAnswers:
    """Comparison lookups (mixed into DirectAnswers)."""

    def _compared(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                  history: Sequence[Answer] = ()) -> "Comparison | None":
        """The sides set side by side for a comparison question (see the module docstring), as values; None when
        the question is no comparison."""
        compared = self._named_documents(question)
        # a comparison cue, or two agreements named by their names (« Combien de jours pour le décès d'un frère au
        # Collège Bourget et chez les Cris ? », « Est-ce pareil chez les Cris qu'au Collège ? »), or a follow-up of
        # a comparison naming none (« Et pour mon père ? »), or « Pareil chez les Cris ? » after an answer from
        # another agreement
        cued = bool(_COMPARE.search(question) or len(self._aliased_documents(question)) >= 2)
        earlier = None if cued else (_same_elsewhere(question, history, compared) if compared
                                     else _compared_before(question, history))
        if not cued and earlier is None:
            return None
        own = topic_of(question, self._names(), self._knows)
        focus = frozenset(topic_words(own)) if earlier else frozenset()
        if earlier:  # the earlier turn's agreements and topic, this question's words first among equals
            compared = list(earlier.documents)
            before = (topic_of(earlier.question, self._names(), self._knows) if earlier.compared
                      else _without_names(earlier.question, self._names())) or earlier.question
            topic = f"{before} — {own}" if own else before
            if earlier.short:  # the unit asked (« combien de jours ») is the earlier turn's; a longer follow-up
                question = f"{earlier.question} {question}"  # asks its own (« pendant combien de semaines »), not
            else:  # the one it points back to (« si l'arbitre dépasse ce délai-là »)
                question = _BACK_REFERENCE.sub(" ", question)
        else:
            topic = own
        if docs:
            compared = [d for d in compared if d in docs] if len(compared) >= 2 else list(docs)
        if len(compared) < 2:
            return None
        own_question = bool(earlier and not earlier.short)  # a side's counted sentence answers the earlier turn
        parts = [] if earlier else topic_parts(topic)
        # what is asked: the question's own words; a follow-up's with the earlier turn's (« Pis on peut-tu le renouveler
        # pour une deuxième année ? » after « Le congé sans solde d'un an : y a-tu une limite … ? »)
        # (its sentences that only tell left out: « Je pense que c'est pas calculé pareil. » after « Combien de temps
        # on a pour déposer un grief au Collège pis chez les Cris? » searched the Cris side for « calculé » too, its
        # arbitration's 9-2.02 before the grievance's 9-1.03, blind Q1977)
        asked = asked_text(f"{earlier.question} {question}" if earlier else self._asking(question), self._names())
        # a case of its own named for each agreement (« mon beau-frère au Collège, ma grand-mère chez les Cris »): each
        # side is asked its own case and what both share, not the other's case
        side_questions = {} if earlier or parts else self._side_questions(question, compared[:3])
        # a side's own topic only when the question's topic holds another side's case (« … a été inondé. A-t-on droit
        # à un congé payé ? » for Bourget's « mon logement a passé au feu »), else the topic with its own words
        side_topics = {doc: asked_of.topic or topic for doc, asked_of in side_questions.items()
                       if set(topic_words(topic)) & asked_of.others}
        picks = {}
        for doc in compared[:3]:
            if parts:
                picks[doc] = self._parts_side(question, hits, doc, parts)
            elif doc in side_questions:
                own_q, own_topic = side_questions[doc].question, side_topics.get(doc, topic)
                picks[doc] = self._side(own_q, hits, doc, own_topic, focus, own_question,
                                        self._own_words(question, doc, own_topic), asked_text(own_q, self._names()),
                                        whole=asked)
            else:
                picks[doc] = self._side(question, hits, doc, topic, focus, own_question,
                                        "" if earlier else self._own_words(question, doc, topic), asked)
        if not parts and not side_questions:
            self._same_term(picks, topic or question)
        # whether a side has the topic is read on what is asked, not whose (« La journée normale d'un salarié
        # non-enseignant au Collège Bourget … comparé à l'aide aux enseignants au CNCEC »: the CNCEC's « Pour chaque
        # jour … 6,4 heures » names no « salarié non-enseignant », Bourget's own staff)
        wanted = frozenset(topic_words(topic or question))
        what = _without_staff(topic or question)
        # and on what it means: its everyday words in the agreements' words (« ma belle-mère » as « beaux-parents »,
        # « blessé » as « lésion professionnelle », « sans solde » as « sans traitement »: assistant.colloquial), and a
        # side asked its own case on its own case's words (« mon logement a passé au feu » at Bourget)
        also = {doc: [_meant(topic or question)] + ([_slots(_without_staff(side_questions[doc].topic)),
                                                     _meant(side_questions[doc].topic)] if doc in side_questions else [])
                for doc in picks}
        # a side asked a case of its own is read on its own question: the words of another side's case are no
        # evidence it lacks the topic (« faute de travail » of Bourget's question is not asked of the Cris side)
        others = {doc: asked_of.others for doc, asked_of in side_questions.items()}
        # a side may answer one of two things only; a case told in clauses joined the same way (« Ma maison a été
        # inondée pis j'ai dû manquer l'école ») is the teacher's words, which an agreement writes its own way (Bourget
        # 6-1.02 « force majeure tel qu'un feu », no « inondée »): no side lacks its rarest word
        joined = not earlier and bool(_joined(topic))
        absent = self._absent(picks, what, also, others) | (set() if joined else
                                                            self._lacking(picks, what if len(what) >= 2 else wanted,
                                                                          also, others))
        absent -= self._asked_held(picks, what if len(what) >= 2 else wanted, also, frozenset(side_questions))
        absent -= _shown_instead(picks, absent)

        unit = asked_unit(question)

        def uncounted(doc: str) -> bool:  # « combien de semaines »: another side quotes a count of them, this
            # side's clauses hold none (Cris 13-3.04 « un congé … de paternité … couvert par une loi en vigueur »)
            counted = {d for d, chosen in picks.items() if d not in absent and any(p.in_unit for p in chosen)}
            return unit is not None and doc not in counted and bool(counted) and not any(
                unit.search(c.text) for p in picks[doc] for c in self._clause_chunks.get((doc, p.chunk.clause_id), []))
        sides = []
        for doc, chosen in picks.items():
            title = self.documents.get(doc, {}).get("title") or doc
            sides.append(ComparedSide(doc, title, () if doc in absent else tuple(chosen), doc in absent,
                                      doc not in absent and bool(chosen) and uncounted(doc)))
        return Comparison(question, topic, tuple(sides))

    def _comparison(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                    history: Sequence[Answer] = ()) -> Draft | None:
        """The comparison of :meth:`_compared` written out: its heading, the side with most (when asked), a
        two-column table, each side's clauses under its title, then the caution."""
        comparison = self._compared(question, hits, docs, history)
        return render_comparison(comparison) if comparison is not None else None

    def _asking(self, question: str) -> str:
        """The question without its sentences that only tell (``_told``) and name no agreement (« Je pense que c'est
        pas calculé pareil. »); one naming an agreement says whose case is asked (« Moi chu au Collège, ma chum enseigne
        à la CS crie. »)."""
        kept, start = [], 0
        for a, b in _told(question):
            if not self.mentioned_documents(question[a:b]):
                kept.append(question[start:a])
                start = b
        return " ".join(" ".join(kept + [question[start:]]).split())

    def _own_words(self, question: str, doc: str, topic: str) -> str:
        """The words a question asks of one agreement alone: those of its parts naming that agreement only that the
        topic lacks and the agreements use (« … comparé à un animateur au Collège Bourget »: the animator's day, Bourget
        8-11.03, not the non-teaching staff's 8-15.03; « versus chez les Cris quand je suis en disponibilité »: Cris
        5-3.19 B), not 13-3.05's recall list), the question's asking words, units and things asked left out."""
        if not topic:
            return ""
        # a piece holding the topic asks every side what it asks (« Une journée normale de travail, c'est combien
        # d'heures pour l'aide aux enseignants au CNCEC »; « Si c'est mon propre mariage, j'ai droit à combien de jours
        # de congé au Collège Bourget »): no word of its own
        own = " ".join(piece for piece, found in self.question_pieces(question)
                       if found == [doc] and not set(topic_words(topic)) <= set(topic_words(piece)))
        have = {_family(t) for t in topic_words(topic)}
        extra = []
        for word in re.findall(r"[\w'’-]+", _without_names(own, self._names())):
            folded = fold(word).replace("’", "'")
            tokens = {_family(t) for t in topic_words(word)}
            if (not tokens or tokens <= have or _connector(word) or re.sub(r"^\w'", "", folded) in _UNITS
                    or folded in _ASKING | _ASKING_TAIL | _BARE_VERBS | _ASKED_THINGS
                    or not all(self._knows(t) for t in topic_words(word))):
                continue
            extra.append(word)
            have |= tokens
        return " ".join(extra)

    def _side_questions(self, question: str, compared: Sequence[str]) -> dict[str, "SideAsked"]:
        """Each agreement's own question when two agreements or more are each named with a case of their own (a piece
        of the question naming it alone with ``compare_case_words`` words or more: « Au Collège Bourget, c'est mon
        beau-frère qui est décédé ; ma collègue chez les Cris, elle, vient de perdre son père. Combien de jours … ? »):
        its pieces naming it, several agreements or none, those naming another alone left out. Empty otherwise (« C'est-tu
        protégé pareil chez les Cris pis au Collège Bourget ? »: one word of its own; « Combien de jours pour le décès de
        mon frère au Collège Bourget ? Et chez les Cris ? »: the case is all that is asked)."""
        pieces = self.question_pieces(question)

        def alone(found: Sequence[str]) -> str | None:
            return found[0] if len(found) == 1 and found[0] in compared else None
        # a later sentence closed by a tag question states a claim whose truth is asked (« Mon chum travaille au
        # Collège Bourget pis il me dit que c'est plus court chez eux, c'est-tu vrai ? »): the comparison itself, not a
        # case of its own for the agreement it names (DEV Q1953: Bourget was asked « chum travaille » alone)
        claimed = [question[a:b] for a, b in _told(question) if _tagged(question[a:b].rstrip())]
        cased = {alone(found) for piece, found in pieces
                 if alone(found) and len(self._case_words(piece)) >= self.params.compare_case_words
                 and not any(piece in sentence for sentence in claimed) and not _POINTS_BACK.search(piece)}
        if len(cased) < 2 and not self._qualified(pieces, cased):  # one agreement's words only: what both are
            return {}  # asked, the agreement named after them (« leur salaire pendant les réunions, c'est payé comment
            # chez les Cris comparé au Collège Bourget »)
        names = self._names()

        def topic(text: str) -> str:
            return topic_of(text, names, self._knows) if text else ""
        both = topic(" ".join(piece for piece, found in pieces if not found))
        asked = {}
        for doc in compared:  # a side's topic: its own case (« logement a passé au feu »; what both are asked, « droit
            # à un congé payé », is searched with it), else the topic of what it is asked
            own = " ".join(piece for piece, found in pieces if alone(found) == doc) if doc in cased else ""
            case = topic(own) or asked_text(own, names)
            question_asked = " ".join(piece for piece, found in pieces if alone(found) in (None, doc))
            mine = {w for piece, found in pieces if alone(found) in (None, doc) for w in topic_words(piece)}
            others = frozenset(w for piece, found in pieces if alone(found) not in (None, doc)
                               for w in self._case_words(piece) if w not in mine)
            asked[doc] = SideAsked(question_asked, case or both or topic(question_asked), others)
        return asked

    def _qualified(self, pieces: Sequence[tuple[str, list[str]]], cased: set[str | None]) -> bool:
        """Whether one agreement alone is named with a case of its own that only says of whom the question is asked
        (« En une année, on peut accumuler combien d'ancienneté au maximum : au Collège Bourget, pis chez les Cris pour
        un prof avec un contrat de 1 280 heures ? »): its pieces open with its name and ask nothing, a piece naming no
        agreement asks. That case is then that agreement's own, not what the other is asked (DEV Q1343: Bourget was
        said to have no clause on « prof avec un contrat de 1 280 heures »)."""
        if len(cased) != 1:
            return False
        doc = next(iter(cased))
        own = [piece for piece, found in pieces if found == [doc]]
        asking = [piece for piece, found in pieces if not found and asks_itself(piece) and topic_words(piece)]
        # a case saying much more than what is asked is the question's, not a qualifier (« Chez les Cris, je veux me
        # désister de mon sabbatique différé qui commence en septembre ; on est en mai. Je peux-tu encore ? Pis au
        # Collège, c'est quoi la règle ? »: DEV Q1672's Collège side was asked « peux-tu encore » alone)
        return (bool(asking) and all(not asks_itself(piece) and self._named_first(piece, doc) for piece in own)
                and sum(len(self._case_words(p)) for p in own)
                <= TOPIC.qualifier_words * sum(len(self._case_words(p)) for p in asking))

    def _named_first(self, piece: str, doc: str) -> bool:
        """Whether ``piece`` names ``doc`` before any word of a case (« chez les Cris pour un prof … », not « le congé
        de paternité chez les Cris »)."""
        words = piece.split()
        end = next((i for i in range(1, len(words) + 1) if doc in self.mentioned_documents(" ".join(words[:i]))),
                   None)
        return end is not None and not self._case_words(" ".join(words[:end]))

    def _case_words(self, piece: str) -> list[str]:
        """The words of a piece of the question naming a case (the agreements' names, comparison, asking and linking
        words left out; « c'est mon oncle qui est mort »: « oncle », « mort », words no agreement uses)."""
        kept = []
        for word in re.findall(r"[\w'’-]+", asked_text(piece, self._names())):
            folded = fold(word).replace("’", "'")
            if not (_connector(word) or re.sub(r"^\w'", "", folded) in _UNITS
                    or folded in _ASKING | _ASKING_TAIL | _BARE_VERBS | _ASKED_THINGS):
                kept.extend(topic_words(word))
        return kept

    def _named_documents(self, question: str) -> list[str]:
        """The documents a comparison sets side by side: those the question names, a document named only
        by its key read as a word (« une mesure disciplinaire » and the key « mesures ») left out when
        two others are named by an alias."""
        aliased = self._aliased_documents(question)
        return aliased if len(aliased) >= 2 else self.mentioned_documents(question)

    def _aliased_documents(self, question: str) -> list[str]:
        """The documents the question names by one of their aliases (« Collège Bourget », « les Cris »), not by
        a key read as a word (« mesure » and the key « mesures »)."""
        tokens = tokenize(question)

        def by_alias(doc: str) -> bool:
            aliases = [tokenize(a) for a in self.documents.get(doc, {}).get("aliases") or []]
            return any(a and any(tokens[i:i + len(a)] == a for i in range(len(tokens))) for a in aliases)

        return [d for d in self.mentioned_documents(question) if by_alias(d)]

    def _absent(self, picks: dict[str, list["SidePick"]], what: frozenset[str] = frozenset(),
                also: "AlsoWords | None" = None, own_case: dict[str, frozenset[str]] | None = None) -> set[str]:
        """The sides whose agreement has no clause on the topic: their best clause holds under
        ``compare_absent_share`` of the topic's words (or of ``what``, its words the staff named left out, when two
        or more) and under ``compare_absent_ratio`` of what another side's best clause holds (« mesure disciplinaire
        retirée du dossier »: Bourget 5-6.09 holds half, the Cris side's best passage, a name « retiré de la liste »,
        a sixth), nor does a candidate of its first clause's article (``SidePick.held``); a share is also read on each
        side's other words (``also``: Cris 5-14.02 C « de ses beaux-parents »
        for « ma belle-mère est décédée »). A side asked a case of its own (``own_case``), its shares and another
        side's read on different words, is absent only when its clauses also hold under ``TopicParams.own_asked_share``
        of its own question's words (``SidePick.asked``: DEV Q1342 « Si je perds mon poste faute de travail, je reste
        combien de temps sur la liste de rappel au Collège Bourget ? », its clause on « la liste de rappel »)."""
        def share(doc: str, pick: SidePick) -> float:
            return max(pick.coverage, pick.held, _share(what, pick.quote) if len(what) >= 2 else 0.0,
                       _also_share(also, doc, pick.quote))

        best = {doc: max((1.0 if p.titled else share(doc, p) for p in chosen), default=0.0)  # a clause of the article
                for doc, chosen in picks.items()}  # named after the topic (« 3-5.00 Libérations pour activités
        # syndicales ») is on it, whatever its sentence's words
        # against another side on the topic itself (« sans perdre mon salaire » met by Bourget's « congé non rémunéré »,
        # a fifth, calls no other side absent)
        return {doc for doc, share in best.items() if picks[doc] and share < self.params.compare_absent_share
                and any(share < self.params.compare_absent_ratio * other and other >= self.params.compare_absent_share
                        for d, other in best.items() if d != doc)
                and not (doc in (own_case or {}) and max(p.asked for p in picks[doc]) >= TOPIC.own_asked_share)}

    def _asked_held(self, picks: dict[str, list["SidePick"]], wanted: frozenset[str],
                    also: "AlsoWords | None" = None, own_case: frozenset[str] = frozenset()) -> set[str]:
        """The sides on what is asked though their quoted sentences hold few of the topic's words: a clause of theirs
        holds, all its parts read, ``compare_absent_share`` of the topic's words (``wanted``) and at least
        ``compare_absent_ratio`` of the question's own words another side's clauses hold (``SidePick.asked``) (« Si je
        porte plainte pour harcèlement psychologique, y a-tu un comité qui regarde ça »: Cris 10-9.12 « Le comité
        remet son rapport … » in a clause on « la plainte »; not Cris 13-3.04 « retiré de cette liste » for « Une
        mesure disciplinaire est retirée du dossier »), or of the side's other words (``also``); a side asked a case of
        its own (``own_case``) is read on its clause alone, its share of its own question no match for another side's
        share of another (« ma collègue chez les Cris vient de perdre son père »: Cris 5-14.02 « décès … de son
        père »)."""
        best = {doc: max((p.asked for p in chosen), default=0.0) for doc, chosen in picks.items()}
        if not any(best.values()):
            return set()

        def held(doc: str, text: str) -> float:
            return max(_share(wanted, text), _also_share(also, doc, text))
        return {doc for doc, chosen in picks.items() if chosen
                and (doc in own_case or all(best[doc] >= self.params.compare_absent_ratio * other
                                            for d, other in best.items() if d != doc))
                and any(held(doc, self._clause_text(doc, p)) >= self.params.compare_absent_share for p in chosen)}

    def _clause_text(self, doc: str, pick: "SidePick") -> str:
        """A side's clause, all its stored parts."""
        return " ".join(part.text for part in self._clause_chunks.get((doc, pick.chunk.clause_id), [pick.chunk]))

    def _lacking(self, picks: dict[str, list["SidePick"]], wanted: frozenset[str],
                 also: "AlsoWords | None" = None, foreign: dict[str, frozenset[str]] | None = None) -> set[str]:
        """The sides lacking the topic's rarest word (fewest passages of the index hold it, ``TopicParams.rare_share``
        of them at most: « paternité » of « congé de paternité à la naissance ») that another side quotes, their best
        clause holding under
        ``compare_lacking_share`` of the topic's words, all its parts read (the Cris side's « Congé de maternité
        (21 semaines …) »: « congé » alone). A side's rarest word is read among the topic's words not ``foreign`` to it (another side's
        own case: « 1 280 heures » of « pis chez les Cris pour un prof avec un contrat de 1 280 heures » is not asked
        of the Collège)."""
        if len(wanted) < 2 or len(picks) < 2:
            return set()
        counts = self._word_passages()
        lacking = set()
        for doc, chosen in picks.items():
            own = wanted - (foreign or {}).get(doc, frozenset())
            if len(own) < 2 or not chosen:
                continue
            rarest = min((_family(t) for t in own), key=lambda t: (counts.get(t, 0), t))
            if counts.get(rarest, 0) > TOPIC.rare_share * len(self.chunks):  # no word of the topic is rare
                continue
            holds = {d: any(rarest in {_family(t) for t in topic_words(p.quote)} for p in side)
                     for d, side in picks.items()}
            if holds[doc] or not any(holds.values()):
                continue
            # its clauses read whole, in the agreements' words too (Bourget 3-2.03 « … dans les locaux du Collège …
            # Cette utilisation est sans frais » for « le syndicat peut-tu utiliser les locaux de l'employeur
            # gratuitement », DEV Q1241: its quoted sentence alone holds a fifth)
            if max((1.0 if p.titled else max(p.coverage, _share(wanted, self._clause_text(doc, p)),
                                             _also_share(also, doc, self._clause_text(doc, p)))
                    for p in chosen), default=0.0) < self.params.compare_lacking_share:
                lacking.add(doc)
        return lacking

    def _asked_share(self, asked: str, text: str) -> float:
        """The share of the question's words the agreements use (``asked``: « tombe invalide … protection de mon
        salaire ») that ``text`` holds, each word weighing as it is rare (inverse passage frequency: « accident »
        more than « école »)."""
        counts, total = self._word_passages(), max(1, len(self.chunks))
        weights = {f: math.log(total / counts[f]) for f in {_family(t) for t in topic_words(asked)} if counts.get(f)}
        if not weights or not sum(weights.values()):
            return 0.0
        held = {_family(t) for t in topic_words(text)}
        return sum(w for f, w in weights.items() if f in held) / sum(weights.values())

    def _knows(self, word: str) -> bool:
        """Whether some passage of the index holds ``word`` (a BM25 token, read as its family)."""
        return self._word_passages().get(_family(word), 0) > 0

    def _word_passages(self) -> dict[str, int]:
        """How many passages of the index hold each word (its family token); counted once."""
        counts = getattr(self, "_word_passage_counts", None)
        if counts is None:
            counts = {}
            for chunk in self.chunks:
                for token in {_family(t) for t in topic_words(chunk.text)}:
                    counts[token] = counts.get(token, 0) + 1
            self._word_passage_counts = counts
        return counts

    def _written(self, doc: str) -> set[Phrase]:
        """The phrases ``doc`` writes (:func:`assistant.told_case.phrases` of each of its passages); read once."""
        written = getattr(self, "_written_phrases", None)
        if written is None:
            written = self._written_phrases = {}
        if doc not in written:
            written[doc] = set().union(*(_phrases_of(self.chunks[i].text) for i in self._doc_positions.get(doc, [])))
        return written[doc]

    def _case_led(self, question: str, doc: str, topic: str, own: str,
                  candidates: list["SidePick"]) -> list["SidePick"]:
        """A side's candidates, each marked when its sentence names the case the question tells (``SidePick.case``),
        one naming it leading one that does not (``_case_first``: Bourget 6-3.02 « … à temps partiel … au prorata »
        over 6-3.06's list of absences for « J'ai un contrat à temps partiel … mes jours de maladie », DEV Q2340; Cris
        4-3.03 « Tout poste vacant au comité de la Commission … » over 5-8.06, Q2338)."""
        case = self._case(question, doc, topic, own)
        if not case:
            return candidates
        # a case its heading names names it too: « en formation professionnelle » heads the whole Cris chapter 13, so
        # 13-3.04's sentence need not repeat it to answer that case (DEV Q2161 lost 13-3.04 to 13-3.02, which does)
        return _case_first([replace(c, case=holds_case(case, _words_of(c.quote))
                                    or holds_case(case, _words_of(" ".join(c.chunk.heading_path))))
                            for c in candidates])

    def _case(self, question: str, doc: str, topic: str, own: str) -> frozenset[Phrase]:
        """The case a side's clause should name (:mod:`assistant.told_case`): the phrases of the question's telling
        sentences and of the words asked of ``doc`` alone that ``doc`` writes, not both words of the topic."""
        return case_phrases(_phrases_of(_without_names(telling(question), self._names())), _phrases_of(own),
                            {_family(t) for t in topic_words(topic)}, self._written(doc))

    def _side(self, question: str, hits: Sequence[Hit], doc: str, topic: str | None = None,
              focus: frozenset[str] = frozenset(), own_question: bool = False, own: str = "",
              asked: str = "", whole: str = "") -> list["SidePick"]:
        """One agreement's side: the clauses it quotes, best first (``topic``: what is compared, else the
        question's; ``focus``: words a sentence holding as many of the topic's is preferred for; ``own_question``:
        a longer follow-up's, a count sentence no better than another unless it asks a unit; ``whole``: the whole
        question's words when ``question`` is this side's own part, searched last)."""
        topic = topic or topic_of(question, self._names(), self._knows) or question
        wanted, unit = frozenset(topic_words(topic)), asked_unit(question)
        candidates: list[SidePick] = []
        place = bool(_PLACE_ASKED.search(question))  # « Où se tiennent les audiences … »: searched with its « Où »
        # the words asked of this agreement alone (``own``: « un animateur ») find its passages and break ties
        focus = focus | frozenset(topic_words(own))
        for hit in self._document_hits(question, hits, doc, topic, lead="Où " if place else "", side_words=own,
                                       asked=asked, whole=whole):
            pick = self._pick(doc, hit, topic, wanted, unit, focus,
                              counted_first=not (own_question and unit is None or asks_who(question)),
                              dated=unit is None and bool(_WHEN_ASKED.search(question)))
            seen = next((i for i, c in enumerate(candidates) if c.chunk.clause_id == hit.chunk.clause_id), None)
            if seen is None and (len(candidates) < self.params.compare_candidates or _PLACE.search(pick.quote)):
                candidates.append(pick)  # (past the candidates searched, only a place asked and first named)
            elif seen is not None and (pick.in_unit, pick.coverage) > (candidates[seen].in_unit,
                                                                       candidates[seen].coverage):
                candidates[seen] = pick  # another part of a long clause answers better (Cris 5-14.02: « D) Le
                # mariage … de son frère » in its second part, « 3 jours … » of « C) … beau-frère » in its first)
            if len(candidates) >= self.params.compare_candidates and not (
                    place and not any(_PLACE.search(c.quote) for c in candidates)):
                break  # a place asked: the search goes on to the first passage naming one (Cris 9-2.08 « entendu
                # dans la communauté d'Oujé-Bougoumou », its 8th passage for « Les audiences d'arbitrage, ça se passe
                # où ? », DEV Q1865)
        if any(self.chunks[i].kind == "clause" for i in self._doc_positions.get(doc, [])):
            # a numbered agreement's rules are its clauses, annexes and letters: not its filing header (Bourget's
            # « Préambule » « Nombre de salariés visés : 125 » for « combien de monde de chaque bord », DEV Q1236) nor a
            # bare heading (Cris 10-6.00 « IMPRESSION (PROTOCOLE) » beside 10-6.01, DEV Q1232), unless nothing else
            # was found; nor the parties' signatures (« En foi de quoi, les parties … ont signé », its signatories'
            # bodies: Cris « Pour la Fédération des syndicats de l'enseignement (FSE) » for « La présidence du syndicat,
            # elle a droit à combien de libération », blind Q2015)
            candidates = [c for c in candidates if c.chunk.kind not in _NO_RULE and not _signed(c.chunk)] or candidates
        if asked:  # how much of the question's own words (the rarer weighing more) each clause holds, all its parts
            # read: whether the agreement has the thing asked is read on them too (« faut-tu que je remplisse un papier
            # pour la justifier »: the topic is one run of the question)
            candidates = [replace(c, asked=self._asked_share(asked, self._clause_text(doc, c))) for c in candidates]
        if own:  # a clause holding the side's own case is as much on the topic (Cris 5-3.19 B) « en disponibilité qui
            # reçoit une offre », 2 of 4 words with « disponibilité », 1 of 3 without)
            side_wanted = wanted | frozenset(topic_words(own))
            candidates = [replace(c, coverage=max(c.coverage, _share(side_wanted, c.quote))) for c in candidates]
        if _pay_asked(question) and candidates:  # « comment c'est payé » (not « payé par qui »): a
            # best passage saying nothing of pay gives way to the first one on the topic as much that says it (Bourget
            # 7-6.06 « reçoit une rémunération correspondant à l'échelle » over 1-2.56's definition of « répondant de
            # niveau »; Cris 6-6.01's « supplément » over 1-1.38)
            lead = candidates[0]
            paid = None if self._pays(doc, lead) else next(
                (c for c in candidates[1:] if self._pays(doc, c) and c.coverage >= lead.coverage), None)
            if paid is not None:
                candidates = [paid] + [c for c in candidates if c is not paid]
        if _asks_teacher(_without_names(question, self._names())):  # « pour un prof »: not the animator's rule
            candidates = [self._for_all_staff(doc, c, wanted) if _other_staff(c) else c for c in candidates]
            candidates = [c for c in candidates if not _other_staff(c)] or candidates
        if unit is not None and candidates and not any(c.in_unit for c in candidates):
            candidates += self._article_counts(doc, candidates, topic, wanted, unit, focus)
        if place:  # a place asked: the best passage naming one leads (Bourget 10-2.16 « se tiennent … dans les locaux
            # du Collège », Cris 9-2.08 « entendu dans la communauté d'Oujé-Bougoumou »)
            candidates.sort(key=lambda c: not _PLACE.search(c.quote))
        # a term set in quotes (« un « enseignant remplaçant », c'est qui ? »): its definition leads, alone or with
        # another definition of it (not when a count is asked: the definition may not give it)
        defined = self._defined_terms(doc, question, candidates, topic, wanted, focus, whole) if unit is None else []
        if defined:  # the other definitions the search found are not of that term
            candidates = defined + [c for c in candidates if not _GLOSSARY.match(c.chunk.article_title or "")]
        kinds = question_kinds(question)
        if (unit is None and not defined and not _DEFINITION_ASKED.search(question) and "entitlement" in kinds
                and "definition" not in kinds):  # (a count asked: a definition may give it, Bourget 1-2.21 « … depuis
            # au moins un (1) an » for « après combien de temps il compte comme mon conjoint »; and only a payment or
            # a right asked: « c'est qui », « comment chaque entente le définit », « quand » ask a definition too,
            # /tmp/s23/ab.sh S5rule: DEV Q883, Q1337, Q1420, Q1421, Q1538 … lost theirs)
            candidates = _rule_first(candidates)
        if not defined:  # the case the question tells (« J'ai un contrat à temps partiel ») named first
            candidates = self._case_led(question, doc, topic, own, candidates)
        chosen = self._chosen(candidates, unit is not None, bool(_DEFINITION_ASKED.search(question) or defined),
                              self._uncommon(wanted), wanted, place)
        chosen = _told_apart(question, _of_staff_asked(chosen, question))
        if not defined:
            chosen = _beside_first(chosen)
        if chosen and asked:  # in doubt, a better-held candidate rather than « aucune clause » (ComparisonAnswers.
            # _shown_instead: Cris 6-7.03 G) « Le suppléant occasionnel n'a droit à aucun avantage … », 2 of 5 words,
            # behind 5-10.12's footnote, 1 of 5, for « Comme suppléant occasionnel, j'ai-tu droit aux avantages sociaux
            # pis aux vacances ? », DEV Q1335)
            # (enough of the topic's words or of the question's own: Bourget 1-2.65 « Tout salarié éducateur engagé
            # pour remplacer un salarié éducateur temporairement absent … », 2 of 7 words of « quelqu'un qui remplace
            # un prof absent pendant plusieurs semaines » but a third of the question's, DEV Q1401)
            first = chosen[0]
            chosen[0] = replace(first, alternative=max(
                (c for c in candidates if max(c.coverage, c.asked) >= self.params.compare_absent_share
                 and c.coverage > first.coverage and c.asked > first.asked and not _DEFINES.search(c.quote)),
                key=lambda c: (c.asked, c.coverage), default=None))
        if chosen and chosen[0].article:  # whether the agreement treats the topic is read on the first clause's
            # article, not its quoted sentence alone (Cris 10-9.12 « … dans les 30 jours », quoted for the days asked,
            # beside 10-9.13 « une plainte de harcèlement psychologique peut être soumise … »)
            chosen[0] = replace(chosen[0], held=max((c.coverage for c in candidates
                                                           if c.article == chosen[0].article), default=0.0))
        return chosen

    def _defined_terms(self, doc: str, question: str, candidates: Sequence["SidePick"], topic: str,
                       wanted: frozenset[str], focus: frozenset[str], whole: str = "") -> list["SidePick"]:
        """The clauses of ``doc``'s article of definitions defining a term the question sets in quotes
        (:func:`assistant.questions.quoted_terms`): for each term, those whose defined name (:func:`_defined_names`)
        holds every word of the term and fewest words the question says nowhere, in its words or in the agreements'
        words for them (Cris 1-1.23 « Enseignante ou enseignant remplaçant », not 1-1.43 « Suppléante ou suppléant
        occasionnel », for « un « enseignant remplaçant », c'est qui ? »; Cris 1-1.27 « Enseignante ou enseignant
        régulier », not 1-1.44 « Suppléante ou suppléant régulier », for « « régulier » … un prof »), those the
        side's search found first among equals; at most ``compare_clauses``, each on the topic (``SidePick.titled``).
        Empty when no quoted term is defined in ``doc`` (DEV Q1394, Q1400-Q1404: the terms' definitions were not
        quoted, or after other clauses). A side asked its own part of the question (``whole``: the whole question)
        that quotes no term asks the terms another part quotes whose words it says (« Chez les Cris, … une enseignante
        « à temps partiel » ? Pis au Collège, c'est quoi le seuil pour être à temps partiel ? »: Bourget 1-2.33
        « Enseignant à temps partiel », not 1-2.61 « Salarié éducateur à temps partiel », DEV Q1540)."""
        said_here = set(topic_words(question))
        terms = quoted_terms(question) or tuple(term for term in quoted_terms(whole)
                                                if set(topic_words(term)) <= said_here)
        if not terms:
            return []
        written = {_family(t) for t in topic_words(question)}
        said = written | {_family(t) for t in topic_words(" ".join(agreement_word_groups(question)))}
        found = {c.chunk.clause_id: rank for rank, c in enumerate(candidates)}
        glossary = [self.chunks[i] for i in self._doc_positions.get(doc, [])
                    if self.chunks[i].kind == "clause" and self.chunks[i].part <= 1
                    and _GLOSSARY.match(self.chunks[i].article_title or "")]
        defined: list[Chunk] = []
        for term in terms:
            words = {_family(t) for t in topic_words(term)}
            fits = []  # (words unsaid, words not written as such, words of the name), then as found, then reading order
            for chunk in glossary if words else []:
                keys = [(len(names - words - said), len(names - words - written), len(names))
                        for names in _defined_names(chunk) if words <= names]
                if keys:
                    fits.append((min(keys), found.get(chunk.clause_id, len(found)), chunk.ordinal, chunk))
            fewest = min((f[0] for f in fits), default=None)
            defined += [f[3] for f in sorted(fits, key=lambda f: f[:3]) if f[0] == fewest
                        and f[3].clause_id not in {d.clause_id for d in defined}]
        picks = {c.chunk.clause_id: c for c in candidates}
        return [replace(picks.get(chunk.clause_id) or self._pick(doc, Hit(chunk, 0.0, ("term",)), topic, wanted, None,
                                                                   focus), titled=True)
                for chunk in defined[:self.params.compare_clauses]]

    def _same_term(self, picks: dict[str, list["SidePick"]], topic: str) -> None:
        """A side led by a definition (its article of definitions) has the other sides' definition of the same name
        set beside it: a side not led by a definition whose agreement defines one of that name (Bourget 1-2.73
        « Traitement (ou salaire) » beside Cris 1-1.46 « Traitement ») quotes it alone when it holds more of the topic
        than the side's first clause (DEV Q1398: « Mon salaire annuel, est-ce qu'il comprend déjà mes jours fériés pis
        mes vacances » quoted Bourget 8-15.01). ``picks`` changed."""
        wanted = frozenset(topic_words(topic))
        named = [names for chosen in picks.values() if chosen and _GLOSSARY.match(chosen[0].chunk.article_title or "")
                 for names in _defined_names(chosen[0].chunk)]
        for doc, chosen in picks.items():
            if not named or not chosen or _GLOSSARY.match(chosen[0].chunk.article_title or ""):
                continue
            same = next((self.chunks[i] for i in self._doc_positions.get(doc, [])
                         if self.chunks[i].kind == "clause" and self.chunks[i].part <= 1
                         and _GLOSSARY.match(self.chunks[i].article_title or "")
                         and any(names in named for names in _defined_names(self.chunks[i]))), None)
            if same is None:
                continue
            pick = self._pick(doc, Hit(same, 0.0, ("term",)), topic, wanted, None)
            if pick.coverage > max(c.coverage for c in chosen):
                picks[doc] = [pick]

    def _for_all_staff(self, doc: str, pick: "SidePick", wanted: frozenset[str]) -> "SidePick":
        """A definition quoted for its sentence on another staff (Bourget 1-2.65 « Salarié éducateur suppléant »:
        « Dans le cas où le salarié éducateur non-enseignant suppléant à long terme … ») quoted instead for its
        sentence naming no other staff that holds most of the topic's words (the first of equals: « Tout salarié
        éducateur engagé pour remplacer un salarié éducateur temporairement absent … »): a status the definitions give
        every staff is no other staff's rule (DEV Q1401: the Collège side, asked of « quelqu'un qui remplace un prof
        absent », was said to have no clause). Any other clause, or a definition with no such sentence, as it is."""
        if not _GLOSSARY.match(pick.chunk.article_title or "") or _OTHER_STAFF.search(pick.chunk.title or ""):
            return pick
        text = pick.chunk.text
        sentences = [text[a:b].strip() for a, b in _run_on(text) if not _OTHER_STAFF.search(text[a:b])]
        if not sentences:
            return pick
        quote = max(sentences, key=lambda sentence: _share(wanted, sentence))  # the first of equals
        return replace(pick, quote=quote, coverage=_share(wanted, quote))

    def _pays(self, doc: str, pick: "SidePick") -> bool:
        """Whether a side's clause (any stored part) says how something is paid (« rémunération », « échelle »,
        « supplément », an amount)."""
        return any(_PAYS.search(c.text) for c in self._clause_chunks.get((doc, pick.chunk.clause_id), []))

    def _parts_side(self, question: str, hits: Sequence[Hit], doc: str, parts: Sequence[str]) -> list["SidePick"]:
        """One agreement's side on a topic of two things (« Coacher un nouveau prof ou accompagner un stagiaire »,
        « Le calendrier de l'année pis les vacances d'été »): each part's first clause, then their others, each
        clause once (a side answering one part only is on the topic: Bourget 8-8.06 « accompagner un stagiaire »)."""
        wanted = frozenset(topic_words(" ".join(parts)))
        sides = [self._side(question, hits, doc, part) for part in parts]
        chosen: list[SidePick] = []
        for pick in [s[0] for s in sides if s] + [p for s in sides for p in s[1:]]:
            if len(chosen) < self.params.compare_clauses and all(
                    c.chunk.clause_id != pick.chunk.clause_id for c in chosen):
                # its share of the whole topic's words: whether the agreement treats the topic at all is read as for
                # one thing (« un vendredi pis un lundi de congé … pour son congrès »: no Bourget clause on it)
                chosen.append(replace(pick, coverage=_share(wanted, pick.quote)))
        return chosen

    def _article_counts(self, doc: str, candidates: Sequence["SidePick"], topic: str, wanted: frozenset[str],
                        unit: re.Pattern, focus: frozenset[str]) -> list["SidePick"]:
        """The other clauses of the best candidate's article that give a count in the unit asked and hold a word of
        the topic, when no candidate gives one (« en combien de jours » of a harassment complaint: Cris 10-9.11
        « À la demande écrite de la ou des personnes plaignantes … dans les 10 jours … un comité », beside the best
        passage 10-9.13 « une plainte de harcèlement psychologique peut être soumise … »)."""
        article, seen = candidates[0].article, {c.chunk.clause_id for c in candidates}
        found: list[SidePick] = []
        for position in self._doc_positions.get(doc, []) if article else []:
            chunk = self.chunks[position]
            if chunk.kind != "clause" or chunk.clause_id in seen or (chunk.article or chunk.annex) != article:
                continue
            seen.add(chunk.clause_id)
            pick = self._pick(doc, Hit(chunk, 0.0, ("article",)), topic, wanted, unit, focus)
            if pick.in_unit and pick.coverage > 0:  # on its article's topic, as much as the best passage
                found.append(replace(pick, coverage=max(pick.coverage, candidates[0].coverage)))
        return found

    def _uncommon(self, wanted: frozenset[str]) -> frozenset[str]:
        """The topic's words that are not everywhere: held by at most ``TopicParams.common_share`` of the passages
        (« horaire », not « travail » of « Changer mon horaire de travail »)."""
        counts, limit = self._word_passages(), TOPIC.common_share * max(1, len(self.chunks))
        return frozenset(t for t in wanted if counts.get(_family(t), 0) <= limit)

    def _chosen(self, candidates: Sequence["SidePick"], counts: bool, definition: bool = False,
                uncommon: frozenset[str] = frozenset(), wanted: frozenset[str] = frozenset(),
                place: bool = False) -> list["SidePick"]:
        """A side's clauses among its candidates (best first): the first (a definition only when one is
        asked: « on entend par « harcèlement psychologique » » says nothing of a complaint), then those
        about the same thing; a lower candidate replaces a weak first one only when it holds more of the topic's
        ``uncommon`` words too (not 4-1.11 « … la plage horaire de travail … » over 8-4.05 « L'enseignant ne peut
        modifier l'horaire … » for « Changer mon horaire de travail »: « travail » is everywhere); a ``place`` asked:
        a first naming one is not replaced by one naming none."""
        if not candidates:
            return []
        first = candidates[0] if definition else next(
            (c for c in candidates if not _DEFINES.search(c.quote)), candidates[0])
        if first.titled and first.asked:  # the article named after the topic is read in order, its first clause
            # leading, unless a later one of it holds more of the topic and more of the question's own words (Cris
            # 9-1.02 « En vue de régler, dans le plus bref délai possible, tout grief … » over 9-1.01's local
            # « procédure de règlement de mésentente » for « la procédure de grief, elle a quel but », DEV Q1755)
            first = max((c for c in candidates if c.titled and c.article == first.article
                         and c.coverage > first.coverage and c.asked > first.asked and not _DEFINES.search(c.quote)),
                        key=lambda c: (c.coverage, c.asked), default=first)
        # the best passage's sentence holding under half the topic's words: a lower one holding enough of them to
        # be set side by side (Cris 5-14.02 « porté à 2 lorsqu'au moins un (1) des 2 déménagements est expressément
        # demandé par la Commission », 2 of 3, under Annexe I's « mon employeur », 1 of 3; not 11-14.03 « l'ancienneté
        # … est calculée » under 5-2.01 « l'ancienneté s'évalue », half of « l'ancienneté est calculée »)
        weak = first.coverage < self.params.compare_lacking_share and not (first.titled or definition)
        # (a count asked in a unit: only for a passage giving one, not 6-7.05 « événement de force
        # majeure » (no day) over 6-1.02 h) « une (1) journée ouvrable … force majeure » for « lequel donne plus de jours »)
        # (a first holding none of the topic's words gives way to one holding half: the CNCEC's « Gestion des mandats
        # … peut modifier les mandats » over its « Contexte » for « Qui peut changer mes tâches en cours d'année »)
        floor = self.params.compare_sentence_share if first.coverage > 0 else self.params.compare_lacking_share
        better = [c for c in candidates if weak and c.coverage > first.coverage
                  and c.coverage >= floor and not _DEFINES.search(c.quote)
                  and (not counts or c.in_unit)
                  and (not uncommon or _share(uncommon, c.quote) > _share(uncommon, first.quote))
                  # nor, against a first holding some of the topic, less of the question's own words (``SidePick.asked``,
                  # when read): not Bourget 3-5.06 « un autre membre du comité exécutif du Syndicat » (0.19) over Annexe
                  # B's membership form (0.50) for « Pour devenir membre du syndicat, je signe un formulaire : … mon
                  # adhésion commence quand », DEV Q1607
                  and (c.asked >= first.asked or not first.coverage)
                  # nor, a place asked, one naming none over a first naming one (Bourget 10-2.05 « Les séances
                  # d'arbitrage sont publiques » over 10-2.16 « Les séances d'audition se tiennent … dans les locaux du
                  # Collège » for « Les audiences d'arbitrage, ça se passe où ? », DEV Q1865)
                  and not (place and _PLACE.search(first.quote) and not _PLACE.search(c.quote))]
        first = max(better, key=lambda c: c.coverage, default=first)
        if counts and not first.in_unit:  # the rule's count: the first clause of the best passage's article that
            # gives one, else the best passage giving one that holds as much of the topic and more of what is asked
            # (``SidePick.asked``, when read: Cris 6-7.03 « … après 20 jours » over Annexe XI for « après combien de
            # jours d'affilée je suis payé selon l'échelle », not Annexe IX « … copie de ce contrat » over 13-8.06 « en
            # expédie une copie au Syndicat » for « une copie au syndicat, pis dans quel délai »: that agreement has none)
            counted = [c for c in candidates
                       if c.in_unit and (c.titled or c.coverage > 0) and c.article == first.article]
            read = any(c.asked for c in candidates)
            counted = counted or [c for c in candidates if c.in_unit and c.coverage >= first.coverage
                                  and (c.asked > first.asked or not read)][:1]
            first = min(counted, key=lambda c: (c.chunk.ordinal, c.chunk.part), default=first)

        def related(pick: SidePick) -> bool:  # one names the other: an exception, a suspension, a payout, the
            # rule a procedure applies (« Aux fins d'application de la clause 10-1.02 », « clause 7-2.01 »)
            return pick.names(first.chunk.clause_id) or first.names(pick.chunk.clause_id)

        def applies(pick: SidePick) -> bool:  # its quoted sentence itself names the first clause (10-1.07 « Aux fins
            # d'application de la clause 10-1.02, les délais ne courent pas … »), not only another sentence of it
            # (10-2.02 names 10-1.02 in its first sentence, then quotes the arbitration's own « deux (2) années »)
            return first.chunk.clause_id in CLAUSE_NUMBER_IN_TEXT.findall(pick.quote)

        rest = sorted((c for c in candidates if c is not first), key=lambda c: (not related(c), not applies(c)))  # stable
        chosen = [first]
        for pick in rest:
            if len(chosen) >= self.params.compare_clauses:
                break
            if first.case and not pick.case:  # a first naming the case the question tells: a neighbour naming none
                continue  # answers another's (Bourget 6-3.04's bank, naming 6-3.02, not its part-time teacher, DEV Q2340)
            if related(pick):
                chosen.append(pick)
                continue
            if not definition and _DEFINES.search(pick.quote):
                continue
            same_article = pick.article is not None and pick.article == first.article
            if _GLOSSARY.match(first.chunk.article_title or "") and not (
                    same_article and 0 < _share(wanted, _defined_term(first)) <= _share(wanted, _defined_term(pick))):
                continue  # a term's definition answers alone, or with another definition of it (Bourget 1-2.61 and
                # 1-2.33 « à temps partiel »), not its neighbours (DEV Q1420 « année scolaire »: not 1-2.06 « Année de
                # scolarité » nor 8-3.02's calendar)
            on_topic = pick.titled or pick.coverage >= (self.params.compare_article_share if same_article
                                                        else self.params.compare_topic_share)
            if on_topic and (pick.in_unit or not counts):  # a count asked: another clause giving one
                chosen.append(pick)
        return chosen[:1] + [pick for pick in chosen[1:] if _also_asked(first, pick)]

    def _pick(self, doc: str, hit: Hit, topic: str, wanted: frozenset[str], unit: re.Pattern | None,
              focus: frozenset[str] = frozenset(), counted_first: bool = True, dated: bool = False) -> "SidePick":
        """A clause's sentence set side by side: its first sentence (any stored part) giving a count
        (in the question's unit first) and most of the topic's words (« 7 jours de congés de maladie »),
        else the hit's sentence closest to the topic; not a count (``counted_first`` False) for a longer
        follow-up asking none (« est-ce que sa décision est annulée ? »: 10-2.08 whole, not its « trente (30)
        jours »)."""
        counted: list[tuple[tuple, Chunk, str]] = []
        for part, chunk in enumerate(self._clause_chunks.get((doc, hit.chunk.clause_id), [])):
            for start, end, context in _in_context(chunk.text, self.params.compare_context_chars):
                sentence = chunk.text[start:end]
                if amending(sentence):
                    continue
                own = _share(wanted, sentence)
                # the sentences before it count only for one holding a topic word itself (« 5 jours … des
                # funérailles » after « B) … de son frère : » is no answer to « le mariage de mon frère »)
                share = max(own, _share(wanted, context + " " + sentence) if own or _LIST_ITEM.match(sentence) else 0.0)
                date = dated and bool(_DATE.search(sentence))  # « quand » asked: a date of the year first
                if (_COUNT.search(sentence) or date) and share >= self.params.compare_sentence_share:
                    in_unit = bool(unit and unit.search(sentence))
                    counted.append(((not in_unit, not date, -own, -_share(focus, sentence), part, start), chunk,
                                    sentence))
        definition = _DEFINITION_ASKED.search(topic) and sentence_fits("definition", hit.chunk.text)
        whole = hit.chunk.text[_content_start(hit.chunk.text):].strip()  # without « 52) La section II … est ajoutée »
        if counted and counted_first:
            _, chunk, quote = min(counted, key=lambda c: c[0])
            quote = _with_exception(chunk.text, quote, wanted, self.params.compare_sentence_share)
        elif definition and len(whole) <= self.params.compare_definition_chars:
            chunk, quote = hit.chunk, whole  # a definition is its list and its conditions
        elif unit is None and len(whole) <= self.params.compare_whole_chars:
            chunk, quote = hit.chunk, whole  # a short rule without a count: its every sentence
            # (9-4.04: the recourse, then the mediation « en tout temps avant le délibéré »)
        else:
            chunk, quote = hit.chunk, best_sentence(hit, topic, self.params.compare_quote_words)
        return SidePick(chunk, quote, _share(wanted, quote), bool(unit and unit.search(quote)), "title" in hit.why)

    def _side_search(self, doc: str, queries: Sequence[str]) -> list[Hit]:
        """The passages of ``doc`` the retriever finds for each query (an empty one left out, one given twice
        searched once), fused by reciprocal rank, the first query's passage first among equals (the question's own
        words, then the topic: on the DEV comparisons the question first puts more sides' gold clause first, and
        equal weights more than the topic weighing 0.6 or 0.8)."""
        return _fused([self.retrieve(query, [doc]) for query in dict.fromkeys(q for q in queries if q)])

    def _document_hits(self, question: str, hits: Sequence[Hit], doc: str, topic: str | None = None,
                       lead: str = "", side_words: str = "", asked: str = "", whole: str = "") -> list[Hit]:
        """The passages of ``doc`` for a question: the clauses of the article named after the topic
        first (reading order), then the hits of what is asked (``asked``, the question's own words) and of the topic
        within ``doc``, fused, then those of the ``whole`` question when ``asked`` is one side's part of it (the other
        side's case may say what both ask: « c'est mon oncle qui est mort ; chez les Cris, ma collègue a perdu sa
        petite-fille ») (``retrieve(…, [doc])`` when given; else the question's hits in ``doc`` fused
        (reciprocal ranks) with BM25 on the topic)."""
        topic = topic or topic_of(question, self._names(), self._knows) or question
        # the article named after the topic ("6-3.00 Congés de maladie"), in reading order: its first clauses set the rule
        # (or its first part, of two words or more, naming what the rest asks about: « Ma cotisation syndicale, elle
        # est-tu prise direct sur ma paie ? » -> « cotisation syndicale — prise direct sur ma paie », Bourget's
        # « 3-6.00 Déduction des cotisations syndicales … »)
        wanted = set(tokenize(topic))
        named = [wanted] + [w for w in [set(tokenize(topic.split(" — ")[0]))] if len(w) >= 2 and w != wanted]
        positions = self._doc_positions.get(doc, [])
        titled = [Hit(c, 0.0, ("title",)) for c in (self.chunks[i] for i in positions) if c.kind == "clause" and wanted
                  and any(w <= set(tokenize(c.article_title or "")) for w in named)]
        # the topic alone within ``doc`` (the other agreement's name would pull its own words in); the
        # retriever already fuses BM25 with the passage and sentence vectors
        own = (self._side_search(doc, [f"{lead}{asked} {side_words}".strip() if asked else "",
                                      f"{lead}{topic} {side_words}".strip(), whole])
               if self.retrieve is not None else [])
        if asked and own and _DEFINITION_ASKED.search(topic):  # a definition asked: the clauses of the article of
            # definitions the question's own words find first, in the order found (« C'est quoi un « grief » : la
            # définition est-tu la même »: 1-2.36 « Grief », not the article's first definitions); another article
            # named after the topic keeps its reading order (« 6-3.00 Congés de maladie »: 6-3.02 before 6-3.04)
            found = {h.chunk.chunk_id: rank for rank, h in enumerate(own)}
            titled.sort(key=lambda h: found.get(h.chunk.chunk_id, len(found)))
        if own or self.bm25_scores is None:
            own = own or [h for h in hits if h.chunk.doc == doc]
            return titled + [h for h in own if h.chunk.chunk_id not in {t.chunk.chunk_id for t in titled}]
        own = [h for h in hits if h.chunk.doc == doc]
        scores = self.bm25_scores(topic)
        positions = sorted((i for i in positions if scores[i] > 0), key=lambda i: -scores[i])[:10]
        fused_hits = _fused([own, [Hit(self.chunks[pos], float(scores[pos]), ("bm25",)) for pos in positions]])
        return titled + [h for h in fused_hits if h.chunk.chunk_id not in {t.chunk.chunk_id for t in titled}]




def _defined_term(pick: "SidePick") -> str:
    """The term a clause of definitions defines: its first line, its number left out (« 1-2.33 Enseignant à temps
    partiel (ou chargé de cours) »)."""
    return _defined_term_text(pick.chunk.text)


def _defined_term_text(text: str) -> str:
    """The first line of a clause's text, its number left out (:func:`_defined_term`)."""
    return CLAUSE_NUMBER_IN_TEXT.sub(" ", text.strip().split("\n", 1)[0])


def _defined_names(chunk: Chunk) -> list[set[str]]:
    """The names a clause of definitions defines, each as its words' family tokens: its title without what it sets in
    parentheses, and the other name it gives there after « ou » (« Cours (ou période) »: « Cours », « période »;
    « Spécialiste au primaire (enseignant) »: « Spécialiste au primaire »)."""
    title = chunk.title or _defined_term_text(chunk.text)
    names = [re.sub(r"\([^()]*\)", " ", title)] + re.findall(r"\(\s*ou\s+([^()]+)\)", title)
    return [found for name in names if (found := {_family(t) for t in topic_words(name)})]


def _also_asked(first: "SidePick", pick: "SidePick") -> bool:
    """Whether a side's further clause stays beside its first: one of another article, naming neither the first nor
    named by it, stays only when it holds as many of the question's own words (``SidePick.asked``). Not Cris 5-3.16's
    committee beside Annexe XI for « mon contrat de sabbatique finit quand ? » (DEV Q1671): sharing the topic's words
    is not being on what is asked. A clause of the first's article stays as before (leaving out such a clause holding
    fewer asked words changed 4 TEST answers in /tmp/s23/ab.sh C2a); one naming the first or named by it stays as
    ``_cross_reference_asked`` reads it. With the question's words unread, every ``asked`` is 0: every clause stays.

    Any further clause, of the first's article or naming it too, stays only when it adds to the first: a count (a
    number the answer may need: Bourget 10-2.14 « cinquante pour cent (50 %) » beside 10-2.12), more of the topic's
    words, or at least ``TopicParams.further_asked_share`` of the question's own words the first holds (not Bourget
    6-2.03 beside 6-2.02 for « C'est qui qui choisit notre assureur pis nos protections », nor Cris 5-10.12 beside
    5-10.13 for « L'été, en juillet pis en août, je paie-tu encore ma prime d'assurance » : DEV Q1829, Q1827)."""
    if not (pick.in_unit or _COUNT.search(pick.quote) or pick.coverage > first.coverage
            or pick.asked >= TOPIC.further_asked_share * first.asked):
        return False
    if pick.names(first.chunk.clause_id) or first.names(pick.chunk.clause_id):
        return _cross_reference_asked(first, pick)
    same_article = pick.article is not None and pick.article == first.article
    return same_article or pick.asked >= first.asked


def _told_apart(question: str, chosen: list["SidePick"]) -> list["SidePick"]:
    """A side's clauses for a question of several sentences (« J'ai enseigné pis travaillé dans mon métier la même
    année : on peut-tu me reconnaître deux années d'expérience ? Au Collège pis chez les Cris ? », a case told and then
    asked, two things asked in turn): its first, then only the further clauses adding what the first lacks
    (``_adds_to``). Its words spread over several sentences find, beside the rule asked, its article's neighbours and
    the rules of the case's other words: on DEV such further clauses were off target 75 times of 87 (Bourget 7-3.03's
    « deux cents (200) jours » beside 7-3.06, DEV Q1543; Cris 9-2.17's arbitration delay beside 9-2.19's « La sentence
    arbitrale est finale », DEV Q1103). A question of one sentence keeps its further clauses as ``_chosen`` reads them
    (dropping them there changed TEST answers, /tmp/s23/C10-further-same-article.patch)."""
    if len(chosen) < 2 or len([m for m in _CLOSED_SENTENCE.finditer(question) if m.group().strip()]) < 2:
        return chosen
    return chosen[:1] + [pick for pick in chosen[1:] if _adds_to(chosen[0], pick)]


def _beside_first(chosen: list["SidePick"]) -> list["SidePick"]:
    """A side's clauses as set beside another agreement's: its first clause, the rule it answers with, and only the
    further clauses that apply that rule or give what it lacks: one whose quoted sentence names the first (an
    exception or a delay of it: Bourget 10-1.07 « Aux fins d'application de la clause 10-1.02, les délais ne courent
    pas … ») or one giving a count where the first gives none (Bourget 10-2.14 « cinquante pour cent (50 %) » of the
    arbitrator's fees beside 10-2.12), or the agreement's definition of the topic, every word of it held (Bourget 1-2.08
    « Année d'expérience » beside 7-3.07, DEV Q1395: on target 4 times of 5). Any other further clause is its article's neighbour or another rule sharing the
    question's words: on DEV (HEAD d71583a, /tmp/s23/c13/sides.py) such clauses were off target 111 times of 143
    (Bourget 6-1.05 beside 6-1.02 for a death in the family, Cris Annexe XXIII's mediation beside 9-2.23 for the
    arbitrator's fees, Bourget 6-2.01 beside 6-3.09 for the pay kept while invalid), costing their side whatever its
    first clause was. A term's definitions (ComparisonAnswers._defined_terms) are not read here."""
    if len(chosen) < 2:
        return chosen
    first = chosen[0]
    return chosen[:1] + [pick for pick in chosen[1:] if first.chunk.clause_id in CLAUSE_NUMBER_IN_TEXT.findall(pick.quote)
                         or bool(_COUNT.search(pick.quote) and not _COUNT.search(first.quote))
                         or (pick.coverage >= 1.0 and bool(_GLOSSARY.match(pick.chunk.article_title or "")))]


def _adds_to(first: "SidePick", pick: "SidePick") -> bool:
    """Whether a side's further clause adds to its first: its quoted sentence names the first (an exception or a delay of
    that rule: Bourget 10-1.07 « Aux fins d'application de la clause 10-1.02, les délais ne courent pas … »), it holds more
    of the question's own words (``SidePick.asked``; as many is no more: Cris 9-2.06's copies sent to the Centrale beside
    9-2.02, DEV Q2013), every word of the topic (Cris 6-1.21 « Le « Manuel
    d'évaluation de la scolarité » est celui fait par le Ministère » beside 6-1.22, DEV Q1756), or a count where the
    first gives none (Bourget 10-2.14 « cinquante pour cent (50 %) » of the arbitrator's fees beside 10-2.12, DEV
    Q1664)."""
    return (first.chunk.clause_id in CLAUSE_NUMBER_IN_TEXT.findall(pick.quote) or pick.asked > first.asked
            or pick.coverage >= 1.0 or bool(_COUNT.search(pick.quote) and not _COUNT.search(first.quote)))


def _cross_reference_asked(first: "SidePick", pick: "SidePick") -> bool:
    """Whether a further clause joined to a side's first because one of them names the other stays: a clause number
    is a cross-reference, not the thing asked. It stays when its quoted sentence itself names the first clause (an
    exception or a delay of that rule: Bourget 10-1.07 « Aux fins d'application de la clause 10-1.02, les délais ne
    courent pas … ») or when it holds as many of the question's own words as the first (``SidePick.asked``); not when
    only another sentence of it, or of the first, gives the number (Cris Annexe XXIII's mediation beside 9-2.23 for
    « c'est-tu nous autres qui payons l'arbitre », DEV Q1852; Bourget 6-2.09's eligibility rules, named by 6-2.05,
    for « l'assurance collective devient obligatoire à partir de quand », DEV Q1828; Cris 5-10.30's 61st day beside
    5-10.28, DEV Q1823). A sentence holding every word of the topic is on it whatever names it (Cris 6-1.21 « Le
    « Manuel d'évaluation de la scolarité » est celui fait par le Ministère » beside 6-1.22 for « Le Manuel
    d'évaluation de la scolarité, c'est qui qui le fait », DEV Q1756). A count asked that the first gives (both in the
    unit asked): the further clause's count is another rule's, kept only when it also holds more of the topic's or of
    the question's own words than the first, not as many (Bourget 10-2.02's « deux (2) années » to go to arbitration
    beside 10-1.02's « quarante (40) jours ouvrables » for « combien de temps pour loger un grief », DEV Q1953). With the
    question's words unread (every ``asked`` 0) it stays, as before."""
    if first.chunk.clause_id in CLAUSE_NUMBER_IN_TEXT.findall(pick.quote):
        return True
    held = pick.asked >= first.asked or pick.coverage >= 1.0
    if first.in_unit and pick.in_unit and first.asked > 0:
        return held and (pick.asked > first.asked or pick.coverage > first.coverage)
    return held


def _rule_first(candidates: Sequence["SidePick"]) -> list["SidePick"]:
    """A side's candidates, a first one of its article of definitions giving way to the first rule holding as much of
    the topic and of the question's own words (``SidePick.asked``): a question asking a payment or a right, no definition nor a
    count, asks a rule (« L'impression de la convention collective, c'est payé par qui » : Cris 10-6.01 « … imprimé aux frais du
    Comité patronal », not 1-1.13 « Convention », DEV Q805)."""
    lead = candidates[0] if candidates else None
    if lead is None or not _GLOSSARY.match(lead.chunk.article_title or ""):
        return list(candidates)
    rule = next((c for c in candidates[1:] if not _GLOSSARY.match(c.chunk.article_title or "")
                 and not _DEFINES.search(c.quote) and c.coverage >= lead.coverage and c.asked >= lead.asked), None)
    return list(candidates) if rule is None else [rule] + [c for c in candidates if c is not rule]


def _case_first(candidates: list["SidePick"]) -> list["SidePick"]:
    """The candidates with the first naming the told case (``SidePick.case``) leading, when the first rule (not a
    definition) names none: one holding as much of the question's own words or more of the topic, not a definition."""
    lead = next((c for c in candidates if not _DEFINES.search(c.quote)), None)
    if lead is None or lead.case:
        return candidates
    named = next((c for c in candidates if c.case and not _DEFINES.search(c.quote)
                  and not _GLOSSARY.match(c.chunk.article_title or "")
                  and (c.asked >= lead.asked or c.coverage > lead.coverage)), None)  # (not Cris 5-3.19 « … poste
    # devient vacant … » over 5-3.13, as much of the topic and less of the question, DEV Q1765)
    return candidates if named is None else [named] + [c for c in candidates if c is not named]


def _shown_instead(picks: dict[str, list["SidePick"]], absent: set[str]) -> set[str]:
    """The sides said absent whose first clause has an alternative (``SidePick.alternative``): that clause is shown
    instead (``picks`` changed), the side no longer absent; returned."""
    shown = set()
    for doc in sorted(absent):
        alternative = picks[doc][0].alternative if picks.get(doc) else None
        if alternative is not None:
            picks[doc] = [alternative]
            shown.add(doc)
    return shown


@dataclass(frozen=True)
class SideAsked:
    """What one agreement is asked when the question names a case of its own for it: its pieces of the question and
    their topic (ComparisonAnswers._side_questions)."""

    question: str
    topic: str
    others: frozenset[str] = frozenset()  # the words of the other agreements' own cases, not of its own pieces


@dataclass(frozen=True)
class ComparedSide:
    """One agreement's side of a comparison: the clauses it quotes (none when ``absent``), whether its agreement
    has no clause on the topic (``absent``) and whether its clauses give no count in the unit another side counts in
    (``uncounted``)."""

    doc: str
    title: str
    picks: tuple["SidePick", ...]
    absent: bool = False
    uncounted: bool = False

    def cited(self, draft: Draft) -> list[tuple[str, str, str]]:
        """Its clauses cited in ``draft``: (clause, quote, label) each."""
        return [(p.chunk.clause_id, p.quote,
                 draft.cite(p.chunk, p.quote, f"{self.title}, {p.chunk.clause_id} : {p.quote}")) for p in self.picks]

    def lines(self, items: Sequence[tuple[str, str, str]], topic: str) -> list[str]:
        """Its Markdown list: each clause's quote with its label (``items``, from :meth:`cited`), or why it has
        none."""
        lines = [f"- {clause} : {in_quotes(one_line(quote))} {label}".rstrip() for clause, quote, label in items]
        if self.absent:
            lines.append(f"- Aucune clause de cet accord ne traite de « {topic or 'ce sujet'} » : les passages "
                         "les plus proches portent sur autre chose.")
        elif not items:
            lines.append("- Aucun passage de ce document ne répond directement à la question.")
        elif self.uncounted:
            lines.append("- Les clauses citées de cet accord n'en donnent aucun nombre (durée ou quantité "
                         "demandée) : elles en parlent sans le fixer.")
        return lines


@dataclass(frozen=True)
class Comparison:
    """A comparison's values: the question its sides answer (a short follow-up's with the earlier turn's), what is
    compared (``topic``), and each agreement's side in the order set side by side."""

    question: str
    topic: str
    sides: tuple[ComparedSide, ...]

    def side(self, doc: str) -> ComparedSide | None:
        return next((s for s in self.sides if s.doc == doc), None)


def _named_thing(topic: str) -> str:
    """One part of a topic as a heading names it: the noun phrase after the question's own verb when the part opens
    with that verb (« Chu-tu considéré comme répondant aux critères de compétences » -> « critères de compétences »,
    « peut-tu me reconnaître deux années d'expérience … » -> « deux années d'expérience … ») and that phrase holds two
    topic words or more (not « faut-tu pour la justifier » -> « justifier »); nothing when the part names no thing at
    all but asks what (« désigne quoi exactement »); else the part itself (« l'Association paie quoi comme frais
    d'arbitrage de son bord »)."""
    words = topic.split()
    starts = [i for i, word in enumerate(words) if _noun_start(word)]
    if words and (_TU_PARTICLE.search(words[0]) or _INVERTED.search(words[0])):
        i = next((i for i in starts if i), None)
        if i is not None:
            head = re.split(r"['’]", words[i], maxsplit=1)  # a determiner left out, a number kept
            rest = (([head[1]] if len(head) > 1 and head[1] else []) if fold(head[0]) in _NOUN_START else
                    [words[i]]) + words[i + 1:]
            rest = rest[:next((j for j, w in enumerate(rest) if fold(w) == "quoi"), len(rest))]
            while rest and _connector(rest[-1]):
                rest.pop()
            if len(topic_words(" ".join(rest))) >= 2:
                return " ".join(rest)
        return topic
    if not starts and any(fold(w) == "quoi" for w in words):
        return ""
    return topic


def _noun_start(word: str) -> bool:
    """Whether a word opens a noun phrase: a determiner (« aux », « l'Association », ``_NOUN_START``) or a number
    (« deux années », « 10 jours »)."""
    folded = fold(word)
    return (re.split(r"['’]", folded)[0] in _NOUN_START or bool(re.fullmatch(_NUMBER_WORD + r"|\d+", folded)))


def heading_topic(comparison: Comparison) -> str:
    """What a comparison's heading names: the thing asked, never the question's verb phrase (``_named_thing``, each
    part of an earlier turn's topic and this one's); a part naming nothing gives way to the term the question sets in
    quotes (« Chez les Cris, « la convention », ça désigne quoi exactement ? » -> « convention »), else stays."""
    parts = []
    for part in comparison.topic.split(" — "):
        named = _named_thing(part)
        if not named:
            terms = [re.sub(r"^(?:(?:le|la|les|un|une|des)\s+|l['’]\s*)", "", t, flags=re.IGNORECASE)
                     for t in quoted_terms(comparison.question)]
            named = next((t for t in terms if topic_words(t)), part)
        parts.append(named)
    return " — ".join(parts)


def render_comparison(comparison: Comparison) -> Draft:
    """A comparison written out: its heading, the side with most (when asked), a two-column table, each side's
    clauses under its title, then the caution; every clause cited. The heading names the thing asked
    (``heading_topic``)."""
    draft = Draft()
    topic = heading_topic(comparison)
    draft.parts.append(f"**Comparaison{' : ' + topic if topic else ''}**")
    cited = [(side.title, side.cited(draft)) for side in comparison.sides]
    draft.parts.append(most_of(comparison.question, cited) or "")
    draft.parts.append(_side_by_side(cited, comparison.question))
    for side, (title, items) in zip(comparison.sides, cited):
        draft.parts.append("\n".join([f"**{title}**"] + side.lines(items, topic)))
    draft.parts.append("Chaque texte vise son propre personnel et ses propres conditions : lisez les clauses "
                       "citées en entier avant de conclure.")
    return draft


@dataclass(frozen=True)
class Earlier:
    """The turn a follow-up compares again: its question, the agreements set side by side, and whether the
    follow-up is short (« Et pour mon père ? »: the earlier question re-asked with one thing changed) or asks a
    question of its own (« Pis si l'arbitre dépasse ce délai-là, est-ce que sa décision est annulée ? »)."""

    question: str
    documents: tuple[str, ...]
    short: bool
    compared: bool = True  # the earlier turn was a comparison (its topic is its compared words); else an answer
    # from one agreement, whose whole question is asked of the other (« mes jours de maladie que je prends pas dans
    # l'année, est-ce qu'ils me sont payés »: its asking words say what is compared)


def _compared_before(question: str, history: Sequence[Answer]) -> Earlier | None:
    """The earlier comparison a follow-up naming no agreement asks again, else None: a short one (« Et pour mon
    père ? » after « C'est-tu mieux chez les Cris ou au Collège pour le décès de mon frère ? ») re-asks it with one
    thing changed; a longer one asks its own question of the same agreements, on its own words and unit (« Pis si
    l'arbitre dépasse ce délai-là, est-ce que sa décision est annulée ? »: each agreement's answer, not one)."""
    if not history or history[-1].kind != "comparison" or not is_follow_up(question, history):
        return None
    compared = tuple(dict.fromkeys(c.doc for c in history[-1].citations))
    return Earlier(history[-1].question, compared, is_short(question)) if len(compared) >= 2 else None


# « Qui choisit l'arbitre », « c'est qui qui la fixe »: a person or body asked, not a count (none asked in a unit nor
# « qui donne le plus »: its clause's sentence saying who, not Cris 9-2.03's « dans les 15 jours qui suivent »)
_WHO_ASKED = re.compile(r"^\W*(?:(?:et|pis|mais)\s+)?qui\b|\bc['’]est\s+qui\b", re.IGNORECASE)


# a teacher named (« un prof », « les enseignants »), not « non-enseignant »
_TEACHER = re.compile(r"(?<!non-)\b(?:profs?|professeure?s?|enseignante?s?)\b", re.IGNORECASE)
# another staff category an agreement has its own clauses for (Bourget 8-11.00 for its animators, 8-15.00 for the
# non-teaching staff)
_OTHER_STAFF = re.compile(r"\banimat(?:eur|rice)s?\b|\bnon-enseignante?s?\b|\bsoutien technique\b", re.IGNORECASE)


def asks_who(question: str) -> bool:
    """Whether a question asks who (« Qui choisit l'arbitre »), no count: none in a unit, not « qui donne le plus »."""
    return bool(_WHO_ASKED.search(question)) and not _ASKS_WHICH.search(question) and asked_unit(question) is None


# « comment c'est payé », « il est rémunéré comment », « quel salaire »: how something is paid is asked
_PAY_ASKED = re.compile(r"\bpay[ée]e?s?\b|\brémunér\w*|\bsalaires?\b", re.IGNORECASE)


def _pay_asked(question: str) -> bool:
    """Whether a question asks how something is paid (« comment c'est payé »), not who pays (« c'est payé par qui »,
    « qui paie »)."""
    return bool(_PAY_ASKED.search(question)) and not re.search(r"\bpar\s+qui\b|\bqui\s+(?:pai|pay)", question,
                                                             re.IGNORECASE)


# a clause saying how something is paid (Bourget 7-6.06 « reçoit une rémunération correspondant à l'échelle annuelle
# de traitement », Cris 6-6.01 « un supplément annuel »)
_PAYS = re.compile(r"\brémunér\w*|\bmonnay\w*|\bsalai\w*|\béchelles?\b|\béchelons?\b|\bsuppléments?\b|\bprimes?\b|\d\s*\$",
                   re.IGNORECASE)


# the staff a topic names (« d'un salarié non-enseignant », « du prof »): whose rule, not what it is about
_STAFF = re.compile(r"(?<![\w-])(?:non-enseignante?s?|salariée?s?|éducat(?:eur|rice)s?|enseignante?s?|profs?|"
                    r"professeure?s?|animat(?:eur|rice)s?|employée?s?)(?![\w-])", re.IGNORECASE)


def _without_staff(topic: str) -> frozenset[str]:
    """A topic's words without the staff it names (« journée normale d'un salarié non-enseignant » -> « journée »,
    « normale »)."""
    return frozenset(topic_words(_STAFF.sub(" ", topic)))


#: what a topic asks, one slot per thing asked: a word, or the agreements' words for one everyday wording (held when
#: any of them is)
Slots = tuple[frozenset[str], ...]
#: per side, other readings of the topic its share is read on (see ``_also_share``)
AlsoWords = dict[str, list[Slots]]


def _slots(words: frozenset[str]) -> Slots:
    """A topic's words, each its own slot."""
    return tuple(frozenset({w}) for w in sorted(words))


def _meant(topic: str) -> Slots:
    """A topic as the agreements say it (assistant.colloquial): its words no everyday wording covers, each a slot, and
    one slot per everyday wording met, held by any of the agreements' words for it (« ma belle-mère est décédée » ->
    « beaux-parents », « décès »; « syndicat » -> « Association syndicat », one slot), the staff left out; empty when
    it speaks as they do."""
    groups = agreement_word_groups(topic)
    if not groups:
        return ()
    said = _slots(_without_staff(without_mapped(topic)))
    return said + tuple(frozenset(topic_words(words)) for words in groups if topic_words(words))


def _also_share(also: AlsoWords | None, doc: str, text: str) -> float:
    """The largest share of one of ``doc``'s other readings of the topic (two slots or more) that ``text`` holds."""
    held = {_family(t) for t in topic_words(text)}
    return max((sum(any(_family(t) in held for t in slot) for slot in slots) / len(slots)
                for slots in (also or {}).get(doc, []) if len(slots) >= 2), default=0.0)


def _asks_teacher(question: str) -> bool:
    """Whether the question (the agreements' names taken out: « aide aux enseignants » names the CNCEC's entente) is
    about a teacher and no other staff (« pour un prof du Collège Bourget »)."""
    return bool(_TEACHER.search(question)) and not _OTHER_STAFF.search(question)


def _other_staff(pick: "SidePick") -> bool:
    """Whether a clause is another staff category's rule: its sentence or its article's title names one and no teacher
    (Bourget 8-11.08 « Le Collège ne peut modifier l'horaire de travail d'un animateur … », beside 8-4.05
    « L'enseignant ne peut modifier l'horaire … »)."""
    text = f"{pick.quote} {pick.chunk.article_title or ''}"
    return bool(_OTHER_STAFF.search(text)) and not _TEACHER.search(text)


def _of_staff_asked(chosen: Sequence["SidePick"], question: str) -> list["SidePick"]:
    """A side's clauses without a further one of another staff's rule (``_other_staff``) beside a first that is not,
    when the question names no such staff: the agreements' reader asks of a teacher (Bourget 8-11.01 « L'année de
    travail d'un animateur à temps complet comprend deux cents (200) jours » beside 8-3.01's teacher's year for
    « L'année de travail compte combien de jours », DEV Q317, Q629)."""
    if not chosen or _OTHER_STAFF.search(question) or _other_staff(chosen[0]):
        return list(chosen)
    return chosen[:1] + [pick for pick in chosen[1:] if not _other_staff(pick)]


# « ce délai-là », « cette clause », « ces jours »: words pointing back to the earlier turn, not what a follow-up asks
_BACK_REFERENCE = re.compile(r"\b(?:ce|cet|cette|ces)\s+[\w-]+|\b\w+-là\b", re.IGNORECASE)


# « Où se tiennent les audiences ? », « ça se passe où ? », « à quel endroit »: a place asked (not « c'est où que
# c'est le mieux »)
_PLACE_ASKED = re.compile(r"^\W*(?:(?:et|pis|mais)\s+)?où\b(?!\s+que)|\bà quel endroit\b|\boù(?:\s+ça)?\s*\?|"
                          r"\bdans quel(?:le)?s?\s+(?:lieu|endroit|local|locaux|ville|communauté)\b", re.IGNORECASE)
# a sentence naming a place (« dans les locaux du Collège », « dans la communauté d'Oujé-Bougoumou », « le lieu »)
_PLACE = re.compile(r"\b(?:dans|à)\s+(?:les?|la|l['’]|une?|des)\s*(?:locaux|local|communautés?|localités?|écoles?|"
                    r"bureaux?|salles?|centres?|municipalités?)\b|(?<!au )(?<!eu )(?<!\ba )(?<!ont )(?<!avoir )\blieux?\b|"
                    r"\bendroits?\b", re.IGNORECASE)  # (not « avoir lieu »: 10-1.05 « n'a pas eu lieu »)


# « Pareil chez les Cris ? », « Et au Collège, c'est la même chose ? », « Chez les Cris aussi ? »: the earlier
# answer's question asked of another agreement, to set beside it
_SAME_ELSEWHERE = re.compile(r"\bpareil(?:le)?s?\b|\bm[êe]me (?:chose|affaire|règle)\b|\baussi\b|\bidem\b|"
                             r"\bcomparée?s?\b", re.IGNORECASE)


def _same_elsewhere(question: str, history: Sequence[Answer], named: Sequence[str]) -> Earlier | None:
    """« Pareil chez les Cris ? » after an answer quoting another agreement (« Au Collège Bourget, mes jours de
    maladie pas pris, ils sont payés ? »): a short follow-up naming one agreement with a word of sameness compares
    it with the earlier answer's agreement on the earlier question (« Pis au Collège ? », no such word, only
    switches agreements)."""
    if len(named) != 1 or not history or not is_short(question) or not _SAME_ELSEWHERE.search(question):
        return None
    before = [c.doc for c in history[-1].citations if c.doc != named[0]]
    if not before or history[-1].kind == "comparison" or named[0] in {c.doc for c in history[-1].citations}:
        return None
    return Earlier(history[-1].question, (before[0], named[0]), True, compared=False)


# the passages of a numbered agreement that state no rule: its filing header, a bare heading of an article or chapter
# (its signatures are read by ``_signed``)
_NO_RULE = frozenset({"preamble", "article", "chapter"})
# the parties' signatures closing an agreement (Bourget « En foi de quoi, les parties ont signé à Rigaud … », Cris
# « EN FOI DE QUOI, les parties à la présente entente ont signé à Montréal … »): no rule of it. (They were once left in
# so that DEV Q1605's Cris side, quoting them, was not said to have no clause; quoting the signatories is no better
# an answer than saying none of its clauses was found, and blind Q2015 quoted them beside 3-6.06.)
_SIGNED = re.compile(r"^\W*en foi de quoi\b", re.IGNORECASE)


def _signed(chunk: Chunk) -> bool:
    """Whether a passage is the agreement's signature page (``_SIGNED``), by its name or its text."""
    return bool(_SIGNED.match(chunk.clause_id or "") or _SIGNED.match(chunk.text))


# « pis », « ou » joining two things asked at once (« Coacher un nouveau prof ou accompagner un stagiaire »)
_JOINED = re.compile(r"\s+(?:pis|ou)\s+", re.IGNORECASE)
# a part of a topic that is a clause of the teacher's case, not a thing asked: a personal pronoun, subject or object
# (« pis on m'a jamais rappelé », « une inondation m'empêche d'aller travailler », « l'employeur se rencontrent »), or
# an asking « -tu » (« peut-tu changer ou ajouter quelque chose »): its « pis », « ou » join events or words of one case
_CASE_CLAUSE = re.compile(r"(?:^|\s)(?:je|tu|il|elle|on|nous|vous|ils|elles|me|te|se)\b|(?:^|\s)[jmts]['’]\s*(?=\w)|"
                          + _INVERTED_SUBJECT, re.IGNORECASE)


@dataclass(frozen=True)
class TopicParams:
    """How a comparison's topic is read."""

    part_words: int = 5  # hand-set: two things asked at once are short (« Coacher un nouveau prof » 4 words,
    # « accompagner un stagiaire » 3); a longer run joined by « pis » is one sentence (« le syndicat peut faire mettre
    # un vendredi pis un lundi de congé au calendrier pour son congrès », DEV Q625: 6 and 9 words)
    common_share: float = 0.2  # hand-set: a topic word held by over a fifth of the passages is everywhere (« travail »
    # 29 % of the index's passages, « horaire » 5 %, « changer » 2 %)
    own_asked_share: float = 0.35  # hand-set: a side asked a case of its own is not said to lack it when its clauses
    # hold over a third of its own question's words, weighed by rarity (ComparisonAnswers._absent: DEV Q1342 Bourget
    # 5-5.06 0.41, Q1344 Bourget 10-3.01 0.37, both said absent before; the middle of the 0.3-0.4 a clause on the
    # question holds)
    qualifier_words: float = 2.0  # hand-set: a case one agreement alone is named with only says of whom the question
    # is asked (ComparisonAnswers._qualified) when it holds at most twice the case words of the piece asking (DEV Q1343
    # « pour un prof avec un contrat de 1 280 heures » 4 words to « on peut accumuler combien d'ancienneté » 3, a
    # qualifier; Q1672 « je veux me désister de mon sabbatique différé qui commence en septembre » 6 to « Je peux-tu
    # encore » 2, the question's case)
    further_asked_share: float = 0.5  # a side's further clause adding no count nor more of the topic stays only when
    # it holds at least half the question's own words its first clause holds (_also_asked). Chosen on the DEV
    # comparisons' sides (their picks logged in-process, /tmp/s23/c5/probe.py): 0.4-0.5 gain 10-14 sides all on target
    # and drop no key fact; 0.6 also drops a further clause of a TEST item (Q155, 0.56 of its first's share)
    rare_share: float = 0.05  # hand-set: a side lacks the topic's rarest word (ComparisonAnswers._lacking) only when
    # that word is rare, held by at most a twentieth of the passages (« paternité » 1.2 %, « siéger » 0.5 %; not
    # « remplace » 8.7 %, which a side may well not quote in the sentence it sets beside: DEV Q1036, Bourget 7-6.10)


TOPIC = TopicParams()


def topic_parts(topic: str, params: TopicParams = TOPIC) -> list[str]:
    """The two or three things a topic joins with « pis » or « ou », each of two topic words or more (« Coacher un
    nouveau prof ou accompagner un stagiaire » -> « Coacher un nouveau prof », « accompagner un stagiaire »); empty
    when it joins none, a part of one word (« leur transport pis leur salaire pendant les réunions ») or one over
    ``params.part_words`` words."""
    parts = _joined(topic, params)
    return [] if any(_CASE_CLAUSE.search(p) for p in parts) else parts


def _joined(topic: str, params: TopicParams = TOPIC) -> list[str]:
    """The two or three runs a topic joins with « pis » or « ou », each of two topic words or more and at most
    ``params.part_words`` words: two things asked at once, or a case told in clauses (:func:`topic_parts` tells which);
    empty otherwise."""
    parts = [p.strip() for p in _JOINED.split(topic) if p.strip()]
    parts = parts[:1] + [_with_head(parts[0], p) for p in parts[1:]]
    if not 2 <= len(parts) <= 3 or any(len(topic_words(p)) < 2 or len(p.split()) > params.part_words for p in parts):
        return []
    return parts


# « de deuil », « d'arbitrage »: a part opening with its complement, its noun left in the part before
_COMPLEMENT_START = re.compile(r"^(?:de\s+|d['’]\s*)(?=\w)", re.IGNORECASE)


def _with_head(first: str, part: str) -> str:
    """A later part of a joined topic with the noun the first part opens with, when it opens with that noun's
    complement (« les congés de maladie pis de deuil » -> « congés de deuil »; « les frais de déplacement pis de
    séjour » -> « frais de séjour »; « le délai de grief pis d'arbitrage » -> « délai d'arbitrage »): what the
    teacher leaves out is said once for both. The noun is the first part's words before its own « de » (« d' »),
    a determiner or « pour » before it left out; a part naming its own noun (« les vacances d'été ») is as written."""
    if not _COMPLEMENT_START.match(part):
        return part
    words = first.split()
    start = 1 if words and fold(words[0]) in {"pour"} else 0
    if start < len(words) and fold(words[start]) in _NOUN_START:
        start += 1
    elif start < len(words) and re.match(r"^l['’]", words[start], re.IGNORECASE):
        words[start] = words[start][2:]
    head = next((i for i in range(start + 1, len(words)) if _COMPLEMENT_START.match(words[i] + " x")), None)
    if head is None:
        return part
    return " ".join(words[start:head] + [part])


def asked_text(question: str, names: Sequence[str]) -> str:
    """What a comparison asks of each agreement: the question without the agreements' names and its comparison
    words (« C'est-tu pareil », « versus », « comparé à »)."""
    text = re.sub(rf"(?:{_COMPARE.pattern}|{_SAME.pattern})[\w-]*", " ", question, flags=re.IGNORECASE)
    return _without_names(" ".join(text.split()), names)


def _fused(rankings: Sequence[Sequence[Hit]]) -> list[Hit]:
    """Rankings of passages fused by reciprocal rank (1 / (rank + 2) each), a passage seen in several counted once
    with its first ranking's hit; on equal scores the order first seen."""
    fused: dict[str, float] = {}
    by_id: dict[str, Hit] = {}
    for ranking in rankings:
        for rank, hit in enumerate(ranking):
            fused[hit.chunk.chunk_id] = fused.get(hit.chunk.chunk_id, 0.0) + 1.0 / (rank + 2)
            by_id.setdefault(hit.chunk.chunk_id, hit)
    return [by_id[cid] for cid in sorted(fused, key=lambda cid: -fused[cid])]


def _without_names(question: str, names: Sequence[str]) -> str:
    """The question without the agreements' names and the words leading to them (« Au Collège Bourget, »), nor
    connectors and asking words at its ends (« Chez les Cris, le délai pour déposer un grief c'est combien ? » ->
    « délai pour déposer un grief »)."""
    pattern = "|".join(rf"\b(?:(?:au|à la|à l'|aux|chez les|chez|dans l'|dans la|de la|du)\s+)?{re.escape(n)}\b"
                       for n in sorted(names, key=len, reverse=True))
    text = re.sub(pattern, " ", question, flags=re.IGNORECASE) if pattern else question
    words = re.sub(r"\s+", " ", text).strip(" ,;:?!.").split(" ")

    def loose(word: str) -> bool:
        word = word.strip(",;:?!.")
        return not word or _connector(word) or fold(word).replace("’", "'") in _ASKING

    while words and loose(words[0]):
        words.pop(0)
    while words and loose(words[-1]) and not _school_term([w.strip(",;:?!.") for w in words], len(words) - 2):
        words.pop()
    return " ".join(words).strip(" ,;:?!.")


def best_sentence(hit: Hit, question: str, min_words: int = 0) -> str:
    """The hit's sentence closest to the question: its best sentence unit when retrieval scored
    them, else the sentence sharing most words with the question (a verbatim slice); one of at
    least ``min_words`` words (clause numbers left out) when there is one, not a heading
    (« Section II Harcèlement psychologique 10-9.09 »); a sentence ending with « : » runs on to
    the next one (the list item it introduces)."""
    text = hit.chunk.text
    spans = split_sentences(text) or [(0, len(text))]

    def long_enough(span: Sequence[int]) -> bool:
        return len(CLAUSE_NUMBER_IN_TEXT.sub(" ", text[span[0]:span[1]]).split()) >= min_words

    def content(span: Sequence[int]) -> bool:  # not « 52) La section II qui suit est ajoutée … »
        return not amending(text[span[0]:span[1]])

    if hit.unit_similarities:
        units = sorted(hit.unit_similarities, key=lambda u: (not content(u), -u[2]))
        start, end, _ = next((u for u in units if long_enough(u) and content(u)), units[0])
    else:
        words = set(tokenize(question))
        ranked = sorted(spans, key=lambda s: (not content(s), -len(words & set(tokenize(text[s[0]:s[1]]))), s[0]))
        start, end = next((s for s in ranked if long_enough(s) and content(s)), ranked[0])
    # « B) En cas de décès de son père … : » says what follows; a heading (« A) Frais et honoraires de
    # l'arbitre », no closing mark) is read with the sentence after it
    if text[start:end].rstrip().endswith(":") or not _CLOSED.search(text[start:end].rstrip()):
        end = next((b for a, b in spans if a >= end), end)
    return text[start:end].strip()



# « 52) La section II qui suit est ajoutée après la clause 10-9.08: », « 5) La clause 3-6.06 est remplacée par ce qui
# suit : », « 68) L'annexe IX … est abrogée. »: an agreement amending another says where its text goes, not a rule
_AMENDING = re.compile(r"^\W*(?:\d+\)\s*)?(?:l[ea]s?\s+|l['’]\s*)(?:titre|clauses?|sections?|articles?|annexes?|"
                       r"chapitres?|paragraphes?|alinéas?)\b[^«]{0,150}?\b(?:est|sont)\s+(?:remplacée?s?|ajoutée?s?|"
                       r"abrogée?s?|modifiée?s?)\b", re.IGNORECASE)
# a sentence closed by a mark (not a heading such as « A) Frais et honoraires de l'arbitre »)
_CLOSED = re.compile(r"[.;:!?»)]$")


def amending(sentence: str) -> bool:
    """Whether a sentence only says how an agreement amends another (« La clause 3-6.06 est remplacée par ce qui
    suit : »)."""
    return bool(_AMENDING.match(sentence))


def _content_start(text: str) -> int:
    """Where a passage's content starts: after its opening amending instructions and bare clause numbers
    (« 5) La clause 3-6.06 est remplacée par ce qui suit : « 3-6.06 »)."""
    start = 0
    for a, b in split_sentences(text):
        sentence = text[a:b]
        if not (amending(sentence) or not CLAUSE_NUMBER_IN_TEXT.sub("", sentence).strip(" «»-–\n\t")):
            break
        start = b
    rest = text[start:]
    return start + len(rest) - len(rest.lstrip()) if rest.strip() else 0


@dataclass(frozen=True)
class SidePick:
    """A clause a comparison side may quote: its passage, its sentence, the share of the topic's
    words the sentence holds, whether it counts in the question's unit, whether its article is named
    after the topic."""

    chunk: Chunk
    quote: str
    coverage: float
    in_unit: bool
    titled: bool = False  # a clause of the article named after the topic (« 6-3.00 Congés de maladie »): on topic
    asked: float = 0.0  # the share of the question's own words its clause holds (``_asked_share``), when read
    held: float = 0.0  # a side's first clause: the most of the topic's words a candidate of its article holds
    # a side's first clause: the candidate shown instead when the side would be said to have no clause, one holding
    # enough of the topic not to be (``compare_absent_share``) and more of it and of the question's own words
    alternative: "SidePick | None" = None
    case: bool = False  # its sentence names the case the question tells (:mod:`assistant.told_case`)

    @property
    def article(self) -> str | None:
        return self.chunk.article or self.chunk.annex

    def names(self, clause_id: str) -> bool:
        """Whether the clause's text names ``clause_id`` (« Aux fins d'application de la clause 10-1.02 »)."""
        return clause_id != self.chunk.clause_id and clause_id in CLAUSE_NUMBER_IN_TEXT.findall(self.chunk.text)


def _run_on(text: str) -> list[tuple[int, int]]:
    """The text's sentences, one ending with « : » run on to the next (« A) En cas de décès de sa conjointe
    … : » then « 7 jours consécutifs … »: the list item it introduces)."""
    spans = split_sentences(text)
    return [(a, spans[i + 1][1] if text[a:b].rstrip().endswith(":") and i + 1 < len(spans) else b)
            for i, (a, b) in enumerate(spans)]


# a list item (« - c) s'il s'est écoulé plus 24 mois … », « 2) 30 jours pour chaque membre … »)
_LIST_ITEM = re.compile(r"^\W*(?:[-–•]\s*)?(?:[a-zA-Z]|\d{1,2})\)\s")


# the end of a paragraph: a closed sentence, then a blank line (« … par l'Association\n\nau Collège. » is one)
_PARAGRAPH_END = re.compile(r"[.;:!?»]\s*\n\s*\n")


def _in_context(text: str, chars: int) -> list[tuple[int, int, str]]:
    """The text's sentences (:func:`_run_on`), each with what it reads in: a list item with the sentence
    introducing its list (« L'ancienneté ne se perd que pour l'une ou l'autre des raisons suivantes : » for « c)
    s'il s'est écoulé plus 24 mois … »), another with the sentences of its paragraph in the ``chars`` characters
    before it (« Chaque membre du comité exécutif … être libéré … » for « Le total des jours … dix (10) jours »),
    a list item without an opening sentence with nothing."""
    found: list[tuple[int, int, str]] = []
    intro = ""
    for (start, end), (raw_start, raw_end) in zip(_run_on(text), split_sentences(text)):
        sentence = text[start:end]
        if _LIST_ITEM.match(sentence):  # never its neighbours (« f) le changement de domicile » after « e) le
            found.append((start, end, intro))  # mariage … »)
        else:
            intro = ""
            before = text[max(0, start - chars):start]
            breaks = list(_PARAGRAPH_END.finditer(before))  # its own paragraph only (a break after an unclosed
            found.append((start, end, before[breaks[-1].end():] if breaks else before))  # line is no break)
        if text[raw_start:raw_end].rstrip().endswith(":"):
            intro = text[raw_start:raw_end]
    return found


# « Toutefois, le maximum d'un (1) jour par année est porté à 2 … »: a sentence changing the count before it
_EXCEPTION = re.compile(r"\s*(?:[-–•]\s*)?(?:toutefois|cependant|malgré|sauf)\b", re.IGNORECASE)


def _with_exception(text: str, quote: str, wanted: frozenset[str] = frozenset(), share: float = 2.0) -> str:
    """A counted quote run on to its passage's next sentence when that one gives a count too and opens with
    « Toutefois », « Cependant » … (the count's exception: « porté à 2 lorsque … ») or holds ``share`` of the
    topic's words ``wanted`` (the rule's next count: « … peuvent convenir d'un retour progressif » then « La
    période d'invalidité … se poursuit durant la période de retour progressif … 104 semaines »)."""
    start = text.find(quote)
    if start < 0:
        return quote
    end = start + len(quote)
    following = next(((a, b) for a, b in split_sentences(text) if a >= end), None)
    if following is None or not _COUNT.search(text[following[0]:following[1]]) or _LIST_ITEM.match(
            text[following[0]:following[1]]) or re.match(r"\s*[-–•]", text[following[0]:following[1]]):
        return quote  # a list's next item is another rule
    next_sentence = text[following[0]:following[1]]
    same_paragraph = not _PARAGRAPH_END.search(text[end - 1:following[0] + 1])
    if not (_EXCEPTION.match(text[end:following[1]]) or _share(wanted, next_sentence) >= share or (
            same_paragraph and _share(wanted, next_sentence) > 0 and _share(wanted, quote + " " + next_sentence)
            >= share)):
        return quote
    return text[start:following[1]].strip()


#: Derived words whose Snowball stems part (« plainte » plaint, « plaignante » plaign): one family token each
_FAMILIES = {"plaign": "plaint", "anne": "an", "deced": "deces",  # « années » anne, « ans » an; « décède » deced
             # a noun and its verb: « choix » and « choisit », « impression » and « imprimé », « nomination » and
             # « nomme » (« Qui choisit l'arbitre » and Bourget 10-2.03 « le choix d'un arbitre »)
             "choix": "chois", "impress": "imprim", "nomin": "nomm",
             "journ": "jour"}  # « journée » and « jour » (« Une journée normale de travail » and the CNCEC's « Pour
# chaque jour au calendrier scolaire … 6,4 heures »)
#: Stems sharing their first 7 letters are one word (« syndical » and « syndicat », « remplacement » and
#: « remplaçant »); shorter ones must be equal
_SAME_PREFIX = 7


# the hyphen inside a compound word (« beau-frère », « grand-mère », « non-rengagement »)
_COMPOUND = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def topic_words(text: str) -> list[str]:
    """The BM25 tokens a topic is matched with, a compound word one token (« beau-frère » is not « frère »:
    « le décès d'un frère » and the Cris « décès … de son beau-frère … : 3 jours »), the interrogative particle of
    spoken Québec French left out (« l'arbitre peut-tu »: « peut », not a word « peuttu » no passage holds)."""
    return tokenize(_COMPOUND.sub("", _TU_PARTICLE.sub(r"\1", text)))


def _family(token: str) -> str:
    token = _FAMILIES.get(token, token)
    return token[:_SAME_PREFIX] if len(token) >= _SAME_PREFIX else token


def _phrases_of(text: str) -> set[Phrase]:
    """The phrases of a text (:func:`assistant.told_case.phrases`): its topic words' families in reading order,
    numbers left out."""
    return phrases(_words_of(text))


def _words_of(text: str) -> list[str]:
    """A text's topic words' families in reading order, numbers left out."""
    return [_family(t) for t in topic_words(text) if not t[0].isdigit()]


def _share(wanted: frozenset[str], text: str) -> float:
    """The share of the topic's words (BM25 tokens, a word's derivations read as it: « plainte » meets
    « plaignantes », « syndical » meets « Syndicat ») that ``text`` holds."""
    if not wanted:
        return 0.0
    held = {_family(t) for t in topic_words(text)}
    return sum(_family(t) in held for t in wanted) / len(wanted)


def asked_unit(question: str) -> re.Pattern | None:
    """The unit a question counts in (« combien de jours », « délai », « plus de jours », « moins d'heures »),
    None when it names none."""
    unit = question_unit(question)
    if unit is None:
        more = _MORE_OF.search(question)
        if more and not _THAN_PERSON.match(question, more.end()):
            unit = question_unit("combien " + more.group(1) + question[more.end():])
    if unit is None:
        measured = _MORE_IN.search(question)  # « lequel est plus exigeant en années de service »
        if measured:
            unit = question_unit("combien d'" + question[measured.end():])
    return unit


_CONNECTORS = frozenset("si ma mon mes où comme autant "
                        "de du des d la le les l et entre pour chez dans à a au aux en sur quelle quel quels quelles "
                        "est sont c ce qui que quoi y il elle les l' entente convention accord commission scolaire "
                        "collège un une ou qu ceux celui celle celles pis ça ca tu on je j ai".split())
#: A segment opening with these words asks about the topic (« combien de jours », « ça prend effet quand »):
#: it is the topic only when no other segment is left.
_ASKING = frozenset("combien quand comment pourquoi est-ce qu'est-ce quel quelle quels quelles ça ca pis "
                    "y-a-t-il lequel laquelle".split())
#: A segment holding one of these anywhere asks about the topic too (« j'ai droit à combien de jours »).
_ASKED_INSIDE = frozenset("combien quand quel quelle quels quelles".split())  # (« elle commence pis finit à
# quelle heure »: what is asked of « Ma journée de travail », not the topic)
#: Words left out at the end of a run cut before « combien » (« … du dossier au bout de combien de temps », the
#: asking verb of « l'année de travail compte combien de jours »).
_ASKING_TAIL = frozenset("bout droit faut temps compte comptent dure durent donne donnent reste prend accorde".split())
_UNITS = frozenset("jours jour journees journee heures heure semaines semaine mois ans annees annee minutes "
                   "periodes".split())
#: What a side's part may ask of it without saying its case (« Et au Collège Bourget, y a-tu un montant pour ça ? »)
_ASKED_THINGS = frozenset("montant montants somme sommes taux nombre durée délai délais date règle règles".split())
#: Forms of « être », « avoir » and « faire » saying nothing of a side (« quand je suis en disponibilité »)
_BARE_VERBS = frozenset("suis es est sommes êtes sont ai as avons avez ont fais fait faut".split())
_SEGMENT_END = re.compile(r"[,:;?!()«»]|\s[-–]\s")


def _connector(word: str) -> bool:
    """A word left out at a topic's ends: a connector, or one made of connectors (« c'est », « qu'est-ce »)."""
    if _INVERTED.search(word):  # « donne-t-elle », « prévoit-il »: the question's verb
        return True
    parts = [p for p in re.split(r"['’-]", fold(word)) if p]
    return all(p in _CONNECTORS | {"e", "er", "ons", "ez", "est-ce"} for p in parts)


# a verb asking, its subject after it (« donne-t-elle », « prévoit-il », « accordent-ils »)
_INVERTED = re.compile(r"^[^\W\d_]+-(?:t-)?(?:il|elle|ils|elles|on)$", re.IGNORECASE)


#: Words opening a condition (« si », « s'il », « lorsque »): a run of the question starting with one is the topic only
#: when no run other than those asking about it is left
_CONDITION = frozenset("si s' lorsque lorsqu'".split())


#: Words after which « quand » opens a clause (« congé quand mon beau-frère décède »), not a question
_CLAUSE_START = frozenset("mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs le la les l un une des "
                          "je j tu il elle on nous vous ils elles c ce cet cette".split())


def _conjunction(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is « quand » opening a clause with its subject (« quand mon beau-frère décède »), not
    asking when (« ça prend effet quand », « quand est-ce que »)."""
    if fold(words[i]) != "quand" or i + 1 >= len(words):
        return False
    following = [p for p in re.split(r"['’]", fold(words[i + 1])) if p]
    return bool(following) and following[0] in _CLAUSE_START and not fold(words[i + 1]).startswith("est-ce")


def _asks_who(words: Sequence[str]) -> bool:
    """Whether a run only asks who of the topic: it opens with « qui » or « c'est qui » and holds one topic word or
    none (« c'est qui qui la fixe »; not « Qui peut changer mes tâches en cours d'année », the topic itself)."""
    folded = [fold(w).replace("’", "'") for w in words[:2]]
    return (folded[:1] == ["qui"] or folded == ["c'est", "qui"]) and len(topic_words(" ".join(words))) < 2


def _school_term(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` and the next word are « année scolaire » (a term both agreements define: Bourget 1-2.07,
    Cris 1-1.05), « L'année scolaire » too (DEV Q1538: the topic was « L'année »), not a unit counted then
    « scolaire », a connector left of « commission scolaire »."""
    return (0 <= i < len(words) - 1 and re.sub(r"^\w['’]", "", fold(words[i])) in {"annee", "annees"}
            and fold(words[i + 1]) in {"scolaire", "scolaires"})


def _after_asked(words: list[str]) -> list[str]:
    """The words after « combien » without the unit counted (« de temps sans rappel … » -> « sans rappel … »)."""
    words = list(words)
    while words and (_connector(words[0]) or fold(words[0]) in _UNITS | _ASKING_TAIL):
        words.pop(0)
    return words


def topic_of(question: str, names: Sequence[str] = (), knows: Callable[[str], bool] | None = None) -> str:
    """What is compared: the longest run of the question left once the comparison words, the
    document names and punctuation split it, connectors trimmed at its ends (« Compare les congés de
    maladie de Bourget et de l'entente crie » -> « congés de maladie »); a run asking about the
    topic (« combien de jours par année ») only when no other is left; a run holding no word the
    agreements use (``knows``: « Je vais être papa au printemps ») only when no other is left, one over
    ``_TOPIC_CHARS`` characters only when no shorter one is."""
    pattern = "|".join([_COMPARE.pattern, _SAME.pattern, _SEGMENT_END.pattern]
                       + [rf"\b{re.escape(n)}\b" for n in sorted(names, key=len, reverse=True)])
    found: list[_Run] = []
    first_end = re.search(pattern, question, flags=re.IGNORECASE)
    told, (prelude, first_asking) = _told(question), _prelude(question)
    quoted = {fold(term) for term in quoted_terms(question)}
    delimiters = list(re.finditer(pattern, question, flags=re.IGNORECASE))
    starts = [0] + [m.end() for m in delimiters]
    for index, segment in enumerate(re.split(pattern, question, flags=re.IGNORECASE)):
        fronted = index == 0 and _fronted(segment, first_end)
        begins = starts[index] + len(segment) - len(segment.lstrip())
        statement = any(a <= begins < b for a, b in told)
        in_prelude = any(a <= begins < b for a, b in prelude)
        # a run of the first sentence asking with « ? » that an agreement's name or a comparison word closes (« Congé
        # pour mariage au Collège vs chez les Cris »): what the agreements are set side by side on
        opening = (first_asking is not None and first_asking[0] <= begins < first_asking[1]
                   and index < len(delimiters) and not _SEGMENT_END.fullmatch(delimiters[index].group()))
        aside = index > 0 and question[starts[index] - 1] == "("  # « (on espère jamais) »: said by the way
        words = _before_relative(_without_own(re.findall(r"[\w'’-]+", segment or "")))
        words_asked = list(words)
        when = bool(_WHEN_RUN.match(" ".join(words)))
        inside = next((i for i, w in enumerate(words) if fold(w) in _ASKED_INSIDE and not _conjunction(words, i)),
                      None)
        if inside is not None and inside >= 2:  # « mesure disciplinaire est retirée du dossier au bout de combien
            before = words[:inside]  # de temps » -> « mesure disciplinaire est retirée du dossier »
            while before and (_connector(before[-1]) or fold(before[-1]) in _ASKING_TAIL):
                before.pop()
            # nothing before it but « au bout de » (« au bout de combien de temps sans rappel on perd son ancienneté »
            # -> « sans rappel on perd son ancienneté »), or less than after it (« L'arbitre a combien de temps pour
            # rendre sa décision après l'audition » -> « rendre sa décision après l'audition »): what follows
            after = _after_asked(words[inside + 1:])
            words = after if len(after) > len(before) or not topic_words(" ".join(before)) else before
        elif inside == 1:  # « après combien de mois une mesure … est-elle retirée » -> « mesure … est-elle retirée »
            words = words[1:]
        while words and _connector(words[-1]) and not _school_term(words, len(words) - 2):
            words.pop()
        asking = bool(words) and (fold(words[0]).replace("’", "'") in _ASKING or inside is not None
                                  or _asks_who(words)) and not _yes_no(words)
        condition = _opens_condition(words)
        # « Si l'employeur m'envoie … » : a condition (see _with_condition)
        while words and (_connector(words[0]) or (asking and fold(words[0]).replace("’", "'") in _ASKING | _UNITS
                                                   | {"temps"} and not _school_term(words, 0))):
            words.pop(0)  # « combien de jours de congés de maladie » -> « congés de maladie »
        if [fold(w) for w in words[:2]] == ["avoir", "droit"]:  # « pour avoir droit à un congé … » -> « congé … »
            words = words[2:]
            while words and _connector(words[0]):
                words.pop(0)
        if len(words) > 3 and fold(words[0]) in _UNITS and _connector(words[1]):  # « jours de congé pour un
            words = words[2:]  # déménagement » -> « congé pour un déménagement »: the question's unit, not its topic
            # (not « heures en trop »: one word left is no topic)
        text = " ".join(words)
        # « y a-tu quelque chose de semblable »; « comparé aux profs de la Commission scolaire crie »: whom the
        # agreements are asked for, not what (blind Q1978's topic was « profs »)
        # (not a staff the question sets in quotes, asking what the word means: « Qui est considéré comme
        # « enseignant » », DEV Q1404)
        vague = all(fold(w) in _VAGUE or _connector(w) for w in words) or (
            bool(words) and not _without_staff(text) and fold(text) not in quoted)
        if len(text) >= 3:
            known = knows is None or any(knows(w) for w in topic_words(text))
            found.append(_Run(text, not asking, known, condition, when, fronted and not asking, statement, aside, vague,
                              in_prelude, opening, _asker_asks(words_asked)))
    return _with_condition(found)


# a sentence of the question and the spaces after it
_SENTENCE = re.compile(r"[^.?!]*(?:[.?!]+|$)\s*")


def _told(question: str) -> list[tuple[int, int]]:
    """The spans of the question's sentences that ask nothing (closed by « . » or « ! », not « ? ») after one that
    asks (« … prévenir le harcèlement psychologique ? Moi chu au Collège, ma chum enseigne à la CS crie. »): they tell
    whom it is asked for, the question before them asks what is compared. A case told first (« Je veux me désister de
    mon sabbatique … ; on est en mai. Je peux-tu encore ? ») is what the question asks about: not told here. A later
    sentence asking only whether what it tells is so (a tag question: « Mon chum travaille au Collège Bourget pis il
    me dit que c'est plus court chez eux, c'est-tu vrai ? », DEV Q1953) tells too."""
    sentences = [(m.start(), m.end(), m.group().rstrip()) for m in _SENTENCE.finditer(question) if m.group().strip()]
    first = next((i for i, (_, _, text) in enumerate(sentences) if text.endswith("?")), len(sentences))
    return [(a, b) for a, b, text in sentences[first + 1:] if not text.endswith("?") or _tagged(text)]


# a sentence of the question closed by « . », « ! » or « ? » before a space or the end (not the « . » of « 6-1.02 »)
_CLOSED_SENTENCE = re.compile(r".*?(?:[.?!]+(?=\s|$)|$)\s*", re.DOTALL)


def _prelude(question: str) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """The spans of the question's sentences closed by « . » or « ! » before its first sentence closed by « ? »
    (« Je me marie en juillet! » before « Congé pour mariage au Collège vs chez les Cris, c'est-tu pareil? »): they
    tell the case before the question asks; and the span of that first asking sentence. None of either when no
    sentence asks with « ? »."""
    sentences = [(m.start(), m.end(), m.group().rstrip()) for m in _CLOSED_SENTENCE.finditer(question)
                 if m.group().strip()]
    first = next((i for i, (_, _, text) in enumerate(sentences) if text.endswith("?")), None)
    if first is None:
        return [], None
    return [(a, b) for a, b, _ in sentences[:first]], sentences[first][:2]


# a question tag closing a sentence (« …, c'est-tu vrai ? », « …, c'est ça ? », « …, hein ? », « …, non ? »): it asks
# whether what the sentence tells is so, nothing more
_TAG = re.compile(r",\s*(?:(?:c['’]est|est-ce)(?:-tu|-ti)?\s+(?:(?:bien\s+)?vrai|ça|correct|exact)|(?:pas\s+)?vrai|"
                  r"hein|non|right|correct|exact|n['’]est-ce\s+pas)\s*\?+$", re.IGNORECASE)


#: Words asking a thing of their own (« combien », « quand », « quel », « comment », « qui », « où » …): a sentence
#: holding one before its tag asks more than whether it is so
_ASKING_A_THING = _ASKED_INSIDE | frozenset("comment pourquoi qui où lequel laquelle lesquels lesquelles".split())


def _tagged(sentence: str) -> bool:
    """Whether a sentence closed by « ? » asks only its tag (``_TAG``): no word asking a thing before it
    (``_ASKING_A_THING``; « où », not « ou »)."""
    tag = _TAG.search(sentence)
    return tag is not None and not any(w.lower().replace("’", "'") in _ASKING_A_THING
                                       for w in re.findall(r"[\w'’-]+", sentence[:tag.start()]))


# a noun phrase opening the question (« Le congé sans solde d'un an : », « Pour la formation des profs, »)
_FRONTED_START = re.compile(r"^\s*(?:pour\s+)?(?:l['’]|(?:le|la|les|un|une|du|des|mon|ma|mes|notre|nos)\s)",
                            re.IGNORECASE)


def _fronted(segment: str, end: re.Match | None) -> bool:
    """Whether the question's first run names what the rest asks about: a noun phrase (a determiner first, « pour »
    before it or not, no bare « est », « faut », no relative clause, not « Une fois signée ») closed by a colon or a
    comma with more asked after it
    (« Le congé sans solde d'un an : y a-tu une limite au nombre de profs qui peuvent le prendre … ? », « Pour la
    formation des profs, y a-tu de l'argent prévu chaque année ? »). Not « Mon fils est malade, … »."""
    words = [w.lower().replace("’", "'") for w in re.findall(r"[\w'’-]+", segment)]
    return (end is not None and end.group() in {",", ":"} and bool(end.string[end.end():].strip())
            and bool(_FRONTED_START.match(segment)) and words[:2] != ["une", "fois"]
            and not any(fold(w) in _BARE_VERBS or w in _FRONTED_VERBS or w.startswith("qu'") for w in words))


#: Words giving a run a verb of its own (a relative clause: « Les profs qui siègent au comité avec l'employeur, … »,
#: DEV Q804): it says who or which, more than it names
_FRONTED_VERBS = frozenset("qui que où dont lequel laquelle lesquels lesquelles auquel auxquels".split())


#: Words that, before « que », open a clause saying when (« Après que le syndicat a déposé mon grief », « Une fois
#: que l'arbitre a rendu sa sentence »): a condition too
_TIME_CONDITION = frozenset(fold(w) for w in "après pendant dès avant fois".split())


#: « pendant mon contrat de sabbatique », « durant mon congé »: the teacher's own time a case happens in (with a
#: possessive), a condition too (DEV Q1669's topic was « pendant mon contrat de sabbatique à traitement différé », not
#: « j'aimerais prendre un congé sans solde d'un an et demi » it asks about)
_DURING = frozenset(fold(w) for w in "pendant durant".split())


def _opens_condition(words: Sequence[str]) -> bool:
    """Whether a run opens with a condition (« si », « lorsque ») or a clause saying when (« après que », « pendant
    que », « une fois que »): it says when, not what (see _with_condition)."""
    folded = [re.sub(r"['’].*", "'", fold(w)) for w in words[:3]]
    if folded[:1] == ["une"]:
        folded = folded[1:]
    return bool(folded) and (folded[0] in _CONDITION
                             or len(folded) >= 2 and folded[0] in _TIME_CONDITION and folded[1] in {"que", "qu'"}
                             or len(folded) >= 2 and folded[0] in _DURING and folded[1] in _OWN)


def _yes_no(words: Sequence[str]) -> bool:
    """Whether a run asks yes or no of a thing it names (« est-ce que ces années-là comptent dans mon ancienneté »,
    « est-ce que le syndicat pis l'employeur se rencontrent »): « est-ce que » and two topic words or more, units aside, no
    « combien » or « quand » inside. Such a run is what is asked, not a circumstance (a condition « Si j'ai travaillé
    pour l'employeur … » or a time « Après que le syndicat a déposé mon grief » before it gives way)."""
    if not words or fold(words[0]) != "est-ce":
        return False
    rest = list(words[1:])
    while rest and _connector(rest[0]):
        rest.pop(0)
    return (not any(fold(w) in _ASKED_INSIDE for w in rest)
            and len([w for w in rest if fold(w) not in _UNITS and topic_words(w)]) >= 2)


def _asker_asks(words: Sequence[str]) -> bool:
    """Whether a run asks yes or no of the asker's own doing (« est-ce que je garde mon ancienneté », « est-ce qu'on
    peut essayer une médiation »): a condition before it (« Si je démissionne pis que l'employeur me réengage … »)
    does not give way to it (``_with_condition``). Such a run was cut whole as a relative clause before ab C1a; kept
    plain there, it took the place of the condition: DEV sides right 481 -> 477, Q795 Q797 Q1405 lost their case."""
    folded = [fold(w).replace("’", "'") for w in words[:3]]
    return folded[:1] == ["est-ce"] and (folded[1:2] == ["qu'on"] or (
        folded[1:2] == ["que"] and len(folded) > 2 and (folded[2] in _ASKER or folded[2].startswith("j'"))))


# « Ma sœur est au Collège Bourget pis elle se demande la même affaire. », « Pis chez les Cris, même affaire ? »: a
# piece naming one agreement that asks it what the other is asked, its own words only whom (« sœur »), not a case of
# its own (blind16 Q2078: Bourget was searched for « sœur » and quoted 6-1.02's « décès … de sa sœur »)
_POINTS_BACK = re.compile(r"\bm[êe]mes?\s+(?:chose|affaire|question|situation)s?\b", re.IGNORECASE)


# words that name nothing but point back at a thing another run names (« y a-tu quelque chose de semblable », « la même
# chose », « ça »): no topic (blind Q1987)
_VAGUE = frozenset(fold(w) for w in "quelque chose choses semblable semblables similaire similaires équivalent "
                   "équivalente pareil pareille pareils ça cela ceci genre".split()) | {
    # « Chez les Cris d'abord, pis au Collège ? »: the order the sides are asked in (blind16 Q2079's topic was « d'abord »)
    "d'abord", "d’abord", "ensuite"}


@dataclass(frozen=True)
class _Run:
    """A run of the question that may be its topic (``topic_of``): its words, whether it asks nothing (``plain``),
    whether the agreements use one of its words (``known``), whether it opens with a condition (``condition``)."""

    text: str
    plain: bool
    known: bool
    condition: bool
    when: bool = False  # it only says when (« Au début de l'année »)
    fronted: bool = False  # it opens the question, naming what the rest asks about (``_fronted``)
    told: bool = False  # it is in a sentence telling the case, not asking (``_told``)
    aside: bool = False  # it is said in parentheses, by the way (« (on espère jamais) »)
    vague: bool = False  # it only points back at what another run names (« quelque chose de semblable »), or only
    # names whom (« aux profs »)
    prelude: bool = False  # it is in a sentence told before the question asks (``_prelude``)
    opening: bool = False  # it is in the question's first sentence asking with « ? » (``_prelude``)
    asker: bool = False  # it asks yes or no of the asker's own doing (``_asker_asks``)

    def topic_words(self) -> int:
        """How many of its words are topic words, units aside."""
        return len([w for w in self.text.split() if fold(w) not in _UNITS and topic_words(w)])


def _with_condition(found: Sequence[_Run]) -> str:
    """The topic among the runs found (``topic_of``). A run opening with a condition (« Si l'employeur m'envoie à une
    rencontre ailleurs avec mon auto ») says when, not what: it gives way to a run of two known topic words or more
    (units aside) asking nothing (« mes frais de déplacement sont remboursés comment »), not to « jours de congé ».
    A run saying only when (« Au début de l'année, on me donne combien de jours de maladie ») or holding no topic word
    (« est-ce plus ou moins ») gives way to any other. A run opening the question and naming what the rest asks about
    (``_Run.fronted``) goes before the run chosen when that one asks nothing either (« formation des profs — l'argent
    prévu chaque année »). A run said in parentheses (« Si mon conjoint décède (on espère jamais), combien de jours
    … ? », blind Q1994) is an aside: it gives way to any run outside them holding a topic word. A run naming
    nothing but « quelque chose », « la même chose » or « ça » (« Au Collège y a-tu quelque chose de semblable ? », blind
    Q1987) points back at the topic another run names: it holds no topic word."""
    if not found:
        return ""
    plain = any(r.plain and r.known and not r.condition and not r.asker and r.topic_words() >= 2 for r in found)
    asked = any(r.plain and r.known and not r.told and r.topic_words() >= 2 for r in found)

    def key(r: _Run) -> tuple:
        return (not r.when and not r.vague and bool(topic_words(r.text)), not r.aside, r.plain and not (r.condition and plain),
                not (r.told and asked), r.known, len(r.text) <= _TOPIC_CHARS, len(r.text))
    best = max(found, key=key)
    # a run of a sentence that only tells whose case it is gives way to a run of the question's asking sentence
    # holding two known topic words or more, even one that asks (« Chez les Cris on a combien de temps pour loger un
    # grief après l'événement ? Mon chum travaille au Collège Bourget … » -> « loger un grief après l'événement », not
    # « chum travaille », DEV Q1953)
    # so does a run of a sentence told before the question asks (« Je me marie en juillet! Congé pour mariage au
    # Collège vs chez les Cris, c'est-tu pareil? » -> « Congé pour mariage », not « me marie en juillet », blind
    # Q1995): the asking sentence names what both agreements are asked; a case told first stays the topic when the
    # asking sentence names no thing of its own that asks nothing (« Mon frère est décédé la semaine passée. … j'ai
    # droit à combien de jours ? »; « On a déposé un grief pis on hésite à aller en arbitrage. Au Collège on a combien
    # de temps pour aviser qu'on l'amène en arbitrage … ? », blind Q2013)
    if best.told:
        best = max((r for r in found if not r.told and not r.when and r.known and r.topic_words() >= 2),
                   key=key, default=best)
    elif best.prelude:  # (a run of that first asking sentence: not « Pis au Collège, c'est quoi les pouvoirs de
        # l'arbitre là-dessus ? » after « À mon arbitrage chez les Cris, un témoin important veut pas venir. L'arbitre
        # peut-tu l'obliger ? », DEV Q1665)
        best = max((r for r in found if r.plain and r.opening and not r.when and not r.vague and r.known
                    and r.topic_words() >= 2), key=key, default=best)
    fronted = next((r for r in found if r.fronted and r.known and topic_words(r.text)), None)
    if fronted is not None and fronted is not best and best.plain and not best.condition and not best.when:
        return f"{fronted.text} — {best.text}"
    return best.text


# « mon propre mariage », « sa propre classe »: « propre » after a possessive says whose, not what (no agreement
# writes « propre mariage »: Cris 5-14.02 F) « Le mariage … de l'enseignante ou l'enseignant »)
_OWN = frozenset("mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs".split())
#: Words opening a noun phrase (« aux critères de compétences »): where the thing a heading names starts after the
#: question's verb
_NOUN_START = _OWN | frozenset("le la les l un une des du au aux".split())


# « Au début de l'année », « en cours d'année », « pendant l'été », « En une année »: a run saying when, not what
_WHEN_RUN = re.compile(r"^(?:(?:au|à la|à|en|durant|pendant|lors|dès|avant|après)\s+)?(?:(?:début|fin|cours|milieu)"
                       r"\s+(?:de\s+|d['’]|du\s+)?)?(?:l['’]\s*|la\s+|le\s+|les\s+|chaque\s+|cette\s+|mon\s+|ma\s+|une?\s+)?"
                       r"(?:années?|ans?|mois|semaines?|journées?|jours?|été|hiver|automne|printemps|étapes?)$",
                       re.IGNORECASE)
# « le congé auquel j'ai droit », « le montant que je reçois », « les jours dont j'ai besoin »: a relative clause of
# the asker says whose, not what (the topic is its head, « congé »)
_RELATIVE = frozenset("auquel auxquels auxquelles dont que qu' qu'on".split())
_ASKER = frozenset("j'ai je j' on tu t'as nous vous".split())
#: « est-ce » before « que »: the question asks, no relative clause follows
_ASKS_THAT = frozenset("est-ce qu'est-ce".split())


_RESUMES = frozenset("pour lors dans en à au aux de du des d' si quand après avant pendant".split())


def _before_relative(words: Sequence[str]) -> list[str]:
    """A run's words without a relative clause of the asker, up to the preposition resuming the topic (« congé auquel
    j'ai droit pour le décès de mon père » -> « congé pour le décès de mon père »)."""
    folded = [fold(w).replace("’", "'") for w in words]
    # (not the « que » of « est-ce que » / « qu'est-ce que », which asks: « Est-ce qu'on peut essayer une médiation
    # avant l'arbitrage » kept « avant l'arbitrage » alone, « est-ce que je peux prendre un congé sans solde » nothing)
    start = next((i for i in range(1, len(words)) if folded[i] in _RELATIVE and folded[i - 1] not in _ASKS_THAT and
                  (i + 1 < len(words) and (folded[i + 1] in _ASKER or folded[i + 1].startswith("j'"))
                   or folded[i] == "qu'on")), None)
    if start is None:
        return list(words)
    end = next((i for i in range(start + 2, len(words)) if folded[i] in _RESUMES or folded[i].startswith("d'")),
               len(words))
    return list(words[:start]) + list(words[end:])


def _without_own(words: Sequence[str]) -> list[str]:
    """A run's words without « propre(s) » after a possessive (« mon propre mariage » -> « mon mariage »)."""
    return [w for i, w in enumerate(words)
            if not (i and fold(w) in {"propre", "propres"} and fold(words[i - 1]) in _OWN)]


#: A run of the question longer than this is the topic only when no shorter one is left (« le syndicat peut faire
#: mettre un vendredi pis un lundi de congé au calendrier pour son congrès »). Hand-set: the topic's length limit
#: since the first version (it was a hard limit then).
_TOPIC_CHARS = 80


def _count_value(count: str) -> tuple[float, str] | None:
    """A count's number and unit, comparable across agreements: « dix (10) jours ouvrables » -> (10, "jour
    ouvrable"), « une (1) journée ouvrable » -> (1, "jour ouvrable"); None for a fraction."""
    number = re.search(r"\d+(?:,\d+)?(?:[./]\d+)?", count)
    if number is None or re.search(r"[./]", number.group()):
        return None
    words = [w[:-1] if w.endswith("s") and len(w) > 3 else w
             for w in fold(count[number.end():]).replace(")", " ").split()]
    unit = " ".join({"journee": "jour", "an": "annee", "ans": "annee"}.get(w, w) for w in words)
    return float(number.group().replace(",", ".")), unit


def asked_count(quote: str, question: str = "") -> re.Match | None:
    """The quote's count answering the question: in the unit it asks (« lequel est plus exigeant en années de
    service »: « 4 années » before « un (1) an »), the one followed by the words after the unit when several
    (« 4 années de service »), else its first count."""
    counts = list(_COUNT.finditer(quote))
    unit = asked_unit(question) if question else None
    in_unit = [c for c in counts if unit and unit.search(c.group())] or counts
    after = _UNIT_THEN.search(question) if question else None
    words = set(tokenize(re.split(r"[,;:?!.()]", question[after.end():])[0])[:2]) if after else set()
    named = [c for c in in_unit if words and words & set(tokenize(quote[c.end():c.end() + 40]))]
    return (named or in_unit or [None])[0]


# « années de service »: the words after the unit a question counts in say what it counts
_UNIT_THEN = re.compile(r"\b(?:jours?|journées?|semaines?|mois|heures?|ans|années?)\s+(?:de |d')", re.IGNORECASE)


@dataclass(frozen=True)
class _SideCount:
    """A side's first count for « lequel donne plus » (``most_of``): its value and unit (``_count_value``), the
    side's title, its clause and the count verbatim."""

    value: float
    unit: str
    title: str
    clause: str
    count: str


def most_of(question: str, sides: Sequence[tuple[str, Sequence[tuple[str, str, str]]]]) -> str | None:
    """« Lequel donne plus de jours ? »: the side whose first count is the largest, said with each side's
    count verbatim, when the question asks which and every side counts in the same unit (else None)."""
    if not _ASKS_WHICH.search(question):
        return None
    counts: list[_SideCount] = []
    for title, items in sides:
        found = asked_count(items[0][1], question) if items else None
        value = _count_value(found.group()) if found else None
        if value is None:
            return None
        counts.append(_SideCount(value[0], value[1], title, items[0][0], found.group().strip()))
    if len({c.unit for c in counts}) != 1 or len({c.value for c in counts}) != len(counts):
        return None
    counts.sort(key=lambda c: -c.value)
    top = counts[0]
    others = " ; ".join(f"« {c.count} » ({c.title}, {c.clause})" for c in counts[1:])
    return f"**Le plus grand nombre : {top.title} ({top.clause} : « {top.count} »), contre {others}.**"


def _side_by_side(sides: Sequence[tuple[str, Sequence[tuple[str, str, str]]]], question: str = "") -> str:
    """A Markdown table, one column per agreement: each clause's count (« dix (10) jours
    ouvrables », verbatim) or its quote's first words, with its citation."""
    def cell(item: tuple[str, str, str] | None) -> str:
        if item is None:
            return ""
        clause, quote, label = item
        found = asked_count(quote, question)
        if found and asks_who(question) and not re.search(r"[%$]", found.group()):  # who asked: its words, not a
            found = None  # delay (« 15 jours »); a share says who pays (« cinquante pour cent (50 %) »)
        if found:
            return f"{clause} : « {found.group().strip()} » {label}".replace("|", "/").strip()
        words = one_line(quote).split()
        while words and words[0] in ("«", "-", clause):  # the clause number is in the cell already
            words.pop(0)
        short = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
        return f"{clause} : {in_quotes(short)} {label}".replace("|", "/").strip()

    rows = max((len(items) for _, items in sides), default=0)
    lines = ["| " + " | ".join(title.replace("|", "/") for title, _ in sides) + " |",
             "|" + "---|" * len(sides)]
    for row in range(rows):
        lines.append("| " + " | ".join(cell(items[row] if row < len(items) else None) if items or row else
                                      "aucune clause sur ce sujet" for _, items in sides) + " |")
    return "\n".join(lines)



__all__ = ["ComparedSide", "Comparison", "ComparisonAnswers", "amount_asked", "render_comparison", "asked_unit", "best_sentence", "most_of", "topic_of"]
