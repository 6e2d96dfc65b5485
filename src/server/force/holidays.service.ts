import { defaultHolidays, type Holiday } from '../../domain/force/working-days.ts';
import type { HolidayUpdate, HolidayYear } from '../../domain/force/force-api.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { AppError } from '../http/errors.ts';

/** The defaults of a year, or none where the domain has no table (Tết needs one). */
function defaultsOf(year: number): Holiday[] {
  try {
    return defaultHolidays(year);
  } catch {
    return [];
  }
}

/** The holiday table of each year: as edited by the admin, else the defaults. */
export async function holidaysOfYears(
  db: Db,
  years: number[],
): Promise<Map<number, { edited: boolean; items: Holiday[] }>> {
  const unique = [...new Set(years)];
  const result = new Map<number, { edited: boolean; items: Holiday[] }>();
  if (unique.length === 0) return result;
  const [edited, rows] = await Promise.all([
    db.selectFrom('holidayYear').select('year').where('year', 'in', unique).execute(),
    db
      .selectFrom('holiday')
      .select(['date', 'year', 'name', 'isWorkingDay'])
      .where('year', 'in', unique)
      .orderBy('date')
      .execute(),
  ]);
  const editedYears = new Set(edited.map((e) => Number(e.year)));
  for (const year of unique) {
    result.set(
      year,
      editedYears.has(year)
        ? {
            edited: true,
            items: rows
              .filter((r) => Number(r.year) === year)
              .map((r) => ({
                date: r.date,
                name: r.name,
                ...(r.isWorkingDay ? { isWorkingDay: true } : {}),
              })),
          }
        : { edited: false, items: defaultsOf(year) },
    );
  }
  return result;
}

/** Every holiday from the year of `from` to two years after `to`: enough for any deadline counted from them. */
export async function holidaysBetween(db: Db, from: string, to: string): Promise<Holiday[]> {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4)) + 1;
  const years = Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i);
  return [...(await holidaysOfYears(db, years)).values()].flatMap((y) => y.items);
}

export async function getHolidayYear(db: Db, year: number): Promise<HolidayYear> {
  const found = (await holidaysOfYears(db, [year])).get(year) ?? { edited: false, items: [] };
  return {
    year,
    edited: found.edited,
    items: found.items.map((h) => ({ date: h.date, name: h.name, isWorkingDay: h.isWorkingDay === true })),
  };
}

/** The admin replaces a year's table (Tết and swaps as the Government announced them). */
export async function updateHolidayYear(db: Db, actor: Actor, year: number, input: HolidayUpdate) {
  requireRole(actor, 'admin');
  const outside = input.items.findIndex((item) => Number(item.date.slice(0, 4)) !== year);
  if (outside >= 0) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: `/items/${outside}/date`, message: `Ngày phải thuộc năm ${year}` },
    ]);
  }
  const seen = new Set<string>();
  const duplicate = input.items.findIndex((item) => seen.size === seen.add(item.date).size);
  if (duplicate >= 0) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: `/items/${duplicate}/date`, message: 'Ngày này đã có trong danh sách' },
    ]);
  }
  const before = await getHolidayYear(db, year);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('holiday').where('year', '=', year).execute();
    if (input.items.length > 0) {
      await trx
        .insertInto('holiday')
        .values(
          input.items.map((item) => ({
            date: item.date,
            year,
            name: item.name,
            isWorkingDay: item.isWorkingDay ? 1 : 0,
            updatedBy: actor.userId,
            updatedAt: actor.now,
          })),
        )
        .execute();
    }
    await trx.deleteFrom('holidayYear').where('year', '=', year).execute();
    await trx
      .insertInto('holidayYear')
      .values({ year, updatedBy: actor.userId, updatedAt: actor.now })
      .execute();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'holiday_year',
      entityId: String(year),
      before: before.items,
      after: input.items,
    });
  });
  return getHolidayYear(db, year);
}

/** Back to the defaults for a year. */
export async function resetHolidayYear(db: Db, actor: Actor, year: number) {
  requireRole(actor, 'admin');
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('holiday').where('year', '=', year).execute();
    await trx.deleteFrom('holidayYear').where('year', '=', year).execute();
    await recordAudit(trx, actor, { action: 'reset', entity: 'holiday_year', entityId: String(year) });
  });
  return getHolidayYear(db, year);
}
