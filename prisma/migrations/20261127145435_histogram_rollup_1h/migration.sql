-- Hourly histogram rollups (see packages/db/src/maintenance/histogram-rollups.ts). Hand-edited:
-- WITHOUT ROWID, which Prisma does not model, stores rows clustered by their primary key like
-- "sample" and "histogram_sample", so a long-range read scans one B-tree range per series.

-- CreateTable
CREATE TABLE "histogram_rollup_1h" (
    "series_id" INTEGER NOT NULL,
    "bucket_start_ns" BIGINT NOT NULL,
    "bounds" TEXT NOT NULL,
    "count" BIGINT NOT NULL,
    "sum" REAL,
    "bucket_counts" TEXT NOT NULL,

    PRIMARY KEY ("series_id", "bucket_start_ns", "bounds"),
    CONSTRAINT "histogram_rollup_1h_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
