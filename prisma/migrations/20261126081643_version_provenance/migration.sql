-- The cells are no longer rows of their own: every value is already in the version's `read`
-- JSON (nested along the canonical keys), which the long extract flattens. The provenance moves
-- from read->'sources' to a packed text column (lib/report/provenance-codec.ts). Versions stored
-- before keep theirs in `read`, which the report page reads when `provenance` is the default.

-- AlterTable
ALTER TABLE "ReportVersion" ADD COLUMN     "provenance" TEXT NOT NULL DEFAULT '[]';

-- DropForeignKey
ALTER TABLE "ReportCell" DROP CONSTRAINT "ReportCell_versionId_fkey";

-- DropTable
DROP TABLE "ReportCell";
