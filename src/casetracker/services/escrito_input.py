"""From a case and one of its filings to what its escrito says (who files, where)."""

from __future__ import annotations

from casetracker.briefs import escrito_data as ed
from casetracker.domain.attachments import annex_sort_key
from casetracker.domain.enums import FilingKind, PartyKind, PartyRole
from casetracker.domain.errors import ValidationError
from casetracker.domain.escrito_kinds import COURT_ACTS, EscritoKind, infer_escrito_kind
from casetracker.domain.records import (
    CaseDetail,
    CasePartyInfo,
    CourtInfo,
    FilingInfo,
    InstanceInfo,
    PartyInfo,
)

_SIDES = (PartyRole.PLAINTIFF, PartyRole.DEFENDANT, PartyRole.THIRD_PARTY)


def refuse_non_escrito(filing: FilingInfo) -> None:
    """A court act (resolution, notification) is never an escrito.

    Raises:
        ValidationError: the filing was not written by a party.
    """
    if filing.kind in COURT_ACTS or (filing.kind is FilingKind.OTHER and filing.filed_by is None):
        raise ValidationError(
            "filing",
            f"filing {filing.id} is a {filing.kind.label.lower()} ({filing.sumilla[:60]}), "
            "not an escrito: generate escritos from filings a party wrote (claim, answer, "
            "brief, appeal)",
        )


def escrito_kind_of(filing: FilingInfo) -> EscritoKind:
    """The kind of escrito a filing is: the one recorded with it, else read from its
    kind and sumilla."""
    if filing.escrito_kind:
        return EscritoKind(filing.escrito_kind)
    return infer_escrito_kind(filing.kind, filing.sumilla)


def escrito_data(
    detail: CaseDetail, filing_id: int, kind: EscritoKind | None = None
) -> ed.EscritoData:
    """What the escrito of ``filing_id`` says, written as ``kind`` (None: the filing's
    own kind, see :func:`escrito_kind_of`).

    Raises:
        ValidationError: the filing is not part of the case, or is a court act.
    """
    filing = next((f for f in detail.filings if f.id == filing_id), None)
    if filing is None:
        raise ValidationError("filing", f"filing {filing_id} is not part of this case")
    refuse_non_escrito(filing)
    instance = _instance(detail, filing)
    court = instance.court if instance else detail.case.court
    filers, ours = _filers(detail, filing)
    attachments = sorted(
        filing.attachments,
        key=lambda a: annex_sort_key(a.annex_position, a.id),
    )
    annexes = [ed.Annex(a.description or "Documento adjunto", a.filename, a.sha256)
               for a in attachments]  # fmt: skip
    titles = {annex.title.casefold() for annex in annexes}
    # Evidence offered and not already attached is an annex too, in the order written.
    for line in filing.evidence.split("\n"):
        title = line.strip().lstrip("0123456789.-) ").strip()
        if title and title.casefold() not in titles:
            annexes.append(ed.Annex(title))
    return ed.EscritoData(
        kind=kind or escrito_kind_of(filing),
        sumilla=filing.sumilla,
        filed_on=filing.filed_on,
        procedure=detail.case.procedure,
        court=_court(court),
        instance_label=instance.label if instance else "",
        expediente=instance.expediente if instance else detail.case.expediente,
        especialista=instance.especialista if instance else detail.case.especialista,
        cuaderno=filing.cuaderno,
        number=filing.escrito_number,
        filers=filers,
        plaintiffs=_side(detail, PartyRole.PLAINTIFF),
        defendants=_side(detail, PartyRole.DEFENDANT),
        counsel=_counsel(detail) if ours else None,
        ours=ours,
        petitorio=filing.petitorio,
        facts=filing.facts,
        legal_grounds=filing.legal_grounds,
        evidence=filing.evidence,
        por_tanto=filing.por_tanto,
        otrosies=filing.otrosies,
        annexes=tuple(annexes),
        illustrative=filing.illustrative or bool(instance.illustrative if instance else
                                                 detail.case.expediente_illustrative),
    )  # fmt: skip


def _instance(detail: CaseDetail, filing: FilingInfo) -> InstanceInfo | None:
    """The instance the filing was made in; the first one for a claim without one."""
    by_id = {i.id: i for i in detail.instances}
    if filing.instance_id in by_id:
        return by_id[filing.instance_id]
    if not detail.instances:
        return None
    # Filed before an instance was recorded: the one open on the filing's date.
    started = [i for i in detail.instances if i.started_on and i.started_on <= filing.filed_on]
    return started[-1] if started else detail.instances[0]


def _court(court: CourtInfo | None) -> ed.Court | None:
    return ed.Court(court.name, court.level, court.seat) if court else None


def person(party: PartyInfo) -> ed.Person:
    return ed.Person(
        name=party.name, organisation=party.kind is PartyKind.ORGANISATION,
        document_id=party.document_id, address=party.address, casilla=party.casilla,
        bar_number=party.bar_number, gender=party.gender, plural=party.plural,
        article=party.article,
    )  # fmt: skip


def _litigant(link: CasePartyInfo) -> ed.Litigant:
    rep = link.represented_by
    return ed.Litigant(person(link.party), person(rep) if rep else None, link.power)


def _side(detail: CaseDetail, role: PartyRole) -> tuple[ed.Litigant, ...]:
    return tuple(_litigant(link) for link in detail.parties if link.role is role)


def _filers(detail: CaseDetail, filing: FilingInfo) -> tuple[tuple[ed.Litigant, ...], bool]:
    """Who files, and whether we represent them.

    The party that files speaks for itself; a representative (a procurador for the
    State) speaks for the parties it represents; a party we represent files with every
    party of its side we also represent (co-plaintiffs sign together).
    """
    filer = filing.filed_by
    if filer is None:
        return (), False
    own = [link for link in detail.parties if link.party.id == filer.id and link.role in _SIDES]
    if own:
        link = own[0]
        if link.ours:
            together = [p for p in detail.parties if p.ours and p.role is link.role]
            return tuple(_litigant(p) for p in together), True
        return (_litigant(link),), False
    represented = [
        link for link in detail.parties
        if link.represented_by and link.represented_by.id == filer.id and link.role in _SIDES
    ]  # fmt: skip
    if represented:
        return tuple(_litigant(p) for p in represented), any(p.ours for p in represented)
    return (ed.Litigant(person(filer)),), False


def _counsel(detail: CaseDetail) -> ed.Person | None:
    """Our lawyers' office: its address is the domicilio procesal, its casilla SINOE's."""
    counsel = [link.party for link in detail.parties if link.role is PartyRole.COUNSEL]
    with_casilla = [p for p in counsel if p.casilla] or counsel
    return person(with_casilla[0]) if with_casilla else None
