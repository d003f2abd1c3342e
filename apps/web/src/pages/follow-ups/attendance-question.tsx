import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import { ErrorNote } from '../../ui/feedback';
import { CompleteFollowUpDocument } from '../../api/touch-operations';
import { SetAttendanceDocument } from '../../api/touch-operations';

/**
 * The event was marked MAYBE: "Did you go?" comes before anything else.
 * Yes completes the question (the event becomes GOING and its checklist
 * follows); no marks it NOT_GOING and the checklist goes away.
 */
export function AttendanceQuestion({
  eventId,
  questionId,
  headingId,
  onChanged,
}: {
  eventId: string;
  questionId: string | null;
  headingId: string;
  onChanged: (message: string) => void;
}) {
  const [completeState, complete] = useMutation(CompleteFollowUpDocument);
  const [attendanceState, setAttendance] = useMutation(SetAttendanceDocument);
  const fetching = completeState.fetching || attendanceState.fetching;
  const went = async () => {
    const result = questionId ? await complete({ id: questionId }) : await setAttendance({ eventId, status: 'GOING' });
    if (!result.error) onChanged('Marked as going: record whom you met.');
  };
  const stayedHome = async () => {
    const result = await setAttendance({ eventId, status: 'NOT_GOING' });
    if (!result.error) onChanged('Marked as not going: its checklist is gone.');
  };
  return (
    <section className="attendance-question">
      <h3 id={headingId}>Did you go?</h3>
      <p>You marked this event “maybe”. Say whether you went, and the follow-ups for the people you met follow.</p>
      <div className="row">
        <button type="button" onClick={() => void went()} disabled={fetching}>
          Yes, I went
        </button>
        <button type="button" className="secondary" onClick={() => void stayedHome()} disabled={fetching}>
          No, I did not go
        </button>
      </div>
      <ErrorNote message={errorMessage(completeState.error ?? attendanceState.error)} />
    </section>
  );
}
