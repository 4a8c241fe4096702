/** The screens: the library (年报库), the register kept all year (台账), the review of many reports (审核) and the editor of one report. */
import { useState } from 'react';
import { Alert, Box, CircularProgress, Tab, Tabs } from '@mui/material';
import type { LoadedReport } from '../../shared/api/types';
import { api, errorText } from './api';
import { EditorPage } from './editor/EditorPage';
import { LibraryPage } from './library/LibraryPage';
import { ReviewPage } from './review/ReviewPage';
import { RegisterPage } from './tally/RegisterPage';

type Screen =
  | { kind: 'library'; message?: string }
  | { kind: 'review' }
  | { kind: 'register' }
  | { kind: 'loading' }
  | { kind: 'editor'; id: string; loaded: LoadedReport; message?: string };

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'library' });
  const [error, setError] = useState<string | null>(null);
  const open = (id: string, message?: string) => {
    setScreen({ kind: 'loading' });
    api()
      .loadReport(id)
      .then(
        (loaded) => setScreen({ kind: 'editor', id, loaded, ...(message ? { message } : {}) }),
        (e: unknown) => {
          setError(errorText(e));
          setScreen({ kind: 'library' });
        },
      );
  };
  return (
    <>
      {error ? (
        <Alert severity="error" onClose={() => setError(null)}>
          {error}
        </Alert>
      ) : null}
      {screen.kind === 'library' || screen.kind === 'review' || screen.kind === 'register' ? (
        <Tabs
          value={screen.kind}
          onChange={(_e, v: 'library' | 'review' | 'register') => setScreen({ kind: v })}
          aria-label="主导航"
          sx={{ px: 3, borderBottom: '1px solid #e0e0e0' }}
        >
          <Tab value="library" label="年报库" />
          <Tab value="register" label="台账" />
          <Tab value="review" label="审核" />
        </Tabs>
      ) : null}
      {/* Kept mounted while the editor is open, so a review's results are still there on the way back. */}
      <Box sx={{ display: screen.kind === 'review' ? 'block' : 'none' }}>
        <ReviewPage onOpen={open} />
      </Box>
      {screen.kind === 'library' ? <LibraryPage onOpen={open} {...(screen.message ? { message: screen.message } : {})} /> : null}
      {screen.kind === 'register' ? <RegisterPage /> : null}
      {screen.kind === 'loading' ? (
        <Box sx={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
          <CircularProgress aria-label="正在打开" />
        </Box>
      ) : null}
      {screen.kind === 'editor' ? (
        <EditorPage
          key={screen.id}
          id={screen.id}
          initial={screen.loaded.report}
          readOnly={screen.loaded.readOnly}
          notice={[screen.loaded.notice, screen.message].filter(Boolean).join('；') || undefined}
          onBack={() => setScreen({ kind: 'library' })}
        />
      ) : null}
    </>
  );
}
