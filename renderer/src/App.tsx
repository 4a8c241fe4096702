/** The two screens: the library (年报库) and the editor of one report. */
import { useState } from 'react';
import { Alert, Box, CircularProgress } from '@mui/material';
import type { LoadedReport } from '../../shared/api/types';
import { api, errorText } from './api';
import { EditorPage } from './editor/EditorPage';
import { LibraryPage } from './library/LibraryPage';

type Screen = { kind: 'library'; message?: string } | { kind: 'loading' } | { kind: 'editor'; id: string; loaded: LoadedReport; message?: string };

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
      {screen.kind === 'library' ? <LibraryPage onOpen={open} {...(screen.message ? { message: screen.message } : {})} /> : null}
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
