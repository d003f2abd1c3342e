import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useZone } from '../../auth/session';
import { ErrorNote, Loading, Status } from '../../ui/feedback';
import { BlockedTouches } from './blocked-touches';
import { NextTouches } from './next-touches';
import { PlanEvents } from './plan-events';
import { BlockedTouchesDocument, NextTouchesDocument, PlanDocument } from './plan-queries';
import { windowFromQuery, windowInstants, windowQuery, type PlanWindow } from './plan-window';
import { WindowPicker } from './window-picker';
import './plan.css';

/** The landing page: events worth your time in a window, whom to meet there, and the touches due. */
export default function PlanPage() {
  const zone = useZone();
  const [params, setParams] = useSearchParams();
  const planWindow = windowFromQuery(params, zone);
  // Day-sized, so the variables stay the same from one render to the next.
  const instants = windowInstants(planWindow, zone);
  const [logged, setLogged] = useState<string | null>(null);

  const [plan, refetchPlan] = useQuery({
    query: PlanDocument,
    variables: instants ?? { from: '', to: '' },
    pause: !instants,
    requestPolicy: 'cache-and-network',
  });
  const [next, refetchNext] = useQuery({ query: NextTouchesDocument, requestPolicy: 'cache-and-network' });
  const [blocked, refetchBlocked] = useQuery({ query: BlockedTouchesDocument, requestPolicy: 'cache-and-network' });

  // A logged touch changes the plan, the next touches and the budget alike: read all three again.
  const onSent = useCallback(
    (message: string) => {
      setLogged(message);
      refetchPlan({ requestPolicy: 'network-only' });
      refetchNext({ requestPolicy: 'network-only' });
      refetchBlocked({ requestPolicy: 'network-only' });
    },
    [refetchPlan, refetchNext, refetchBlocked],
  );
  const choose = (chosen: PlanWindow) => setParams(windowQuery(chosen), { replace: true });

  return (
    <>
      <h1>Plan</h1>
      <WindowPicker value={planWindow} onChange={choose} />
      <div className="page-status">
        <Status message={logged} />
      </div>

      <section className="plan-section plan-events-section">
        <h2 id="plan-events-heading">Events worth your time</h2>
        <ErrorNote message={errorMessage(plan.error)} />
        {plan.data ? <PlanEvents items={plan.data.plan.items} onSent={onSent} /> : instants && !plan.error && <Loading what="your plan" />}
      </section>

      <section className="plan-section next-touches-section">
        <h2 id="next-touches-heading">Next touches</h2>
        <ErrorNote message={errorMessage(next.error)} />
        {next.data ? <NextTouches touches={next.data.nextTouches} onSent={onSent} /> : !next.error && <Loading what="the next touches" />}
      </section>

      <section className="plan-section blocked-section">
        <h2 id="blocked-touches-heading">Held back</h2>
        <p className="meta">Touches that would pester someone: the anti-pestering budget or a stop rule holds them back until the time shown.</p>
        <ErrorNote message={errorMessage(blocked.error)} />
        {blocked.data ? <BlockedTouches touches={blocked.data.blockedTouches} /> : !blocked.error && <Loading what="what is held back" />}
      </section>
    </>
  );
}
