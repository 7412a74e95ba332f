"""Case linking: reports of one incident gathered into a case with a status timeline (pure).

`link_report` decides which open case a report joins, `apply_report` folds it in, `link_batch`
does both over a batch in memory. The record, its status rule and its title live in `record`,
folding one more report into it in `grow`; places, names, counts and near-copy text are compared
in `places`, `matching` and `minhash`.
"""

from bot.cases.batch import BatchResult, link_batch, make_ref
from bot.cases.grow import apply_report
from bot.cases.link import THRESHOLD, WINDOW_DAYS, LinkConstraints, LinkDecision, link_report
from bot.cases.record import (
    CaseRecord,
    Corroboration,
    ReportRef,
    SourceCount,
    SourceRef,
    StatusChange,
    advances,
    build_record,
    rebuild,
)

__all__ = [
    "THRESHOLD",
    "WINDOW_DAYS",
    "BatchResult",
    "CaseRecord",
    "Corroboration",
    "LinkConstraints",
    "LinkDecision",
    "ReportRef",
    "SourceCount",
    "SourceRef",
    "StatusChange",
    "advances",
    "apply_report",
    "build_record",
    "link_batch",
    "link_report",
    "make_ref",
    "rebuild",
]
