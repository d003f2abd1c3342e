/** A text[] column that defaults to empty, as tracked lists (aliases, tags, topics) are stored. */
export const textArray = { type: 'text' as const, array: true, default: () => "'{}'" };
