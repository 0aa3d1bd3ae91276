import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Video } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { briefingVideo, silentVideo } from '$fixtures/media';
import { visibleText } from '$tests/helpers/text';

describe('Video', () => {
  it('is a native player with controls that loads nothing and never plays by itself', () => {
    const { container } = render(Video, briefingVideo);
    const video = container.querySelector('video')!;
    expect(video).toHaveAttribute('controls');
    expect(video).toHaveAttribute('preload', 'none');
    expect(video).not.toHaveAttribute('autoplay');
    expect(video).toHaveAttribute('width', '320');
    expect(video).toHaveAttribute('height', '180');
    expect(video).toHaveAccessibleName(briefingVideo.title);
  });

  it('has a track per text track, the captions in the page language on by default', () => {
    const { container } = render(Video, { ...briefingVideo, lang: 'ar' });
    const tracks = [...container.querySelectorAll('track')].map((t) => [
      t.kind,
      t.srclang,
      t.label,
      t.default,
    ]);
    expect(tracks).toEqual([
      ['captions', 'en', 'English', false],
      ['subtitles', 'de', 'Deutsch', false],
      ['captions', 'ar', 'العربية', true],
      ['descriptions', 'en', 'English descriptions', false],
    ]);
  });

  it('shows caption, credit and length in words, and the transcript below', () => {
    const { container } = render(Video, briefingVideo);
    expect(visibleText(container.querySelector('figcaption')!)).toBe(
      'The conference has grown every year since 2011. Video: DW Duration: 5 seconds',
    );
    expect(container.querySelector('time')).toHaveAttribute('datetime', 'PT5S');
    expect(container.querySelector('details summary')).toHaveTextContent('Transcript');
  });

  it.each([
    ['en', 'PT1H2M30S', '1 hour, 2 minutes, 30 seconds'],
    ['de', 'PT2M30S', '2 Minuten, 30 Sekunden'],
    ['ar', 'PT45S', '45 ثانية'],
  ])('writes the length in %s: %s is "%s"', (lang, duration, words) => {
    render(Video, { ...briefingVideo, lang, duration });
    expect(screen.getByText(words).tagName).toBe('TIME');
  });

  it('plays a silent video without captions', () => {
    const { container } = render(Video, silentVideo);
    expect(container.querySelectorAll('track')).toHaveLength(0);
  });

  it('has no axe violations', async () => {
    const { container } = render(Video, briefingVideo);
    await expectNoA11yViolations(container);
  });

  it.each([
    [{ ...briefingVideo, tracks: [] }, /prop `tracks` must include a captions track/],
    [{ ...briefingVideo, duration: '2:30' }, /prop `duration` must be an ISO 8601 duration/],
    [{ ...briefingVideo, sources: [] }, /prop `sources` must hold at least one video file/],
    [{ ...briefingVideo, poster: 'javascript:alert(1)' }, /prop `poster` must be an http\(s\)/],
  ])('refuses bad props (%#)', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Video, props as never)).toThrow(message);
  });
});
