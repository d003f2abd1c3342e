/*
 * The comparable form of text, shared by matching (names), de-duplication
 * (titles), the planner (topics and tags) and zone names: one folding, so a
 * name that matches in one place matches in all.
 */

// Letters that Unicode decomposition does not split into base + combining mark.
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ĸ: 'k',
};
const SPECIAL_FOLD_CHARS = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'g');
const COMBINING_MARKS = /\p{M}+/gu;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Lower case without accents, ligatures or compatibility forms: "Zoë" is
 * "zoe", "Weiß" is "weiss", "Brasília" is "brasilia", "ﬁle" is "file".
 * Punctuation and spacing are left for the caller to treat.
 */
export function foldText(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  return text
    .replace(SPECIAL_FOLD_CHARS, (ch) => SPECIAL_FOLDS[ch] ?? ch)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase();
}
