import type { Text } from '../../lib/i18n.ts';

/** The three ways a force list can be empty, each with its own text. */
export interface ListEmptyTexts {
  /** Nothing yet, with how to add (for those who can edit). */
  empty: Text;
  /** Nothing yet in a read-only user's scope. */
  emptyReadOnly: Text;
  /** Nothing matches the filters. */
  noMatch: Text;
}

/** What an empty force list says: why it is empty, for this user. */
export function listEmptyText(texts: ListEmptyTexts, filtered: boolean, canEdit: boolean): Text {
  if (filtered) return texts.noMatch;
  return canEdit ? texts.empty : texts.emptyReadOnly;
}
