// Every tier: a refused connection fails the test even when the code under test caught the error
// (a fetcher turning it into "connection failed", say).
import { takeRefusedAttempts } from './network-guard';

afterEach(() => {
  const refused = takeRefusedAttempts();
  if (refused.length > 0) {
    throw new Error(`This test attempted network access its tier forbids: ${refused.join('; ')}. See the error thrown at the attempt.`);
  }
});
