import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImageWithCredit } from 'broadsheet';
import { checkA11y, expectNoA11yViolations } from 'broadsheet/testing';
import { dwArticle } from '$fixtures/dw-us-russia';
import { visibleText } from '$tests/helpers/text';

const lead = dwArticle.leadImage;

afterEach(() => vi.restoreAllMocks());

describe('ImageWithCredit', () => {
  it('is a figure with the image, the caption and the labelled credit', () => {
    render(ImageWithCredit, lead);
    const figure = screen.getByRole('figure');
    const img = within(figure).getByRole('img', { name: lead.alt });
    expect(img).toHaveAttribute('width', '1200');
    expect(img).toHaveAttribute('height', '675');
    expect(img).toHaveAttribute('loading', 'lazy');
    const caption = figure.querySelector('figcaption')!;
    expect(visibleText(caption)).toBe(`${lead.caption} Image: Getty Images`);
  });

  it('has no figcaption without caption and credit', () => {
    const { container } = render(ImageWithCredit, {
      src: '/a.jpg',
      alt: 'A map',
      width: 4,
      height: 3,
    });
    expect(container.querySelector('figcaption')).toBeNull();
    expect(screen.getByRole('img', { name: 'A map' })).toBeInTheDocument();
  });

  it('shows a credit alone, in its own language', () => {
    render(ImageWithCredit, {
      src: '/a.jpg',
      alt: 'A map',
      width: 4,
      height: 3,
      credit: 'Getty Images',
      creditLang: 'en',
    });
    expect(screen.getByText('Getty Images')).toHaveAttribute('lang', 'en');
  });

  it('takes loading and fetchpriority for a lead image', () => {
    render(ImageWithCredit, { ...lead, loading: 'eager', fetchpriority: 'high' });
    const img = screen.getByRole('img');
    expect(img).toHaveAttribute('loading', 'eager');
    expect(img).toHaveAttribute('fetchpriority', 'high');
  });

  it('gives a decorative image an empty alt, hidden from the accessibility tree', () => {
    const { container } = render(ImageWithCredit, {
      src: '/a.jpg',
      alt: '',
      decorative: true,
      width: 4,
      height: 3,
    });
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
  });

  it('has no axe violations in every state', async () => {
    for (const props of [
      lead,
      { src: '/a.jpg', alt: 'A map', width: 4, height: 3 },
      { src: '/a.jpg', alt: '', decorative: true, width: 4, height: 3, credit: 'dpa' },
      { ...lead, caption: 'x'.repeat(600) },
    ]) {
      const { container, unmount } = render(ImageWithCredit, props);
      await expectNoA11yViolations(container);
      unmount();
    }
  });

  it('axe fails an image that lost its alt (the check is real)', async () => {
    const { container } = render(ImageWithCredit, lead);
    screen.getByRole('img').removeAttribute('alt');
    expect((await checkA11y(container)).map((v) => v.id)).toContain('image-alt');
  });

  it('warns in development when the alt repeats the caption word for word', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(ImageWithCredit, { ...lead, alt: lead.caption.toUpperCase() });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('repeats the caption'));
  });

  it('warns in development when a decorative image is given an alt that will be ignored', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(ImageWithCredit, { ...lead, decorative: true });
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('is ignored because the image is `decorative`'),
    );
    expect(screen.queryByRole('img')).toBeNull();
  });

  it.each([
    [
      { alt: undefined },
      /<ImageWithCredit>: prop `alt` must describe what the image shows; set `decorative: true`.*got undefined/,
    ],
    [{ alt: ' ' }, /prop `alt` must describe what the image shows/],
    [{ width: 0 }, /prop `width` must be a whole number of pixels from 1 to 20,000; got 0/],
    [{ height: 1.5 }, /prop `height` must be a whole number.*got 1.5/],
    [
      { src: 'javascript:alert(1)' },
      /prop `src` must be an http\(s\) or relative image URL; got "javascript:alert\(1\)"/,
    ],
  ])('rejects bad props: %j', (bad, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(ImageWithCredit, { ...lead, ...bad } as never)).toThrow(message);
  });
});
