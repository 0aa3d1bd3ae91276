// Every page is prerendered to static HTML: readable without JavaScript.
export const prerender = true;
