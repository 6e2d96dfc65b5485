import { useMutation } from '@tanstack/react-query';
import type { Procedure, ProcedurePersonInput } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

/** Adds a person to a procedure, or changes one (the dossier papers present or missing). */
export async function saveProcedurePerson(input: {
  procedureId: string;
  personId?: string;
  person: ProcedurePersonInput;
}): Promise<Procedure> {
  const base = `/api/procedures/${encodeURIComponent(input.procedureId)}/persons`;
  return input.personId
    ? apiRequest<Procedure>(`${base}/${encodeURIComponent(input.personId)}`, {
        method: 'PATCH',
        body: input.person,
      })
    : apiRequest<Procedure>(base, { method: 'POST', body: input.person });
}

export function useSaveProcedurePerson() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: saveProcedurePerson, onSettled: invalidate });
}
