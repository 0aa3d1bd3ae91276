import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Article, ArticleError, ImageWithCredit } from 'broadsheet';
import { dwArticle } from '../../src/stories/fixtures/dw-us-russia';

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
  it('<Article> given a bad document', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = { ...dwArticle, headline: '', body: [] };
    try {
      render(Article, { article: bad, jsonLd: false });
      expect.unreachable('a bad document rendered');
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleError);
      expect((error as Error).message).toMatch(
        /^<Article>: prop `article` is not a valid ArticleDocument, 2 problems:\n- headline: must not be empty\n- body: must hold at least one block/,
      );
    }
  });

  it('<Article> given a bad heading level', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Article, { article: dwArticle, headingLevel: 6 as never })).toThrow(
      /<Article>: prop `headingLevel` must be a whole number from 1 to 5; got 6/,
    );
  });

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
