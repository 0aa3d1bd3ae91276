import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { SourceFooter } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { spokenText, visibleText } from '$tests/helpers/text';

const dw = { authors: ['rc', 'ccp'], agencies: ['AFP', 'AP', 'dpa', 'Reuters'] };

describe('SourceFooter', () => {
  it('shows exactly what DW shows, inside a footer', () => {
    const { container } = render(SourceFooter, dw);
    const footer = container.querySelector('footer')!;
    expect(visibleText(footer)).toBe('rc / ccp (AFP, AP, dpa, Reuters)');
  });

  it('lets a listener hear what the initials and the agencies are', () => {
    const { container } = render(SourceFooter, dw);
    expect(spokenText(container)).toBe(
      'Authors: rc, ccp Agencies: (AFP (Agence France-Presse), AP (Associated Press), dpa (Deutsche Presse-Agentur), Reuters (Reuters News Agency))',
    );
    expect(screen.getByText('(Agence France-Presse)')).toHaveAttribute('lang', 'fr');
    expect(screen.getByText('(Deutsche Presse-Agentur)')).toHaveAttribute('lang', 'de');
  });

  it('reads an author name where one is given', () => {
    const { container } = render(SourceFooter, {
      authors: [{ initials: 'rc', name: 'Rob Carter' }, 'ccp'],
    });
    expect(visibleText(container)).toBe('rc / ccp');
    expect(spokenText(container)).toBe('Authors: rc (Rob Carter), ccp');
  });

  it('shows agencies alone, and renders nothing without sources', () => {
    const { container, unmount } = render(SourceFooter, { agencies: ['Xinhua', 'KNA'] });
    expect(visibleText(container)).toBe('(Xinhua, KNA)');
    expect(spokenText(container)).toBe(
      'Agencies: (Xinhua (Xinhua News Agency), KNA (Katholische Nachrichten-Agentur))',
    );
    unmount();
    expect(render(SourceFooter, {}).container.querySelector('footer')).toBeNull();
  });

  it.each([
    ['AAP', 'Australian Associated Press'],
    ['ANSA', 'Agenzia Nazionale Stampa Associata'],
    ['EFE', 'Agencia EFE'],
    ['epd', 'Evangelischer Pressedienst'],
    ['SID', 'Sport-Informations-Dienst'],
    ['TASS', 'TASS Russian News Agency'],
    ['Kyodo', 'Kyodo News'],
    ['Yonhap', 'Yonhap News Agency'],
    ['PA', 'PA Media'],
    ['UPI', 'United Press International'],
  ])('expands %s for listeners', (agency, name) => {
    render(SourceFooter, { agencies: [agency] });
    expect(screen.getByText(`(${name})`)).toBeInTheDocument();
  });

  it('leaves an unknown agency as it is', () => {
    const { container } = render(SourceFooter, { agencies: ['KUNA'] });
    expect(spokenText(container)).toBe('Agencies: (KUNA)');
  });

  it('has no axe violations in every state', async () => {
    for (const props of [
      dw,
      { authors: ['rc'] },
      { agencies: ['dpa'] },
      {
        authors: Array.from({ length: 12 }, (_, i) => `a${i}`),
        agencies: ['AFP', 'AP', 'dpa', 'Reuters', 'EFE', 'ANSA', 'KNA', 'epd'],
      },
    ]) {
      const { container, unmount } = render(SourceFooter, props);
      await expectNoA11yViolations(container);
      unmount();
    }
  });

  it.each([
    [{ authors: [''] }, /<SourceFooter>: prop `authors\[0\]` must be a non-empty string; got ""/],
    [
      { authors: [{ name: 'Rob' }] },
      /prop `authors\[0\]\.initials` must be a non-empty string; got undefined/,
    ],
    [{ agencies: ['AFP', ' '] }, /prop `agencies\[1\]` must be a non-empty string/],
    [{ agencies: 'AFP' }, /prop `agencies` must be an array; got "AFP"/],
  ])('rejects bad props: %j', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(SourceFooter, props as never)).toThrow(message);
  });
});
