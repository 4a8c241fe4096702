/** A button that chooses a file to import (年报库's 导入, 新建年报's 从文件导入), and the import of the chosen file. */
import type { ReactNode } from 'react';
import { Button } from '@mui/material';
import type { ImportOutcome } from '../../../shared/api/types';
import { api } from '../api';

/** The sources the importer reads (docs/ARCHITECTURE.md §3.4). */
const IMPORT_ACCEPT = '.docx,.doc,.wps,.pdf,.html,.htm,.txt,.json';

interface Props {
  children: ReactNode;
  testId: string;
  disabled?: boolean;
  onFile(file: File): void;
}

export function ImportFileButton({ children, testId, disabled, onFile }: Props) {
  return (
    <Button variant="outlined" component="label" disabled={disabled}>
      {children}
      <input
        hidden
        type="file"
        accept={IMPORT_ACCEPT}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again imports it again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </Button>
  );
}

export async function importChosenFile(file: File): Promise<ImportOutcome> {
  return api().importBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}
