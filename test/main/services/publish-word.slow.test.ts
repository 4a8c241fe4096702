/** The 网页版 as the world reuses it: opened in LibreOffice Writer and saved as Word, it still imports cell for cell. */
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../../../main/services/import/import-file';
import { webPageHtml } from '../../../shared/publish/web-page';
import { convertWithLibreOffice } from '../../helpers/libreoffice';
import { loadFixture } from '../../helpers/reports';

describe('网页版 through Word', () => {
  it.each(['淮安市人民政府_2024', '杭州市科技局_2020'])(
    '%s: LibreOffice opens the page and saves a .docx that imports with every cell equal',
    async (name) => {
      const fixture = loadFixture(name);
      const docx = await convertWithLibreOffice(webPageHtml(fixture), `${name}.html`, 'docx');
      const { report } = await importBuffer(docx, `${name}.docx`);
      expect(report.format).toBe(fixture.format);
      expect(report.cells).toEqual(fixture.cells);
    },
    150_000,
  );
});
