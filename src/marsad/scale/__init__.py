"""Scale-out: a shard is processed by a pure function, locally or on a Dask cluster."""
