import { nameKeys } from '../../domain/force/member-search.ts';
import type { Db } from '../db/database.ts';
import { provinceIdOf } from './force-scope.ts';

/** The province a member is listed and searched under: the first unit of its commune's path. */
export const memberProvinceId = (communePath: string) => provinceIdOf(communePath);

/** Rows per insert: five columns, far under SQLite's bound-parameter limit. */
const CHUNK = 1000;

interface KeyedMember {
  id: string;
  fullName: string;
  searchName: string;
  unitId: string;
  provinceId?: string | null;
}

/** Writes the name search's keys of new members (in the caller's transaction). */
export async function insertNameKeys(db: Db, members: readonly KeyedMember[]): Promise<void> {
  const rows = members.flatMap((m) =>
    nameKeys(m.fullName).map((key) => ({
      provinceId: m.provinceId ?? '',
      key,
      memberId: m.id,
      searchName: m.searchName,
      unitId: m.unitId,
    })),
  );
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('memberNameKey')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

/** After a change of name: the member's keys again. */
export async function replaceNameKeys(db: Db, member: KeyedMember): Promise<void> {
  await db.deleteFrom('memberNameKey').where('memberId', '=', member.id).execute();
  await insertNameKeys(db, [member]);
}
