import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SkipLinks } from 'broadsheet';
import { checkA11y, expectNoA11yViolations } from 'broadsheet/testing';

const dwLinks = [
  { href: '#content', label: 'Skip to content' },
  { href: '#navigation', label: 'Skip to main menu' },
  { href: '#dw-sites', label: 'Skip to more DW sites' },
] as const;

function addTargets(...ids: string[]) {
  for (const id of ids) {
    const main = document.createElement(id === 'content' ? 'main' : 'section');
    main.id = id;
    main.textContent = `Target ${id}`;
    document.body.append(main);
  }
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('SkipLinks in jsdom', () => {
  it('is a named navigation landmark holding a list of in-page links', () => {
    addTargets('content', 'navigation', 'dw-sites');
    render(SkipLinks, { links: [...dwLinks] });

    const nav = screen.getByRole('navigation', { name: 'Skip links' });
    const list = within(nav).getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual(
      dwLinks.map((l) => [l.label, l.href]),
    );
  });

  it('takes its landmark name, class and other attributes from props', () => {
    render(SkipLinks, {
      links: [{ href: '#content', label: 'Skip to content' }],
      label: 'Jump to',
      class: 'site-skip',
      id: 'skip',
    });
    const nav = screen.getByRole('navigation', { name: 'Jump to' });
    expect(nav).toHaveClass('site-skip');
    expect(nav).toHaveAttribute('id', 'skip');
  });

  it('has no axe violations', async () => {
    addTargets('content', 'navigation', 'dw-sites');
    const { container } = render(SkipLinks, { links: [...dwLinks] });
    await expectNoA11yViolations(container);
  });

  it('fails axe when a link has no accessible name (the check is real)', async () => {
    const { container } = render(SkipLinks, {
      links: [{ href: '#content', label: 'Skip to content' }],
    });
    // A broken variant: a link emptied of its text, as a bad CMS label would leave it.
    within(container).getByRole('link').textContent = '';
    const violations = await checkA11y(container);
    expect(violations.map((v) => v.id)).toContain('link-name');
  });

  it('moves focus to a target that cannot take focus, and lends it tabindex only while focused', async () => {
    const user = userEvent.setup();
    addTargets('content');
    render(SkipLinks, { links: [{ href: '#content', label: 'Skip to content' }] });
    const main = screen.getByRole('main');

    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(main).toHaveFocus();
    expect(main).toHaveAttribute('tabindex', '-1');

    main.blur();
    expect(main).not.toHaveAttribute('tabindex');
  });

  it('leaves the tabindex of a target that can already take focus alone', async () => {
    const user = userEvent.setup();
    const button = document.createElement('button');
    button.id = 'search';
    button.textContent = 'Search';
    document.body.append(button);
    render(SkipLinks, { links: [{ href: '#search', label: 'Skip to search' }] });

    await user.click(screen.getByRole('link', { name: 'Skip to search' }));
    expect(button).toHaveFocus();
    expect(button).not.toHaveAttribute('tabindex');
  });

  it('warns in development, naming the id, when a target is missing, and does not crash', async () => {
    const user = userEvent.setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(SkipLinks, { links: [{ href: '#nowhere', label: 'Skip to nowhere' }] });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('"nowhere"')));

    await user.click(screen.getByRole('link', { name: 'Skip to nowhere' }));
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it.each([
    [
      { links: [] },
      /<SkipLinks>: prop `links` must be an array of at least one link; got an array of 0/,
    ],
    [
      { links: [{ href: 'content', label: 'Skip' }] },
      /`links\[0\]\.href` must be "#" followed by an id.*got "content"/,
    ],
    [
      { links: [{ href: '#content', label: '  ' }] },
      /`links\[0\]\.label` must be a non-empty string; got " {2}"/,
    ],
    [
      { links: [{ href: '#content', label: 'Skip' }], label: '' },
      /`label` must be a non-empty string/,
    ],
  ])('rejects bad props with an error that names the prop: %j', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // @ts-expect-error -- deliberately bad props
    expect(() => render(SkipLinks, props)).toThrow(message);
  });
});

describe('SkipLinks with unusual ids', () => {
  it.each([
    ['café', '#caf%C3%A9'],
    ['100%', '#100%'],
  ])('finds the target with id "%s" from the link "%s"', async (id, href) => {
    const user = userEvent.setup();
    const section = document.createElement('section');
    section.id = id;
    section.textContent = 'Target';
    document.body.append(section);
    render(SkipLinks, { links: [{ href: href as `#${string}`, label: 'Skip' }] });
    await user.click(screen.getByRole('link', { name: 'Skip' }));
    expect(section).toHaveFocus();
  });
});
