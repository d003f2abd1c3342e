import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenPlan } from './__fixtures__/golden-plan';

/*
 * The whole feed for a small plan, byte for byte. Compared with LF line
 * ends so that a checkout converting line endings cannot fail it; CRLF
 * itself is checked in write-calendar-feed.spec.ts. After an intended change
 * of output, review the diff and write goldenPlan() to the file.
 */

it('writes the plan exactly as the golden file', () => {
  const golden = readFileSync(join(__dirname, '__fixtures__/plan.golden.ics'), 'utf8');
  expect(goldenPlan().replace(/\r\n/g, '\n')).toBe(golden.replace(/\r\n/g, '\n'));
});
