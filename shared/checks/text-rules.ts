/**
 * Rules on the text itself, one unit per section so that a keystroke re-runs only the edited section's: its
 * outline, typing slips and characters the official fonts cannot print (G10–G12), personal data (G13) and the old
 * format's wording (G14); and G12 for the title.
 */
import { getFormat, type CompiledFormat, type NarrativeSectionKey } from '../formats';
import { blockText } from '../model/report';
import { DEP_META, DEP_SECTION, NARRATIVE_KEYS, diag, placeOf, type CheckUnit } from './context';
import { charsOutsideGb2312 } from './gb2312';
import { oldFormatFindings, otherYearFindings } from './old-format';
import { findPersonalData, isContactLine, maskPersonal, ownContacts, PERSONAL_LABEL } from './personal-data';
import { auditOutline } from './outline';
import { LINT_MESSAGE, lintText } from './text-lint';
import type { Diagnostic, TextSpan } from './types';

/** G10–G12 for one section: its outline, its typing slips, characters the official fonts cannot print. */
function sectionTextUnit(format: CompiledFormat, section: NarrativeSectionKey): CheckUnit {
  return {
    deps: [DEP_SECTION(section)],
    run(ctx) {
      const blocks = ctx.report.sections[section];
      if (blocks.length === 0) return [];
      const out: Diagnostic[] = [];
      for (const f of auditOutline(blocks, section, format)) {
        out.push(
          diag('G10', {
            spans: [{ section, index: f.index, start: f.start, end: f.end }, ...(f.also ? [{ section, ...f.also }] : [])],
            key: `${section}:${f.key}`,
            message: `${placeOf(format, section, f.index)}：${f.message}`,
          }),
        );
      }
      const outside = new Map<string, TextSpan[]>();
      blocks.forEach((b, index) => {
        if (b.kind === 'figure') return;
        const text = blockText(b);
        for (const f of lintText(text, b.kind === 'paragraph')) {
          out.push(
            diag('G11', {
              spans: [{ section, index, start: f.start, end: f.end }],
              key: `${section}#${index}:${f.kind}:${f.start}`,
              message: `${placeOf(format, section, index)}：${LINT_MESSAGE[f.kind](f.found)}`,
            }),
          );
        }
        for (const c of charsOutsideGb2312(text)) {
          const list = outside.get(c.char) ?? [];
          list.push({ section, index, start: c.start, end: c.end });
          outside.set(c.char, list);
        }
      });
      for (const [ch, spans] of outside) {
        const paras = [...new Set(spans.map((s) => s.index + 1))];
        const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        const where = placeOf(format, section, spans[0]?.index ?? 0).replace(/第\d+段$/, `第${paras.join('、')}段`);
        out.push(
          diag('G12', {
            spans,
            key: `${section}:${ch}`,
            message: `${where}的“${ch}”（${code}${spans.length > 1 ? `，共${spans.length}处` : ''}）不在 GB 2312 字符集内，仿宋_GB2312、方正小标宋简体打印不出，会以其他字体代替；请核对，必要时改用规范字${ch === '〇' ? '（如“零”或阿拉伯数字）' : ''}`,
          }),
        );
      }
      return out;
    },
  };
}

/** G12 for the title and the agency name, which print in 方正小标宋简体. */
function titleCharsUnit(): CheckUnit {
  return {
    deps: [DEP_META],
    run(ctx) {
      const out: Diagnostic[] = [];
      const fields: [string, string | undefined][] = [
        ['标题', ctx.report.title],
        ['机关名称', ctx.report.agency],
      ];
      for (const [label, text] of fields) {
        const chars = [...new Set(charsOutsideGb2312(text ?? '').map((c) => c.char))];
        if (chars.length === 0) continue;
        out.push(
          diag('G12', {
            key: `meta:${label}`,
            message: `${label}中的${chars.map((c) => `“${c}”`).join('')}不在 GB 2312 字符集内，方正小标宋简体、仿宋_GB2312打印不出，会以其他字体代替；请核对`,
          }),
        );
      }
      return out;
    },
  };
}

/**
 * G13 for one section: personal data in its text. The 前言 is read too, for the office's own published contact
 * (phone, e-mail), which is never a finding anywhere.
 */
function personalDataUnit(format: CompiledFormat, section: NarrativeSectionKey): CheckUnit {
  return {
    deps: section === 'preface' ? [DEP_SECTION(section)] : [DEP_SECTION(section), DEP_SECTION('preface')],
    run(ctx) {
      const blocks = ctx.report.sections[section];
      if (blocks.length === 0) return [];
      // The 前言's contact paragraph and a contact line under the 落款 ("（联系人：…，联系方式：…）") are the office's.
      const texts = [...ctx.report.sections.preface, ...blocks].filter((b) => b.kind !== 'figure').map(blockText);
      const own = ownContacts([...ctx.report.sections.preface.filter((b) => b.kind !== 'figure').map(blockText), ...texts.filter(isContactLine)]);
      const out: Diagnostic[] = [];
      blocks.forEach((b, index) => {
        if (b.kind === 'figure') return;
        for (const f of findPersonalData(blockText(b), own)) {
          out.push(
            diag('G13', {
              spans: [{ section, index, start: f.start, end: f.end }],
              key: `${section}#${index}:${f.kind}:${f.found}`,
              message: `${placeOf(format, section, index)}：疑似${PERSONAL_LABEL[f.kind]}“${maskPersonal(f.found)}”，公开的年报不得含有个人信息，请删除或遮蔽`,
            }),
          );
        }
      });
      return out;
    },
  };
}

/**
 * G14 for one section: the old format's notice or labels in a report of the format in force; in the 前言, also a
 * statistics period or report name of another year (a 前言 carried over from last year).
 */
function oldFormatUnit(format: CompiledFormat, section: NarrativeSectionKey): CheckUnit {
  return {
    deps: section === 'preface' ? [DEP_SECTION(section), DEP_META] : [DEP_SECTION(section)],
    run(ctx) {
      const out: Diagnostic[] = [];
      ctx.report.sections[section].forEach((b, index) => {
        if (b.kind === 'figure') return;
        const text = blockText(b);
        const place = placeOf(format, section, index);
        for (const f of oldFormatFindings(format.def.id, text)) {
          const old = getFormat(f.format).def;
          out.push(
            diag('G14', {
              spans: [{ section, index, start: f.start, end: f.end }],
              key: `${section}#${index}:${f.found}`,
              message: `${place}写有“${f.found}”，这是${old.name}的${f.found === old.source ? '文号' : '栏目'}；本报告使用${format.def.name}，请按现行格式改写`,
            }),
          );
        }
        if (section !== 'preface') return;
        for (const f of otherYearFindings(ctx.report.year, text)) {
          out.push(
            diag('G14', {
              spans: [{ section, index, start: f.start, end: f.end }],
              key: `${section}#${index}:year:${f.found}`,
              message: `${place}写有“${f.found}”，其中的${f.year}年不是本报告的${ctx.report.year}年度；请核对是否沿用了其他年度的前言`,
            }),
          );
        }
      });
      return out;
    },
  };
}

/** The units of this module, in the order the engine runs them. */
export function textUnits(format: CompiledFormat): CheckUnit[] {
  return [
    titleCharsUnit(),
    ...NARRATIVE_KEYS.map((k) => sectionTextUnit(format, k)),
    ...NARRATIVE_KEYS.map((k) => personalDataUnit(format, k)),
    ...NARRATIVE_KEYS.map((k) => oldFormatUnit(format, k)),
  ];
}
