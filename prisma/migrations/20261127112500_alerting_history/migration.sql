-- DropIndex
DROP INDEX "alert_state_rule_id_fingerprint_key";

-- AlterTable
ALTER TABLE "alert_state" ADD COLUMN "clear_since_ns" BIGINT;
ALTER TABLE "alert_state" ADD COLUMN "last_evaluated_ns" BIGINT;
ALTER TABLE "alert_state" ADD COLUMN "value" REAL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_alert_rule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "kpi" TEXT NOT NULL,
    "matchers" TEXT NOT NULL DEFAULT '[]',
    "operator" TEXT,
    "threshold" REAL,
    "for_seconds" INTEGER NOT NULL DEFAULT 0,
    "window_seconds" INTEGER NOT NULL DEFAULT 300,
    "params" TEXT NOT NULL DEFAULT '{}',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "builtin" BOOLEAN NOT NULL DEFAULT false,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL
);
INSERT INTO "new_alert_rule" ("created_at", "enabled", "for_seconds", "id", "kind", "kpi", "matchers", "name", "operator", "params", "threshold", "updated_at", "window_seconds") SELECT "created_at", "enabled", "for_seconds", "id", "kind", "kpi", "matchers", "name", "operator", "params", "threshold", "updated_at", "window_seconds" FROM "alert_rule";
DROP TABLE "alert_rule";
ALTER TABLE "new_alert_rule" RENAME TO "alert_rule";
CREATE INDEX "alert_rule_kpi_idx" ON "alert_rule"("kpi");
CREATE TABLE "new_notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "alert_state_id" INTEGER NOT NULL,
    "receiver" TEXT NOT NULL,
    "event" TEXT NOT NULL DEFAULT 'firing',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "next_attempt_at" DATETIME,
    "last_attempt_at" DATETIME,
    "delivered_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "notification_alert_state_id_fkey" FOREIGN KEY ("alert_state_id") REFERENCES "alert_state" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_notification" ("alert_state_id", "attempts", "delivered_at", "id", "last_error", "next_attempt_at", "receiver", "status") SELECT "alert_state_id", "attempts", "delivered_at", "id", "last_error", "next_attempt_at", "receiver", "status" FROM "notification";
DROP TABLE "notification";
ALTER TABLE "new_notification" RENAME TO "notification";
CREATE INDEX "notification_status_next_attempt_at_idx" ON "notification"("status", "next_attempt_at");
CREATE INDEX "notification_alert_state_id_idx" ON "notification"("alert_state_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "alert_state_rule_id_fingerprint_idx" ON "alert_state"("rule_id", "fingerprint");

-- CreateIndex
CREATE INDEX "alert_state_resolved_at_ns_idx" ON "alert_state"("resolved_at_ns");
