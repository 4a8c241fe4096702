/**
 * The count 从台账统计 shows: of a register file (with the headers mapped so far) or of the register kept in the
 * app, counted again when a header or a value is mapped; and which table and cell of it the user is looking at.
 */
import { useRef, useState } from 'react';
import type { RegisterTally } from '../../../shared/api/types';
import type { TableKey } from '../../../shared/formats';
import type { Report } from '../../../shared/model';
import { NO_VALUE_MAPPING, normaliseHeader, type HeaderMapping, type MappedValueKind } from '../../../shared/tally';
import { api, errorText } from '../api';

interface PickedFile {
  name: string;
  data: Uint8Array;
}

export function useRegisterTally(report: Report, table: TableKey) {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [result, setResult] = useState<RegisterTally | null>(null);
  const [mapping, setMapping] = useState<HeaderMapping>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<TableKey>(table);
  const [focused, setFocused] = useState<string | null>(null);
  const target = { agency: report.agency, year: report.year, format: report.format };

  // The count shown, so that a value mapped in the list of uncounted rows counts again from the same source.
  const lastCount = useRef<(() => Promise<RegisterTally>) | null>(null);
  const run = async (count: () => Promise<RegisterTally>) => {
    lastCount.current = count;
    setBusy(true);
    setError(null);
    try {
      const r = await count();
      setResult(r);
      setFocused(null);
      if (r.tally && !r.tally.casesRead) setShown('t3');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const countFile = (f: PickedFile, m: HeaderMapping) => run(() => api().tallyRegister(f.name, f.data, target, m));

  const countPicked = (f: File) =>
    void f.arrayBuffer().then((b) => {
      const picked = { name: f.name, data: new Uint8Array(b) };
      setFile(picked);
      setMapping({});
      return countFile(picked, {});
    });
  const countKept = () => void run(() => api().tallyKeptRegister(target));
  const recount = () => file && void countFile(file, mapping);
  const mapHeader = (header: string, column: string) => setMapping((m) => ({ ...m, [normaliseHeader(header)]: column as HeaderMapping[string] }));
  const mapValue = async (kind: MappedValueKind, value: string, label: string) => {
    try {
      await api().rememberValues(report.agency, { ...NO_VALUE_MAPPING, [kind]: { [value]: label } });
    } catch (e) {
      setError(errorText(e));
      return;
    }
    if (lastCount.current) await run(lastCount.current);
  };

  return { file, result, mapping, busy, error, shown, setShown, focused, setFocused, countPicked, countKept, recount, mapHeader, mapValue };
}
