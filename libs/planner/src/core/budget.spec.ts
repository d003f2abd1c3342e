import { NOW, PRIYA, ZONE, daysAgo, interaction, interview } from './__fixtures__/workspace';
import { checkBudget } from './budget';
import { contactHistory, indexHistory } from './history';
import { DEFAULT_CADENCE_RULES, mergeCadenceRules } from './rules';
import type { PlannerInteraction, PlannerInterview } from './types';

const historyOf = (interactions: PlannerInteraction[], interviews: PlannerInterview[] = []) =>
  contactHistory(PRIYA, indexHistory(interviews, interactions, NOW));

describe('anti-pestering budget', () => {
  it('allows a touch when nothing is unanswered', () => {
    expect(checkBudget(historyOf([]), NOW, DEFAULT_CADENCE_RULES, ZONE)).toMatchObject({ allowed: true, reason: null });
  });

  it('allows one unanswered touch per 7 days and says until when', () => {
    const verdict = checkBudget(historyOf([interaction({ id: 'mail', occurredAt: daysAgo(3) })]), NOW, DEFAULT_CADENCE_RULES, ZONE);
    expect(verdict).toMatchObject({ allowed: false, blockedBy: 'BUDGET_WINDOW' });
    expect(verdict.reason).toBe('1 unanswered touch in the last 7 days (email on 17 Nov); wait for a reply or until 24 Nov');
    expect(verdict.availableAt).toEqual(new Date('2024-11-23T23:00:00Z'));
    expect(verdict.sources).toEqual([{ kind: 'INTERACTION', id: 'mail' }]);
  });

  it('counts the window in local dates: a touch 7 dates back no longer counts', () => {
    // Sent at 23:30 Berlin on 13 Nov; checking on 20 Nov at 11:00 is 6.5 days later but 7 local dates.
    const lateEvening = interaction({ id: 'late', occurredAt: new Date('2024-11-13T22:30:00Z') });
    expect(checkBudget(historyOf([lateEvening]), NOW, DEFAULT_CADENCE_RULES, ZONE).allowed).toBe(true);
  });

  it('allows at most 3 unanswered touches in total, however spread out', () => {
    const touches = [45, 30, 15].map((days, i) => interaction({ id: `t${i}`, occurredAt: daysAgo(days) }));
    const verdict = checkBudget(historyOf(touches), NOW, DEFAULT_CADENCE_RULES, ZONE);
    expect(verdict).toMatchObject({ allowed: false, blockedBy: 'BUDGET_TOTAL', availableAt: null });
    expect(verdict.reason).toBe('3 unanswered touches already (email on 6 Oct, email on 21 Oct, email on 5 Nov); wait for a reply');
    expect(checkBudget(historyOf(touches.slice(1)), NOW, DEFAULT_CADENCE_RULES, ZONE).allowed).toBe(true);
  });

  it('uses the per-user numbers', () => {
    const rules = mergeCadenceRules(DEFAULT_CADENCE_RULES, { budget: { maxUnansweredTotal: 2, windowDays: 14 } });
    const touches = [interaction({ id: 'a', occurredAt: daysAgo(30) }), interaction({ id: 'b', occurredAt: daysAgo(20) })];
    expect(checkBudget(historyOf(touches), NOW, rules, ZONE).reason).toBe('2 unanswered touches already (email on 21 Oct, email on 31 Oct); wait for a reply');
    expect(checkBudget(historyOf(touches.slice(1)), NOW, rules, ZONE).allowed).toBe(true);
    expect(checkBudget(historyOf([interaction({ id: 'c', occurredAt: daysAgo(10) })]), NOW, rules, ZONE).blockedBy).toBe('BUDGET_WINDOW');
  });

  it('treats a later reply or conversation as answering every touch before it', () => {
    const touches = [
      interaction({ id: 'a', occurredAt: daysAgo(30) }),
      interaction({ id: 'b', occurredAt: daysAgo(20) }),
      interaction({ id: 'c', occurredAt: daysAgo(3) }),
    ];
    const reply = interaction({ id: 'reply', occurredAt: daysAgo(2), direction: 'INBOUND', awaitingReply: false });
    expect(checkBudget(historyOf([...touches, reply]), NOW, DEFAULT_CADENCE_RULES, ZONE).allowed).toBe(true);
    const call = interaction({ id: 'call', kind: 'CALL', occurredAt: daysAgo(2), awaitingReply: false });
    expect(checkBudget(historyOf([...touches, call]), NOW, DEFAULT_CADENCE_RULES, ZONE).allowed).toBe(true);
    const met = interview({ id: 'iv', occurredAt: daysAgo(1) });
    expect(checkBudget(historyOf(touches, [met]), NOW, DEFAULT_CADENCE_RULES, ZONE).allowed).toBe(true);
  });

  it('ignores touches that expect no reply', () => {
    const note = interaction({ id: 'fyi', occurredAt: daysAgo(1), awaitingReply: false });
    expect(checkBudget(historyOf([note]), NOW, DEFAULT_CADENCE_RULES, ZONE).allowed).toBe(true);
  });
});
