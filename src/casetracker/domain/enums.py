"""Enumerations of the data model, with English source labels.

The stored value is the member's value (a stable lowercase code). ``label`` is the
English source string that the GUI passes through Qt's translation; ``label_es``
is the Spanish form printed in court documents, which are always in Spanish.
"""

from __future__ import annotations

from enum import StrEnum

from casetracker.domain.errors import echo


class LabelledEnum(StrEnum):
    """A string enum whose members carry an English and a Spanish label."""

    def __new__(cls, value: str, label: str, label_es: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label = label  # type: ignore[attr-defined]
        member._label_es = label_es  # type: ignore[attr-defined]
        return member

    @property
    def label(self) -> str:
        """English source label (translated by the GUI)."""
        return self._label  # type: ignore[attr-defined,no-any-return]

    @property
    def label_es(self) -> str:
        """Spanish label used in generated documents."""
        return self._label_es  # type: ignore[attr-defined,no-any-return]

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """Return the member whose code, English or Spanish label matches ``text``.

        Raises:
            ValueError: no member matches; the message lists the accepted codes.
        """
        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value, member.label.casefold(), member.label_es.casefold()):
                return member
        codes = ", ".join(member.value for member in cls)
        raise ValueError(f"{echo(text)} is not one of: {codes}")

    @classmethod
    def codes(cls) -> tuple[str, ...]:
        """All stored codes, in declaration order."""
        return tuple(member.value for member in cls)


class Procedure(LabelledEnum):
    AMPARO = ("amparo", "Amparo", "Amparo")
    HABEAS_CORPUS = ("habeas_corpus", "Habeas corpus", "Hábeas corpus")
    HABEAS_DATA = ("habeas_data", "Habeas data", "Hábeas data")
    CUMPLIMIENTO = ("cumplimiento", "Compliance action", "Proceso de cumplimiento")
    ACCION_POPULAR = ("accion_popular", "Popular action", "Acción popular")
    INCONSTITUCIONALIDAD = (
        "inconstitucionalidad",
        "Unconstitutionality claim",
        "Proceso de inconstitucionalidad",
    )
    COMPETENCIAL = ("competencial", "Jurisdictional conflict", "Proceso competencial")
    CONOCIMIENTO = ("conocimiento", "Ordinary civil (conocimiento)", "Proceso de conocimiento")
    ABREVIADO = ("abreviado", "Abbreviated civil (abreviado)", "Proceso abreviado")
    SUMARISIMO = ("sumarisimo", "Summary civil (sumarísimo)", "Proceso sumarísimo")
    CONTENCIOSO = (
        "contencioso_administrativo",
        "Administrative litigation",
        "Proceso contencioso administrativo",
    )
    CAUTELAR = ("cautelar", "Interim measure", "Medida cautelar")
    PENAL = ("penal", "Criminal", "Proceso penal")
    LABORAL = ("laboral", "Labour", "Proceso laboral")
    OTHER = ("other", "Other", "Otro")


class CaseStatus(LabelledEnum):
    DRAFT = ("draft", "Draft", "Borrador")
    FILED = ("filed", "Filed", "Presentado")
    ADMITTED = ("admitted", "Admitted", "Admitido")
    IN_PROGRESS = ("in_progress", "In progress", "En trámite")
    DECIDED = ("decided", "Decided", "Resuelto")
    ON_APPEAL = ("on_appeal", "On appeal", "En apelación")
    CLOSED = ("closed", "Closed", "Archivado")


class CaseRelation(LabelledEnum):
    APPEAL_OF = ("appeal_of", "Appeal of", "Apelación de")
    INCIDENTE_OF = ("incidente_of", "Incidente of", "Incidente de")
    RELATED_TO = ("related_to", "Related to", "Relacionado con")


class CourtLevel(LabelledEnum):
    JUSTICE_OF_PEACE = ("justice_of_peace", "Justice of the peace", "Juzgado de paz")
    FIRST_INSTANCE = ("first_instance", "First instance", "Primera instancia")
    SUPERIOR_CHAMBER = ("superior_chamber", "Superior chamber", "Sala superior")
    SUPREME_COURT = ("supreme_court", "Supreme Court", "Corte Suprema")
    CONSTITUTIONAL_COURT = (
        "constitutional_court",
        "Constitutional Court",
        "Tribunal Constitucional",
    )


class PartyKind(LabelledEnum):
    PERSON = ("person", "Person", "Persona natural")
    ORGANISATION = ("organisation", "Organisation", "Persona jurídica")


class PartyRole(LabelledEnum):
    PLAINTIFF = ("plaintiff", "Plaintiff", "Demandante")
    DEFENDANT = ("defendant", "Defendant", "Demandado")
    THIRD_PARTY = ("third_party", "Third party", "Tercero")
    COUNSEL = ("counsel", "Counsel", "Abogado patrocinante")
    AMICUS_CURIAE = ("amicus_curiae", "Amicus curiae", "Amicus curiae")
    JUDGE = ("judge", "Judge", "Juez")
    PROSECUTOR = ("prosecutor", "Prosecutor", "Fiscal")
    PROCURADOR = ("procurador", "State attorney (procurador)", "Procurador público")
    WITNESS = ("witness", "Witness", "Testigo")

    @property
    def side(self) -> str | None:
        """The side of the dispute this role sits on, for conflict checks."""
        return {PartyRole.PLAINTIFF: "active", PartyRole.DEFENDANT: "passive"}.get(self)


class FilingKind(LabelledEnum):
    CLAIM = ("claim", "Claim", "Demanda")
    ANSWER = ("answer", "Answer", "Contestación")
    BRIEF = ("brief", "Brief (escrito)", "Escrito")
    RESOLUTION = ("resolution", "Court resolution", "Resolución")
    APPEAL = ("appeal", "Appeal", "Recurso de apelación")
    NOTIFICATION = ("notification", "Notification", "Notificación")
    EVIDENCE = ("evidence", "Evidence", "Medio probatorio")
    OTHER = ("other", "Other", "Otro")


class HearingStatus(LabelledEnum):
    SCHEDULED = ("scheduled", "Scheduled", "Programada")
    HELD = ("held", "Held", "Realizada")
    POSTPONED = ("postponed", "Postponed", "Reprogramada")
    CANCELLED = ("cancelled", "Cancelled", "Cancelada")


class DeadlineStatus(LabelledEnum):
    OPEN = ("open", "Open", "Pendiente")
    DONE = ("done", "Done", "Cumplido")
    MISSED = ("missed", "Missed", "Vencido sin cumplir")
    WAIVED = ("waived", "Waived", "Renunciado")
