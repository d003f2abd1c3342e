import { uniqueSources } from '../sources';
import { hasBannedPhrase } from './banned-phrases';
import type { Draft, Piece } from './draft.types';

/** Drops variants carrying filler (possibly copied from the user's notes) and pieces left empty. */
export function usablePieces(pieces: readonly Piece[]): Piece[] {
  return pieces
    .map((piece) => ({ ...piece, variants: piece.variants.filter((variant) => variant.trim() && !hasBannedPhrase(variant)) }))
    .filter((piece) => piece.variants.length > 0 && piece.sources.length > 0);
}

/**
 * Picks one variant per piece so the text fits `size(...) <= limit`:
 * required pieces start at their shortest form, then each piece in order
 * takes the longest form that still fits. Deterministic, and it never cuts a
 * sentence while a shorter written form exists.
 */
export function choose(pieces: Piece[], limit: number, size: (chosen: (string | null)[]) => number): (string | null)[] {
  const chosen: (string | null)[] = pieces.map((piece) => (piece.required ? piece.variants[piece.variants.length - 1] : null));
  pieces.forEach((piece, i) => {
    const fallback = chosen[i];
    for (const variant of piece.variants) {
      chosen[i] = variant;
      if (size(chosen) <= limit) return;
    }
    chosen[i] = fallback;
  });
  return chosen;
}

export function sourcesOf(pieces: Piece[], chosen: (string | null)[]): Draft['sources'] {
  return uniqueSources(pieces.flatMap((piece, i) => (chosen[i] === null ? [] : piece.sources)));
}
