import { useCallback, useEffect, useRef, useState } from 'react';
import { App } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useRevealMember, type RevealedMember } from '../api/reveal-member.ts';
import { membersText } from '../member-messages.ts';

/** How long whole numbers stay on screen: long enough to copy, short enough not to stay behind. */
export const REVEAL_SECONDS = 30;

/**
 * Whole CCCD and phone numbers by member, shown for REVEAL_SECONDS after an explicit "Hiện"; each reveal is
 * a server call, which the server logs (Nghị định 13/2023/NĐ-CP).
 */
export function useReveal() {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const revealMutation = useRevealMember();
  const [revealed, setRevealed] = useState<Record<string, RevealedMember>>({});
  const timers = useRef(new Map<string, number>());

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) window.clearTimeout(timer);
    };
  }, []);

  const hide = useCallback((id: string) => {
    window.clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setRevealed(({ [id]: _gone, ...rest }) => rest);
  }, []);

  const reveal = useCallback(
    (id: string) => {
      revealMutation.mutate(id, {
        onSuccess: (whole) => {
          setRevealed((previous) => ({ ...previous, [id]: whole }));
          window.clearTimeout(timers.current.get(id));
          timers.current.set(
            id,
            window.setTimeout(() => hide(id), REVEAL_SECONDS * 1000),
          );
          message.info(t(membersText.revealed, { seconds: REVEAL_SECONDS }));
        },
        onError: (error) => handleApiError(error),
      });
    },
    [revealMutation, hide, message, t, handleApiError],
  );

  return {
    revealed,
    reveal,
    hide,
    pendingId: revealMutation.isPending ? revealMutation.variables : undefined,
  };
}
