"""Agreement PDF speed and memory: one two-page agreement against a one-page reportlab "hello" built in the same run,
then 1,000 agreements in a batch, watching memory between the first and the last hundred.

Target (issue 6): median ≤ 100 ms once fonts are registered; no memory growth across the batch.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import statistics
import time
from datetime import date

from _common import peak_rss_mb  # noqa: F401 - also puts the project on sys.path
from reportlab.platypus import Paragraph, SimpleDocTemplate

from collections_desktop.documents.agreement import build_agreement
from collections_desktop.documents.agreement_data import AgreementData, Covered, FollowUpTerms
from collections_desktop.documents.pdf_base import PAGE, register_fonts, styles
from collections_desktop.domain.plans.schedule import build_schedule, split_equal

CLINIC = {"legal_name": "Clínica Familiar del Valle, P.C.", "doing_business_as": "Valle Family Clinic",
          "address": "1200 N Oracle Rd, Tucson, AZ 85705", "phone": "(520) 555-0142", "hours": "Mon–Fri 8–5"}


def agreement(k: int) -> AgreementData:
    balance = 123_456 + k
    schedule = build_schedule(split_equal(balance - 20_000, 12), date(2027, 1, 31), "monthly", 20_000,
                              date(2026, 12, 15))
    return AgreementData(
        clinic=CLINIC, account=f"A-{k:06d}", plan_version=1, guarantor_name="María José Núñez Peña",
        guarantor_birth_date=date(1980, 3, 4), guarantor_address="45 Calle Señora, Tucson, AZ 85705",
        patients=("María José Núñez Peña",), minor_signer="", statement_date=date(2026, 11, 27),
        covered=(Covered("CLM-1", date(2026, 5, 2), 100_000 + k), Covered("CLM-2", date(2026, 6, 9), 23_456)),
        total_cents=balance, schedule=tuple(schedule), frequency="monthly", payment_method="",
        follow_up=FollowUpTerms(15, 1, 10, 14, 2, 30), preferred_language="en")


def hello() -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=PAGE).build([Paragraph("Hello, ¿qué tal? ¡Sí!", styles()["body"])])
    return buffer.getvalue()


def current_rss_kib() -> float:
    """Resident memory now (Linux /proc), so growth shows where the peak alone would hide it."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024


def timed(fn, runs: int) -> float:  # noqa: ANN001
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    register_fonts()
    sample = agreement(0)
    hello(), build_agreement(sample, ("en",))  # warm caches (styles, texts, glyph subsets)
    pages = build_agreement(sample, ("en",)).count(b"/Type /Page\n")
    hello_ms = timed(hello, args.runs)
    agreement_ms = timed(lambda: build_agreement(sample, ("en",)), args.runs)
    both_ms = timed(lambda: build_agreement(sample, ("es", "en")), max(5, args.runs // 3))
    print(f"hello (1 page): {hello_ms:.1f} ms median of {args.runs}")
    print(f"agreement ({pages} pages, English): {agreement_ms:.1f} ms median — ratio {agreement_ms / hello_ms:.1f}× "
          f"the hello document; target ≤ 100 ms: {'met' if agreement_ms <= 100 else 'NOT met'}")
    print(f"agreement in Spanish and English (4 pages): {both_ms:.1f} ms median")
    marks = {}
    start = time.perf_counter()
    for k in range(1, args.batch + 1):
        build_agreement(agreement(k), ("en",))
        if k in (100, args.batch // 2, args.batch):
            gc.collect()
            marks[k] = current_rss_kib()
    elapsed = time.perf_counter() - start
    first, last = marks[100], marks[args.batch]
    print(f"batch of {args.batch}: {elapsed:.1f} s ({elapsed / args.batch * 1000:.1f} ms each); resident memory "
          f"after 100: {first / 1024:.1f} MB, after {args.batch // 2}: {marks[args.batch // 2] / 1024:.1f} MB, "
          f"after {args.batch}: {last / 1024:.1f} MB — growth {last - first:+.0f} KiB ({last / first:.3f}×)")
    print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
