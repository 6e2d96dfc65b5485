import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';

export interface RevealedMember {
  cccd: string;
  phone: string | null;
}

/** The whole CCCD and phone; the server writes each reveal to the audit log (Nghị định 13/2023). */
export async function revealMember(id: string): Promise<RevealedMember> {
  return apiRequest<RevealedMember>(`/api/members/${encodeURIComponent(id)}/reveal`, { method: 'POST' });
}

export function useRevealMember() {
  return useMutation({ mutationFn: revealMember });
}
