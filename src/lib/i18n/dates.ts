// Dates as a newsroom writes them: ISO 8601, either a calendar date ("2013-02-02") or an
// instant with its offset ("2013-02-02T18:30:00+01:00"), and time zones: the checks that
// parseArticle and the components' props make. Displaying a checked date is date-format.ts's.

export interface IsoDate {
  /** The ISO 8601 text, as given: what `<time datetime>` carries. */
  iso: string;
  /** A calendar date has no time and no zone; an instant is one moment everywhere. */
  kind: 'date' | 'instant';
  /** For a calendar date, its midnight in UTC (only ever displayed in UTC). */
  value: Date;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Whether year-month-day is a day of the proleptic Gregorian calendar (2013-02-30 is not). */
function dayExists(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The date that `text` names, or undefined when it is not an ISO 8601 date that exists. */
export function parseIsoDate(text: string): IsoDate | undefined {
  const date = CALENDAR_DATE.exec(text);
  if (date) {
    const [year, month, day] = date.slice(1).map(Number) as [number, number, number];
    if (!dayExists(year, month, day)) return undefined;
    const value = new Date(0);
    value.setUTCFullYear(year, month - 1, day);
    return { iso: text, kind: 'date', value };
  }
  const instant = INSTANT.exec(text);
  if (instant) {
    const [year, month, day, hour, minute, second = 0, offsetHour = 0, offsetMinute = 0] = instant
      .slice(1)
      .map((part) => (part === undefined ? undefined : Number(part))) as number[];
    if (!dayExists(year!, month!, day!)) return undefined;
    if (hour! > 23 || minute! > 59 || second > 59 || offsetHour > 14 || offsetMinute > 59) {
      return undefined;
    }
    const value = new Date(text);
    return Number.isNaN(value.getTime()) ? undefined : { iso: text, kind: 'instant', value };
  }
  return undefined;
}

/**
 * The date a component was given: an ISO 8601 string, or a `Date` (an instant, written in UTC).
 * Undefined for anything else, or for a Date that is not a date.
 */
export function toIsoDate(value: unknown): IsoDate | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : parseIsoDate(value.toISOString());
  }
  return typeof value === 'string' ? parseIsoDate(value) : undefined;
}

// Asking Intl about a zone builds a whole formatter; a site renders few zones, many times.
const knownZones = new Map<string, boolean>();

/** Whether Intl knows `timeZone` as an IANA zone. */
export function isTimeZone(timeZone: string): boolean {
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(timeZone, known);
  }
  return known;
}
