import { addLocalDays, localToInstant, localWeekday, toLocal } from '@app/zones';

/** Saturday and Sunday on the user's local date. Public holidays are not modelled. */
export function isWeekend(instant: Date, zone: string): boolean {
  const weekday = localWeekday(instant, zone);
  return weekday === 0 || weekday === 6;
}

/**
 * Same wall-clock time `count` business days later in the user's zone:
 * weekend dates are stepped over and not counted, so Friday + 1 is Monday and
 * Saturday + 1 is Monday as well. Dates are stepped on the local calendar and
 * resolved to an instant once, so a DST gap on the way cannot shift the time.
 */
export function addBusinessDays(instant: Date, count: number, zone: string): Date {
  const local = toLocal(instant, zone);
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day));
  let left = count;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return localToInstant({ ...local, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, zone);
}

/** `days` later, counting business days or calendar days as the rule says. */
export function addRuleDays(instant: Date, days: number, businessDays: boolean, zone: string): Date {
  return businessDays ? addBusinessDays(instant, days, zone) : addLocalDays(instant, days, zone);
}
