import { DEFAULT_LIMITS, type ParseOptions } from '@app/event-model';

/** A VCALENDAR around the given lines (CRLF, as RFC 5545 writes them). */
export function calendar(...lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//topofmind//spec//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
}

/** One VEVENT with a UID and SUMMARY unless the lines give their own. */
export function vevent(...lines: string[]): string[] {
  const has = (name: string) => lines.some((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
  return [
    'BEGIN:VEVENT',
    ...(has('UID') ? [] : ['UID:spec-event@topofmind.test']),
    ...(has('SUMMARY') ? [] : ['SUMMARY:Spec event']),
    ...lines,
    'END:VEVENT',
  ];
}

export function options(overrides: Partial<ParseOptions> = {}): ParseOptions {
  return {
    defaultTimeZone: 'UTC',
    window: { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2040-01-01T00:00:00Z') },
    ...DEFAULT_LIMITS,
    ...overrides,
  };
}

export function window(from: string, to: string): ParseOptions['window'] {
  return { from: new Date(from), to: new Date(to) };
}
