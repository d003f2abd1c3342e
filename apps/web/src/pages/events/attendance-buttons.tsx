import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import type { Attendance } from '../../gql/graphql';
import { ErrorNote } from '../../ui/feedback';
import { SetAttendanceDocument } from '../../api/touch-operations';
import { ATTENDANCE, keysOf } from '../../ui/labels';

/** Going / Maybe / Not going as toggle buttons; the plan and the calendar feed follow the choice. */
export function AttendanceButtons({ eventId, attendance }: { eventId: string; attendance: Attendance | null }) {
  const [{ fetching, error }, setAttendance] = useMutation(SetAttendanceDocument);
  // The choice shows at once; the refetched event confirms it (or an error puts the old one back).
  const [choice, setChoice] = useState<Attendance | null>(null);
  if (choice !== null && choice === attendance) setChoice(null);
  const current = choice ?? attendance;
  const choose = async (value: Attendance) => {
    // Buttons stay enabled (focus stays put for keyboard users); a click while saving waits its turn.
    if (value === current || fetching) return;
    setChoice(value);
    const result = await setAttendance({ eventId, status: value });
    if (result.error) setChoice(null);
  };
  return (
    <div className="attendance">
      <div className="row" role="group" aria-label="Attendance">
        {keysOf(ATTENDANCE).map((value) => (
          <button key={value} type="button" className="secondary" aria-pressed={current === value} onClick={() => void choose(value)}>
            {ATTENDANCE[value]}
          </button>
        ))}
      </div>
      <ErrorNote message={errorMessage(error)} />
    </div>
  );
}
