import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Embed } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { youtubeEmbed } from '$fixtures/media';

describe('Embed', () => {
  it('before consent: no iframe, the provider named, the link to its site, a skip link past it', () => {
    const { container } = render(Embed, youtubeEmbed);
    expect(container.querySelector('iframe')).toBeNull();
    expect(container).toHaveTextContent('This content is hosted by YouTube.');
    expect(screen.getByRole('link', { name: 'Watch the video on YouTube' })).toHaveAttribute(
      'href',
      youtubeEmbed.link.href,
    );
    const skip = screen.getByRole('link', { name: 'Skip YouTube content' });
    const end = container.querySelector(skip.getAttribute('href')!)!;
    expect(end).toHaveTextContent('End of YouTube content');
    // The landing place comes after the content.
    expect(container.querySelector('.box')!.compareDocumentPosition(end)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('loads the iframe when the reader asks, and gives it focus', async () => {
    const { container } = render(Embed, youtubeEmbed);
    await userEvent.click(screen.getByRole('button', { name: 'Load YouTube content' }));
    const frame = container.querySelector('iframe')!;
    expect(frame).toHaveAttribute('src', youtubeEmbed.src);
    expect(frame).toHaveAttribute('title', youtubeEmbed.title);
    expect(frame).toHaveAttribute('loading', 'lazy');
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    expect(frame.getAttribute('sandbox')).toContain('allow-scripts');
    expect(frame.getAttribute('sandbox')).not.toContain('allow-top-navigation');
    expect(document.activeElement).toBe(frame);
  });

  it('says it in the page language', () => {
    render(Embed, { ...youtubeEmbed, lang: 'de' });
    expect(screen.getByRole('button', { name: 'YouTube-Inhalt laden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'YouTube-Inhalt überspringen' })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(Embed, youtubeEmbed);
    await expectNoA11yViolations(container);
  });

  it.each([
    [{ ...youtubeEmbed, src: 'http://www.youtube.com/embed/x' }, /prop `src` must be an https URL/],
    [{ ...youtubeEmbed, src: 'javascript:alert(1)' }, /prop `src` must be an https URL/],
    [{ ...youtubeEmbed, title: ' ' }, /prop `title` must be a non-empty string/],
  ])('refuses bad props (%#)', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Embed, props as never)).toThrow(message);
  });
});
