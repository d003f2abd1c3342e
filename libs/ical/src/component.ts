import { forEachLogicalLine, parseContentLine, unescapeText } from './content-line';
import { preview, type ComponentRecord } from './component-scanner';
import type { WarningLog } from './warnings';

export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
  line: number;
}

/** One component with its own properties and its direct children (VALARM, PARTICIPANT, STANDARD...). */
export interface ParsedComponent {
  kind: string;
  line: number;
  properties: Map<string, Property[]>;
  children: ParsedComponent[];
}

export function firstProperty(component: ParsedComponent, name: string): Property | undefined {
  return component.properties.get(name)?.[0];
}

export function allProperties(component: ParsedComponent, name: string): Property[] {
  return component.properties.get(name) ?? [];
}

/** The unescaped, trimmed TEXT value of the first `name` property, or null when absent or blank. */
export function firstText(component: ParsedComponent, name: string): string | null {
  const property = firstProperty(component, name);
  if (!property) return null;
  const text = unescapeText(property.value).trim();
  return text.length > 0 ? text : null;
}

function newComponent(kind: string, line: number): ParsedComponent {
  return { kind, line, properties: new Map(), children: [] };
}

function addProperty(component: ParsedComponent, property: Property): void {
  const list = component.properties.get(property.name);
  if (list) list.push(property);
  else component.properties.set(property.name, [property]);
}

/**
 * Second pass: reads one component found by the scanner. Properties of
 * components nested more than one level down (an alarm inside a participant)
 * are not needed by any reader and are dropped.
 */
export function readComponent(text: string, record: ComponentRecord, warnings: WarningLog): ParsedComponent {
  const root = newComponent(record.kind, record.line);
  const path: ParsedComponent[] = [];
  let depth = 0;

  forEachLogicalLine(text, record.start, record.end, record.line, ({ text: raw, line, truncated }) => {
    const lineText = raw.trimEnd();
    const first = lineText.charCodeAt(0);
    // Most lines start with a letter that begins neither BEGIN nor END: no blank check, no upper-casing.
    const plain = isAsciiLetter(first) && (first | 0x20) !== 0x62 && (first | 0x20) !== 0x65;
    if (!plain && lineText.trim() === '') return;
    const head = plain ? '' : lineText.slice(0, 6).toUpperCase();
    if (head === 'BEGIN:') {
      depth++;
      if (depth === 1) return;
      const child = newComponent(lineText.slice(6).trim().toUpperCase(), line);
      if (depth === 2) root.children.push(child);
      path[depth] = child;
      return;
    }
    if (head.startsWith('END:')) {
      depth--;
      return;
    }
    const property = parseContentLine(lineText);
    if (!property) {
      warnings.add(`line ${line}: "${preview(lineText.trim())}" is not a content line; ignored`, line, record.uid);
      return;
    }
    if (property.repaired) {
      warnings.add(`line ${line}: ${property.name} has a broken quoted parameter; read leniently`, line, record.uid);
    }
    if (truncated) warnings.add(`line ${line}: ${property.name} is longer than 1 MiB; cut`, line, record.uid);
    const target = depth <= 1 ? root : depth === 2 ? path[2] : null;
    if (target) addProperty(target, { name: property.name, params: property.params, value: property.value, line });
  });
  return root;
}

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}
