import { decodeEntitiesOnce, emailDomain, foldWord, hostOf, nameSpellings, spellingVariants } from './normalise';

describe('normalise', () => {
  it('folds accents, case and apostrophes', () => {
    expect(foldWord('Zoë')).toBe('zoe');
    expect(foldWord('Müller')).toBe('muller');
    expect(foldWord('Générale')).toBe('generale');
    expect(foldWord('Weiß')).toBe('weiss');
    expect(foldWord('Nguyễn')).toBe('nguyen');
    expect(foldWord('Đặng')).toBe('dang');
    expect(foldWord("O'Brien")).toBe('obrien');
    expect(foldWord('O’Brien')).toBe('obrien');
    expect(foldWord('Søren')).toBe('soren');
  });

  it('decodes entities exactly once', () => {
    expect(decodeEntitiesOnce('AT&amp;T')).toBe('AT&T');
    expect(decodeEntitiesOnce('AT&amp;amp;T')).toBe('AT&amp;T');
    expect(decodeEntitiesOnce('Caf&eacute; &#38; bar')).toBe('Café & bar');
    expect(decodeEntitiesOnce('no entities')).toBe('no entities');
  });

  it('adds the German umlaut transliteration as a spelling', () => {
    expect(spellingVariants('Zoë Müller')).toEqual(['Zoë Müller', 'Zoë Mueller']);
    expect(spellingVariants('Priya Raman')).toEqual(['Priya Raman']);
  });

  it('adds the spelling that folds like the umlaut for a transliterated surname', () => {
    expect(nameSpellings('Mike Mueller')).toEqual(['Mike Mueller', 'Mike Muller']);
    expect(nameSpellings('Zoë Müller')).toEqual(['Zoë Müller', 'Zoë Mueller']);
    expect(nameSpellings('Joel Samuel')).toEqual(['Joel Samuel']);
    expect(nameSpellings('Marco Rodriguez Guerrero')).toEqual(['Marco Rodriguez Guerrero']);
    expect(nameSpellings('Anna Schroeder-Boehm')).toEqual(['Anna Schroeder-Boehm', 'Anna Schroder-Bohm']);
  });

  it('reads hosts and e-mail domains', () => {
    expect(hostOf('https://www.Stripe.com/sessions')).toBe('stripe.com');
    expect(hostOf('www.datadoghq.com/dash')).toBe('datadoghq.com');
    expect(hostOf('mailto:x@stripe.com')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf('meet.google.com/abc-defg-hij')).toBe('meet.google.com');
    expect(emailDomain('Events@Stripe.com')).toBe('stripe.com');
    expect(emailDomain('nobody')).toBeNull();
    expect(emailDomain(null)).toBeNull();
  });
});
