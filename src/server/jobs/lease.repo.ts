import type { Db } from '../db/database.ts';

/**
 * Takes or renews the named lease for `holder` until `expiresAt`: inserted when nobody holds it, taken over
 * when the holder's lease has expired, renewed when `holder` already has it. Both statements are conditional,
 * so of several instances trying at once exactly one gets it. True when `holder` holds the lease now.
 */
export async function acquireLease(
  db: Db,
  lease: { name: string; holder: string; now: string; expiresAt: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('jobLease')
    .values({ name: lease.name, holder: lease.holder, expiresAt: lease.expiresAt })
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return true;
  const updated = await db
    .updateTable('jobLease')
    .set({ holder: lease.holder, expiresAt: lease.expiresAt })
    .where('name', '=', lease.name)
    .where((eb) => eb.or([eb('holder', '=', lease.holder), eb('expiresAt', '<=', lease.now)]))
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Gives the lease up (when the holder stops), so that another instance can take it at once. */
export async function releaseLease(db: Db, lease: { name: string; holder: string }): Promise<void> {
  await db.deleteFrom('jobLease').where('name', '=', lease.name).where('holder', '=', lease.holder).execute();
}

export async function findLease(db: Db, name: string) {
  return db.selectFrom('jobLease').selectAll().where('name', '=', name).executeTakeFirst();
}
