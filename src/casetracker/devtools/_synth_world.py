"""The fixed cast of a synthetic database: courts, matters and the parties many cases share.

Rows are plain dicts with their ids assigned up front, ready for
:func:`casetracker.store.bulk.insert_rows`. Shared organisations are created the
first time a case needs them, so a small run holds only what it uses.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from casetracker.devtools import _synth_vocabulary as words
from casetracker.domain.enums import CourtLevel, PartyKind

# Where the campaign's cases concentrate: the southern mining corridor first.
_DISTRICT_WEIGHTS = {"Apurímac": 6, "Cusco": 6, "Puno": 4, "Lima": 3, "Cajamarca": 3}

CONSTITUTIONAL = ("amparo", "habeas_corpus", "habeas_data", "cumplimiento")
TC_KINDS = {
    "amparo": "PA",
    "habeas_corpus": "HC",
    "habeas_data": "HD",
    "cumplimiento": "AC",
    "inconstitucionalidad": "PI",
    "competencial": "CC",
}
# Which kind of court hears a procedure, first choice first.
_COURT_KINDS = {
    **dict.fromkeys(CONSTITUTIONAL, ("constitutional", "mixed")),
    "inconstitucionalidad": ("tc",),
    "competencial": ("tc",),
    "accion_popular": ("chamber",),
    "penal": ("penal", "mixed"),
    "laboral": ("labour", "mixed"),
    "sumarisimo": ("civil", "mixed", "peace"),
}
_SPECIALTY = {"penal": "PE", "laboral": "LA", **dict.fromkeys(CONSTITUTIONAL, "DC")}


@dataclass(frozen=True, slots=True)
class SynthCourt:
    id: int
    name: str
    kind: str
    district: str
    seat: str
    code: str  # CEJ district and seat, e.g. "0302"
    organ: str
    number: int

    def specialty(self, procedure: str) -> str:
        """The CEJ specialty code a case of ``procedure`` gets in this court."""
        specialty = _SPECIALTY.get(procedure, "CI")
        # Mixed courts number constitutional cases as civil ones.
        return "CI" if specialty == "DC" and self.kind == "mixed" else specialty


@dataclass
class Cast:
    """Who is who in one case, and the words its texts are made of."""

    plaintiff: int
    defendant: int
    slots: dict[str, str]


@dataclass
class World:
    """Courts, matters and shared parties; collects the rows they need."""

    rng: random.Random
    next_ids: dict[str, int]
    existing_courts: dict[tuple[str, str], int]
    existing_matters: dict[str, int]
    courts: list[SynthCourt] = field(default_factory=list)
    matter_ids: list[int] = field(default_factory=list)
    court_rows: list[dict[str, Any]] = field(default_factory=list)
    matter_rows: list[dict[str, Any]] = field(default_factory=list)
    party_rows: list[dict[str, Any]] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)
    _by_kind: dict[str, list[SynthCourt]] = field(default_factory=dict)
    _organisations: dict[str, int] = field(default_factory=dict)
    _judges: dict[int, list[int]] = field(default_factory=dict)
    _lawyers: list[int] = field(default_factory=list)
    _districts: list[str] = field(default_factory=list)

    def build(self, case_count: int) -> None:
        """Create the courts and as many matters as ``case_count`` cases warrant."""
        for name, district_code, seats in words.DISTRICTS:
            self._districts += [name] * _DISTRICT_WEIGHTS.get(name, 1)
            for index, (seat_code, seat) in enumerate(seats):
                code = district_code + seat_code
                if index == 0:
                    self._main_seat_courts(name, seat, code)
                else:
                    self._court(f"Juzgado Mixto de {seat}", "mixed", name, seat, code, "JM", 1)
        self._court("Tribunal Constitucional", "tc", "Lima", "Lima", "", "TC", 0)
        self._make_matters(max(3, min(80, case_count // 40)))

    def _main_seat_courts(self, district: str, seat: str, code: str) -> None:
        court = self._court
        court(f"Juzgado Constitucional de {seat}", "constitutional", district, seat, code, "JR", 1)
        for number in (1, 2):
            ordinal = words.ORDINALS[number - 1]
            court(f"{ordinal} Juzgado Civil de {seat}", "civil", district, seat, code, "JR", number)
        court(f"Juzgado Penal Unipersonal de {seat}", "penal", district, seat, code, "JR", 1)
        court(f"Juzgado de Trabajo de {seat}", "labour", district, seat, code, "JR", 1)
        court(f"Juzgado de Paz Letrado de {seat}", "peace", district, seat, code, "JP", 1)
        chamber = f"Sala Civil de la Corte Superior de Justicia de {district}"
        court(chamber, "chamber", district, seat, code, "SP", 1)

    def _court(
        self, name: str, kind: str, district: str, seat: str, code: str, organ: str, number: int
    ) -> None:
        court_id = self.existing_courts.get((name, district))
        if court_id is None:
            court_id = self._take("courts")
            level = {
                "tc": CourtLevel.CONSTITUTIONAL_COURT,
                "chamber": CourtLevel.SUPERIOR_CHAMBER,
                "peace": CourtLevel.JUSTICE_OF_PEACE,
            }.get(kind, CourtLevel.FIRST_INSTANCE)
            self.court_rows.append(
                {
                    "id": court_id,
                    "name": name,
                    "level": level.value,
                    "district": district,
                    "seat": seat,
                    "vacations_suspend": False,
                }
            )
        court = SynthCourt(court_id, name, kind, district, seat, code, organ, number)
        self.courts.append(court)
        self._by_kind.setdefault(kind, []).append(court)
        self._by_kind.setdefault(f"{kind}@{district}", []).append(court)

    def _make_matters(self, count: int) -> None:
        themes = (
            "Convenios PNP",
            "Consulta previa",
            "Agua y minería",
            "Defensa de defensores",
            "Territorio comunal",
            "Salud ambiental",
        )
        names: list[str] = []
        for theme in themes:
            for place in words.PROVINCES:
                names.append(f"{theme} – {place}")
        self.rng.shuffle(names)
        for name in names[:count]:
            matter_id = self.existing_matters.get(name)
            if matter_id is None:
                matter_id = self._take("matters")
                description = f"Campaña de litigio sintética: {name}."
                self.matter_rows.append({"id": matter_id, "name": name, "description": description})
            self.matter_ids.append(matter_id)

    # -- choices a case makes ---------------------------------------------------

    def court_for(self, procedure: str) -> SynthCourt:
        """A court that hears ``procedure``, mostly in the campaign's districts."""
        district = self.rng.choice(self._districts)
        for kind in _COURT_KINDS.get(procedure, ("civil", "mixed")):
            local = self._by_kind.get(f"{kind}@{district}") or self._by_kind.get(kind)
            if local:
                return self.rng.choice(local)
        return self.rng.choice(self._by_kind["civil"])

    def tc(self) -> SynthCourt:
        return self._by_kind["tc"][0]

    def cast(
        self, links_out: list[dict[str, Any]], case_id: int, court: SynthCourt, procedure: str
    ) -> Cast:
        """Choose the parties of a case; append its case-party rows to ``links_out``."""
        rng = self.rng
        place = rng.choice(words.COMMUNITIES)
        plaintiff, plaintiff_name = self._plaintiff(place)
        defendant_name = self._defendant_name(procedure)
        defendant = self.organisation(defendant_name)
        lawyer = self.lawyer()
        counsel = self.organisation(rng.choice(words.COUNSEL_ORGANISATIONS))
        # (party, role) -> represented by; a dict keeps each pair once, as the schema wants.
        links: dict[tuple[int, str], int | None] = {
            (plaintiff, "plaintiff"): lawyer,
            (defendant, "defendant"): None,
            (counsel, "counsel"): None,
            (lawyer, "counsel"): None,
        }
        if rng.random() < 0.4:
            links[(self.organisation("Policía Nacional del Perú"), "defendant")] = None
        if defendant_name in words.STATE_BODIES or rng.random() < 0.3:
            procurador = rng.choice(words.PROCURADURIAS)
            links[(self.organisation(procurador), "procurador")] = None
        if court.kind != "tc":
            links[(self.judge(court), "judge")] = None
        if procedure == "penal":
            fiscalia = f"Fiscalía Provincial Penal de {court.seat}"
            links[(self.organisation(fiscalia, document=False), "prosecutor")] = None
        if rng.random() < 0.15:
            links[(self.person(protected=rng.random() < 0.3), "witness")] = None
        for (party_id, role), represented_by in links.items():
            links_out.append(
                {
                    "id": self._take("case_parties"),
                    "case_id": case_id,
                    "party_id": party_id,
                    "role": role,
                    "represented_by_id": represented_by,
                    "notes": "",
                }
            )
        slots = {
            "plaintiff": plaintiff_name,
            "defendant": defendant_name,
            "party": defendant_name,
            "lawyer": self.names[lawyer],
            "person": self.person_name(),
            "place": place,
            "province": rng.choice(words.PROVINCES),
            "river": rng.choice(words.RIVERS),
            "especialista": self.person_name(),
        }
        slots["subject"] = rng.choice(words.SUBJECTS).format(**slots)
        return Cast(plaintiff, defendant, slots)

    def _plaintiff(self, place: str) -> tuple[int, str]:
        if self.rng.random() < 0.65:
            name = self.rng.choice(words.ORGANISATION_FORMS).format(place)
            return self.organisation(name), name
        person = self.person()
        return person, self.names[person]

    def _defendant_name(self, procedure: str) -> str:
        rng = self.rng
        if procedure in ("inconstitucionalidad", "competencial"):
            return rng.choice(words.STATE_BODIES[8:])
        if rng.random() < 0.5:
            return rng.choice(words.STATE_BODIES[:6])
        if rng.random() < 0.7:
            return rng.choice(words.COMPANY_FORMS).format(rng.choice(words.COMPANY_STEMS))
        return rng.choice(words.MUNICIPALITY_FORMS).format(rng.choice(words.PROVINCES))

    def organisation(self, name: str, *, document: bool = True) -> int:
        """The id of the shared organisation called ``name``, created on first use."""
        party_id = self._organisations.get(name)
        if party_id is None:
            ruc = f"20{self.rng.randrange(10**8, 10**9)}" if document else ""
            party_id = self.party(name, PartyKind.ORGANISATION, document_id=ruc)
            self._organisations[name] = party_id
        return party_id

    def judge(self, court: SynthCourt) -> int:
        """One of the (at most two) judges of ``court`` over the years."""
        judges = self._judges.setdefault(court.id, [])
        if len(judges) < 2 and (not judges or self.rng.random() < 0.3):
            judges.append(self.person(notes=f"Juez de {court.name}."))
        return self.rng.choice(judges)

    def lawyer(self) -> int:
        """A lawyer from a pool that grows slowly, so lawyers appear in many cases."""
        if len(self._lawyers) < 12 or self.rng.random() < 0.01:
            bar = f"{self.rng.choice(words.BAR_ASSOCIATIONS)} {self.rng.randrange(1000, 90000)}"
            self._lawyers.append(self.person(bar_number=bar))
        return self.rng.choice(self._lawyers)

    def person_name(self) -> str:
        rng = self.rng
        first = rng.choice(words.FIRST_NAMES)
        if rng.random() < 0.2:
            first += " " + rng.choice(words.FIRST_NAMES)
        return f"{first} {rng.choice(words.SURNAMES)} {rng.choice(words.SURNAMES)}"

    def person(self, *, protected: bool = False, bar_number: str = "", notes: str = "") -> int:
        """A new natural person with a DNI."""
        dni = f"{self.rng.randrange(10**7, 10**8)}"
        return self.party(
            self.person_name(),
            PartyKind.PERSON,
            document_id=dni,
            protected=protected,
            bar_number=bar_number,
            notes=notes,
        )

    def party(
        self,
        name: str,
        kind: PartyKind,
        *,
        document_id: str = "",
        protected: bool = False,
        bar_number: str = "",
        notes: str = "",
    ) -> int:
        party_id = self._take("parties")
        self.names[party_id] = name
        place = self.rng.choice(words.PROVINCES)
        self.party_rows.append(
            {
                "id": party_id,
                "name": name,
                "kind": kind.value,
                "document_id": document_id,
                "address": f"Jr. {self.rng.choice(words.COMMUNITIES)} {party_id % 900 + 100}, "
                f"{place}",
                "email": "",
                "phone": f"9{self.rng.randrange(10**7, 10**8)}" if kind is PartyKind.PERSON else "",
                "casilla": "",
                "bar_number": bar_number,
                "notes": notes,
                "protected": protected,
            }
        )
        return party_id

    def _take(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value
