// The layering rule (after VS Code's code-import-patterns): each folder lists what it MAY import, and anything
// else is an error. An import is either a path inside the repository (resolved from the importing file, matched
// against folder globs such as `shared/**`) or a package (matched by its specifier: `zod`, `@mui/*`, `node:*`).
// An allow-list catches what a deny-list forgets: `lowdb` in the renderer, or `main/cli` from a service.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A glob of `*` (within one path segment) and `**` (any number of segments) as a regular expression. */
function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // `a/**` also matches `a` itself; `**/` matches zero or more folders.
      if (glob[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
      if (re.endsWith('/.*')) re = `${re.slice(0, -3)}(?:/.*)?`;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** @type {import('eslint').Rule.RuleModule} */
export const importPatterns = {
  meta: {
    type: 'problem',
    docs: { description: 'Allow only the listed folders and packages to be imported from a folder.' },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          folders: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
        },
        required: ['layer', 'folders', 'packages'],
        additionalProperties: false,
      },
    ],
    messages: {
      folder: '{{layer}} may import only from {{allowed}}; "{{source}}" is {{target}}.',
      package: '{{layer}} may import only the packages {{allowed}}; "{{source}}" is not one of them.',
    },
  },
  create(context) {
    const { layer, folders, packages } = context.options[0];
    const folderRes = folders.map(globToRegExp);
    const packageRes = packages.map(globToRegExp);
    const here = dirname(context.filename);

    function check(node, source) {
      if (typeof source !== 'string') return;
      if (source.startsWith('.') || source.startsWith('/')) {
        const target = relative(root, resolve(here, source)).split(sep).join('/');
        if (folderRes.some((re) => re.test(target))) return;
        context.report({
          node,
          messageId: 'folder',
          data: { layer, source, target: target.startsWith('..') ? 'outside the repository' : target, allowed: folders.join(', ') },
        });
        return;
      }
      // `echarts/core` is the package `echarts`; `@mui/material/styles` is `@mui/material`.
      const name = source
        .split('/')
        .slice(0, source.startsWith('@') ? 2 : 1)
        .join('/');
      if (packageRes.some((re) => re.test(source) || re.test(name))) return;
      context.report({ node, messageId: 'package', data: { layer, source, allowed: packages.join(', ') || '(none)' } });
    }

    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType: (node) => {
        const arg = node.argument?.type === 'TSLiteralType' ? node.argument.literal : (node.source ?? node.argument);
        if (arg?.type === 'Literal') check(arg, arg.value);
      },
      TSExternalModuleReference: (node) => node.expression.type === 'Literal' && check(node.expression, node.expression.value),
    };
  },
};

export default { rules: { 'import-patterns': importPatterns } };
