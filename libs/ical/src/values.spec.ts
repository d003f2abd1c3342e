import { seededRandom as random } from '@app/testing';
import { daysInMonth, parseTimeValue } from './values';

describe('parseTimeValue', () => {
  it('reads the basic forms (read without the regex) as it reads the extended ones (read with it)', () => {
    const next = random(3);
    const two = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < 500; i++) {
      const [y, m, d, h, min, s] = [
        1 + Math.floor(next() * 2999),
        1 + Math.floor(next() * 13),
        Math.floor(next() * 33),
        Math.floor(next() * 25),
        Math.floor(next() * 61),
        Math.floor(next() * 62),
      ];
      const date = `${String(y).padStart(4, '0')}${two(m)}${two(d)}`;
      const extendedDate = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`;
      expect(parseTimeValue(date)).toEqual(parseTimeValue(extendedDate));
      for (const [t, z] of [
        ['T', ''],
        ['t', 'z'],
        [' ', 'Z'],
      ]) {
        const extended = `${extendedDate}${t}${two(h)}:${two(min)}:${two(s)}${z}`;
        expect(parseTimeValue(` ${date}${t}${two(h)}${two(min)}${two(s)}${z} `)).toEqual(parseTimeValue(extended));
      }
    }
  });

  it('leaves other shapes to the regex', () => {
    expect(parseTimeValue('20260105T0930')).toMatchObject({ kind: 'date-time', local: { hour: 9, minute: 30, second: 0 }, utc: false });
    expect(parseTimeValue('20260105T093000+0000')).toMatchObject({ kind: 'date-time', utc: true });
    expect(parseTimeValue('20260105T093000X')).toBeNull();
    expect(parseTimeValue('2026010ST093000Z')).toBeNull();
  });
});

describe('daysInMonth', () => {
  it('agrees with the Date arithmetic it replaces', () => {
    const differ: string[] = [];
    for (let year = 0; year <= 2500; year++) {
      for (let month = 1; month <= 12; month++)
        if (daysInMonth(year, month) !== new Date(Date.UTC(year, month, 0)).getUTCDate()) differ.push(`${year}-${month}`);
    }
    expect(differ).toEqual([]);
  });
});
