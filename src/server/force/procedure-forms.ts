import { vietnamToday } from '../../domain/common/dates.ts';
import type { ProcedureDetails, ProcedureForm } from '../../domain/force/force-api.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, notFound } from '../http/errors.ts';
import { renderMau01 } from './forms/mau-01.ts';
import { renderMau05 } from './forms/mau-05.ts';
import { renderMau06 } from './forms/mau-06.ts';
import { renderMau07 } from './forms/mau-07.ts';
import { renderMau08Leaving, renderMau08Recognition } from './forms/mau-08.ts';
import type { FormIssuer, FormPerson, LeavingPerson } from './forms/forms.types.ts';
import {
  personFacts,
  personsOf,
  requireProcedureRow,
  stepsOf,
  type PersonRow,
} from './procedures.service.ts';

const FORMS_OF_KIND: Record<string, readonly ProcedureForm[]> = {
  selection: ['mau-01'],
  recognition: ['mau-05', 'mau-06', 'mau-08'],
  leaving: ['mau-07', 'mau-08'],
};

/** The step whose document (number and date) a form is. */
const STEP_OF_FORM: Partial<Record<ProcedureForm, string>> = {
  'mau-05': 'proposal_sent',
  'mau-06': 'proposal_sent',
  'mau-07': 'submission_sent',
  'mau-08': 'decision_signed',
};

/** The province and district (if any) a commune sits under, by its path. */
async function placeNames(db: Db, path: string) {
  const ids = path.split('/').filter(Boolean);
  const units = await db.selectFrom('unit').select(['id', 'name', 'kind']).where('id', 'in', ids).execute();
  return {
    province: units.find((u) => u.kind === 'province')?.name ?? '',
    district: units.find((u) => u.kind === 'district')?.name ?? null,
  };
}

function formPerson(p: PersonRow): FormPerson {
  const facts = personFacts(p);
  return {
    fullName: facts.fullName,
    dateOfBirth: facts.dateOfBirth ?? '',
    sex: facts.sex ?? null,
    cccd: facts.cccd ?? '',
    residence: facts.residence ?? '',
    village: facts.village?.name ?? '',
    role: facts.role,
    teamName: facts.team?.name ?? null,
    note: p.note,
  };
}

const fileName = (form: ProcedureForm, suffix = '') => `${form}${suffix}.docx`;

/**
 * Generates a form of a procedure as .docx from the data in the register. The forms print whole CCCD numbers
 * (official papers): each generation is audit-logged like a reveal.
 */
export async function generateProcedureForm(
  db: Db,
  actor: Actor,
  procedureId: string,
  form: ProcedureForm,
  personId?: string,
): Promise<{ data: Buffer; filename: string }> {
  const row = await requireProcedureRow(db, actor, procedureId);
  if (!FORMS_OF_KIND[row.kind]?.includes(form)) {
    throw new AppError('VALIDATION_FAILED', {
      vi: `Thủ tục này không có ${form.replace('mau-', 'Mẫu ')}.`,
      en: `This procedure has no ${form}.`,
    });
  }
  const details = JSON.parse(row.details) as ProcedureDetails;
  const [names, persons, steps] = await Promise.all([
    placeNames(db, row.unitPath),
    personsOf(db, procedureId),
    stepsOf(db, [procedureId]),
  ]);
  const stepKey = STEP_OF_FORM[form];
  const step = (steps.get(procedureId) ?? []).find((s) => s.key === stepKey);
  const today = vietnamToday(actor.now);
  const isDecision = form === 'mau-08';
  const issuer: FormIssuer = {
    province: names.province,
    district: names.district,
    communeName: row.unitName,
    documentNumber:
      step?.documentNumber ??
      (isDecision ? '      /QĐ-UBND' : form === 'mau-07' ? '      /TTr-CAX' : '      /CAX'),
    date: step?.doneOn ?? today,
    signer: isDecision
      ? { authority: details.chairmanAuthority ?? 'CHỦ TỊCH', name: details.chairmanName ?? '' }
      : { authority: 'TRƯỞNG CÔNG AN', name: details.policeChiefName ?? '' },
  };
  const submission = (steps.get(procedureId) ?? []).find(
    (s) => s.key === (row.kind === 'leaving' ? 'submission_sent' : 'proposal_sent'),
  );
  const reference =
    submission?.documentNumber && submission.doneOn
      ? { number: submission.documentNumber, date: submission.doneOn }
      : null;

  let data: Buffer;
  let filename: string;
  if (form === 'mau-01') {
    const person = persons.find((p) => p.id === personId);
    if (!person)
      throw notFound({ vi: 'Chọn người làm đơn (personId).', en: 'Choose the applicant (personId).' });
    const facts = personFacts(person);
    if (!facts.dateOfBirth || !facts.sex || !facts.residence || !facts.education) {
      throw new AppError('INVALID_STATE', {
        vi: 'Đơn Mẫu 01 cần ngày sinh, giới tính, nơi cư trú và trình độ học vấn của người làm đơn: hãy bổ sung.',
        en: 'Form 01 needs the applicant’s date of birth, sex, residence and education.',
      });
    }
    data = await renderMau01({
      province: names.province,
      district: names.district,
      communeName: row.unitName,
      date: today,
      applicant: {
        fullName: facts.fullName,
        dateOfBirth: facts.dateOfBirth,
        sex: facts.sex,
        ethnicity: facts.ethnicity ?? 'Kinh',
        cccd: facts.cccd ?? '',
        residence: facts.residence,
        residenceSince: facts.residenceSince ?? '',
        phone: facts.phone,
        education: facts.education,
        village: facts.village?.name ?? '',
      },
    });
    filename = fileName(form, `-${person.position + 1}`);
  } else if (form === 'mau-05') {
    data = await renderMau05({
      ...issuer,
      persons: persons.map(formPerson),
      selectionMinutesDate: details.minutesDate ?? row.startedOn,
    });
    filename = fileName(form);
  } else if (form === 'mau-06') {
    const leaders = persons.map(formPerson).filter((p) => p.role === 'to_truong' || p.role === 'to_pho');
    if (leaders.length === 0) {
      throw new AppError('INVALID_STATE', {
        vi: 'Chưa có ai được đề nghị làm Tổ trưởng, Tổ phó: ghi chức danh đề nghị cho người trong danh sách.',
        en: 'Nobody is proposed as team leader or deputy.',
      });
    }
    data = await renderMau06({ ...issuer, persons: leaders });
    filename = fileName(form);
  } else {
    const leaving: LeavingPerson[] = persons.map((p) => ({
      ...formPerson(p),
      leaveReason: row.leaveReason ?? p.memberLeaveReason ?? 'a',
      leftOn: p.memberLeftOn,
    }));
    if (form === 'mau-07') {
      data = await renderMau07({ ...issuer, persons: leaving, review: details.review ?? '' });
    } else if (row.kind === 'leaving') {
      data = await renderMau08Leaving({ ...issuer, persons: leaving, submission: reference });
    } else {
      data = await renderMau08Recognition({
        ...issuer,
        persons: persons.map(formPerson),
        proposal: reference,
      });
    }
    filename = fileName(form);
  }
  await recordAudit(db, actor, {
    action: 'generate_form',
    entity: 'procedure',
    entityId: procedureId,
    after: { form, personId: personId ?? null, persons: persons.length },
  });
  return { data, filename };
}
