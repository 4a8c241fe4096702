/** The editor's edits as pure functions: each gives a new report and leaves the old one (undo keeps it) as it was. */
import { describe, expect, it } from 'vitest';
import { acknowledge, appendBlock, confirmReviewed, revokeAcknowledgement, setCells, setSection, unreviewedCount } from '../../../shared/model/edits';
import type { Block, Report } from '../../../shared/model';
import { makeReport } from '../../helpers/reports';

const frozen = (r: Report): Report => JSON.parse(JSON.stringify(r)) as Report;

describe('report edits', () => {
  it('acknowledges a warning with its note and time, and revokes it', () => {
    const r = makeReport('gip-2021');
    const before = frozen(r);
    const a = acknowledge(r, 'D2:t3', '正文为本级口径', new Date('2026-01-02T03:04:05Z'));
    expect(a.acknowledgements).toEqual({ 'D2:t3': { note: '正文为本级口径', at: '2026-01-02T03:04:05.000Z' } });
    expect(r).toEqual(before);
    const b = acknowledge(a, 'G3:x', '另一项');
    expect(Object.keys(b.acknowledgements ?? {})).toEqual(['D2:t3', 'G3:x']);
    const c = revokeAcknowledgement(b, 'D2:t3');
    expect(Object.keys(c.acknowledgements ?? {})).toEqual(['G3:x']);
    expect(b.acknowledgements?.['D2:t3']).toBeDefined();
    expect(revokeAcknowledgement(c, 'missing')).toBe(c);
  });

  it('confirms the paragraphs carried over from last year in one section only, figures untouched', () => {
    const r = makeReport('gip-2021');
    const figure: Block = { kind: 'figure', src: 'data:image/png;base64,AA==', caption: '图解' };
    const carried: Block[] = [{ kind: 'paragraph', runs: [{ text: '沿用' }], unreviewed: true }, figure];
    const withCarried = setSection(setSection(r, 'overview', carried), 'problems', [{ kind: 'paragraph', runs: [{ text: '也沿用' }], unreviewed: true }]);
    expect(unreviewedCount(withCarried)).toBe(2);
    const done = confirmReviewed(withCarried, 'overview');
    expect(unreviewedCount(done, 'overview')).toBe(0);
    expect(unreviewedCount(done, 'problems')).toBe(1);
    expect(done.sections.overview[1]).toBe(figure);
    expect(unreviewedCount(withCarried, 'overview')).toBe(1);
    expect(confirmReviewed(done, 'overview')).toBe(done);
  });

  it('sets cells and appends blocks without touching the rest', () => {
    const r = makeReport('gip-2021');
    const s = setCells(r, { 't3.new.legal': null });
    expect(s.cells['t3.new.legal']).toBeNull();
    expect(s.cells['t3.new.natural']).toBe(r.cells['t3.new.natural']);
    expect(r.cells['t3.new.legal']).toBe(0);
    const p: Block = { kind: 'paragraph', runs: [{ text: '新段落' }] };
    const a = appendBlock(r, 'overview', p);
    expect(a.sections.overview.at(-1)).toBe(p);
    expect(a.sections.overview.length).toBe(r.sections.overview.length + 1);
    expect(a.sections.preface).toBe(r.sections.preface);
  });
});
