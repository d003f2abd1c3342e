import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, registerDecorator, ValidationOptions } from 'class-validator';

/** True when `zone` is an IANA time zone this runtime's tz database knows. */
export function isIanaTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    // Intl also accepts offsets like "+01:00"; only named zones are wanted.
    return /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone);
  } catch {
    return false;
  }
}

export function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIanaTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be an IANA time zone such as "Europe/Berlin"', ...options },
      validator: { validate: (value: unknown) => isIanaTimeZone(value) },
    });
}

/** Limits for user-entered text, shared by every input type. */
export const TEXT_LIMITS = {
  name: 200,
  title: 300,
  shortText: 500,
  longText: 20_000,
  url: 2_000,
  listItems: 100,
  email: 254,
} as const;

/** A list of short texts: at most `maxItems` items of at most `maxLength` characters each. */
export function IsTextList(maxItems: number = TEXT_LIMITS.listItems, maxLength: number = TEXT_LIMITS.shortText): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MaxLength(maxLength, { each: true }),
  );
}

/** Trims every item and drops empty and repeated ones (case-insensitively). */
export function cleanList(items: readonly string[] | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items ?? []) {
    const item = raw.trim().replace(/\s+/g, ' ');
    const key = item.toLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}
