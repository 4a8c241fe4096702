// @vitest-environment happy-dom
/**
 * The scripts sent into the print document: the real window is what they are typed against, and their source,
 * sent alone, runs (it reaches nothing of its module, and no bundler helper crept in).
 */
import { describe, expect, it } from 'vitest';
import { finish, MEASURE, pageCall, remeasure, type measureLayout, type ProbePage } from '../../../../main/services/export/page-probe';

/** Runs an expression the way the printer does: as page script, with only the page's globals. */
function inPage(expression: string): unknown {
  return new Function('window', `return ${expression};`)(window);
}

const TABLE = '<table data-t="t2"><tr data-r="3"><td rowspan="2">信息内容</td><td>1</td></tr><tr data-r="4"><td>2</td></tr></table>';

describe('the print probe', () => {
  it('is typed against the real window', () => {
    const page: ProbePage = window;
    expect(page.document.querySelector('body')).not.toBeNull();
  });

  it('measures every named row and merged label of the page when sent as source', () => {
    document.body.innerHTML = `<div class="page">${TABLE}</div>`;
    const measured = inPage(MEASURE) as ReturnType<typeof measureLayout>;
    expect(measured.rows.map((r) => [r.table, r.row])).toEqual([
      ['t2', 3],
      ['t2', 4],
    ]);
    expect(measured.labels.map((l) => [l.table, l.row])).toEqual([['t2', 3]]);
  });

  it('puts new content in the text block, measures it, and leaves the document without the probe style', async () => {
    document.body.innerHTML = '<style id="probe">td{}</style><div class="page"></div>';
    const measured = (await inPage(remeasure(TABLE))) as ReturnType<typeof measureLayout>;
    expect(measured.rows).toHaveLength(2);
    await inPage(finish('probe', '<p>正文</p>'));
    expect(document.getElementById('probe')).toBeNull();
    expect(document.querySelector('.page')?.innerHTML).toBe('<p>正文</p>');
  });

  it('fails loudly on a document without its text block, rather than measuring nothing', async () => {
    document.body.innerHTML = '<p>no text block</p>';
    expect(() => inPage(MEASURE)).toThrow(/no \.page/);
    await expect(inPage(remeasure(TABLE))).rejects.toThrow(/no \.page/);
  });

  it('sends its arguments as JSON, so text with quotes reaches the page as written', () => {
    expect(pageCall((_page: ProbePage, text: string) => text, '他说"是"\n')).toContain('"他说\\"是\\"\\n"');
    expect(inPage(pageCall((_page: ProbePage, text: string) => text, '他说"是"\n'))).toBe('他说"是"\n');
  });
});
