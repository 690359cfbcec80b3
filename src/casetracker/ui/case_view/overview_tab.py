"""The Overview tab: every field of the case, its matter and its related cases."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from casetracker.domain.records import CaseDetail
from casetracker.ui.formats import format_date, format_utc
from casetracker.ui.i18n import enum_label


class OverviewTab(QScrollArea):
    """Read-only summary of the case; links open related cases and the matter's timeline."""

    open_case_requested = Signal(int)
    matter_timeline_requested = Signal(int)
    matter_summary_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Overview of the case"))  # it takes the focus to scroll
        inner = QWidget(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(inner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.setWidget(inner)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("title", self.tr("Title")),
            ("expediente", self.tr("Expediente")),
            ("court", self.tr("Court")),
            ("instances", self.tr("Instances")),
            ("procedure", self.tr("Procedure")),
            ("stage", self.tr("Stage")),
            ("status", self.tr("Status")),
            ("filed_on", self.tr("Filed on")),
            ("closed_on", self.tr("Closed on")),
            ("matter", self.tr("Matter")),
            ("responsible_lawyer", self.tr("Responsible lawyer")),
            ("especialista", self.tr("Court clerk (especialista)")),
            ("distance_days", self.tr("Distance allowance")),
            ("related", self.tr("Related cases")),
            ("summary", self.tr("Summary")),
            ("updated", self.tr("Last activity")),
        )
        for key, label in rows:
            value = QLabel(inner)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            value.linkActivated.connect(self._link)
            # The caption labels the value through the buddy relation (AT-SPI "labelled
            # by"); the value's own name stays its text, so a screen reader reads both.
            caption = QLabel(f"<b>{escape(label)}</b>", inner)
            caption.setBuddy(value)
            self.form.addRow(caption, value)
            self.values[key] = value

    def _instances(self, detail: CaseDetail) -> str:
        """Every instance, the current one (the last) in bold, each with its number."""
        lines = []
        current_text = escape(self.tr("current"))
        for index, instance in enumerate(detail.instances):
            parts = [instance.label, instance.court.name if instance.court else "",
                     instance.expediente or ""]  # fmt: skip
            text = escape(" · ".join(part for part in parts if part))
            current = index == len(detail.instances) - 1
            lines.append(f"<b>{text}</b> ({current_text})" if current else text)
        return "<br>".join(lines)

    def set_detail(self, detail: CaseDetail) -> None:
        case = detail.case
        none = self.tr("—")
        court = none
        if case.court is not None:
            parts = [case.court.name, enum_label(case.court.level), case.court.district]
            court = escape(" · ".join(part for part in parts if part))
        matter = none
        if case.matter is not None:
            timeline_text, summary_text = self.tr("timeline"), self.tr("summary")
            timeline = f'<a href="matter:{case.matter.id}">{escape(timeline_text)}</a>'
            summary = f'<a href="summary:{case.matter.id}">{escape(summary_text)}</a>'
            matter = f"{escape(case.matter.name)} ({timeline} · {summary})"
        related = "<br>".join(
            f'<a href="case:{row.id}">{escape(row.expediente or "—")}</a> · {escape(row.title)}'
            for row in detail.related
        )
        days = case.distance_days
        texts = {
            "title": escape(case.title),
            "expediente": escape(case.expediente or none),
            "court": court,
            "instances": self._instances(detail) or none,
            "procedure": escape(enum_label(case.procedure)),
            "stage": escape(case.stage or none),
            "status": escape(enum_label(case.status)),
            "filed_on": escape(format_date(case.filed_on) or none),
            "closed_on": escape(format_date(case.closed_on) or none),
            "matter": matter,
            "responsible_lawyer": escape(case.responsible_lawyer or none),
            "especialista": escape(case.especialista or none),
            "distance_days": escape(
                self.tr("%1 working days").replace("%1", str(days)) if days else none
            ),
            "related": related or none,
            "summary": escape(case.summary or none).replace("\n", "<br>"),
            "updated": escape(format_utc(case.updated_at)),
        }
        for key, text in texts.items():
            self.values[key].setText(text)

    def text_of(self, key: str) -> str:
        """The plain text shown for field ``key`` (tests, accessibility)."""
        return self.values[key].text()

    def _link(self, href: str) -> None:
        kind, _sep, number = href.partition(":")
        if kind == "case":
            self.open_case_requested.emit(int(number))
        elif kind == "matter":
            self.matter_timeline_requested.emit(int(number))
        elif kind == "summary":
            self.matter_summary_requested.emit(int(number))
