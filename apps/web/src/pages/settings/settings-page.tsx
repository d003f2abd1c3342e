import { AccountSection } from './account-section';
import { CadenceRulesSection } from './cadence-rules-section';
import { CalendarFeedSection } from './calendar-feed-section';
import { DigestSection } from './digest-section';
import { ProfileSection } from './profile-section';
import './settings.css';

const CONTENTS = [
  { id: 'profile', label: 'Profile' },
  { id: 'cadence', label: 'Cadence rules and budget' },
  { id: 'digest', label: 'Email digest' },
  { id: 'calendar', label: 'Calendar feed' },
  { id: 'account', label: 'Account' },
];

/** Settings: each section saves on its own (digest emails link here). */
export default function SettingsPage() {
  return (
    <div className="settings">
      <h1>Settings</h1>
      {/* In-page anchors: plain fragment links, so the browser scrolls and moves focus to the section. */}
      <nav aria-label="Settings sections" className="settings-contents">
        <ul>
          {CONTENTS.map((c) => (
            <li key={c.id}>
              <a href={`#${c.id}`}>{c.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <ProfileSection />
      <CadenceRulesSection />
      <DigestSection />
      <CalendarFeedSection />
      <AccountSection />
    </div>
  );
}
