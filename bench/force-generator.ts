// A generated national force for the benchmarks (SPEC §9: 100,000 villages and teams, 400,000 members): every
// commune of the database gets villages, one team each and members, written straight into the tables in
// batches (what the import and the forms write, with the name search's keys, minus history and audit rows,
// which no benchmarked read touches). The demo province gets the ~12,000 members SPEC §9 gives one province; the rest share the others.
// Names are made up from common Vietnamese name parts; CCCD numbers agree with the birth date and sex.
import { randomUUID } from 'node:crypto';
import { foldText } from '../src/domain/common/text.ts';
import { nameKeys } from '../src/domain/force/member-search.ts';
import type { Insertable } from 'kysely';
import type { Db } from '../src/server/db/database.ts';
import type {
  MemberNameKeyTable,
  MemberTable,
  TeamTable,
  TeamVillageTable,
  VillageTable,
} from '../src/server/db/schema.ts';
import { sampleCccd } from '../src/server/force/sample-data.ts';
import { inForceBetween } from '../src/server/org/org.repo.ts';

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = {
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Xuân', 'Thành'],
  female: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Hồng', 'Minh', 'Thúy'],
};
const GIVEN = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Đạt',
    'Giang',
    'Hải',
    'Hùng',
    'Khánh',
    'Long',
    'Mạnh',
    'Nam',
    'Phong',
    'Quân',
    'Sơn',
    'Thắng',
    'Trung',
    'Tuấn',
    'Việt',
    'Vinh',
  ],
  female: [
    'Anh',
    'Chi',
    'Dung',
    'Hà',
    'Hạnh',
    'Hoa',
    'Hương',
    'Lan',
    'Liên',
    'Linh',
    'Mai',
    'Nga',
    'Ngân',
    'Nhung',
    'Oanh',
    'Phương',
    'Quyên',
    'Thảo',
    'Trang',
    'Yến',
  ],
};
const ORIGINS = ['bao_ve_dan_pho', 'dan_phong', 'cong_an_xa_ban_chuyen_trach', 'new'] as const;

export function generatedName(n: number, sex: 'male' | 'female'): string {
  const surname = SURNAMES[n % SURNAMES.length] ?? 'Nguyễn';
  const middle = MIDDLE[sex][Math.floor(n / 7) % 8] ?? 'Văn';
  const given = GIVEN[sex][Math.floor(n / 3) % 20] ?? 'An';
  return `${surname} ${middle} ${given}`;
}

export interface GeneratedForce {
  villages: number;
  teams: number;
  members: number;
  /** A CCCD present in the demo province (for the exact-number search). */
  sampleCccd: string;
}

/** Rows per insert: SQLite binds at most 32,766 parameters; members have ~40 columns. */
const CHUNK = 400;

async function insertAll(
  db: Db,
  table: 'village' | 'team' | 'teamVillage' | 'member' | 'memberNameKey',
  rows: object[],
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/**
 * Fills every commune (or those in force on a day): `villagesPerCommune` villages with a team each; members so
 * that the communes under `busyProvincePath` hold about `busyProvinceMembers` and the whole country
 * `totalMembers`.
 */
export async function generateNationalForce(
  db: Db,
  options: {
    villagesPerCommune: number;
    totalMembers: number;
    busyProvincePath: string;
    busyProvinceMembers: number;
    /** Only the communes in force on this day (one edition of the catalogue); every commune when absent. */
    inForceOn?: string;
    log?: (line: string) => void;
  },
): Promise<GeneratedForce> {
  let query = db.selectFrom('unit').select(['id', 'path', 'code']).where('kind', '=', 'commune');
  if (options.inForceOn) query = query.where(inForceBetween('unit', options.inForceOn, options.inForceOn));
  const communes = await query.orderBy('path').execute();
  const busy = communes.filter((c) => c.path.startsWith(options.busyProvincePath));
  const others = communes.length - busy.length;
  if (busy.length === 0) throw new Error(`No commune under ${options.busyProvincePath} to fill`);
  const perBusyTeam = Math.max(
    1,
    Math.round(options.busyProvinceMembers / (busy.length * options.villagesPerCommune)),
  );
  const restMembers = options.totalMembers - perBusyTeam * busy.length * options.villagesPerCommune;
  const perOtherTeam = Math.max(1, restMembers / Math.max(1, others * options.villagesPerCommune));
  const now = new Date().toISOString();
  let n = 0;
  let members = 0;
  let teams = 0;
  let sample = '';
  let carry = 0;
  // One commune's rows at a time keep memory flat; one transaction per 200 communes keeps it quick.
  for (let c = 0; c < communes.length; c += 200) {
    const villageRows: Insertable<VillageTable>[] = [];
    const teamRows: Insertable<TeamTable>[] = [];
    const links: TeamVillageTable[] = [];
    const memberRows: Insertable<MemberTable>[] = [];
    const keyRows: MemberNameKeyTable[] = [];
    for (const commune of communes.slice(c, c + 200)) {
      const isBusy = commune.path.startsWith(options.busyProvincePath);
      const provinceId = commune.path.split('/')[1] ?? '';
      for (let v = 0; v < options.villagesPerCommune; v += 1) {
        const villageId = randomUUID();
        const teamId = randomUUID();
        const kind = v % 3 === 0 ? 'to_dan_pho' : 'thon';
        const name = `${kind === 'thon' ? 'Xóm' : 'Tổ dân phố'} Số ${v + 1}`;
        const households = 150 + ((n + v * 37) % 700);
        villageRows.push({
          id: villageId,
          unitId: commune.id,
          previousUnitId: null,
          name,
          searchName: foldText(name),
          kind,
          households,
          population: households * 4,
          areaHectares: null,
          villageClass: (v % 3) + 1,
          areaTypes: v % 4 === 0 ? '["mountain"]' : '[]',
          securityRating: 'normal' as const,
          validFrom: null,
          validTo: null,
          note: null,
          createdAt: now,
          updatedAt: now,
        });
        teamRows.push({
          id: teamId,
          unitId: commune.id,
          previousUnitId: null,
          name: `Tổ bảo vệ ANTT ${name}`,
          searchName: foldText(`Tổ bảo vệ ANTT ${name}`),
          status: 'active' as const,
          decisionNumber: `${v + 1}/QĐ-UBND`,
          decisionDate: '2024-07-15',
          decisionSigner: 'Chủ tịch UBND xã',
          dissolutionDecisionNumber: null,
          dissolutionDecisionDate: null,
          dissolutionDecisionSigner: null,
          dissolutionNote: null,
          note: null,
          createdAt: now,
          updatedAt: now,
        });
        links.push({ teamId, villageId });
        teams += 1;
        carry += isBusy ? perBusyTeam : perOtherTeam;
        const count = Math.floor(carry);
        carry -= count;
        for (let m = 0; m < count; m += 1) {
          const sex = n % 3 === 0 ? ('female' as const) : ('male' as const);
          const year = 1960 + (n % 40);
          const dateOfBirth = `${year}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
          const fullName = generatedName(n, sex);
          const cccd = sampleCccd(dateOfBirth, sex, n);
          if (isBusy && !sample) sample = cccd;
          const memberId = randomUUID();
          const searchName = foldText(fullName);
          for (const key of nameKeys(fullName))
            keyRows.push({ provinceId, key, memberId, searchName, unitId: commune.id });
          memberRows.push({
            id: memberId,
            unitId: commune.id,
            provinceId,
            previousUnitId: null,
            teamId,
            villageId,
            fullName,
            searchName,
            dateOfBirth,
            sex,
            ethnicity: 'Kinh',
            isVietnameseCitizen: 1,
            cccd,
            residence: `${name}, ${commune.code}`,
            residenceKind: 'permanent' as const,
            residenceSince: '2010-01-01',
            phone: `09${String(n).padStart(8, '0')}`,
            education: n % 5 === 0 ? 'thcs' : 'thpt',
            recordStatus: 'clean',
            healthCertifiedOn: '2024-06-01',
            role: m === 0 ? ('to_truong' as const) : m === 1 ? ('to_pho' as const) : ('to_vien' as const),
            origin: ORIGINS[n % ORIGINS.length] ?? 'new',
            status: 'active' as const,
            recognitionDecisionNumber: `${v + 20}/QĐ-UBND`,
            recognitionDecisionDate: '2024-07-20',
            chairmanAgeException: 0,
            suspendedFrom: null,
            leaveReason: null,
            leftOn: null,
            leaveDecisionNumber: null,
            certificateNumber: null,
            certificateIssuedOn: null,
            namePlateIssuedOn: null,
            healthInsuranceNumber: null,
            note: null,
            createdAt: now,
            updatedAt: now,
          });
          n += 1;
        }
      }
    }
    await db.transaction().execute(async (trx) => {
      await insertAll(trx, 'village', villageRows);
      await insertAll(trx, 'team', teamRows);
      await insertAll(trx, 'teamVillage', links);
      await insertAll(trx, 'member', memberRows);
      await insertAll(trx, 'memberNameKey', keyRows);
    });
    members += memberRows.length;
    if (options.log && c % 2000 === 0) options.log(`  … ${members.toLocaleString('en-US')} members so far`);
  }
  return { villages: teams, teams, members, sampleCccd: sample };
}
