"""Running shards on Dask: a local cluster of worker processes, or an existing scheduler.

Workers only compute records; they come back to the calling process, which alone
writes to the store. Workers of an existing cluster need Marsad installed.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator

from distributed import Client, LocalCluster, as_completed

from marsad.scale.shard import process_shard
from marsad.store.records import ShardRecords
from marsad.store.sources import Shard


class ClusterError(Exception):
    """The Dask scheduler cannot be reached; ``str`` says what to do."""


@contextlib.contextmanager
def dask_client(*, workers: int = 0, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of ``workers`` local processes on loopback."""
    logging.getLogger("distributed").setLevel(logging.ERROR)
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as err:
            raise ClusterError(
                f"cannot reach the Dask scheduler at {scheduler} ({err}); start one with "
                "`dask scheduler` and workers with `dask worker ADDRESS`"
            ) from None
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,  # the pipeline is pure Python: one process per core
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def map_shards(client: Client, shards: Iterable[Shard]) -> Iterator[ShardRecords]:
    """Each shard's records as soon as a worker has them (largest shards are sent first)."""
    ordered = sorted(shards, key=lambda shard: shard.size, reverse=True)
    if not ordered:
        return
    futures = client.map(process_shard, ordered, pure=False)
    for future in as_completed(futures):
        records = future.result()
        future.release()
        yield records
