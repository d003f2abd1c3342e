import type { Request } from 'express';
import { routeLabel } from './http-metrics.middleware';

const request = (fields: { route?: { path: unknown }; baseUrl?: string }): Request => ({ baseUrl: '', ...fields }) as unknown as Request;

describe('routeLabel', () => {
  it('is the pattern of the matched route, not the URL with its ids and tokens', () => {
    expect(routeLabel(request({ route: { path: '/calendar/:file' } }))).toBe('/calendar/:file');
    expect(routeLabel(request({ route: { path: '/' } }))).toBe('/');
    // A mount passed through after the route matched leaves its baseUrl behind.
    expect(routeLabel(request({ route: { path: '/graphql' }, baseUrl: '/graphql' }))).toBe('/graphql');
  });

  it('is the mount path for a mounted handler (GraphQL), and "unmatched" when nothing matched', () => {
    expect(routeLabel(request({ baseUrl: '/graphql' }))).toBe('/graphql');
    expect(routeLabel(request({}))).toBe('unmatched');
    expect(routeLabel(request({ route: { path: /regex/ } }))).toBe('unmatched');
  });
});
