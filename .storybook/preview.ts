import type { Decorator, Preview } from '@storybook/svelte-vite';
import {
  directionOf,
  labelledLanguages,
  loadLabels,
  preloadArticle,
  type ArticleDocument,
} from '../src/lib/index.js';
import { translationsOf } from '../fixtures/examples.js';
import { wcagTags } from '../src/lib/testing/index.js';
import '../src/lib/themes/dark.css';
import LocaleFrame from './LocaleFrame.svelte';

/**
 * The toolbar's choices. Language and direction apply to every component story: the story's
 * `lang` (the language of the surrounding text) and a wrapper with `lang` and `dir`. An Article
 * or page story switches to its example in the chosen language (fixtures/examples.ts), or says
 * that the example has no such translation and stays as written. The theme applies to every
 * story, as data-bs-theme on the wrapper.
 */
const withLocale: Decorator = (storyFn, context) => {
  const { locale, direction, theme } = context.globals as {
    locale?: string;
    direction?: string;
    theme?: 'light' | 'dark' | '';
  };
  const component = context.title.startsWith('Components/');
  const { article } = context.args as { article?: ArticleDocument };
  let notice: string | undefined;
  if (component && locale) {
    storyFn({ args: { ...context.args, lang: locale } });
  } else if (locale && article && locale !== article.lang) {
    const page = translationsOf(article)?.[locale];
    if (page) {
      // A page story takes the whole page (its chrome is translated too); Article the document.
      storyFn({
        args: { ...context.args, ...('chrome' in context.args ? page : { article: page.article }) },
      });
    } else {
      notice = `This example has no ${languageNames.of(locale)} version: it is shown as written, in ${languageNames.of(article.lang)}.`;
      storyFn();
    }
  } else {
    storyFn();
  }
  // Always framed: the frame paints the theme's surface, so a reader whose system is dark
  // (dark.css follows it) never sees light text on Storybook's white canvas.
  return {
    Component: LocaleFrame,
    props: {
      lang: (component && locale) || undefined,
      dir: component ? direction || (locale ? directionOf(locale) : undefined) : undefined,
      theme: theme || undefined,
      notice,
    },
  };
};

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

const preview: Preview = {
  tags: ['autodocs'],
  // What a site's load function fetches before a page renders in the browser: the labels of
  // its language (the Language toolbar may pick any, so all of them here) and, for an Article
  // or page story, what <Article> needs to show its document at once (preloadArticle: the
  // validator, since a story's document comes from its controls, unchecked).
  loaders: [
    async ({ args }) => {
      const { article } = args as { article?: ArticleDocument };
      await Promise.all([
        ...labelledLanguages.map((lang) => loadLabels(lang)),
        article && preloadArticle(article),
      ]);
      return {};
    },
  ],
  decorators: [withLocale],
  globalTypes: {
    locale: {
      description:
        'Language of the component stories (their labels and dates), and the translated example of Article and page stories',
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
    theme: {
      description: 'Colour theme, as a site switches it with data-bs-theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: '', title: 'As the system' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
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
  initialGlobals: { locale: '', direction: '', theme: '' },
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
