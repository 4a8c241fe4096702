/** The register the durability child saves in round N: N applications, so a reopened file tells which save it holds. */
import { blankApplication, emptyBook, type RegisterBook } from '../../shared/tally';

export function registerBookOfSeq(agency: string, year: number, seq: number): RegisterBook {
  const book = emptyBook(agency, year);
  // Files of different sizes from round to round, so a torn write would show.
  for (let i = 1; i <= 1 + (seq % 50); i++) {
    book.applications.push({ ...blankApplication(`a${i}`, `${year}-03-02`), number: `${year}-${seq}-${i}` });
  }
  return book;
}

/** The round a saved register came from (its first number holds it). */
export function registerSeq(book: RegisterBook): number {
  return Number(book.applications[0]?.number.split('-')[1] ?? 0);
}
