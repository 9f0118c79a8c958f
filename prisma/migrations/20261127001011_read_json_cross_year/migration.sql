-- AlterTable
ALTER TABLE "ReportVersion" ADD COLUMN     "crossYear" JSONB,
ALTER COLUMN "read" SET DATA TYPE JSON;
