import { loadConfig } from '@app/config';
import { SessionCookie } from './session-cookie';

describe('SessionCookie', () => {
  const cookieFor = (publicBaseUrl: string) => new SessionCookie(loadConfig({ NODE_ENV: 'test', PUBLIC_BASE_URL: publicBaseUrl }));

  it('is Secure with the __Host- prefix when the public address is https', () => {
    const calls: unknown[][] = [];
    const cookie = cookieFor('https://tom.example.com');
    cookie.issue({ cookie: (...args: unknown[]) => calls.push(args), clearCookie: () => undefined }, 'tom_x');
    expect(cookie.name).toBe('__Host-topofmind_session');
    expect(calls[0]).toEqual(['__Host-topofmind_session', 'tom_x', expect.objectContaining({ httpOnly: true, sameSite: 'lax', secure: true, path: '/' })]);
  });

  it('is not Secure on plain http (a laptop on localhost)', () => {
    const cookie = cookieFor('http://localhost:3000');
    expect(cookie.secure).toBe(false);
    expect(cookie.name).toBe('topofmind_session');
  });

  it('reads its own cookie among others', () => {
    const cookie = cookieFor('http://localhost:3000');
    expect(cookie.read({ cookie: 'a=1; topofmind_session=tom_abc; b=2' })).toBe('tom_abc');
    expect(cookie.read({ cookie: 'a=1' })).toBeNull();
    expect(cookie.read({})).toBeNull();
  });
});
