import { addBusinessDays, addRuleDays, isWeekend } from './business-days';

const at = (iso: string) => new Date(iso);

describe('business days', () => {
  it('steps over the weekend: Friday + 1 is Monday, at the same local time', () => {
    // Fri 15 Nov 2024 18:00 in Berlin.
    expect(addBusinessDays(at('2024-11-15T17:00:00Z'), 1, 'Europe/Berlin')).toEqual(at('2024-11-18T17:00:00Z'));
    expect(addBusinessDays(at('2024-11-15T17:00:00Z'), 2, 'Europe/Berlin')).toEqual(at('2024-11-19T17:00:00Z'));
  });

  it('counts 5 business days as a full week from a weekday', () => {
    expect(addBusinessDays(at('2024-11-12T09:00:00Z'), 5, 'Europe/Berlin')).toEqual(at('2024-11-19T09:00:00Z'));
    expect(addBusinessDays(at('2024-11-14T09:00:00Z'), 5, 'Europe/Berlin')).toEqual(at('2024-11-21T09:00:00Z'));
  });

  it('starts counting on Monday from a weekend', () => {
    expect(addBusinessDays(at('2024-11-16T10:00:00Z'), 1, 'Europe/Berlin')).toEqual(at('2024-11-18T10:00:00Z'));
    expect(addBusinessDays(at('2024-11-17T10:00:00Z'), 5, 'Europe/Berlin')).toEqual(at('2024-11-22T10:00:00Z'));
  });

  it('adds nothing for 0', () => {
    expect(addBusinessDays(at('2024-11-16T10:00:00Z'), 0, 'Europe/Berlin')).toEqual(at('2024-11-16T10:00:00Z'));
  });

  it('decides the weekday in the user zone near midnight, not in UTC', () => {
    // 03:30 UTC on Friday is still Thursday 22:30 in New York: +1 business day is Friday there.
    const lateThursdayInNewYork = at('2024-11-15T03:30:00Z');
    expect(addBusinessDays(lateThursdayInNewYork, 1, 'America/New_York')).toEqual(at('2024-11-16T03:30:00Z'));
    expect(addBusinessDays(lateThursdayInNewYork, 1, 'UTC')).toEqual(at('2024-11-18T03:30:00Z'));
    // 23:30 UTC on Friday is already Saturday 00:30 in Berlin: a weekend day there.
    const earlySaturdayInBerlin = at('2024-11-15T23:30:00Z');
    expect(isWeekend(earlySaturdayInBerlin, 'Europe/Berlin')).toBe(true);
    expect(isWeekend(earlySaturdayInBerlin, 'UTC')).toBe(false);
    expect(addBusinessDays(earlySaturdayInBerlin, 1, 'Europe/Berlin')).toEqual(at('2024-11-17T23:30:00Z'));
  });

  it('keeps the wall-clock time across a DST change', () => {
    // Fri 25 Oct 2024 12:00 CEST (+02:00); Berlin leaves summer time on Sun 27 Oct.
    expect(addBusinessDays(at('2024-10-25T10:00:00Z'), 1, 'Europe/Berlin')).toEqual(at('2024-10-28T11:00:00Z'));
  });

  it('counts calendar days when the rule says so', () => {
    expect(addRuleDays(at('2024-11-15T17:00:00Z'), 1, false, 'Europe/Berlin')).toEqual(at('2024-11-16T17:00:00Z'));
    expect(addRuleDays(at('2024-11-15T17:00:00Z'), 1, true, 'Europe/Berlin')).toEqual(at('2024-11-18T17:00:00Z'));
  });
});
