/** The import 年报库 is reviewing: from a chosen file, or from the host's open dialog (menu 导入). */
import { useCallback, useState } from 'react';
import type { ImportOutcome } from '../../../shared/api/types';
import { api } from '../api';
import { importChosenFile } from './ImportFileButton';

export function useLibraryImport(fail: (e: unknown) => void) {
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const importFile = async (file: File) => {
    try {
      setImported(await importChosenFile(file));
    } catch (err) {
      fail(err);
    }
  };
  const importFromHost = useCallback(() => {
    api()
      .importFile()
      .then((o) => o && setImported(o), fail);
  }, [fail]);
  return { imported, importFile, importFromHost, closeImport: () => setImported(null) };
}
