// The public API of Broadsheet. Nothing else is public.
export { default as SkipLinks } from './components/SkipLinks.svelte';
export type { SkipLink, Props as SkipLinksProps } from './components/SkipLinks.svelte';
export { PropError } from './props.js';
