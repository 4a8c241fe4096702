export * from './indicators';
export * from './review';
export { contributions, sumReports, SumError, type SumInput, type SumResult } from './sum';
