import type { Decorator, Preview } from '@storybook/svelte-vite';
import { directionOf, labelledLanguages } from '../src/lib/index.js';
import { wcagTags } from '../src/lib/testing/index.js';
import LocaleFrame from './LocaleFrame.svelte';

/**
 * The toolbar's language and direction, applied to every component story: the story's `lang`
 * (the language of the surrounding text) and a wrapper with `lang` and `dir`.
 * Page stories carry their own language and are left alone.
 */
const withLocale: Decorator = (storyFn, context) => {
  const { locale, direction } = context.globals as { locale?: string; direction?: string };
  if (!context.title.startsWith('Components/') || (!locale && !direction)) return storyFn();
  storyFn(locale ? { args: { ...context.args, lang: locale } } : undefined);
  return {
    Component: LocaleFrame,
    props: {
      lang: locale || undefined,
      dir: direction || (locale ? directionOf(locale) : undefined),
    },
  };
};

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLocale],
  globalTypes: {
    locale: {
      description: 'Language of the component stories (their labels and dates)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: '', title: 'As the story is written' },
          ...labelledLanguages.map((lang) => ({
            value: lang,
            title: `${languageNames.of(lang)} (${lang})`,
          })),
          { value: 'ja', title: 'Japanese (ja) — no labels: English fallback' },
        ],
      },
    },
    direction: {
      description: 'Text direction of the component stories',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: '', title: 'From the language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { locale: '', direction: '' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      // Every story is an accessibility test: a violation fails it, in the UI and in CI.
      test: 'error',
      options: { runOnly: { type: 'tag', values: wcagTags } },
    },
  },
};

export default preview;
