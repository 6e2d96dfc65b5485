// Issue 6 (SPEC §9): the monthly payroll of the whole country — 400,000 members — computed commune by commune
// through the same code as the API (set-based reads per batch of communes, the domain's computation, multi-row
// writes), under 5 s. The country is SPEC §9's: the 34 provinces and 3,321 communes in force since 1/7/2025
// (the 2024 catalogue's units are loaded too, as in a live database, but hold no members and have no payroll
// in a month after the reform), 100,000 villages and teams, 400,000 members. Each member has a history row, every
// province a rate set (half of them changing rates on the 16th), and about a quarter of the members duty days.
import fs from 'node:fs/promises';
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../src/server/db/database.ts';
import type { PayrollRateSetTable } from '../../src/server/db/schema.ts';
import { SYNTHETIC_RATE_SET } from '../../src/domain/payroll/synthetic.ts';
import { loadDemoDataIfEmpty } from '../../src/server/demo/demo.service.ts';
import { systemActor } from '../../src/server/http/actor.ts';
import { importCatalogue } from '../../src/server/org/org.import.ts';
import { computePayrolls, computeTimings } from '../../src/server/payroll/payroll-compute.ts';
import { CATALOGUE_FILES } from '../datasets.ts';
import { generateNationalForce } from '../force-generator.ts';
import { inForceBetween } from '../../src/server/org/org.repo.ts';
import { formatMs } from '../stats.ts';
import type { Benchmark } from '../types.ts';

const MONTH = '2025-09';
const FIRST_DAY = `${MONTH}-01`;
/** A smaller country to iterate on (the measured run is 400,000). */
const MEMBERS = Number(process.env.BENCH_PAYROLL_MEMBERS ?? 400_000);

/**
 * A month's changes, by the first two hex digits of the member's id (each 1/256 of the members): 1.6% joined on
 * the 16th and 1.6% left on the 21st (a fifth of the force replaced in a year), 0.4% promoted on the 10th, 0.4%
 * suspended from the 10th to the 19th, and 7.8% at a two-day training on 8–9/9 (a commune trains its members
 * once a year or so). The trained are counted (their training days read from the records); the others are
 * computed one by one (payroll-count.ts). Written once: the rows' ids are fixed, and rows already there are
 * left. decisions.md ("Counted drafts") has the figures for a month with 10% of changes.
 */
export async function addChurn(db: Db, month: string) {
  const now = new Date().toISOString();
  const prefixIn = (...prefixes: string[]) => sql`substr(m.id, 1, 2) in (${sql.join(prefixes)})`;
  const hex = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => (from + i).toString(16).padStart(2, '0'));
  await sql`update member_history set effective_date = ${`${month}-16`}
    where id in (select ${sql.lit('h-')} || m.id from member m where ${prefixIn(...hex(0xf0, 0xf3))})
      and effective_date <> ${`${month}-16`}`.execute(db);
  const changes: [
    id: string,
    day: string,
    change: string,
    role: string | null,
    status: string,
    prefixes: string[],
  ][] = [
    ['left', '21', 'left', null, 'left', hex(0xf8, 0xfb)],
    ['promoted', '10', 'role', 'to_truong', 'active', hex(0xfd, 0xfd)],
    ['suspended', '10', 'status', null, 'suspended', hex(0xec, 0xec)],
    ['resumed', '20', 'status', null, 'active', hex(0xec, 0xec)],
  ];
  for (const [id, day, change, role, status, prefixes] of changes) {
    await sql`
      insert into member_history (id, member_id, effective_date, change, unit_id, team_id, role, status,
        decision_number, note, recorded_by, recorded_at)
      select ${`${id}-`} || m.id, m.id, ${`${month}-${day}`}, ${change}, m.unit_id, m.team_id,
        ${role === null ? sql`m.role` : sql`${role}`}, ${status}, null, null, null, ${now}
      from member m
      where ${prefixIn(...prefixes)}
        and not exists (select 1 from member_history h where h.id = ${`${id}-`} || m.id)`.execute(db);
  }
  await sql`
    insert into member_training (id, member_id, event_id, kind, title, started_on, ended_on, passed, created_by,
      created_at)
    select ${'training-'} || m.id, m.id, null, ${'training'}, ${'Tập huấn nghiệp vụ'}, ${`${month}-08`},
      ${`${month}-09`}, 1, null, ${now}
    from member m
    where ${prefixIn(...hex(0xd0, 0xe3))}
      and not exists (select 1 from member_training t where t.id = ${'training-'} || m.id)`.execute(db);
}

export const payrollNationalBenchmark: Benchmark = {
  name: 'payroll-national',
  description:
    'the monthly payroll of the whole country (400,000 members), computed and stored commune by commune',
  async run(context) {
    const database = await context.freshDatabase('payroll-national');
    const { db } = database;
    try {
      let started = performance.now();
      await loadDemoDataIfEmpty(db);
      for (const edition of ['2025', '2024'] as const) {
        await importCatalogue(db, systemActor(), await fs.readFile(CATALOGUE_FILES[edition], 'utf8'));
      }
      const communes = await db
        .selectFrom('unit')
        .select(['id', 'code', 'name', 'path', 'parentId'])
        .where('kind', '=', 'commune')
        .where(inForceBetween('unit', FIRST_DAY, FIRST_DAY))
        .orderBy('path')
        .execute();
      const province = await db
        .selectFrom('unit')
        .select('path')
        .where('kind', '=', 'province')
        .where('name', '=', 'Tỉnh Thái Nguyên')
        .where(inForceBetween('unit', FIRST_DAY, FIRST_DAY))
        .executeTakeFirstOrThrow();
      const force = await generateNationalForce(db, {
        inForceOn: FIRST_DAY,
        villagesPerCommune: Math.max(1, Math.round(100_000 / communes.length)),
        totalMembers: MEMBERS,
        busyProvincePath: province.path,
        busyProvinceMembers: Math.min(12_000, Math.round(MEMBERS * 0.03)),
        log: (line) => context.log(line),
      });
      const now = new Date().toISOString();
      // Every generated member joined on 20/7/2025 (the force generator writes no history).
      await sql`
        insert into member_history (id, member_id, effective_date, change, unit_id, team_id, role, status,
          decision_number, note, recorded_by, recorded_at)
        select ${sql.lit('h-')} || m.id, m.id, ${sql.lit('2025-07-20')}, ${sql.lit('joined')}, m.unit_id, m.team_id, m.role,
          ${sql.lit('active')},
          null, null, null, ${sql.lit(now)}
        from member m
        where not exists (select 1 from member_history h where h.member_id = m.id)`.execute(db);
      await addChurn(db, MONTH);
      await sql`
        insert into payroll_days (unit_id, month, member_id, duty_assigned, duty_night, duty_holiday,
          duty_hazardous, training_days, updated_by, updated_at)
        select m.unit_id, ${sql.lit(MONTH)}, m.id, 0, 3, 1, 0, null, null, ${sql.lit(now)}
        from member m
        where substr(m.id, 1, 1) in ('0', '1', '2', '3')
          and not exists (select 1 from payroll_days d where d.member_id = m.id and d.month = ${MONTH})`.execute(
        db,
      );
      const provinces = await db
        .selectFrom('unit')
        .select('id')
        .where('kind', '=', 'province')
        .where(inForceBetween('unit', FIRST_DAY, FIRST_DAY))
        .execute();
      const sets = provinces.flatMap(
        (p, i): { assigned: [string, string | null]; set: Insertable<PayrollRateSetTable> }[] => {
          const base = {
            provinceId: p.id,
            exampleKey: null,
            provinceName: p.id,
            resolutionNumber: null,
            resolutionDate: null,
            resolutionIssuer: null,
            source: 'Bộ mức tổng hợp cho phép đo',
            isExample: 1,
            effectiveTo: null,
            rates: JSON.stringify(SYNTHETIC_RATE_SET.rates),
            notes: '[]',
            createdBy: null,
            createdAt: now,
            updatedAt: now,
          };
          const first = {
            ...base,
            id: `bench-${p.id}-a`,
            title: 'Bộ mức đo (1)',
            effectiveFrom: '2024-07-01',
          };
          if (i % 2 === 1) return [{ assigned: ['2024-07-01', null], set: first }];
          const raised = SYNTHETIC_RATE_SET.rates.map((r) =>
            r.basis === 'fixed' ? { ...r, value: r.value + 20_000 } : { ...r, value: r.value + 0.1 },
          );
          return [
            { assigned: ['2024-07-01', `${MONTH}-15`], set: first },
            {
              assigned: [`${MONTH}-16`, null],
              set: {
                ...base,
                id: `bench-${p.id}-b`,
                title: 'Bộ mức đo (2)',
                effectiveFrom: '2024-07-01',
                rates: JSON.stringify(raised),
              },
            },
          ];
        },
      );
      await db.deleteFrom('payrollRateAssignment').execute();
      await db
        .insertInto('payrollRateSet')
        .values(sets.map((s) => s.set))
        .execute();
      await db
        .insertInto('payrollRateAssignment')
        .values(
          sets.map((s) => ({
            id: `${s.set.id}-assigned`,
            provinceId: s.set.provinceId,
            rateSetId: s.set.id,
            fromDate: s.assigned[0],
            toDate: s.assigned[1],
            createdBy: null,
            createdAt: now,
          })),
        )
        .execute();
      // A live database has been vacuumed and analyzed by autovacuum (its planner statistics, and the visibility
      // map that lets the count query read the history's (member, date) index alone); one just bulk-loaded not.
      if (context.engine === 'postgres') await sql`vacuum analyze`.execute(db);
      context.log(
        `built in ${formatMs(performance.now() - started)}: ${force.members.toLocaleString('en-US')} members, ` +
          `${communes.length.toLocaleString('en-US')} communes and ${provinces.length} provinces in force`,
      );

      started = performance.now();
      const outcome = await computePayrolls(db, systemActor(), communes, MONTH, {
        strict: false,
        lines: 'count',
      });
      const elapsed = performance.now() - started;
      const stored = await db
        .selectFrom('payroll')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum('total').as('total')])
        .where('month', '=', MONTH)
        .executeTakeFirstOrThrow();
      context.log(
        `computed and stored ${Number(stored.n).toLocaleString('en-US')} payrolls, ` +
          `${outcome.lines.toLocaleString('en-US')} lines, ${outcome.total.toLocaleString('en-US')} đ ` +
          `(${outcome.failed.length} failed) in ${formatMs(elapsed)}`,
      );
      context.log(
        Object.entries(computeTimings)
          .map(([phase, ms]) => `${phase} ${formatMs(ms)}`)
          .join(', '),
      );
      return [
        {
          label: 'compute',
          value: elapsed,
          unit: 'ms',
          target: { max: 5000 },
          detail: `${force.members.toLocaleString('en-US')} members, ${outcome.lines.toLocaleString('en-US')} lines`,
        },
      ];
    } finally {
      await database.close();
    }
  },
};
