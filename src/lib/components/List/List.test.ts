import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { List, type RichText } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';

const items: RichText[] = [
  'Syria',
  ['Iran’s ', { text: 'nuclear programme', emphasis: true }],
  'Arms control',
];

describe('List', () => {
  it('is a list whose items a listener can count', () => {
    render(List, { items });
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('UL');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Syria',
      'Iran’s nuclear programme',
      'Arms control',
    ]);
    expect(screen.getByText('nuclear programme').tagName).toBe('EM');
  });

  it('numbers the items when the order matters', () => {
    render(List, { items, ordered: true });
    expect(screen.getByRole('list').tagName).toBe('OL');
  });

  it('has no axe violations', async () => {
    const { container } = render(List, { items, ordered: true });
    await expectNoA11yViolations(container);
  });

  it('refuses an empty list', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(List, { items: [] })).toThrow(
      /<List>: prop `items` must hold at least one item; got an array of 0/,
    );
  });
});
