import { userEvent } from 'vitest/browser';

/** The first Tab of a reader who has just arrived: nothing focused, then Tab. */
export async function tabFromPageStart() {
  (document.activeElement as HTMLElement | null)?.blur();
  await userEvent.tab();
}
