-- Registers the lake's crimes dataset in the catalog above (column list: lake-format/README.md).
-- Trino reads the Hive partitions directly; lake-service stays the only writer.
-- Caveat: lake-service uploads a compaction's new files before it moves the superseded ones to _retained/
-- (lake-service/README.md), so a query running during a compaction can see a rewritten partition twice. For exact
-- answers at any moment, read the file list of the current snapshot (GET /api/lake/snapshots/current) as
-- analytics-service does.
CREATE SCHEMA IF NOT EXISTS crimelake.chicago WITH (location = 's3://crimelake/lake');

-- `year` is both a Parquet column and a partition folder; Trino takes it (and month) from the folder names.
CREATE TABLE crimelake.chicago.crimes (
    id BIGINT,
    case_number VARCHAR,
    date TIMESTAMP(6),
    block VARCHAR,
    iucr VARCHAR,
    primary_type VARCHAR,
    description VARCHAR,
    location_description VARCHAR,
    arrest BOOLEAN,
    domestic BOOLEAN,
    beat VARCHAR,
    district INTEGER,
    ward INTEGER,
    community_area INTEGER,
    fbi_code VARCHAR,
    x_coordinate DOUBLE,
    y_coordinate DOUBLE,
    updated_on TIMESTAMP(6),
    latitude DOUBLE,
    longitude DOUBLE,
    location_flagged BOOLEAN,
    ingest_run_id VARCHAR,
    ingested_at TIMESTAMP(6) WITH TIME ZONE,
    year INTEGER,
    month INTEGER
)
WITH (
    external_location = 's3://crimelake/lake/crimes',
    format = 'PARQUET',
    partitioned_by = ARRAY['year', 'month']
);

-- Pick up partitions written since the last call (e.g. after each compaction).
CALL crimelake.system.sync_partition_metadata('chicago', 'crimes', 'ADD');
