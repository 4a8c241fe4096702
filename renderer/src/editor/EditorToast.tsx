/** The editor's one message line: what was exported (with the folder, the fonts that stood in), undone or filled. */
import { useEffect, useState } from 'react';
import { Box, Button, Snackbar } from '@mui/material';
import { api, errorText } from '../api';

export interface EditorToast {
  text: string;
  /** the file written, to show in its folder */
  path?: string;
  /** which font stood in for which, shown on request */
  details?: string[];
}

export function EditorToastBar({ toast, onClose, onNotice }: { toast: EditorToast | null; onClose(): void; onNotice(text: string): void }) {
  const [showDetails, setShowDetails] = useState(false);
  useEffect(() => setShowDetails(false), [toast]);
  return (
    <Snackbar
      open={toast !== null}
      onClose={(_e, reason) => reason !== 'clickaway' && onClose()}
      autoHideDuration={showDetails ? null : 12000}
      message={
        <Box sx={{ whiteSpace: 'pre-line' }}>
          {toast?.text}
          {toast?.details?.length && showDetails ? (
            <Box component="ul" aria-label="代替字体" sx={{ m: 0, mt: 1, pl: 2.5, opacity: 0.9 }}>
              {toast.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </Box>
          ) : null}
        </Box>
      }
      action={
        <>
          {toast?.details?.length ? (
            <Button color="inherit" size="small" aria-expanded={showDetails} onClick={() => setShowDetails((v) => !v)}>
              {showDetails ? '收起' : '详细'}
            </Button>
          ) : null}
          {toast?.path ? (
            <Button
              color="inherit"
              size="small"
              onClick={() =>
                void api()
                  .showInFolder(toast.path ?? '')
                  .catch((e: unknown) => onNotice(errorText(e)))
              }
            >
              在文件夹中显示
            </Button>
          ) : null}
        </>
      }
    />
  );
}
