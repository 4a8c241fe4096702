/** The navigator's parts (标题与落款, 前言, then the format's parts), the open part's title and the format's guidance for it. */
import { useMemo } from 'react';
import { partTitle, type CompiledFormat } from '../../../shared/formats';
import type { Report } from '../../../shared/model';
import { guidance } from './guidance';
import type { EditorSection } from './sections';

export function useSectionNav(format: CompiledFormat, section: EditorSection, report: Report) {
  const nav = useMemo<{ key: EditorSection; label: string }[]>(
    () => [
      { key: 'meta', label: '标题与落款' },
      ...(['preface', ...format.def.sections.map((s) => s.key)] as EditorSection[]).map((key) => ({ key, label: partTitle(format.def.id, key) })),
    ],
    [format],
  );
  const label = nav.find((n) => n.key === section)?.label ?? '';
  const { agencyKind, year, sources } = report;
  const hints = useMemo(() => guidance(section, format.def, { agencyKind, year, sources }), [section, format, agencyKind, year, sources]);
  return { nav, label, hints };
}
