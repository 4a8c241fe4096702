export * from './columns';
export * from './values';
export * from './vocabulary';
export * from './register';
export * from './deadlines';
export * from './count';
export * from './apply';
export * from './tally-sheets';
