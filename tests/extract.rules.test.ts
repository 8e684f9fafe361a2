// Unit tests per rule family, on the hard cases of ../shared/corpus/README.md written as short texts.
import { describe, expect, it } from 'vitest';
import { extract, extractFull, ExtractionRecord } from '../src/extract/index.ts';
import { normalizeText, splitGluedSyllables, newTonePlacement } from '../src/extract/normalize.ts';
import { findDates, findPublished, contextYear } from '../src/extract/dates.ts';
import { findDocuments } from '../src/extract/documents.ts';
import { htmlToText } from '../src/extract/html.ts';

const rec = (text: string) => extract(text, { id: 't' });
const positions = (r: ExtractionRecord, name: string) => r.people.find((p) => p.name === name)?.positions.map((p) => `${p.title} @ ${p.body}`) ?? null;

describe('normalization', () => {
  it('composes NFD, moves old tone marks, folds look-alike letters and dash variants', () => {
    expect(normalizeText('Huye\u0323\u0302n u\u0309y'.normalize('NFD'))).toBe('Huyện ủy');
    expect(newTonePlacement('Thanh Hoá, Huyện uỷ, thuỷ lợi, Lê Văn Quý')).toBe('Thanh Hóa, Huyện ủy, thủy lợi, Lê Văn Quý');
    expect(normalizeText('HÐND 58\u2013NQ/TW\u00a0x\u200b')).toBe('HĐND 58-NQ/TW x');
  });
  it('splits words glued together where the source lost a space', () => {
    expect(splitGluedSyllables('đấtđai')).toBe('đất đai');
    expect(splitGluedSyllables('kinhtế')).toBe('kinh tế');
    expect(splitGluedSyllables('online')).toBe('online');
    expect(normalizeText('việc thựchiệnNghị quyết')).toContain('Nghị quyết');
  });
  it('turns HTML into text with a parser, dropping scripts', () => {
    const t = htmlToText('<html><body><script>var x="<p>no</p>";</script><h1>Tiêu đề</h1><p>Sáng 3/1, UBND huyện tổ chức hội nghị.</p></body></html>');
    expect(t).toContain('Tiêu đề');
    expect(t).not.toContain('var x');
  });
});

describe('dates', () => {
  it('reads part of day and day/month forms', () => {
    expect(findDates('Sáng 3/1/2024, tại Trung tâm')[0]).toMatchObject({ day: 3, month: 1, year: 2024, partOfDay: 'morning' });
    expect(findDates('Sáng 7-1, Huyện ủy tổ chức')[0]).toMatchObject({ day: 7, month: 1, year: null });
    expect(findDates('Sáng nay (12/4), UBND huyện')[0]).toMatchObject({ day: 12, month: 4, partOfDay: 'morning' });
    expect(findDates('Ngày 20 tháng 9 năm 2022, Ban Thường vụ')[0]).toMatchObject({ day: 20, month: 9, year: 2022 });
    expect(findDates('Tối 3/2, tại Quảng trường')[0]).toMatchObject({ partOfDay: 'evening' });
  });
  it('ignores deadlines, anniversaries and document dates', () => {
    expect(findDates('hoàn thành trước ngày 31/12')).toHaveLength(0);
    expect(findDates('Kế hoạch số 45/KH-UBND ngày 10/01/2024 của UBND huyện')).toHaveLength(0);
    expect(findDates('kỷ niệm (3/2/1930 - 3/2/2024)')).toHaveLength(0);
  });
  it('reads the posting date from the common header forms', () => {
    expect(findPublished('Tiêu đề\nĐăng lúc: 05/01/2024 (GMT+7)\n')?.value).toBe('2024-01-05');
    expect(findPublished(' date 2023-12 Thọ Xuân triển khai')?.value).toBe('2023-12');
    expect(findPublished('Thứ Năm, 09/06/2022 - 10:45\n\nDiễn Châu')?.value).toBe('2022-06-09');
    expect(findPublished('date\n\nTiêu đề')).toBeNull();
  });
  it('infers a year from the context when nothing else gives it', () => {
    expect(contextYear('Đại hội đại biểu Đảng bộ xã lần thứ XXIII, nhiệm kỳ 2020 - 2025', 5)?.year).toBe(2020);
    expect(contextYear('x', 1, 'chăm lo Tết Nguyên đán Tân Sửu')?.year).toBe(2021);
  });
});

describe('people and positions', () => {
  it('splits several titles of one person and fills the place from the report', () => {
    const r = rec('Hội nghị tổng kết\n\nSáng 3/1/2024, Huyện ủy Đông Sơn tổ chức hội nghị. Các đồng chí Lê Trọng Thụ, Bí thư Huyện ủy, Chủ tịch UBND huyện; Lê Thanh Hải, Phó Bí thư thường trực Huyện ủy, Chủ tịch HĐND huyện đồng chủ trì hội nghị.');
    expect(positions(r, 'Lê Trọng Thụ')).toEqual(['Bí thư @ Huyện ủy Đông Sơn', 'Chủ tịch @ UBND huyện Đông Sơn']);
    expect(positions(r, 'Lê Thanh Hải')).toEqual(['Phó Bí thư Thường trực @ Huyện ủy Đông Sơn', 'Chủ tịch @ HĐND huyện Đông Sơn']);
    expect(r.events[0]?.chairs).toEqual(['Lê Trọng Thụ', 'Lê Thanh Hải']);
  });
  it('applies a title written after a list of names to each of them', () => {
    const r = rec('Chiều ngày 15/3/2024, UBND huyện Triệu Sơn tổ chức phiên họp. Cùng dự có đồng chí Phạm Minh Đức, đồng chí Nguyễn Thị Hoa – Phó Chủ tịch UBND huyện.');
    expect(positions(r, 'Phạm Minh Đức')).toEqual(['Phó Chủ tịch @ UBND huyện Triệu Sơn']);
    expect(positions(r, 'Nguyễn Thị Hoa')).toEqual(['Phó Chủ tịch @ UBND huyện Triệu Sơn']);
    expect(r.events[0]?.attendees).toEqual(['Phạm Minh Đức', 'Nguyễn Thị Hoa']);
  });
  it('reads titles written before the name', () => {
    const r = rec('Ngày 20 tháng 9 năm 2022, Ban Thường vụ Huyện ủy Yên Định tổ chức hội nghị. Bí thư Huyện ủy Lê Văn Sơn chủ trì hội nghị. Cùng dự có Phó Bí thư Thường trực Huyện ủy Trịnh Xuân Thủy, Chủ tịch UBND huyện Nguyễn Đình Chiến.');
    expect(positions(r, 'Lê Văn Sơn')).toEqual(['Bí thư @ Huyện ủy Yên Định']);
    expect(positions(r, 'Trịnh Xuân Thủy')).toEqual(['Phó Bí thư Thường trực @ Huyện ủy Yên Định']);
    expect(positions(r, 'Nguyễn Đình Chiến')).toEqual(['Chủ tịch @ UBND huyện Yên Định']);
  });
  it('expands abbreviated titles and membership titles', () => {
    const r = rec('Sáng 22/11, UBND huyện Cẩm Thủy tổ chức hội nghị. Chủ trì hội nghị có đ/c Phạm Văn Lực - PBT Huyện ủy, CT UBND huyện; đ/c Quách Thị Duyên - UV BTV Huyện ủy, PCT UBND huyện.');
    expect(positions(r, 'Phạm Văn Lực')).toEqual(['Phó Bí thư @ Huyện ủy Cẩm Thủy', 'Chủ tịch @ UBND huyện Cẩm Thủy']);
    expect(positions(r, 'Quách Thị Duyên')).toEqual(['Ủy viên Ban Thường vụ @ Huyện ủy Cẩm Thủy', 'Phó Chủ tịch @ UBND huyện Cẩm Thủy']);
    expect(r.events[0]?.chairs).toEqual(['Phạm Văn Lực', 'Quách Thị Duyên']);
  });
  it('keeps a department name whose domains are listed with a comma', () => {
    const r = rec('Sáng 3/1, UBND huyện Vĩnh Lộc tổ chức hội nghị. Ông Cao Văn Bình, Trưởng phòng Văn hóa, Khoa học và Thông tin - do nghỉ hưu.');
    expect(positions(r, 'Cao Văn Bình')).toEqual(['Trưởng phòng @ Phòng Văn hóa, Khoa học và Thông tin huyện Vĩnh Lộc']);
  });
  it('never makes an official of an unnamed post holder or a reporter', () => {
    const r = rec('Sáng 26/5, UBND huyện Thọ Xuân tổ chức hội nghị.\n\nĐ/c Trưởng phòng Tài chính báo cáo thu chi ngân sách.\n\nVăn Hùng');
    expect(r.people).toEqual([]);
    expect(r.report.authors).toEqual(['Văn Hùng']);
  });
  it('keeps former office holders as people without those positions', () => {
    const r = rec('Ngày 10/4, HĐND huyện Vĩnh Lộc tổ chức kỳ họp. Đại hội đón đồng chí Phạm Quang Nghị, nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy Hà Nội.');
    expect(r.people.find((p) => p.name === 'Phạm Quang Nghị')?.positions).toEqual([]);
  });
  it('gives provincial titles their bodies', () => {
    const r = rec('Sáng 20/12, Ban Chấp hành Đảng bộ tỉnh Thanh Hóa tổ chức Hội nghị. Đồng chí Trịnh Quang Vinh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Mai Xuân Lộc, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh.');
    expect(positions(r, 'Trịnh Quang Vinh')).toEqual(['Ủy viên Trung ương Đảng @ Ban Chấp hành Trung ương', 'Bí thư @ Tỉnh ủy Thanh Hóa']);
    expect(positions(r, 'Mai Xuân Lộc')).toEqual(['Phó Bí thư Thường trực @ Tỉnh ủy Thanh Hóa', 'Trưởng đoàn Đại biểu Quốc hội @ Đoàn Đại biểu Quốc hội tỉnh Thanh Hóa']);
    expect(r.report.place).toEqual({ district: null, province: 'Thanh Hóa' });
  });
});

describe('events and roles', () => {
  it('finds chairs under "dưới sự chủ trì của" and speakers from speech verbs and clauses', () => {
    const r = rec('Đăng lúc: 29/05/2023 (GMT+7)\n\nSáng 26/5, dưới sự chủ trì của đồng chí Lê Trọng Thụ, Bí thư Huyện ủy, BTV huyện uỷ Đông Sơn đã tổ chức Hội nghị thường kỳ tháng 5/2023.\n\nPhát biểu kết luận hội nghị, đồng chí Lê Trọng Thụ yêu cầu các phòng, ngành thực hiện.');
    const e = r.events[0]!;
    expect(e.date).toBe('2023-05-26');
    expect(e.partOfDay).toBe('morning');
    expect(e.chairs).toEqual(['Lê Trọng Thụ']);
    expect(e.speakers).toEqual(['Lê Trọng Thụ']);
    expect(e.organizers).toEqual(['Ban Thường vụ Huyện ủy Đông Sơn']);
  });
  it('rolls a December event posted in January back a year', () => {
    const r = rec('Đăng lúc: 02/01/2024 (GMT+7)\n\nChiều 29/12, Ủy ban MTTQ huyện Ngọc Lặc tổ chức hội nghị tổng kết.');
    expect(r.events[0]?.date).toBe('2023-12-29');
  });
  it('shares one level and place among listed organizers', () => {
    const r = rec('Sáng 7-1, Huyện ủy, HĐND, UBND huyện Nga Sơn tổ chức hội nghị triển khai nhiệm vụ năm 2021.');
    expect(r.events[0]?.organizers).toEqual(['Huyện ủy Nga Sơn', 'HĐND huyện Nga Sơn', 'UBND huyện Nga Sơn']);
    expect(r.events[0]?.date).toBe('2021-01-07');
  });
  it('separates two events of one report', () => {
    const r = rec(' date 2024-02 Bá Thước\n\nSáng 2/2, Ban Chấp hành Đảng bộ huyện Bá Thước tổ chức Hội nghị lần thứ 22. Đồng chí Lương Văn Hoàng, Bí thư Huyện ủy chủ trì hội nghị.\n\n***\n\nTối 3/2, tại Quảng trường trung tâm huyện, Ban Thường vụ Huyện ủy, UBND huyện Bá Thước tổ chức Lễ kỷ niệm 94 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2024).\n\nĐồng chí Lương Văn Hoàng đọc diễn văn kỷ niệm');
    expect(r.events.map((e) => e.date)).toEqual(['2024-02-02', '2024-02-03']);
    expect(r.events[0]?.chairs).toEqual(['Lương Văn Hoàng']);
    expect(r.events[1]?.chairs).toEqual([]);
    expect(r.events[1]?.speakers).toEqual(['Lương Văn Hoàng']);
    expect(r.events[1]?.organizers).toEqual(['Ban Thường vụ Huyện ủy Bá Thước', 'UBND huyện Bá Thước']);
  });
  it('makes a chair who speaks right after the chair verb a speaker too', () => {
    const r = rec('Sáng 6/11, UBND xã Yên Lạc tổ chức cuộc họp. Ông Nguyễn Văn Hòa – Chủ tịch HĐND – Chủ trì cuộc họp nhấn mạnh yêu cầu các ngành chuẩn bị nội dung.');
    expect(r.events[0]?.chairs).toEqual(['Nguyễn Văn Hòa']);
    expect(r.events[0]?.speakers).toEqual(['Nguyễn Văn Hòa']);
    // a chair verb followed by something else is no speech
    const q = rec('Sáng 6/11, UBND xã Yên Lạc tổ chức cuộc họp. Ông Nguyễn Văn Hòa, Chủ tịch HĐND xã chủ trì cuộc họp thường kỳ.');
    expect(q.events[0]?.speakers).toEqual([]);
  });
  it('keeps an attendance introduction over unnamed attendees listed before named ones', () => {
    const r = rec('Sáng 6/10, Tỉnh ủy Thanh Hóa tổ chức hội nghị. Tham dự hội nghị có lãnh đạo Ban Tuyên giáo Trung ương, Ban Dân vận Trung ương; bà Trần Thị Mai, Phó Bí thư Thường trực Tỉnh ủy.');
    expect(r.events[0]?.attendees).toEqual(['Trần Thị Mai']);
    // without the introduction, a list is no attendance
    const q = rec('Sáng 6/10, Tỉnh ủy Thanh Hóa tổ chức hội nghị. Báo cáo nêu rõ kết quả của Ban Tuyên giáo, Ban Dân vận; bà Trần Thị Mai, Phó Bí thư Thường trực Tỉnh ủy.');
    expect(q.events[0]?.attendees).toEqual([]);
  });
});

describe('documents', () => {
  it('reads type, number, date, issuer and title of a citation', () => {
    const [d] = findDocuments('thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030', {});
    expect(d).toMatchObject({ type: 'Nghị quyết', number: '58-NQ/TW', date: '2020-08-05', issuer: 'Bộ Chính trị' });
    expect(d?.title).toMatch(/^về xây dựng/);
  });
  it('applies a date and issuer written once to every number of a list', () => {
    const ds = findDocuments('các Nghị quyết số 18-NQ/TW, 19-NQ/TW, 20-NQ/TW và 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII', {});
    expect(ds.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['18-NQ/TW', '2022-06-16', 'Ban Chấp hành Trung ương'], ['19-NQ/TW', '2022-06-16', 'Ban Chấp hành Trung ương'],
      ['20-NQ/TW', '2022-06-16', 'Ban Chấp hành Trung ương'], ['21-NQ/TW', '2022-06-16', 'Ban Chấp hành Trung ương'],
    ]);
  });
  it('removes stray spaces, reads state numbers and issuer codes', () => {
    expect(findDocuments('Quyết định số 1523/ QĐ-UBND ngày 06/5/2022 của UBND tỉnh', { province: 'Thanh Hóa' })[0]).toMatchObject({ number: '1523/QĐ-UBND', issuer: 'UBND tỉnh Thanh Hóa' });
    expect(findDocuments('Quyết định số 259/QĐ-TTg ngày 17/3/2023 phê duyệt', {})[0]).toMatchObject({ type: 'Quyết định', issuer: 'Thủ tướng Chính phủ' });
    expect(findDocuments('Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15', {})[0]).toMatchObject({ type: 'Luật', number: '10/2022/QH15', issuer: 'Quốc hội', date: null });
    expect(findDocuments('Quy định số 144-QĐ/TW của Bộ Chính trị', {})[0]?.type).toBe('Quy định');
  });
  it('records an unnumbered congress resolution', () => {
    const [d] = findDocuments('Nghị quyết Đại hội Đảng bộ huyện Nga Sơn lần thứ XXVI, nhiệm kỳ 2020 - 2025', {});
    expect(d).toMatchObject({ number: null, issuer: 'Ban Chấp hành Đảng bộ huyện Nga Sơn' });
  });
});

describe('metadata', () => {
  it('reads bylines in their common forms', () => {
    expect(rec('Tiêu đề của bài viết ở đây\n\nNội dung.\n\nThực hiện: Thu Hương-Kim Oanh').report.authors).toEqual(['Thu Hương', 'Kim Oanh']);
    expect(rec('Tiêu đề của bài viết ở đây\n\nNội dung.\n\nLê Hải (CTV)').report.authors).toEqual(['Lê Hải']);
    expect(rec('Tiêu đề của bài viết ở đây\n\nNội dung.\n\nDuy Phong - TTVHTT\nTin tức\nĐăng nhập').report.authors).toEqual(['Duy Phong']);
    expect(rec('Tiêu đề của bài viết ở đây\n\nNội dung.\n\nTin: Minh Hiếu - Ảnh: Quốc Hương').report.authors).toEqual(['Minh Hiếu', 'Quốc Hương']);
  });
  it('never guesses a place the text does not name', () => {
    const r = rec('UBND huyện tổ chức phiên họp thường kỳ\n\nNgày 1/11/2023, UBND huyện tổ chức phiên họp thường kỳ. Đồng chí Ngô Minh Quế- Phó Bí Thư Huyện uỷ, Chủ tịch UBND huyện chủ trì hội nghị.');
    expect(r.report.place).toEqual({ district: null, province: null });
    expect(positions(r, 'Ngô Minh Quế')).toEqual(['Phó Bí thư @ Huyện ủy', 'Chủ tịch @ UBND huyện']);
  });
  it('tells a provincial city from its province and a commune report from its district', () => {
    expect(rec(' date 2023-04 Thành phố Thanh Hóa triển khai Quy hoạch chung\n\nSáng 11/4/2023, Thành ủy, UBND thành phố Thanh Hóa tổ chức hội nghị.').report.place).toEqual({ district: 'Thanh Hóa', province: 'Thanh Hóa' });
    const c = rec('Xã Hoằng Đạo tổ chức hội nghị đối thoại\n\nSáng ngày 12/10/2023, Đảng ủy, UBND, Ủy ban MTTQ xã Hoằng Đạo (huyện Hoằng Hóa) phối hợp tổ chức hội nghị đối thoại.');
    expect(c.report.place).toMatchObject({ district: 'Hoằng Hóa', province: 'Thanh Hóa', commune: 'Hoằng Đạo' });
    expect(c.events[0]?.organizers).toEqual(['Đảng ủy xã Hoằng Đạo', 'UBND xã Hoằng Đạo', 'Ủy ban MTTQ xã Hoằng Đạo']);
  });
});

describe('explanation and robustness', () => {
  it('ties every fact to a sentence span and a rule', () => {
    const text = 'Sáng 3/1/2024, Huyện ủy Đông Sơn tổ chức hội nghị. Đồng chí Lê Trọng Thụ, Bí thư Huyện ủy chủ trì hội nghị.';
    const full = extractFull(text, { id: 't' });
    const pos = full.facts.find((f) => f.kind === 'position');
    expect(pos?.evidence.rule).toMatch(/^position\./);
    expect(text.slice(pos!.evidence.start, pos!.evidence.end)).toBe(pos!.evidence.quote);
    expect(full.facts.find((f) => f.kind === 'chair')?.evidence.rule).toBe('role.chair-verb');
  });
  it('never throws and always returns a valid record', () => {
    for (const s of ['', ' ', '\u0000\u0001', '((((', 'đồng chí '.repeat(1000), 'Lê Văn', '58-NQ/TW', '<p>', '\ud800', 'Sáng 31/2/2024, tổ chức']) {
      const r = extract(s, { id: 'x' });
      expect(ExtractionRecord.safeParse(r).success).toBe(true);
    }
  });
});
