import type { Element } from 'domhandler';
import { textOf, walkElements } from '../dom';

/**
 * Date-time by the value-class-pattern (microformats.org/wiki/value-class-pattern),
 * used when microformats-parser 2.0.6 returns something unreadable: it
 * ignores the title of <abbr class="value" title="2024-03-05"> and returns
 * the abbreviation's text instead ("MARCH 5TH 14:30").
 */
export function valueClassDateTime(property: Element, dateFromStart: string | null = null): string | null {
  const parts: string[] = [];
  walkElements(property, (element) => {
    const classes = ` ${element.attribs.class ?? ''} `;
    if (classes.includes(' value-title ')) parts.push(element.attribs.title ?? '');
    else if (classes.includes(' value ')) parts.push(partValue(element));
    else return true;
    return false;
  });
  let date: string | null = null;
  let time: string | null = null;
  let zone = '';
  for (const raw of parts.map((p) => p.trim())) {
    if (!date && /^\d{4}-\d{2}-\d{2}$/.test(raw)) date = raw;
    else if (!time && toTime(raw)) time = toTime(raw);
    else if (!zone && /^(?:Z|[+-]\d{2}:?\d{2})$/i.test(raw)) zone = raw;
    else {
      // A time with its zone attached ("19:00-06:00").
      const m = /^(.+?)(Z|[+-]\d{2}:?\d{2})$/i.exec(raw);
      if (m && !time && toTime(m[1])) [time, zone] = [toTime(m[1]), m[2]];
    }
  }
  date ??= dateFromStart;
  if (!date) return null;
  return time ? `${date}T${time}${zone}` : date;
}

function partValue(element: Element): string {
  const a = element.attribs;
  switch (element.name) {
    case 'img':
    case 'area':
      return a.alt ?? '';
    case 'data':
      return a.value ?? textOf(element);
    case 'abbr':
      return a.title ?? textOf(element);
    case 'del':
    case 'ins':
    case 'time':
      return a.datetime ?? textOf(element);
    default:
      return textOf(element);
  }
}

/** "14:30", "2:30pm", "2 p.m." -> "14:30:00"; null when not a time. */
function toTime(text: string): string | null {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/i.exec(text);
  if (!m || (!m[2] && !m[4])) return null;
  let hour = Number(m[1]);
  if (m[4]) hour = (hour % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  const minute = Number(m[2] ?? 0);
  const second = Number(m[3] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hour)}:${pad(minute)}:${pad(second)}`;
}
