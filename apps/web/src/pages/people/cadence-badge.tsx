import { formatDay } from '../../ui/time';
import type { CadenceState } from './cadence';
import { TOUCH_KIND } from '../../ui/labels';

/** A person's cadence in a few words, for lists: held back, overdue, due, or what comes next and when. */
export function CadenceBadge({ state, zone, now }: { state: CadenceState; zone: string; now: number }) {
  const { next, blocked } = state;
  if (next?.overdue) return <span className="badge danger">Overdue: {TOUCH_KIND[next.kind]}</span>;
  if (next && Date.parse(next.dueAt) <= now) return <span className="badge warn">Due: {TOUCH_KIND[next.kind]}</span>;
  if (blocked.length > 0 && !next) return <span className="badge warn">Held back</span>;
  if (next) {
    return (
      <span className="badge">
        {TOUCH_KIND[next.kind]} on {formatDay(next.dueAt, zone)}
      </span>
    );
  }
  return null;
}
