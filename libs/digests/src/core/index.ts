/**
 * The digest core: sending periods in the user's zone, unsubscribe tokens,
 * Message-IDs, and the rendered email and unsubscribe page. Pure functions
 * over the plain types in types.ts; the Nest services around it gather the
 * content, schedule, send and record.
 */
export * from './types';
export { currentPeriod, isDue, parseLocalTime } from './period';
export { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';
export { digestMessageId, testDigestMessageId } from './message-id';
export { renderDigest } from './render/render-digest';
export { digestSubject, digestSummary, isEmptyDigest } from './render/subject';
export { renderUnsubscribePage, type UnsubscribePageOptions } from './render/unsubscribe-page';
export { escapeHtml } from './render/escape-html';
