import { draftFirstLine } from './digest-composer';

describe('the line a digest quotes from a draft', () => {
  it('is the first sentence after the greeting, of an email or a one-paragraph note', () => {
    expect(draftFirstLine('Hi Priya,\n\nGood to meet you at “Rust Berlin” on Thu 10 Dec. I would like to stay in touch.\n\nBest,\nSam')).toBe(
      'Good to meet you at “Rust Berlin” on Thu 10 Dec.',
    );
    expect(draftFirstLine('Hi Priya, good to meet you on Thu 10 Dec. I would like to stay in touch.')).toBe('Good to meet you on Thu 10 Dec.');
    expect(draftFirstLine('Hi, thank you for the interview on 11 Nov.')).toBe('Thank you for the interview on 11 Nov.');
  });

  it('is cut at 160 characters, and absent without a draft', () => {
    expect(draftFirstLine(`Hi Priya,\n\n${'word '.repeat(60)}end.`)?.length).toBeLessThanOrEqual(160);
    expect(draftFirstLine(null)).toBeNull();
    expect(draftFirstLine('Hi Priya,')).toBeNull();
  });
});
