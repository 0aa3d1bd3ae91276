import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { ImageWithCredit } from 'broadsheet';
import { dwArticle } from '$fixtures/dw-us-russia';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
}

describe('no raw HTML', () => {
  it('the library holds no {@html} anywhere', () => {
    const offenders = filesUnder(path.resolve('src/lib'))
      .filter((file) => file.endsWith('.svelte'))
      .filter((file) => /\{@html\b/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
    // The scan itself is real: it sees the components it checks.
    expect(
      filesUnder(path.resolve('src/lib')).filter((f) => f.endsWith('.svelte')).length,
    ).toBeGreaterThan(8);
  });
});

describe('bad props name the component, the prop and the value', () => {
  it('<ImageWithCredit> given a javascript: URL in its srcset', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(ImageWithCredit, {
        ...dwArticle.leadImage,
        srcset: '/a.jpg 1x, javascript:alert(1) 2x',
      }),
    ).toThrow(
      /<ImageWithCredit>: prop `srcset` must list http\(s\) or relative image URLs; got "\/a.jpg 1x, javascript:alert\(1\) 2x"/,
    );
  });
});
