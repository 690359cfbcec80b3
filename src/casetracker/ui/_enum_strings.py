"""Source strings of the domain enums' labels, for ``pyside6-lupdate`` (context "enums").

Generated from :mod:`casetracker.domain.enums` and :mod:`casetracker.domain.escrito_kinds`;
a test checks that it is complete.
Shown through :func:`casetracker.ui.i18n.enum_label`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ENUM_LABELS = (
    # Procedure
    QT_TRANSLATE_NOOP("enums", "Amparo"),
    QT_TRANSLATE_NOOP("enums", "Habeas corpus"),
    QT_TRANSLATE_NOOP("enums", "Habeas data"),
    QT_TRANSLATE_NOOP("enums", "Compliance action"),
    QT_TRANSLATE_NOOP("enums", "Popular action"),
    QT_TRANSLATE_NOOP("enums", "Unconstitutionality claim"),
    QT_TRANSLATE_NOOP("enums", "Jurisdictional conflict"),
    QT_TRANSLATE_NOOP("enums", "Ordinary civil (conocimiento)"),
    QT_TRANSLATE_NOOP("enums", "Abbreviated civil (abreviado)"),
    QT_TRANSLATE_NOOP("enums", "Summary civil (sumarísimo)"),
    QT_TRANSLATE_NOOP("enums", "Administrative litigation"),
    QT_TRANSLATE_NOOP("enums", "Interim measure"),
    QT_TRANSLATE_NOOP("enums", "Criminal"),
    QT_TRANSLATE_NOOP("enums", "Labour"),
    QT_TRANSLATE_NOOP("enums", "Other"),
    # CaseStatus
    QT_TRANSLATE_NOOP("enums", "Draft"),
    QT_TRANSLATE_NOOP("enums", "Filed"),
    QT_TRANSLATE_NOOP("enums", "Admitted"),
    QT_TRANSLATE_NOOP("enums", "In progress"),
    QT_TRANSLATE_NOOP("enums", "Decided"),
    QT_TRANSLATE_NOOP("enums", "On appeal"),
    QT_TRANSLATE_NOOP("enums", "Closed"),
    # CaseRelation
    QT_TRANSLATE_NOOP("enums", "Appeal of"),
    QT_TRANSLATE_NOOP("enums", "Incidente of"),
    QT_TRANSLATE_NOOP("enums", "Related to"),
    # CourtLevel
    QT_TRANSLATE_NOOP("enums", "Justice of the peace"),
    QT_TRANSLATE_NOOP("enums", "First instance"),
    QT_TRANSLATE_NOOP("enums", "Superior chamber"),
    QT_TRANSLATE_NOOP("enums", "Supreme Court"),
    QT_TRANSLATE_NOOP("enums", "Constitutional Court"),
    # PartyKind
    QT_TRANSLATE_NOOP("enums", "Person"),
    QT_TRANSLATE_NOOP("enums", "Organisation"),
    # PartyRole
    QT_TRANSLATE_NOOP("enums", "Plaintiff"),
    QT_TRANSLATE_NOOP("enums", "Defendant"),
    QT_TRANSLATE_NOOP("enums", "Third party"),
    QT_TRANSLATE_NOOP("enums", "Counsel"),
    QT_TRANSLATE_NOOP("enums", "Amicus curiae"),
    QT_TRANSLATE_NOOP("enums", "Judge"),
    QT_TRANSLATE_NOOP("enums", "Prosecutor"),
    QT_TRANSLATE_NOOP("enums", "State attorney (procurador)"),
    QT_TRANSLATE_NOOP("enums", "Witness"),
    # FilingKind
    QT_TRANSLATE_NOOP("enums", "Claim"),
    QT_TRANSLATE_NOOP("enums", "Answer"),
    QT_TRANSLATE_NOOP("enums", "Brief (escrito)"),
    QT_TRANSLATE_NOOP("enums", "Court resolution"),
    QT_TRANSLATE_NOOP("enums", "Appeal"),
    QT_TRANSLATE_NOOP("enums", "Notification"),
    QT_TRANSLATE_NOOP("enums", "Evidence"),
    # HearingStatus
    QT_TRANSLATE_NOOP("enums", "Scheduled"),
    QT_TRANSLATE_NOOP("enums", "Held"),
    QT_TRANSLATE_NOOP("enums", "Postponed"),
    QT_TRANSLATE_NOOP("enums", "Cancelled"),
    # DeadlineStatus
    QT_TRANSLATE_NOOP("enums", "Open"),
    QT_TRANSLATE_NOOP("enums", "Done"),
    QT_TRANSLATE_NOOP("enums", "Missed"),
    QT_TRANSLATE_NOOP("enums", "Waived"),
    # EscritoKind (casetracker.domain.escrito_kinds)
    QT_TRANSLATE_NOOP("enums", "Answer to the claim"),
    QT_TRANSLATE_NOOP("enums", "Recurso de agravio constitucional"),
    QT_TRANSLATE_NOOP("enums", "Reply to a transfer (absolución)"),
    QT_TRANSLATE_NOOP("enums", "Closing arguments (alegatos)"),
    QT_TRANSLATE_NOOP("enums", "Request for oral argument"),
    QT_TRANSLATE_NOOP("enums", "Appearance (apersonamiento)"),
    QT_TRANSLATE_NOOP("enums", "Gives an electronic inbox"),
    QT_TRANSLATE_NOOP("enums", "Change of procedural address"),
    QT_TRANSLATE_NOOP("enums", "Request for copies"),
    QT_TRANSLATE_NOOP("enums", "Other escrito"),
)
