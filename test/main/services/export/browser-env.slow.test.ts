/** The browser's environment: Chromium on Linux opens files with Chinese names only under a UTF-8 locale. */
import { describe, expect, it } from 'vitest';
import { browserEnv } from '../../../../main/services/export/chromium-printer';

describe('the environment the browser starts in', () => {
  it('gets a UTF-8 locale when the shell sets none (a bare CI or service shell)', () => {
    expect(browserEnv({ PATH: '/usr/bin', HOME: '/root' })).toEqual({ PATH: '/usr/bin', HOME: '/root', LANG: 'C.UTF-8' });
  });

  it('keeps the locale the user chose', () => {
    expect(browserEnv({ LANG: 'zh_CN.UTF-8' }).LANG).toBe('zh_CN.UTF-8');
    expect(browserEnv({ LC_ALL: 'zh_CN.GB18030' })).toEqual({ LC_ALL: 'zh_CN.GB18030' });
  });
});
