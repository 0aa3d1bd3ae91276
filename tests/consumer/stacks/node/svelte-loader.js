// Node's module hook that compiles .svelte files for the server, with Svelte's `css: 'injected'`:
// each component's styles come in the `head` that render() returns. No bundler, no CSS pipeline.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'svelte/compiler';

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.svelte')) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const { js } = compile(await readFile(filename, 'utf8'), {
    generate: 'server',
    css: 'injected',
    filename,
  });
  return { format: 'module', source: js.code, shortCircuit: true };
}
