import { offsetMinutes, uncachedOffsetMinutes, zoneOffsetMs } from './zone-offset';

describe('zone offsets', () => {
  it('answers the offset in force on both sides of a transition, cached or not', () => {
    const change = Date.UTC(2024, 2, 31, 1);
    expect(offsetMinutes(change - 1000, 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(change, 'Europe/Berlin')).toBe(120);
    expect(zoneOffsetMs(change - 1000, 'Europe/Berlin')).toBe(3_600_000);
    expect(uncachedOffsetMinutes(change - 1000, 'Europe/Berlin')).toBe(60);
    expect(uncachedOffsetMinutes(change, 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(change, 'UTC')).toBe(0);
  });

  it('throws RangeError for a zone the runtime does not know', () => {
    expect(() => zoneOffsetMs(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});
