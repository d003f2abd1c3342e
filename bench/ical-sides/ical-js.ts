import ICAL from 'ical.js';
import { runSide } from './child';

/**
 * ical.js used as its documentation suggests: parse the whole file, register
 * the VTIMEZONEs, one ICAL.Event per VEVENT. Overrides are passed per UID
 * (`exceptions`): without them ical.js scans every VEVENT for each event,
 * which is quadratic and would take minutes here.
 */
runSide((text, from, to) => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  const start = ICAL.Time.fromJSDate(from, true);
  const end = ICAL.Time.fromJSDate(to, true);
  const vevents = calendar.getAllSubcomponents('vevent');
  const exceptions = new Map<string, ICAL.Component[]>();
  for (const vevent of vevents) {
    if (!vevent.hasProperty('recurrence-id')) continue;
    const uid = String(vevent.getFirstPropertyValue('uid'));
    exceptions.set(uid, [...(exceptions.get(uid) ?? []), vevent]);
  }
  let occurrences = 0;
  for (const vevent of vevents) {
    if (vevent.hasProperty('recurrence-id')) continue;
    const event = new ICAL.Event(vevent, { strictExceptions: true, exceptions: exceptions.get(String(vevent.getFirstPropertyValue('uid'))) ?? [] });
    if (!event.isRecurring()) {
      occurrences++;
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.compare(end) < 0; next = iterator.next()) {
      if (next.compare(start) >= 0) occurrences++;
    }
  }
  return occurrences;
});
