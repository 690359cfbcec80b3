"""The case workspace: a header and one tab per kind of record of the case."""

from casetracker.ui.case_view._record_tab import CaseContext
from casetracker.ui.case_view.case_view import TAB_KEYS, CaseView

__all__ = ["TAB_KEYS", "CaseContext", "CaseView"]
