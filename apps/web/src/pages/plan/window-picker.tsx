import { TextField } from '../../ui/field';
import { formatDay } from '../../ui/time';
import { WINDOW_CHOICES, type PlanWindow, type WindowChoice } from './plan-window';

/** "This week", "Next 30 days" or custom dates; the page keeps the choice in the address. */
export function WindowPicker({ value: planWindow, onChange }: { value: PlanWindow; onChange: (next: PlanWindow) => void }) {
  // Custom starts from the dates shown, so switching to it changes nothing until a date does.
  const choose = (choice: WindowChoice) => onChange({ ...planWindow, choice });
  const backwards = planWindow.toDay < planWindow.fromDay;
  return (
    <div className="plan-window">
      <div className="row" role="group" aria-label="Date window">
        {WINDOW_CHOICES.map((option) => (
          <button key={option.value} type="button" className="secondary" aria-pressed={planWindow.choice === option.value} onClick={() => choose(option.value)}>
            {option.label}
          </button>
        ))}
      </div>
      {planWindow.choice === 'custom' ? (
        <div className="toolbar plan-window-dates">
          <TextField
            label="From"
            type="date"
            value={planWindow.fromDay}
            required
            onChange={(e) => e.target.value && onChange({ ...planWindow, fromDay: e.target.value })}
          />
          <TextField
            label="To"
            type="date"
            value={planWindow.toDay}
            min={planWindow.fromDay}
            required
            onChange={(e) => e.target.value && onChange({ ...planWindow, toDay: e.target.value })}
            error={backwards ? 'To must be on or after From.' : null}
          />
        </div>
      ) : (
        <p className="meta">
          {formatDay(`${planWindow.fromDay}T12:00:00Z`, 'UTC')} – {formatDay(`${planWindow.toDay}T12:00:00Z`, 'UTC')}
        </p>
      )}
    </div>
  );
}
