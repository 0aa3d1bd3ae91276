// Media durations: ISO 8601 ("PT2M30S") in the document and in `datetime`, words on the page
// ("2 minutes, 30 seconds", "2 Minuten und 30 Sekunden") through Intl, the same on the server and
// in every browser (Intl.DurationFormat is not in Node 20, so the units are put together here).

export interface Duration {
  hours: number;
  minutes: number;
  seconds: number;
  /** The duration as it was written. */
  iso: string;
}

// Days, hours, minutes and seconds: years and months have no fixed length, so a media file's
// length is never written with them.
const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** The parts of an ISO 8601 duration such as "PT2M30S", or undefined if it is not one. */
export function parseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  const total =
    Number(days) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  if (!Number.isFinite(total) || total <= 0) return undefined;
  const whole = Math.round(total);
  return {
    hours: Math.floor(whole / 3600),
    minutes: Math.floor((whole % 3600) / 60),
    seconds: whole % 60,
    iso: text,
  };
}

const formats = new Map<string, { units: Map<string, Intl.NumberFormat>; list: Intl.ListFormat }>();

/** "1 hour, 2 minutes, 5 seconds" in `lang`, leaving out the units that are zero. */
export function formatDuration(duration: Duration, lang = 'en'): string {
  let format = formats.get(lang);
  if (!format) {
    format = {
      units: new Map(
        ['hour', 'minute', 'second'].map((unit) => [
          unit,
          new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }),
        ]),
      ),
      list: new Intl.ListFormat(lang, { type: 'unit', style: 'long' }),
    };
    if (formats.size < 200) formats.set(lang, format);
  }
  const parts = (
    [
      ['hour', duration.hours],
      ['minute', duration.minutes],
      ['second', duration.seconds],
    ] as const
  )
    .filter(([, value]) => value > 0)
    .map(([unit, value]) => format.units.get(unit)!.format(value));
  return format.list.format(parts);
}
