import { seededRandom as random } from '@app/testing';
import { cleanUp, plainText, singleLine, tidyText } from './text';

describe('tidyText', () => {
  it('gives what the full clean-up gives, shortcut or not', () => {
    const next = random(5);
    const alphabet = ['a', 'b', ' ', ' ', '\n', '\r', '\t', '\u00a0', '\u2028', '\ufeff', '\u0001', 'é'];
    for (let i = 0; i < 5_000; i++) {
      let text = '';
      const length = Math.floor(next() * 12);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(JSON.stringify(tidyText(text))).toBe(JSON.stringify(cleanUp(text)));
    }
  });

  it('keeps a tidy text as it is', () => {
    const text = 'Talks and networking.\nDoors open at 6, drinks provided.\n\nSee you there';
    expect(tidyText(text)).toBe(text);
  });
});

describe('plainText', () => {
  it('decodes entities only where there are some', () => {
    expect(plainText('AT&amp;T &lt;3')).toBe('AT&T <3');
    expect(plainText('  Plain   text ')).toBe('Plain text');
  });
});

describe('singleLine', () => {
  it('joins lines with a space and keeps a one-line text as it is', () => {
    expect(singleLine('Talk\n\n  about  <b>this</b>\r\nnow')).toBe('Talk about this now');
    expect(singleLine(' One\tline ')).toBe('One line');
    expect(singleLine('   ')).toBeNull();
  });
});
