"""What a search may ask for: the kinds of record and the most results.

Here rather than in the search service so that the command line can offer them in its
options without loading the service and the store (issue 17).
"""

from __future__ import annotations

MAX_LIMIT = 1_000
KINDS = ("case", "party", "filing", "hearing", "deadline", "note", "matter", "document")
