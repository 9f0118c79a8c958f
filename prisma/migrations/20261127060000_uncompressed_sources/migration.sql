-- Written by hand: schema.prisma cannot express a column's storage, so `db:diff` never
-- generates (nor reverts) this. Source files and plain texts are stored out of line
-- without pglz compression: compressing them was ~0.12 ms of PostgreSQL's ~0.65 ms per
-- imported report (bench:import), for a database ~33 % larger (README, "Import").
-- DOCX sources are zip files already, and rows stored earlier keep their compression.
ALTER TABLE "SourceFile" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
ALTER TABLE "ReportVersion" ALTER COLUMN "plainText" SET STORAGE EXTERNAL;
