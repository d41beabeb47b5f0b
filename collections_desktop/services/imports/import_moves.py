"""The balance moves of one import: every move counted, the largest kept for the report, in bounded memory."""

from __future__ import annotations

import heapq

from collections_desktop.storage.balances import BalanceChange

# The report names the accounts whose balance moved most and counts the others: an initial load of a
# million rows moves hundreds of thousands of balances, which no one reads one by one.
REPORTED_CHANGES = 1000


class BalanceMoves:
    """Collects balance changes as an import finds them (slice by slice, then at its end)."""

    def __init__(self, keep: int = REPORTED_CHANGES) -> None:
        self.keep = keep
        self.count = 0
        self._largest: list[tuple[int, int, BalanceChange]] = []  # a min-heap on the size of the move

    def add(self, change: BalanceChange) -> None:
        self.count += 1
        item = (abs(change.patient_due_after - change.patient_due_before), change.account_id, change)
        if len(self._largest) < self.keep:
            heapq.heappush(self._largest, item)
        else:
            heapq.heappushpop(self._largest, item)

    def withdraw(self, account_id: int) -> None:
        """Takes back the move counted for an account that moved again later (it is added anew)."""
        self.count -= 1
        kept = [item for item in self._largest if item[1] != account_id]
        if len(kept) != len(self._largest):
            heapq.heapify(kept)
            self._largest = kept

    def largest(self) -> list[BalanceChange]:
        """The kept moves, by account."""
        return sorted((item[2] for item in self._largest), key=lambda change: change.account_id)
