import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { errorMessage, fieldError, formError } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorNote, Loading, Status } from '../../ui/feedback';
import { CheckboxField, TextField } from '../../ui/field';
import {
  inWords,
  inputOf,
  parseDayList,
  RULE_FIELD_NAMES,
  RULE_GROUPS,
  ruleKey,
  valuesOf,
  type CadenceRules,
  type RuleField,
  type RuleValues,
} from './cadence-rule-fields';
import { SettingsSection } from './settings-section';

graphql(`
  fragment CadenceRulesFields on CadenceRules {
    thankYou {
      withinHours
    }
    interviewSilence {
      firstCheckInDays
      firstCheckInBusinessDays
      repeatCheckInMinDays
      repeatCheckInMaxDays
      repeatCheckInBusinessDays
      stopAfterUnanswered
    }
    metAtEvent {
      followUpMinDays
      followUpMaxDays
      followUpBusinessDays
      linkedinNoteWithinHours
      reminderAfterDays
      maxReminders
    }
    coffeeRequest {
      waitDays
      maxMessages
    }
    keepInTouch {
      idealDays
      maxDays
    }
    eventHeadsUp {
      daysBefore
    }
    linkedinNote {
      maxChars
      premiumMaxChars
    }
    email {
      maxWords
    }
    checklist {
      promiseWithinDays
      projectUpdateAfterDays
      staleAfterDays
    }
    budget {
      windowDays
      maxUnansweredPerWindow
      maxUnansweredTotal
    }
  }
`);

const CadenceRulesDocument = graphql(`
  query CadenceRules {
    cadenceRules {
      ...CadenceRulesFields
    }
  }
`);

const UpdateCadenceRulesDocument = graphql(`
  mutation UpdateCadenceRules($input: CadenceRulesInput!) {
    updateCadenceRules(input: $input) {
      ...CadenceRulesFields
    }
  }
`);

export function CadenceRulesSection() {
  const [{ data, error }] = useQuery({ query: CadenceRulesDocument });
  return (
    <SettingsSection id="cadence" title="Cadence rules and budget">
      <p>When topofmind suggests reaching out, and when it holds back so you never pester anyone. The defaults follow practitioner advice.</p>
      {data ? <CadenceRulesForm rules={data.cadenceRules} /> : error ? <ErrorNote message={errorMessage(error)} /> : <Loading what="your cadence rules" />}
    </SettingsSection>
  );
}

function CadenceRulesForm({ rules }: { rules: CadenceRules }) {
  const [values, setValues] = useState<RuleValues>(() => valuesOf(rules));
  // A day list that is not numbers is caught here: the API would only say "must list 1 to 5 day counts".
  const [listProblem, setListProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching, error }, update] = useMutation(UpdateCadenceRulesDocument);
  const set = (key: string, value: string | boolean) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const list = values[ruleKey('eventHeadsUp', 'daysBefore')];
    if (parseDayList(String(list)) === null) {
      setListProblem('Use whole numbers of days, comma-separated, e.g. 7, 1');
      return;
    }
    setListProblem(null);
    const result = await update({ input: inputOf(values) });
    if (!result.error) setSaved('Cadence rules saved');
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorNote message={formError(error, RULE_FIELD_NAMES)} />
      {RULE_GROUPS.map(({ group, legend, about, fields }) => (
        <fieldset key={group} className="rule-group">
          <legend>{legend}</legend>
          <p className="meta">{about}</p>
          <div className="grid-2">
            {fields.map((field) => {
              const key = ruleKey(group, field.name);
              const problem = field.kind === 'days' ? (listProblem ?? listError(error, key)) : inWords(fieldError(error, key));
              return <RuleInput key={key} field={field} value={values[key]} onChange={(value) => set(key, value)} error={problem} />;
            })}
          </div>
        </fieldset>
      ))}
      <div className="row">
        <button type="submit" disabled={fetching}>
          {fetching ? 'Saving…' : 'Save cadence rules'}
        </button>
        <Status message={saved} />
      </div>
    </form>
  );
}

/** The list's own error, or the first of its items' ("eventHeadsUp.daysBefore.1"). */
function listError(error: CombinedError | undefined, key: string): string | null {
  const own = fieldError(error, key);
  if (own) return own;
  for (let i = 0; i < 5; i++) {
    const item = fieldError(error, `${key}.${i}`);
    if (item) return `Day ${i + 1}: ${item}`;
  }
  return null;
}

function RuleInput({
  field,
  value,
  onChange,
  error,
}: {
  field: RuleField;
  value: string | boolean;
  onChange: (value: string | boolean) => void;
  error: string | null;
}) {
  if (field.kind === 'flag') return <CheckboxField label={field.label} checked={value === true} onChange={(e) => onChange(e.target.checked)} error={error} />;
  if (field.kind === 'days') {
    return (
      <TextField label={field.label} inputMode="numeric" value={String(value)} onChange={(e) => onChange(e.target.value)} error={error} hint={field.hint} />
    );
  }
  return (
    <TextField
      label={field.label}
      type="number"
      inputMode="numeric"
      min={field.min}
      max={field.max}
      step={1}
      value={String(value)}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      hint={`${field.min} to ${field.max}`}
    />
  );
}
