// Issue 5 (SPEC §9): the grassroots force. A commune's member list of 10,000 rows imported from .xlsx (parse,
// every check of entry, one transaction; under 5 s), the member search at national scale (400,000 members,
// p95 under 50 ms with 50 clients), and the province's gap view on the same data.
import { loadDemoDataIfEmpty } from '../../src/server/demo/demo.service.ts';
import { systemActor } from '../../src/server/http/actor.ts';
import { commitMemberImport, previewMemberImport } from '../../src/server/force/members-import.service.ts';
import { memberWorkbook, sampleSheetRow, type SheetCells } from '../../src/server/force/sample-data.ts';
import { createTeam } from '../../src/server/force/teams.service.ts';
import { createVillage } from '../../src/server/force/villages.service.ts';
import { nationalForce } from '../datasets.ts';
import { httpLoadFigures } from '../http-bench.ts';
import { formatMs } from '../stats.ts';
import type { Benchmark } from '../types.ts';

const IMPORT_ROWS = 10_000;
const IMPORT_TEAMS = 40;

export const forceImportBenchmark: Benchmark = {
  name: 'force-import',
  description: `a commune's member list of ${IMPORT_ROWS.toLocaleString('en-US')} rows imported from .xlsx (checks + one transaction)`,
  async run(context) {
    const database = await context.freshDatabase('force-import');
    try {
      await loadDemoDataIfEmpty(database.db, new Date(), { withReports: false });
      const actor = systemActor();
      const commune = await database.db
        .selectFrom('unit')
        .select('id')
        .where('code', '=', '05761')
        .executeTakeFirstOrThrow();
      const teamNames: string[] = [];
      const villageNames: string[] = [];
      for (let i = 0; i < IMPORT_TEAMS; i += 1) {
        const name = `Xóm Đo Tải ${i + 1}`;
        const village = await createVillage(database.db, actor, {
          unitId: commune.id,
          name,
          kind: 'thon',
          households: 400,
          population: 1600,
          areaHectares: null,
          villageClass: 1,
          areaTypes: [],
          securityRating: 'normal',
        });
        const team = await createTeam(database.db, actor, {
          name: `Tổ bảo vệ ANTT ${name}`,
          villageIds: [village.id],
          decisionNumber: `${i + 1}/QĐ-UBND`,
          decisionDate: '2024-07-15',
          decisionSigner: 'Chủ tịch UBND thị trấn',
        });
        teamNames.push(team.name);
        villageNames.push(name);
      }
      const rows: SheetCells[] = Array.from({ length: IMPORT_ROWS }, (_, n) => {
        const team = n % IMPORT_TEAMS;
        return sampleSheetRow(20_000 + n, teamNames[team] ?? '', villageNames[team] ?? '', {
          stt: n + 1,
          role: n < IMPORT_TEAMS ? 'Tổ trưởng' : n < 2 * IMPORT_TEAMS ? 'Tổ phó' : 'Tổ viên',
        });
      });
      const file = await memberWorkbook(rows);
      context.log(`${(file.length / 1024 / 1024).toFixed(1)} MB .xlsx, ${IMPORT_TEAMS} teams of one commune`);

      let started = performance.now();
      const preview = await previewMemberImport(database.db, { ...actor, ...ADMIN_SCOPE }, commune.id, file);
      const previewMs = performance.now() - started;
      started = performance.now();
      const result = await commitMemberImport(database.db, actor, commune.id, file, {
        mode: 'all',
        corrections: [],
      });
      const commitMs = performance.now() - started;
      context.log(
        `preview (read + check, nothing written): ${formatMs(previewMs)}, ${preview.invalid} bad rows; ` +
          `commit (read + check + write): ${formatMs(commitMs)}, ${result.created.toLocaleString('en-US')} members created`,
      );
      return [
        { label: 'commit', value: commitMs, unit: 'ms', target: { max: 5000 } },
        { label: 'preview', value: previewMs, unit: 'ms' },
        {
          label: 'members created',
          value: result.created,
          unit: 'count',
          target: { min: IMPORT_ROWS },
          detail: `${preview.invalid} rows refused by the checks`,
        },
      ];
    } finally {
      await database.close();
    }
  },
};

/** The preview takes a signed-in user; the system acts with the whole country in scope. */
const ADMIN_SCOPE = {
  username: 'system',
  displayName: 'system',
  role: 'admin' as const,
  unitId: '',
  userId: '',
  scopePath: '/',
  requestId: 'bench',
};

/** What a member search box sees: common name parts with and without diacritics, a filter, a whole CCCD. */
function memberRequests(cccd: string) {
  return [
    { label: 'q=nguyen van', path: '/api/members?q=nguyen%20van' },
    { label: 'q=Hoàng Thị', path: `/api/members?q=${encodeURIComponent('Hoàng Thị')}` },
    { label: 'q=hoa', path: '/api/members?q=hoa' },
    { label: 'q=tran thu trang', path: '/api/members?q=tran%20thu%20trang' },
    { label: 'role=to_truong', path: '/api/members?role=to_truong&sort=team' },
    { label: 'status+origin', path: '/api/members?status=active&origin=dan_phong&sort=dateOfBirth' },
    { label: 'q=<cccd>', path: `/api/members?q=${cccd}` },
    { label: 'page 20', path: '/api/members?offset=1000&limit=50' },
  ];
}

export const forceMemberSearchBenchmark: Benchmark = {
  name: 'force-member-search',
  description:
    'GET /api/members?q=… as the provincial coordinator (~12,000 members in scope of 400,000), 50 concurrent clients',
  async run(context) {
    const data = await nationalForce(context);
    return httpLoadFigures(context, {
      databaseUrl: data.url,
      username: 'congantinh',
      requests: memberRequests(data.force.sampleCccd),
      p95TargetMs: 50,
    });
  },
};

export const forceCommuneSearchBenchmark: Benchmark = {
  name: 'force-commune-search',
  description:
    'GET /api/members as a commune police user (its commune of 400,000 members), 50 concurrent clients',
  async run(context) {
    const data = await nationalForce(context);
    return httpLoadFigures(context, {
      databaseUrl: data.url,
      username: 'ca.hungson',
      requests: [
        { label: 'list', path: '/api/members' },
        { label: 'q=van', path: '/api/members?q=van' },
        { label: 'role=to_vien', path: '/api/members?role=to_vien&sort=team' },
      ],
      p95TargetMs: 50,
    });
  },
};

/** The province view is opened by a handful of provincial users, not on every page: a few clients. */
const GAP_VIEW_CLIENTS = 5;

export const forceGapViewBenchmark: Benchmark = {
  name: 'force-gap-view',
  description: `GET /api/force/overview (the province's totals and gaps by district and commune over ~1,250 villages) and the villages short of members, as the coordinator, ${GAP_VIEW_CLIENTS} concurrent clients`,
  async run(context) {
    const data = await nationalForce(context);
    return httpLoadFigures(
      { ...context, settings: { ...context.settings, concurrency: GAP_VIEW_CLIENTS } },
      {
        databaseUrl: data.url,
        username: 'congantinh',
        requests: [
          { label: 'overview', path: '/api/force/overview' },
          { label: 'villages gapsOnly', path: '/api/villages?gapsOnly=true&sort=gap' },
        ],
      },
    );
  },
};
