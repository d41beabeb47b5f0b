"""835 parsing throughput on a ~50 MB file made from the sample remittances, against pyx12 in the same run.

pyx12 is only needed here: `pip install pyx12` into the benchmark environment. Two like-for-like
comparisons and one strict one:

- tokenizer: our segment reader against pyx12's `X12Reader` (both only split segments);
- claims: our parser (every claim record built and balanced) against pyx12's loop-aware
  `X12ContextReader` handing out the same 2100 claim loops, on a smaller file of the same
  make-up, as it runs at a fraction of a megabyte per second;
- strict: our whole parser against pyx12's bare `X12Reader` tokenizer.

Each side's fastest of three runs is used: this machine's speed drifts within a minute.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import ROOT, peak_rss_mb

from collections_desktop.sync.records import ClaimRemitRecord
from collections_desktop.sync.x12_835 import parse_835
from collections_desktop.sync.x12_segments import segment_batches

SAMPLE = (ROOT / "tests" / "fixtures" / "x12_835" / "keironstoddart_edi-835-parser"
          / "united_healthcare_legacy_sample.txt")


def build(target: Path, megabytes: float) -> int:
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


def fastest(run: Callable[[Path], int], path: Path, repeats: int = 3) -> tuple[float, int]:
    """(best seconds, what the run counted)."""
    best, counted = float("inf"), 0
    for _ in range(repeats):
        start = time.perf_counter()
        counted = run(path)
        best = min(best, time.perf_counter() - start)
    return best, counted


def our_claims(path: Path) -> int:
    return sum(1 for item in parse_835(path) if isinstance(item, ClaimRemitRecord))


def our_segments(path: Path) -> int:
    return sum(len(batch) for _delimiters, batch in segment_batches(path))


def pyx12_segments(path: Path) -> int:
    import pyx12.x12file

    with path.open() as handle:
        return sum(1 for _segment in pyx12.x12file.X12Reader(handle))


def pyx12_claims(path: Path) -> int:
    import pyx12.error_handler
    import pyx12.params
    import pyx12.x12context

    with path.open() as handle:
        reader = pyx12.x12context.X12ContextReader(pyx12.params.params(), pyx12.error_handler.errh_null(), handle)
        return sum(1 for node in reader.iter_segments("2100") if node.id == "2100")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=int, default=50)
    parser.add_argument("--loop-megabytes", type=float, default=2.0,
                        help="size of the file for the claims comparison with pyx12's loop reader")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path, small = Path(tmp) / "big.835", Path(tmp) / "small.835"
        copies = build(path, args.megabytes)
        build(small, args.loop_megabytes)
        size, small_size = path.stat().st_size / 1e6, small.stat().st_size / 1e6
        ours_s, claims = fastest(our_claims, path)
        tokens_s, segments = fastest(our_segments, path)
        theirs_s, their_segments = fastest(pyx12_segments, path)
        small_ours_s, small_claims = fastest(our_claims, small)
        small_theirs_s, their_claims = fastest(pyx12_claims, small, repeats=1)
    print(f"file: {size:.1f} MB, {copies} remittances, {claims} claims, {segments} segments")
    print(f"tokenizer: ours {tokens_s:.2f} s ({size / tokens_s:.1f} MB/s), pyx12 X12Reader {theirs_s:.2f} s "
          f"({size / theirs_s:.1f} MB/s, {their_segments} segments): {theirs_s / tokens_s:.1f}x")
    print(f"claims ({small_size:.1f} MB file, {small_claims} claims; pyx12 found {their_claims}): ours "
          f"{small_ours_s:.2f} s, pyx12 X12ContextReader {small_theirs_s:.2f} s: "
          f"{small_theirs_s / small_ours_s:.1f}x (target >= 5x)")
    print(f"strict: our whole parser {ours_s:.2f} s ({size / ours_s:.1f} MB/s) against pyx12's bare tokenizer: "
          f"{theirs_s / ours_s:.1f}x; peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
