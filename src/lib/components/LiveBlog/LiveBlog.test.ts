import { render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Article, LiveBlog, parseArticle, type ArticleDocument, type LivePost } from 'broadsheet';
import { countLabel, labelsFor } from '../../i18n/labels';
import { liveArticle } from '$fixtures/live-msc';
import { visibleText } from '$tests/helpers/text';

const doc = parseArticle(liveArticle);

/** A post newer than every post of the fixture, `minutes` after its newest. */
function newPost(id: string, minutes: number, headline?: string): LivePost {
  const published = new Date(Date.parse('2013-02-02T16:40:00+01:00') + minutes * 60_000)
    .toISOString()
    .replace('.000Z', '+00:00');
  return {
    id,
    published,
    ...(headline ? { headline } : {}),
    body: [{ type: 'paragraph', text: `The text of ${id}.` }],
  };
}

const statusRegion = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('[role="status"]')!;

afterEach(() => {
  vi.useRealTimers();
});

describe('a live document in <Article>', () => {
  it('says it is live, and when it was last updated, in a <time>', () => {
    const { container } = render(Article, { article: doc, jsonLd: false });
    const status = container.querySelector('.status')!;
    expect(visibleText(status)).toBe('Live Updated February 2, 2013 at 4:40 PM GMT+1');
    expect(status.querySelector('time')).toHaveAttribute('datetime', '2013-02-02T16:40:00+01:00');
  });

  it('says when coverage has ended', () => {
    const ended = parseArticle({
      ...liveArticle,
      live: { ...liveArticle.live, status: 'ended', coverageEnd: '2013-02-02T18:00:00+01:00' },
    });
    const { container } = render(Article, { article: ended, jsonLd: false });
    expect(visibleText(container.querySelector('.status')!)).toMatch(/^Coverage ended Updated/);
  });

  it('lists the key events in a named navigation, each link reaching its post', () => {
    const { container } = render(Article, { article: doc, jsonLd: false });
    const nav = screen.getByRole('navigation', { name: 'Key events' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => visibleText(link))).toEqual([
      'Lavrov: Assad demand is the "biggest reason" for the tragedy',
      'Biden calls on Moscow to put aside "serious disagreements"',
    ]);
    // Each with its time beside it, outside the link's name.
    expect(visibleText(links[0]!.closest('li')!)).toBe(
      'February 2, 2013 at 4:40 PM GMT+1 Lavrov: Assad demand is the "biggest reason" for the tragedy',
    );
    for (const link of links) {
      const target = container.querySelector(link.getAttribute('href')!)!;
      expect(target.tagName).toBe('ARTICLE');
      expect(target).toHaveAccessibleName(visibleText(link));
    }
  });

  it('shows the pinned post first, labelled, and each post once', () => {
    render(Article, { article: doc, jsonLd: false });
    const posts = screen.getAllByRole('article').slice(1);
    expect(posts.map((post) => post.id)).toEqual(['welcome', 'lavrov-on-syria', 'biden-reset']);
    expect(visibleText(posts[0]!)).toMatch(/^Pinned post /);
  });

  it('names each post by its headline, or by its time when it has none', () => {
    render(Article, { article: doc, jsonLd: false });
    const names = screen
      .getAllByRole('article')
      .slice(1)
      .map((post) => post.getAttribute('aria-labelledby'))
      .map((id) => visibleText(document.getElementById(id!)!));
    expect(names).toEqual([
      'February 2, 2013 at 9:05 AM GMT+1',
      'Lavrov: Assad demand is the "biggest reason" for the tragedy',
      'Biden calls on Moscow to put aside "serious disagreements"',
    ]);
    // Headings one below the headline: the page's outline holds every post.
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThanOrEqual(4);
  });

  it('gives every post its absolute time in a <time datetime>, and its update', () => {
    render(Article, { article: doc, jsonLd: false });
    const biden = document.getElementById('biden-reset')!;
    const times = [...biden.querySelectorAll('time')].map((time) => time.dateTime);
    expect(times).toEqual(['2013-02-02T11:15:00+01:00', '2013-02-02T11:30:00+01:00']);
    expect(visibleText(biden)).toContain('Updated February 2, 2013 at 11:30 AM GMT+1');
  });

  it('links to the older posts the site supplies', () => {
    const paged = parseArticle({
      ...liveArticle,
      live: { ...liveArticle.live, olderPosts: '/live/msc-2013?page=2' },
    });
    render(Article, { article: paged, jsonLd: false });
    expect(screen.getByRole('link', { name: 'Older posts' })).toHaveAttribute(
      'href',
      '/live/msc-2013?page=2',
    );
  });

  it('speaks the page language: Arabic words and plural forms', () => {
    const arabic = parseArticle({ ...liveArticle, lang: 'ar' });
    const { container } = render(Article, { article: arabic, jsonLd: false });
    expect(container.querySelector('.badge')).toHaveTextContent('مباشر');
    expect(screen.getByRole('navigation', { name: 'أبرز الأحداث' })).toBeInTheDocument();
    const text = labelsFor('ar');
    expect(countLabel(text.newUpdates, 1, 'ar').text).toBe('تحديث جديد واحد');
    expect(countLabel(text.newUpdates, 2, 'ar').text).toBe('تحديثان جديدان');
    // The number in the language's own digits, whichever Intl's data says they are.
    const digits = new Intl.NumberFormat('ar');
    expect(countLabel(text.newUpdates, 3, 'ar').text).toBe(`${digits.format(3)} تحديثات جديدة`);
    expect(countLabel(text.newUpdates, 11, 'ar').text).toBe(`${digits.format(11)} تحديثًا جديدًا`);
    // An English fallback counts as English does.
    const english = {
      text: { one: '{count} new update', other: '{count} new updates' },
      lang: 'en',
    };
    expect(countLabel(english, 2, 'ar')).toEqual({ text: '2 new updates', lang: 'en' });
  });
});

describe('posts that arrive while the page is open', () => {
  it('wait behind a button that says how many, in the page language', async () => {
    const { container, rerender } = render(Article, { article: doc, jsonLd: false });
    await rerender({ pending: [newPost('late-1', 20), newPost('late-2', 10)] });
    expect(document.getElementById('late-1')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show 2 new updates' })).toBeVisible();
    expect(statusRegion(container)).toHaveTextContent('2 new updates');
  });

  it('wait the same way when the site passes a new document holding them', async () => {
    const { rerender } = render(Article, { article: doc, jsonLd: false });
    const next = parseArticle({
      ...liveArticle,
      live: { ...liveArticle.live, posts: [newPost('late-1', 20), ...liveArticle.live.posts] },
    });
    await rerender({ article: next });
    expect(document.getElementById('late-1')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show 1 new update' })).toBeVisible();
  });

  it('shows them when asked, and moves focus to the newest post’s heading', async () => {
    const { container, rerender } = render(Article, { article: doc, jsonLd: false });
    await rerender({
      pending: [newPost('late-1', 20, 'Kerry meets Lavrov'), newPost('late-2', 10)],
    });
    screen.getByRole('button', { name: 'Show 2 new updates' }).click();
    await tick();
    await tick();
    expect(document.activeElement).toBe(document.getElementById('late-1-heading'));
    expect(document.activeElement).toHaveTextContent('Kerry meets Lavrov');
    const ids = screen.getAllByRole('article').map((post) => post.id);
    expect(ids.slice(1)).toEqual(['welcome', 'late-1', 'late-2', 'lavrov-on-syria', 'biden-reset']);
    expect(screen.queryByRole('button', { name: /new update/ })).toBeNull();
    expect(statusRegion(container)).toHaveTextContent('');
  });

  it('announces the count at most once in 30 seconds', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-04T08:00:00Z') });
    const { container, rerender } = render(Article, { article: doc, jsonLd: false });
    const said: string[] = [];
    const region = statusRegion(container);
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, {
      subtree: true,
      characterData: true,
      childList: true,
    });
    await rerender({ pending: [newPost('a', 1)] });
    await vi.advanceTimersByTimeAsync(10_000);
    await rerender({ pending: [newPost('b', 2), newPost('a', 1)] });
    await vi.advanceTimersByTimeAsync(10_000);
    await rerender({ pending: [newPost('c', 3), newPost('b', 2), newPost('a', 1)] });
    expect(said.filter(Boolean)).toEqual(['1 new update']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(said.filter(Boolean)).toEqual(['1 new update', '3 new updates']);
  });

  it('says nothing while the reader types, and speaks when they stop', async () => {
    const { container, rerender } = render(Article, { article: doc, jsonLd: false });
    const field = document.body.appendChild(document.createElement('textarea'));
    field.focus();
    await rerender({ pending: [newPost('a', 1)] });
    expect(statusRegion(container)).toHaveTextContent('');
    field.blur();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(statusRegion(container)).toHaveTextContent('1 new update');
    field.remove();
  });

  it('says nothing while the page is hidden, and speaks when it is seen again', async () => {
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    const { container, rerender } = render(Article, { article: doc, jsonLd: false });
    await rerender({ pending: [newPost('a', 1)] });
    expect(statusRegion(container)).toHaveTextContent('');
    hidden.mockReturnValue(false);
    document.dispatchEvent(new Event('visibilitychange'));
    await tick();
    expect(statusRegion(container)).toHaveTextContent('1 new update');
    hidden.mockRestore();
  });

  it('updates an edited post in place, and focus stays where it was', async () => {
    const { rerender } = render(Article, { article: doc, jsonLd: false });
    const heading = document.getElementById('biden-reset-heading')!;
    heading.focus();
    await rerender({
      pending: [
        {
          ...doc.live!.posts[1]!,
          updated: '2013-02-02T12:00:00+01:00',
          body: [{ type: 'paragraph', text: 'Corrected.' }],
        },
      ],
    });
    expect(document.getElementById('biden-reset')).toHaveTextContent('Corrected.');
    expect(document.activeElement).toBe(heading);
    expect(screen.queryByRole('button', { name: /new update/ })).toBeNull();
  });

  it('leaves a bad pending post out, naming its field in the console, and keeps the page', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(Article, { article: doc, jsonLd: false });
    await rerender({ pending: [newPost('bad id', 2), newPost('good', 1)] });
    expect(screen.getByRole('button', { name: 'Show 1 new update' })).toBeVisible();
    expect(error).toHaveBeenCalledOnce();
    expect(error.mock.calls[0]![0]).toMatch(/live\.posts\[0\]\.id: must be letters, digits/);
    expect(error.mock.calls[0]![0]).toMatch(/Those posts are not shown\.$/);
    error.mockRestore();
  });
});

describe('<LiveBlog> alone', () => {
  it('lays out the posts of a live document', () => {
    render(LiveBlog, { article: doc });
    expect(screen.getByRole('navigation', { name: 'Key events' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });

  it('refuses a document without live coverage, naming the field', () => {
    const plain: ArticleDocument = { ...liveArticle, live: undefined };
    expect(() => render(LiveBlog, { article: parseArticle(plain) })).toThrow(
      /<LiveBlog>: prop `article.live` must be present/,
    );
  });
});
