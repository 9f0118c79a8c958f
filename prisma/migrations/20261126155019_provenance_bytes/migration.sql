-- AlterTable
ALTER TABLE "ReportVersion" ADD COLUMN     "provenanceBytes" BYTEA,
ALTER COLUMN "plainText" DROP NOT NULL;
