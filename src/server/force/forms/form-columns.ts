/**
 * The columns of the persons' lists in the forms: STT, họ tên, ngày sinh, CCCD, nơi cư trú, thôn/tổ dân
 * phố, chức danh, lý do thôi tham gia.
 */
import { LEAVE_REASON_SHORT_LABELS, MEMBER_ROLE_LABELS } from '../../../domain/force/force.labels.ts';
import { formatDate } from '../../reports/consolidation-format.ts';
import type { Column } from './form-layout.ts';
import type { FormPerson, LeavingPerson } from './forms.types.ts';

export const numberColumn = (share = 0.06): Column<FormPerson> => ({
  heading: 'STT',
  share,
  value: (_person, index) => String(index + 1),
  isCentred: true,
});

export const nameColumn = (share: number): Column<FormPerson> => ({
  heading: 'Họ và tên',
  share,
  value: (person) => person.fullName,
});

export const birthColumn = (share = 0.135): Column<FormPerson> => ({
  heading: 'Ngày sinh',
  share,
  value: (person) => formatDate(person.dateOfBirth),
  isCentred: true,
});

export const cccdColumn = (share = 0.165): Column<FormPerson> => ({
  heading: 'Số CCCD',
  share,
  value: (person) => person.cccd,
  isCentred: true,
});

export const residenceColumn = (share: number): Column<FormPerson> => ({
  heading: 'Nơi cư trú',
  share,
  value: (person) => person.residence,
});

export const villageColumn = (share: number): Column<FormPerson> => ({
  heading: 'Thôn, tổ dân phố',
  share,
  value: (person) => person.village,
});

export const roleColumn = (share: number, heading = 'Chức danh'): Column<FormPerson> => ({
  heading,
  share,
  value: (person) => MEMBER_ROLE_LABELS[person.role].vi,
  isCentred: true,
});

/** The point of Art. 17(3) and its gist: "Điểm b: Không còn đủ sức khỏe". */
export const reasonColumn = (share: number): Column<LeavingPerson> => ({
  heading: 'Lý do (khoản 3 Điều 17 Luật)',
  share,
  value: (person) => `Điểm ${person.leaveReason}: ${LEAVE_REASON_SHORT_LABELS[person.leaveReason].vi}`,
});
