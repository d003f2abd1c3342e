import { AllowList, effectivePort, hostKey, parseAllowHosts } from './allow-hosts';

describe('parseAllowHosts', () => {
  it('is empty when unset or blank', () => {
    expect(parseAllowHosts(undefined)).toEqual([]);
    expect(parseAllowHosts('')).toEqual([]);
    expect(parseAllowHosts(' , ,')).toEqual([]);
  });

  it('reads names, IP literals and ports into canonical form', () => {
    expect(parseAllowHosts(' Calendar.Internal , 127.0.0.1:8080,[::1]:9000, ::1 ,127.1,localhost.')).toEqual([
      'calendar.internal',
      '127.0.0.1:8080',
      '[::1]:9000',
      '[::1]',
      '127.0.0.1',
      'localhost',
    ]);
  });

  it.each(['http://a.example', 'a.example:99999', 'a.example:0', 'a b', '[not-ipv6]', 'a.example/path', 'me@a.example', 'a.example:x'])(
    'stops on %p with a message naming the variable and the entry',
    (entry) => {
      expect(() => parseAllowHosts(`ok.example,${entry}`)).toThrow(/FETCH_ALLOW_HOSTS entry .*separated by commas/);
    },
  );
});

describe('AllowList', () => {
  const list = new AllowList(['calendar.internal', '127.0.0.1:8080', '[::1]']);

  it('matches hosts case-insensitively, with or without a trailing dot', () => {
    expect(list.allows('Calendar.Internal', 443)).toBe(true);
    expect(list.allows('calendar.internal.', 80)).toBe(true);
    expect(list.allows('other.internal', 443)).toBe(false);
    expect(list.allows('sub.calendar.internal', 443)).toBe(false);
  });

  it('honours a port when one is given', () => {
    expect(list.allows('127.0.0.1', 8080)).toBe(true);
    expect(list.allows('127.0.0.1', 8081)).toBe(false);
  });

  it('matches IPv6 literals with or without brackets', () => {
    expect(list.allows('::1', 1234)).toBe(true);
    expect(list.allows('[::1]', 1234)).toBe(true);
  });

  it('does not match by address: allowing 127.0.0.1 does not allow localhost', () => {
    expect(new AllowList(['127.0.0.1']).allows('localhost', 80)).toBe(false);
  });
});

describe('hostKey and effectivePort', () => {
  it('normalise what they compare', () => {
    expect(hostKey('[::1]')).toBe('::1');
    expect(hostKey('Example.COM.')).toBe('example.com');
    expect(effectivePort(new URL('https://a.example/'))).toBe(443);
    expect(effectivePort(new URL('http://a.example/'))).toBe(80);
    expect(effectivePort(new URL('http://a.example:8080/'))).toBe(8080);
  });
});
