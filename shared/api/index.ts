export * from './types';
export * from './channels';
