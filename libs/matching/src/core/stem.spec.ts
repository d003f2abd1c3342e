import { stem } from './stem';

describe('stem', () => {
  it.each([
    ['crdts', 'crdt'],
    ['systems', 'system'],
    ['strategies', 'strategy'],
    ['processes', 'process'],
    ['matches', 'match'],
    ['databases', 'database'],
    ['apis', 'api'],
    ['managers', 'manager'],
  ])('%s -> %s', (word, stemmed) => expect(stem(word)).toBe(stemmed));

  it.each(['process', 'status', 'engineering', 'gas', 'rust'])('leaves %s alone', (word) => expect(stem(word)).toBe(word));
});
