import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { queryBooleanSchema } from '../../domain/common/pagination.ts';
import { maskCccd, maskPhone } from '../../domain/force/cccd.ts';
import {
  EDUCATION_LEVEL_LABELS,
  MEMBER_ORIGIN_LABELS,
  MEMBER_ROLE_LABELS,
  MEMBER_STATUS_LABELS,
  RESIDENCE_KIND_LABELS,
  SEX_LABELS,
} from '../../domain/force/force.labels.ts';
import type { EducationLevel } from '../../domain/force/force.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { sendXlsx, type XlsxColumn } from '../http/xlsx.ts';
import {
  eligibilityCheckSchema,
  eligibilityResultSchema,
  equipmentCreateSchema,
  memberCreateSchema,
  memberLeaveSchema,
  memberListQuerySchema,
  memberRevealSchema,
  memberSchema,
  memberStatusChangeSchema,
  memberPageSchema,
  memberUpdateSchema,
  meritCreateSchema,
  trainingCreateSchema,
} from '../../domain/force/force-api.schemas.ts';
import { registerImportRoutes } from './import-routes.ts';
import { addEquipment, addMerit, addTraining, deleteMemberRecord } from './member-records.service.ts';
import { streamMembers, type MemberExportRow } from './members.repo.ts';
import {
  commitMemberImport,
  MEMBER_COLUMNS,
  previewMemberImport,
  type MemberColumnKey,
} from './members-import.service.ts';
import {
  changeMemberStatus,
  checkEligibility,
  createMember,
  getMember,
  leaveMember,
  listMembers,
  memberQueryOf,
  revealMember,
  updateMember,
} from './members.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const recordParams = idParams.extend({
  kind: z.enum(['trainings', 'equipment', 'merits']),
  recordId: z.string().min(1).max(64),
});
const date = (value: string | null) => (value ? formatVietnameseDate(value) : null);

/** The export's columns: the import's layout, so that an exported list can be edited and imported again. */
function exportColumns(whole: boolean): XlsxColumn<MemberExportRow & { stt: number }>[] {
  const value: Record<MemberColumnKey, (m: MemberExportRow & { stt: number }) => string | number | null> = {
    stt: (m) => m.stt,
    fullName: (m) => m.fullName,
    dateOfBirth: (m) => date(m.dateOfBirth),
    sex: (m) => SEX_LABELS[m.sex].vi,
    ethnicity: (m) => m.ethnicity,
    cccd: (m) => (whole ? m.cccd : maskCccd(m.cccd)),
    residence: (m) => m.residence,
    residenceKind: (m) => RESIDENCE_KIND_LABELS[m.residenceKind].vi,
    residenceSince: (m) => date(m.residenceSince),
    phone: (m) => (m.phone ? (whole ? m.phone : maskPhone(m.phone)) : null),
    education: (m) => EDUCATION_LEVEL_LABELS[m.education as EducationLevel].vi,
    role: (m) => MEMBER_ROLE_LABELS[m.role].vi,
    team: (m) => m.teamName,
    village: (m) => m.villageName,
    origin: (m) => MEMBER_ORIGIN_LABELS[m.origin].vi,
    recognitionDecisionNumber: (m) => m.recognitionDecisionNumber,
    recognitionDecisionDate: (m) => date(m.recognitionDecisionDate),
    healthCertifiedOn: (m) => date(m.healthCertifiedOn),
    chairmanAgeException: (m) => (m.chairmanAgeException ? 'Có' : null),
    status: (m) => MEMBER_STATUS_LABELS[m.status].vi,
    note: (m) => m.note,
  };
  const widths: Partial<Record<MemberColumnKey, number>> = { stt: 6, fullName: 26, residence: 36, team: 24 };
  return [
    { header: 'Xã, phường, thị trấn', width: 24, value: (m) => m.unitName },
    ...MEMBER_COLUMNS.map((c) => ({ header: c.header, width: widths[c.key] ?? 16, value: value[c.key] })),
  ];
}

export const membersRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/members',
    {
      schema: {
        tags: ['force'],
        description:
          'Members in scope; CCCD and phone masked. `q` is a CCCD or the start of any word of the name (and the words after it); `total` is counted up to 1,000 past the page (`totalCapped`: there are more).',
        querystring: memberListQuerySchema,
        response: { 200: memberPageSchema },
      },
    },
    async (req) => listMembers(db, actorOf(req), req.query),
  );

  app.get(
    '/members/export.xlsx',
    {
      schema: {
        tags: ['force'],
        description:
          'The filtered list as .xlsx in the import layout; `reveal=true` writes whole CCCD and phone numbers (audited).',
        querystring: memberListQuerySchema
          .omit({ limit: true, offset: true })
          .extend({ reveal: queryBooleanSchema.optional() }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { reveal, ...filter } = req.query;
      const query = await memberQueryOf(db, actor, filter);
      if (reveal) {
        await recordAudit(db, actor, {
          action: 'reveal_export',
          entity: 'member',
          entityId: null,
          after: { filter },
        });
      }
      const rows = streamMembers(db, actor, query, filter);
      return sendXlsx(reply, {
        filename: 'danh-sach-thanh-vien.xlsx',
        sheetName: 'Thành viên',
        columns: exportColumns(reveal === true),
        rows: (async function* () {
          let stt = 0;
          for await (const row of rows) yield { ...row, stt: ++stt };
        })(),
      });
    },
  );

  registerImportRoutes(app, db, {
    entity: 'members',
    listName: 'member list',
    template: { filename: 'mau-danh-sach-thanh-vien.xlsx', sheetName: 'Thành viên', columns: MEMBER_COLUMNS },
    preview: previewMemberImport,
    commit: commitMemberImport,
    commitDescription: 'All or nothing.',
  });

  app.post(
    '/members/check',
    {
      schema: {
        tags: ['force'],
        description: 'The entry checks (Art. 13, CCCD, one Tổ trưởng) on a draft; nothing written.',
        body: eligibilityCheckSchema,
        response: { 200: eligibilityResultSchema },
      },
    },
    async (req) => checkEligibility(db, actorOf(req), req.body),
  );
  app.post(
    '/members',
    {
      schema: {
        tags: ['force'],
        description: '422 with a reason per field when a criterion fails; 409 when the team has a Tổ trưởng.',
        body: memberCreateSchema,
        response: { 201: memberSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createMember(db, actorOf(req), req.body)),
  );
  app.get(
    '/members/:id',
    { schema: { tags: ['force'], params: idParams, response: { 200: memberSchema } } },
    async (req) => getMember(db, actorOf(req), req.params.id),
  );
  app.patch(
    '/members/:id',
    {
      schema: {
        tags: ['force'],
        params: idParams,
        body: memberUpdateSchema,
        response: { 200: memberSchema },
      },
    },
    async (req) => updateMember(db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/members/:id/reveal',
    {
      schema: {
        tags: ['force'],
        description: 'The whole CCCD and phone; audit-logged each time.',
        params: idParams,
        response: { 200: memberRevealSchema },
      },
    },
    async (req) => revealMember(db, actorOf(req), req.params.id),
  );
  app.post(
    '/members/:id/leave',
    {
      schema: { tags: ['force'], params: idParams, body: memberLeaveSchema, response: { 200: memberSchema } },
    },
    async (req) => leaveMember(db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/members/:id/status',
    {
      schema: {
        tags: ['force'],
        params: idParams,
        body: memberStatusChangeSchema,
        response: { 200: memberSchema },
      },
    },
    async (req) => changeMemberStatus(db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/members/:id/trainings',
    {
      schema: {
        tags: ['force'],
        params: idParams,
        body: trainingCreateSchema,
        response: { 201: memberSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addTraining(db, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/members/:id/equipment',
    {
      schema: {
        tags: ['force'],
        params: idParams,
        body: equipmentCreateSchema,
        response: { 201: memberSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addEquipment(db, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/members/:id/merits',
    {
      schema: { tags: ['force'], params: idParams, body: meritCreateSchema, response: { 201: memberSchema } },
    },
    async (req, reply) => reply.status(201).send(await addMerit(db, actorOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/members/:id/:kind/:recordId',
    { schema: { tags: ['force'], params: recordParams, response: { 200: memberSchema } } },
    async (req) => deleteMemberRecord(db, actorOf(req), req.params.id, req.params.kind, req.params.recordId),
  );
};
