import { followUpItemId, itemKey, parseFollowUpItemId, promiseKey } from './keys';

describe('item keys and ids', () => {
  it('are stable strings that parse back', () => {
    expect(itemKey(null, 'RECORD_MET')).toBe('-:RECORD_MET');
    expect(itemKey('priya', 'LINKEDIN_NOTE')).toBe('priya:LINKEDIN_NOTE');
    expect(promiseKey('priya', 2)).toBe('priya:PROMISE:2');
    for (const key of ['-:RECORD_MET', '-:CONFIRM_ATTENDANCE', 'priya:COFFEE_INVITE', 'priya:PROMISE:2']) {
      const id = followUpItemId('3f0c1a9e-cl', key);
      expect(id).toBe(`3f0c1a9e-cl:${key}`);
      expect(parseFollowUpItemId(id)).toEqual({ checklistId: '3f0c1a9e-cl', key });
    }
  });

  it.each([
    '',
    'cl-1',
    'cl-1:',
    ':priya:LINKEDIN_NOTE',
    'cl 1:priya:LINKEDIN_NOTE',
    'cl-1:priya',
    'cl-1:priya:',
    'cl-1:priya:UNKNOWN',
    'cl-1:priya:LINKEDIN_NOTE:extra',
    'cl-1:priya:RECORD_MET',
    'cl-1:-:LINKEDIN_NOTE',
    'cl-1:-:PROMISE:1',
    'cl-1:priya:PROMISE',
    'cl-1:priya:PROMISE:',
    'cl-1:priya:PROMISE:1:2',
    'cl-1::LINKEDIN_NOTE',
    // The planner's own touch ids look alike but are not items.
    'priya:MET_AT_EVENT_FOLLOW_UP:met-priya',
  ])('rejects %j', (id) => {
    expect(parseFollowUpItemId(id)).toBeNull();
  });
});
