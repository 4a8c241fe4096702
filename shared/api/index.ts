export * from './types';
export * from './channels';
export * from './export-kinds';
