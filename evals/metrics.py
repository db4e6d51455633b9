"""Metrics on gold items and answer-dump records (pure functions).

A record is one line of ``answers.jsonl`` as described in EVALS.md, so every metric
also works on a dump file alone. The cited passage of a citation is, in order of
preference: the text given in ``cited_texts`` (the harness takes it from the index
by chunk id), else the retrieved passage with the same doc and clause.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Iterable, Mapping, Sequence

import numpy as np

from ingest.normalise import fix_superscripts
from ingest.numbering import ARTICLE_PREFIX
from ingest.tables import french_dates as parse_french_dates

from .gold import QUESTION_TYPES, GoldItem

log = logging.getLogger(__name__)

#: Depths of the hit@k curve.
HIT_DEPTHS = tuple(range(1, 11))
#: Number of retrieved passages (of the gold document) searched for gold clause ids.
CLAUSE_DEPTH = 5
#: Metrics repeated per question type and per document.
KEY_METRICS = (
    "hit@1",
    "hit@5",
    "mrr@10",
    "clause_recall@5",
    "key_fact_recall",
    "all_key_facts",
    "citation_precision",
    "abstention_rate",
    "false_abstention_rate",
)
#: Group name of the items whose doc is null in the per-document breakdown.
NO_DOC = "(none)"

# -- normalisation ------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'"})
_SUPERSCRIPT_LETTERS = str.maketrans({"\u1d49": "e", "\u02b3": "r"})  # 1ᵉʳ -> 1er
_WHITESPACE = re.compile(r"[\s\u200b\ufeff]+")
_PERCENT = re.compile(r"(\d)\s*%")
_NUMBER_WORD = (
    r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|vingts?|trente|quarante|cinquante|soixante|septante|octante|huitante|nonante|cents?|milles?"
    r"|millions?|milliards?|demie?|virgule|premi[eè]re?|[a-zàâçéèêëîïôûùüÿœ]+i[eè]mes?)"
)
#: "quarante (40)", "vingt-cinq (25)", "soixante pour cent (60 %)", "trente-deux virgule cinq (32,5)":
#: the words and the parentheses go, the digits stay.
_WORDS_THEN_DIGITS = re.compile(
    rf"(?<![\w-]){_NUMBER_WORD}(?:(?:\s+|-)(?:et(?:\s+|-))?{_NUMBER_WORD})*"
    r"(?:\s+pour\s+cent)?\s*\(\s*([^()]*?\d[^()]*?)\s*\)"
)
_ARTICLE_ID = re.compile(rf"^({ARTICLE_PREFIX})00$")
_MONEY = re.compile(r"(?<![\d,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?)[ \u00a0\u202f]?\$")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"})


def collapse(text: str) -> str:
    """White space (including non-breaking spaces) collapsed to one space, stripped."""
    return _WHITESPACE.sub(" ", text).strip()


def passage_form(text: str) -> str:
    """Form in which quotes are searched in passages: white space collapsed, apostrophes
    unified and superscripts written as the ingest normaliser writes them (``1^{er}``,
    ``1 ^{er}``, ``141 ^e`` -> ``1er``, ``141e``), so a gold quote copied from the corpus
    text is found in the indexed passage it was copied from."""
    return collapse(fix_superscripts(text.translate(_APOSTROPHES)))


def normalise_fact(text: str) -> str:
    """Key-fact normalisation of EVALS.md, applied to key facts and answers alike.

    Lower case; white space (incl. NBSP, narrow NBSP) collapsed; typographic apostrophes
    as '; ``50%`` as ``50 %``; superscripts as the ingest normaliser writes them
    (``1^{er}``, ``141 ^e``, ``141^e`` -> ``1er``, ``141e``); a number in words followed
    by its digits in parentheses (``quarante (40) jours``) as the digits (``40 jours``).
    """
    text = text.lower().translate(_APOSTROPHES).translate(_SUPERSCRIPT_LETTERS)
    text = fix_superscripts(text)
    text = collapse(text)
    text = _WORDS_THEN_DIGITS.sub(lambda m: m.group(1).strip(), text)
    text = _PERCENT.sub(r"\1 %", text)
    return collapse(text)


def clause_key(clause_id: str) -> str:
    """Comparable form of a clause id: white space collapsed, dashes unified, lower case."""
    return collapse(clause_id.translate(_DASHES)).lower()


def clause_matches(gold_clause: str, clause_id: str) -> bool:
    """Whether a retrieved/cited clause id answers to a gold clause id.

    Equal ids match; a sub-clause ("5-4.01 a") matches its clause ("5-4.01"); a gold
    article id ("6-3.00") is matched by any clause of that article ("6-3.04").
    """
    gold, found = clause_key(gold_clause), clause_key(clause_id)
    if not gold or not found:
        return False
    if found == gold or found.startswith(gold + " "):
        return True
    article = _ARTICLE_ID.match(gold)
    return bool(article) and found.startswith(article.group(1))


# -- per item -----------------------------------------------------------------------------


def contains_evidence(passage: str, evidence: Iterable[str]) -> bool:
    """Whether ``passage`` contains one of the evidence quotes (white space collapsed)."""
    text = passage_form(passage)
    return any(passage_form(quote) in text for quote in evidence if quote.strip())


def first_hit_rank(item: GoldItem, record: Mapping, depth: int = 10) -> int | None:
    """1-based rank of the first retrieved passage holding gold evidence, within ``depth``."""
    for rank, passage in enumerate(record.get("retrieved", [])[:depth], start=1):
        if contains_evidence(passage.get("text", ""), item.evidence):
            return rank
    return None


def clause_recall(item: GoldItem, record: Mapping, depth: int = CLAUSE_DEPTH) -> float:
    """Share of gold clause ids among the clauses of the first ``depth`` retrieved passages
    of the gold document."""
    if not item.clauses:
        raise ValueError(f"{item.id} has no gold clauses: clause recall is only defined for items with clauses")
    found = [p.get("clause", "") for p in record.get("retrieved", []) if p.get("doc") == item.doc][:depth]
    return sum(any(clause_matches(gold, c) for c in found) for gold in item.clauses) / len(item.clauses)


def missing_key_facts(item: GoldItem, answer: str) -> list[str]:
    """Key facts of ``item`` not found in the normalised ``answer``."""
    text = normalise_fact(answer)
    return [fact for fact in item.key_facts if normalise_fact(fact) not in text]


def cited_passages(record: Mapping, cited_texts: Sequence[str | None] | None = None) -> list[str | None]:
    """Text of the passage each citation of ``record`` cites (None when unknown).

    ``cited_texts`` (aligned with the citations) wins, then the citation's own ``passage`` (the
    harness writes it into the dump); otherwise the retrieved passage with the citation's doc
    and clause, preferring one that contains the quote.
    """
    passages: list[str | None] = []
    for i, citation in enumerate(record.get("citations", [])):
        given = cited_texts[i] if cited_texts is not None and i < len(cited_texts) else None
        given = given if given is not None else citation.get("passage")
        if given is not None:
            passages.append(given)
            continue
        same = [
            p.get("text", "")
            for p in record.get("retrieved", [])
            if p.get("doc") == citation.get("doc") and p.get("clause") == citation.get("clause")
        ]
        quote = passage_form(citation.get("quote", ""))
        holding = [text for text in same if quote and quote in passage_form(text)]
        passages.append((holding or same or [None])[0])
    return passages


def citation_correct(item: GoldItem, citation: Mapping, passage: str | None) -> bool:
    """A citation is correct when it cites the gold document and either its passage holds
    gold evidence or its clause is a gold clause (article rule included); for a comparison,
    a citation of another compared agreement (``also``) is judged the same way on its side."""
    if item.doc is None:
        return False
    sides = [(item.doc, item.clauses, item.evidence)] + [(o.doc, o.clauses, o.evidence) for o in item.also]
    for doc, clauses, evidence in sides:
        if citation.get("doc") != doc:
            continue
        if passage is not None and evidence and contains_evidence(passage, evidence):
            return True
        return any(clause_matches(gold, citation.get("clause", "")) for gold in clauses)
    return False


def uncited_compared_docs(item: GoldItem, record: Mapping) -> list[str]:
    """The compared agreements (``doc`` and ``also``) that the answer cites nowhere (all of them
    when it abstained); empty for an item comparing none."""
    cited = set() if record.get("abstained") else {c.get("doc") for c in record.get("citations", [])}
    return [doc for doc in item.compared_docs if doc not in cited]


def french_dates(text: str) -> list[date]:
    """The dates a French answer writes (« **jeudi 15 janvier 2026** », « 1er avril 2013 »), in order."""
    return parse_french_dates(text.replace("**", "").replace("\u00a0", " "))


def stated_deadline(item: GoldItem, record: Mapping) -> date | None:
    """The last day the answer gives: the first date it writes that the question does not
    (« Le 10 novembre 2025, jusqu'à quand… » → « Au plus tard le jeudi 15 janvier 2026 »)."""
    if record.get("abstained"):
        return None
    asked = set(french_dates(item.question))
    return next((d for d in french_dates(record.get("answer", "")) if d not in asked), None)


def money(text: str) -> set[str]:
    """The amounts in dollars a text states, spaces taken out and zero cents dropped ("60 293 $" -> "60293",
    "36 000,00 $" -> "36000": one amount however many zero cents it is printed with)."""
    return {_amount_key(m) for m in _MONEY.findall(text.replace("**", "").replace("\\$", "$"))}


def _amount_key(amount: str) -> str:
    """Comparable form of one printed amount: spaces out, zero cents dropped ("4 250,00" -> "4250")."""
    return re.sub(r",0+$", "", re.sub(r"[\s\u00a0\u202f]", "", amount))


def amounts_stated(item: GoldItem, record: Mapping) -> bool:
    """Whether the answer states every gold amount and cites one of the gold clauses (the table),
    or quotes the gold evidence (an item without clauses)."""
    if record.get("abstained") or not item.amounts:
        return False
    stated = money(record.get("answer", ""))
    cites_table = any(c.get("doc") == item.doc and (any(clause_matches(g, c.get("clause", "")) for g in item.clauses)
                                                    or contains_evidence(c.get("quote", ""), item.evidence))
                      for c in record.get("citations", []))
    return cites_table and all(a in stated for a in money(" ".join(item.amounts)))


def amount_led(item: GoldItem, record: Mapping) -> bool:
    """Stricter than :func:`amounts_stated`: the first amount the answer states is a gold amount (the answer leads
    with it, not with another cell of a table it shows whole), and one of the gold clauses is cited."""
    if not amounts_stated(item, record):
        return False
    text = record.get("answer", "").replace("**", "").replace("\\$", "$")
    first = next(iter(_MONEY.findall(text)), "")
    return _amount_key(first) in money(" ".join(item.amounts))


def quote_verbatim(citation: Mapping, passage: str | None) -> bool:
    """Whether the citation's quote is in its cited passage (white space collapsed)."""
    quote = collapse(citation.get("quote", ""))
    return bool(quote) and passage is not None and quote in collapse(passage)


def problems(item: GoldItem, record: Mapping | None, cited_texts: Sequence[str | None] | None = None) -> list[str]:
    """What went wrong on one item, in words (empty: nothing)."""
    if record is None:
        return ["no answer recorded"]
    found: list[str] = []
    abstained = bool(record.get("abstained"))
    if not item.answerable:
        if not abstained:
            found.append("answered although no document answers it (should abstain)")
        return found
    if abstained:
        found.append("false abstention")
    rank = first_hit_rank(item, record)
    if rank is None:
        found.append("no evidence in top 10")
    elif rank > 5:
        found.append(f"evidence only at rank {rank}")
    if item.clauses and clause_recall(item, record) < 1:
        found.append(f"gold clause(s) {', '.join(item.clauses)} not all in the top {CLAUSE_DEPTH} of {item.doc}")
    missing = missing_key_facts(item, record.get("answer", ""))
    if missing and not abstained:
        found.append(f"missing key facts: {', '.join(missing)}")
    citations = record.get("citations", [])
    passages = cited_passages(record, cited_texts)
    if not abstained and not citations:
        found.append("no citation")
    wrong = [f"{c.get('doc')} {c.get('clause') or '?'}" for c, p in zip(citations, passages)
             if not citation_correct(item, c, p)]
    if wrong:
        found.append("off-target citation(s): " + ", ".join(dict.fromkeys(wrong)))
    if any(not quote_verbatim(c, p) for c, p in zip(citations, passages)):
        found.append("quote not verbatim in its cited passage")
    uncited = uncited_compared_docs(item, record)
    if uncited and not abstained:
        found.append("comparison cites no clause of " + ", ".join(uncited))
    if item.deadline is not None and not abstained and stated_deadline(item, record) != item.deadline:
        stated = stated_deadline(item, record)
        found.append(f"deadline {stated.isoformat() if stated else 'not stated'} (gold {item.deadline.isoformat()})")
    if item.amounts and not abstained and not amounts_stated(item, record):
        found.append(f"amounts {', '.join(item.amounts)} not all stated with a citation of {', '.join(item.clauses)}")
    return found


# -- aggregates ----------------------------------------------------------------------------


def _mean(values: Sequence[float]) -> float | None:
    return float(np.mean(values)) if len(values) else None


def _share(flags: Sequence[bool]) -> float | None:
    return _mean([1.0 if f else 0.0 for f in flags])


def _percentile(values: Sequence[float], q: float) -> float | None:
    return float(np.percentile(values, q)) if len(values) else None


def pair(items: Sequence[GoldItem], records: Iterable[Mapping]) -> list[tuple[GoldItem, Mapping]]:
    """(item, record) pairs matched by id, in gold order; items without a record are left out."""
    by_id = {r["id"]: r for r in records}
    return [(item, by_id[item.id]) for item in items if item.id in by_id]


def score(
    items: Sequence[GoldItem],
    records: Iterable[Mapping],
    cited_texts: Mapping[str, Sequence[str | None]] | None = None,
) -> dict:
    """Every metric over ``items`` (records matched by id) as one flat dict of numbers.

    Rates are shares in [0, 1]; a metric whose population is empty is None.
    """
    pairs = pair(items, records)
    cited_texts = cited_texts or {}
    answerable = [(i, r) for i, r in pairs if i.answerable]
    unanswerable = [(i, r) for i, r in pairs if not i.answerable]
    ranks = [first_hit_rank(i, r) for i, r in answerable]
    with_clauses = [(i, r) for i, r in answerable if i.clauses]
    with_facts = [(i, r) for i, r in pairs if i.key_facts]
    fact_shares = [1 - len(missing_key_facts(i, r.get("answer", ""))) / len(i.key_facts) for i, r in with_facts]

    correct: list[bool] = []
    for i, r in answerable:
        for citation, passage in zip(r.get("citations", []), cited_passages(r, cited_texts.get(i.id))):
            correct.append(citation_correct(i, citation, passage))
    verbatim: list[bool] = []
    for i, r in pairs:
        for citation, passage in zip(r.get("citations", []), cited_passages(r, cited_texts.get(i.id))):
            verbatim.append(quote_verbatim(citation, passage))
    answered = [r for i, r in answerable if not r.get("abstained")]
    comparisons = [(i, r) for i, r in answerable if i.also]
    latencies = [float(r["latency_ms"]) for _, r in pairs if r.get("latency_ms") is not None]

    metrics: dict = {
        "items": len(pairs),
        "answerable_items": len(answerable),
        "unanswerable_items": len(unanswerable),
    }
    for k in HIT_DEPTHS:
        metrics[f"hit@{k}"] = _share([rank is not None and rank <= k for rank in ranks])
    metrics["mrr@10"] = _mean([1.0 / rank if rank else 0.0 for rank in ranks])
    metrics["clause_recall@5"] = _mean([clause_recall(i, r) for i, r in with_clauses])
    metrics["key_fact_recall"] = _mean(fact_shares)
    metrics["all_key_facts"] = _share([share == 1 for share in fact_shares])
    metrics["citation_precision"] = _share(correct)
    metrics["comparisons_citing_all"] = _share([not uncited_compared_docs(i, r) for i, r in comparisons])
    metrics["amounts_exact"] = _share([amounts_stated(i, r) for i, r in answerable if i.amounts])
    metrics["amounts_led"] = _share([amount_led(i, r) for i, r in answerable if i.amounts])
    metrics["deadlines_exact"] = _share([stated_deadline(i, r) == i.deadline for i, r in answerable if i.deadline])
    metrics["quotes_verbatim"] = _share(verbatim)
    metrics["answers_with_citation"] = _share([bool(r.get("citations")) for r in answered])
    metrics["abstention_rate"] = _share([bool(r.get("abstained")) for _, r in unanswerable])
    metrics["false_abstention_rate"] = _share([bool(r.get("abstained")) for _, r in answerable])
    metrics["latency_p50_ms"] = _percentile(latencies, 50)
    metrics["latency_p95_ms"] = _percentile(latencies, 95)
    metrics["citations"] = len(verbatim)
    return metrics


def breakdown(
    items: Sequence[GoldItem],
    records: Iterable[Mapping],
    cited_texts: Mapping[str, Sequence[str | None]] | None = None,
) -> dict:
    """The key metrics per question type and per document, flat:
    ``by_type.<type>.<metric>`` and ``by_doc.<doc key or (none)>.<metric>`` (plus ``.items``)."""
    records = list(records)
    flat: dict = {}
    types = [t for t in QUESTION_TYPES if any(i.type == t for i in items)]
    docs = sorted({i.doc for i in items if i.doc is not None}) + ([NO_DOC] if any(i.doc is None for i in items) else [])
    groups = [("by_type", t, [i for i in items if i.type == t]) for t in types]
    groups += [("by_doc", d, [i for i in items if (i.doc or NO_DOC) == d]) for d in docs]
    for kind, name, members in groups:
        metrics = score(members, records, cited_texts)
        flat[f"{kind}.{name}.items"] = metrics["items"]
        for key in KEY_METRICS:
            flat[f"{kind}.{name}.{key}"] = metrics[key]
    return flat


def evaluate(
    items: Sequence[GoldItem],
    records: Iterable[Mapping],
    cited_texts: Mapping[str, Sequence[str | None]] | None = None,
) -> dict:
    """:func:`score` and :func:`breakdown` in one flat dict (what metrics.json holds)."""
    records = list(records)
    unscored = len(items) - len(pair(items, records))
    if unscored:
        log.warning("%d gold items have no answer record and are not scored", unscored)
    return {**score(items, records, cited_texts), **breakdown(items, records, cited_texts)}


def groups(metrics: Mapping, kind: str) -> list[str]:
    """Group names of a breakdown (``kind``: "by_type" or "by_doc") present in ``metrics``."""
    names: list[str] = []
    for key in metrics:
        if key.startswith(kind + ".") and key.endswith(".items"):
            names.append(key[len(kind) + 1 : -len(".items")])
    return names
