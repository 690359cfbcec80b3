"""Conflict check: is the party about to be added already known, perhaps on the other side?

Names are compared after normalisation (accents, case and punctuation ignored), word
by word, tolerating small typos in longer words, so that "Policia Nacional del Peru"
finds "Policía Nacional del Perú". A party that would sit on the opposite side of
the dispute (plaintiff vs defendant) within the same matter is flagged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import distinct, func, literal, null, select, union_all
from sqlalchemy.orm import Session, aliased

from casetracker.domain.enums import PartyRole
from casetracker.domain.records import PartyInfo
from casetracker.services import _convert
from casetracker.store.case_walls import hidden_case_counts
from casetracker.store.database import Database
from casetracker.store.models import Case, CaseParty, Matter, Party

# Words that say nothing about who a party is; ignored unless a name has nothing else.
STOPWORDS = frozenset(
    {"a", "al", "de", "del", "el", "en", "la", "las", "los", "y", "e", "the", "of", "and"}
    | {"sa", "sac", "saa", "srl", "eirl", "s", "r", "l", "c"}  # company forms, once split
)
MIN_SCORE = 0.6


_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NOT_WORD = re.compile(r"[\W_]+")


def normalise_name(text: str) -> str:
    """Lowercase words without accents or punctuation: "Perú, S.A." → "peru s a"."""
    bare = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold()).split())


def name_tokens(text: str) -> tuple[str, ...]:
    """The meaningful words of a name, normalised."""
    words = normalise_name(text).split()
    meaningful = tuple(word for word in words if word not in STOPWORDS)
    return meaningful or tuple(words)


def levenshtein(first: str, second: str, limit: int) -> int:
    """Edit distance, or ``limit + 1`` as soon as it is known to exceed ``limit``."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i]
        for j, b in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def typos_allowed(word: str) -> int:
    """Short words must match exactly; longer ones may carry one or two typos."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2


def words_match(typed: str, known: str, *, prefix: bool = False) -> bool:
    """Whether two normalised words are the same word, allowing small typos.

    With ``prefix``, ``typed`` may also be the beginning of ``known`` (the user is
    still typing it).
    """
    if typed == known or (prefix and len(typed) >= 3 and known.startswith(typed)):
        return True
    allowed = min(typos_allowed(typed), typos_allowed(known))
    return allowed > 0 and levenshtein(typed, known, allowed) <= allowed


def name_similarity(typed: str, known: str) -> float:
    """0 (nothing in common) to 1 (the same name once normalised)."""
    query, candidate = name_tokens(typed), name_tokens(known)
    matches = [
        {word for word in candidate if words_match(token, word, prefix=last)}
        for last, token in _with_last(query)
    ]
    return _score(query, candidate, matches)


@dataclass(frozen=True, slots=True)
class Appearance:
    """One role of a party in one case.

    A representative (``represents`` set) appears with the role of the party it
    represents: it stands on that party's side of the dispute.
    """

    case_id: int
    case_title: str
    expediente: str | None
    role: PartyRole
    matter_id: int | None
    matter_name: str | None
    represents: str | None = None


@dataclass(frozen=True, slots=True)
class SimilarParty:
    """An existing party whose name resembles the one typed."""

    party: PartyInfo
    score: float
    appearances: tuple[Appearance, ...]
    opposite_side: tuple[Appearance, ...] = ()
    """Appearances on the other side of the dispute in the same matter (or case)."""
    same_name: bool = False
    """The names are equal once accents, case and punctuation are ignored."""
    hidden_cases: int = 0
    """On a team server: in how many cases the user may not see the party also
    appears (which ones stays behind the wall; see casetracker.store.case_walls)."""


class PartyNameIndex:
    """Normalised names of all parties, for repeated look-ups while the user types."""

    def __init__(self, names: Iterable[tuple[int, str]]) -> None:
        self._tokens: dict[int, tuple[str, ...]] = {}
        self._by_word: dict[str, set[int]] = defaultdict(set)
        for party_id, name in names:
            tokens = name_tokens(name)
            self._tokens[party_id] = tokens
            for token in tokens:
                self._by_word[token].add(party_id)

    @classmethod
    def from_database(cls, db: Database) -> PartyNameIndex:
        with db.read() as session:
            return cls((row[0], row[1]) for row in session.execute(select(Party.id, Party.name)))

    def search(self, text: str, *, min_score: float = MIN_SCORE) -> list[tuple[int, float]]:
        """``(party_id, score)`` of the parties resembling ``text``, best first."""
        query = name_tokens(text)
        if not query:
            return []
        matches = [self._matching_words(token, prefix=last) for last, token in _with_last(query)]
        candidates = {pid for words in matches for word in words for pid in self._by_word[word]}
        scored = [(pid, _score(query, self._tokens[pid], matches)) for pid in candidates]
        return sorted(
            ((pid, score) for pid, score in scored if score >= min_score),
            key=lambda item: (-item[1], item[0]),
        )

    def _matching_words(self, token: str, *, prefix: bool) -> set[str]:
        return {word for word in self._by_word if words_match(token, word, prefix=prefix)}


def similar_parties(
    db: Database,
    name: str,
    *,
    case_id: int | None = None,
    role: PartyRole | None = None,
    limit: int = 8,
    index: PartyNameIndex | None = None,
) -> list[SimilarParty]:
    """Existing parties whose name resembles ``name``, with the cases they appear in.

    Given the case and role the new party would take, each result also lists where
    it sits on the opposite side within the same matter.
    """
    index = index or PartyNameIndex.from_database(db)
    found = index.search(name)[:limit]
    if not found:
        return []
    ids = [party_id for party_id, _score in found]
    with db.read() as session:
        parties = {
            row.id: _convert.party_info(row)
            for row in session.scalars(select(Party).where(Party.id.in_(ids)))
        }
        appearances = _appearances(session, ids)
        context = _case_context(session, case_id)
        hidden = hidden_case_counts(session, ids)
    return [
        SimilarParty(
            party=parties[party_id],
            score=round(score, 3),
            appearances=tuple(appearances[party_id]),
            opposite_side=_opposite(appearances[party_id], context, role),
            same_name=normalise_name(parties[party_id].name) == normalise_name(name),
            hidden_cases=hidden.get(party_id, 0),
        )
        for party_id, score in found
        if party_id in parties
    ]


def side_conflicts(
    db: Database, party_id: int, case_id: int, role: PartyRole
) -> tuple[Appearance, ...]:
    """Where ``party_id`` already sits opposite to ``role`` in ``case_id``'s matter."""
    with db.read() as session:
        appearances = _appearances(session, [party_id])[party_id]
        context = _case_context(session, case_id)
    return _opposite(appearances, context, role)


def _with_last(tokens: Sequence[str]) -> list[tuple[bool, str]]:
    return [(index == len(tokens) - 1, token) for index, token in enumerate(tokens)]


def _score(query: Sequence[str], candidate: Sequence[str], matches: list[set[str]]) -> float:
    """Dice overlap of the words, or how much of the typed name was found."""
    if not query or not candidate:
        return 0.0
    unused = list(candidate)
    matched = 0
    for allowed in matches:
        hit = next((word for word in unused if word in allowed), None)
        if hit is not None:
            unused.remove(hit)
            matched += 1
    dice = 2 * matched / (len(query) + len(candidate))
    # Every typed word found: a strong hint even if the known name is longer.
    return max(dice, 0.9) if matched == len(query) else dice


def _appearances(session: Session, party_ids: Sequence[int] | None) -> dict[int, list[Appearance]]:
    """Each party's roles in cases, its own and as representative of another party."""
    represented = aliased(Party)
    found: dict[int, list[Appearance]] = defaultdict(list)
    for column, name in (
        (CaseParty.party_id, null()),
        (CaseParty.represented_by_id, represented.name),
    ):
        query = (
            select(
                column,
                CaseParty.role,
                Case.id,
                Case.title,
                Case.expediente,
                Case.matter_id,
                Matter.name,
                name,
            )
            .join(Case, Case.id == CaseParty.case_id)
            .outerjoin(Matter, Matter.id == Case.matter_id)
            .outerjoin(represented, represented.id == CaseParty.party_id)
            .where(column.is_not(None))
            .order_by(Case.title, CaseParty.id)
        )
        if party_ids is not None:
            query = query.where(column.in_(list(party_ids)))
        for party_id, role, case_id, title, expediente, matter_id, matter, of in session.execute(
            query
        ):
            found[party_id].append(
                Appearance(case_id, title, expediente, PartyRole(role), matter_id, matter, of)
            )
    for appearances in found.values():
        appearances.sort(key=lambda a: (a.case_title, a.represents or ""))
    return found


def _case_context(session: Session, case_id: int | None) -> tuple[int, int | None] | None:
    if case_id is None:
        return None
    matter_id = session.scalar(select(Case.matter_id).where(Case.id == case_id))
    return case_id, matter_id


def _opposite(
    appearances: Iterable[Appearance],
    context: tuple[int, int | None] | None,
    role: PartyRole | None,
) -> tuple[Appearance, ...]:
    if context is None or role is None or role.side is None:
        return ()
    case_id, matter_id = context
    return tuple(
        appearance
        for appearance in appearances
        if appearance.role.side not in (None, role.side)
        and (
            appearance.case_id == case_id
            or (matter_id is not None and appearance.matter_id == matter_id)
        )
    )


def party_appearances(
    db: Database, party_ids: Sequence[int] | None = None
) -> dict[int, list[Appearance]]:
    """Where each party appears (all parties when ``party_ids`` is None)."""
    with db.read() as session:
        return dict(_appearances(session, party_ids))


@dataclass(frozen=True, slots=True)
class PartyUsage:
    """How much a party is used: in how many cases, with which roles."""

    cases: int
    roles: frozenset[PartyRole]
    representative: bool
    """It represents another party in at least one case."""


def party_usage(db: Database) -> dict[int, PartyUsage]:
    """Every party that appears in a case (itself or as representative), counted in SQL."""
    own = select(
        CaseParty.party_id.label("party_id"),
        CaseParty.case_id,
        CaseParty.role,
        literal(False).label("represents"),
    )
    represented = select(
        CaseParty.represented_by_id, CaseParty.case_id, CaseParty.role, literal(True)
    ).where(CaseParty.represented_by_id.is_not(None))
    links = union_all(own, represented).subquery()
    with db.read() as session:
        counted = select(links.c.party_id, func.count(distinct(links.c.case_id)))
        counts = {row[0]: row[1] for row in session.execute(counted.group_by(links.c.party_id))}
        roles: dict[int, set[PartyRole]] = defaultdict(set)
        representative: set[int] = set()
        for party_id, role, represents in session.execute(
            select(links.c.party_id, links.c.role, links.c.represents).distinct()
        ):
            if represents:
                representative.add(party_id)
            else:
                roles[party_id].add(PartyRole(role))
    return {
        party_id: PartyUsage(count, frozenset(roles[party_id]), party_id in representative)
        for party_id, count in counts.items()
    }
