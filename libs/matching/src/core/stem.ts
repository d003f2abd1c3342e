/**
 * A conservative plural stemmer for topic phrases (after Harman's "S"
 * stemmer, with the -sses/-xes/-ches/-shes/-zes cases added): "CRDTs" ->
 * "crdt", "systems" -> "system", "strategies" -> "strategy", "processes" ->
 * "process". It leaves other suffixes alone so "engineering" and "engineer"
 * stay different topics.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('es') && !/(?:a|e|o)es$/.test(word)) return word.slice(0, -1);
  // Stemming only has to be consistent on both sides, so "analysis" -> "analysi" is harmless; "ss"/"us" endings are kept
  // so that "process" and "status" do not lose their last letter.
  if (/(?:ss|us)$/.test(word)) return word;
  return word.slice(0, -1);
}
