// The broadsheet command as CI runs it: exit statuses as ESLint's, and every finding on the
// line of the field at fault, in each format.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dwArticle } from '$fixtures/dw-us-russia';
import { main } from './command';

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-command-'));
  writeFileSync(file('good.json'), JSON.stringify(dwArticle, null, 2));
  // Pretty-printed as a CMS export is: the empty headline on line 3, the vague link further on.
  const bad = {
    lang: 'en',
    headline: '',
    published: '2013-02-02',
    body: [{ type: 'paragraph', text: [{ text: 'Click here', href: '/a' }] }],
  };
  writeFileSync(file('bad.json'), JSON.stringify(bad, null, 2));
  writeFileSync(file('vague.json'), JSON.stringify({ ...bad, headline: 'Talks' }, null, 2));
  writeFileSync(file('broken.json'), '{\n  "lang": "en",\n  "headline": "x",\n}\n');
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs the command; its exit status and what it printed. */
async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void out.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void err.push(text));
  const status = await main(args);
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('exit status', () => {
  it('is 0 for good documents and 1 when a document has an error', async () => {
    expect((await run('lint', file('good.json'))).status).toBe(0);
    expect((await run('lint', file('vague.json'))).status).toBe(1);
  });

  it('is 2, saying why, for a missing file, a folder, or a file it may not read', async () => {
    const missing = await run('lint', file('good.json'), file('missing.json'));
    expect(missing).toMatchObject({ status: 2, stdout: '' });
    expect(missing.stderr).toContain(`cannot read ${file('missing.json')}: no such file`);
    expect((await run('lint', dir)).stderr).toContain('it is a folder, not a file');
    writeFileSync(file('secret.json'), '{}');
    chmodSync(file('secret.json'), 0o000);
    const secret = await run('lint', file('secret.json'));
    // Root reads any file: then the file is read, and its empty document refused.
    expect(secret.status).toBe(process.getuid?.() === 0 ? 1 : 2);
  });

  it('is 1 for a file that is not JSON, with the line and column where it stops being JSON', async () => {
    const { status, stdout } = await run('lint', file('broken.json'));
    expect(status).toBe(1);
    expect(stdout).toMatch(/^ {2}4:1 {2}error invalid-json: Not valid JSON: Unexpected token/m);
  });
});

describe('positions', () => {
  it('puts each finding on the line and column of its field', async () => {
    const findings = JSON.parse((await run('lint', '--format', 'json', file('bad.json'))).stdout);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'invalid-document', path: 'headline', line: 3, column: 15 }),
    ]);
    const vague = JSON.parse((await run('lint', '--format=json', file('vague.json'))).stdout);
    expect(vague).toEqual([
      expect.objectContaining({ rule: 'link-text-vague', path: 'body[0].text[0].text', line: 10 }),
    ]);
  });

  it('writes GitHub annotations and JUnit entries with the line', async () => {
    const github = (await run('lint', '--format', 'github', file('vague.json'))).stdout;
    expect(github).toMatch(
      /^::error file=.*vague\.json,line=10,col=\d+,title=link-text-vague::body\[0\]\.text\[0\]\.text: /m,
    );
    const junit = (await run('lint', '--format', 'junit', file('vague.json'))).stdout;
    expect(junit).toMatch(/<testcase [^>]*file="[^"]*vague\.json" line="10">/);
  });

  it('points at the object that lacks a required field', async () => {
    writeFileSync(
      file('no-body.json'),
      '[\n  {"lang": "en", "headline": "x", "published": "2013-02-02"}\n]',
    );
    const [finding] = JSON.parse((await run('lint', '--format=json', file('no-body.json'))).stdout);
    expect(finding).toMatchObject({ document: 0, path: 'body', line: 2, column: 3 });
  });
});
