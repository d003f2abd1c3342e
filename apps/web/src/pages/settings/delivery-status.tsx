import type { DigestDeliveryStatus } from '../../gql/graphql';

const LOOK: Record<DigestDeliveryStatus, { label: string; tone: string }> = {
  SENT: { label: 'Sent', tone: 'ok' },
  SKIPPED: { label: 'Skipped', tone: '' },
  SENDING: { label: 'Sending', tone: 'warn' },
  FAILED: { label: 'Failed', tone: 'danger' },
};

export function DeliveryStatusBadge({ status }: { status: DigestDeliveryStatus }) {
  const { label, tone } = LOOK[status];
  return <span className={`badge ${tone}`.trim()}>{label}</span>;
}
