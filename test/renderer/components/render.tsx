/** Renders a component into a DOM (happy-dom) for the component tests, and unmounts it after each test. */
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

export function show(ui: ReactElement) {
  return render(ui);
}
