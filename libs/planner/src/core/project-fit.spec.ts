import { updateKeepingPromise } from './project-fit';
import type { PlannerProjectUpdate } from './types';

const update = (id: string, title: string, tags: string[], summary = ''): PlannerProjectUpdate => ({
  id,
  title,
  summary,
  url: null,
  tags,
  occurredOn: '2026-12-01',
});
const CRDT = update('crdt', 'CRDT sync benchmark', ['CRDTs', 'offline-first', 'sync'], 'Benchmarked three CRDT libraries on 10k-document offline sync.');
const COLD_START = update('cold', 'Cold-start benchmark of WebAssembly at the edge', ['WebAssembly', 'edge computing']);

describe('the update that keeps a promise made in passing', () => {
  it('is one about every word of the promised subject', () => {
    expect(updateKeepingPromise('send the cold-start benchmark notes', [CRDT, COLD_START], [])?.update.id).toBe('cold');
    expect(updateKeepingPromise('Share the CRDT benchmark', [CRDT, COLD_START], [])?.update.id).toBe('crdt');
  });

  it('is not another update sharing one word with it', () => {
    expect(updateKeepingPromise('send the cold-start benchmark notes', [CRDT], [])).toBeNull();
  });

  it('is none for a promise that names only a form ("the deck")', () => {
    expect(updateKeepingPromise('send the deck', [CRDT, COLD_START], [])).toBeNull();
  });
});
