// Writes src/snapshot/acceptSnapshot.generated.ts from the snapshot schema (build.ps1 -Task Acceptors).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNAPSHOT_ACCEPTOR_PATH, snapshotAcceptorSource } from './acceptorSource';

const target = join(__dirname, '..', '..', SNAPSHOT_ACCEPTOR_PATH);
writeFileSync(target, snapshotAcceptorSource());
console.log(`written: ${target}`);
