/**
 * Rules on the report as a document: every part there (G2), 一、总体情况 covering the aspects of its format (G3, and F4
 * for a 人民政府's duties), 六 stating the 信息处理费 (G5) and the title as the format words it (G6).
 */
import type { CompiledFormat, NarrativeSectionKey } from '../formats';
import { derivedTitle } from '../model/report';
import { DEP_META, DEP_SECTIONS, diag, sectionText, type CheckUnit } from './context';
import type { Diagnostic } from './types';

const SECTION_OF: Record<string, NarrativeSectionKey> = { overview: 'overview', problems: 'problems', other: 'other' };

function sectionsUnit(format: CompiledFormat): CheckUnit {
  const narrative = format.def.sections.filter((s) => s.kind === 'narrative');
  return {
    deps: [DEP_SECTIONS],
    run(ctx) {
      const out: Diagnostic[] = [];
      for (const s of narrative) {
        const key = SECTION_OF[s.key];
        if (!key) continue;
        if (sectionText(ctx.report, key).trim() === '') {
          out.push(diag('G2', { cells: [], blocks: [{ section: key, index: 0 }], key, message: `“${s.title}”没有内容；年报须包含全部六个部分` }));
        }
      }
      return out;
    },
  };
}

function aspectsUnit(format: CompiledFormat): CheckUnit {
  const aspects = format.def.overviewAspects;
  return {
    deps: [DEP_SECTIONS, DEP_META],
    run(ctx) {
      const text = sectionText(ctx.report, 'overview');
      if (text.trim() === '') return [];
      const out: Diagnostic[] = [];
      for (const a of aspects) {
        if (a.governmentOnly && ctx.report.agencyKind !== 'government') continue;
        if (a.evidence.some((w) => text.includes(w))) continue;
        out.push(
          diag(a.governmentOnly ? 'F4' : 'G3', {
            cells: [],
            blocks: [{ section: 'overview', index: 0 }],
            key: a.key,
            message: a.governmentOnly
              ? `人民政府的年报应在“监督保障”中报告${a.label}，“一、总体情况”中未见相关内容`
              : `“一、总体情况”未见“${a.label}”方面的内容${a.heading ? `（建议设小标题“${a.heading}”）` : ''}`,
          }),
        );
      }
      return out;
    },
  };
}

/** From 2021 on, 六 must state the 信息处理费 (国办函〔2020〕109号); a bare "无。" does not. */
const FEE_EVIDENCE = /(信息处理费|处理费|收费|收取)/;
const FEE_FROM_YEAR = 2021;

function feesUnit(): CheckUnit {
  return {
    deps: [DEP_SECTIONS, DEP_META],
    run(ctx) {
      if (ctx.report.year < FEE_FROM_YEAR) return [];
      const text = sectionText(ctx.report, 'other');
      if (FEE_EVIDENCE.test(text)) return [];
      const bare = /^\s*无[。.]?\s*$/.test(text);
      return [
        diag('G5', {
          cells: [],
          blocks: [{ section: 'other', index: 0 }],
          key: 'other',
          message: `${bare ? '“六、其他需要报告的事项”只写了“无”' : '“六、其他需要报告的事项”未说明信息处理费'}；应写明本年收取信息处理费的件数和金额，未收取的写明“未收取”或“0元”`,
        }),
      ];
    },
  };
}

function titleUnit(): CheckUnit {
  return {
    deps: [DEP_META],
    run(ctx) {
      const { title, agency, year } = ctx.report;
      if (!title?.trim()) return [];
      const expected = derivedTitle(agency, year);
      const compact = title.replace(/\s+/g, '');
      if (compact === expected) return [];
      const problems: string[] = [];
      // "2019年上海市人民政府办公厅政府信息公开工作年度报告": the format puts the agency first (checks.md G6).
      if (compact.startsWith(`${year}年${agency}`)) problems.push('年份写在了机关名称之前');
      const years = [...compact.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
      if (years.length === 0) problems.push('缺少年份');
      else if (!years.includes(year)) problems.push(`年份不是${year}年`);
      if (compact.includes(`${year}年度政府信息公开`)) problems.push(`“${year}年度”应为“${year}年”`);
      if (!compact.includes('政府信息公开工作年度报告')) problems.push('应为“政府信息公开工作年度报告”');
      if (!compact.includes(agency)) problems.push(`未使用机关全称“${agency}”`);
      if (problems.length === 0) problems.push('写法与规范不同');
      return [diag('G6', { cells: [], key: 'title', message: `标题“${title}”${problems.join('，')}；规范标题为“${expected}”` })];
    },
  };
}

/** The units of this module, in the order the engine runs them. */
export function documentUnits(format: CompiledFormat): CheckUnit[] {
  return [sectionsUnit(format), aspectsUnit(format), feesUnit(), titleUnit()];
}
