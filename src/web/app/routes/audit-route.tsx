import { AuditPage } from '../../audit/audit-page.tsx';
import { useSession } from '../session.tsx';

export default function AuditRoute() {
  const me = useSession();
  // Only an administrator may list users, which the user filter needs.
  return <AuditPage canFilterByUser={me.role === 'admin' || me.role === 'coordinator'} />;
}
