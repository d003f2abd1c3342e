import { formatDay, localToInstant } from '@app/zones';
import { promisedThing } from '../promises';
import { clean } from '../text';
import { blank, type CadenceContext, type Candidate } from './candidate';

/** An unshared update that keeps a promise made at an interview is a reason to write as soon as it exists. */
export function promisedUpdate(context: CadenceContext): Candidate | null {
  const fit = context.fits.find((candidate) => candidate.promise !== null);
  if (!fit?.promise) return null;
  const [year, month, day] = fit.update.occurredOn.split('-').map(Number);
  const published = localToInstant({ year, month, day, hour: 9, minute: 0, second: 0, millisecond: 0 }, context.zone);
  const dueAt = new Date(Math.max(published.getTime(), fit.promise.interview.occurredAt.getTime()));
  const { thing } = promisedThing(fit.promise.text);
  return {
    ...blank('PROMISED_UPDATE', 'PROJECT_UPDATE', fit.update.id, dueAt),
    interview: fit.promise.interview,
    update: fit,
    sources: fit.sources,
    reason: `You promised ${thing} at your interview on ${formatDay(fit.promise.interview.occurredAt, context.zone)}, and “${clean(
      fit.update.title,
      80,
    )}” is ready to send`,
  };
}
