import { HOLIDAY_ROLES } from '../../force/access.ts';
import { HolidaysPage } from '../../force/holidays-page.tsx';
import { useSession } from '../session.tsx';

export default function ForceHolidaysRoute() {
  return <HolidaysPage canEdit={HOLIDAY_ROLES.includes(useSession().role)} />;
}
