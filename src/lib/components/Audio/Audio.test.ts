import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Audio } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { briefingAudio } from '$fixtures/media';

describe('Audio', () => {
  it('is a native player named by its visible title, loading nothing until played', () => {
    const { container } = render(Audio, briefingAudio);
    const audio = container.querySelector('audio')!;
    expect(audio).toHaveAttribute('controls');
    expect(audio).toHaveAttribute('preload', 'none');
    expect(audio).not.toHaveAttribute('autoplay');
    expect(audio).toHaveAccessibleName(briefingAudio.title);
    expect(container.querySelector('.title')).toBeVisible();
  });

  it('always has its transcript below', () => {
    const { container } = render(Audio, briefingAudio);
    expect(container.querySelector('details summary')).toHaveTextContent(
      `Transcript: ${briefingAudio.title}`,
    );
  });

  it('has no axe violations', async () => {
    const { container } = render(Audio, briefingAudio);
    await expectNoA11yViolations(container);
  });

  it.each([
    [
      { ...briefingAudio, transcript: [] },
      /prop `transcript` must hold the transcript: it is the text alternative/,
    ],
    [{ ...briefingAudio, transcript: undefined }, /prop `transcript` must hold the transcript/],
    [{ ...briefingAudio, title: '' }, /prop `title` must be a non-empty string/],
  ])('refuses bad props (%#)', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Audio, props as never)).toThrow(message);
  });
});
