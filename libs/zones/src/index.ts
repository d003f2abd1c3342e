/**
 * Time zones: which zones exist, their offsets, wall-clock times and local
 * dates in them, and how instants are printed. The one home of these
 * concepts, without dependencies, so parsing cores stay light to load.
 */
export { canonicalTimeZone, isIanaTimeZone, isKnownZone } from './zone-validity';
export { intlOffsetMs, offsetMinutes, uncachedOffsetMinutes, zoneOffsetMs } from './zone-offset';
export { wallClockToInstantMs, wallClockToInstantWith } from './wall-clock';
export { addDays, addLocalDays, localDaysBetween, localToInstant, localWeekday, startOfLocalDay, toLocal, wallMs, type LocalDateTime } from './local-time';
export { formatDay, formatInstant, formatMoment, formatOffset, formatTime, formatWall, isoDate, localDate } from './format';
