import { forceAccessOf, RULE_SET_ROLES } from '../../force/access.ts';
import { RuleSetsPage } from '../../force/rule-sets-page.tsx';
import { useSession } from '../session.tsx';

export default function ForceRulesRoute() {
  const me = useSession();
  return (
    <RuleSetsPage canChoose={RULE_SET_ROLES.includes(me.role)} myCommune={forceAccessOf(me).myCommune} />
  );
}
