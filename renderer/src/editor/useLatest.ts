/** A getter of a value's latest version that stays the same function: callbacks read it when they run, not when made. */
import { useCallback, useRef } from 'react';

export function useLatest<T>(value: T): () => T {
  const ref = useRef(value);
  ref.current = value;
  return useCallback(() => ref.current, []);
}
