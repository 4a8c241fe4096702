/** The register the 台账 page shows: which agency and year, the book loaded for them, and every change saved at once. */
import { useEffect, useRef, useState } from 'react';
import type { RegisterBook } from '../../../shared/tally';
import { api, errorText } from '../api';

/** The agencies of the library's reports to choose from, and the agency and year chosen (at first the first agency, this year). */
export function useRegisterChoice(today: string) {
  const [agencies, setAgencies] = useState<string[]>([]);
  const [agency, setAgency] = useState('');
  const [year, setYear] = useState(Number(today.slice(0, 4)));

  useEffect(() => {
    void api()
      .listReports()
      .then((list) => {
        const names = [...new Set(list.filter((r) => !r.deletedAt).map((r) => r.agency))];
        setAgencies(names);
        setAgency((a) => a || names[0] || '');
      });
  }, []);

  return { agencies, agency, setAgency, year, setYear };
}

export type RegisterBookState = ReturnType<typeof useRegisterBook>;

/** The book of an agency and year, loaded once typing pauses; `saved` and `error` are the page's status lines. */
export function useRegisterBook(agency: string, year: number) {
  const [book, setBook] = useState<RegisterBook | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    const name = agency.trim();
    if (!name || !Number.isInteger(year) || year < 2008 || year > 2100) {
      setBook(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api()
        .loadRegister(name, year)
        .then(
          (b) => {
            if (!live) return;
            setBook(b);
            setError(null);
            setSaved(null);
          },
          (e: unknown) => live && (setBook(null), setError(errorText(e))),
        );
    }, 300);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [agency, year]);

  const commit = (next: RegisterBook) => {
    setBook(next);
    // Saves run one after another, each the whole register as it is then: the last one on disk is the newest.
    saving.current = saving.current.then(() =>
      api()
        .saveRegister(next)
        .then(
          () => {
            setSaved(`已保存 ${new Date().toLocaleTimeString('zh-CN', { hour12: false })}`);
            setError(null);
          },
          (e: unknown) => setError(`台账未能保存：${errorText(e)}`),
        ),
    );
  };

  return { book, error, setError, saved, setSaved, commit };
}
