/** A title or a dropped file's name as a file name on any office PC: without what Windows refuses in a name. */
export function safeFileName(name: string, fallback = '文件'): string {
  // eslint-disable-next-line no-control-regex -- control characters are what Windows refuses besides \ / : * ? " < > |
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/[. ]+$/, '');
  return cleaned || fallback;
}
