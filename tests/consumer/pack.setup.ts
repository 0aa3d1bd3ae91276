// Packs Broadsheet once for the whole consumer project: every test file installs that one
// tarball, as a newsroom installs one release into each of its sites.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { packBroadsheet, type PackedBroadsheet } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    broadsheetPackage: PackedBroadsheet;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-pack-'));
  project.provide('broadsheetPackage', packBroadsheet(dir));
  return () => rmSync(dir, { recursive: true, force: true });
}
