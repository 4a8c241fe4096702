/**
 * 新建年报's choices, set afresh each time the dialog opens: how to start, agency, kind and year (from the newest
 * prior report when starting from one), the template, the profile and the imported file.
 */
import { useEffect, useState } from 'react';
import type { ImportOutcome, ReportSummary } from '../../../shared/api/types';
import { DEFAULT_PROFILE_ID, type ProfileId } from '../../../shared/profiles';
import { api } from '../api';
import { followingYear, type ReportBasics, type StartMode } from './new-report';

/** The template's own profile, which roll-forward keeps. */
function useTemplateProfile(open: boolean, priorId: string): ProfileId | undefined {
  const [templateProfile, setTemplateProfile] = useState<ProfileId | undefined>(undefined);
  useEffect(() => {
    if (!open || !priorId) return;
    let live = true;
    api()
      .loadReport(priorId)
      .then((l) => live && setTemplateProfile(l.report.profile))
      .catch(() => live && setTemplateProfile(undefined));
    return () => {
      live = false;
    };
  }, [open, priorId]);
  return templateProfile;
}

/** `priors`: the reports that can serve as template, newest year first. */
export function useNewReportForm(open: boolean, initialMode: StartMode, priors: readonly ReportSummary[]) {
  const [mode, setMode] = useState<StartMode>(initialMode);
  const [fields, setFields] = useState<ReportBasics>(() => ({ agency: '', kind: 'department', year: new Date().getFullYear() - 1 }));
  const [priorId, setPriorId] = useState('');
  const templateProfile = useTemplateProfile(open, priorId);
  /** null: not chosen here, so a template's or an imported file's own profile stays */
  const [profile, setProfile] = useState<ProfileId | null>(null);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setMode(initialMode);
    setError(null);
    setImported(null);
    setProfile(null);
    const first = priors[0];
    setPriorId(first?.id ?? '');
    if (initialMode === 'prior' && first) setFields(followingYear(first));
  }, [open, initialMode, priors]);

  const pickPrior = (id: string) => {
    setPriorId(id);
    const p = priors.find((r) => r.id === id);
    if (p) setFields(followingYear(p));
  };

  return {
    mode,
    setMode,
    fields,
    editFields: (change: Partial<ReportBasics>) => setFields((f) => ({ ...f, ...change })),
    priorId,
    pickPrior,
    // The profile shown: the one chosen here, else the file's or the template's own, else the default.
    shownProfile: profile ?? (mode === 'file' ? imported?.report.profile : mode === 'prior' ? templateProfile : undefined) ?? DEFAULT_PROFILE_ID,
    profile,
    setProfile,
    imported,
    setImported,
    error,
    setError,
  };
}
