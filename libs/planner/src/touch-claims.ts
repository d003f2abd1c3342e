import { Injectable } from '@nestjs/common';
import { UserId } from '@app/common';
import type { TouchClaim } from './core';
import type { Relationships } from './planner-data';

/** Claims worked out from the relationships the planner read, so a source reads only its own rows. */
export type ClaimsFor = (relationships: Relationships) => TouchClaim[];

/** Reads a source's rows for `owner` (in parallel with the planner's own reads) and returns how to turn them into claims. */
export type TouchClaimSource = (owner: UserId, now: Date) => Promise<ClaimsFor>;

const NO_CLAIMS: ClaimsFor = () => [];

/**
 * Lists built on the planner (the post-event checklist) register here the
 * touches they keep, so nextTouches, the plan and the calendar feed list
 * each person and purpose once. The planner cannot import them (they sit
 * above it), so they register themselves, as MatchingChanges subscribers do.
 */
@Injectable()
export class TouchClaims {
  private readonly sources: TouchClaimSource[] = [];

  register(source: TouchClaimSource): void {
    this.sources.push(source);
  }

  async of(owner: UserId, now: Date): Promise<ClaimsFor> {
    if (this.sources.length === 0) return NO_CLAIMS;
    const loaded = await Promise.all(this.sources.map((source) => source(owner, now)));
    return (relationships) => loaded.flatMap((claimsFor) => claimsFor(relationships));
  }
}
