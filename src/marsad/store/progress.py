"""The ingest progress bar: articles, articles/s and time left, on a terminal only."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class _ArticlesPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.fields["articles"] / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:,.0f} articles/s")


class IngestProgress:
    """Advances by input bytes, known up front, so that the time left can be estimated:
    by each article's text size as it is read, and by the rest of its shard when done."""

    def __init__(self, total_bytes: int) -> None:
        console = Console(stderr=True)
        self._progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            TextColumn("{task.fields[articles]:,} articles"),
            _ArticlesPerSecond(),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=console,
            disable=not console.is_terminal,
        )
        self._task = self._progress.add_task("ingest", total=total_bytes, articles=0)
        self._articles = 0
        self._shard_bytes = 0  # advanced for the articles of the current shard

    def __enter__(self) -> IngestProgress:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def article(self, size: int) -> None:
        self._articles += 1
        self._shard_bytes += size
        self._progress.update(self._task, advance=size, articles=self._articles)

    def shard_done(self, size: int, articles: int = 0) -> None:
        """A shard of ``size`` bytes is finished, with ``articles`` not counted by ``article``."""
        self._articles += articles
        rest = size - self._shard_bytes  # negative when texts outweighed the file (HTML)
        self._shard_bytes = 0
        self._progress.update(self._task, advance=rest, articles=self._articles)
