import { MAX_NESTING, scanComponents } from './component-scanner';
import { normaliseLineBreaks } from './content-line';
import { WarningLog } from './warnings';

function scan(text: string) {
  const warnings = new WarningLog();
  const result = scanComponents(normaliseLineBreaks(text), warnings);
  return { ...result, warnings: warnings.toList() };
}

describe('component scanner', () => {
  it('reads folded BEGIN, END and UID lines inside a component, and no line hidden in a folded value', () => {
    const result = scan(
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'DESCRIPTION:first',
        ' END:VEVENT',
        'SUMMARY:x',
        '\tBEGIN:VALARM',
        'U',
        ' ID:folded-uid',
        'BEGIN:VAL',
        ' ARM',
        'END:VALARM',
        'E',
        ' ND:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    expect(result.records.map((r) => [r.kind, r.line, r.uid])).toEqual([['VEVENT', 2, 'folded-uid']]);
    expect(result.warnings).toEqual([]);
  });

  it('finds components of several VCALENDARs with their METHOD and X-WR-TIMEZONE', () => {
    const result = scan(
      [
        'BEGIN:VCALENDAR',
        'METHOD:REQUEST',
        'X-WR-TIMEZONE:Europe/Paris',
        'BEGIN:VEVENT',
        'UID:a',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
        'BEGIN:VCALENDAR',
        'METHOD:CANCEL',
        'BEGIN:VEVENT',
        'UID:a',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\n'),
    );
    expect(result.calendars).toEqual([
      { line: 1, method: 'REQUEST', calendarZone: 'Europe/Paris', implicit: false },
      { line: 9, method: 'CANCEL', calendarZone: null, implicit: false },
    ]);
    expect(result.records.map((r) => [r.kind, r.line, r.calendar, r.uid])).toEqual([
      ['VEVENT', 4, 0, 'a'],
      ['VEVENT', 11, 1, 'a'],
    ]);
  });

  it('reads a bare VEVENT without VCALENDAR, and a folded UID', () => {
    const result = scan('BEGIN:VEVENT\nUID:abc\n def\nEND:VEVENT\n');
    expect(result.calendars).toEqual([{ line: 1, method: null, calendarZone: null, implicit: true }]);
    expect(result.records[0]).toMatchObject({ kind: 'VEVENT', uid: 'abcdef' });
  });

  it('keeps nested components inside their parent and ignores a nested UID', () => {
    const result = scan('BEGIN:VCALENDAR\nBEGIN:VEVENT\nBEGIN:PARTICIPANT\nUID:p\nEND:PARTICIPANT\nUID:e\nEND:VEVENT\nEND:VCALENDAR\n');
    expect(result.records.map((r) => [r.kind, r.uid])).toEqual([['VEVENT', 'e']]);
  });

  it('skips a VEVENT that never ends, naming its line, and keeps the next one', () => {
    const result = scan('BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:broken\nBEGIN:VEVENT\nUID:ok\nEND:VEVENT\nEND:VCALENDAR\n');
    expect(result.records.map((r) => r.uid)).toEqual(['ok']);
    expect(result.warnings).toContainEqual({
      line: 2,
      uid: 'broken',
      message: 'VEVENT starting at line 2 skipped: no END:VEVENT before BEGIN:VEVENT at line 4',
    });
  });

  it('skips a component truncated by the end of the file', () => {
    const result = scan('BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nEND:VEVENT\nBEGIN:VEVENT\nUID:b\nDTSTART:2024');
    expect(result.records.map((r) => r.uid)).toEqual(['a']);
    expect(result.warnings[0]).toMatchObject({ line: 5, message: expect.stringContaining('truncated') });
  });

  it('refuses nesting deeper than the limit without keeping a stack that deep', () => {
    const depth = 10_000;
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      ...Array(depth).fill('BEGIN:VALARM'),
      ...Array(depth).fill('END:VALARM'),
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:next',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const result = scan(text);
    expect(result.records.map((r) => r.uid)).toEqual(['next']);
    expect(result.warnings[0].message).toContain(`nested deeper than ${MAX_NESTING}`);
  });

  it('warns about stray lines and unmatched END lines with their line numbers', () => {
    const result = scan('BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nEND:VEVENT\nX\nEND:VTODO\nEND:VCALENDAR\ngarbage\n');
    expect(result.records).toHaveLength(1);
    expect(result.warnings.map((w) => w.line)).toEqual([5, 6, 8]);
  });
});
