/**
 * Bounds the values a label takes, so that clients cannot grow the number
 * of series without limit: values not matching `pattern`, and new values
 * once `max` distinct ones have been seen, become `other`.
 */
export class LabelCap {
  private readonly seen = new Set<string>();

  constructor(
    private readonly pattern: RegExp,
    private readonly max: number,
    private readonly other = 'other',
  ) {}

  label(value: string): string {
    if (this.seen.has(value)) return value;
    if (!this.pattern.test(value) || this.seen.size >= this.max) return this.other;
    this.seen.add(value);
    return value;
  }
}
