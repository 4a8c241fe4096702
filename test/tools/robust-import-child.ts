/**
 * One worker of `npm run robust:import`: imports each input the parent sends and answers with the outcome and
 * its memory. A crash or a hang shows in the parent as this process dying or falling silent.
 */
import { importBuffer } from '../../main/services/import/import-file';
import { UserError } from '../../main/services/errors';
import { loadPdfjs } from '../../main/services/import/pdf-text';

// pdf.js takes seconds to load under tsx on a busy machine: loaded before the first timed input.
await loadPdfjs();
process.send?.({ ready: true });

interface Job {
  id: number;
  name: string;
  data: string;
}

process.on('message', (msg: Job) => {
  void (async () => {
    let outcome: 'imported' | 'refused' | 'internal';
    let detail = '';
    try {
      await importBuffer(Buffer.from(msg.data, 'base64'), msg.name);
      outcome = 'imported';
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      // A refusal is a UserError whose message is one Chinese sentence (file names aside).
      // Quoted source text (“…”) and product names may be in any language; the sentence itself must be Chinese.
      const words = message
        .replace(msg.name, '')
        .replace(/“[^”]*”/g, '')
        .replace(/\b(?:Word|WPS|PDF|docx|doc|wps|txt|html|json|UTF|GBK|OCR|Excel|LibreOffice)\b/g, '');
      const chinese = /[\u4e00-\u9fff]/.test(message) && !/[A-Za-z]{4,}/.test(words);
      outcome = e instanceof UserError && chinese ? 'refused' : 'internal';
      detail = `${e instanceof Error ? e.name : typeof e}: ${message.slice(0, 300)}`;
    }
    process.send?.({ id: msg.id, outcome, detail, rss: process.memoryUsage().rss });
  })();
});
