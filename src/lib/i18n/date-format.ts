// Dates on the page: an ISO date that a check has proved (dates.ts), written through Intl in the
// article's language and time zone; the `datetime` attribute keeps the ISO text. Apart from the
// checks, so that an article's hydrating code carries no date parser: the browser fetches that
// with the validator, only for a document nobody checked.
import type { IsoDate } from './dates.js';

/**
 * A date that a check has already proved to exist, read for its value, never checked twice.
 * JavaScript reads both ISO forms as parseIsoDate does (a calendar date as its midnight in
 * UTC); a test holds the two to the same dates.
 */
export function provenDate(iso: string): IsoDate {
  return { iso, kind: iso.includes('T') ? 'instant' : 'date', value: new Date(iso) };
}

// Building a DateTimeFormat costs far more than using one; an article page formats a handful
// of dates in one language and zone, so a small cache pays at once.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(lang: string, kind: IsoDate['kind'], timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${kind}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      lang,
      kind === 'date'
        ? // A calendar date is the same day everywhere: never shifted into a zone.
          { dateStyle: 'long', timeZone: 'UTC' }
        : {
            year: 'numeric',
            month: 'long',
            day: 'numeric',
            hour: 'numeric',
            minute: '2-digit',
            timeZoneName: 'short',
            timeZone,
          },
    );
    formats.set(key, format);
  }
  return format;
}

/**
 * The date as a reader of `lang` expects it, with the language's own calendar and digits
 * (Persian shows the Solar Hijri date). An instant is shown in `timeZone`, with the zone's name.
 */
export function formatIsoDate(date: IsoDate, lang: string, timeZone = 'UTC'): string {
  return formatFor(lang, date.kind, timeZone).format(date.value);
}
