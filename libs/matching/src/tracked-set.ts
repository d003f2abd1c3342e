import { createHash } from 'node:crypto';
import type { TopicInterest } from './core';

/** A topic's id is derived from its phrase, so matches stay linked to it across re-matches. */
export function topicId(phrase: string): string {
  return `topic-${createHash('sha256').update(phrase.trim().toLowerCase()).digest('hex').slice(0, 16)}`;
}

/** The user's topics: their target roles, their interests and the roles they applied for. */
export function userTopics(targetRoles: readonly string[], interests: readonly string[], roleTitles: readonly (string | null)[]): TopicInterest[] {
  const topics = new Map<string, TopicInterest>();
  const add = (phrase: string, source: TopicInterest['source']) => {
    const id = topicId(phrase);
    if (phrase.trim() && !topics.has(id)) topics.set(id, { id, phrase: phrase.trim(), source });
  };
  targetRoles.forEach((r) => add(r, 'TARGET_ROLE'));
  interests.forEach((i) => add(i, 'INTEREST'));
  roleTitles.forEach((r) => r && add(r, 'COMPANY_ROLE'));
  return [...topics.values()];
}
