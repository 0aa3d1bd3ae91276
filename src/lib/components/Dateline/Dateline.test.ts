import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Dateline } from 'broadsheet';
import { checkA11y, expectNoA11yViolations } from 'broadsheet/testing';
import { visibleText } from '$tests/helpers/text';

// From the first zone to greet a day to the last: a calendar date never moves.
const zones = [
  'Pacific/Kiritimati',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Europe/Berlin',
  'UTC',
  'America/St_Johns',
  'America/Los_Angeles',
  'Pacific/Pago_Pago',
];

function timeText(container: HTMLElement) {
  return [...container.querySelectorAll('time')].map((t) => [t.dateTime, t.textContent]);
}

describe('Dateline', () => {
  it('shows the DW date and the short link, with a name that says what the link is', () => {
    const { container } = render(Dateline, {
      published: '2013-02-02',
      permalink: 'https://p.dw.com/p/17XBn',
    });
    expect(timeText(container)).toEqual([['2013-02-02', 'February 2, 2013']]);
    const link = screen.getByRole('link', {
      name: 'Short link to this article: https://p.dw.com/p/17XBn',
    });
    expect(link).toHaveAttribute('href', 'https://p.dw.com/p/17XBn');
    expect(visibleText(container)).toBe('February 2, 2013 https://p.dw.com/p/17XBn');
  });

  it.each(zones)('keeps a calendar date on its day in %s', (timeZone) => {
    const { container } = render(Dateline, { published: '2013-02-02', timeZone });
    expect(timeText(container)).toEqual([['2013-02-02', 'February 2, 2013']]);
  });

  it.each([
    ['Pacific/Kiritimati', 'February 3, 2013 at 7:30 AM GMT+14'],
    ['Asia/Tokyo', 'February 3, 2013 at 2:30 AM GMT+9'],
    ['Europe/Berlin', 'February 2, 2013 at 6:30 PM GMT+1'],
    ['UTC', 'February 2, 2013 at 5:30 PM UTC'],
    ['America/Los_Angeles', 'February 2, 2013 at 9:30 AM PST'],
    ['Pacific/Pago_Pago', 'February 2, 2013 at 6:30 AM GMT-11'],
  ])('shows an instant in the zone %s', (timeZone, text) => {
    const { container } = render(Dateline, { published: '2013-02-02T18:30:00+01:00', timeZone });
    expect(timeText(container)).toEqual([['2013-02-02T18:30:00+01:00', text]]);
  });

  it('shows the place and an updated date with its own time element', () => {
    const { container } = render(Dateline, {
      published: '2013-02-02',
      updated: '2013-02-03T09:15:00Z',
      place: 'Munich',
      timeZone: 'Europe/Berlin',
    });
    expect(timeText(container)).toEqual([
      ['2013-02-02', 'February 2, 2013'],
      ['2013-02-03T09:15:00Z', 'February 3, 2013 at 10:15 AM GMT+1'],
    ]);
    expect(visibleText(container)).toBe(
      'Munich February 2, 2013 Updated February 3, 2013 at 10:15 AM GMT+1',
    );
  });

  it('writes the date in the given language', () => {
    const { container } = render(Dateline, { published: '2013-02-02', lang: 'de' });
    expect(timeText(container)).toEqual([['2013-02-02', '2. Februar 2013']]);
  });

  it('has no axe violations in every state', async () => {
    for (const props of [
      { published: '2013-02-02', permalink: 'https://p.dw.com/p/17XBn' },
      { published: '2013-02-02' },
      { published: '2013-02-02T18:30:00+01:00', updated: '2013-02-03', place: 'Munich' },
    ]) {
      const { container, unmount } = render(Dateline, props);
      await expectNoA11yViolations(container);
      unmount();
    }
  });

  it('axe fails a short link emptied of its name (the check is real)', async () => {
    const { container } = render(Dateline, {
      published: '2013-02-02',
      permalink: 'https://p.dw.com/p/17XBn',
    });
    screen.getByRole('link').replaceChildren();
    expect((await checkA11y(container)).map((v) => v.id)).toContain('link-name');
  });

  it.each([
    [
      { published: '2/2/2013' },
      /<Dateline>: prop `published` must be an ISO 8601 date that exists.*got "2\/2\/2013"/,
    ],
    [
      { published: '2013-02-30' },
      /prop `published` must be an ISO 8601 date that exists.*got "2013-02-30"/,
    ],
    [{ published: '2013-02-02T18:30:00' }, /prop `published`.*got "2013-02-02T18:30:00"/],
    [{ published: '2013-02-02', updated: 'yesterday' }, /prop `updated`.*got "yesterday"/],
    [
      { published: '2013-02-02', timeZone: 'Mars/Olympus' },
      /prop `timeZone` must be an IANA time zone.*got "Mars\/Olympus"/,
    ],
    [
      { published: '2013-02-02', permalink: 'p.dw.com/p/17XBn' },
      /prop `permalink` must be an absolute http\(s\) URL/,
    ],
    [
      { published: '2013-02-02', permalink: 'javascript:alert(1)' },
      /prop `permalink` must be an absolute http\(s\) URL/,
    ],
  ])('rejects bad props: %j', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Dateline, props)).toThrow(message);
  });
});

describe('Dateline given a Date', () => {
  it('takes a Date as well as an ISO string: an instant, written in UTC in datetime', () => {
    const { container } = render(Dateline, {
      published: new Date(Date.UTC(2013, 1, 2, 17, 30)),
      timeZone: 'Europe/Berlin',
    });
    const time = container.querySelector('time')!;
    expect(time).toHaveAttribute('datetime', '2013-02-02T17:30:00.000Z');
    expect(time).toHaveTextContent('February 2, 2013 at 6:30 PM GMT+1');
  });

  it('refuses a Date that is not a date', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Dateline, { published: new Date('not a date') })).toThrow(
      /<Dateline>: prop `published` must be an ISO 8601 date/,
    );
  });
});
