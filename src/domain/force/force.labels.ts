/**
 * Vietnamese and English labels for every enum of `force.schemas.ts`, as the commune police write them.
 *
 * Exports one `Record<Enum, LocalizedText>` per enum: VILLAGE_KIND_LABELS, VILLAGE_CLASS_LABELS,
 * COMMUNE_KIND_LABELS, AREA_TYPE_LABELS, SECURITY_RATING_LABELS, MEMBER_ROLE_LABELS, MEMBER_ORIGIN_LABELS,
 * MEMBER_STATUS_LABELS, LEAVE_REASON_LABELS (Art. 17(3)), LEAVE_REASON_SHORT_LABELS, SEX_LABELS, EDUCATION_LEVEL_LABELS,
 * RESIDENCE_KIND_LABELS, RECORD_STATUS_LABELS (Art. 13(2)), TRAINING_KIND_LABELS, MERIT_KIND_LABELS.
 */
import type { LocalizedText } from '../errors.ts';
import type {
  AreaType,
  CommuneKind,
  EducationLevel,
  LeaveReason,
  MemberOrigin,
  MemberRole,
  MemberStatus,
  MeritKind,
  RecordStatus,
  ResidenceKind,
  SecurityRating,
  Sex,
  TrainingKind,
  VillageClass,
  VillageKind,
} from './force.schemas.ts';

export const VILLAGE_KIND_LABELS: Record<VillageKind, LocalizedText> = {
  thon: { vi: 'Thôn, xóm, bản', en: 'Village (thôn)' },
  to_dan_pho: { vi: 'Tổ dân phố', en: 'Residential group (tổ dân phố)' },
};

export const VILLAGE_CLASS_LABELS: Record<VillageClass, LocalizedText> = {
  1: { vi: 'Loại 1', en: 'Class 1' },
  2: { vi: 'Loại 2', en: 'Class 2' },
  3: { vi: 'Loại 3', en: 'Class 3' },
};

export const COMMUNE_KIND_LABELS: Record<CommuneKind, LocalizedText> = {
  xa: { vi: 'Xã', en: 'Rural commune' },
  phuong: { vi: 'Phường', en: 'Ward' },
  thi_tran: { vi: 'Thị trấn', en: 'Township' },
};

export const AREA_TYPE_LABELS: Record<AreaType, LocalizedText> = {
  mountain: { vi: 'Miền núi', en: 'Mountain area' },
  border: { vi: 'Biên giới', en: 'Border area' },
  island: { vi: 'Hải đảo', en: 'Island' },
  ethnic_minority: { vi: 'Vùng đồng bào dân tộc thiểu số', en: 'Ethnic-minority area' },
  especially_disadvantaged: {
    vi: 'Vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn',
    en: 'Especially disadvantaged area',
  },
};

export const SECURITY_RATING_LABELS: Record<SecurityRating, LocalizedText> = {
  normal: { vi: 'Bình thường', en: 'Normal' },
  complex: { vi: 'Phức tạp về an ninh, trật tự', en: 'Complex security situation' },
  key: { vi: 'Trọng điểm về an ninh, trật tự', en: 'Key security area' },
};

export const MEMBER_ROLE_LABELS: Record<MemberRole, LocalizedText> = {
  to_truong: { vi: 'Tổ trưởng', en: 'Team leader' },
  to_pho: { vi: 'Tổ phó', en: 'Deputy team leader' },
  to_vien: { vi: 'Tổ viên', en: 'Team member' },
};

export const MEMBER_ORIGIN_LABELS: Record<MemberOrigin, LocalizedText> = {
  bao_ve_dan_pho: { vi: 'Bảo vệ dân phố', en: 'Former neighbourhood guard' },
  cong_an_xa_ban_chuyen_trach: {
    vi: 'Công an xã bán chuyên trách',
    en: 'Former part-time commune police',
  },
  dan_phong: { vi: 'Đội trưởng, Đội phó dân phòng', en: 'Former civil-defence team leader' },
  new: { vi: 'Tuyển chọn mới', en: 'Newly selected' },
};

export const MEMBER_STATUS_LABELS: Record<MemberStatus, LocalizedText> = {
  active: { vi: 'Đang tham gia', en: 'Active' },
  suspended: { vi: 'Tạm đình chỉ', en: 'Suspended' },
  left: { vi: 'Đã thôi tham gia', en: 'Left the force' },
};

/** Luật 30/2023/QH15, Điều 17 khoản 3, points a–d. */
export const LEAVE_REASON_LABELS: Record<LeaveReason, LocalizedText> = {
  a: { vi: '(a) Tự nguyện xin thôi tham gia', en: '(a) Own application' },
  b: { vi: '(b) Không còn đủ sức khỏe', en: '(b) Health no longer adequate' },
  c: {
    vi: '(c) Từ 02 lần trở lên không thực hiện nhiệm vụ được giao, huy động mà không có lý do chính đáng hoặc lợi dụng danh nghĩa, đã được Công an xã nhắc nhở bằng văn bản từ 02 lần trở lên',
    en: '(c) Twice or more failed assigned or mobilised duties without good reason, or abused the role, after at least two written reminders from the commune police',
  },
  d: {
    vi: '(d) Bị truy cứu trách nhiệm hình sự, áp dụng biện pháp ngăn chặn hoặc biện pháp xử lý hành chính',
    en: '(d) Criminal prosecution, a preventive measure, or administrative handling measures',
  },
};

/** The gist of each point of Điều 17(3), for tables and filters. */
export const LEAVE_REASON_SHORT_LABELS: Record<LeaveReason, LocalizedText> = {
  a: { vi: 'Tự nguyện xin thôi', en: 'Own application' },
  b: { vi: 'Không còn đủ sức khỏe', en: 'Health no longer adequate' },
  c: { vi: 'Không thực hiện nhiệm vụ, lợi dụng danh nghĩa', en: 'Failed duties or abused the role' },
  d: {
    vi: 'Bị truy cứu, áp dụng biện pháp ngăn chặn, xử lý hành chính',
    en: 'Prosecution or other measures',
  },
};

export const SEX_LABELS: Record<Sex, LocalizedText> = {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
};

export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, LocalizedText> = {
  none: { vi: 'Chưa học xong tiểu học', en: 'Primary school not completed' },
  tieu_hoc: { vi: 'Tiểu học', en: 'Primary school' },
  thcs: { vi: 'Trung học cơ sở', en: 'Lower secondary school' },
  thpt: { vi: 'Trung học phổ thông', en: 'Upper secondary school' },
  trung_cap: { vi: 'Trung cấp', en: 'Vocational secondary' },
  cao_dang: { vi: 'Cao đẳng', en: 'College' },
  dai_hoc: { vi: 'Đại học', en: 'University' },
  sau_dai_hoc: { vi: 'Sau đại học', en: 'Postgraduate' },
};

export const RESIDENCE_KIND_LABELS: Record<ResidenceKind, LocalizedText> = {
  permanent: { vi: 'Thường trú', en: 'Permanent residence' },
  temporary: { vi: 'Tạm trú', en: 'Temporary residence' },
};

export const RECORD_STATUS_LABELS: Record<RecordStatus, LocalizedText> = {
  clean: { vi: 'Lý lịch rõ ràng', en: 'Clean record' },
  under_prosecution: { vi: 'Đang bị truy cứu trách nhiệm hình sự', en: 'Under criminal prosecution' },
  serving_sentence: {
    vi: 'Đang chấp hành án hình sự hoặc biện pháp tư pháp',
    en: 'Serving a criminal sentence or judicial measure',
  },
  administrative_measure: {
    vi: 'Đang chấp hành biện pháp xử lý hành chính',
    en: 'Subject to an administrative handling measure',
  },
  conviction_not_expunged: { vi: 'Chưa được xóa án tích', en: 'Past conviction not yet expunged' },
};

export const TRAINING_KIND_LABELS: Record<TrainingKind, LocalizedText> = {
  training: { vi: 'Huấn luyện', en: 'Training' },
  refresher: { vi: 'Bồi dưỡng', en: 'Refresher course' },
  drill: { vi: 'Diễn tập', en: 'Drill' },
  contest: { vi: 'Hội thi', en: 'Contest' },
};

export const MERIT_KIND_LABELS: Record<MeritKind, LocalizedText> = {
  commendation: { vi: 'Khen thưởng', en: 'Commendation' },
  discipline: { vi: 'Kỷ luật', en: 'Discipline' },
};
