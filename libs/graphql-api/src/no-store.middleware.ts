interface HeaderSink {
  setHeader(name: string, value: string): void;
}

/**
 * GraphQL answers are one user's data: no cache may keep them, GET queries
 * included. (Apollo's cache-control plugin used to say so; it is off, since
 * its per-field hook cost more than the header.)
 */
export function noStore(_req: unknown, res: HeaderSink, next: () => void): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}
