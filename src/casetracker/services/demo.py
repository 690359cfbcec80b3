"""Loading the three seed proceedings of the Convenios PNP campaign.

The data file (``resources/demo/demo.json``) holds the public facts of the domain
notes (section 1) and, flagged ``illustrative`` in the data itself, the filings,
hearings and deadlines invented to show the app at work; the app and every
generated document mark those. Dates written as ``today±N`` are relative to the day
the demo is loaded (so the dashboard always shows something), moved forward to the
next working day of the case's court. Deadlines that a notification starts are
computed by the engine, with their explanation and the record of the computation,
never typed in. Nothing is attributed to a real person after their death (Óscar
Mollohuanca died in March 2022). Loading is one transaction and idempotent.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from casetracker.domain.calendar import JudicialCalendar
from casetracker.resources import resource_path
from casetracker.services import (
    cases,
    courts,
    deadlines,
    filings,
    hearings,
    instances,
    matters,
    notes,
)
from casetracker.services import parties as party_service
from casetracker.services.deadline_computation import compute_from_filing
from casetracker.services.deadline_proposals import accept_proposals
from casetracker.services.deadline_records import DEMO
from casetracker.services.judicial_calendar import court_calendar
from casetracker.store.database import Database
from casetracker.store.models import Case, CaseInstance, Matter

_RELATIVE = re.compile(r"^today(?P<offset>[+-]\d+)?(?:T(?P<time>\d{2}:\d{2}))?$")


@dataclass(frozen=True)
class DemoResult:
    loaded: bool
    matter_id: int
    case_ids: tuple[int, ...]


def load_demo(db: Database, today: date | None = None) -> DemoResult:
    """Load the demo proceedings unless they are already there.

    Returns whether anything was written, with the matter's and cases' ids.
    """
    spec = json.loads(resource_path("demo", "demo.json").read_text(encoding="utf-8"))
    today = today or date.today()
    existing = _existing(db, spec)
    if existing is not None:
        return existing
    with db.unit_of_work() as uow:
        loader = _Loader(db, spec, today)
        result = loader.load()
        uow.commit()
    return result


def _existing(db: Database, spec: dict[str, Any]) -> DemoResult | None:
    with db.read() as session:
        matter_id = session.scalar(select(Matter.id).where(Matter.name == spec["matter"]["name"]))
        if matter_id is None:
            return None
        ids = tuple(session.scalars(select(Case.id).where(Case.matter_id == matter_id)))
        return DemoResult(False, matter_id, ids)


class _Loader:
    def __init__(self, db: Database, spec: dict[str, Any], today: date) -> None:
        self.db = db
        self.spec = spec
        self.today = today
        self.courts: dict[str, int] = {}
        self.parties: dict[str, int] = {}
        self.filings: dict[str, int] = {}
        self.instances: dict[int, int] = {}
        self.calendar = JudicialCalendar()

    def load(self) -> DemoResult:
        matter = matters.create_matter(self.db, matters.MatterInput(**self.spec["matter"]))
        for court in self.spec["courts"]:
            fields = {k: v for k, v in court.items() if k != "key"}
            self.courts[court["key"]] = courts.create_court(self.db, courts.CourtInput(**fields)).id
        for closure in self.spec.get("closures", ()):
            body = courts.get_court(self.db, self.courts[closure["body_of"]]).body_id
            fields = {k: v for k, v in closure.items() if k != "body_of"}
            courts.add_closure(self.db, courts.ClosureInput(**fields, body_id=body))
        for party in self.spec["parties"]:
            fields = {k: v for k, v in party.items() if k != "key"}
            created = party_service.create_party(self.db, party_service.PartyInput(**fields))
            self.parties[party["key"]] = created.id
        case_ids = tuple(self._load_case(case, matter.id) for case in self.spec["cases"])
        return DemoResult(True, matter.id, case_ids)

    def _load_case(self, spec: dict[str, Any], matter_id: int) -> int:
        summary = spec["summary"]
        if spec.get("expediente_illustrative"):
            summary += "\nNúmero de expediente: " + self.spec["illustrative_note"]
        self.calendar = court_calendar(self.db, self.courts[spec["court"]])
        first = spec["instances"][0]
        case = cases.create_case(
            self.db,
            cases.CaseInput(
                title=spec["title"],
                procedure=spec["procedure"],
                expediente=first["expediente"],
                court_id=self.courts[first["court"]],
                stage=spec["stage"],
                status=spec["status"],
                filed_on=spec["filed_on"],
                summary=summary,
                matter_id=matter_id,
                responsible_lawyer=spec.get("responsible_lawyer", ""),
                especialista=spec.get("especialista", ""),
                distance_days=spec.get("distance_days", 0),
                expediente_illustrative=first.get("illustrative", False),
            ),
        )
        self.instances = self._load_instances(case.id, spec["instances"])
        for link in spec["parties"]:
            party_service.add_party_to_case(
                self.db,
                party_service.CasePartyInput(
                    case_id=case.id,
                    party_id=self.parties[link["party"]],
                    role=link["role"],
                    represented_by_id=self.parties.get(link.get("represented_by", "")),
                    notes=link.get("notes", ""),
                    ours=link.get("ours", False),
                ),
            )
        for filing in spec["filings"]:
            self._load_filing(case.id, filing)
        for hearing in spec["hearings"]:
            self._load_hearing(case.id, hearing)
        for deadline in spec["deadlines"]:
            self._load_deadline(case.id, deadline)
        for body in spec["notes"]:
            notes.create_note(self.db, notes.NoteInput(case_id=case.id, body=body))
        attachment = spec["attachment"]
        filings.add_attachment(
            self.db,
            filings.AttachmentInput(
                case_id=case.id,
                filing_id=self.filings[attachment["filing"]],
                filename=attachment["file"],
                data=resource_path("demo", "attachments", attachment["file"]).read_bytes(),
                media_type="application/pdf",
                description=attachment["description"],
            ),
        )
        return case.id

    def _load_instances(self, case_id: int, specs: list[dict[str, Any]]) -> dict[int, int]:
        """Instance ids by position; the case's own court and number are the first."""
        ids = {}
        for position, spec in enumerate(specs, start=1):
            fields = {k: v for k, v in spec.items() if k != "court"}
            data = instances.InstanceInput(case_id, court_id=self.courts[spec["court"]], **fields)
            if position == 1:
                with self.db.unit_of_work() as uow:
                    ids[1] = instances.current_instance_id(uow.session, case_id, create=True)
                    row = uow.session.get(CaseInstance, ids[1])
                    assert row is not None
                    row.label, row.ended_on = data.label, self._date(spec.get("ended_on"))
                    row.started_on = self._date(spec.get("started_on"))
                    uow.commit()
            else:
                ids[position] = instances.add_instance(self.db, data).id
        return ids

    def _load_filing(self, case_id: int, spec: dict[str, Any]) -> None:
        created = filings.create_filing(
            self.db,
            filings.FilingInput(
                case_id=case_id,
                filed_on=self._date(spec["filed_on"]),
                kind=spec["kind"],
                sumilla=spec["sumilla"],
                filed_by_id=self.parties.get(spec.get("filed_by", "")),
                reference=spec.get("reference", ""),
                notified_on=self._date(spec.get("notified_on")),
                illustrative=spec.get("illustrative", True),
                escrito_number=spec.get("escrito_number"),
                petitorio=spec.get("petitorio", ""),
                facts=spec.get("facts", ""),
                legal_grounds=spec.get("legal_grounds", ""),
                evidence=spec.get("evidence", ""),
                por_tanto=spec.get("por_tanto", ""),
                otrosies=tuple(spec.get("otrosies", ())),
                instance_id=self.instances[spec.get("instance", len(self.instances))],
            ),
        )
        if "key" in spec:
            self.filings[spec["key"]] = created.id

    def _load_hearing(self, case_id: int, spec: dict[str, Any]) -> None:
        hearings.create_hearing(
            self.db,
            hearings.HearingInput(
                case_id=case_id,
                starts_at=self._datetime(spec["starts_at"]),
                ends_at=self._datetime(spec.get("ends_at")),
                kind=spec["kind"],
                place=spec.get("place", ""),
                video_link=spec.get("video_link", ""),
                status=spec["status"],
                outcome=spec.get("outcome", ""),
                illustrative=spec.get("illustrative", True),
                instance_id=self.instances[spec.get("instance", len(self.instances))],
            ),
        )

    def _load_deadline(self, case_id: int, spec: dict[str, Any]) -> None:
        if "trigger_filing" not in spec:
            # An internal task of the team: a date it chose, not a procedural period.
            created = deadlines.create_deadline(
                self.db,
                deadlines.DeadlineInput(
                    case_id=case_id,
                    title=spec["title"],
                    due_on=self._date(spec["due_on"]),
                    status=spec["status"],
                    assignee=spec.get("assignee", ""),
                    notes=spec.get("notes", ""),
                    illustrative=spec.get("illustrative", True),
                ),
            )
            return
        period = spec.get("period")
        proposal = compute_from_filing(
            self.db,
            self.filings[spec["trigger_filing"]],
            rule_key=spec.get("rule_key"),
            period=(period["amount"], period["unit"]) if period else None,
            electronic=spec.get("electronic", False),
            court_id=self.courts[spec["court"]] if "court" in spec else None,
            title=spec["title"],
            watch=spec.get("watch"),
        )
        proposal = replace(
            proposal,
            assignee=spec.get("assignee", ""),
            notes=spec.get("notes", ""),
            illustrative=spec.get("illustrative", True),
        )
        (created,) = accept_proposals(self.db, [proposal], reason=DEMO)
        if spec["status"] != created.status.value:
            deadlines.set_deadline_status(self.db, created.id, spec["status"])

    def _date(self, text: str | None) -> date | None:
        if text is None:
            return None
        match = _RELATIVE.match(text)
        if match is None:
            return date.fromisoformat(text)
        day = self.today + timedelta(days=int(match["offset"] or 0))
        # Court events fall on working days of the case's court, never on a holiday.
        return self.calendar.next_working_day(day)

    def _datetime(self, text: str | None) -> datetime | None:
        if text is None:
            return None
        match = _RELATIVE.match(text)
        if match is None:
            return datetime.fromisoformat(text)
        day = self._date(text.split("T")[0])
        assert day is not None
        hour, minute = (int(part) for part in (match["time"] or "09:00").split(":"))
        return datetime(day.year, day.month, day.day, hour, minute)
