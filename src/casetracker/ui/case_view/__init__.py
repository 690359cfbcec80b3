"""The case workspace: a header and one tab per kind of record of the case.

The view itself (and QtPdf, which its attachments need) is imported on first use: the
window builds it when a case is first opened, not to start.
"""

from typing import TYPE_CHECKING, Any

from casetracker.ui.case_view._record_tab import CaseContext

if TYPE_CHECKING:
    from casetracker.ui.case_view.case_view import TAB_KEYS, CaseView

__all__ = ["TAB_KEYS", "CaseContext", "CaseView"]


def __getattr__(name: str) -> Any:
    if name in ("TAB_KEYS", "CaseView"):
        from casetracker.ui.case_view import case_view

        return getattr(case_view, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
