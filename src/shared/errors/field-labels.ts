/** Vietnamese names of model fields, so an error can say which field it is about (docs/ui-conventions.md wording). */
const FIELD_LABELS: Record<string, string> = {
  id: 'Mã văn bản',
  kind: 'Loại văn bản',
  title: 'Tiêu đề',
  body: 'Nội dung',
  frame: 'Thể thức',
  'frame.parentBody': 'Cơ quan chủ quản',
  'frame.issuingBody': 'Cơ quan ban hành',
  'frame.number': 'Số',
  'frame.symbol': 'Ký hiệu',
  'frame.place': 'Địa danh',
  'frame.date': 'Ngày tháng',
  'frame.documentType': 'Tên loại văn bản',
  'frame.summary': 'Trích yếu',
  'frame.legalBases': 'Căn cứ',
  'frame.addressees': 'Kính gửi',
  'frame.recipients': 'Nơi nhận',
  'frame.signer': 'Người ký',
  'frame.signer.authority': 'Quyền hạn ký',
  'frame.signer.authorityOf': 'Tập thể/chức danh được thay mặt',
  'frame.signer.title': 'Chức vụ',
  'signer.authorityOf': 'Tập thể/chức danh được thay mặt (người ký mặc định)',
  'frame.signer.name': 'Họ tên người ký',
  'portal.author': 'Tác giả',
  'portal.publishedAt': 'Thời gian đăng',
  templateId: 'Mẫu văn bản',
  // Thông tin cơ quan (the profile)
  place: 'Địa danh',
  'organisation.unitKind': 'Cấp',
  'organisation.unitName': 'Tên phường, xã, đặc khu (hoặc tỉnh, thành phố)',
  'organisation.province': 'Thuộc tỉnh, thành phố',
  'signer.authority': 'Quyền hạn ký',
  // Events (thuky.event/1)
  format: 'Định dạng tệp',
  date: 'Ngày',
  issueDate: 'Ngày ban hành giấy mời',
  time: 'Giờ',
  venue: 'Địa điểm',
  summary: 'Tóm tắt',
  'chair.name': 'Họ tên người chủ trì',
  'chair.title': 'Chức vụ người chủ trì',
  attendees: 'Đại biểu',
  'attendees.honorific': 'Danh xưng đại biểu',
  'attendees.fullName': 'Họ và tên đại biểu',
  'attendees.title': 'Chức vụ đại biểu',
  'attendees.unit': 'Đơn vị đại biểu',
  'attendees.group': 'Nhóm đại biểu',
  'attendees.protocolRank': 'Thứ tự lễ tân',
  pledgeParties: 'Các bên giao ước',
  'pledgeParties.name': 'Tên đơn vị (giao ước)',
  'pledgeParties.isHost': 'Bên chủ trì (giao ước)',
  'pledgeParties.authorityLine': 'Dòng ký (giao ước)',
  programmeParties: 'Các bên chương trình phối hợp',
  'programmeParties.name': 'Tên đơn vị (chương trình phối hợp)',
  'programmeParties.isHost': 'Bên chủ trì (chương trình phối hợp)',
  'programmeParties.authorityLine': 'Dòng ký (chương trình phối hợp)',
  'parties.authorityLine': 'Dòng ký',
  photos: 'Ảnh',
  name: 'Tên',
};

/** "content.frame.signer.name" → "Họ tên người ký (content.frame.signer.name)"; list indexes count from 1. */
export function labelForPath(path: ReadonlyArray<PropertyKey>): string {
  const dotted = path.map(String).join('.');
  if (!dotted) return 'Dữ liệu';
  const named = path.filter((part) => typeof part !== 'number').map(String);
  // The route input may wrap the model (content.frame.…): try the longest known suffix.
  for (let start = 0; start < named.length; start += 1) {
    const label = FIELD_LABELS[named.slice(start).join('.')];
    if (label) {
      const index = path.find((part) => typeof part === 'number');
      return `${label}${typeof index === 'number' ? `, dòng ${index + 1}` : ''} (${dotted})`;
    }
  }
  return dotted;
}
