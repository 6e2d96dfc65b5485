import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foldText } from '../../domain/common/text.ts';
import type {
  Member,
  MemberPage,
  MemberSummary,
  Team,
  Village,
} from '../../domain/force/force-api.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { sampleMember } from './sample-data.ts';

describe.each(inject('testDialects'))('force members on %s', (dialect) => {
  let t: TestContext;
  let hungSon: string;
  let quanTrieu: string;
  let village: Village;
  let team: Team;
  let otherTeam: Team;
  // One millisecond per reading, so that audit rows (ordered by time) keep the order of the requests.
  let tick = 0;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date(Date.parse('2025-03-10T03:00:00.000Z') + tick++),
    });
    hungSon = await t.unitId('05761');
    quanTrieu = await t.unitId('05431');
  });
  afterAll(() => t.close());

  it('keeps villages and teams of a commune, refusing other communes (404) and duplicates (409)', async () => {
    const hs = await t.as('ca.hungson');
    const created = await hs({
      method: 'POST',
      url: '/api/villages',
      payload: {
        unitId: hungSon,
        name: 'Tổ dân phố Thử Nghiệm 1',
        kind: 'to_dan_pho',
        households: 420,
        population: 1600,
        areaHectares: 35.5,
        villageClass: 2,
        areaTypes: ['mountain'],
        securityRating: 'normal',
      },
    });
    expect(created.statusCode).toBe(201);
    village = created.json<Village>();
    expect(village).toMatchObject({ unit: { id: hungSon }, inPost: 0, teams: [] });
    expect(village.problems).toContain('Chưa có Tổ bảo vệ an ninh, trật tự phụ trách.');

    const duplicate = await hs({
      method: 'POST',
      url: '/api/villages',
      payload: { ...created.json<Village>(), unitId: hungSon, name: 'tổ dân phố thử nghiệm 1' },
    });
    expect(duplicate.statusCode).toBe(409);

    const elsewhere = await hs({
      method: 'POST',
      url: '/api/villages',
      payload: {
        unitId: quanTrieu,
        name: 'Tổ 99',
        kind: 'to_dan_pho',
        households: 10,
        population: 40,
        areaHectares: null,
        villageClass: null,
      },
    });
    expect(elsewhere.statusCode).toBe(404);

    const teamRes = await hs({
      method: 'POST',
      url: '/api/teams',
      payload: {
        name: 'Tổ bảo vệ ANTT TDP Thử Nghiệm 1',
        villageIds: [village.id],
        decisionNumber: '15/QĐ-UBND',
        decisionDate: '2024-07-15',
        decisionSigner: 'Chủ tịch UBND thị trấn',
      },
    });
    expect(teamRes.statusCode).toBe(201);
    team = teamRes.json<Team>();
    expect(team).toMatchObject({ unit: { id: hungSon }, status: 'active', villages: [{ id: village.id }] });
    expect(team.problems[0]).toMatch(/chưa có Tổ trưởng/);
    otherTeam = (
      await hs({
        method: 'POST',
        url: '/api/teams',
        payload: {
          name: 'Tổ bảo vệ ANTT số 2',
          villageIds: [village.id],
          decisionNumber: '16/QĐ-UBND',
          decisionDate: '2024-07-15',
          decisionSigner: 'Chủ tịch UBND thị trấn',
        },
      })
    ).json<Team>();

    const leader = await t.as('ubndtinh');
    expect(
      (
        await leader({
          method: 'POST',
          url: '/api/villages',
          payload: {
            unitId: hungSon,
            name: 'X',
            kind: 'thon',
            households: 1,
            population: 1,
            areaHectares: null,
            villageClass: null,
          },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('checks the Law’s criteria on entry, with a Vietnamese reason per field (422)', async () => {
    const hs = await t.as('ca.hungson');
    const old = sampleMember(1, team.id, { dateOfBirth: '1953-05-01', cccd: '019053000101' });
    const tooOld = await hs({ method: 'POST', url: '/api/members', payload: old });
    expect(tooOld.statusCode).toBe(422);
    expect(tooOld.json().errors).toEqual([
      expect.objectContaining({
        path: '/dateOfBirth',
        message: expect.stringMatching(/71 tuổi, quá 70 tuổi/),
      }),
    ]);
    const allowed = await hs({
      method: 'POST',
      url: '/api/members',
      payload: { ...old, chairmanAgeException: true },
    });
    expect(allowed.statusCode).toBe(201);
    expect(allowed.json<Member>().chairmanAgeException).toBe(true);

    const newcomer = await hs({
      method: 'POST',
      url: '/api/members',
      payload: sampleMember(2, team.id, {
        residenceSince: '2024-09-01',
        education: 'tieu_hoc',
        villageId: null,
      }),
    });
    expect(newcomer.statusCode).toBe(422);
    const paths = newcomer.json().errors.map((e: { path: string }) => e.path);
    // Hùng Sơn's village is mountainous: primary school suffices there; residence under a year does not.
    expect(paths).toEqual(['/residenceSince']);
    expect(newcomer.json().errors[0].message).toMatch(/chưa đủ 01 năm/);

    const wrongCccd = await hs({
      method: 'POST',
      url: '/api/members',
      payload: sampleMember(3, team.id, { cccd: '019185000003', dateOfBirth: '1990-01-01', sex: 'male' }),
    });
    expect(wrongCccd.statusCode).toBe(422);
    expect(wrongCccd.json().errors.every((e: { path: string }) => e.path === '/cccd')).toBe(true);

    const badInput = await hs({
      method: 'POST',
      url: '/api/members',
      payload: { ...sampleMember(4, team.id), cccd: '12ab' },
    });
    expect(badInput.statusCode).toBe(400);
  });

  it('keeps exactly one Tổ trưởng per team (409 with a clear message)', async () => {
    const hs = await t.as('ca.hungson');
    const first = await hs({
      method: 'POST',
      url: '/api/members',
      payload: sampleMember(10, team.id, { role: 'to_truong', villageId: village.id }),
    });
    expect(first.statusCode).toBe(201);
    const second = await hs({
      method: 'POST',
      url: '/api/members',
      payload: sampleMember(11, team.id, { role: 'to_truong' }),
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toMatch(/đã có Tổ trưởng Nguyễn \p{L}+ Mẫu M\./u);
    // Another team may have its own.
    const other = await hs({
      method: 'POST',
      url: '/api/members',
      payload: sampleMember(11, otherTeam.id, { role: 'to_truong' }),
    });
    expect(other.statusCode).toBe(201);
    // Promoting a second member of the same team is refused too; demoting first then promoting works.
    const deputy = (
      await hs({
        method: 'POST',
        url: '/api/members',
        payload: sampleMember(12, team.id, { role: 'to_pho' }),
      })
    ).json<Member>();
    const promote = await hs({
      method: 'PATCH',
      url: `/api/members/${deputy.id}`,
      payload: { version: deputy.version, role: 'to_truong' },
    });
    expect(promote.statusCode).toBe(409);
    const leader = first.json<Member>();
    const demoted = await hs({
      method: 'PATCH',
      url: `/api/members/${leader.id}`,
      payload: { version: leader.version, role: 'to_vien', effectiveDate: '2025-03-10' },
    });
    expect(demoted.statusCode).toBe(200);
    const promoted = await hs({
      method: 'PATCH',
      url: `/api/members/${deputy.id}`,
      payload: { version: deputy.version, role: 'to_truong', effectiveDate: '2025-03-10' },
    });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json<Member>().history.map((h) => [h.change, h.role])).toEqual([
      ['joined', 'to_pho'],
      ['role', 'to_truong'],
    ]);
    const teamNow = await hs({ method: 'GET', url: `/api/teams/${team.id}` });
    expect(teamNow.json<Team>()).toMatchObject({ leader: { id: deputy.id }, problems: [] });
  });

  it('lists members masked, filtered and searched without diacritics; reveals whole values, audited', async () => {
    const hs = await t.as('ca.hungson');
    const list = await hs({ method: 'GET', url: `/api/members?unitId=${hungSon}&q=mau m&sort=name` });
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: MemberSummary[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    const member = items[0] as MemberSummary;
    expect(member.fullName).toMatch(/Mẫu M/);
    expect(member.cccd).toMatch(/^\d{4}\*{6}\d{2}$/);
    expect(member.phone).toMatch(/^\d{3}\*+\d{2}$/);
    const leaders = await hs({ method: 'GET', url: '/api/members?role=to_truong' });
    expect(leaders.json<{ items: MemberSummary[] }>().items.every((m) => m.role === 'to_truong')).toBe(true);
    const byTeam = (await hs({ method: 'GET', url: '/api/members?sort=team&order=desc' })).json<{
      items: MemberSummary[];
    }>().items;
    const teamKeys = byTeam.map((m) => foldText(m.team.name));
    expect(new Set(teamKeys).size).toBeGreaterThan(1);
    expect(teamKeys).toEqual([...teamKeys].sort().reverse());

    const detail = await hs({ method: 'GET', url: `/api/members/${member.id}` });
    expect(detail.json<Member>().cccd).toBe(member.cccd);
    const reveal = await hs({ method: 'POST', url: `/api/members/${member.id}/reveal` });
    expect(reveal.statusCode).toBe(200);
    expect(reveal.json().cccd).toMatch(/^\d{12}$/);
    expect(reveal.json().cccd.slice(0, 4)).toBe(member.cccd.slice(0, 4));
    const byCccd = await hs({ method: 'GET', url: `/api/members?q=${reveal.json().cccd}` });
    expect(byCccd.json<{ items: MemberSummary[] }>().items.map((m) => m.id)).toEqual([member.id]);
    const audit = await auditRowsFor(t.db, 'member', member.id);
    const reveals = audit.filter((a) => a.action === 'reveal');
    expect(reveals).toHaveLength(1);
    expect(reveals[0]?.userId).toBe(await t.userId('ca.hungson'));
    // The creation's audit row holds no whole CCCD.
    expect(audit.find((a) => a.action === 'create')?.after).not.toContain(reveal.json().cccd);

    // The district above the commune may reveal too; the province coordinator as well.
    for (const username of ['ubnd.daitu', 'congantinh']) {
      const other = await t.as(username);
      expect((await other({ method: 'POST', url: `/api/members/${member.id}/reveal` })).statusCode).toBe(200);
    }
    expect((await auditRowsFor(t.db, 'member', member.id)).filter((a) => a.action === 'reveal')).toHaveLength(
      3,
    );
  });

  it('hides Hùng Sơn’s members from Quán Triều and Quán Triều’s from Hùng Sơn (404 on read and change)', async () => {
    const hs = await t.as('ca.hungson');
    const qt = await t.as('ca.quantrieu');
    const qtVillage = (
      await qt({
        method: 'POST',
        url: '/api/villages',
        payload: {
          unitId: quanTrieu,
          name: 'Tổ dân phố Mẫu 7',
          kind: 'to_dan_pho',
          households: 300,
          population: 1200,
          areaHectares: null,
          villageClass: 1,
        },
      })
    ).json<Village>();
    const qtTeam = (
      await qt({
        method: 'POST',
        url: '/api/teams',
        payload: {
          name: 'Tổ bảo vệ ANTT TDP 7',
          villageIds: [qtVillage.id],
          decisionNumber: '20/QĐ-UBND',
          decisionDate: '2024-07-20',
          decisionSigner: 'Chủ tịch UBND phường',
        },
      })
    ).json<Team>();
    const qtMember = await qt({
      method: 'POST',
      url: '/api/members',
      payload: sampleMember(40, qtTeam.id, { role: 'to_truong' }),
    });
    expect(qtMember.statusCode).toBe(201);
    const id = qtMember.json<Member>().id;
    const version = qtMember.json<Member>().version;
    const attempts = [
      { method: 'GET', url: `/api/members/${id}` },
      { method: 'PATCH', url: `/api/members/${id}`, payload: { version, note: 'x' } },
      { method: 'POST', url: `/api/members/${id}/reveal` },
      {
        method: 'POST',
        url: `/api/members/${id}/leave`,
        payload: { version, reason: 'a', date: '2025-03-01' },
      },
      {
        method: 'POST',
        url: `/api/members/${id}/trainings`,
        payload: { kind: 'training', title: 'x', startedOn: '2025-01-01' },
      },
      { method: 'GET', url: `/api/teams/${qtTeam.id}` },
      { method: 'GET', url: `/api/villages/${qtVillage.id}` },
      { method: 'GET', url: `/api/members?unitId=${quanTrieu}` },
      { method: 'GET', url: `/api/members/export.xlsx?unitId=${quanTrieu}&reveal=true` },
      { method: 'POST', url: '/api/members', payload: sampleMember(41, qtTeam.id) },
    ] as const;
    for (const attempt of attempts) {
      const res = await hs(attempt);
      expect(res.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
    }
    const list = await hs({ method: 'GET', url: '/api/members?limit=500' });
    expect(list.json<{ items: MemberSummary[] }>().items.some((m) => m.unit.id === quanTrieu)).toBe(false);
    const badFilter = await hs({ method: 'GET', url: '/api/members/export.xlsx?sort=nope&reveal=true' });
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json().errors[0]).toMatchObject({ path: '/sort' });
    // Nothing changed; no reveal was logged for Hùng Sơn's user.
    const audit = await auditRowsFor(t.db, 'member', id);
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect((await auditRowsFor(t.db, 'member')).some((a) => a.action === 'reveal_export')).toBe(false);
  });

  it('finds a member by the start of any word of the name, only in scope, and by the new name after a rename', async () => {
    const hs = await t.as('ca.hungson');
    const created = await hs({
      method: 'POST',
      url: '/api/members',
      payload: sampleMember(60, team.id, { role: 'to_vien', fullName: 'Lý Thị Thu Trạng' }),
    });
    expect(created.statusCode).toBe(201);
    const member = created.json<Member>();
    const search = async (username: string, q: string) => {
      const user = await t.as(username);
      const res = await user({ method: 'GET', url: `/api/members?q=${encodeURIComponent(q)}` });
      expect(res.statusCode).toBe(200);
      return res.json<MemberPage>();
    };
    const found = async (username: string, q: string) =>
      (await search(username, q)).items.map((m) => m.id).includes(member.id);
    // Any word start, and the words after it as typed, with or without diacritics.
    for (const q of ['ly thi', 'Thu Trạng', 'thu tr', 'trang', 'TRẠNG'])
      expect(await found('ca.hungson', q)).toBe(true);
    // Not from the middle of a word (the search reads an index of word starts).
    for (const q of ['hu trang', 'rang', 'thi trang']) expect(await found('ca.hungson', q)).toBe(false);
    // The district and the province find it; another commune does not.
    expect(await found('ubnd.daitu', 'thu trang')).toBe(true);
    const province = await search('congantinh', 'thu trang');
    expect(province.items.map((m) => m.id)).toEqual([member.id]);
    expect(province).toMatchObject({ total: 1, totalCapped: false });
    expect(await found('ca.quantrieu', 'thu trang')).toBe(false);

    const renamed = await hs({
      method: 'PATCH',
      url: `/api/members/${member.id}`,
      payload: { version: member.version, fullName: 'Lý Thị Thu Hằng' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(await found('ca.hungson', 'thu trang')).toBe(false);
    expect(await found('ca.hungson', 'thu hang')).toBe(true);
    expect(await found('congantinh', 'hang')).toBe(true);
  });

  it('records leaving with reason and date, keeps the record and its history', async () => {
    const hs = await t.as('ca.hungson');
    const member = (
      await hs({
        method: 'POST',
        url: '/api/members',
        payload: sampleMember(50, team.id, { recognitionDecisionDate: '2024-08-01' }),
      })
    ).json<Member>();
    const beforeJoining = await hs({
      method: 'POST',
      url: `/api/members/${member.id}/leave`,
      payload: { version: member.version, reason: 'a', date: '2024-07-01' },
    });
    expect(beforeJoining.statusCode).toBe(400);
    expect(beforeJoining.json().errors[0].path).toBe('/date');
    const left = await hs({
      method: 'POST',
      url: `/api/members/${member.id}/leave`,
      payload: { version: member.version, reason: 'a', date: '2025-03-05', decisionNumber: '30/QĐ-UBND' },
    });
    expect(left.statusCode).toBe(200);
    expect(left.json<Member>()).toMatchObject({ status: 'left', leaveReason: 'a', leftOn: '2025-03-05' });
    expect(left.json<Member>().history.at(-1)).toMatchObject({ change: 'left', effectiveDate: '2025-03-05' });
    const again = await hs({
      method: 'PATCH',
      url: `/api/members/${member.id}`,
      payload: { version: left.json<Member>().version, note: 'x' },
    });
    expect(again.statusCode).toBe(422);
    const badReason = await hs({
      method: 'POST',
      url: `/api/members/${member.id}/leave`,
      payload: { version: left.json<Member>().version, reason: 'e', date: '2025-03-05' },
    });
    expect(badReason.statusCode).toBe(400);
  });

  it('keeps trainings, equipment and merits, suspends and reinstates; 400 on bad input, 404 elsewhere, nothing written', async () => {
    const hs = await t.as('ca.hungson');
    const qt = await t.as('ca.quantrieu');
    const created = await hs({
      method: 'POST',
      url: '/api/members',
      payload: sampleMember(90, otherTeam.id, { recognitionDecisionDate: '2024-08-01' }),
    });
    expect(created.statusCode).toBe(201);
    const member = created.json<Member>();
    const url = `/api/members/${member.id}`;
    const records = [
      {
        kind: 'trainings',
        good: { kind: 'training', title: 'Huấn luyện 2025', startedOn: '2025-02-10', endedOn: '2025-02-12' },
        bad: { kind: 'training', title: 'Huấn luyện 2025', startedOn: '2025-02-10', endedOn: '2025-02-01' },
        badPath: '/endedOn',
      },
      {
        kind: 'equipment',
        good: { item: 'Áo mưa', quantity: 2, issuedOn: '2025-01-05' },
        bad: { item: 'Áo mưa', quantity: 0, issuedOn: '2025-01-05' },
        badPath: '/quantity',
      },
      {
        kind: 'merits',
        good: {
          kind: 'commendation',
          decisionNumber: '05/QĐ-UBND',
          decisionDate: '2025-01-20',
          content: 'Khen thưởng',
        },
        bad: { kind: 'bonus', decisionNumber: '05/QĐ-UBND', decisionDate: '2025-01-20', content: 'x' },
        badPath: '/kind',
      },
    ] as const;
    for (const record of records) {
      const bad = await hs({ method: 'POST', url: `${url}/${record.kind}`, payload: record.bad });
      expect(bad.statusCode, record.kind).toBe(400);
      expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain(record.badPath);
      const elsewhere = await qt({ method: 'POST', url: `${url}/${record.kind}`, payload: record.good });
      expect(elsewhere.statusCode, record.kind).toBe(404);
      const good = await hs({ method: 'POST', url: `${url}/${record.kind}`, payload: record.good });
      expect(good.statusCode, record.kind).toBe(201);
      expect(good.json<Member>()[record.kind]).toEqual([expect.objectContaining(record.good)]);
    }
    const readOnly = await t.as('ubndtinh');
    expect(
      (await readOnly({ method: 'POST', url: `${url}/merits`, payload: records[2].good })).statusCode,
    ).toBe(403);

    const withRecords = (await hs({ method: 'GET', url })).json<Member>();
    const trainingId = withRecords.trainings[0]?.id as string;
    expect((await qt({ method: 'DELETE', url: `${url}/trainings/${trainingId}` })).statusCode).toBe(404);
    expect((await hs({ method: 'DELETE', url: `${url}/merits/${trainingId}` })).statusCode).toBe(404);
    expect((await hs({ method: 'DELETE', url: `${url}/awards/${trainingId}` })).statusCode).toBe(400);
    const deleted = await hs({ method: 'DELETE', url: `${url}/trainings/${trainingId}` });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json<Member>()).toMatchObject({
      trainings: [],
      equipment: [expect.objectContaining({ item: 'Áo mưa' })],
      merits: [expect.objectContaining({ decisionNumber: '05/QĐ-UBND' })],
    });

    const suspension = {
      version: member.version,
      status: 'suspended',
      date: '2025-03-01',
      note: 'Ốm dài ngày',
    };
    expect(
      (await hs({ method: 'POST', url: `${url}/status`, payload: { ...suspension, status: 'left' } }))
        .statusCode,
    ).toBe(400);
    const beforeJoining = await hs({
      method: 'POST',
      url: `${url}/status`,
      payload: { ...suspension, date: '2024-07-01' },
    });
    expect(beforeJoining.statusCode).toBe(400);
    expect(beforeJoining.json().errors[0]).toMatchObject({
      path: '/date',
      message: expect.stringMatching(/01\/08\/2024/),
    });
    expect((await qt({ method: 'POST', url: `${url}/status`, payload: suspension })).statusCode).toBe(404);
    const suspended = await hs({ method: 'POST', url: `${url}/status`, payload: suspension });
    expect(suspended.statusCode).toBe(200);
    expect(suspended.json<Member>()).toMatchObject({ status: 'suspended', suspendedFrom: '2025-03-01' });
    const again = await hs({
      method: 'POST',
      url: `${url}/status`,
      payload: { ...suspension, version: suspended.json<Member>().version },
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().detail).toMatch(/đang bị tạm đình chỉ/);
    const reinstated = await hs({
      method: 'POST',
      url: `${url}/status`,
      payload: { version: suspended.json<Member>().version, status: 'active', date: '2025-03-08' },
    });
    expect(reinstated.json<Member>()).toMatchObject({ status: 'active', suspendedFrom: null });
    expect(reinstated.json<Member>().history.map((h) => h.change)).toEqual(['joined', 'status', 'status']);
    // Quán Triều's attempts left no trace.
    const audit = await auditRowsFor(t.db, 'member', member.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'suspend', 'reinstate']);
  });

  it('checks a draft against the entry criteria without writing it; 400 on bad input, 404 for another commune’s team', async () => {
    const hs = await t.as('ca.hungson');
    const before = await t.db
      .selectFrom('member')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    const draft = sampleMember(95, team.id);
    const fine = await hs({ method: 'POST', url: '/api/members/check', payload: draft });
    expect(fine.statusCode).toBe(200);
    expect(fine.json()).toEqual({ eligible: true, errors: [] });
    const tooOld = await hs({
      method: 'POST',
      url: '/api/members/check',
      payload: { ...draft, dateOfBirth: '1950-01-01', cccd: '019050000095' },
    });
    expect(tooOld.json()).toMatchObject({
      eligible: false,
      errors: [{ path: '/dateOfBirth', message: expect.stringMatching(/quá 70 tuổi/) }],
    });
    const bad = await hs({ method: 'POST', url: '/api/members/check', payload: { ...draft, cccd: '12ab' } });
    expect(bad.statusCode).toBe(400);
    const qtTeam = await t.db
      .selectFrom('team')
      .select('id')
      .where('unitId', '=', quanTrieu)
      .executeTakeFirstOrThrow();
    const elsewhere = await hs({
      method: 'POST',
      url: '/api/members/check',
      payload: { ...draft, teamId: qtTeam.id },
    });
    expect(elsewhere.statusCode).toBe(404);
    const after = await t.db
      .selectFrom('member')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(after?.n)).toBe(Number(before?.n));
  });
});
