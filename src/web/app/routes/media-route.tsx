import { MediaPage } from '../../events/media-page.tsx';
import { ACTIVITY_RECORDER_ROLES, UNIT_CHOOSER_ROLES, useSession } from '../session.tsx';

export default function MediaRoute() {
  const me = useSession();
  return (
    <MediaPage
      canRecord={ACTIVITY_RECORDER_ROLES.includes(me.role)}
      canChooseUnit={UNIT_CHOOSER_ROLES.includes(me.role)}
    />
  );
}
