// <img>, <iframe>, <video> and <audio> to body blocks: each kept only with what a reader needs
// (a size to reserve its box, alt text, a title, captions), or reported in `dropped` with what
// to add.
import type { ArticleVideo, BodyBlock, MediaSource, TextTrack } from '../article/types.js';
import { isDimension } from '../article/rules.js';
import { hasSafeScheme, imageSchemes, isHttpsUrl } from '../urls.js';
import { attr, fold, isElement, isText, textOf, type Element } from './html.js';
import type { Drop } from './report.js';

/** What mapping media needs from the import it is part of. */
export interface MediaContext {
  drop: Drop;
  /** The pixel size of an image whose `<img>` has no width and height attributes. */
  imageSize?: ((src: string) => { width: number; height: number } | undefined) | undefined;
}

export function image(img: Element, caption: string | undefined, context: MediaContext) {
  const { drop } = context;
  const src = attr(img, 'src')?.trim() ?? attr(img, 'data-src')?.trim();
  if (!src) return void drop(img, 'image without a src');
  if (!hasSafeScheme(src, imageSchemes) || /^www\./i.test(src)) {
    return void drop(
      img,
      `image removed: "${src.slice(0, 60)}" is not an http(s) or relative address`,
      caption,
    );
  }
  const alt = attr(img, 'alt');
  let width = Number(attr(img, 'width'));
  let height = Number(attr(img, 'height'));
  if (!isDimension(width) || !isDimension(height)) {
    const size = context.imageSize?.(src);
    width = size?.width ?? NaN;
    height = size?.height ?? NaN;
  }
  if (!isDimension(width) || !isDimension(height)) {
    return void drop(
      img,
      `image ${src.slice(0, 80)} has no width and height: give them in the HTML or through the imageSize option, so its box can be reserved`,
      [alt, caption].filter(Boolean).join(' '),
    );
  }
  if (alt === undefined) {
    return void drop(
      img,
      `image ${src.slice(0, 80)} has no alt text: describe what it shows, or give alt="" if it adds nothing`,
      caption,
    );
  }
  const described = alt.trim() !== '';
  return {
    type: 'image',
    image: {
      src,
      width,
      height,
      ...(described ? { alt: fold(alt) } : { alt: '', decorative: true }),
      ...(caption && { caption }),
    },
  } satisfies BodyBlock;
}

/** The provider's name people know, from the iframe's address: "YouTube", or the host. */
export function providerOf(src: string): string {
  const host = new URL(src).hostname.replace(/^www\./, '');
  const known: [RegExp, string][] = [
    [/(^|\.)youtube(-nocookie)?\.com$|^youtu\.be$/, 'YouTube'],
    [/(^|\.)vimeo\.com$/, 'Vimeo'],
    [/(^|\.)datawrapper\.de$|dwcdn\.net$/, 'Datawrapper'],
    [/(^|\.)(twitter|x)\.com$/, 'X'],
    [/(^|\.)instagram\.com$/, 'Instagram'],
    [/(^|\.)facebook\.com$/, 'Facebook'],
    [/(^|\.)soundcloud\.com$/, 'SoundCloud'],
    [/(^|\.)spotify\.com$/, 'Spotify'],
    [/(^|\.)flourish\.studio$/, 'Flourish'],
  ];
  return known.find(([pattern]) => pattern.test(host))?.[1] ?? host;
}

export function embed(element: Element, caption: string | undefined, { drop }: MediaContext) {
  // Browsers never show what an <iframe> holds: report it rather than lose it.
  const inner = textOf(element);
  if (inner) drop(element, 'text inside an <iframe> is never shown', inner);
  const src = attr(element, 'src')?.trim();
  if (!src || !isHttpsUrl(src)) {
    return void drop(
      element,
      `embed removed: its address ${JSON.stringify(src ?? '')} is not https`,
      caption,
    );
  }
  const provider = providerOf(src);
  const youtube = /youtube(-nocookie)?\.com\/embed\/([\w-]+)/.exec(src);
  const href = youtube ? `https://www.youtube.com/watch?v=${youtube[2]}` : src;
  let width = Number(attr(element, 'width'));
  let height = Number(attr(element, 'height'));
  if (!isDimension(width) || !isDimension(height)) {
    [width, height] = [560, 315];
    drop(
      element,
      `embed from ${provider} has no width and height: its box is reserved at 16:9; give the real size`,
    );
  }
  const title = fold(attr(element, 'title') ?? '') || caption;
  if (!title)
    drop(
      element,
      `embed from ${provider} has no title: it is named "${provider} content"; give it a title that says what it shows`,
    );
  return {
    type: 'embed',
    embed: {
      provider,
      title: title || `${provider} content`,
      src,
      width,
      height,
      link: { text: caption ?? `View on ${provider}`, href },
    },
  } satisfies BodyBlock;
}

/** A <video> (or an <audio>, which HTML cannot give its transcript, so it is reported). */
export function video(element: Element, caption: string | undefined, { drop }: MediaContext) {
  const kind = element.tagName as 'video' | 'audio';
  const sources: MediaSource[] = [];
  const tracks: TextTrack[] = [];
  const add = (src: string | undefined, type: string | undefined) => {
    if (!src) return;
    if (!hasSafeScheme(src, imageSchemes))
      return void drop(
        kind,
        `${kind} source removed: "${src.slice(0, 60)}" is not an http(s) or relative address`,
      );
    const extension = /\.(\w+)(?:[?#]|$)/.exec(src)?.[1]?.toLowerCase();
    sources.push({
      src,
      type: type ?? `${kind}/${extension === 'mp3' ? 'mpeg' : (extension ?? 'mp4')}`,
    });
  };
  add(attr(element, 'src'), undefined);
  const fallback: string[] = [];
  for (const child of element.childNodes) {
    if (!isElement(child)) {
      if (isText(child) && child.value.trim()) fallback.push(child.value);
      continue;
    }
    if (child.tagName === 'source') add(attr(child, 'src'), attr(child, 'type'));
    else if (child.tagName === 'track') {
      const src = attr(child, 'src');
      const lang = attr(child, 'srclang');
      const label = attr(child, 'label');
      const trackKind = attr(child, 'kind') ?? 'subtitles';
      if (!src || !lang || !label || !hasSafeScheme(src, imageSchemes)) {
        drop(child, 'text track removed: it needs src, srclang and label');
      } else if (
        trackKind === 'captions' ||
        trackKind === 'subtitles' ||
        trackKind === 'descriptions'
      ) {
        tracks.push({ src, lang, label, kind: trackKind });
      } else {
        drop(child, `text track of kind "${trackKind}" is not used`);
      }
    } else fallback.push(textOf(child));
  }
  if (fallback.join('').trim())
    drop(
      element,
      `the ${kind} element's fallback text is not shown by browsers that play it`,
      fallback.join(' '),
    );
  const title = fold(attr(element, 'title') ?? attr(element, 'aria-label') ?? '') || caption;
  if (sources.length === 0) return void drop(element, `${kind} without a playable source`, caption);
  if (!title)
    return void drop(
      element,
      `${kind} without a title: give it a title (or a caption) that says what it is`,
    );
  if (kind === 'audio') {
    return void drop(
      element,
      'audio needs a transcript, which HTML does not carry: add the audio block with its transcript in the CMS',
      caption,
    );
  }
  const width = Number(attr(element, 'width'));
  const height = Number(attr(element, 'height'));
  if (!isDimension(width) || !isDimension(height)) {
    return void drop(
      element,
      'video without width and height: give them, so its box can be reserved',
      caption,
    );
  }
  const result: ArticleVideo = {
    title,
    sources,
    width,
    height,
    ...(tracks.length > 0 && { tracks }),
    ...(caption && { caption }),
  };
  const poster = attr(element, 'poster');
  if (poster && hasSafeScheme(poster, imageSchemes)) result.poster = poster;
  if (!tracks.some((t) => t.kind === 'captions')) {
    return void drop(
      element,
      'video without captions: add a <track kind="captions"> so that people who cannot hear it can follow it',
      caption,
    );
  }
  return { type: 'video', video: result } satisfies BodyBlock;
}
