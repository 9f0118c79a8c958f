-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('province', 'city', 'county', 'township');

-- CreateEnum
CREATE TYPE "VersionStatus" AS ENUM ('active', 'superseded');

-- CreateEnum
CREATE TYPE "BatchStatus" AS ENUM ('queued', 'running', 'done');

-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('pending', 'imported', 'alreadyImported', 'replaced', 'failed');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "parentId" INTEGER,
    "level" "RegionLevel" NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceFile" (
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceFile_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "townId" INTEGER NOT NULL,
    "countyId" INTEGER,
    "cityId" INTEGER,
    "provinceId" INTEGER,
    "unitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "activeVersionId" INTEGER,
    "formatVersion" TEXT NOT NULL,
    "publications" INTEGER,
    "received" INTEGER,
    "carriedOver" INTEGER,
    "granted" INTEGER,
    "partiallyGranted" INTEGER,
    "denied" INTEGER,
    "unavailable" INTEGER,
    "notProcessed" INTEGER,
    "otherOutcome" INTEGER,
    "handledTotal" INTEGER,
    "carriedForward" INTEGER,
    "licensing" INTEGER,
    "penalties" INTEGER,
    "coercion" INTEGER,
    "feesWan" DOUBLE PRECISION,
    "reviews" INTEGER,
    "lawsuits" INTEGER,
    "findingCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportVersion" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'active',
    "sourceSha256" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "readerVersion" TEXT NOT NULL,
    "formatVersion" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "title" TEXT,
    "read" JSONB NOT NULL,
    "plainText" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMP(3),
    "batchId" INTEGER,

    CONSTRAINT "ReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportCell" (
    "versionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ReportCell_pkey" PRIMARY KEY ("versionId","key")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "rule" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "cells" TEXT[],
    "expected" TEXT,
    "actual" TEXT,
    "message" TEXT NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" SERIAL NOT NULL,
    "origin" TEXT NOT NULL,
    "createdBy" TEXT,
    "regionPath" TEXT,
    "createTowns" BOOLEAN NOT NULL DEFAULT false,
    "status" "BatchStatus" NOT NULL DEFAULT 'queued',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportItem" (
    "id" SERIAL NOT NULL,
    "batchId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "stagedSha" TEXT,
    "status" "ItemStatus" NOT NULL DEFAULT 'pending',
    "reason" TEXT,
    "reportId" INTEGER,
    "versionId" INTEGER,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE INDEX "Region_level_name_idx" ON "Region"("level", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Region_parentId_name_key" ON "Region"("parentId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_regionId_name_key" ON "Unit"("regionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Report_activeVersionId_key" ON "Report"("activeVersionId");

-- CreateIndex
CREATE INDEX "Report_year_countyId_idx" ON "Report"("year", "countyId");

-- CreateIndex
CREATE INDEX "Report_year_cityId_idx" ON "Report"("year", "cityId");

-- CreateIndex
CREATE INDEX "Report_year_provinceId_idx" ON "Report"("year", "provinceId");

-- CreateIndex
CREATE INDEX "Report_countyId_year_idx" ON "Report"("countyId", "year");

-- CreateIndex
CREATE INDEX "Report_cityId_year_idx" ON "Report"("cityId", "year");

-- CreateIndex
CREATE INDEX "Report_provinceId_year_idx" ON "Report"("provinceId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Report_townId_year_key" ON "Report"("townId", "year");

-- CreateIndex
CREATE INDEX "ReportVersion_sourceSha256_idx" ON "ReportVersion"("sourceSha256");

-- CreateIndex
CREATE UNIQUE INDEX "ReportVersion_reportId_sourceSha256_key" ON "ReportVersion"("reportId", "sourceSha256");

-- CreateIndex
CREATE INDEX "Finding_versionId_idx" ON "Finding"("versionId");

-- CreateIndex
CREATE INDEX "Finding_rule_idx" ON "Finding"("rule");

-- CreateIndex
CREATE INDEX "ImportItem_batchId_status_idx" ON "ImportItem"("batchId", "status");

-- CreateIndex
CREATE INDEX "ImportItem_status_idx" ON "ImportItem"("status");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_activeVersionId_fkey" FOREIGN KEY ("activeVersionId") REFERENCES "ReportVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportVersion" ADD CONSTRAINT "ReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportVersion" ADD CONSTRAINT "ReportVersion_sourceSha256_fkey" FOREIGN KEY ("sourceSha256") REFERENCES "SourceFile"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportVersion" ADD CONSTRAINT "ReportVersion_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportCell" ADD CONSTRAINT "ReportCell_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ReportVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ReportVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportItem" ADD CONSTRAINT "ImportItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportItem" ADD CONSTRAINT "ImportItem_stagedSha_fkey" FOREIGN KEY ("stagedSha") REFERENCES "SourceFile"("sha256") ON DELETE SET NULL ON UPDATE CASCADE;
