/**
 * The editor's columns: the navigator, the open part and the checks. On a small screen or at high zoom the table
 * gets the width; the navigator and the checks slide in on request, from buttons above the part.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Box, Button, Drawer, Stack, useMediaQuery } from '@mui/material';
import type { Diagnostic } from '../../../shared/checks';
import { ChecksPanel, type ChecksPanelProps } from './ChecksPanel';
import type { EditorSection } from './sections';

interface Props {
  section: EditorSection;
  label: string;
  navigator: ReactNode;
  checks: ChecksPanelProps;
  /** an error would make the export a draft: the button that slides the checks in shows it */
  blocking: boolean;
  /** the open part */
  children: ReactNode;
}

export function EditorFrame({ section, label, navigator, checks, blocking, children }: Props) {
  const narrow = useMediaQuery('(max-width: 1180px)');
  const veryNarrow = useMediaQuery('(max-width: 900px)');
  const [checksOpen, setChecksOpen] = useState(false);
  const [navOpen, setNavOpen] = useState(false);
  // Choosing a part in the slid-in navigator closes it.
  useEffect(() => setNavOpen(false), [section]);
  const { onJump, diagnostics } = checks;
  const jumpFromPanel = useCallback(
    (d: Diagnostic) => {
      setChecksOpen(false);
      onJump(d);
    },
    [onJump],
  );
  // The same callbacks from keystroke to keystroke, so the panel re-renders only when the diagnostics change.
  const checksPanel = <ChecksPanel {...checks} onJump={jumpFromPanel} />;
  const errors = diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'B5').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;

  return (
    <>
      <Box sx={{ display: 'grid', gridTemplateColumns: veryNarrow ? '1fr' : narrow ? '190px 1fr' : '230px 1fr 340px', minHeight: 0 }}>
        {veryNarrow ? null : navigator}
        <Box component="main" sx={{ overflow: 'auto', p: narrow ? 1 : 2, '--scroll-pad': narrow ? '8px' : '16px' }}>
          {narrow ? (
            <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
              {veryNarrow ? (
                <Button size="small" variant="outlined" onClick={() => setNavOpen(true)}>
                  目录：{label}
                </Button>
              ) : null}
              <Button size="small" variant="outlined" color={blocking ? 'error' : 'primary'} onClick={() => setChecksOpen(true)}>
                检查结果（{errors} 错误，{warnings} 警告）
              </Button>
            </Stack>
          ) : null}
          {children}
        </Box>
        {narrow ? null : checksPanel}
      </Box>
      <Drawer anchor="right" open={narrow && checksOpen} onClose={() => setChecksOpen(false)} slotProps={{ paper: { sx: { width: 'min(360px, 90vw)' } } }}>
        {narrow && checksOpen ? checksPanel : null}
      </Drawer>
      <Drawer anchor="left" open={veryNarrow && navOpen} onClose={() => setNavOpen(false)} slotProps={{ paper: { sx: { width: 'min(260px, 80vw)' } } }}>
        {veryNarrow && navOpen ? navigator : null}
      </Drawer>
    </>
  );
}
