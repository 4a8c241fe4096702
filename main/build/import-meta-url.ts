// Injected into the CommonJS bundles so that `import.meta.url` keeps meaning "this file" there too.
import { pathToFileURL } from 'node:url';

export const importMetaUrl = pathToFileURL(__filename).href;
