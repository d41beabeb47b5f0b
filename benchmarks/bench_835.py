"""835 parsing throughput on a ~50 MB file made from the sample remittances, against pyx12 in the same run.

pyx12 is only needed here: `pip install pyx12` into the benchmark environment. Its X12Reader
(tokenizer with envelope checks) is the baseline; ours also builds every claim record.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import ROOT, peak_rss_mb

from collections_desktop.sync.records import ClaimRemitRecord
from collections_desktop.sync.x12_835 import parse_835

SAMPLE = ROOT / "tests" / "fixtures" / "x12_835" / "keironstoddart_edi-835-parser" / "united_healthcare_legacy_sample.txt"


def build(target: Path, megabytes: int) -> int:
    text = SAMPLE.read_text()
    start, end = text.index("ST*835"), text.index("GE*")
    body = text[start:end]
    copies = 0
    with target.open("w") as handle:
        handle.write(text[:start])
        while handle.tell() < megabytes * 1_000_000:
            handle.write(body.replace("TRN*1*1234567890", f"TRN*1*{copies:010d}"))
            copies += 1
        handle.write(text[end:].replace("GE*1*", f"GE*{copies}*"))
    return copies


def ours(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    claims = sum(1 for item in parse_835(path) if isinstance(item, ClaimRemitRecord))
    return time.perf_counter() - start, claims


def theirs(path: Path) -> tuple[float, int]:
    import pyx12.x12file

    start = time.perf_counter()
    segments = 0
    with path.open() as handle:
        for _segment in pyx12.x12file.X12Reader(handle):
            segments += 1
    return time.perf_counter() - start, segments


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.835"
        copies = build(path, args.megabytes)
        size = path.stat().st_size / 1e6
        ours_s, claims = ours(path)
        theirs_s, segments = theirs(path)
    print(f"file: {size:.1f} MB, {copies} remittances, {claims} claims, {segments} segments")
    print(f"ours: {ours_s:.2f} s ({size / ours_s:.1f} MB/s); pyx12 X12Reader: {theirs_s:.2f} s "
          f"({size / theirs_s:.1f} MB/s)")
    print(f"throughput ratio ours/pyx12: {theirs_s / ours_s:.1f}x (target >= 5x); peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
