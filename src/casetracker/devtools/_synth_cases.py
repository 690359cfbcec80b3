"""One synthetic case at a time: its number, parties, filings, hearings, deadlines, notes.

Dates spread over fifteen years before ``today``; old cases are mostly closed, recent
ones active, and active cases carry open deadlines (some already overdue) and
upcoming hearings, so the dashboard has something to show.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from casetracker.devtools import _synth_vocabulary as words
from casetracker.devtools._synth_world import CONSTITUTIONAL, TC_KINDS, Cast, SynthCourt, World
from casetracker.domain.calendar import JudicialCalendar
from casetracker.domain.enums import Procedure
from casetracker.domain.expediente import parse_expediente
from casetracker.domain.periods import compute_rule_due_date
from casetracker.domain.rules import DeadlineRule
from casetracker.services.rule_catalogue import shipped_rules

YEARS = 15
_PROCEDURES = (
    ["amparo"] * 30
    + ["conocimiento"] * 12
    + ["contencioso_administrativo"] * 10
    + ["penal"] * 10
    + ["habeas_corpus"] * 6
    + ["cumplimiento"] * 5
    + ["habeas_data"] * 4
    + ["abreviado"] * 5
    + ["sumarisimo"] * 4
    + ["cautelar"] * 4
    + ["laboral"] * 4
    + ["accion_popular"] * 3
    + ["inconstitucionalidad"] * 2
    + ["competencial", "other"]
)
_FILING_KINDS = (
    ["resolution"] * 30
    + ["brief"] * 30
    + ["notification"] * 15
    + ["evidence"] * 8
    + ["other"] * 9
    + ["appeal"] * 4
    + ["answer"] * 4
)
# A case still being prepared holds only its own drafts.
_DRAFT_KINDS = ("brief", "evidence")
_ACTIVE = frozenset({"filed", "admitted", "in_progress", "on_appeal", "decided"})
_RULES_SKIPPED = frozenset({"knowledge_of_harm", "publication"})


@dataclass
class Rows:
    """The rows of one batch of cases, per table, in insertion order."""

    cases: list[dict[str, Any]] = field(default_factory=list)
    case_parties: list[dict[str, Any]] = field(default_factory=list)
    filings: list[dict[str, Any]] = field(default_factory=list)
    hearings: list[dict[str, Any]] = field(default_factory=list)
    deadlines: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)


class CaseMaker:
    """Generates cases into :class:`Rows`; every id is taken from ``world.next_ids``."""

    def __init__(self, world: World, today: date, used_keys: set[str]) -> None:
        self.world = world
        self.rng: random.Random = world.rng
        self.today = today
        self.used_keys = used_keys
        self.calendar = JudicialCalendar()
        self.rules = [rule for rule in shipped_rules() if rule.trigger not in _RULES_SKIPPED]
        self._parents: list[tuple[int, str, SynthCourt, str]] = []

    def make(
        self,
        rows: Rows,
        filings: int,
        *,
        procedure: str | None = None,
        filed_on: date | None = None,
        status: str | None = None,
    ) -> int:
        """Add one case with exactly ``filings`` filings; return its id."""
        rng = self.rng
        case_id = self.world.next_ids["cases"]
        self.world.next_ids["cases"] += 1
        procedure = procedure or rng.choice(_PROCEDURES)
        draft = status == "draft" or (status is None and filed_on is None and rng.random() < 0.02)
        if draft:
            filed_on, status = None, "draft"
        else:
            filed_on = filed_on or weekday(self.today - timedelta(rng.randrange(30, 365 * YEARS)))
            status = status or self._status((self.today - filed_on).days / 365)
        closed_on = self._closed_on(filed_on) if status == "closed" and filed_on else None
        court, typed, related = self._court_and_number(case_id, procedure, filed_on)
        number = parse_expediente(typed) if typed else None
        cast = self.world.cast(rows.case_parties, case_id, court, procedure)
        first = filed_on or self.today - timedelta(90)
        last = closed_on or self.today
        last_activity = self._filings(rows, case_id, cast, filings, first, last, procedure, draft)
        if status in _ACTIVE or draft:
            self._deadlines(rows, case_id, cast, procedure)
        if not draft:
            self._hearings(rows, case_id, court, first, last, status in _ACTIVE)
        self._notes(rows, case_id, cast, first, last)
        subject = cast.slots["subject"]
        lawyer = cast.slots["lawyer"]
        rows.cases.append(
            {
                "id": case_id,
                "title": f"{cast.slots['plaintiff']} contra {cast.slots['defendant']}",
                # Stored as the case service stores it: canonical when the format is known.
                "expediente": number.stored if number else None,
                "expediente_key": number.normalized if number else None,
                "court_id": court.id,
                "procedure": procedure,
                "stage": rng.choice(words.STAGES[status]),
                "status": status,
                "filed_on": filed_on,
                "closed_on": closed_on,
                "summary": f"Demanda sobre {subject}. Patrocinio: {lawyer}.",
                "matter_id": rng.choice(self.world.matter_ids) if rng.random() < 0.7 else None,
                "related_case_id": related[0] if related else None,
                "relation": related[1] if related else None,
                "responsible_lawyer": lawyer,
                "especialista": self.world.person_name(),
                "distance_days": rng.choice((0, 0, 0, 1, 2, 3)),
                "created_at": _at(first, 9),
                "updated_at": last_activity or _at(first, 10),
            }
        )
        return case_id

    # -- the case itself ------------------------------------------------------------

    def _status(self, age: float) -> str:
        roll = self.rng.random()
        if age > 8:
            table = (("closed", 0.6), ("decided", 0.85), ("on_appeal", 0.95))
        elif age > 3:
            table = (("closed", 0.2), ("decided", 0.45), ("on_appeal", 0.65), ("in_progress", 0.95))
        else:
            table = (("filed", 0.15), ("admitted", 0.4), ("in_progress", 0.85), ("on_appeal", 0.95))
        return next((status for status, limit in table if roll < limit), "admitted")

    def _closed_on(self, filed_on: date) -> date:
        span = max(1, (self.today - filed_on).days)
        return weekday(filed_on + timedelta(self.rng.randrange(span // 3, span) or 1))

    def _court_and_number(
        self, case_id: int, procedure: str, filed_on: date | None
    ) -> tuple[SynthCourt, str | None, tuple[int, str] | None]:
        rng = self.rng
        court = self.world.court_for(procedure)
        if filed_on is None:
            return court, None, None
        year = filed_on.year
        if procedure in CONSTITUTIONAL and rng.random() < 0.1:
            court = self.world.tc()  # a recurso de agravio reached the Constitutional Court
        if court.kind == "tc":
            kind = TC_KINDS.get(procedure, "PA")
            number = self._unique(lambda: f"{rng.randrange(1, 9999):05d}-{year}-{kind}/TC")
            parent = next((p for p in reversed(self._parents[-50:]) if p[1] == procedure), None)
            return court, number, (parent[0], "appeal_of") if parent else None
        if self._parents and rng.random() < 0.04:
            parent_id, _procedure, court, parent_number = rng.choice(self._parents)
            for incident in range(1, 10):
                number = parent_number.replace("-0-", f"-{incident}-", 1)
                if number not in self.used_keys:
                    self.used_keys.add(number)
                    return court, number, (parent_id, "incidente_of")
        specialty = court.specialty(procedure)

        def cej() -> str:
            serial = rng.randrange(1, 3000)
            return (
                f"{serial:05d}-{year}-0-{court.code}-{court.organ}-{specialty}-{court.number:02d}"
            )

        number = self._unique(cej)
        self._parents.append((case_id, procedure, court, number))
        if len(self._parents) > 2000:
            del self._parents[:1000]
        if rng.random() < 0.1:
            # As typed by hand: "Exp. N.º", no zero padding (stored canonical, as typed ones are).
            serial, rest = number.split("-", 1)
            return court, f"Exp. N.º {int(serial)}-{rest}", None
        return court, number, None

    def _unique(self, make: Any) -> str:
        while True:
            number = make()
            if number not in self.used_keys:
                self.used_keys.add(number)
                return str(number)

    # -- events -----------------------------------------------------------------------

    def _filings(
        self,
        rows: Rows,
        case_id: int,
        cast: Cast,
        count: int,
        first: date,
        last: date,
        procedure: str,
        draft: bool,
    ) -> datetime | None:
        rng = self.rng
        kinds = _DRAFT_KINDS if draft else _FILING_KINDS
        start, end = first.toordinal(), max(first.toordinal(), last.toordinal())
        days = sorted(rng.randint(start, end) for _ in range(count - 1))
        state = _Docket(dict(cast.slots), cast.plaintiff, cast.defendant, procedure)
        stamp = None
        for index, ordinal in enumerate([start, *days] if count else []):
            day = weekday(date.fromordinal(ordinal))
            kind = "claim" if index == 0 else rng.choice(kinds)
            values = state.next_filing(rng, kind, day, index / count)
            if rng.random() < 0.05:
                values["notes"] = "Presentado por la Mesa de Partes Electrónica."
            stamp = _at(day, 8 + ordinal % 9, ordinal % 60)
            rows.filings.append(
                {
                    "id": self.world.next_ids["filings"],
                    "case_id": case_id,
                    "filed_on": day,
                    **values,
                    "cuaderno": "Cautelar" if procedure == "cautelar" else "Principal",
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
            self.world.next_ids["filings"] += 1
        return stamp

    def _deadlines(self, rows: Rows, case_id: int, cast: Cast, procedure: str) -> None:
        rng = self.rng
        rules = [rule for rule in self.rules if rule.applies_to(procedure)] or self.rules
        resolutions = [row for row in rows.filings[-40:] if row["case_id"] == case_id]
        resolutions = [row for row in resolutions if row["kind"] == "resolution"]
        for filing in resolutions[-2:]:
            self._deadline(rows, case_id, cast, rng.choice(rules), filing["notified_on"], filing)
        if rng.random() < 0.6:
            trigger = weekday(self.today - timedelta(rng.randrange(0, 25)))
            self._deadline(rows, case_id, cast, rng.choice(rules), trigger, None)

    def _deadline(
        self,
        rows: Rows,
        case_id: int,
        cast: Cast,
        rule: DeadlineRule,
        trigger: date,
        filing: dict[str, Any] | None,
    ) -> None:
        result = compute_rule_due_date(self.calendar, rule, trigger)
        status = "open"
        if result.due_date < self.today and filing is not None:
            status = self.rng.choice(("done",) * 8 + ("missed", "waived"))
        rows.deadlines.append(
            {
                "id": self.world.next_ids["deadlines"],
                "case_id": case_id,
                "title": rule.name_es,
                "due_on": result.due_date,
                "status": status,
                "rule_key": rule.key,
                "trigger_on": trigger,
                "trigger_filing_id": filing["id"] if filing else None,
                "explanation": "\n".join(result.explanation_lines()),
                "assignee": cast.slots["lawyer"],
                "notes": "",
            }
        )
        self.world.next_ids["deadlines"] += 1

    def _hearings(
        self, rows: Rows, case_id: int, court: SynthCourt, first: date, last: date, active: bool
    ) -> None:
        rng = self.rng
        days = [
            weekday(first + timedelta(rng.randrange(max(1, (last - first).days))))
            for _ in range(rng.choice((0, 0, 1, 1, 2, 3)))
        ]
        if active and rng.random() < 0.3:
            days.append(weekday(self.today + timedelta(rng.randrange(1, 60))))
        for day in sorted(days):
            starts = _at(day, rng.choice((9, 10, 11, 15)), rng.choice((0, 30)))
            status = "scheduled"
            if day < self.today:
                status = rng.choice(("held",) * 7 + ("postponed", "postponed", "cancelled"))
            video = rng.random() < 0.3
            rows.hearings.append(
                {
                    "id": self.world.next_ids["hearings"],
                    "case_id": case_id,
                    "starts_at": starts,
                    "ends_at": starts + timedelta(hours=rng.choice((1, 2))),
                    "kind": rng.choice(words.HEARING_KINDS),
                    "place": "Sala virtual (Google Meet)" if video else f"Sede de {court.seat}",
                    "video_link": f"https://meet.google.com/synth-{case_id}" if video else "",
                    "status": status,
                    "outcome": rng.choice(words.HEARING_OUTCOMES) if status == "held" else "",
                    "notes": "",
                }
            )
            self.world.next_ids["hearings"] += 1

    def _notes(self, rows: Rows, case_id: int, cast: Cast, first: date, last: date) -> None:
        rng = self.rng
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            day = first + timedelta(rng.randrange(max(1, (last - first).days)))
            rows.notes.append(
                {
                    "id": self.world.next_ids["notes"],
                    "case_id": case_id,
                    "created_at": _at(day, 18, 30),
                    "author": cast.slots["lawyer"],
                    "body": rng.choice(words.NOTE_TEMPLATES).format(**cast.slots),
                }
            )
            self.world.next_ids["notes"] += 1


@dataclass
class _Docket:
    """The running numbers of one case file: resolutions and escritos so far."""

    slots: dict[str, str]
    plaintiff: int
    defendant: int
    procedure: str
    resolutions: int = 0
    escritos: int = 0
    answered: bool = False

    def next_filing(
        self, rng: random.Random, kind: str, day: date, progress: float
    ) -> dict[str, Any]:
        """Sumilla, author and numbers of the next filing, ``progress`` into the case."""
        if (kind == "appeal" and not self.resolutions) or (kind == "answer" and self.answered):
            kind = "brief"
        slots = self.slots
        slots["exception"] = rng.choice(words.EXCEPTIONS)
        slots["number"] = str(rng.randrange(100, 99999))
        slots["year"] = str(day.year)
        filed_by: int | None = self.plaintiff
        reference = ""
        notified_on = escrito = None
        if kind == "claim":
            label = Procedure(self.procedure).label_es
            sumilla = f"Demanda sobre {slots['subject']} ({label})"
            if self.procedure == "penal":
                sumilla = f"Denuncia por {slots['subject']}"
        elif kind == "resolution":
            self.resolutions += 1
            # Decisions are listed in procedural order: early ones early in the case.
            middle = int(progress * len(words.DECISIONS))
            decision = rng.choice(words.DECISIONS[max(0, middle - 3) : middle + 3])
            sumilla = f"Resolución N.º {self.resolutions}: {decision.format(**slots)}"
            reference, filed_by = f"Resolución N.º {self.resolutions}", None
            notified_on = day + timedelta(rng.randrange(1, 12))
        elif kind == "brief":
            self.escritos += 1
            act = rng.choice(words.BRIEF_ACTS).format(**slots)
            sumilla, escrito = f"Escrito N.º {self.escritos}: {act}", self.escritos
        elif kind == "notification":
            sumilla = f"Cédula de notificación de la Resolución N.º {max(self.resolutions, 1)}"
            reference, filed_by = f"Cédula {day.year}-{rng.randrange(10**5, 10**6)}", None
        elif kind == "evidence":
            sumilla = rng.choice(words.EVIDENCE_ITEMS).format(**slots)
        elif kind == "other":
            sumilla, filed_by = rng.choice(words.OTHER_ITEMS).format(**slots), None
        elif kind == "appeal":
            sumilla = f"Interpone recurso de apelación contra la Resolución N.º {self.resolutions}"
        else:
            self.answered = True
            sumilla = f"Contesta la demanda y deduce excepción de {slots['exception']}"
            filed_by = self.defendant
        return {
            "kind": kind,
            "filed_by_id": filed_by,
            "sumilla": sumilla,
            "reference": reference,
            "notified_on": notified_on,
            "notes": "",
            "escrito_number": escrito,
        }


def weekday(day: date) -> date:
    """``day``, or the Monday after it: court events fall on weekdays."""
    return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)
