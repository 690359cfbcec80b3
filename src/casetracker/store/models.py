"""Mapped tables of the casetracker database (SQLAlchemy 2.x typed declarative).

The schema itself is created only by Alembic migrations; these classes describe it
for queries. Every constraint has a name (see ``NAMING_CONVENTION``) so that later
migrations can alter SQLite tables in batch mode.
"""

from __future__ import annotations

import uuid as uuidlib
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, validates

from casetracker.domain.enums import (
    CaseRelation,
    CaseStatus,
    CourtLevel,
    DeadlineStatus,
    FilingKind,
    HearingStatus,
    PartyKind,
    PartyRole,
    Procedure,
)
from casetracker.store.text_fold import fold
from casetracker.store.uuid7 import uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _in(column: str, enum: type) -> str:
    codes = ", ".join(f"'{code}'" for code in enum.codes())  # type: ignore[attr-defined]
    return f"{column} IN ({codes})"


DERIVED = "derived"
"""``Column.info`` key of a column computed from others: audit snapshots and archives
leave it out, and it is filled in again on insert."""


def _folded_title(context: DefaultExecutionContext) -> str:
    """The folded title of the row a Core or ORM insert is writing."""
    return fold(context.get_current_parameters().get("title")) or ""


def _not_blank(column: str) -> str:
    return f"length(trim({column})) > 0"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Identified:
    """Every record's stable identity and version (revision 0006).

    ``uuid`` is made once (UUIDv7) and travels with the record through archives,
    copies and the trash; integer ids stay local to one database. ``version`` counts
    the record's saves: SQLAlchemy writes ``UPDATE … WHERE id = ? AND version = ?``,
    so a save based on a version someone else has already replaced changes nothing
    and fails (see ``services._crud``) instead of overwriting their work.
    """

    uuid: Mapped[uuidlib.UUID] = mapped_column(
        Uuid, default=uuid7, index=True, unique=True, sort_order=1000
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1", sort_order=1001)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Matter(Identified, Base):
    __tablename__ = "matters"
    __table_args__ = (CheckConstraint(_not_blank("name"), name="name_not_blank"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")


class JudicialBody(Identified, Base):
    """A body of courts (the Poder Judicial, the Tribunal Constitucional…) and which of
    the judiciary's own days it observes, with the basis of that (revision 0004)."""

    __tablename__ = "judicial_bodies"
    __table_args__ = (
        CheckConstraint(_not_blank("name"), name="name_not_blank"),
        CheckConstraint("judges_day IN (0, 1)", name="judges_day_bool"),
        CheckConstraint("year_opening IN (0, 1)", name="year_opening_bool"),
        CheckConstraint("verified IN (0, 1)", name="verified_bool"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    judges_day: Mapped[bool] = mapped_column(default=True)
    year_opening: Mapped[bool] = mapped_column(default=True)
    basis: Mapped[str] = mapped_column(String(300), default="")
    verified: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Court(Identified, Base):
    __tablename__ = "courts"
    __table_args__ = (
        CheckConstraint(_not_blank("name"), name="name_not_blank"),
        CheckConstraint(_in("level", CourtLevel), name="level_valid"),
        CheckConstraint("vacations_suspend IN (0, 1)", name="vacations_suspend_bool"),
        UniqueConstraint("name", "district"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(30))
    district: Mapped[str] = mapped_column(String(120), default="")
    seat: Mapped[str] = mapped_column(String(120), default="")
    vacations_suspend: Mapped[bool] = mapped_column(default=False)
    # None: the built-in default for the court's level (see services.judicial_bodies).
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("judicial_bodies.id", ondelete="RESTRICT"), index=True
    )


class Closure(Identified, Base):
    """A dated closure of one court, of one body's courts, or of all courts (both null)."""

    __tablename__ = "closures"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates_ordered"),
        CheckConstraint(_not_blank("reason"), name="reason_not_blank"),
        CheckConstraint("court_id IS NULL OR body_id IS NULL", name="one_scope"),
        Index(None, "starts_on", "ends_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    court_id: Mapped[int | None] = mapped_column(
        ForeignKey("courts.id", ondelete="CASCADE"), index=True
    )
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("judicial_bodies.id", ondelete="CASCADE"), index=True
    )
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300))
    legal_basis: Mapped[str] = mapped_column(String(300), default="")


class Case(Identified, Base):
    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint(_not_blank("title"), name="title_not_blank"),
        CheckConstraint(_in("procedure", Procedure), name="procedure_valid"),
        CheckConstraint(_in("status", CaseStatus), name="status_valid"),
        CheckConstraint(
            f"relation IS NULL OR {_in('relation', CaseRelation)}", name="relation_valid"
        ),
        CheckConstraint(
            "(related_case_id IS NULL) = (relation IS NULL)", name="relation_with_case"
        ),
        CheckConstraint("related_case_id IS NULL OR related_case_id <> id", name="not_self"),
        CheckConstraint(
            "closed_on IS NULL OR filed_on IS NULL OR closed_on >= filed_on",
            name="closed_after_filed",
        ),
        CheckConstraint("distance_days BETWEEN 0 AND 30", name="distance_days_range"),
        CheckConstraint("expediente_illustrative IN (0, 1)", name="expediente_illustrative_bool"),
        Index(None, "status", "updated_at"),
        # Covers the case list's filter in its default order: no row is read.
        Index(None, "updated_at", "title_folded", "expediente"),
        # On a team server a new case becomes visible to its creator only through the
        # trigger that runs after the INSERT (casetracker.store.server_access), and
        # INSERT … RETURNING must already see it: so the id is fetched first.
        {"implicit_returning": False},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    # The title folded for the case list's filter: derived, never edited, not audited
    # nor archived; set with the title (below) and on Core inserts (its default).
    title_folded: Mapped[str] = mapped_column(
        Text, default=_folded_title, server_default="", info={DERIVED: True}
    )
    expediente: Mapped[str | None] = mapped_column(String(80))
    expediente_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    # The expediente number was invented for illustration (demo data).
    expediente_illustrative: Mapped[bool] = mapped_column(default=False)
    court_id: Mapped[int | None] = mapped_column(
        ForeignKey("courts.id", ondelete="RESTRICT"), index=True
    )
    procedure: Mapped[str] = mapped_column(String(40))
    stage: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default=CaseStatus.DRAFT.value)
    filed_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    matter_id: Mapped[int | None] = mapped_column(
        ForeignKey("matters.id", ondelete="SET NULL"), index=True
    )
    related_case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    relation: Mapped[str | None] = mapped_column(String(20))
    responsible_lawyer: Mapped[str] = mapped_column(String(200), default="")
    especialista: Mapped[str] = mapped_column(String(200), default="")
    distance_days: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    @validates("title")
    def _fold_title(self, _key: str, title: str) -> str:
        self.title_folded = fold(title) or ""
        return title


class Party(Identified, Base):
    __tablename__ = "parties"
    __table_args__ = (
        CheckConstraint(_not_blank("name"), name="name_not_blank"),
        CheckConstraint(_in("kind", PartyKind), name="kind_valid"),
        CheckConstraint("protected IN (0, 1)", name="protected_bool"),
        CheckConstraint("plural IN (0, 1)", name="plural_bool"),
        CheckConstraint("article IN (0, 1)", name="article_bool"),
        CheckConstraint("gender IN ('', 'f', 'm')", name="gender_valid"),
        Index(None, "name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    document_id: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    casilla: Mapped[str] = mapped_column(String(60), default="")
    bar_number: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    protected: Mapped[bool] = mapped_column(default=False)
    # Revision 0007: grammar of the name in escritos. gender "f"/"m" ("" unknown: the
    # masculine generic); plural for a collective ("las comunidades"); article when the
    # name takes one ("la Policía Nacional del Perú", "el Ministerio del Interior").
    gender: Mapped[str] = mapped_column(String(1), default="")
    plural: Mapped[bool] = mapped_column(default=False)
    article: Mapped[bool] = mapped_column(default=False)


class CaseParty(Identified, Base):
    __tablename__ = "case_parties"
    __table_args__ = (
        CheckConstraint(_in("role", PartyRole), name="role_valid"),
        CheckConstraint(
            "represented_by_id IS NULL OR represented_by_id <> party_id", name="not_self"
        ),
        CheckConstraint("ours IN (0, 1)", name="ours_bool"),
        UniqueConstraint("case_id", "party_id", "role"),
        Index(None, "party_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(30))
    represented_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("parties.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # We represent this party: its side's periods are ours, the other side's are watched.
    ours: Mapped[bool] = mapped_column(default=False)
    # Revision 0007: where the representative's power is registered, as the escrito says
    # it ("según poder inscrito en la partida N.º … del Registro de Personas Jurídicas").
    power: Mapped[str] = mapped_column(String(300), default="")


class CaseInstance(Identified, Base):
    """One instance a case runs through: juzgado, sala, Tribunal Constitucional or a
    cuaderno (cautelar…), with its own court, number and staff (revision 0007).

    The case's current instance is the one with the highest ``position``; the case's
    own court, expediente and especialista mirror it.
    """

    __tablename__ = "case_instances"
    __table_args__ = (
        CheckConstraint(_not_blank("label"), name="label_not_blank"),
        CheckConstraint("position >= 1", name="position_positive"),
        CheckConstraint(
            "ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
            name="dates_ordered",
        ),
        CheckConstraint("illustrative IN (0, 1)", name="illustrative_bool"),
        UniqueConstraint("case_id", "position"),
        Index(None, "court_id"),
        Index(None, "expediente_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column()
    label: Mapped[str] = mapped_column(String(120))
    court_id: Mapped[int | None] = mapped_column(ForeignKey("courts.id", ondelete="RESTRICT"))
    expediente: Mapped[str | None] = mapped_column(String(80))
    # Canonical form of the number (as ``cases.expediente_key``), for lookups; an appeal
    # keeps the first-instance number, so two instances may share it.
    expediente_key: Mapped[str | None] = mapped_column(String(80))
    judge: Mapped[str] = mapped_column(String(200), default="")
    especialista: Mapped[str] = mapped_column(String(200), default="")
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    # The expediente number was invented for illustration (demo data).
    illustrative: Mapped[bool] = mapped_column(default=False)


class Filing(Identified, Base):
    __tablename__ = "filings"
    __table_args__ = (
        CheckConstraint(_in("kind", FilingKind), name="kind_valid"),
        CheckConstraint(_not_blank("sumilla"), name="sumilla_not_blank"),
        CheckConstraint(
            "notified_on IS NULL OR notified_on >= filed_on", name="notified_after_filed"
        ),
        CheckConstraint("illustrative IN (0, 1)", name="illustrative_bool"),
        Index(None, "case_id", "filed_on"),
        Index(None, "filed_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    filed_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    filed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("parties.id", ondelete="SET NULL"), index=True
    )
    sumilla: Mapped[str] = mapped_column(String(500))
    reference: Mapped[str] = mapped_column(String(120), default="")
    notified_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    escrito_number: Mapped[int | None] = mapped_column()
    cuaderno: Mapped[str] = mapped_column(String(60), default="Principal")
    petitorio: Mapped[str] = mapped_column(Text, default="")
    facts: Mapped[str] = mapped_column(Text, default="")
    legal_grounds: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    por_tanto: Mapped[str] = mapped_column(Text, default="")
    otrosies: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Invented for illustration (demo data): marked in the app and in every document.
    illustrative: Mapped[bool] = mapped_column(default=False)
    # Revision 0007: the instance the filing was made in; the kind of escrito (None:
    # inferred from the filing's kind and sumilla).
    instance_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_instances.id", ondelete="SET NULL"), index=True
    )
    escrito_kind: Mapped[str | None] = mapped_column(String(30))


class Attachment(Identified, Base):
    """File metadata; the bytes live in ``attachment_contents`` so lists stay light."""

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(_not_blank("filename"), name="filename_not_blank"),
        CheckConstraint("size >= 0", name="size_not_negative"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        Index(None, "case_id"),
        Index(None, "filing_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    filing_id: Mapped[int | None] = mapped_column(ForeignKey("filings.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(300), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    # Revision 0007: place in the escrito's annex list (None: after the ordered ones).
    annex_position: Mapped[int | None] = mapped_column()


class AttachmentContent(Identified, Base):
    __tablename__ = "attachment_contents"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Hearing(Identified, Base):
    __tablename__ = "hearings"
    __table_args__ = (
        CheckConstraint(_in("status", HearingStatus), name="status_valid"),
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="ends_after_start"),
        CheckConstraint(_not_blank("kind"), name="kind_not_blank"),
        CheckConstraint("illustrative IN (0, 1)", name="illustrative_bool"),
        Index(None, "case_id", "starts_at"),
        Index(None, "starts_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(120))
    place: Mapped[str] = mapped_column(String(300), default="")
    video_link: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default=HearingStatus.SCHEDULED.value)
    outcome: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    illustrative: Mapped[bool] = mapped_column(default=False)
    # Revision 0007: the instance the hearing belongs to.
    instance_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_instances.id", ondelete="SET NULL"), index=True
    )


class Deadline(Identified, Base):
    __tablename__ = "deadlines"
    __table_args__ = (
        CheckConstraint(_in("status", DeadlineStatus), name="status_valid"),
        CheckConstraint(_not_blank("title"), name="title_not_blank"),
        CheckConstraint("trigger_on IS NULL OR due_on >= trigger_on", name="due_after_trigger"),
        CheckConstraint("watch IN (0, 1)", name="watch_bool"),
        CheckConstraint("illustrative IN (0, 1)", name="illustrative_bool"),
        Index(None, "status", "due_on"),
        Index(None, "case_id", "due_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=DeadlineStatus.OPEN.value)
    rule_key: Mapped[str] = mapped_column(String(80), default="")
    trigger_on: Mapped[date | None] = mapped_column(Date)
    trigger_filing_id: Mapped[int | None] = mapped_column(
        ForeignKey("filings.id", ondelete="SET NULL"), index=True
    )
    explanation: Mapped[str] = mapped_column(Text, default="")
    assignee: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The other side's period, tracked to watch its expiry (e.g. for rebeldía).
    watch: Mapped[bool] = mapped_column(default=False)
    illustrative: Mapped[bool] = mapped_column(default=False)


class Note(Identified, Base):
    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint(_not_blank("body"), name="body_not_blank"),
        Index(None, "case_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)


class AuditEntry(Identified, Base):
    """One change to one record. ``case_id`` carries no foreign key on purpose:
    the history of a deleted case must survive it."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        CheckConstraint("action IN ('create', 'update', 'delete', 'restore')", name="action_valid"),
        Index(None, "case_id", "at"),
        Index(None, "entity", "entity_id"),
        Index(None, "at"),
        Index(None, "record_uuid", "new_version"),
        # On a team server the entry of a deleted case is written once its team is
        # gone, and INSERT … RETURNING would need to see it (casetracker.store.server_access).
        {"implicit_returning": False},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column()
    case_id: Mapped[int | None] = mapped_column()
    action: Mapped[str] = mapped_column(String(10))
    summary: Mapped[str] = mapped_column(String(300), default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")
    # Revision 0006: which record changed (its uuid, the same in every copy of the
    # database), the version the change started from (None for a create) and the
    # version it made (None for a delete). Older entries may lack them.
    record_uuid: Mapped[uuidlib.UUID | None] = mapped_column(Uuid)
    base_version: Mapped[int | None] = mapped_column()
    new_version: Mapped[int | None] = mapped_column()


class CaseMember(Identified, Base):
    """One PostgreSQL role (a person's login or a team's group) that may see a case.

    Read only by the server's Row-Level Security policies (revision 0009,
    casetracker.store.server_access); a file's table stays empty.
    """

    __tablename__ = "case_members"
    __table_args__ = (
        CheckConstraint(_not_blank("role_name"), name="role_name_not_blank"),
        UniqueConstraint("case_id", "role_name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    role_name: Mapped[str] = mapped_column(String(63), index=True)
    added_by: Mapped[str] = mapped_column(String(63))
    added_at: Mapped[datetime] = mapped_column(DateTime)


# -- deadline rules and settings (revision 0002_rule_overrides) --------------------

_PERIOD_UNITS = ("working_days", "calendar_days", "months", "years")
_CERTAINTIES = ("H", "M", "L")
_RECORD_REASONS = ("accepted", "recomputed", "demo")


def _in_codes(column: str, codes: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(code) for code in codes)})"


class RuleOverride(Identified, Base):
    """The user's version of a deadline rule: an edit or a disabled copy of a shipped
    rule (same ``key``), or a rule of their own (new ``key``)."""

    __tablename__ = "rule_overrides"
    __table_args__ = (
        CheckConstraint(_not_blank("key"), name="key_not_blank"),
        CheckConstraint(_not_blank("name_es"), name="name_es_not_blank"),
        CheckConstraint(_not_blank("procedures"), name="procedures_not_blank"),
        CheckConstraint("amount >= 1", name="amount_positive"),
        CheckConstraint(_in_codes("unit", _PERIOD_UNITS), name="unit_valid"),
        CheckConstraint(_in_codes("certainty", _CERTAINTIES), name="certainty_valid"),
        CheckConstraint("enabled IN (0, 1)", name="enabled_bool"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    name_es: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    # Procedure codes separated by commas: codes never contain one.
    procedures: Mapped[str] = mapped_column(String(500))
    amount: Mapped[int] = mapped_column()
    unit: Mapped[str] = mapped_column(String(20))
    trigger: Mapped[str] = mapped_column(String(60))
    trigger_es: Mapped[str] = mapped_column(String(300))
    basis: Mapped[str] = mapped_column(String(300))
    certainty: Mapped[str] = mapped_column(String(1))
    enabled: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Revision 0004. The law versions as JSON ([{law, article, amount, unit, valid_from,
    # valid_to, certainty, note}]); "" for an override written before versions existed:
    # then amount, unit, basis and certainty above are its one version, always in force.
    # Otherwise those columns repeat the latest version.
    versions: Mapped[str] = mapped_column(Text, default="")
    # Who must act; None for an override written before: as shipped, else any party.
    acting_side: Mapped[str | None] = mapped_column(String(20))


class AppSetting(Identified, Base):
    """A setting stored with the data, shared by everyone who opens the database."""

    __tablename__ = "app_settings"
    __table_args__ = (CheckConstraint(_not_blank("key"), name="key_not_blank"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DeadlineComputation(Identified, Base):
    """How a deadline's date was computed, so a closure change can redo it exactly.

    The trigger day is the deadline's own ``trigger_on``; the court is its case's.
    """

    __tablename__ = "deadline_computations"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint(_in_codes("unit", _PERIOD_UNITS), name="unit_valid"),
        CheckConstraint("electronic IN (0, 1)", name="electronic_bool"),
        CheckConstraint("delay_working IN (0, 1)", name="delay_working_bool"),
        CheckConstraint("distance_days BETWEEN 0 AND 365", name="distance_days_range"),
    )

    deadline_id: Mapped[int] = mapped_column(
        ForeignKey("deadlines.id", ondelete="CASCADE"), primary_key=True
    )
    amount: Mapped[int] = mapped_column()
    unit: Mapped[str] = mapped_column(String(20))
    electronic: Mapped[bool] = mapped_column(default=False)
    delay_working: Mapped[bool] = mapped_column(default=True)
    distance_days: Mapped[int] = mapped_column(default=0)
    # Revision 0004: the court whose calendar counted, when not the case's (e.g. an
    # appeal court); None: the case's court.
    court_id: Mapped[int | None] = mapped_column(ForeignKey("courts.id", ondelete="SET NULL"))


class DeadlineRecord(Identified, Base):
    """How a deadline's date was computed, frozen when it was accepted (or recomputed).

    Later changes to the rule catalogue or the calendar do not alter it: it holds the
    rule's key and the law version applied, the trigger, the calendar data used as
    read at ``made_at`` and the whole computation (JSON), and who accepted it.
    """

    __tablename__ = "deadline_records"
    __table_args__ = (
        CheckConstraint(_in_codes("reason", _RECORD_REASONS), name="reason_valid"),
        Index(None, "deadline_id", "made_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deadline_id: Mapped[int] = mapped_column(ForeignKey("deadlines.id", ondelete="CASCADE"))
    made_at: Mapped[datetime] = mapped_column(DateTime)
    made_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date] = mapped_column(Date)
    computed_due_on: Mapped[date] = mapped_column(Date)
    trigger_on: Mapped[date] = mapped_column(Date)
    trigger_filing_id: Mapped[int | None] = mapped_column(
        ForeignKey("filings.id", ondelete="SET NULL")
    )
    rule_key: Mapped[str] = mapped_column(String(80), default="")
    rule_version: Mapped[str] = mapped_column(String(300), default="")
    court_name: Mapped[str] = mapped_column(String(200), default="")
    calendar: Mapped[str] = mapped_column(Text, default="{}")
    computation: Mapped[str] = mapped_column(Text, default="{}")


class DocumentText(Identified, Base):
    """How an attachment's text was read (derived: the file itself is never changed).

    An attachment without a row here has not been read yet: the background reader
    picks it up, also after a restart or an upgrade.
    """

    __tablename__ = "document_texts"
    __table_args__ = (
        CheckConstraint(
            "status IN ('done', 'waiting_ocr', 'failed', 'unsupported')", name="status_valid"
        ),
        CheckConstraint("text_source IN ('', 'text', 'ocr', 'mixed')", name="text_source_valid"),
        CheckConstraint("pages >= 0", name="pages_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), unique=True
    )
    sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))
    text_source: Mapped[str] = mapped_column(String(10), default="")
    pages: Mapped[int] = mapped_column(default=0)
    confidence: Mapped[float | None] = mapped_column(Float)
    message: Mapped[str] = mapped_column(String(500), default="")
    read_at: Mapped[datetime] = mapped_column(DateTime)


class DocumentPage(Identified, Base):
    """The text of one page of an attachment, with where it came from."""

    __tablename__ = "document_pages"
    __table_args__ = (
        CheckConstraint("source IN ('text', 'ocr')", name="source_valid"),
        CheckConstraint("page >= 1", name="page_positive"),
        UniqueConstraint("attachment_id", "page"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id", ondelete="CASCADE"))
    page: Mapped[int] = mapped_column()
    source: Mapped[str] = mapped_column(String(10))
    confidence: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)


# -- field mode (revision 0011_field_mode) -----------------------------------------


class FieldCheckout(Identified, Base):
    """Cases someone took into a field copy: who, when, and whether it is revoked.

    Its ``uuid`` is the field copy's name on this database; ``bundle_key`` (64 hex
    digits) encrypts the bundles exchanged with that copy without a connection.
    """

    __tablename__ = "field_checkouts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    case_uuids: Mapped[str] = mapped_column(Text)  # JSON list of the cases' uuids
    bundle_key: Mapped[str] = mapped_column(String(64))
    last_push_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_by: Mapped[str] = mapped_column(String(200), default="", server_default="")


class FieldPush(Identified, Base):
    """One set of field changes applied here; its ``uuid`` is the push's own id."""

    __tablename__ = "field_pushes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    checkout_uuid: Mapped[uuidlib.UUID] = mapped_column(Uuid)
    at: Mapped[datetime] = mapped_column(DateTime)
    records: Mapped[int] = mapped_column()


class SyncConflict(Identified, Base):
    """One field of one record changed both in the office and in a field copy (or an
    edit against a delete): both values, who and when, until a person chooses.

    The record holds the office's value meanwhile. Values are JSON (``null`` for "the
    record was deleted"); ``field_name`` is "" when the whole record is in question.
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        CheckConstraint("resolution IN ('', 'office', 'field')", name="resolution_valid"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(index=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[uuidlib.UUID] = mapped_column(Uuid, index=True)
    field_name: Mapped[str] = mapped_column(String(80))
    summary: Mapped[str] = mapped_column(String(300), default="", server_default="")
    office_value: Mapped[str] = mapped_column(Text)
    field_value: Mapped[str] = mapped_column(Text)
    office_actor: Mapped[str] = mapped_column(String(200))
    office_at: Mapped[datetime | None] = mapped_column(DateTime)
    field_actor: Mapped[str] = mapped_column(String(200))
    field_at: Mapped[datetime | None] = mapped_column(DateTime)
    checkout_uuid: Mapped[uuidlib.UUID] = mapped_column(Uuid)
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    resolution: Mapped[str] = mapped_column(String(10), default="", server_default="")


class FieldState(Identified, Base):
    """In a field copy, its one row: which checkout it is and where it came from.

    ``pending_push`` holds the last push sent but not yet answered (JSON), so that a
    cut connection or an unanswered bundle is resent as the same push.
    """

    __tablename__ = "field_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    checkout_uuid: Mapped[uuidlib.UUID] = mapped_column(Uuid)
    source: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
    checked_out_at: Mapped[datetime] = mapped_column(DateTime)
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime)
    bundle_key: Mapped[str] = mapped_column(String(64))
    pending_push: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The newest history entry already exchanged: later ones are this copy's own.
    history_mark: Mapped[int] = mapped_column(default=0, server_default="0")


class FieldBase(Identified, Base):
    """In a field copy, one record as the office last had it (its row image, JSON):
    the common ancestor from which both sides' changes are told apart."""

    __tablename__ = "field_bases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[uuidlib.UUID] = mapped_column(Uuid, unique=True)
    image: Mapped[str] = mapped_column(Text)
