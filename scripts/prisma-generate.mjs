// Runs `prisma generate` offline. The Prisma 7 CLI wants to download its Rust schema
// engine on every call, even though `generate` never uses it; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at a stub executable stops the download. The generated
// client (prisma-client generator) needs no binary at runtime: it uses the WASM query
// compiler and the pg driver adapter. See ../shared/docs/offline-toolchain.md.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stub = path.join(root, 'scripts', 'schema-engine-stub.sh');
if (!existsSync(path.join(root, 'node_modules', 'prisma'))) process.exit(0);
chmodSync(stub, 0o755);
const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
