import { DEFAULT_CADENCE_RULES, defaultCadenceRules, mergeCadenceRules, validateCadenceRules, type CadenceRules } from './rules';

describe('cadence rules', () => {
  it('ships the PRODUCT.md defaults', () => {
    expect(DEFAULT_CADENCE_RULES).toEqual({
      thankYou: { withinHours: 24 },
      interviewSilence: {
        firstCheckInDays: 5,
        firstCheckInBusinessDays: true,
        repeatCheckInMinDays: 10,
        repeatCheckInMaxDays: 14,
        repeatCheckInBusinessDays: false,
        stopAfterUnanswered: 2,
      },
      metAtEvent: {
        followUpMinDays: 1,
        followUpMaxDays: 2,
        followUpBusinessDays: true,
        linkedinNoteWithinHours: 24,
        reminderAfterDays: 7,
        maxReminders: 1,
      },
      coffeeRequest: { waitDays: 7, maxMessages: 3 },
      keepInTouch: { idealDays: 30, maxDays: 60 },
      eventHeadsUp: { daysBefore: [7, 1] },
      linkedinNote: { maxChars: 200, premiumMaxChars: 300 },
      email: { maxWords: 150 },
      checklist: { promiseWithinDays: 3, projectUpdateAfterDays: 30, staleAfterDays: 14 },
      budget: { windowDays: 7, maxUnansweredPerWindow: 1, maxUnansweredTotal: 3 },
    });
    expect(validateCadenceRules(defaultCadenceRules())).toEqual([]);
  });

  it('cannot be edited in place, and hands out independent copies', () => {
    expect(() => {
      (DEFAULT_CADENCE_RULES.keepInTouch as { idealDays: number }).idealDays = 1;
    }).toThrow(TypeError);
    const copy = defaultCadenceRules();
    copy.keepInTouch.idealDays = 10;
    expect(DEFAULT_CADENCE_RULES.keepInTouch.idealDays).toBe(30);
  });

  it('applies a partial edit without touching the rest', () => {
    const edited = mergeCadenceRules(DEFAULT_CADENCE_RULES, { keepInTouch: { idealDays: 10 }, budget: { maxUnansweredTotal: 2 } });
    expect(edited.keepInTouch).toEqual({ idealDays: 10, maxDays: 60 });
    expect(edited.budget).toEqual({ windowDays: 7, maxUnansweredPerWindow: 1, maxUnansweredTotal: 2 });
    expect(edited.thankYou).toEqual(DEFAULT_CADENCE_RULES.thankYou);
  });

  it('reports each bad field with its path', () => {
    const rules = mergeCadenceRules(DEFAULT_CADENCE_RULES, {
      keepInTouch: { idealDays: 90, maxDays: 60 },
      interviewSilence: { firstCheckInDays: 0, firstCheckInBusinessDays: 'yes' as unknown as boolean },
      linkedinNote: { maxChars: 400 },
      eventHeadsUp: { daysBefore: [7, 7] },
      budget: { maxUnansweredPerWindow: 1.5 },
    });
    const fields = validateCadenceRules(rules).map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'keepInTouch.maxDays',
        'interviewSilence.firstCheckInDays',
        'interviewSilence.firstCheckInBusinessDays',
        'linkedinNote.maxChars',
        'eventHeadsUp.daysBefore',
        'budget.maxUnansweredPerWindow',
      ]),
    );
    expect(fields).not.toContain('keepInTouch.idealDays');
    expect(validateCadenceRules(rules).find((problem) => problem.field === 'keepInTouch.maxDays')?.message).toBe('must be at least keepInTouch.idealDays (90)');
  });

  it('reports a missing group instead of throwing', () => {
    const partial = { ...defaultCadenceRules(), budget: undefined } as unknown as CadenceRules;
    expect(validateCadenceRules(partial).map((problem) => problem.field)).toEqual([
      'budget.windowDays',
      'budget.maxUnansweredPerWindow',
      'budget.maxUnansweredTotal',
    ]);
  });
});
