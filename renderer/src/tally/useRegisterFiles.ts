/** Importing a register file into the book shown (what could not be read is kept to be listed) and exporting it as .xlsx. */
import { useState, type ChangeEvent } from 'react';
import type { BookImportProblem } from '../../../shared/tally';
import { api, errorText } from '../api';
import { mergeImported } from './register-entries';
import { takePickedFile } from './register-files';
import type { RegisterBookState } from './useRegisterBook';

export function useRegisterFiles({ book, commit, setSaved, setError }: RegisterBookState) {
  const [problems, setProblems] = useState<BookImportProblem[]>([]);

  const importFrom = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = takePickedFile(e);
    if (!f || !book) return;
    try {
      const r = await api().importRegister(f.name, new Uint8Array(await f.arrayBuffer()), book.agency, book.year);
      setProblems(r.problems);
      const merged = mergeImported(book, r.book);
      commit(merged.book);
      setSaved(merged.message);
    } catch (err) {
      setError(errorText(err));
    }
  };

  const exportTo = async () => {
    if (!book) return;
    try {
      const out = await api().exportRegister(book);
      if (out) setSaved(`已导出：${out.path}`);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return { problems, clearProblems: () => setProblems([]), importFrom, exportTo };
}
