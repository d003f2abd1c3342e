import { Clock } from '@app/common';
import { PlanResponseStore } from './plan-response.cache';

describe('PlanResponseStore', () => {
  it('keeps at most 2,000 answers, dropping the oldest first', () => {
    const store = new PlanResponseStore(new Clock());
    for (let i = 0; i <= 2_000; i++) store.set(`k${i}`, `{"n":${i}}`);
    expect(store.get('k0')).toBeUndefined();
    expect(store.get('k1')).toBe('{"n":1}');
    expect(store.get('k2000')).toBe('{"n":2000}');
  });

  it('keeps the stored answers within 16 M characters, so misses under load cannot pile up memory', () => {
    const store = new PlanResponseStore(new Clock());
    const answer = 'x'.repeat(4 * 1024 * 1024);
    for (let i = 0; i < 4; i++) store.set(`big${i}`, answer);
    expect(store.get('big0')).toBe(answer); // exactly 16 M: all four fit
    store.set('big4', answer);
    expect(store.get('big0')).toBeUndefined();
    expect(store.get('big1')).toBe(answer);
    expect(store.get('big4')).toBe(answer);
  });

  it('counts a replaced answer once', () => {
    const store = new PlanResponseStore(new Clock());
    const answer = 'x'.repeat(4 * 1024 * 1024);
    for (let i = 0; i < 6; i++) store.set('same', answer);
    for (let i = 0; i < 3; i++) store.set(`other${i}`, answer);
    expect(store.get('same')).toBe(answer);
  });
});
