// `npx broadsheet lint <files or globs…> [--format text|github|json|junit] [--strip-unknown]`:
// validates ArticleDocument JSON files and lints them, for a newsroom's CI. A file holds one
// document or an array of them. As ESLint and other CI tools do: exit 1 when a document has an
// error, 0 otherwise, 2 when the command cannot do its job (bad usage, a file that is missing or
// cannot be read). Every finding carries the line and column of the field at fault.
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { glob } from 'tinyglobby';
import { ArticleError, parseArticle } from '../article/parse.js';
import { lintArticle, type LintFinding } from './index.js';
import { positionsIn, syntaxErrorIn } from './positions.js';

export interface FileFinding extends LintFinding {
  /** The file, as given or matched. */
  file: string;
  /** The document's place in the file when the file holds an array, else undefined. */
  document?: number;
  /** Where the field at fault stands in the file, 1-based (for a missing field, its parent). */
  line: number;
  column: number;
}

const formats = ['text', 'github', 'json', 'junit'] as const;
type Format = (typeof formats)[number];

const usage = `Usage: broadsheet lint <files or globs…> [--format text|github|json|junit] [--strip-unknown]

Validates and lints ArticleDocument JSON files (one document or an array of documents each).
  --format         text (default), github (annotations for GitHub Actions), json, junit (XML)
  --strip-unknown  drop fields the document does not know instead of refusing them
Exit status: 1 when a document has an error, 0 otherwise, 2 on bad usage or a file that
cannot be read.`;

/** What stops the command from doing its job: exit status 2, as for bad usage. */
class UsageError extends Error {}

function parseArguments(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') return { help: true as const };
  if (command !== 'lint')
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  let format: Format = 'text';
  let stripUnknown = false;
  const patterns: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--strip-unknown') stripUnknown = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : rest[++i];
      if (!formats.includes(value as Format)) {
        throw new UsageError(
          `--format must be one of ${formats.join(', ')}; got ${value ?? 'nothing'}`,
        );
      }
      format = value as Format;
    } else if (arg === '--help' || arg === '-h') return { help: true as const };
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else patterns.push(arg);
  }
  if (patterns.length === 0) throw new UsageError('no files given');
  return { help: false as const, format, stripUnknown, patterns };
}

/** The files the patterns name: a plain path as it is, a glob expanded (sorted). */
async function filesOf(patterns: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (/[*?[\]{}]/.test(pattern)) {
      // An absolute pattern gives absolute paths, a relative one paths relative to here.
      const matched = (
        await glob(pattern, { onlyFiles: true, absolute: isAbsolute(pattern) })
      ).sort();
      if (matched.length === 0) throw new UsageError(`no file matches ${pattern}`);
      files.push(...matched);
    } else {
      files.push(pattern);
    }
  }
  return [...new Set(files)];
}

/** The text of `file`; a file that is missing or cannot be read is a usage error. */
function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'no permission to read it'
            : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}

/** Validation problems and lint findings of every document in `file`, and how many it holds. */
export function lintFile(
  file: string,
  stripUnknown = false,
): { findings: FileFinding[]; documents: number } {
  const text = readText(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Where it stops being JSON, from the parser that keeps positions.
    const { line, column, message } = syntaxErrorIn(text) ?? {
      line: 1,
      column: 1,
      message: 'not JSON',
    };
    return {
      findings: [
        {
          file,
          rule: 'invalid-json',
          severity: 'error',
          path: '',
          message: `Not valid JSON: ${message}`,
          line,
          column,
        },
      ],
      documents: 1,
    };
  }
  // Positions cost a second parse: only for a file with something to point at.
  let positions: ReturnType<typeof positionsIn> | undefined;
  const positionOf = (path: string, document?: number) =>
    (positions ??= positionsIn(text))(path, document);
  const documents = Array.isArray(json) ? json : [json];
  const findings = documents.flatMap((raw, i): FileFinding[] => {
    const document = Array.isArray(json) ? i : undefined;
    const at = (finding: LintFinding): FileFinding => ({
      file,
      document,
      ...finding,
      ...positionOf(finding.path, document),
    });
    try {
      const doc = parseArticle(raw, file, { unknownKeys: stripUnknown ? 'strip' : 'error' });
      return lintArticle(doc).map(at);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      return error.issues.map((issue) =>
        at({
          rule: 'invalid-document',
          severity: 'error',
          path: issue.path,
          message: issue.message,
        }),
      );
    }
  });
  return { findings, documents: documents.length };
}

/** The file, and the document's place in it when it holds several: "a.json[1]". */
const documentOf = (f: FileFinding) =>
  `${f.file}${f.document === undefined ? '' : `[${f.document}]`}`;
const where = (f: FileFinding) => `${documentOf(f)}${f.path ? ` ${f.path}` : ''}`;

// GitHub's workflow commands: data escapes %, CR and LF; properties also : and ,.
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProperty = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const xml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

export function format(findings: FileFinding[], as: Format, documents: number): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}`;
  switch (as) {
    case 'json':
      return JSON.stringify(findings, null, 2);
    case 'github':
      return [
        ...findings.map(
          (f) =>
            `::${f.severity} file=${ghProperty(f.file)},line=${f.line},col=${f.column},title=${ghProperty(f.rule)}::${ghData(`${f.path ? `${f.path}: ` : ''}${f.message}`)}`,
        ),
        summary,
      ].join('\n');
    case 'junit': {
      const cases = findings.map(
        (f) =>
          `    <testcase classname="${xml(documentOf(f))}" name="${xml(`${f.rule} ${f.path}`.trim())}" file="${xml(f.file)}" line="${f.line}">\n      <${f.severity === 'error' ? 'failure' : 'skipped'} message="${xml(f.message)}" type="${xml(f.rule)}"/>\n    </testcase>`,
      );
      return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="broadsheet lint" tests="${findings.length}" failures="${errors}">\n  <testsuite name="broadsheet lint" tests="${findings.length}" failures="${errors}" skipped="${warnings}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>`;
    }
    default:
      return [
        ...findings.map(
          (f) => `${where(f)}\n  ${f.line}:${f.column}  ${f.severity} ${f.rule}: ${f.message}`,
        ),
        summary,
      ].join('\n');
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    const options = parseArguments(argv);
    if (options.help) {
      console.log(usage);
      return 0;
    }
    const files = await filesOf(options.patterns);
    let documents = 0;
    const findings = files.flatMap((file) => {
      const result = lintFile(file, options.stripUnknown);
      documents += result.documents;
      return result.findings;
    });
    console.log(format(findings, options.format, documents));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`broadsheet: ${error.message}\n\n${usage}`);
    return 2;
  }
}
