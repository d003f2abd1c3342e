import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';
import { canonicalTimeZone, isIanaTimeZone } from '@app/zones';
import { cleanName, cleanText } from './text';

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

/*
 * One home for what every input does to user-entered text, so each input
 * field states its kind with one decorator:
 *
 * - a required name or title (`@IsName`) is cleaned (see `cleanName`) and
 *   must not be blank once cleaned;
 * - optional one-line text (`@IsOptionalName`) is cleaned the same way, and
 *   blank means none: it becomes null, which clears the field;
 * - free text (`@IsFreeText`, notes and summaries) keeps its line breaks
 *   (see `cleanText`); blank or null means none: it becomes "", as those
 *   columns are never null;
 * - list items are cleaned like names by `cleanList` where they are stored.
 *
 * The transforms run before validation (the pipe has `transform: true`), so
 * a name's length and blankness are checked on what will be stored. A field
 * left out is not transformed at all: an update changes only what it names.
 */

/** A required name or title: one line, cleaned, not blank, at most `maxLength` characters. */
export function IsName(maxLength: number = TEXT_LIMITS.name): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? cleanName(value) : value)),
    IsString(),
    IsNotEmpty({ message: '$property must not be blank' }),
    MaxLength(maxLength),
  );
}

/** Optional one-line text (a job title, a label): cleaned like a name; blank or null stores null. */
export function IsOptionalName(maxLength: number = TEXT_LIMITS.name): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? cleanName(value) || null : value)),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );
}

/** Optional free text (notes): line breaks and tabs kept, other controls dropped; blank or null stores "". */
export function IsFreeText(maxLength: number = TEXT_LIMITS.longText): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (value === null ? '' : typeof value === 'string' ? cleanText(value) : value)),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );
}

/**
 * The field may be left out, but null is not a value for it (an enum, a
 * flag, a date, a column that is never null): null is validated like any
 * other value, and refused. `@IsOptional()` would let null through to the
 * database.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/**
 * Options for `PartialType` that make an update input a patch: a field left
 * out keeps no GraphQL default (else an update of `notes` alone would also
 * set `direction` to its create-time default), and null is validated rather
 * than skipped, so only fields that accept null on create can be cleared.
 */
export const UPDATE_ONLY_NAMED_FIELDS = { omitDefaultValues: true, skipNullProperties: false } as const;

/**
 * An IANA time zone, in any letter case; stored in canonical form (see
 * `canonicalTimeZone`: "europe/berlin" becomes "Europe/Berlin").
 */
export function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? canonicalTimeZone(value.trim()) : value)),
    ValidateBy(
      { name: 'isIanaTimeZone', validator: { validate: (value: unknown) => isIanaTimeZone(value) } },
      { message: '$property must be an IANA time zone such as "Europe/Berlin"', ...options },
    ),
  );
}

/** A list of short texts: at most `maxItems` items of at most `maxLength` characters each. */
export function IsTextList(maxItems: number = TEXT_LIMITS.listItems, maxLength: number = TEXT_LIMITS.shortText): PropertyDecorator {
  return applyDecorators(IsOptional(), IsArray(), ArrayMaxSize(maxItems), IsString({ each: true }), MaxLength(maxLength, { each: true }));
}

/** Cleans every item like a name (see `cleanName`) and drops empty and repeated ones (case-insensitively). */
export function cleanList(items: readonly string[] | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items ?? []) {
    const item = cleanName(raw);
    const key = item.toLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}
