import * as nodeIcal from 'node-ical';
import { runSide } from './child';

/** node-ical's parse, then its expandRecurringEvent per series. */
runSide((text, from, to) => {
  const data = nodeIcal.sync.parseICS(text);
  let occurrences = 0;
  for (const component of Object.values(data)) {
    if (!component || component.type !== 'VEVENT') continue;
    if (!component.rrule) {
      occurrences++;
      continue;
    }
    const instances = nodeIcal.expandRecurringEvent(component, { from, to: new Date(to.getTime() - 1) });
    occurrences += instances.filter((instance) => instance.start.getTime() >= from.getTime()).length;
  }
  return occurrences;
});
