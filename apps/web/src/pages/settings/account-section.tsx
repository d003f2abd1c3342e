import { useViewer } from '../../auth/session';
import { ChangePasswordForm } from './change-password-form';
import { DeleteAccountForm } from './delete-account-form';
import { ExportDataButton } from './export-data-button';
import { SettingsSection } from './settings-section';
import { SignOutEverywhere } from './sign-out-everywhere';

export function AccountSection() {
  const viewer = useViewer();
  return (
    <SettingsSection id="account" title="Account">
      <h3>Change password</h3>
      <ChangePasswordForm email={viewer.email} />
      <h3>Sign out everywhere</h3>
      <SignOutEverywhere />
      <h3>Download my data</h3>
      <ExportDataButton />
      <h3>Delete account</h3>
      <DeleteAccountForm email={viewer.email} />
    </SettingsSection>
  );
}
