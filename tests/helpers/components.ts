// The components Broadsheet exports, read from the public API (src/lib/index.ts): the one list
// that the structure test, the browser sweeps and the benchmark use, so none keeps its own.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

export interface ExportedComponent {
  /** The exported name, e.g. "PullQuote". */
  name: string;
  /** Its folder, relative to the repository root. */
  folder: string;
  /** Its .svelte file, relative to the repository root. */
  file: string;
}

export function exportedComponents(): ExportedComponent[] {
  const index = readFileSync(path.join(root, 'src/lib/index.ts'), 'utf8');
  return [
    ...index.matchAll(/export \{ default as (\w+) \} from '\.\/(components\/[^']+\.svelte)'/g),
  ].map(([, name, file]) => ({
    name: name!,
    folder: path.posix.dirname(`src/lib/${file}`),
    file: `src/lib/${file}`,
  }));
}
