import { LegalDocumentsPage } from '../../legal/legal-documents-page.tsx';
import { LEGAL_KEEPER_ROLES, useSession } from '../session.tsx';

export default function LegalDocumentsRoute() {
  const me = useSession();
  return <LegalDocumentsPage canEdit={LEGAL_KEEPER_ROLES.includes(me.role)} />;
}
