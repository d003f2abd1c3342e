import { load } from 'cheerio';
import { isKnownZone } from '@app/zones';
import { isRecord } from '../schema/json';
import { formatProblem } from './recipe-dates';
import { FIELD_NAMES, parseFieldSelector } from './selector-recipe';

const RECIPE_KEYS = ['item', 'fields', 'dateFormats', 'timeFormats', 'timeZone', 'defaultTitle'];
const MAX_SELECTOR = 500;
const MAX_FORMATS = 20;

// An empty document to compile selectors against: css-select throws on
// invalid syntax only when a selector is used.
const EMPTY = load('<p></p>');

/**
 * Problems with a recipe a user submitted, in words they can act on; []
 * when it is usable. Unknown keys are problems too: a misspelt "dateFormat"
 * would otherwise be ignored silently.
 */
export function validateRecipe(recipe: unknown): string[] {
  if (!isRecord(recipe)) return ['the recipe must be an object'];
  const problems: string[] = [];
  for (const key of Object.keys(recipe)) {
    if (!RECIPE_KEYS.includes(key)) problems.push(`unknown recipe key "${key}" (known: ${RECIPE_KEYS.join(', ')})`);
  }
  const item = recipe.item;
  if (typeof item !== 'string' || item.trim() === '') problems.push('"item" must be a CSS selector matching one element per event');
  else problems.push(...selectorProblems('item', item));

  const fields = recipe.fields;
  if (!isRecord(fields)) {
    problems.push('"fields" must be an object of field selectors, with at least "start"');
  } else {
    for (const [name, spec] of Object.entries(fields)) {
      if (!(FIELD_NAMES as readonly string[]).includes(name)) {
        problems.push(`unknown field "${name}" (known: ${FIELD_NAMES.join(', ')})`);
      } else if (typeof spec !== 'string' || spec.trim() === '') {
        problems.push(`field "${name}" must be a selector: "css", "css @attribute", "@attribute" or "."`);
      } else {
        const { css } = parseFieldSelector(spec);
        if (css) problems.push(...selectorProblems(`field "${name}"`, css));
      }
    }
    if (fields.start === undefined) problems.push('"fields.start" is required: where the date (and time) of each event is');
    if (fields.title === undefined && (typeof recipe.defaultTitle !== 'string' || recipe.defaultTitle.trim() === '')) {
      problems.push('give "fields.title" or a "defaultTitle"');
    }
  }

  problems.push(...formatListProblems('dateFormats', recipe.dateFormats, true, false));
  if (recipe.timeFormats !== undefined) problems.push(...formatListProblems('timeFormats', recipe.timeFormats, false, true));
  if (recipe.timeZone !== undefined && (typeof recipe.timeZone !== 'string' || !isKnownZone(recipe.timeZone))) {
    problems.push(`"timeZone" must be an IANA zone such as "America/Chicago" (got ${JSON.stringify(recipe.timeZone)})`);
  }
  if (recipe.defaultTitle !== undefined && typeof recipe.defaultTitle !== 'string') problems.push('"defaultTitle" must be text');
  return problems;
}

function selectorProblems(what: string, selector: string): string[] {
  if (selector.length > MAX_SELECTOR) return [`${what}: the selector is longer than ${MAX_SELECTOR} characters`];
  try {
    EMPTY(selector);
    return [];
  } catch (error) {
    return [`${what}: "${selector}" is not a valid CSS selector (${error instanceof Error ? error.message : String(error)})`];
  }
}

function formatListProblems(key: string, value: unknown, required: boolean, needTime: boolean): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_FORMATS) {
    return [`"${key}" must be a list of 1 to ${MAX_FORMATS} date-fns formats, e.g. ["MMMM d, yyyy h:mm a"]`];
  }
  const problems: string[] = [];
  for (const pattern of value) {
    if (typeof pattern !== 'string' || pattern.trim() === '') {
      problems.push(`"${key}" entries must be non-empty text`);
      continue;
    }
    const problem = formatProblem(pattern, needTime);
    if (problem) problems.push(`${key}: "${pattern}" cannot be used: ${problem}`);
  }
  return problems;
}
