// The kinds of events the generated reports describe, each a template over the world:
// who chairs, who attends, who speaks, what is cited, and how the report words it.
import { dayFrom, lastDayOfMonth, lunarYearName, quarterRoman, roman, workday, ymd, type Day } from './calendar.ts';
import type { DocRef } from './compose.ts';
import { nationalRef } from './compose.ts';
import { NATIONAL_BY_NUMBER, type Topic } from './documents.ts';
import { TOPIC_FILLERS, shortcomings, type FillerName } from './filler.ts';
import type { Position } from './orgs.ts';
import type { Rng } from './prng.ts';
import { END_DAY, START_DAY } from './units.ts';
import { cap, type Scope, type Writer } from './writer.ts';
import type { CommuneWorld, DistrictWorld, ProvinceWorld, Role } from './world.ts';

export interface DayContext {
  readonly rng: Rng;
  readonly pWorld: ProvinceWorld;
  readonly dWorld?: DistrictWorld;
  readonly cWorld?: CommuneWorld;
}

export type PartWord = 'Sáng' | 'Chiều' | 'Tối' | null;

export interface Kind {
  readonly id: string;
  readonly scope: Scope;
  readonly weight: number;
  /** may be written about a district the text never names (dev25) */
  readonly hideable?: boolean;
  /** the lead's date is written without a year only if the page says when it was posted */
  readonly needsPub?: boolean;
  readonly parts?: readonly (readonly [PartWord, number])[];
  /** days after the main day that the report also covers (it is posted after the last) */
  readonly span?: number;
  day(ctx: DayContext): Day | null;
  write(w: Writer): void;
}

export const MEETING_PARTS: readonly (readonly [PartWord, number])[] = [['Sáng', 60], ['Chiều', 30], [null, 10]];

// ---------------------------------------------------------------------------------------
// Days

function randomMonth(rng: Rng): { y: number; m: number } {
  const months = (2025 - 2020) * 12 + 6;
  const i = rng.int(0, months - 1);
  return { y: 2020 + Math.floor(i / 12), m: (i % 12) + 1 };
}

function dayIn(rng: Rng, y: number, m: number, d0: number, d1: number): Day {
  const last = lastDayOfMonth(y, m);
  return workday(dayFrom(y, m, Math.min(last, rng.int(d0, d1))));
}

function clampDay(day: Day | null): Day | null {
  if (day === null || day < START_DAY || day > END_DAY) return null;
  return day;
}

const anyMonthEnd = (ctx: DayContext): Day | null => {
  const { y, m } = randomMonth(ctx.rng);
  return clampDay(dayIn(ctx.rng, y, m, 18, 28));
};
const anyDay = (ctx: DayContext): Day | null => {
  const { y, m } = randomMonth(ctx.rng);
  return clampDay(dayIn(ctx.rng, y, m, 2, 27));
};
const halfOrYear = (ctx: DayContext): Day | null => {
  const y = ctx.rng.int(2020, 2025);
  const r = ctx.rng.next();
  if (r < 0.45 && y < 2025) return clampDay(dayIn(ctx.rng, y, 12, 10, 28));
  if (r < 0.9) return clampDay(dayIn(ctx.rng, y, 7, 3, 22));
  return anyDay(ctx);
};
const yearEnd = (ctx: DayContext): Day | null => {
  const y = ctx.rng.int(2020, 2025);
  return clampDay(ctx.rng.chance(0.5) ? dayIn(ctx.rng, y, 12, 18, 30) : dayIn(ctx.rng, y, 1, 3, 18));
};

// ---------------------------------------------------------------------------------------
// Helpers

/** Filler paragraphs on the given topics. */
function fill(w: Writer, names: readonly FillerName[], k: number): string {
  return w.rng.sample(names, k).map((n) => TOPIC_FILLERS[n](w.scene)).join(' ');
}

function period(w: Writer): { now: string; next: string } {
  const m = w.m;
  const y = w.y;
  if (m === 12) return { now: `năm ${y}`, next: `năm ${y + 1}` };
  if (m === 1) return { now: `năm ${y - 1}`, next: `năm ${y}` };
  if (m === 6 || m === 7) return { now: `6 tháng đầu năm ${y}`, next: `6 tháng cuối năm ${y}` };
  if (m === 3 || m === 4) return { now: `quý I năm ${y}`, next: `quý II năm ${y}` };
  if (m === 9 || m === 10) return { now: `9 tháng đầu năm ${y}`, next: `quý IV năm ${y}` };
  return { now: `tháng ${m} năm ${y}`, next: `tháng ${m + 1}` };
}

function venue(w: Writer): string {
  const lw = w.unit.lw;
  if (w.scope === 'commune') return w.rng.pick(['Hội trường UBND xã', 'Nhà văn hóa trung tâm xã']).replace('xã', lw);
  if (w.scope === 'province') return w.rng.pick(['Trung tâm Hội nghị tỉnh', 'Hội trường Tỉnh ủy']);
  return w.rng.pick([`Hội trường Trung tâm Chính trị ${lw}`, `Trung tâm Hội nghị ${lw}`, `Hội trường ${w.unit.cmt}`, `Hội trường UBND ${lw}`]);
}

/** "Hoằng Hóa: " or "" for headlines. */
function placePrefix(w: Writer): string {
  if (w.hidden) return '';
  return w.rng.chance(0.35) ? `${w.unit.name}: ` : '';
}

function unitName(w: Writer): string {
  return w.hidden ? '' : ` ${w.unit.name}`;
}

/** The lead: "<when>, [tại <venue>,] <organizers> <action>." */
function lead(w: Writer, orgs: string, action: string, location: string | null): string {
  return `${w.when.text}, ${location ? `tại ${location}, ` : ''}${orgs} ${action}.`;
}

function officePos(w: Writer, slot: string): Position | null {
  const r = w.d(slot);
  return r ? r.main : null;
}

function isOffice(w: Writer, slot: string, name: string): boolean {
  const r = w.d(slot);
  return !!r && r.main.org.name === name;
}

function officeSlot(w: Writer, name: string): string | null {
  for (let i = 0; i < 12; i++) if (isOffice(w, `P_${i}`, name)) return `P_${i}`;
  return null;
}

const provinceGuestSlots = ['P_TC_D', 'P_TG_D', 'P_DV_D'] as const;

/** The holder of `usual`, or now and then (probability p) the deputy standing in. */
function usualOrDeputy(w: Writer, usual: string, deputy: string, p: number): Role {
  const a = w.d(usual);
  const b = w.d(deputy);
  return need(a && !(b && w.facts.chance(p)) ? a : b ?? a);
}

// ---------------------------------------------------------------------------------------
// District kinds

const btv: Kind = {
  id: 'btv', scope: 'district', weight: 14, hideable: true, day: anyMonthEnd,
  write(w) {
    const r = w.rng;
    const chair = usualOrDeputy(w, 'SEC', 'DSEC_TT', 0.12);
    const u = w.unit;
    const monthly = r.chance(0.5) ? `tháng ${w.m} năm ${w.y}` : `tháng ${w.m}`;
    w.headline = r.pick([
      `Ban Thường vụ ${u.cmt}${unitName(w)} họp phiên thường kỳ tháng ${w.m}/${w.y}`,
      `${placePrefix(w)}Ban Thường vụ ${u.cmt} họp phiên thường kỳ tháng ${w.m}`,
      `Ban Thường vụ ${u.cmt}${unitName(w)} cho ý kiến vào nhiều nội dung quan trọng`,
    ]);
    const ev = w.event(`Phiên họp thường kỳ tháng ${w.m} năm ${w.y} của Ban Thường vụ ${u.cmt}${unitName(w)}`, [w.org('btv')]);
    const orgs = w.orgLead(w.org('btv'));
    const purpose = 'để đánh giá kết quả lãnh đạo, chỉ đạo trong tháng và cho ý kiến vào một số nội dung quan trọng';
    const others = w.pickRoles((s) => w.d(s), ['DSEC_TT', 'CHAIR', 'SEC'], w.facts.int(0, 2), [chair]);
    if (r.chance(0.35)) {
      ev.chair(chair.person);
      w.para(`${w.when.text}, dưới sự chủ trì của ${w.c.full(chair, { show: w.c.drawShow() })}, ${orgs} đã họp phiên thường kỳ ${monthly} ${purpose}.`);
    } else {
      w.para(`${lead(w, orgs, `họp phiên thường kỳ ${monthly} ${purpose}`, null)} ${w.chairs(ev, [chair], r.pick(['hội nghị', 'phiên họp']))}`.trim());
    }
    w.para(w.attend(ev, others, r.pick(['Dự hội nghị có', 'Dự phiên họp có']), w.groups('party')));
    const cvp = w.d('CVP');
    const stats = fill(w, ['economy', 'agriculture', 'social', 'partyBuilding', 'adminReform'], 2);
    if (cvp && w.facts.chance(0.4)) w.para(w.report(ev, cvp, `tình hình thực hiện nhiệm vụ ${period(w).now}`, 'hội nghị', stats));
    else if (cvp) w.para(`Theo báo cáo do đồng chí ${w.unnamed(cvp.main)} trình bày, ${stats.charAt(0).toLowerCase()}${stats.slice(1)}`);
    else w.para(stats);
    const ub = others.find((o) => o.slot === 'CHAIR');
    if (ub && w.facts.chance(0.6)) {
      ev.speaker(ub.person);
      w.para(`${cap(w.c.mention(ub, { show: 'noMembership', cap: true }))} báo cáo bổ sung về tiến độ giải ngân vốn đầu tư công và công tác giải phóng mặt bằng các dự án trọng điểm.`);
    }
    const tc = w.d('TC');
    if (tc && r.chance(0.5)) {
      const t = w.unnamed(tc.main);
      if (r.chance(0.4)) w.paras.push(`Đồng chí ${t} trình bày tờ trình về công tác cán bộ`);
      w.para(`Tại hội nghị, Ban Thường vụ ${u.cmt} cũng đã nghe đồng chí ${t} trình bày tờ trình về công tác cán bộ; cho ý kiến vào dự thảo kế hoạch kiểm tra, giám sát và một số nội dung khác.`);
    }
    if (r.chance(0.3)) w.para(shortcomings(w.scene));
    const refs = w.docs(['cadre', 'economy', 'land', 'budget'], r.int(0, 2));
    w.para(w.conclude(ev, chair, 'hội nghị', w.directive(refs)));
  },
};

const ubnd: Kind = {
  id: 'ubnd', scope: 'district', weight: 14, hideable: true, day: anyMonthEnd,
  write(w) {
    const r = w.rng;
    const chair = usualOrDeputy(w, 'CHAIR', 'VC_TT', 0.08);
    const u = w.unit;
    const ub = w.org('ubnd');
    w.headline = r.pick([
      `UBND ${u.lw}${unitName(w)} họp phiên thường kỳ tháng ${w.m} năm ${w.y}`,
      `${placePrefix(w)}UBND ${u.lw} đánh giá tình hình kinh tế - xã hội tháng ${w.m}`,
      `UBND ${u.lw}${unitName(w)} họp phiên thường kỳ tháng ${w.m}/${w.y}`,
    ]);
    const ev = w.event(`Phiên họp thường kỳ tháng ${w.m} năm ${w.y} của UBND ${u.lw}${unitName(w)}`, [ub]);
    const p = period(w);
    w.para(`${lead(w, w.orgLead(ub), `tổ chức phiên họp thường kỳ tháng ${w.m} để đánh giá tình hình thực hiện nhiệm vụ ${p.now} và bàn giải pháp thực hiện nhiệm vụ trọng tâm ${p.next}`, null)} ${w.chairs(ev, [chair], 'phiên họp')}`);
    const deputies = w.pickRoles((s) => w.d(s), ['VC1', 'VC2', 'VC_TT'], w.facts.int(1, 3), [chair]);
    const vcs = deputies.filter((x) => x.slot === 'VC1' || x.slot === 'VC2');
    const guests: Role[] = [];
    const sec = w.d('SEC');
    let secDirects = false;
    if (sec && w.facts.chance(0.18) && sec.person.id !== chair.person.id) {
      guests.push(sec);
      secDirects = true;
    }
    const rest = deputies.filter((x) => !vcs.includes(x));
    const list = vcs.length === 2 && rest.length === 0 ? vcs : deputies;
    w.para(w.attend(ev, [...guests, ...list], r.pick(['Cùng dự có', 'Dự phiên họp có', 'Tham dự có']), w.groups('state')));
    w.paras.push(w.sceneCaption('phiên họp'));
    w.para(fill(w, ['economy', 'agriculture', 'adminReform', 'digital', 'social'], 2));
    const tckh = officeSlot(w, 'Phòng Tài chính - Kế hoạch');
    const stats2 = `Tổng thu ngân sách trên địa bàn ước đạt ${20 + w.facts.int(10, 400)} tỷ đồng, bằng ${w.facts.int(12, 96)}% dự toán ${u.lw} giao; tiến độ giải ngân vốn đầu tư công mới đạt ${w.facts.int(10, 80)}% kế hoạch.`;
    if (tckh) {
      const head = w.d(tckh)!;
      if (w.facts.chance(0.35)) w.para(w.report(ev, head, 'tình hình thu, chi ngân sách', 'phiên họp', stats2));
      else w.para(w.reportUnnamed(head.main, `tình hình thu, chi ngân sách ${p.now}`, stats2));
    }
    const reporter = deputies[0];
    const refs = w.docs(['budget', 'land', 'digital', 'admin'], r.int(0, 2));
    if (reporter) {
      ev.speaker(reporter.person);
      const cite = refs[0] ? ` và việc triển khai ${w.cite(refs[0])}` : '';
      w.para(`${cap(w.c.mention(reporter, { show: 'main', cap: true }))} báo cáo tiến độ giải phóng mặt bằng các dự án trọng điểm${cite}. Các thành viên UBND ${u.lw} đã thảo luận, làm rõ nguyên nhân chậm trễ và đề xuất giải pháp khắc phục.`);
    }
    if (secDirects && sec) w.para(w.direct(ev, sec, 'phiên họp', `đề nghị UBND ${u.lw} tập trung chỉ đạo quyết liệt các nhiệm vụ trọng tâm, nhất là thu ngân sách và giải ngân vốn đầu tư công.`));
    w.para(w.conclude(ev, chair, 'phiên họp', w.directive(refs.slice(1))));
  },
};

const hdnd: Kind = {
  id: 'hdnd', scope: 'district', weight: 8,
  parts: [['Sáng', 40], [null, 60]],
  day(ctx) {
    const ss = ctx.dWorld?.councilSessions.filter((s) => s.day >= START_DAY && s.day <= END_DAY) ?? [];
    if (ss.length === 0) return null;
    return ctx.rng.pick(ss).day;
  },
  write(w) {
    const r = w.rng;
    const s = w.dWorld?.councilSessions.find((x) => x.day === w.day);
    const sec = w.d('SEC');
    const stt = w.d('DSEC_TT');
    const council = [sec, stt].find((x) => x && x.positions.some((p) => p.org.kind === 'hdnd' && p.title === 'Chủ tịch'));
    const vc = w.d('HD_VC');
    if (!s || !council) throw new Skip();
    const u = w.unit;
    const hd = w.org('hdnd');
    const kindText = s.kind === 'end' ? ` - kỳ họp thường lệ cuối năm ${w.y}` : s.kind === 'mid' ? ` - kỳ họp thường lệ giữa năm ${w.y}` : s.kind === 'theme' ? ' (kỳ họp chuyên đề)' : '';
    const k = w.facts.int(4, 14);
    w.headline = r.pick([
      `Kỳ họp thứ ${s.number}, HĐND ${u.lw}${unitName(w)} khóa ${s.khoa} thông qua ${k} nghị quyết`,
      `HĐND ${u.lw}${unitName(w)} tổ chức kỳ họp thứ ${s.number}`,
      `${placePrefix(w)}Khai mạc kỳ họp thứ ${s.number} HĐND ${u.lw} khóa ${s.khoa}`,
    ]);
    const location = r.chance(0.5) ? venue(w) : null;
    const ev = w.event(`Kỳ họp thứ ${s.number}, HĐND ${u.lw}${unitName(w)} khóa ${s.khoa}, nhiệm kỳ ${s.term}`, [hd], location);
    const chairs = vc && w.facts.chance(0.7) ? [council, vc] : [council];
    w.para(`${lead(w, `${w.orgLead(hd)} khóa ${s.khoa}, nhiệm kỳ ${s.term}`, `tổ chức kỳ họp thứ ${s.number}${kindText}`, location)} ${w.chairs(ev, chairs, 'kỳ họp')}`);
    const guests = w.pickRoles((x) => w.d(x), ['CHAIR', 'DSEC_TT', 'SEC'], w.facts.int(1, 2), chairs);
    w.para(w.attend(ev, guests, r.pick(['Dự kỳ họp có', 'Tham dự kỳ họp có']), w.groups('council')));
    ev.speaker(council.person);
    w.para(`Phát biểu khai mạc, ${w.c.name(council)} đánh giá ${period(w).now} ${u.lw} đã hoàn thành và hoàn thành vượt mức ${w.facts.int(14, 27)}/${w.facts.int(27, 30)} chỉ tiêu theo Nghị quyết của HĐND ${u.lw}. ${fill(w, ['economy', 'newCountryside'], 1)}`);
    const ub = guests.find((g) => g.slot === 'CHAIR');
    const kt = w.d('HD_KT');
    const parts: string[] = [];
    if (ub) {
      ev.speaker(ub.person);
      parts.push(`${w.c.name(ub)} trình bày báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội ${period(w).now}, phương hướng, nhiệm vụ ${period(w).next}`);
    }
    if (kt && w.facts.chance(0.7)) {
      ev.speaker(kt.person);
      parts.push(`${w.c.titled(kt, 'main')} trình bày báo cáo thẩm tra các tờ trình, dự thảo nghị quyết`);
    }
    if (parts.length > 0) w.para(`Tại kỳ họp, ${parts.join('; ')}. Các đại biểu đã thảo luận, chất vấn lãnh đạo UBND ${u.lw} và các phòng chuyên môn về công tác quản lý đất đai, bảo vệ môi trường và tiến độ các công trình trọng điểm.`);
    w.paras.push(w.sceneCaption('kỳ họp'));
    const passed: string[] = [];
    const issuer = `HĐND ${u.lw}${unitName(w)}`;
    const next = s.kind === 'end' ? w.y + 1 : w.y;
    const subjects = s.kind === 'end'
      ? [`về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm ${next}`, `về dự toán thu, chi ngân sách địa phương năm ${next}`, `về kế hoạch đầu tư công năm ${next}`]
      : [`về điều chỉnh kế hoạch đầu tư công năm ${w.y}`, `về phê duyệt chủ trương đầu tư một số dự án trên địa bàn ${u.lw}`];
    for (const sub of w.facts.sample(subjects, w.facts.int(1, subjects.length))) {
      passed.push(`Nghị quyết ${sub}`);
      w.c.unnumbered({ type: 'Nghị quyết', number: null, date: null, issuer, title: sub });
    }
    const amend = w.docs(['budget', 'economy'], 3, { national: false }).find((d) => d.number.endsWith('/NQ-HĐND'));
    if (amend) {
      const t = `điều chỉnh, bổ sung ${w.cite(amend)}`;
      passed.push(`Nghị quyết ${t}`);
      w.c.unnumbered({ type: 'Nghị quyết', number: null, date: null, issuer, title: t });
    }
    w.para(`Kỳ họp đã biểu quyết thông qua ${k} nghị quyết, trong đó có: ${passed.join('; ')}.`);
    ev.speaker(council.person);
    w.para(`Phát biểu bế mạc kỳ họp, ${w.c.name(council)} đề nghị UBND ${u.lw}, các ngành, các địa phương khẩn trương triển khai các nghị quyết vừa được thông qua; Thường trực, các Ban HĐND và đại biểu HĐND ${u.lw} tăng cường giám sát, kịp thời phát hiện, kiến nghị tháo gỡ khó khăn, vướng mắc.`);
  },
};

function bchNumber(w: Writer): number {
  const dw = w.dWorld!;
  const since = w.day >= dw.congressDay ? w.day - dw.congressDay : w.day - (dw.congressDay - 5 * 365);
  return 1 + Math.floor(since / 58);
}

const bch: Kind = {
  id: 'bch', scope: 'district', weight: 8, day: halfOrYear,
  write(w) {
    const r = w.rng;
    const sec = need(w.d('SEC'));
    const u = w.unit;
    const n = bchNumber(w);
    const b = w.org('bch');
    const p = period(w);
    const topic = w.m === 12 ? `tổng kết công tác năm ${w.y}, triển khai nhiệm vụ năm ${w.y + 1}` : w.m === 7 || w.m === 6 ? `sơ kết công tác lãnh đạo, chỉ đạo 6 tháng đầu năm ${w.y}` : 'thảo luận, cho ý kiến vào một số nội dung quan trọng';
    w.headline = r.pick([
      `Hội nghị Ban Chấp hành Đảng bộ ${u.lw} lần thứ ${n}, ${topic.replace('công tác lãnh đạo, chỉ đạo', 'công tác')}`,
      `${placePrefix(w)}Hội nghị Ban Chấp hành Đảng bộ ${u.lw} lần thứ ${n}`,
    ]);
    const location = r.chance(0.5) ? venue(w) : null;
    const ev = w.event(`Hội nghị lần thứ ${n} Ban Chấp hành Đảng bộ ${u.lw}${unitName(w)}, ${topic}`, [b], location);
    const coChairs = w.facts.chance(0.55) ? [sec, ...w.pickRoles((s) => w.d(s), ['CHAIR', 'DSEC_TT'], 2, [sec])] : [sec];
    w.para(`${lead(w, w.orgLead(b), `tổ chức Hội nghị lần thứ ${n} nhằm ${topic}`, location)} ${w.chairs(ev, coChairs, 'hội nghị')}`);
    const guest = w.hidden ? null : w.any((s) => w.p(s), w.facts.sample(provinceGuestSlots, 3));
    const others = w.pickRoles((s) => w.d(s), ['CHAIR', 'DSEC_TT'], 2, coChairs);
    const list = guest && w.facts.chance(0.6) ? [guest, ...others] : others;
    w.para(w.attend(ev, list, 'Dự hội nghị có', w.groups('party')));
    w.paras.push(w.sceneCaption('hội nghị'));
    const stats = fill(w, ['economy', 'agriculture', 'newCountryside', 'partyBuilding'], 2);
    const reporter = w.any((s) => w.d(s), ['CHAIR', 'DSEC_TT'], [sec]);
    w.para(reporter ? w.report(ev, reporter, `kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội ${p.now} và các nhiệm vụ, giải pháp trọng tâm ${p.next}`, 'hội nghị', stats) : stats);
    w.para(`${shortcomings(w.scene)} Các đại biểu tập trung thảo luận, làm rõ nguyên nhân của những tồn tại, hạn chế và đề xuất nhiều giải pháp sát với thực tế.`);
    if (guest && list.includes(guest) && w.facts.chance(0.6)) w.para(w.direct(ev, guest, 'hội nghị', `ghi nhận những kết quả ${u.lw} đạt được, đồng thời đề nghị ${u.lw} tiếp tục đổi mới phương thức lãnh đạo, nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng.`));
    const refs = w.docs(['thanh-hoa', 'economy', 'cadre'], r.int(1, 2));
    w.para(w.conclude(ev, sec, 'hội nghị', w.directive(refs)));
    if (w.m === 12 && r.chance(0.4)) w.para(`Dịp này, Ban Chấp hành Đảng bộ ${u.lw} đã tặng Giấy khen cho ${w.facts.int(8, 30)} tập thể, ${w.facts.int(10, 40)} cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${w.y}.`);
  },
};

/** sơ kết / tổng kết N năm thực hiện a document */
const review: Kind = {
  id: 'review', scope: 'district', weight: 8, hideable: true, day: anyDay,
  write(w) {
    const r = w.rng;
    const candidates = w.docs(['thanh-hoa', 'cadre', 'ideology', 'ntm', 'digital', 'ethnic', 'forest', 'tourism', 'economy'], 6)
      .filter((d) => w.day - d.date >= 360 && !d.lawName);
    const doc = need(candidates[0]);
    const years = Math.floor((w.day - doc.date) / 365);
    const what = years >= 5 ? `tổng kết ${years} năm` : `sơ kết ${years} năm`;
    const party = /-(NQ|CT|KL)\//.test(doc.number);
    const u = w.unit;
    const orgKind = party ? 'btv' : 'ubnd';
    const o = w.org(orgKind);
    const chair = need(party ? w.d('SEC') ?? w.d('DSEC_TT') : w.d('CHAIR') ?? w.d('VC_TT'));
    w.headline = `${w.hidden ? `${cap(o.kind === 'ubnd' ? `UBND ${u.lw}` : `Ban Thường vụ ${u.cmt}`)} ` : `${u.name} `}${what} thực hiện ${doc.type} số ${doc.number}${doc.issuerText[0] && !doc.issuerFromCode ? ` của ${doc.issuerText[0]}` : ''}`;
    const ev = w.event(`Hội nghị ${what} thực hiện ${doc.type} số ${doc.number}`, [o]);
    w.para(lead(w, w.orgLead(o), `tổ chức hội nghị ${what} thực hiện ${w.cite(doc)}`, null));
    const guestSlot = doc.number === '1719/QĐ-TTg' ? 'P_BDT_D' : party ? w.facts.pick(provinceGuestSlots) : w.facts.pick(['P_SO_0_PGD', 'P_SO_1_PGD', 'P_SO_5_PGD', 'P_SO_7_PGD']);
    const guest = w.hidden ? null : w.p(guestSlot);
    const others = w.pickRoles((s) => w.d(s), party ? ['CHAIR', 'DSEC_TT'] : ['VC_TT', 'VC1', 'VC2'], w.facts.int(0, 2), [chair]);
    const roles = guest ? [guest, ...others] : others;
    w.para(`${w.chairs(ev, [chair], 'hội nghị')} ${w.attend(ev, roles, r.pick(['Dự hội nghị có', 'Tham dự hội nghị có']), w.groups(party ? 'party' : 'state'))}`);
    const reporter = party ? w.any((s) => w.d(s), ['TG', 'DV', 'TC'], [chair]) : w.any((s) => w.d(s), ['VC_TT', 'VC1', 'VC2'], [chair]);
    const stats = fill(w, ['economy', 'newCountryside', 'partyBuilding', 'social', 'agriculture'], 2);
    if (reporter) w.para(w.report(ev, reporter, `${what.replace(/ \d+ năm/, '')} việc thực hiện ${w.cite(doc)}`, 'hội nghị', stats));
    else w.para(stats);
    w.para(shortcomings(w.scene));
    if (guest && w.facts.chance(0.7)) w.para(w.direct(ev, guest, 'hội nghị', `đánh giá cao cách làm của ${u.lw}, đồng thời lưu ý ${u.lw} sớm tháo gỡ những khó khăn, vướng mắc trong quá trình thực hiện.`));
    const more = w.docs(['cadre', 'economy'], r.int(0, 1)).filter((d) => d.number !== doc.number);
    w.para(w.conclude(ev, chair, 'hội nghị', w.directive([doc, ...more])));
  },
};

/** học tập, quán triệt a resolution */
const study: Kind = {
  id: 'study', scope: 'district', weight: 5, parts: [['Sáng', 50], ['Chiều', 20], [null, 30]],
  day(ctx) {
    const r = ctx.rng;
    const which = r.weighted<[number, number, number]>([[[2022, 8, 10], 5], [[2020, 9, 12], ctx.pWorld.code === '38' ? 3 : 0.01], [[2021, 10, 12], 2], [[2021, 6, 7], 1]]);
    return clampDay(dayIn(r, which[0], which[1] + r.int(0, which[2] - which[1]), 3, 27));
  },
  write(w) {
    const r = w.rng;
    const sec = need(w.d('SEC'));
    const u = w.unit;
    const o = w.org('btv');
    const day = w.day;
    const tw5 = ['18-NQ/TW', '19-NQ/TW', '20-NQ/TW', '21-NQ/TW'].map((n) => nationalRef(NATIONAL_BY_NUMBER.get(n)!));
    const ref = (n: string): DocRef => nationalRef(NATIONAL_BY_NUMBER.get(n)!);
    let subject: string;
    let citeText: string;
    const y = ymd(day).y;
    if (day >= dayFrom(2022, 7, 15)) {
      subject = 'học tập, quán triệt và triển khai thực hiện các nghị quyết, kết luận của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII';
      citeText = w.c.citeGroup(tw5);
    } else if (w.province.code === '38' && day >= dayFrom(2020, 9, 1) && day < dayFrom(2021, 6, 1)) {
      subject = 'học tập, quán triệt và triển khai thực hiện Nghị quyết số 58-NQ/TW của Bộ Chính trị';
      citeText = w.cite(ref('58-NQ/TW'));
    } else if (day >= dayFrom(2021, 10, 15)) {
      subject = 'quán triệt, triển khai Kết luận số 14-KL/TW của Bộ Chính trị';
      citeText = w.cite(ref('14-KL/TW'));
    } else if (day >= dayFrom(2021, 6, 15)) {
      subject = 'quán triệt, triển khai Kết luận số 01-KL/TW của Bộ Chính trị';
      citeText = w.cite(ref('01-KL/TW'));
    } else throw new Skip();
    w.headline = `${w.hidden ? `Ban Thường vụ ${u.cmt}` : u.name} ${subject.replace('và triển khai thực hiện ', '').replace(/ của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII/, ' Hội nghị Trung ương 5 khóa XIII')}`;
    const ev = w.event(`Hội nghị ${subject}`, [o]);
    const points = w.facts.int(12, 40);
    w.para(`${lead(w, w.orgLead(o), `tổ chức hội nghị trực tiếp kết hợp trực tuyến đến ${points} điểm cầu để ${subject}`, null)} ${w.chairs(ev, [sec], 'hội nghị')}`);
    const others = w.pickRoles((s) => w.d(s), ['DSEC_TT', 'CHAIR'], 2, [sec]);
    w.para(w.attend(ev, others, 'Cùng dự có', [`các đồng chí trong Ban Thường vụ ${u.cmt}`, `Ủy viên Ban Chấp hành Đảng bộ ${u.lw} cùng hơn ${w.facts.int(8, 30) * 100} cán bộ, đảng viên tại các điểm cầu`]));
    const tg = w.any((s) => w.d(s), ['TG', 'DV', 'TC'], [sec]);
    if (tg) {
      ev.speaker(tg.person);
      if (r.chance(0.5)) w.paras.push(`${cap(w.c.full(tg, { cap: true, show: 'all' }))} quán triệt nghị quyết tại hội nghị`);
      w.para(`Tại hội nghị, ${w.c.mention(tg)} đã truyền đạt những nội dung cơ bản, cốt lõi của ${citeText}.${y >= 2022 && w.c.cited('19-NQ/TW') ? ` Trong đó, ${w.c.cite({ ...tw5[1]! }, { date: false, subject: true })} được đặc biệt quan tâm.` : ''}`);
    } else w.para(`Tại hội nghị, các đại biểu đã được nghe truyền đạt những nội dung cơ bản, cốt lõi của ${citeText}.`);
    const ub = others.find((o2) => o2.slot === 'CHAIR');
    if (ub) {
      ev.speaker(ub.person);
      w.para(`${cap(w.c.mention(ub, { show: 'main', cap: true }))} giới thiệu chương trình hành động của UBND ${u.lw} thực hiện nghị quyết, với mục tiêu đến năm 2025 hình thành thêm ${w.facts.int(2, 8)} vùng sản xuất hàng hóa ứng dụng công nghệ cao.`);
    }
    const dv = w.d('DV');
    if (dv && dv.person.id !== tg?.person.id && r.chance(0.5)) w.para(`Đ/c ${w.unnamed(dv.main)} triển khai kế hoạch tuyên truyền các nghị quyết đến đoàn viên, hội viên và Nhân dân.`);
    w.para(w.conclude(ev, sec, 'hội nghị', `yêu cầu các tổ chức cơ sở đảng tổ chức học tập nghị quyết bảo đảm thời gian, nghiêm túc, chất lượng; mỗi cán bộ, đảng viên phải viết bài thu hoạch gắn với trách nhiệm của bản thân.`));
  },
};

const yearEndKind: Kind = {
  id: 'yearEnd', scope: 'district', weight: 6, day: yearEnd,
  write(w) {
    const r = w.rng;
    const sec = w.d('SEC');
    const ub = w.d('CHAIR');
    if (!sec || !ub) throw new Skip();
    const u = w.unit;
    const y0 = w.m === 12 ? w.y : w.y - 1;
    const three = w.dWorld?.flags.council && w.facts.chance(0.5);
    const orgs = three ? [w.org('cmt'), w.org('hdnd'), w.org('ubnd')] : [w.org('cmt'), w.org('ubnd')];
    const orgsText = `${three ? `${u.cmt}, HĐND, UBND` : `${u.cmt}, UBND`} ${u.lw}${unitName(w)}${w.hidden ? '' : w.provinceSuffix()}`;
    w.headline = r.pick([`${u.name} tổng kết năm ${y0}, triển khai nhiệm vụ năm ${y0 + 1}`, `${placePrefix(w)}Hội nghị tổng kết công tác năm ${y0}`, `${u.name} triển khai nhiệm vụ phát triển kinh tế - xã hội năm ${y0 + 1}`]);
    const location = r.chance(0.4) ? venue(w) : null;
    const ev = w.event(`Hội nghị tổng kết năm ${y0}, triển khai nhiệm vụ năm ${y0 + 1}`, orgs, location);
    const chairs = w.facts.chance(0.5) ? [sec, ub] : [sec];
    w.para(`${lead(w, orgsText, `tổ chức hội nghị tổng kết công tác năm ${y0}, triển khai nhiệm vụ năm ${y0 + 1}`, location)} ${w.chairs(ev, chairs, 'hội nghị')}`);
    const guest = w.hidden ? null : w.any((s) => w.p(s), w.facts.sample(['P_VC1', 'P_VC2', 'P_VC3', 'P_DSEC', 'P_TC'], 5));
    const others = w.pickRoles((s) => w.d(s), ['DSEC_TT', 'CHAIR', 'VC_TT'], w.facts.int(0, 2), chairs);
    const list = guest ? [guest, ...others] : others;
    w.para(w.attend(ev, list, r.pick(['Dự hội nghị có', 'Về dự hội nghị có']), w.groups('party')));
    w.paras.push(r.pick(['Các đại biểu dự hội nghị', w.sceneCaption('hội nghị')]));
    w.para(`Năm ${y0}, ${fill(w, ['economy', 'agriculture', 'newCountryside', 'social'], 3).replace(/^./, (ch) => ch.toLowerCase())}`);
    w.para(w.report(ev, ub, `kết quả thực hiện nhiệm vụ năm ${y0}, phương hướng, nhiệm vụ năm ${y0 + 1}`, 'hội nghị', shortcomings(w.scene)));
    if (guest && w.facts.chance(0.7)) w.para(w.direct(ev, guest, 'hội nghị', `biểu dương những kết quả ${u.lw} đạt được trong năm ${y0}, đồng thời đề nghị ${u.lw} tập trung khai thác tiềm năng, lợi thế, phấn đấu hoàn thành toàn diện các chỉ tiêu năm ${y0 + 1}.`));
    const refs = w.docs(['thanh-hoa', 'economy', 'budget'], r.int(0, 2));
    w.para(w.conclude(ev, sec, 'hội nghị', w.directive(refs)));
    if (r.chance(0.6)) w.para(`Nhân dịp này, ${u.cmt} đã tặng Giấy khen cho ${w.facts.int(8, 30)} tập thể, ${w.facts.int(10, 45)} cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${y0}.`);
  },
};

const front: Kind = {
  id: 'front', scope: 'district', weight: 4, day: yearEnd,
  write(w) {
    const r = w.rng;
    const chair = need(w.d('MTTQ'));
    const u = w.unit;
    const y0 = w.m === 12 ? w.y : w.y - 1;
    const o = w.org('mttq');
    w.headline = `Ủy ban MTTQ ${u.lw}${unitName(w)} tổng kết công tác Mặt trận năm ${y0}`;
    const ev = w.event(`Hội nghị tổng kết công tác Mặt trận năm ${y0}, triển khai chương trình phối hợp và thống nhất hành động năm ${y0 + 1}`, [o]);
    w.para(`${lead(w, w.orgLead(o), `tổ chức hội nghị tổng kết công tác Mặt trận năm ${y0}, triển khai chương trình phối hợp và thống nhất hành động năm ${y0 + 1}`, null)} ${w.chairs(ev, [chair], 'hội nghị')}`);
    const party = w.any((s) => w.d(s), ['DSEC_TT', 'DV'], [chair]);
    const pvc = w.p('P_MTTQ_VC');
    const guests = [party, w.facts.chance(0.6) ? pvc : null].filter((x): x is Role => x !== null);
    w.para(w.attend(ev, guests, 'Dự hội nghị có', w.groups('front')));
    w.para(`Năm ${y0}, ${TOPIC_FILLERS.frontWork(w.scene).replace(/^./, (ch) => ch.toLowerCase())}`);
    const vc = w.d('MTTQ_VC');
    if (vc) w.para(w.report(ev, vc, 'tổng kết công tác Mặt trận', 'hội nghị', 'Các đại biểu đã thảo luận và ký kết chương trình phối hợp, thống nhất hành động giữa Ủy ban MTTQ với các tổ chức thành viên.'));
    const law = w.docs(['democracy'], 1, { local: false }).find((d) => d.lawName);
    if (party) w.para(w.direct(ev, party, 'hội nghị', `đề nghị Mặt trận các cấp tiếp tục ${law ? `thực hiện tốt ${w.cite(law)}, ` : ''}phát huy quyền làm chủ của Nhân dân; tăng cường nắm bắt tâm tư, nguyện vọng của Nhân dân để kịp thời phản ánh với cấp ủy, chính quyền.`));
    if (pvc && guests.includes(pvc)) {
      ev.speaker(pvc.person);
      w.para(`${cap(w.c.name(pvc, true))} ghi nhận những kết quả nổi bật của Mặt trận ${u.lw} và đề nghị nhân rộng mô hình "Khu dân cư tự quản về an ninh trật tự".`);
    }
    if (r.chance(0.5)) w.para(`Dịp này, Ủy ban MTTQ ${u.lw} tặng Giấy khen cho ${w.facts.int(6, 20)} tập thể, ${w.facts.int(8, 30)} cá nhân có thành tích xuất sắc trong công tác Mặt trận năm ${y0}.`);
  },
};

const hearing: Kind = {
  id: 'hearing', scope: 'district', weight: 3, day: anyDay,
  write(w) {
    const r = w.rng;
    const sec = w.d('SEC');
    const stt = w.d('DSEC_TT');
    const chair = [stt, sec].find((x) => x && x.positions.some((p) => p.org.kind === 'hdnd' && p.title === 'Chủ tịch'));
    const vc = w.any((s) => w.d(s), ['VC_TT', 'VC1', 'VC2']);
    const tnmt = officeSlot(w, 'Phòng Tài nguyên và Môi trường');
    if (!chair || !vc) throw new Skip();
    const u = w.unit;
    const o = w.org('tthdnd');
    const range = `giai đoạn ${w.y - 2} - ${w.y}`;
    w.headline = `Thường trực HĐND ${u.lw}${unitName(w)} tổ chức phiên giải trình về quản lý, sử dụng đất đai`;
    const ev = w.event(`Phiên giải trình về việc chấp hành pháp luật trong quản lý, sử dụng đất đai trên địa bàn ${u.lw} ${range}`, [o]);
    w.para(lead(w, w.orgLead(o), `tổ chức phiên giải trình về việc chấp hành pháp luật trong quản lý, sử dụng đất đai trên địa bàn ${u.lw} ${range}`, null));
    const captionChair = r.chance(0.5);
    const chairSentence = w.chairs(ev, [chair], 'phiên giải trình', { caption: captionChair });
    w.para(`${chairSentence ? `${chairSentence} ` : ''}${w.attend(ev, [vc], 'Dự phiên giải trình có', [`các đồng chí Trưởng, Phó các Ban HĐND ${u.lw}`, `đại diện Ủy ban MTTQ ${u.lw}`, 'lãnh đạo Phòng Tài nguyên và Môi trường'])}`);
    w.para(TOPIC_FILLERS.landUse(w.scene));
    ev.speaker(vc.person);
    w.para(`Giải trình tại phiên họp, ${w.c.name(vc)} thừa nhận trách nhiệm của UBND ${u.lw} trong việc chỉ đạo xử lý các trường hợp vi phạm tồn đọng, đồng thời cam kết đến hết quý ${quarterRoman(Math.min(12, w.m + 3))} sẽ xử lý xong ${w.facts.int(50, 90)}% số vụ việc.${tnmt ? ` Đồng chí ${w.unnamed(officePos(w, tnmt)!)} cũng giải trình, làm rõ nguyên nhân chậm cấp giấy chứng nhận.` : ''}`);
    w.para(w.conclude(ev, chair, 'phiên giải trình', `đề nghị UBND ${u.lw} rà soát, phân loại toàn bộ các trường hợp vi phạm để có phương án xử lý phù hợp; kiên quyết không để phát sinh vi phạm mới.`));
  },
};

const steering: Kind = {
  id: 'steering', scope: 'district', weight: 4, hideable: true, day: anyDay,
  write(w) {
    const r = w.rng;
    const chair = need(w.d('CHAIR'));
    const u = w.unit;
    const digital = w.day >= dayFrom(2022, 2, 1) && w.facts.chance(0.5);
    const topic = digital ? 'chuyển đổi số' : 'các chương trình mục tiêu quốc gia';
    const bcd = w.org('bcd', u, topic);
    const head: Position = { title: 'Trưởng ban', org: bcd };
    const chairRole: Role = { ...chair, positions: [...chair.positions, head] };
    const byBcd = r.chance(0.4);
    const o = byBcd ? bcd : w.org('ubnd');
    const p = period(w);
    w.headline = digital ? `${w.hidden ? `UBND ${u.lw}` : u.name} đẩy mạnh chuyển đổi số, thực hiện Đề án 06` : `${w.hidden ? `UBND ${u.lw}` : u.name} sơ kết thực hiện các chương trình mục tiêu quốc gia`;
    const title = digital ? `Hội nghị triển khai nhiệm vụ chuyển đổi số và thực hiện Đề án 06 ${p.next}` : `Hội nghị sơ kết tình hình thực hiện các chương trình mục tiêu quốc gia ${p.now}`;
    const ev = w.event(title, [o]);
    const refs = digital ? w.docs(['digital'], 2) : w.docs(['ntm', 'ethnic'], r.int(1, 2), { local: false });
    const cites = refs.map((x) => w.cite(x));
    w.para(lead(w, w.orgLead(o), digital ? `tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số${cites.length ? ` và thực hiện ${cites.join(' và ')}` : ''}` : `tổ chức hội nghị sơ kết tình hình thực hiện các chương trình mục tiêu quốc gia ${p.now}${cites.length ? `, trong đó có ${cites.join(' và ')}` : ''}`, null));
    const captionChair = r.chance(0.25);
    const chairSentence = w.chairs(ev, [chairRole], 'hội nghị', { caption: captionChair });
    const officeName = digital ? 'Phòng Văn hóa và Thông tin' : 'Phòng Nông nghiệp và Phát triển nông thôn';
    const os = officeSlot(w, officeName) ?? officeSlot(w, 'Phòng Kinh tế');
    const officeHead = os ? w.d(os) : null;
    const guests = [...w.pickRoles((s) => w.d(s), ['VC_TT', 'VC1', 'VC2'], w.facts.int(1, 2), [chair]), ...(officeHead && w.facts.chance(0.6) ? [officeHead] : []), ...(digital && w.facts.chance(0.4) && w.d('TTVH') ? [w.d('TTVH')!] : [])];
    w.para(`${chairSentence ? `${chairSentence} ` : ''}${w.attend(ev, guests, 'Dự hội nghị có', [`các thành viên Ban Chỉ đạo`, `lãnh đạo các phòng, ban, ngành`, `Chủ tịch UBND ${w.subunits()}`])}`);
    w.para(fill(w, digital ? ['digital', 'adminReform'] : ['newCountryside', 'social', 'agriculture'], 2));
    if (officeHead && guests.includes(officeHead)) w.para(w.report(ev, officeHead, `kết quả thực hiện ${p.now}`, 'hội nghị', shortcomings(w.scene)));
    const vc = guests.find((g) => g.slot.startsWith('VC'));
    if (vc && w.facts.chance(0.6)) {
      ev.speaker(vc.person);
      w.para(`${cap(w.c.name(vc, true))} thông tin về tiến độ thực hiện${refs[0] ? ` ${w.cite(refs[0])}` : ''} trên địa bàn, đề nghị các xã đẩy nhanh tiến độ.`);
    }
    w.para(w.conclude(ev, chairRole, 'hội nghị', w.directive([])));
  },
};

/** A provincial delegation works with the district. */
const visit: Kind = {
  id: 'visit', scope: 'district', weight: 4, day: anyDay,
  write(w) {
    const r = w.rng;
    const u = w.unit;
    const party = w.facts.chance(0.6);
    const lead0 = party ? w.any((s) => w.p(s), w.facts.sample(['P_DSEC_TT', 'P_DSEC', 'P_SEC', 'P_TC'], 4)) : w.any((s) => w.p(s), w.facts.sample(['P_CHAIR', 'P_VC1', 'P_VC2', 'P_VC3'], 4));
    const sec = w.d('SEC');
    const ub = w.d('CHAIR');
    if (!lead0 || !sec || !ub) throw new Skip();
    const visitor = party ? (lead0.slot === 'P_SEC' || lead0.slot === 'P_TC' ? w.org('btv', w.pInfo) : w.org('tt', w.pInfo)) : w.org('ubnd', w.pInfo);
    const host = party ? w.org('btv') : w.org('ubnd');
    const vText = w.orgLead(visitor);
    w.headline = r.pick([
      `${cap(w.unnamed(lead0.main))} làm việc với ${party ? `Ban Thường vụ ${u.cmt}` : `UBND ${u.lw}`} ${u.name}`,
      `${vText} làm việc với ${u.lw} ${u.name}`,
    ]);
    const ev = w.event(`Buổi làm việc của ${vText} với ${party ? `Ban Thường vụ ${u.cmt}` : `UBND ${u.lw}`} ${u.name}`, [visitor]);
    const topic = `về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội ${period(w).now}`;
    w.para(`${w.when.text}, đoàn công tác của ${vText} do ${w.c.full(lead0, { show: w.c.drawShow() })} làm trưởng đoàn đã có buổi làm việc với ${w.orgLead(host)} ${topic}.`);
    ev.chair(lead0.person);
    const comp = w.pickRoles((s) => w.p(s), party ? ['P_TC_D', 'P_TG_D', 'P_DV_D'] : ['P_SO_2_GD', 'P_SO_3_GD', 'P_SO_5_GD', 'P_SO_1_GD'], w.facts.int(1, 2), [lead0]);
    w.para(`${cap(w.c.name(lead0, true))} chủ trì buổi làm việc. ${w.attend(ev, comp, 'Cùng đi có', [`lãnh đạo một số ${party ? 'ban xây dựng Đảng' : 'sở, ngành'} của ${w.pInfo.lw}`])}`);
    w.paras.push(w.sceneCaption('buổi làm việc'));
    const host0 = party ? sec : ub;
    ev.speaker(host0.person);
    w.para(`Báo cáo tại buổi làm việc, ${w.c.full(host0, { show: 'noMembership' })} cho biết: ${fill(w, ['economy', 'agriculture', 'newCountryside'], 2).replace(/^./, (ch) => ch.toLowerCase())} ${cap(w.unit.lw)} kiến nghị tỉnh quan tâm hỗ trợ nguồn vốn đầu tư các công trình hạ tầng trọng điểm.`);
    for (const g of comp) {
      if (w.facts.chance(0.5)) {
        ev.speaker(g.person);
        w.para(`${cap(w.c.name(g, true))} phát biểu, làm rõ một số nội dung ${u.lw} kiến nghị.`);
      }
    }
    w.para(w.conclude(ev, lead0, 'buổi làm việc', `ghi nhận những kết quả ${u.lw} ${u.name} đạt được, đồng thời ${w.directive(w.docs(['thanh-hoa', 'economy'], r.int(0, 1)))}`));
  },
};

/** Who presides over a congress (the outgoing secretary, chair and standing deputy) and who is elected. */
function congressCast(get: (slot: string, day: Day) => Role | null, day: Day, slots: readonly [string, string, string]) {
  const before = day - 1;
  return {
    before,
    sec0: need(get(slots[0], before)),
    ch0: need(get(slots[1], before)),
    st0: get(slots[2], before),
    sec1: need(get(slots[0], day)),
  };
}

/** 2020 district party congress, electing the secretary. */
const congress: Kind = {
  id: 'congress', scope: 'district', weight: 3, parts: [['Sáng', 50], [null, 50]],
  day: (ctx) => clampDay(ctx.dWorld?.congressDay ?? null),
  write(w) {
    const r = w.rng;
    const dw = w.dWorld!;
    const { before, sec0, ch0: ub0, st0: stt0, sec1 } = congressCast((s, d) => w.d(s, d), w.day, ['SEC', 'CHAIR', 'DSEC_TT']);
    const u = w.unit;
    const ord = roman(dw.congressOrdinal);
    const dangbo = w.org('dangbo');
    w.headline = `Đại hội đại biểu Đảng bộ ${u.lw} ${u.name} lần thứ ${ord}, nhiệm kỳ 2020 - 2025`;
    const ev = w.event(`Đại hội đại biểu Đảng bộ ${u.lw} ${u.name} lần thứ ${ord}, nhiệm kỳ 2020 - 2025`, [dangbo], venue(w));
    w.para(`${lead(w, w.orgLead(dangbo), `long trọng tổ chức Đại hội đại biểu lần thứ ${ord}, nhiệm kỳ 2020 - 2025`, ev.gold.location)} Về dự đại hội có ${w.facts.int(250, 350)} đại biểu đại diện cho hơn ${int1000(w)} đảng viên trong toàn Đảng bộ.`);
    const guests = w.pickRoles((s) => w.p(s), ['P_DSEC_TT', 'P_CHAIR', 'P_DSEC', 'P_TC'], w.facts.int(1, 2));
    if (guests.length > 0) w.para(w.attend(ev, guests, 'Về dự đại hội có', [`lãnh đạo các ban, sở, ngành của ${w.pInfo.lw}`]));
    const presidium = [sec0, ub0, ...(stt0 ? [stt0] : [])];
    for (const p of presidium) ev.chair(p.person);
    w.para(`Đoàn Chủ tịch gồm các đồng chí: ${w.c.list(presidium)} điều hành đại hội.`);
    ev.speaker(sec0.person);
    if (r.chance(0.5)) w.paras.push(`${cap(w.c.honor(sec0.person, true))} ${sec0.person.name} đọc diễn văn khai mạc Đại hội`);
    else w.para(`Phát biểu khai mạc đại hội, ${w.c.name(sec0)} khẳng định nhiệm kỳ qua, Đảng bộ ${u.lw} đã đoàn kết, vượt qua khó khăn, hoàn thành thắng lợi các mục tiêu Nghị quyết đại hội đề ra.`);
    const prevNq = `Nghị quyết Đại hội Đảng bộ ${u.lw} lần thứ ${roman(dw.congressOrdinal - 1)}`;
    w.c.unnumbered({ type: 'Nghị quyết', number: null, date: null, issuer: w.hidden ? null : `Ban Chấp hành Đảng bộ ${u.lw} ${u.name}`, title: `Nghị quyết Đại hội Đảng bộ ${u.lw} ${u.name} lần thứ ${roman(dw.congressOrdinal - 1)}` });
    ev.speaker(ub0.person);
    w.para(`Nhiệm kỳ 2015 - 2020, Đảng bộ ${u.lw} đã lãnh đạo hoàn thành và hoàn thành vượt mức ${w.facts.int(18, 26)}/${w.facts.int(26, 30)} chỉ tiêu ${prevNq} đề ra. ${cap(w.c.name(ub0))} trình bày Báo cáo chính trị của Ban Chấp hành Đảng bộ ${u.lw} trình Đại hội.`);
    const g = guests[0];
    const ct35 = nationalRef(NATIONAL_BY_NUMBER.get('35-CT/TW')!);
    if (g) w.para(w.direct(ev, g, 'đại hội', `đề nghị Đảng bộ ${u.lw} quán triệt và thực hiện nghiêm ${w.cite(ct35)}; lựa chọn những đồng chí tiêu biểu về phẩm chất, năng lực, uy tín vào Ban Chấp hành khóa mới.`));
    const elected = sec1.person.id === sec0.person.id ? sec0 : sec1;
    const prev = w.world.districtSlots(w.province.code, w.district!.code).map((s) => w.d(s, before)).find((x) => x && x.person.id === elected.person.id) ?? null;
    const mentioned = presidium.some((p) => p.person.id === elected.person.id) || guests.some((p) => p.person.id === elected.person.id);
    const named = mentioned || !prev || prev.person.id !== elected.person.id ? w.c.name(elected) : w.c.full(prev, { show: 'noMembership' });
    w.c.grant(elected.person, [elected.main]);
    w.para(`Đại hội đã bầu Ban Chấp hành Đảng bộ ${u.lw} khóa ${ord} gồm ${w.facts.int(35, 50)} đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm ${w.facts.int(11, 15)} đồng chí; bầu ${named} giữ chức Bí thư ${u.cmt} nhiệm kỳ 2020 - 2025.`);
    if (r.chance(0.4)) {
      ev.speaker(elected.person);
      w.para(`Phát biểu nhận nhiệm vụ, ${w.c.name(elected)} cảm ơn sự tín nhiệm của Ban Chấp hành và hứa sẽ cùng tập thể Ban Thường vụ lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội.`);
    }
  },
};

function int1000(w: Writer): string {
  return `${w.facts.int(4, 15)}.${w.facts.int(100, 999)}`;
}

/** The Party's anniversary (3 February), evening, sometimes after a committee conference. */
/** The anniversary ceremony: its lead (with `when`, the day phrase) and the secretary's speech. */
function writeCeremony(w: Writer, when: string, pod: 'morning' | 'afternoon' | 'evening' | null, day = w.day): void {
  const sec = need(w.d('SEC'));
  const u = w.unit;
  const n = w.y - 1930;
  const orgs = [w.org('btv'), w.org('ubnd')];
  const location = w.rng.pick([`Quảng trường trung tâm ${u.lw}`, `Nhà văn hóa trung tâm ${u.lw}`]);
  const title = `Lễ kỷ niệm ${n} năm Ngày thành lập Đảng Cộng sản Việt Nam`;
  const ev = w.event(title, orgs, location, day, pod);
  w.para(`${when}, tại ${location}, Ban Thường vụ ${u.cmt}, UBND ${u.lw} ${u.name}${w.provinceSuffix()} long trọng tổ chức ${title} (3/2/1930 - 3/2/${w.y}) kết hợp chương trình nghệ thuật "Mừng Đảng, mừng Xuân ${lunarYearName(w.y)}". Đến dự có các đồng chí nguyên lãnh đạo ${u.lw} qua các thời kỳ, đại diện các cơ quan, đơn vị và đông đảo Nhân dân trên địa bàn.`);
  ev.speaker(sec.person);
  w.paras.push(`${cap(w.c.honor(sec.person, true))} ${sec.person.name} đọc diễn văn kỷ niệm`);
  w.para(`Ôn lại truyền thống vẻ vang của Đảng, ${w.c.full(sec, { show: 'main' })} khẳng định, qua ${n} năm, dưới sự lãnh đạo của Đảng, Nhân dân ${u.lw} ${u.name} đã đoàn kết, vượt qua muôn vàn khó khăn để xây dựng quê hương ngày càng đổi mới. ${fill(w, ['economy', 'social'], 1)}`);
  w.para('Sau lễ kỷ niệm, các đội văn nghệ đã biểu diễn nhiều tiết mục ca, múa, nhạc đặc sắc ca ngợi Đảng, Bác Hồ và quê hương đổi mới.');
}

const anniversaryDay = (ctx: DayContext): Day | null => clampDay(dayFrom(ctx.rng.int(2020, 2025), 2, ctx.rng.int(1, 3)));

/** The Party's anniversary (3 February), usually in the evening. */
const ceremony: Kind = {
  id: 'ceremony', scope: 'district', weight: 2, parts: [['Tối', 70], ['Sáng', 30]], day: anniversaryDay,
  write(w) {
    w.headline = `${w.unit.name} long trọng kỷ niệm ${w.y - 1930} năm Ngày thành lập Đảng Cộng sản Việt Nam`;
    writeCeremony(w, w.when.text, w.when.pod);
  },
};

/** Two events in one report (dev18): a committee conference, then the evening ceremony. */
const conferenceAndCeremony: Kind = {
  id: 'bchCeremony', scope: 'district', weight: 1, needsPub: true, span: 1, parts: [['Sáng', 70], ['Chiều', 30]],
  day: (ctx) => clampDay(dayFrom(ctx.rng.int(2020, 2025), 2, ctx.rng.int(1, 2))),
  write(w) {
    bch.write(w);
    const n = bchNumber(w);
    w.headline = `${w.unit.name}: Hội nghị Ban Chấp hành Đảng bộ ${w.unit.lw} lần thứ ${n} và Lễ kỷ niệm ${w.y - 1930} năm Ngày thành lập Đảng`;
    w.paras.push('***');
    const { d, m } = ymd(w.day + 1);
    writeCeremony(w, `Tối ${d}/${m}`, 'evening', w.day + 1);
  },
};

// ---------------------------------------------------------------------------------------
// Commune kinds

function communeLeadPlace(w: Writer): string {
  const province = w.nameProvince ? `, ${w.pInfo.lw} ${w.pInfo.name}` : '';
  return `${w.cInfo!.lw} ${w.cInfo!.name} (${w.dInfo!.lw} ${w.dInfo!.name}${province})`;
}

const cDialogue: Kind = {
  id: 'cDialogue', scope: 'commune', weight: 4, day: anyDay,
  write(w) {
    const r = w.rng;
    const sec = w.cm('C_SEC');
    const chair = w.cm('C_CHAIR');
    const mttq = w.cm('C_MTTQ');
    if (!sec || !chair) throw new Skip();
    const cu = w.cInfo!;
    const orgs = [w.org('cmt'), w.org('ubnd'), w.org('mttq')];
    w.headline = `${cap(cu.lw)} ${cu.name} tổ chức hội nghị đối thoại với Nhân dân năm ${w.y}`;
    const ev = w.event(`Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm ${w.y}`, orgs);
    w.para(`${lead(w, `Đảng ủy, UBND, Ủy ban MTTQ ${communeLeadPlace(w)}`, `phối hợp tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm ${w.y}`, null)} ${w.chairs(ev, [sec, chair], 'hội nghị')}`);
    const dGuest = w.any((s) => w.d(s), w.facts.sample(['VC1', 'VC2', 'VC_TT'], 3));
    const guests = [dGuest, mttq].filter((x): x is Role => x !== null);
    w.para(w.attend(ev, guests, 'Dự hội nghị có', [...w.groups('commune').slice(0, 2), `cùng gần ${w.facts.int(8, 20) * 10} cử tri đại diện cho các thôn trong xã`]));
    w.paras.push(w.sceneCaption('hội nghị đối thoại'));
    if (mttq) {
      ev.speaker(mttq.person);
      w.para(`Mở đầu hội nghị, ${w.c.name(mttq)} thông tin khái quát kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội ${period(w).now} của ${w.unit.lw}: ${fill(w, ['economy', 'newCountryside'], 2).replace(/^./, (ch) => ch.toLowerCase())}`);
    }
    ev.speaker(chair.person);
    w.para(`Tại hội nghị, cử tri đã nêu ${w.facts.int(6, 20)} ý kiến, kiến nghị tập trung vào các vấn đề: tiến độ cấp giấy chứng nhận quyền sử dụng đất; việc thu gom, xử lý rác thải sinh hoạt; chế độ đối với người có công và đối tượng bảo trợ xã hội. Thay mặt chính quyền, ${w.c.name(chair)} đã trực tiếp trả lời, làm rõ từng nội dung.${dGuest ? ` ${cap(w.c.name(dGuest, true))} cũng giải đáp thêm các kiến nghị thuộc thẩm quyền của ${w.dInfo!.lw}.` : ''}`);
    if (dGuest) ev.speaker(dGuest.person);
    w.para(w.conclude(ev, sec, 'hội nghị', `tiếp thu các ý kiến của cử tri, đồng thời giao UBND ${w.unit.lw} và các ban, ngành liên quan xây dựng kế hoạch giải quyết dứt điểm những kiến nghị thuộc thẩm quyền trước ngày 31/12/${w.y}.`));
  },
};

const cParty: Kind = {
  id: 'cParty', scope: 'commune', weight: 4, day: halfOrYear,
  write(w) {
    const sec = need(w.cm('C_SEC'));
    const cu = w.cInfo!;
    const what = w.m === 12 ? `tổng kết công tác năm ${w.y}, triển khai nhiệm vụ năm ${w.y + 1}` : w.m === 7 || w.m === 6 ? `sơ kết công tác lãnh đạo, chỉ đạo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm ${w.y}` : `đánh giá kết quả lãnh đạo thực hiện nhiệm vụ ${period(w).now}`;
    w.headline = `Đảng ủy ${cu.lw} ${cu.name} ${what.split(',')[0]!.replace('công tác lãnh đạo, chỉ đạo', 'công tác')}`;
    const o = w.org('cmt');
    const ev = w.event(`Hội nghị Ban Chấp hành Đảng bộ ${cu.lw} ${cu.name} ${what}`, [o]);
    w.para(`${lead(w, `Đảng ủy ${communeLeadPlace(w)}`, `tổ chức Hội nghị Ban Chấp hành Đảng bộ ${cu.lw} ${what}`, null)} ${w.chairs(ev, [sec], 'hội nghị')}`);
    const dGuest = w.any((s) => w.d(s), w.facts.sample(['VC_TT', 'TC', 'TG', 'DV', 'UBKT', 'MTTQ'], 6));
    const chair = w.cm('C_CHAIR');
    const guests = [dGuest, chair].filter((x): x is Role => x !== null);
    w.para(w.attend(ev, guests, 'Dự hội nghị có', ['các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã', 'Bí thư các chi bộ trực thuộc']));
    w.para(fill(w, ['economy', 'agriculture', 'partyBuilding'], 2));
    if (chair) w.para(w.report(ev, chair, 'kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh', 'hội nghị', `Các đại biểu thảo luận, chỉ ra những hạn chế như: thu tiền sử dụng đất đạt thấp; vệ sinh môi trường ở một số khu dân cư chưa bảo đảm.`));
    if (dGuest && w.facts.chance(0.7)) w.para(w.direct(ev, dGuest, 'hội nghị', `đề nghị Đảng ủy ${w.unit.lw} tập trung lãnh đạo hoàn thành các chỉ tiêu, nhất là thu ngân sách và xây dựng nông thôn mới nâng cao.`));
    w.para(w.conclude(ev, sec, 'hội nghị', w.directive(w.docs(['ntm', 'cadre'], w.rng.int(0, 1)))));
  },
};

const cVisit: Kind = {
  id: 'cVisit', scope: 'commune', weight: 2, day: anyDay,
  write(w) {
    const lead0 = need(w.any((s) => w.d(s), w.facts.sample(['DSEC_TT', 'SEC'], 2)));
    const cu = w.cInfo!;
    const du = w.dInfo!;
    const visitor = w.org('tt', du);
    w.headline = `Thường trực ${du.cmt} ${du.name} làm việc với Ban Thường vụ Đảng ủy ${cu.lw} ${cu.name}`;
    const ev = w.event(`Buổi làm việc của Thường trực ${du.cmt} ${du.name} với Ban Thường vụ Đảng ủy ${cu.lw} ${cu.name}`, [visitor]);
    w.para(`${w.when.text}, đoàn công tác của Thường trực ${du.cmt} ${du.name}${w.provinceSuffix()} đã có buổi làm việc với Ban Thường vụ Đảng ủy ${cu.lw} ${cu.name} về kết quả thực hiện nhiệm vụ chính trị ${period(w).now}. ${w.chairs(ev, [lead0], 'buổi làm việc')}`);
    const comp = w.pickRoles((s) => w.d(s), ['TC', 'DV', 'TG', 'UBKT'], 1, [lead0]);
    w.para(w.attend(ev, comp, 'Cùng đi có', [`lãnh đạo các ban xây dựng Đảng của ${du.cmt}`]));
    w.paras.push(w.sceneCaption('buổi làm việc'));
    const sec = w.cm('C_SEC');
    const stats = fill(w, ['economy', 'agriculture', 'partyBuilding'], 2);
    if (sec && w.facts.chance(0.5)) {
      ev.speaker(sec.person);
      w.para(`Báo cáo tại buổi làm việc, ${w.c.full(sec, { show: 'main' })} cho biết: ${stats.replace(/^./, (ch) => ch.toLowerCase())}`);
    } else if (sec) {
      w.para(`Báo cáo tại buổi làm việc, đồng chí ${w.unnamed(sec.main)} cho biết: ${stats.replace(/^./, (ch) => ch.toLowerCase())}`);
    }
    const ch = w.cm('C_CHAIR');
    if (ch) w.para(`${w.unnamed(ch.main)} kiến nghị ${du.lw} hỗ trợ kinh phí đầu tư hạ tầng giao thông nông thôn và di dời các hộ dân ở vùng có nguy cơ sạt lở.`);
    w.para(w.conclude(ev, lead0, 'buổi làm việc', `ghi nhận những nỗ lực của Đảng bộ và Nhân dân ${cu.lw} ${cu.name}, đồng thời ${w.directive([])}`));
  },
};

const cCongress: Kind = {
  id: 'cCongress', scope: 'commune', weight: 3, parts: [['Sáng', 70], [null, 30]],
  day(ctx) {
    const c = ctx.cWorld;
    if (!c) return null;
    return clampDay(ctx.rng.chance(0.6) ? c.congress2020 : c.congress2025);
  },
  write(w) {
    const r = w.rng;
    const cw = w.cWorld!;
    const cu = w.cInfo!;
    const { sec0, ch0, st0, sec1 } = congressCast((s, d) => w.cm(s, d), w.day, ['C_SEC', 'C_CHAIR', 'C_DSEC_TT']);
    const y2025 = w.y === 2025;
    const ord = roman(cw.congressOrdinal + (y2025 ? 1 : 0));
    const term = y2025 ? '2025 - 2030' : '2020 - 2025';
    const byDangBo = r.chance(0.4);
    const o = byDangBo ? w.org('dangbo') : w.org('cmt');
    w.headline = `Đại hội đại biểu Đảng bộ ${cu.lw} ${cu.name} lần thứ ${ord}, nhiệm kỳ ${term}`;
    const ev = w.event(`Đại hội đại biểu Đảng bộ ${cu.lw} ${cu.name} lần thứ ${ord}, nhiệm kỳ ${term}`, [o]);
    w.para(`${w.when.text}, ${byDangBo ? 'Đảng bộ' : 'Đảng ủy'} ${communeLeadPlace(w)} tổ chức Đại hội đại biểu ${byDangBo ? '' : `Đảng bộ ${cu.lw} `}lần thứ ${ord}, nhiệm kỳ ${term}.`);
    const guests = w.pickRoles((s) => w.d(s), ['CHAIR', 'VC_TT', 'TC', 'DSEC_TT', 'VC1'], w.facts.int(1, 2));
    w.para(w.attend(ev, guests, 'Về dự đại hội có', [`cùng ${w.facts.int(80, 180)} đại biểu đại diện cho ${w.facts.int(200, 600)} đảng viên của ${w.facts.int(8, 24)} chi bộ trong toàn Đảng bộ`]));
    const presidium = [sec0, ch0, ...(st0 ? [st0] : [])];
    for (const p of presidium) ev.chair(p.person);
    w.para(`Đoàn Chủ tịch gồm các đồng chí: ${w.c.list(presidium)} điều hành đại hội.`);
    ev.speaker(sec0.person);
    w.paras.push(`${cap(w.c.honor(sec0.person, true))} ${sec0.person.name} đọc diễn văn khai mạc Đại hội`);
    ev.speaker(ch0.person);
    w.para(`Nhiệm kỳ ${y2025 ? '2020 - 2025' : '2015 - 2020'}, Đảng bộ ${cu.lw} ${cu.name} đã lãnh đạo hoàn thành và hoàn thành vượt mức ${w.facts.int(14, 20)}/${w.facts.int(20, 24)} chỉ tiêu Nghị quyết Đại hội lần thứ ${roman(cw.congressOrdinal + (y2025 ? 0 : -1))} đề ra. ${cap(w.c.name(ch0))} trình bày Báo cáo chính trị của Ban Chấp hành Đảng bộ ${cu.lw} trình Đại hội.`);
    w.c.unnumbered({ type: 'Nghị quyết', number: null, date: null, issuer: `Ban Chấp hành Đảng bộ ${cu.lw} ${cu.name}`, title: `Nghị quyết Đại hội Đảng bộ ${cu.lw} ${cu.name} lần thứ ${roman(cw.congressOrdinal + (y2025 ? 0 : -1))}` });
    const g = guests[0];
    const refs = y2025 ? [] : [nationalRef(NATIONAL_BY_NUMBER.get('35-CT/TW')!)];
    if (g) w.para(w.direct(ev, g, 'đại hội', `đề nghị Đảng bộ ${cu.lw} ${refs[0] ? `quán triệt và thực hiện nghiêm ${w.cite(refs[0])}; ` : ''}lựa chọn những đồng chí tiêu biểu về phẩm chất, năng lực, uy tín vào Ban Chấp hành khóa mới.`));
    const elected = sec1;
    const known = presidium.find((p) => p.person.id === elected.person.id);
    w.c.grant(elected.person, [elected.main]);
    const who = known ? w.c.name(elected) : w.c.name({ ...elected, positions: [elected.main] });
    w.para(`Đại hội đã bầu Ban Chấp hành Đảng bộ ${cu.lw} khóa ${ord} gồm ${w.facts.int(11, 17)} đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm ${w.facts.int(3, 5)} đồng chí; bầu ${who} giữ chức Bí thư Đảng ủy ${cu.lw} nhiệm kỳ ${term}.`);
  },
};

// ---------------------------------------------------------------------------------------
// Province kinds

const pBch: Kind = {
  id: 'pBch', scope: 'province', weight: 3, day: halfOrYear,
  write(w) {
    const r = w.rng;
    const sec = need(w.p('P_SEC'));
    const pu = w.pInfo;
    const pw = w.world.province(w.province.code);
    const khoa = roman(w.day >= pw.congressDay ? pw.congressOrdinal : pw.congressOrdinal - 1);
    const n = 1 + Math.floor((w.day >= pw.congressDay ? w.day - pw.congressDay : w.day - pw.congressDay + 5 * 365) / 70);
    const o = w.org('bch');
    w.headline = `Hội nghị Ban Chấp hành Đảng bộ ${pu.lw} ${pu.name} lần thứ ${n}, khóa ${khoa}`;
    const ev = w.event(`Hội nghị lần thứ ${n} Ban Chấp hành Đảng bộ ${pu.lw} ${pu.name} khóa ${khoa}`, [o], r.chance(0.5) ? venue(w) : null);
    const p = period(w);
    w.para(`${lead(w, `${w.orgLead(o)} khóa ${khoa}`, `tổ chức Hội nghị lần thứ ${n} để đánh giá tình hình thực hiện nhiệm vụ ${p.now}; thảo luận, quyết định mục tiêu, nhiệm vụ và giải pháp chủ yếu ${p.next}`, ev.gold.location)} ${w.chairs(ev, [sec], 'hội nghị')}`);
    const others = w.pickRoles((s) => w.p(s), ['P_DSEC_TT', 'P_CHAIR', 'P_DSEC'], w.facts.int(1, 3), [sec]);
    w.para(w.attend(ev, others, 'Dự hội nghị có', w.groups('province')));
    w.paras.push(w.sceneCaption('hội nghị'));
    const ch = others.find((x) => x.slot === 'P_CHAIR') ?? w.p('P_CHAIR');
    if (ch && ch.person.id !== sec.person.id) {
      ev.speaker(ch.person);
      w.para(`Trình bày báo cáo tại hội nghị, ${others.includes(ch) ? w.c.name(ch) : w.c.full(ch, { show: 'main' })} cho biết ${p.now}, ${fill(w, ['economy', 'agriculture', 'social'], 2).replace(/^./, (x) => x.toLowerCase())}`);
    }
    const refs = w.docs(['thanh-hoa', 'planning', 'economy', 'cadre'], r.int(1, 2));
    w.para(w.conclude(ev, sec, 'hội nghị', w.directive(refs)));
  },
};

const pUbnd: Kind = {
  id: 'pUbnd', scope: 'province', weight: 3, day: anyMonthEnd,
  write(w) {
    const r = w.rng;
    const chair = need(w.p('P_CHAIR'));
    const pu = w.pInfo;
    const o = w.org('ubnd');
    w.headline = `UBND ${pu.lw} ${pu.name} họp phiên thường kỳ tháng ${w.m}`;
    const ev = w.event(`Phiên họp thường kỳ tháng ${w.m}/${w.y} của UBND ${pu.lw} ${pu.name}`, [o]);
    w.para(`${lead(w, w.orgLead(o), `tổ chức phiên họp thường kỳ tháng ${w.m}/${w.y} để đánh giá tình hình kinh tế - xã hội tháng ${w.m}, ${w.m} tháng đầu năm và cho ý kiến vào nhiều nội dung quan trọng`, null)} ${w.chairs(ev, [chair], 'phiên họp')}`);
    const vcs = w.pickRoles((s) => w.p(s), ['P_VC1', 'P_VC2', 'P_VC3'], 3, [chair]);
    w.para(w.attend(ev, vcs, 'Cùng dự có', [`các Ủy viên UBND ${w.pInfo.lw}`, `lãnh đạo các sở, ban, ngành cấp ${w.pInfo.lw}`]));
    const kh = w.p('P_SO_2_GD');
    const stats = fill(w, ['economy', 'agriculture', 'tourism'], 2);
    if (kh) {
      ev.speaker(kh.person);
      w.para(`Báo cáo tại phiên họp, ${w.c.titled(kh, 'main')} cho biết: ${stats.replace(/^./, (x) => x.toLowerCase())}`);
    } else w.para(stats);
    w.paras.push(w.sceneCaption('phiên họp'));
    const refs = w.docs(['commune-staff', 'budget', 'economy'], r.int(1, 2));
    if (refs.length > 0) w.para(`Tại phiên họp, UBND ${pu.lw} cũng cho ý kiến vào dự thảo các tờ trình thực hiện ${refs.map((x) => w.cite(x)).join('; ')}.`);
    const vc = vcs[0];
    if (vc && w.facts.chance(0.6)) {
      ev.speaker(vc.person);
      w.para(`${cap(w.c.titled(vc, 'main'))} phát biểu về giải pháp bảo đảm nguồn cung và bình ổn giá các mặt hàng thiết yếu.`);
    }
    w.para(w.conclude(ev, chair, 'phiên họp', w.directive(refs.slice(0, 1))));
  },
};

const pHdnd: Kind = {
  id: 'pHdnd', scope: 'province', weight: 2, parts: [['Sáng', 50], [null, 50]],
  day(ctx) {
    const ss = ctx.pWorld.councilSessions.filter((s) => s.day >= START_DAY && s.day <= END_DAY);
    return ss.length ? ctx.rng.pick(ss).day : null;
  },
  write(w) {
    const s = w.world.province(w.province.code).councilSessions.find((x) => x.day === w.day);
    const sec = w.p('P_SEC');
    const vc = w.p('P_HD_VC');
    if (!s || !sec) throw new Skip();
    const pu = w.pInfo;
    const o = w.org('hdnd');
    w.headline = `Khai mạc kỳ họp thứ ${s.number}, HĐND ${pu.lw} ${pu.name} khóa ${s.khoa}`;
    const ev = w.event(`Kỳ họp thứ ${s.number}, HĐND ${pu.lw} ${pu.name} khóa ${s.khoa}, nhiệm kỳ ${s.term}`, [o]);
    const chairs = vc ? [sec, vc] : [sec];
    w.para(`${lead(w, `${w.orgLead(o)} khóa ${s.khoa}, nhiệm kỳ ${s.term}`, `khai mạc kỳ họp thứ ${s.number}`, null)} ${w.chairs(ev, chairs, 'kỳ họp')}`);
    const guests = w.pickRoles((x) => w.p(x), ['P_CHAIR', 'P_DSEC_TT', 'P_DSEC'], 2, chairs);
    w.para(w.attend(ev, guests, 'Dự kỳ họp có', ['các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy', 'đại biểu Quốc hội đơn vị tỉnh', 'các vị đại biểu HĐND tỉnh']));
    ev.speaker(sec.person);
    w.para(`Phát biểu khai mạc, ${w.c.name(sec)} nêu rõ kỳ họp có nhiệm vụ xem xét, quyết định nhiều nội dung quan trọng. ${fill(w, ['economy', 'social'], 1)}`);
    const ch = guests.find((g) => g.slot === 'P_CHAIR');
    if (ch) {
      ev.speaker(ch.person);
      w.para(`Tại kỳ họp, ${w.c.name(ch)} trình bày báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội ${period(w).now}.`);
    }
    w.para(w.conclude(ev, sec, 'kỳ họp', w.directive(w.docs(['economy', 'budget'], 1))));
  },
};

/** The template cannot be written for this unit and day (a post is vacant or gone). */
function need<T>(x: T | null | undefined): T {
  if (x === null || x === undefined) throw new Skip();
  return x;
}

export class Skip extends Error {
  constructor() {
    super('skip');
  }
}

export const KINDS: readonly Kind[] = [btv, ubnd, hdnd, bch, review, study, yearEndKind, front, hearing, steering, visit, congress, ceremony, conferenceAndCeremony, cDialogue, cParty, cVisit, cCongress, pBch, pUbnd, pHdnd];

