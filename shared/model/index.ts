export * from './report';
export * from './load';
export * from './numbers';
