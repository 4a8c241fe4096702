/** Failed reads and writes, said the same way everywhere and never with the system's error code. */
import { describe, expect, it } from 'vitest';
import { readProblem, writeProblem } from '../../../main/services/file-problems';

const CODES = ['ENOENT', 'EACCES', 'EPERM', 'EBUSY', 'EISDIR', 'ENOTDIR', 'EMFILE', 'ENOSPC', 'EDQUOT', 'EROFS', 'ENAMETOOLONG', 'EIO', 'EXDEV'];
const fail = (code: string) => Object.assign(new Error(`${code}: system words`), { code });

describe('file problems', () => {
  it('gives a Chinese sentence for every code, known or not, without the code or the system words', () => {
    for (const code of CODES) {
      for (const text of [readProblem('D:\\年报\\a.json', fail(code)), writeProblem(fail(code))]) {
        expect(text, code).toMatch(/[\u4e00-\u9fff]{4}/);
        expect(text, code).not.toMatch(/\bE[A-Z]{3,}\b|system words/);
      }
    }
  });

  it('names the file it could not read, and a full disk as a full disk', () => {
    expect(readProblem('D:\\年报\\a.json', fail('ENOENT'))).toBe('找不到文件：D:\\年报\\a.json');
    expect(writeProblem(fail('ENOSPC'))).toBe('磁盘空间已满');
    expect(writeProblem(fail('EDQUOT'))).toBe('磁盘空间已满');
    expect(writeProblem(new Error('no code'))).toBe('写入失败，请换一个文件夹再试');
  });
});
