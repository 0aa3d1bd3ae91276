// Fonts, and images, for pictures that must come out the same on every machine: the visual tests
// and the README's screenshots. The library's own stacks name fonts the reader already has, and those
// differ from machine to machine; here every script in the stories is pinned to a Noto font
// installed from npm (@fontsource, development only), so a fresh machine draws the same glyphs.
// Only the three font tokens change: sizes, weights, colours and layout are the library's.
import '@fontsource/noto-serif/400.css';
import '@fontsource/noto-serif/400-italic.css';
import '@fontsource/noto-serif/600.css';
import '@fontsource/noto-serif/700.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans/800.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/700.css';
import '@fontsource/noto-sans-bengali/400.css';
import '@fontsource/noto-sans-bengali/700.css';
import type { Token } from 'broadsheet/tokens';

// Arabic script, Han, Devanagari and Bengali after the Latin face, as a font-script group.
const scripts = "'Noto Naskh Arabic', 'Noto Sans SC', 'Noto Sans Devanagari', 'Noto Sans Bengali'";

export const pinnedFonts: Partial<Record<Token, string>> = {
  '--bs-font-body': `'Noto Serif', ${scripts}`,
  '--bs-font-headline': `'Noto Serif', ${scripts}`,
  '--bs-font-meta': `'Noto Sans', ${scripts}`,
};

// Native media controls are the browser's drawing, not the library's: their clock is set in
// the machine's own font and their loading spinner turns. They keep their box, drawn empty.
const stillControls =
  'video::-webkit-media-controls, audio::-webkit-media-controls { visibility: hidden; }';

/** Sets the pinned fonts on the document and waits until every face in use has loaded. */
export async function usePinnedFonts(): Promise<void> {
  const root = document.documentElement;
  if (!document.querySelector('style[data-still-controls]')) {
    const style = document.createElement('style');
    style.dataset.stillControls = '';
    style.textContent = stillControls;
    document.head.append(style);
  }
  for (const [name, value] of Object.entries(pinnedFonts)) root.style.setProperty(name, value);
  // Outside the components (native controls, a page's own chrome) text falls back to these.
  root.style.fontFamily = pinnedFonts['--bs-font-meta']!;
  await settleFonts();
}

/** Waits for the faces the rendered text asked for (unicode-range subsets load on use). */
export async function settleFonts(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await document.fonts.ready;
}

/** Waits for the images in the picture to load (or fail), at most a few seconds each. */
export async function imagesShown(frame: HTMLElement): Promise<void> {
  const bottom = frame.getBoundingClientRect().bottom;
  const inPicture = [...frame.querySelectorAll('img')].filter(
    (img) => img.getBoundingClientRect().top < bottom,
  );
  await Promise.all(
    inPicture.map(
      (img) =>
        new Promise<void>((resolve) => {
          if (img.complete) return resolve();
          img.addEventListener('load', () => resolve(), { once: true });
          img.addEventListener('error', () => resolve(), { once: true });
          setTimeout(resolve, 5_000);
        }),
    ),
  );
  await Promise.all(inPicture.map((img) => img.decode().catch(() => {})));
}
