import ICAL from 'ical.js';
import { addText, addValue } from './properties';

/** DISPLAY reminders, one per lead time; DESCRIPTION is required for DISPLAY alarms (RFC 5545 §3.6.6). */
export function displayAlarms(minutesBefore: readonly number[], text: string): ICAL.Component[] {
  return minutesBefore.map((minutes) => {
    const alarm = new ICAL.Component('valarm');
    addText(alarm, 'action', 'DISPLAY');
    addText(alarm, 'description', text);
    // A negative duration is relative to DTSTART: 1440 → -P1D, 60 → -PT1H, 0 → PT0S.
    addValue(alarm, 'trigger', ICAL.Duration.fromSeconds(-minutes * 60));
    return alarm;
  });
}
