#!/bin/sh
# Stand-in for Prisma's Rust schema engine, which cannot be downloaded offline.
# `prisma generate` only checks that the file exists; migrations go through
# lib/db/schema-engine.ts (Prisma's WASM build of the same engine) instead.
echo "schema-engine stub: use npm run db:migrate / db:diff (WASM engine) instead" >&2
exit 1
