import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Transcript } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { briefingAudio } from '$fixtures/media';

describe('Transcript', () => {
  it('is a closed disclosure named "Transcript" and the title, holding the paragraphs', async () => {
    const { container } = render(Transcript, {
      paragraphs: briefingAudio.transcript,
      title: briefingAudio.title,
    });
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    const summary = container.querySelector('summary')!;
    expect(summary).toHaveTextContent('Transcript: Inside the Munich Security Conference');
    expect(details.querySelectorAll('p')).toHaveLength(2);
    await userEvent.click(summary);
    expect(details.open).toBe(true);
    expect(screen.getByText('ninety').tagName).toBe('STRONG');
  });

  it('says "Transcript" in the page language', () => {
    const { container } = render(Transcript, { paragraphs: ['Text'], lang: 'de' });
    expect(container.querySelector('summary')).toHaveTextContent('Transkript');
  });

  it('has no axe violations', async () => {
    const { container } = render(Transcript, { paragraphs: ['Text'], title: 'A' });
    await expectNoA11yViolations(container);
  });

  it('refuses an empty transcript', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Transcript, { paragraphs: [] })).toThrow(
      /<Transcript>: prop `paragraphs` must hold at least one paragraph/,
    );
  });
});
