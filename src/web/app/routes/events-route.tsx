import { EventsPage } from '../../events/events-page.tsx';
import { IndicatorSourcesPage } from '../../events/indicator-sources-page.tsx';
import { ACTIVITY_RECORDER_ROLES, UNIT_CHOOSER_ROLES, useSession } from '../session.tsx';

export default function EventsRoute() {
  const me = useSession();
  return (
    <EventsPage
      canRecord={ACTIVITY_RECORDER_ROLES.includes(me.role)}
      canChooseUnit={UNIT_CHOOSER_ROLES.includes(me.role)}
      canSetSources={me.role === 'coordinator' || me.role === 'admin'}
    />
  );
}

/** The coordinator's page of indicator sources (which records fill which indicator). */
export function IndicatorSourcesRoute() {
  return <IndicatorSourcesPage />;
}
