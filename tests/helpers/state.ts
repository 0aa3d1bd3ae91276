// A component state for the browser sweeps: a name, the component and type-checked props.
// Each component's folder lists its states in Name.states.ts; tests/browser/states.ts gathers
// them, so the axe, reflow and beyond-axe sweeps cover every component without a list to keep.
import type { Component } from 'svelte';

export interface State {
  name: string;
  component: Component<Record<string, unknown>>;
  props: Record<string, unknown>;
}

export function state<P extends Record<string, unknown>>(
  name: string,
  component: Component<P>,
  props: P,
): State {
  return { name, component: component as unknown as State['component'], props };
}
