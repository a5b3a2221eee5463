-- Hand-written (Prisma does not model WITHOUT ROWID): "histogram_sample" becomes a WITHOUT ROWID
-- table like "sample", stored in (series_id, ts) order inside its primary-key B-tree. As a rowid
-- table, reading one series' rows in time order cost a lookup from the key index into the table
-- per row; clustered, a range read scans one B-tree, and each insert writes one B-tree, not two.
-- The schema is unchanged, so `prisma migrate diff` sees no difference.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_histogram_sample" (
    "series_id" INTEGER NOT NULL,
    "ts" BIGINT NOT NULL,
    "count" BIGINT NOT NULL,
    "sum" REAL,
    "bounds" TEXT NOT NULL,
    "bucket_counts" TEXT NOT NULL,
    "temporality" TEXT NOT NULL,

    PRIMARY KEY ("series_id", "ts"),
    CONSTRAINT "histogram_sample_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO "new_histogram_sample" ("series_id", "ts", "count", "sum", "bounds", "bucket_counts", "temporality") SELECT "series_id", "ts", "count", "sum", "bounds", "bucket_counts", "temporality" FROM "histogram_sample";
DROP TABLE "histogram_sample";
ALTER TABLE "new_histogram_sample" RENAME TO "histogram_sample";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
