"""The agenda exported as iCalendar, text, PDF and DOCX, read back with real readers."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import docx
import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import select

from casetracker.domain.enums import DeadlineStatus
from casetracker.services.agenda_export import agenda_ics, agenda_text, export_agenda
from casetracker.services.deadlines import set_deadline_status
from casetracker.services.hearings import HearingInput, create_hearing, get_hearing, update_hearing
from casetracker.store.database import Database
from casetracker.store.errors import FileWriteError
from casetracker.store.models import Deadline, Hearing

DEMO_TODAY = date(2026, 11, 26)  # the day tests/conftest.py loads the demo as of

COMING = ("Preparar el informe oral", "Informe oral")
OVERDUE = ("Remitir al Frente de Defensa copia de la Res. 12",)
WATCHED = "Absolución del traslado por las demandadas (Res. 12)"


def events(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_ics_hearings_are_timed_in_lima_and_deadlines_all_day_with_an_alarm(
    db: Database, demo
) -> None:
    data = agenda_ics(db, DEMO_TODAY, 14)
    calendar = Calendar.from_ical(data)
    assert "METHOD" not in calendar, "an import file, not an iTIP message without organizer"
    assert "casetracker" in str(calendar["PRODID"])
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "America/Lima"

    found = events(data)
    hearings = {uid: e for uid, e in found.items() if "DATE" not in e["DTSTART"].params.values()}
    deadlines = {uid: e for uid, e in found.items() if uid not in hearings}
    assert len(hearings) == 1 and len(deadlines) == 3  # one of them overdue, as in the text
    assert all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
                            r"@casetracker", uid) for uid in found)  # fmt: skip

    oral = next(e for e in hearings.values() if "Informe oral" in str(e["SUMMARY"]))
    start = oral["DTSTART"]
    assert start.params["TZID"] == "America/Lima"
    assert start.dt == datetime(2026, 12, 2, 10, 0, tzinfo=start.dt.tzinfo)
    assert start.dt.utcoffset() == timedelta(hours=-5)
    assert oral["DTEND"].dt.hour == 11 and oral["DTEND"].dt.minute == 30
    assert "Exp. 00045-2019-0-0302-JM-CI-01 [Ilustrativo]" in str(oral["SUMMARY"])
    assert str(oral["SUMMARY"]).startswith("Audiencia: [Ilustrativo] Informe oral")
    assert "dato inventado" in str(oral["DESCRIPTION"])
    assert str(oral["URL"]) == "https://meet.example.org/tambobamba-informe"

    for event in deadlines.values():
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        assert type(event["DTSTART"].dt) is date
        assert event["DTEND"].dt - event["DTSTART"].dt == timedelta(days=1)
        if str(event["SUMMARY"]).startswith("[Vencido] Vence: "):
            assert event.walk("VALARM") == [], "no 'due tomorrow' alarm for an overdue one"
            continue
        assert str(event["SUMMARY"]).startswith(("Vence: ", "Vence plazo de la otra parte: "))
        [alarm] = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm["TRIGGER"].dt < timedelta(0)
    watched = next(e for e in deadlines.values() if WATCHED in str(e["SUMMARY"]))
    assert str(watched["SUMMARY"]).startswith("Vence plazo de la otra parte: [Ilustrativo] ")
    assert [str(c) for c in watched["CATEGORIES"].cats] == ["Plazo de la otra parte"]
    prepare = next(e for e in deadlines.values() if "Preparar el informe oral" in str(e["SUMMARY"]))
    assert "Caso: Frente de Defensa de Cotabambas" in str(prepare["DESCRIPTION"])
    assert "Responsable: IDL" in str(prepare["DESCRIPTION"])


def test_uids_stay_the_same_so_a_reimport_updates_the_events(db: Database, demo) -> None:
    first = events(agenda_ics(db, DEMO_TODAY, 14))
    oral_uid = next(uid for uid, e in first.items() if "Informe oral" in str(e["SUMMARY"]))
    hearing = get_hearing(db, _record_id(db, Hearing, oral_uid))
    update_hearing(
        db,
        hearing.id,
        HearingInput(
            hearing.case_id,
            hearing.starts_at + timedelta(hours=2),
            hearing.kind,
            place=hearing.place,
            video_link=hearing.video_link,
        ),
    )
    done_uid = next(uid for uid, e in first.items() if "Preparar el informe" in str(e["SUMMARY"]))
    set_deadline_status(db, _record_id(db, Deadline, done_uid), DeadlineStatus.DONE)

    second = events(agenda_ics(db, DEMO_TODAY, 14))
    assert set(second) == set(first)
    assert second[oral_uid]["DTSTART"].dt.hour == 12
    assert int(second[oral_uid]["SEQUENCE"]) > int(first[oral_uid]["SEQUENCE"])
    # A deadline done stays in the file as a cancelled event, without its alarm.
    assert str(second[done_uid]["STATUS"]) == "CANCELLED"
    assert str(second[done_uid]["SUMMARY"]).startswith("[Cumplido] ")
    assert second[done_uid].walk("VALARM") == []


def _record_id(db: Database, model: type[Hearing] | type[Deadline], uid: str) -> int:
    """The local id of the record whose uuid made the event's UID."""
    with db.read() as session:
        found = session.scalar(select(model.id).where(model.uuid == uuid.UUID(uid.split("@")[0])))
    assert found is not None
    return found


def test_the_text_agenda_lists_overdue_then_each_day(db: Database, demo) -> None:
    text = agenda_text(db, DEMO_TODAY, 14)
    lines = text.splitlines()
    assert lines[0] == "Agenda del jue 26 nov 2026 al mié 9 dic 2026"
    assert lines[2] == "PLAZOS VENCIDOS"
    for title in (*COMING, *OVERDUE):
        assert title in text
    assert text.index("PLAZOS VENCIDOS") < text.index("mar 1 dic 2026")
    assert "  10:00–11:30   Audiencia: [Ilustrativo] Informe oral" in text
    # The other side's period comes apart, after ours, never among the overdue ones.
    assert text.index("PLAZOS DE LA OTRA PARTE") > text.index("mié 2 dic 2026")
    assert WATCHED in text.split("PLAZOS DE LA OTRA PARTE")[1]
    assert text.rstrip().endswith("no figura en el expediente real.")
    # Outside the 14 days: the follow-up meeting 20 days later.
    assert "Reunión de seguimiento" not in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_printed_agendas_contain_the_demo_items(
    db: Database, demo, tmp_path: Path, fmt: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"agenda.{fmt}"
    export_agenda(db, fmt, target, DEMO_TODAY, 14)
    text = " ".join(document_text(target).split())
    assert "Agenda del jue 26 nov 2026 al mié 9 dic 2026" in text
    assert "Plazos vencidos" in text
    for title in (
        "Informe oral",
        "Preparar el informe oral",
        "00045-2019",
        "[Ilustrativo]",
        "Plazos de la otra parte",
        "dato inventado para la demostración",
    ):
        assert title in text
    assert [p.name for p in folder.iterdir()] == [target.name]  # no temporary file left


def test_protected_names_are_redacted_in_every_format(db: Database, demo, tmp_path: Path) -> None:
    create_hearing(
        db,
        HearingInput(
            demo.case_ids[0], datetime(2026, 12, 3, 9, 0), "Declaración de Juana Quispe Huamaní"
        ),
    )
    for fmt in ("pdf", "docx", "ics", "text"):
        target = tmp_path / f"agenda.{fmt}"
        export_agenda(db, fmt, target, DEMO_TODAY, 14)
        content = document_text(target)
        assert "Quispe" not in content, fmt
        assert "[RESERVADO]" in content, fmt


def test_a_missing_folder_is_one_clear_error(db: Database, demo, tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="does not exist"):
        export_agenda(db, "ics", tmp_path / "nowhere" / "agenda.ics", DEMO_TODAY, 14)


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if path.suffix == ".ics":
        return "\n".join(
            str(e.get(key, "")) for e in Calendar.from_ical(path.read_bytes()).walk()
            for key in ("SUMMARY", "DESCRIPTION", "LOCATION")
        )  # fmt: skip
    return path.read_text(encoding="utf-8")
