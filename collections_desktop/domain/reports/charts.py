"""One chart definition for the Reports window (QtCharts) and the report PDFs (reportlab graphics): what is
plotted, in which order and colour, and what its labels say (as codes the renderer puts into words)."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("stacked", "grouped", "horizontal", "line")
CATEGORY_KINDS = ("week", "month", "issue", "measure")
UNITS = ("cents", "count", "rate")


@dataclass(frozen=True)
class Series:
    """One set of values, a value per category (None: nothing to draw there). `name` is a words code, said with
    `params`; `colour` a "#rrggbb" string."""

    name: str
    values: tuple[int | float | None, ...]
    colour: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Chart:
    """Bars (stacked, side by side, or lying for long labels) or lines over categories: weeks and months as
    dates, issues as (source, code, payer, own words by language), measures by their code. `compare`, when
    given, is drawn as a line over the bars: the compared period, category by category."""

    title: str
    kind: str
    categories: tuple[object, ...]
    category_kind: str
    series: tuple[Series, ...]
    unit: str
    compare: Series | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS or self.category_kind not in CATEGORY_KINDS or self.unit not in UNITS:
            raise ValueError(f"unknown chart {self.kind}/{self.category_kind}/{self.unit}")
        if any(len(s.values) != len(self.categories) for s in (*self.series, *filter(None, [self.compare]))):
            raise ValueError("a series has a value per category")

    @property
    def empty(self) -> bool:
        return not self.categories or not any(v for s in self.series for v in s.values)

    def top(self) -> float:
        """The largest value drawn (a stack's total for stacked bars), at least 1: where the value axis ends."""
        if not self.categories:
            return 1
        if self.kind == "stacked":
            tops = [sum(s.values[i] or 0 for s in self.series) for i in range(len(self.categories))]
        else:
            tops = [v or 0 for s in self.series for v in s.values]
        if self.compare is not None:
            tops += [v or 0 for v in self.compare.values]
        return max([*tops, 1])


def nice_step(top: float, steps: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) that covers `top` in about `steps` steps."""
    rough = max(top, 1) / steps
    power = 10 ** (len(str(int(rough))) - 1) if rough >= 1 else 1
    for factor in (1, 2, 5, 10):
        if rough <= factor * power:
            return factor * power
    return 10 * power
