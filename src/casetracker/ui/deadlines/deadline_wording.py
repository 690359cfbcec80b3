"""How deadlines are worded everywhere in the interface, so no two views disagree.

One phrase for how far away a deadline is ("Due today", "In 1 working day", "In 3
working days", "Overdue by 2 days"): working days are counted on the case's court
calendar (the dashboard and the reminders get the count from their services);
overdue days are calendar days since the due date. The other side's periods say so
("Other side's period"), and records invented for illustration carry a mark.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casetracker.domain.rules import ActingSide, DeadlineRule

_ILLUSTRATIVE = QT_TRANSLATE_NOOP("DeadlineWording", "[Illustrative]")
_WATCH = QT_TRANSLATE_NOOP("DeadlineWording", "Other side's period")
_OURS = QT_TRANSLATE_NOOP("DeadlineWording", "Ours")
_OTHER = QT_TRANSLATE_NOOP("DeadlineWording", "Other side")
_SIDES = {
    ActingSide.PLAINTIFF: QT_TRANSLATE_NOOP("DeadlineWording", "The plaintiff"),
    ActingSide.DEFENDANT: QT_TRANSLATE_NOOP("DeadlineWording", "The defendant"),
    ActingSide.ANY_PARTY: QT_TRANSLATE_NOOP("DeadlineWording", "Any party notified"),
}
# Literal QCoreApplication.translate calls below, so that pyside6-lupdate extracts them.


def due_text(working_days_left: int, days_overdue: int) -> str:
    """ "Overdue by 2 days", "Due today", "In 1 working day", "In 5 working days"."""
    if days_overdue == 1:
        return QCoreApplication.translate("DeadlineWording", "Overdue by 1 day")
    if days_overdue > 1:
        return QCoreApplication.translate(
            "DeadlineWording", "Overdue by %n days", None, days_overdue
        )
    if working_days_left <= 0:
        return QCoreApplication.translate("DeadlineWording", "Due today")
    if working_days_left == 1:
        return QCoreApplication.translate("DeadlineWording", "In 1 working day")
    return QCoreApplication.translate(
        "DeadlineWording", "In %n working days", None, working_days_left
    )


def expired_text(days_overdue: int) -> str:
    """For the other side's periods: they are not late, they ended."""
    if days_overdue == 1:
        return QCoreApplication.translate("DeadlineWording", "Ended yesterday")
    return QCoreApplication.translate("DeadlineWording", "Ended %n days ago", None, days_overdue)


def whose_text(watch: bool, *, short: bool = False) -> str:
    """ "Ours" or "Other side's period" ("Other side" where space is short)."""
    other = _OTHER if short else _WATCH
    return QCoreApplication.translate("DeadlineWording", other if watch else _OURS)


def side_label(side: ActingSide | str) -> str:
    """Who must act: "The defendant", "Any party notified"…"""
    return QCoreApplication.translate("DeadlineWording", _SIDES[ActingSide(side)])


def marked(text: str, illustrative: bool) -> str:
    """``text`` with the "[Illustrative]" mark when it was invented for illustration."""
    return (
        f"{QCoreApplication.translate('DeadlineWording', _ILLUSTRATIVE)} {text}"
        if illustrative
        else text
    )


def rule_title(rule: DeadlineRule | None, key: str, language: str) -> str:
    """The rule's name in ``language``; the bare key only when the rule is gone."""
    if rule is None:
        return key
    return rule.name(language)
