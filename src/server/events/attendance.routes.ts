import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import {
  ATTENDANCE_RESULT_LABELS,
  attendanceListSchema,
  attendanceSetSchema,
  memberOptionQuerySchema,
  memberOptionSchema,
} from '../../domain/events/attendance.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { sendXlsx } from '../http/xlsx.ts';
import {
  exportAttendance,
  listAttendance,
  listMemberOptions,
  removeAttendance,
  setAttendance,
} from './attendance.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const tags = ['events'];

/** The attendance list of a force-training course, drill or contest (members of the force register). */
export const attendanceRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/events/:id/attendance',
    { schema: { tags, params: idParams, response: { 200: attendanceListSchema } } },
    async (req) => listAttendance(db, actorOf(req), req.params.id),
  );
  app.put(
    '/events/:id/attendance',
    {
      schema: {
        tags,
        params: idParams,
        description: 'Adds members or changes their result and certificate number: all rows or none.',
        body: attendanceSetSchema,
        response: { 200: attendanceListSchema },
      },
    },
    async (req) => setAttendance(db, actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/events/:id/attendance/:memberId',
    { schema: { tags, params: idParams.extend({ memberId: z.string().min(1).max(64) }) } },
    async (req, reply) => {
      await removeAttendance(db, actorOf(req), req.params.id, req.params.memberId);
      return reply.status(204).send();
    },
  );
  app.get(
    '/events/:id/member-options',
    {
      schema: {
        tags,
        params: idParams,
        querystring: memberOptionQuerySchema,
        response: { 200: z.object({ items: z.array(memberOptionSchema) }) },
      },
    },
    async (req) => listMemberOptions(db, actorOf(req), req.params.id, req.query),
  );
  app.get(
    '/events/:id/attendance/export.xlsx',
    { schema: { tags, params: idParams } },
    async (req, reply) => {
      // Resolve the event first, so that an unknown or out-of-scope event answers 404, not an empty file.
      const rows = exportAttendance(db, actorOf(req), req.params.id);
      const first = await rows.next();
      async function* all() {
        if (!first.done) yield first.value;
        yield* rows;
      }
      return sendXlsx(reply, {
        filename: 'danh-sach-hoc-vien.xlsx',
        sheetName: 'Danh sách học viên',
        rows: all(),
        columns: [
          { header: 'Họ và tên', width: 28, value: (r) => r.attendee.fullName },
          { header: 'Ngày sinh', width: 12, value: (r) => formatVietnameseDate(r.attendee.dateOfBirth) },
          { header: 'Tổ bảo vệ ANTT', width: 36, value: (r) => r.attendee.team?.name ?? null },
          { header: 'Xã, phường, thị trấn', width: 24, value: (r) => r.attendee.unit.name },
          { header: 'Kết quả', width: 12, value: (r) => ATTENDANCE_RESULT_LABELS[r.attendee.result].vi },
          { header: 'Số chứng chỉ', width: 18, value: (r) => r.attendee.certificateNo },
          { header: 'Lớp, cuộc', width: 44, value: (r) => r.event.title },
          { header: 'Từ ngày', width: 12, value: (r) => formatVietnameseDate(r.event.startsOn) },
          { header: 'Đến ngày', width: 12, value: (r) => formatVietnameseDate(r.event.endsOn) },
        ],
      });
    },
  );
};
