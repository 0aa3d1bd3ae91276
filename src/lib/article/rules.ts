// The rules a field must follow, written once: parseArticle turns them into validation issues
// and the components into PropErrors, so a document and a component used alone agree on what
// is acceptable and say it in the same words.

/** The longest text field accepted: far beyond any real field, so longer is a fault upstream. */
export const maxTextLength = 20_000;

/** The largest image or video dimension accepted, in CSS pixels. */
export const maxDimension = 20_000;

export const dimensionRule = `must be a whole number of pixels from 1 to ${maxDimension.toLocaleString('en')}`;

/** Whether `value` is an image dimension: a whole number of pixels from 1 to `maxDimension`. */
export function isDimension(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= maxDimension
  );
}

/** What a described image's `alt` must be, and what to do instead. */
export const altRule =
  'must describe what the image shows; set `decorative: true` for an image that adds nothing to the text';

/** What a decorative image's `alt` must be. */
export const decorativeAltRule = 'must be "" for a decorative image (screen readers skip it)';

/** Whether `value` is usable alt text for an image that is not decorative. */
export function isAltText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Text as a reader compares it: case, runs of white space and the ends do not count. Two texts
 * that are the same this way are read as the same words (an alt that repeats its caption).
 */
export function sameWords(a: string, b: string): boolean {
  const words = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');
  return words(a) === words(b);
}

/** What a video with sound must have, and what to do about a silent one. */
export const captionsRule =
  'must include a captions track (kind "captions") so that people who cannot hear the video can follow it; set `hasAudio: false` for a silent video';

/** Whether a video's tracks give people who cannot hear it what they need. */
export function hasRequiredCaptions(video: {
  hasAudio?: boolean | undefined;
  tracks?: readonly { kind?: string | undefined }[] | undefined;
}): boolean {
  return (
    video.hasAudio === false ||
    (video.tracks ?? []).some((track) => (track.kind ?? 'captions') === 'captions')
  );
}
