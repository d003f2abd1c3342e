/**
 * Event extraction from HTML pages: a pure core (no I/O). See
 * extractHtmlEvents for the order of methods and the rules applied.
 */
export { extractHtmlEvents, type HtmlParseOptions } from './extract-html-events';
export type { HtmlEventEnricher, HtmlEventSource } from './html-event-source';
export { looksLikeHtml } from './looks-like-html';
export type { RecipeFields, SelectorRecipe } from './recipe/selector-recipe';
export { validateRecipe } from './recipe/validate-recipe';
