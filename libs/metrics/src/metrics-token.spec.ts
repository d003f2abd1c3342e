import { metricsAccess } from './metrics-token';

const TOKEN = 'scrape-token-0123456789abcdef';

describe('metricsAccess', () => {
  it('is disabled when no token is configured, whatever is sent', () => {
    expect(metricsAccess(null, undefined)).toBe('disabled');
    expect(metricsAccess(null, `Bearer ${TOKEN}`)).toBe('disabled');
  });

  it('grants the configured bearer token (scheme in any case, spaces around it)', () => {
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN}`)).toBe('granted');
    expect(metricsAccess(TOKEN, `bearer  ${TOKEN} `)).toBe('granted');
  });

  it('says missing when there is no bearer token at all', () => {
    expect(metricsAccess(TOKEN, undefined)).toBe('missing');
    expect(metricsAccess(TOKEN, '')).toBe('missing');
    expect(metricsAccess(TOKEN, 'Bearer ')).toBe('missing');
    expect(metricsAccess(TOKEN, `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}`)).toBe('missing');
    expect(metricsAccess(TOKEN, TOKEN)).toBe('missing');
  });

  it('refuses any other token: a prefix, a longer one, another case, the token with extra words', () => {
    expect(metricsAccess(TOKEN, 'Bearer wrong-token-0123456789abcdef')).toBe('wrong');
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN.slice(0, -1)}`)).toBe('wrong');
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN}0`)).toBe('wrong');
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN.toUpperCase()}`)).toBe('wrong');
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN} ${TOKEN}`)).toBe('missing');
  });
});
