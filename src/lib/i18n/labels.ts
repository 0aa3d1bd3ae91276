import { BROWSER, DEV } from 'esm-env';
import { catalog } from './catalog/all.js';
import { everyLabel } from './english.js';
import { loaders } from './catalog/loaders.js';

// The words Broadsheet itself adds to a page, per language. A language without a label gets the
// English one, marked `lang="en"` so a screen reader switches voice (the BBC's practice).

export interface Labels {
  /** The accessible name of the skip-links navigation. */
  skipLinks: string;
  /** Shown before an image credit: "Image: Getty Images". */
  imageCredit: string;
  /** Shown before the date of the last update. */
  updated: string;
  /** Hidden before the short link, so its name says what it is. */
  shortLink: string;
  /** Hidden before the author initials. */
  authors: string;
  /** Hidden before the news agencies. */
  agencies: string;
  /** The opening and closing marks of a pull quote, the way the language writes them. */
  quoteOpen: string;
  quoteClose: string;
  /** Shown before the names of the people who wrote the article: "By". */
  byline: string;
  /** The heading of the key points. */
  keyPoints: string;
  /** The heading and name of the table of contents. */
  contents: string;
  /** The link from the end of a long article back to its table of contents. */
  backToContents: string;
  /** The heading of the footnotes after the body. */
  footnotes: string;
  /** The name of a footnote reference, before its number: "Footnote 1". */
  footnote: string;
  /** The link from a footnote back to where it is referenced. */
  backToContent: string;
  /** The heading of the corrections, clarifications, updates and editor's notes. */
  notes: string;
  /** The kind of a note, in words. */
  correction: string;
  clarification: string;
  update: string;
  editorsNote: string;
  /** Near the top of a corrected article, before the link to the correction. */
  corrected: string;
  /** The link from the top of a corrected article to the correction. */
  readCorrection: string;
  /** The heading of the related links. */
  related: string;
  /** The disclosure of an image's long description. */
  description: string;
  /** The disclosure of the data behind a chart. */
  data: string;
  /** The disclosure of a chart's long description and its data together. */
  descriptionAndData: string;
  /** Shown before the source of a table's data: "Source: Eurostat". */
  source: string;
  /** Shown before a video's credit: "Video: Reuters". */
  videoCredit: string;
  /** Shown before an audio's credit: "Audio: DW". */
  audioCredit: string;
  /** Shown before the length of a video or audio: "Duration: 2 minutes". */
  duration: string;
  /** The disclosure that holds a transcript. */
  transcript: string;
  /** The link past third-party content; {provider} is its name: "Skip YouTube content". */
  skipEmbed: string;
  /** Where that link lands, for a screen reader: "End of YouTube content". */
  embedEnd: string;
  /** The button that loads third-party content: "Load YouTube content". */
  loadEmbed: string;
  /** Said before third-party content is loaded. */
  embedNotice: string;
  /** A live blog's status while it is running. */
  live: string;
  /** A live blog's status once the coverage is over. */
  coverageEnded: string;
  /** The heading and name of a live blog's list of key events. */
  keyEvents: string;
  /** Shown above the post a live blog keeps first. */
  pinnedPost: string;
  /** Said when posts arrive that the reader has not asked to see: "3 new updates". */
  newUpdates: PluralText;
  /** The button that shows them: "Show 3 new updates". */
  showNewUpdates: PluralText;
  /** A live blog's last update; {time} is the time, in a `<time>`: "Updated 16:40". */
  updatedAt: string;
  /** The link to the next page of a live blog's older posts. */
  olderPosts: string;
}

/**
 * A label that says a number: one text per plural category of the language (CLDR's, as
 * `Intl.PluralRules` names them), `{count}` standing for the number. `other` is required; a
 * category a language does not use is left out.
 */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A label as rendered: its text, and `lang` when it is not in the requested language. */
export interface Label<Text = string> {
  text: Text;
  lang?: string;
}

export type ResolvedLabels = { [K in keyof Labels]: Label<Labels[K]> };

// Each language's labels are written for that language, in a file of their own (catalog/). A
// label we are not sure of is left out: the English one, marked lang="en", is better than a
// guess. Quote marks follow CLDR's delimiters for the language; guillemets are mirrored by the
// bidi algorithm in RTL text, so they face the right way there.
//
// A server has every language at hand. A browser has English, and the languages loadLabels
// fetched: a page sends the words of its own language and no other. English has no entry of its
// own: its words are those each component passes in (english.ts).
const loaded = new Map<string, Partial<Labels>>([['en', {}]]);

/** A label with its `{provider}` (or other) placeholders filled in. */
export function fillLabel(label: Label, values: Record<string, string>): Label {
  return {
    ...label,
    text: label.text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole),
  };
}

/**
 * A label that says a number, for `count`: the language's plural form, with `{count}` written
 * in its digits. The rules are those of the language the label is in, so an English fallback
 * says "1 new update", and Arabic or Russian their own forms.
 */
export function countLabel(label: Label<PluralText>, count: number, lang: string): Label {
  const locale = label.lang ?? lang;
  const forms = label.text;
  const text = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return fillLabel({ ...label, text }, { count: new Intl.NumberFormat(locale).format(count) });
}

/** The languages with labels of their own. */
export const labelledLanguages: readonly string[] = /* @__PURE__ */ languagesWithLabels();

// A function, so that a bundle which never reads the list leaves out the loaders too.
function languagesWithLabels(): readonly string[] {
  return Object.freeze(['en', ...Object.keys(loaders)]);
}

/**
 * Makes `lang`'s labels available in the browser. Await it before rendering a page in that
 * language on the client (in SvelteKit, in a universal `load`); it fetches that one
 * language, once. On the server, and for English, there is nothing to wait for.
 */
export async function loadLabels(lang: string): Promise<void> {
  for (const key of languageKeys(lang)) {
    if (loaded.has(key)) return;
    const load = loaders[key];
    if (load) {
      loaded.set(key, (await load()).default);
      resolved.clear();
      return;
    }
  }
}

/**
 * Whether `lang`'s own labels are at hand here: always on a server; in a browser, for English,
 * a language without labels of its own, and those loaded (loadLabels, or read from the server's
 * markup of an article: Article.svelte).
 */
export function hasLabels(lang: string): boolean {
  if (!BROWSER) return true;
  for (const key of languageKeys(lang)) {
    if (loaded.has(key)) return true;
    if (key in loaders) return false;
  }
  return true;
}

/**
 * The catalog entry an article in `lang` is written with, when it is not English: what the
 * server writes beside the article so that the browser hydrating it shows the same words
 * (Article.svelte), with the key it is filed under.
 */
export function labelEntry(lang: string): [string, Partial<Labels>] | undefined {
  const found = entryFor(lang);
  return found && found[0] !== 'en' ? found : undefined;
}

/** Takes a language's labels as the server wrote them beside an article (Article.svelte). */
export function registerLabels(key: string, entry: Partial<Labels>): void {
  if (loaded.has(key) || !(key in loaders)) return;
  loaded.set(key, entry);
  resolved.clear();
}

/**
 * The keys to look a BCP 47 tag up by, best first: the whole tag, then its language alone.
 * Chinese in Traditional characters (zh-Hant, or Taiwan, Hong Kong, Macao) has its own entry:
 * Simplified words would be wrong there. The labels and the lint's word lists both use it.
 */
export function languageKeys(lang: string): string[] {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  const traditional = base === 'zh' && /-(hant|tw|hk|mo)(-|$)/.test(tag) ? ['zh-hant'] : [];
  return [tag, ...traditional, base];
}

/** The catalog's entry for a BCP 47 tag, and the key it was found under. */
function entryFor(lang: string): [string, Partial<Labels>] | undefined {
  for (const key of languageKeys(lang)) {
    const entry = BROWSER ? loaded.get(key) : key === 'en' ? {} : catalog[key];
    if (entry) return [key, entry];
    if (BROWSER && DEV && key in loaders) warnNotLoaded(key);
  }
  return undefined;
}

const warned = new Set<string>();

// Not an error: the page stays readable, with English labels marked as English. But the
// server wrote the language's own, so the reader would see them change: say so while the site
// is being built (development only, like Svelte's own warnings).
function warnNotLoaded(key: string) {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `Broadsheet: the labels for "${key}" are not loaded in this browser, so English ones stand in. Await loadLabels("${key}") before rendering (in SvelteKit, in a universal load function).`,
  );
}

// Every component of an article asks for the same language's labels: resolved once per set of
// English words (a component's module constant) and language.
const resolved = new Map<object, Map<string, object>>();

/** Every label for `lang`, with `overrides` taken as written in that language. */
export function labelsFor(lang = 'en', overrides?: Partial<Labels>): ResolvedLabels {
  return labelsOf(everyLabel, lang, overrides);
}

/**
 * The labels whose English words `english` holds, for `lang`, with `overrides` taken as written
 * in that language. A component passes the words it shows, so that its bundle carries no other.
 */
export function labelsOf<K extends keyof Labels>(
  english: Pick<Labels, K>,
  lang = 'en',
  overrides?: Partial<Labels>,
): Pick<ResolvedLabels, K> {
  if (overrides) return resolve(english, lang, overrides);
  let byLang = resolved.get(english) as Map<string, Pick<ResolvedLabels, K>> | undefined;
  if (!byLang) resolved.set(english, (byLang = new Map()));
  let labels = byLang.get(lang);
  if (!labels) {
    labels = Object.freeze(resolve(english, lang, {}));
    if (byLang.size < 500) byLang.set(lang, labels);
  }
  return labels;
}

function resolve<K extends keyof Labels>(
  english: Pick<Labels, K>,
  lang: string,
  overrides: Partial<Labels>,
): Pick<ResolvedLabels, K> {
  const [key, entry = {}] = entryFor(lang) ?? [];
  const isEnglish = key === 'en';
  const labels = {} as Record<K, Label<Labels[K]>>;
  for (const name of Object.keys(english) as K[]) {
    const own = overrides[name] ?? entry[name];
    labels[name] =
      own !== undefined || isEnglish
        ? { text: own ?? english[name] }
        : { text: english[name], lang: 'en' };
  }
  return labels as Pick<ResolvedLabels, K>;
}
