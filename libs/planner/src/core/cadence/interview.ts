import { formatDay } from '@app/zones';
import { addRuleDays } from '../business-days';
import { outboundAfter, type ContactHistory } from '../history';
import { plural } from '../labels';
import { firstName } from '../text';
import type { SourceRef } from '../types';
import { blank, HOUR_MS, type CadenceContext, type Candidate, type Step, type TouchRule, type Trigger } from './candidate';

/**
 * Interview ended: a thank-you within 24 hours, then check-ins after 5
 * business days and again 10–14 days later, then stop until a reply.
 */
export function interviewSequence(history: ContactHistory, trigger: Extract<Trigger, { type: 'INTERVIEW' }>, context: CadenceContext): Step {
  const { rules, zone, now } = context;
  const silence = rules.interviewSilence;
  const day = formatDay(trigger.at, zone);
  const first = firstName(history.contact.name);
  const outbound = outboundAfter(history, trigger.at.getTime());
  const firstCheckInDue = addRuleDays(trigger.at, silence.firstCheckInDays, silence.firstCheckInBusinessDays, zone);
  // The first message before the first check-in is due is the thank-you; the rest are check-ins.
  const thankYou = outbound[0] && outbound[0].occurredAt.getTime() <= firstCheckInDue.getTime() ? outbound[0] : null;
  const checkIns = thankYou ? outbound.slice(1) : outbound;
  const base = (rule: TouchRule, dueAt: Date): Candidate => ({
    ...blank(rule, 'FOLLOW_UP_EMAIL', trigger.id, dueAt),
    interview: trigger.interview,
    sources: [trigger.source],
  });

  if (checkIns.length >= silence.stopAfterUnanswered) {
    const last = checkIns[checkIns.length - 1];
    return {
      stop: {
        rule: 'INTERVIEW_CHECK_IN',
        kind: 'FOLLOW_UP_EMAIL',
        anchorId: trigger.id,
        wouldBeDueAt: addRuleDays(last.occurredAt, silence.repeatCheckInMinDays, silence.repeatCheckInBusinessDays, zone),
        reason: `${plural(checkIns.length, 'check-in')} since your interview on ${day} went unanswered; stop and wait for a reply`,
        sources: [trigger.source, ...checkIns.map((touch): SourceRef => ({ kind: 'INTERACTION', id: touch.id }))],
      },
    };
  }

  if (outbound.length === 0 && now.getTime() < firstCheckInDue.getTime()) {
    const deadline = new Date(trigger.at.getTime() + rules.thankYou.withinHours * HOUR_MS);
    const late = now.getTime() > deadline.getTime();
    return {
      candidate: {
        ...base('THANK_YOU', deadline),
        latestAt: deadline,
        reason: late
          ? `Thank-you for your interview on ${day} is late (within ${rules.thankYou.withinHours} hours is best); send it today`
          : `Interview on ${day}: thank ${first} within ${rules.thankYou.withinHours} hours`,
      },
    };
  }

  if (checkIns.length === 0) {
    const unit = silence.firstCheckInBusinessDays ? 'business days' : 'days';
    const due = now.getTime() >= firstCheckInDue.getTime();
    return {
      candidate: {
        ...base('INTERVIEW_CHECK_IN', firstCheckInDue),
        previous: thankYou,
        sources: thankYou ? [trigger.source, { kind: 'INTERACTION', id: thankYou.id }] : [trigger.source],
        reason: due
          ? `${silence.firstCheckInDays} ${unit} since your interview on ${day} without a reply`
          : `No reply yet after your interview on ${day}: check in ${silence.firstCheckInDays} ${unit} after it`,
      },
    };
  }

  const last = checkIns[checkIns.length - 1];
  const number = checkIns.length + 1;
  const isLast = number >= silence.stopAfterUnanswered;
  return {
    candidate: {
      ...base('INTERVIEW_CHECK_IN', addRuleDays(last.occurredAt, silence.repeatCheckInMinDays, silence.repeatCheckInBusinessDays, zone)),
      latestAt: addRuleDays(last.occurredAt, silence.repeatCheckInMaxDays, silence.repeatCheckInBusinessDays, zone),
      previous: last,
      sources: [trigger.source, { kind: 'INTERACTION', id: last.id }],
      reason: `No reply to your check-in on ${formatDay(last.occurredAt, zone)}: check in again ${silence.repeatCheckInMinDays}–${silence.repeatCheckInMaxDays} ${
        silence.repeatCheckInBusinessDays ? 'business days' : 'days'
      } after it${isLast ? ' (the last one before stopping)' : ''}`,
    },
  };
}
