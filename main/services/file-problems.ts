/**
 * What a failed read or write means, in words a user can act on: one wording for the library, the exports and the
 * command line. The system's error codes (ENOSPC, EPERM…) are never shown; a code not listed gets a plain sentence.
 */

const codeOf = (e: unknown): string =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';

/** Why a file could not be read, naming it. */
export function readProblem(path: string, e: unknown): string {
  const code = codeOf(e);
  if (code === 'ENOENT') return `找不到文件：${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `没有权限读取文件：${path}`;
  if (code === 'EBUSY') return `文件 ${path} 正被其他程序占用，请关闭后重试`;
  if (code === 'EISDIR') return `${path}：不是文件`;
  if (code === 'ENOTDIR') return `找不到文件：${path}（路径中有一段不是文件夹）`;
  if (code === 'EMFILE' || code === 'ENFILE') return `打开的文件过多，暂时无法读取 ${path}，请稍后重试`;
  return `无法读取文件 ${path}，请确认文件存在且可以打开`;
}

/** Why a write failed (the caller names the file or folder). */
export function writeProblem(e: unknown): string {
  const code = codeOf(e);
  // Windows locks a file that Word, WPS or Excel has open.
  if (code === 'EBUSY' || code === 'EPERM') return '文件可能正在 Word、WPS 或 Excel 中打开，请关闭后重试';
  if (code === 'EACCES') return '没有写入这个文件夹的权限';
  if (code === 'ENOENT' || code === 'ENOTDIR') return '文件夹不存在';
  if (code === 'ENOSPC' || code === 'EDQUOT') return '磁盘空间已满';
  if (code === 'EISDIR') return '这是一个文件夹';
  if (code === 'EROFS') return '这个位置是只读的';
  if (code === 'ENAMETOOLONG') return '文件名或路径太长';
  return '写入失败，请换一个文件夹再试';
}
