// Every component in the states its folder lists (src/lib/components/*/*.states.ts), ready to
// render in Chromium. A new component's states join every sweep without an edit here.
import { render } from 'vitest-browser-svelte';
import type { State } from '$tests/helpers/state';

const modules = import.meta.glob<{ default: State[] }>('../../src/lib/components/*/*.states.ts', {
  eager: true,
});

export const states: State[] = Object.values(modules).flatMap((module) => module.default);

export const cases = states.map(({ name, component, props }) => ({
  name,
  show: () => render(component, props),
}));
