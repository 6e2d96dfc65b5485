import { randomUUID } from 'node:crypto';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {
  HolidayYear,
  LateStep,
  Member,
  Procedure,
  ProcedureSummary,
  RuleSet,
  ShippedRuleSet,
  Team,
  Village,
} from '../../domain/force/force-api.schemas.ts';
import { readWorkbook } from '../test/xlsx.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { systemActor } from '../http/actor.ts';
import { chooseRuleSet } from './rule-sets.service.ts';
import { sampleMember } from './sample-data.ts';

const docxText = async (payload: Buffer) => (await mammoth.extractRawText({ buffer: payload })).value;

describe.each(inject('testDialects'))('force procedures, rule sets and holidays on %s', (dialect) => {
  let t: TestContext;
  let hungSon: string;
  let quanTrieu: string;
  let province: string;
  let village: Village;
  let team: Team;
  const members: Member[] = [];
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date('2025-03-10T03:00:00.000Z'),
    });
    hungSon = await t.unitId('05761');
    quanTrieu = await t.unitId('05431');
    province = (
      await t.db
        .selectFrom('unit')
        .select('id')
        .where('kind', '=', 'province')
        .where('code', '=', '19')
        .executeTakeFirstOrThrow()
    ).id;
    const hs = await t.as('ca.hungson');
    village = (
      await hs({
        method: 'POST',
        url: '/api/villages',
        payload: {
          unitId: hungSon,
          name: 'Tổ dân phố Thủ Tục',
          kind: 'to_dan_pho',
          households: 620,
          population: 2400,
          areaHectares: null,
          villageClass: 1,
        },
      })
    ).json<Village>();
    team = (
      await hs({
        method: 'POST',
        url: '/api/teams',
        payload: {
          name: 'Tổ bảo vệ ANTT TDP Thủ Tục',
          villageIds: [village.id],
          decisionNumber: '05/QĐ-UBND',
          decisionDate: '2024-07-05',
          decisionSigner: 'Chủ tịch UBND thị trấn',
        },
      })
    ).json<Team>();
    for (const [n, role] of [
      [300, 'to_truong'],
      [301, 'to_pho'],
      [302, 'to_vien'],
    ] as const) {
      const res = await hs({
        method: 'POST',
        url: '/api/members',
        payload: sampleMember(n, team.id, { role, villageId: village.id, recognitionDecisionDate: null }),
      });
      expect(res.statusCode).toBe(201);
      members.push(res.json<Member>());
    }
  });
  afterAll(() => t.close());

  it('keeps a holiday table per year: defaults with Tết, edited by the admin only', async () => {
    const hs = await t.as('ca.hungson');
    const year = await hs({ method: 'GET', url: '/api/force/holidays/2025' });
    expect(year.statusCode).toBe(200);
    const body = year.json<HolidayYear>();
    expect(body.edited).toBe(false);
    expect(body.items.filter((h) => h.name === 'Tết Nguyên đán').map((h) => h.date)).toContain('2025-01-29');
    expect(body.items.find((h) => h.date === '2025-04-26')).toMatchObject({ isWorkingDay: true });

    const items = [...body.items, { date: '2025-12-31', name: 'Nghỉ thêm (thử)', isWorkingDay: false }];
    expect(
      (await hs({ method: 'PUT', url: '/api/force/holidays/2025', payload: { items } })).statusCode,
    ).toBe(403);
    const admin = await t.as('admin');
    const wrongYear = await admin({
      method: 'PUT',
      url: '/api/force/holidays/2025',
      payload: { items: [{ date: '2026-01-01', name: 'Tết Dương lịch' }] },
    });
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().errors[0]).toMatchObject({ path: '/items/0/date' });
    const saved = await admin({ method: 'PUT', url: '/api/force/holidays/2025', payload: { items } });
    expect(saved.json<HolidayYear>()).toMatchObject({ edited: true });
    expect(saved.json<HolidayYear>().items).toHaveLength(items.length);
    const reset = await admin({ method: 'DELETE', url: '/api/force/holidays/2025' });
    expect(reset.json<HolidayYear>()).toMatchObject({ edited: false, items: body.items });
  });

  it('ships example rule sets; the province coordinator chooses one and villages show what it requires', async () => {
    const hs = await t.as('ca.hungson');
    const shipped = (await hs({ method: 'GET', url: '/api/force/rule-sets/shipped' })).json<{
      items: ShippedRuleSet[];
    }>().items;
    expect(shipped.map((s) => s.id)).toEqual([
      'nghe-an',
      'ninh-binh',
      'dak-lak',
      'hoa-binh',
      'thai-binh',
      'demo-thai-nguyen',
    ]);
    expect(shipped.every((s) => s.isExample)).toBe(true);

    expect(
      (
        await hs({
          method: 'POST',
          url: '/api/force/rule-sets',
          payload: { sourceKey: 'nghe-an', effectiveFrom: '2024-07-01' },
        })
      ).statusCode,
    ).toBe(403);
    const coordinator = await t.as('congantinh');
    const chosen = await coordinator({
      method: 'POST',
      url: '/api/force/rule-sets',
      payload: { sourceKey: 'demo-thai-nguyen', effectiveFrom: '2024-07-01' },
    });
    expect(chosen.statusCode).toBe(201);
    expect(chosen.json<RuleSet>()).toMatchObject({
      province: { id: province },
      sourceKey: 'demo-thai-nguyen',
      isExample: true,
      inForce: true,
      effectiveTo: null,
    });
    const unknown = await coordinator({
      method: 'POST',
      url: '/api/force/rule-sets',
      payload: { sourceKey: 'khong-co', effectiveFrom: '2025-01-01' },
    });
    expect(unknown.statusCode).toBe(400);
    const earlier = await coordinator({
      method: 'POST',
      url: '/api/force/rule-sets',
      payload: { sourceKey: 'nghe-an', effectiveFrom: '2024-07-01' },
    });
    expect(earlier.statusCode).toBe(422);
    const later = await coordinator({
      method: 'POST',
      url: '/api/force/rule-sets',
      payload: { sourceKey: 'thai-binh', effectiveFrom: '2026-01-01' },
    });
    expect(later.statusCode).toBe(201);
    const list = (await hs({ method: 'GET', url: '/api/force/rule-sets' })).json<{ items: RuleSet[] }>()
      .items;
    expect(list.map((s) => [s.sourceKey, s.effectiveFrom, s.effectiveTo, s.inForce])).toEqual([
      ['thai-binh', '2026-01-01', null, false],
      ['demo-thai-nguyen', '2024-07-01', '2025-12-31', true],
    ]);

    // Nghệ An's numbers: tổ dân phố from 500 households, +1 per third of 500; 620 households → 3 members.
    const seen = (await hs({ method: 'GET', url: `/api/villages/${village.id}` })).json<Village>();
    expect(seen.requirement).toMatchObject({ teams: 1, members: 3, maximumMembers: 3 });
    expect(seen).toMatchObject({ inPost: 3, gap: { status: 'ok', shortfall: 0 } });
    const bigger = await hs({
      method: 'PATCH',
      url: `/api/villages/${village.id}`,
      payload: { version: seen.version, households: 900 },
    });
    expect(bigger.json<Village>()).toMatchObject({
      requirement: { members: 5 },
      gap: { status: 'short', shortfall: 2 },
    });
    expect(bigger.json<Village>().problems).toContain('Thiếu 2 thành viên so với tiêu chí.');
  });

  it('runs a recognition: deadlines in working days over Tết, late steps, Mẫu 05/06/08 from the register', async () => {
    const hs = await t.as('ca.hungson');
    const created = await hs({
      method: 'POST',
      url: '/api/procedures',
      payload: {
        kind: 'recognition',
        unitId: hungSon,
        startedOn: '2025-01-22',
        teamId: team.id,
        details: { policeChiefName: 'Hoàng Văn Sơn', chairmanName: 'Nguyễn Văn Chủ Tịch Mẫu' },
        persons: members.map((m) => ({ memberId: m.id, proposedRole: m.role })),
      },
    });
    expect(created.statusCode).toBe(201);
    const procedure = created.json<Procedure>();
    // 22/01/2025 + 5 working days: 23, 24 January, then Tết (25/01–02/02), then 3, 4, 5 February.
    expect(procedure.steps[0]).toMatchObject({
      key: 'proposal_sent',
      dueDate: '2025-02-05',
      status: 'overdue',
    });
    expect(procedure.steps[0]?.forms).toEqual(['mau-05', 'mau-06']);
    // Every step's projected deadline has passed: all three are late.
    expect(procedure.lateSteps).toBe(3);
    expect(procedure.persons.map((p) => p.cccd)).toEqual(members.map((m) => m.cccd));

    const late = (await hs({ method: 'GET', url: '/api/procedures/late-steps' })).json<{
      items: LateStep[];
    }>();
    expect(late.items).toContainEqual(
      expect.objectContaining({ procedureId: procedure.id, stepKey: 'proposal_sent', dueDate: '2025-02-05' }),
    );
    // 06/02 … 10/03/2025: 23 working days.
    expect(late.items.find((s) => s.procedureId === procedure.id)?.workingDaysLate).toBe(23);

    const mau05 = await hs({ method: 'GET', url: `/api/procedures/${procedure.id}/forms/mau-05` });
    expect(mau05.statusCode).toBe(200);
    expect(mau05.headers['content-type']).toContain('wordprocessingml');
    const text05 = await docxText(mau05.rawPayload);
    for (const member of members) expect(text05).toContain(member.fullName);
    expect(text05).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const mau06 = await docxText(
      (await hs({ method: 'GET', url: `/api/procedures/${procedure.id}/forms/mau-06` })).rawPayload,
    );
    expect(mau06).toContain(members[0]?.fullName);
    expect(mau06).not.toContain(members[2]?.fullName);
    expect(
      (await hs({ method: 'GET', url: `/api/procedures/${procedure.id}/forms/mau-07` })).statusCode,
    ).toBe(400);

    const sent = await hs({
      method: 'PATCH',
      url: `/api/procedures/${procedure.id}/steps/proposal_sent`,
      payload: { doneOn: '2025-03-03', documentNumber: '12/TTr-CAX' },
    });
    expect(sent.json<Procedure>().steps.map((s) => [s.key, s.status, s.dueDate])).toEqual([
      ['proposal_sent', 'done_late', '2025-02-05'],
      ['decision_signed', 'open', '2025-03-10'],
      ['decision_posted', 'open', '2025-03-11'],
    ]);
    const decided = await hs({
      method: 'PATCH',
      url: `/api/procedures/${procedure.id}/steps/decision_signed`,
      payload: { doneOn: '2025-03-07', documentNumber: '25/QĐ-UBND' },
    });
    expect(decided.statusCode).toBe(200);
    const member = (await hs({ method: 'GET', url: `/api/members/${members[0]?.id}` })).json<Member>();
    expect(member).toMatchObject({
      recognitionDecisionNumber: '25/QĐ-UBND',
      recognitionDecisionDate: '2025-03-07',
    });
    const mau08 = await docxText(
      (await hs({ method: 'GET', url: `/api/procedures/${procedure.id}/forms/mau-08` })).rawPayload,
    );
    expect(mau08).toContain('25/QĐ-UBND');
    expect(mau08).toContain('12/TTr-CAX');
    expect(mau08).toContain('Nguyễn Văn Chủ Tịch Mẫu');
    for (const m of members) expect(mau08).toContain(m.fullName);
    const posted = await hs({
      method: 'PATCH',
      url: `/api/procedures/${procedure.id}/steps/decision_posted`,
      payload: { doneOn: '2025-03-10' },
    });
    expect(posted.json<Procedure>().status).toBe('done');
    const audit = await auditRowsFor(t.db, 'procedure', procedure.id);
    expect(audit.filter((a) => a.action === 'generate_form')).toHaveLength(3);

    const qt = await t.as('ca.quantrieu');
    expect((await qt({ method: 'GET', url: `/api/procedures/${procedure.id}` })).statusCode).toBe(404);
    expect(
      (await qt({ method: 'GET', url: `/api/procedures/${procedure.id}/forms/mau-05` })).statusCode,
    ).toBe(404);
    expect(
      (
        await qt({
          method: 'PATCH',
          url: `/api/procedures/${procedure.id}/steps/decision_posted`,
          payload: { doneOn: null },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('runs a leaving: Mẫu 07 and the decision, which records the member as left', async () => {
    const hs = await t.as('ca.hungson');
    const leaving = members[2] as Member;
    const missingReason = await hs({
      method: 'POST',
      url: '/api/procedures',
      payload: {
        kind: 'leaving',
        unitId: hungSon,
        startedOn: '2025-03-03',
        persons: [{ memberId: leaving.id }],
      },
    });
    expect(missingReason.statusCode).toBe(400);
    const created = (
      await hs({
        method: 'POST',
        url: '/api/procedures',
        payload: {
          kind: 'leaving',
          unitId: hungSon,
          startedOn: '2025-03-03',
          leaveReason: 'a',
          details: { review: 'Ông (bà) có đơn xin thôi vì lý do gia đình.' },
          persons: [{ memberId: leaving.id }],
        },
      })
    ).json<Procedure>();
    const mau07 = await docxText(
      (await hs({ method: 'GET', url: `/api/procedures/${created.id}/forms/mau-07` })).rawPayload,
    );
    expect(mau07).toContain(leaving.fullName);
    expect(mau07).toContain('lý do gia đình');
    await hs({
      method: 'PATCH',
      url: `/api/procedures/${created.id}/steps/submission_sent`,
      payload: { doneOn: '2025-03-05', documentNumber: '07/TTr-CAX' },
    });
    await hs({
      method: 'PATCH',
      url: `/api/procedures/${created.id}/steps/decision_signed`,
      payload: { doneOn: '2025-03-07', documentNumber: '31/QĐ-UBND' },
    });
    const left = (await hs({ method: 'GET', url: `/api/members/${leaving.id}` })).json<Member>();
    expect(left).toMatchObject({
      status: 'left',
      leaveReason: 'a',
      leftOn: '2025-03-07',
      leaveDecisionNumber: '31/QĐ-UBND',
    });
    const mau08 = await docxText(
      (await hs({ method: 'GET', url: `/api/procedures/${created.id}/forms/mau-08` })).rawPayload,
    );
    expect(mau08).toContain('cho thôi tham gia');
    expect(mau08).toContain(leaving.fullName);
  });

  it('tracks a selection’s dossiers (each paper present or missing) and prints an applicant’s Mẫu 01', async () => {
    const hs = await t.as('ca.hungson');
    const created = await hs({
      method: 'POST',
      url: '/api/procedures',
      payload: {
        kind: 'selection',
        unitId: hungSon,
        startedOn: '2025-03-03',
        details: { numberToSelect: 2, durations: { dossiers_closed: 15 } },
        persons: [
          {
            fullName: 'Lê Văn Ứng Viên Mẫu',
            dateOfBirth: '1990-04-04',
            sex: 'male',
            cccd: '019090000777',
            residence: 'Tổ dân phố Thủ Tục',
            residenceSince: '2015-01-01',
            education: 'thpt',
            villageId: village.id,
            hasApplication: true,
            hasHealthCertificate: true,
          },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const procedure = created.json<Procedure>();
    expect(procedure.persons[0]?.missing).toEqual([
      'Bản khai sơ yếu lý lịch',
      'Bằng tốt nghiệp hoặc giấy xác nhận học vấn',
    ]);
    const person = procedure.persons[0];
    const updated = await hs({
      method: 'PATCH',
      url: `/api/procedures/${procedure.id}/persons/${person?.id}`,
      payload: { hasPersonalHistory: true, hasEducationCertificate: true },
    });
    expect(updated.json<Procedure>().persons[0]?.missing).toEqual([]);
    const mau01 = await hs({
      method: 'GET',
      url: `/api/procedures/${procedure.id}/forms/mau-01?personId=${person?.id}`,
    });
    expect(mau01.statusCode).toBe(200);
    const text = await docxText(mau01.rawPayload);
    expect(text).toContain('Lê Văn Ứng Viên Mẫu');
    expect(text).toContain('019090000777');
    expect(
      (await hs({ method: 'GET', url: `/api/procedures/${procedure.id}/forms/mau-01` })).statusCode,
    ).toBe(404);
  });

  it('lists, exports, edits and cancels procedures and adds people; 400 on bad input, 404 for another commune', async () => {
    const hs = await t.as('ca.hungson');
    const qt = await t.as('ca.quantrieu');
    const list = await hs({ method: 'GET', url: '/api/procedures' });
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: ProcedureSummary[] }>().items;
    expect(items.map((p) => p.kind).sort()).toEqual(['leaving', 'recognition', 'selection']);
    const second = await hs({ method: 'GET', url: '/api/procedures?limit=1&offset=1' });
    expect(second.json<{ items: ProcedureSummary[]; total: number }>()).toMatchObject({
      total: 3,
      items: [{ id: items[1]?.id }],
    });
    const selections = await hs({ method: 'GET', url: `/api/procedures?unitId=${hungSon}&kind=selection` });
    const selection = selections.json<{ items: ProcedureSummary[] }>().items;
    expect(selection.map((p) => p.kind)).toEqual(['selection']);
    const procedure = selection[0] as ProcedureSummary;
    expect((await qt({ method: 'GET', url: '/api/procedures' })).json<{ items: unknown[] }>().items).toEqual(
      [],
    );
    for (const path of ['procedures', 'procedures/export.xlsx', 'procedures/late-steps']) {
      expect((await hs({ method: 'GET', url: `/api/${path}?unitId=${quanTrieu}` })).statusCode, path).toBe(
        404,
      );
      expect((await hs({ method: 'GET', url: `/api/${path}?unitId=` })).statusCode, path).toBe(400);
    }
    expect((await hs({ method: 'GET', url: '/api/procedures?kind=adoption' })).statusCode).toBe(400);

    const exported = await hs({ method: 'GET', url: '/api/procedures/export.xlsx?kind=selection' });
    expect(exported.statusCode).toBe(200);
    const sheet = (await readWorkbook(exported.rawPayload)).worksheets[0];
    expect((sheet?.getRow(1).values as unknown[]).slice(1, 4)).toEqual([
      'Xã, phường, thị trấn',
      'Thủ tục',
      'Tên',
    ]);
    expect(sheet?.rowCount).toBe(2);
    expect((sheet?.getRow(2).values as unknown[]).slice(1, 4)).toEqual([
      'Thị trấn Hùng Sơn',
      'Tuyển chọn Tổ viên',
      procedure.title,
    ]);

    const elsewhere = await hs({
      method: 'POST',
      url: '/api/procedures',
      payload: { kind: 'selection', unitId: quanTrieu, startedOn: '2025-03-03', persons: [] },
    });
    expect(elsewhere.statusCode).toBe(404);

    const url = `/api/procedures/${procedure.id}`;
    const applicant = {
      fullName: 'Trần Thị Ứng Viên Mẫu',
      dateOfBirth: '1992-05-05',
      sex: 'female',
      cccd: '019192000778',
      residence: 'Tổ dân phố Thủ Tục',
      residenceSince: '2012-01-01',
      education: 'thpt',
      villageId: village.id,
    };
    const badPerson = await hs({
      method: 'POST',
      url: `${url}/persons`,
      payload: { ...applicant, cccd: '12' },
    });
    expect(badPerson.statusCode).toBe(400);
    expect(badPerson.json().errors[0].path).toBe('/cccd');
    expect((await qt({ method: 'POST', url: `${url}/persons`, payload: applicant })).statusCode).toBe(404);
    const added = await hs({ method: 'POST', url: `${url}/persons`, payload: applicant });
    expect(added.statusCode).toBe(201);
    const withTwo = added.json<Procedure>();
    expect(withTwo.persons.map((p) => p.fullName)).toContain('Trần Thị Ứng Viên Mẫu');
    expect(withTwo.personCount).toBe(2);
    const person = withTwo.persons.find((p) => p.fullName === 'Trần Thị Ứng Viên Mẫu');
    const personUrl = `${url}/persons/${person?.id}`;
    expect((await hs({ method: 'PATCH', url: personUrl, payload: { cccd: 'x' } })).statusCode).toBe(400);
    expect(
      (await qt({ method: 'PATCH', url: personUrl, payload: { hasApplication: true } })).statusCode,
    ).toBe(404);
    expect(
      (await hs({ method: 'PATCH', url: `${url}/persons/unknown`, payload: { hasApplication: true } }))
        .statusCode,
    ).toBe(404);

    const stepUrl = `${url}/steps/${withTwo.steps[0]?.key}`;
    const early = await hs({ method: 'PATCH', url: stepUrl, payload: { doneOn: '2025-01-01' } });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe('/doneOn');
    expect(
      (await hs({ method: 'PATCH', url: `${url}/steps/unknown`, payload: { doneOn: null } })).statusCode,
    ).toBe(404);

    expect(
      (await hs({ method: 'PATCH', url, payload: { version: withTwo.version, title: '' } })).statusCode,
    ).toBe(400);
    expect(
      (await qt({ method: 'PATCH', url, payload: { version: withTwo.version, status: 'cancelled' } }))
        .statusCode,
    ).toBe(404);
    const renamed = await hs({
      method: 'PATCH',
      url,
      payload: { version: withTwo.version, title: 'Tuyển chọn bổ sung năm 2025' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json<Procedure>()).toMatchObject({ title: 'Tuyển chọn bổ sung năm 2025', status: 'open' });
    const cancelled = await hs({
      method: 'PATCH',
      url,
      payload: { version: renamed.json<Procedure>().version, status: 'cancelled' },
    });
    expect(cancelled.json<Procedure>().status).toBe('cancelled');
    expect((await hs({ method: 'PATCH', url: stepUrl, payload: { doneOn: '2025-03-05' } })).statusCode).toBe(
      422,
    );
    expect((await hs({ method: 'POST', url: `${url}/persons`, payload: applicant })).statusCode).toBe(422);
    const audit = await auditRowsFor(t.db, 'procedure', procedure.id);
    const qtUser = await t.userId('ca.quantrieu');
    expect(audit.filter((a) => a.userId === qtUser)).toEqual([]);
  });

  it('reads one rule set and the settings; 400 on bad input, 403 for non-admins, 404 for another province', async () => {
    const coordinator = await t.as('congantinh');
    const hs = await t.as('ca.hungson');
    const admin = await t.as('admin');
    const stored = (await coordinator({ method: 'GET', url: '/api/force/rule-sets' })).json<{
      items: RuleSet[];
    }>().items[0] as RuleSet;
    for (const user of [coordinator, hs]) {
      const one = await user({ method: 'GET', url: `/api/force/rule-sets/${stored.id}` });
      expect(one.statusCode).toBe(200);
      expect(one.json<RuleSet>()).toEqual(stored);
    }
    expect((await hs({ method: 'GET', url: '/api/force/rule-sets/unknown' })).statusCode).toBe(404);

    // Another province, with its own rule set: out of sight for Thái Nguyên's users.
    const ours = await t.db
      .selectFrom('unit')
      .selectAll()
      .where('id', '=', province)
      .executeTakeFirstOrThrow();
    const other = randomUUID();
    await t.db
      .insertInto('unit')
      .values({
        id: other,
        code: '98',
        name: 'Tỉnh Thử Nghiệm',
        searchName: 'tinh thu nghiem',
        kind: 'province',
        category: ours.category,
        parentId: ours.parentId,
        path: `${ours.path.slice(0, -ours.id.length - 1)}${other}/`,
        depth: ours.depth,
        validFrom: null,
        validTo: null,
        createdAt: ours.createdAt,
        updatedAt: ours.updatedAt,
      })
      .execute();
    // The system (the province's own admin sees only Thái Nguyên) stores a set for it.
    const theirId = (
      await chooseRuleSet(t.db, systemActor(new Date('2025-03-10T03:00:00.000Z')), {
        sourceKey: 'nghe-an',
        provinceId: other,
        effectiveFrom: '2024-07-01',
      })
    ).id;
    for (const user of [coordinator, hs]) {
      expect((await user({ method: 'GET', url: `/api/force/rule-sets/${theirId}` })).statusCode).toBe(404);
      expect(
        (await user({ method: 'GET', url: `/api/force/rule-sets?provinceId=${other}` })).statusCode,
      ).toBe(404);
    }
    const intoTheirs = await coordinator({
      method: 'POST',
      url: '/api/force/rule-sets',
      payload: { sourceKey: 'thai-binh', provinceId: other, effectiveFrom: '2027-01-01' },
    });
    expect(intoTheirs.statusCode).toBe(404);
    const neither = await coordinator({
      method: 'POST',
      url: '/api/force/rule-sets',
      payload: { effectiveFrom: '2027-01-01' },
    });
    expect(neither.statusCode).toBe(400);
    expect(neither.json().errors[0].path).toBe('/sourceKey');
    expect(
      (
        await t.db
          .selectFrom('criteriaRuleSet')
          .select('id')
          .where('effectiveFrom', '=', '2027-01-01')
          .execute()
      ).length,
    ).toBe(0);

    expect((await hs({ method: 'GET', url: '/api/force/holidays/1800' })).statusCode).toBe(400);
    expect(
      (await admin({ method: 'PUT', url: '/api/force/holidays/next', payload: { items: [] } })).statusCode,
    ).toBe(400);
    expect((await hs({ method: 'DELETE', url: '/api/force/holidays/2025' })).statusCode).toBe(403);
    expect((await admin({ method: 'DELETE', url: '/api/force/holidays/1999' })).statusCode).toBe(400);
    const carry = await admin({
      method: 'POST',
      url: '/api/force/carry-across-succession',
      payload: { oldUnitId: '', newUnitId: hungSon },
    });
    expect(carry.statusCode).toBe(400);
    expect(carry.json().errors[0].path).toBe('/oldUnitId');
  });
});
