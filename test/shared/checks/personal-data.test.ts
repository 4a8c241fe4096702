import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../shared/checks';
import { findPersonalData, isIdNumber, maskPersonal, ownContacts, passesLuhn } from '../../../shared/checks/personal-data';
import type { Block } from '../../../shared/model';
import { makeReport } from '../../helpers/reports';

const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const kinds = (text: string, own?: Set<string>) => findPersonalData(text, own).map((f) => [f.kind, f.found]);

describe('personal data in the text (G13)', () => {
  it('takes an ID number only with a valid date and check digit, a bank card only when it passes Luhn', () => {
    expect(isIdNumber('11010519491231002X')).toBe(true);
    expect(isIdNumber('110105194912310021')).toBe(false);
    expect(isIdNumber('110105194902300021')).toBe(false);
    expect(isIdNumber('110105491231002')).toBe(true);
    expect(passesLuhn('6222021234567894')).toBe(true);
    expect(passesLuhn('6222021234567895')).toBe(false);
    expect(kinds('身份证号11010519491231002X；另一号码110105194912310021。')).toEqual([['id', '11010519491231002X']]);
    expect(kinds('卡号6222 0212 3456 7894，误写6222021234567895。')).toEqual([['bank', '6222 0212 3456 7894']]);
  });

  it('finds mobiles, e-mail and a name right after 申请人 or 举报人, never an anonymised 张某', () => {
    expect(kinds('申请人张三丰提出申请，联系电话138-1234-5678，邮箱zhangsan@example.com。')).toEqual([
      ['name', '张三丰'],
      ['mobile', '138-1234-5678'],
      ['email', 'zhangsan@example.com'],
    ]);
    expect(kinds('举报人：李四，因对处理结果不服提起复议。')).toEqual([['name', '李四']]);
    expect(kinds('申请人张某提出申请；申请人要求公开；申请人申请公开拆迁补偿信息；申请人类型为自然人。')).toEqual([]);
  });

  it("leaves the office's own published contact alone, in the 前言 and in a contact line under the 落款", () => {
    const own = ownContacts(['如对本报告有疑问，请与县政府办公室联系（电话：0527-83581234，邮箱：xxgk@sy.gov.cn）。']);
    expect(kinds('详见政务公开专栏，咨询电话0527-83581234，或发邮件至xxgk@sy.gov.cn。', own)).toEqual([]);
    expect(kinds('（联系人：林耀，联系方式：0591-23163387）')).toEqual([['landline', '0591-23163387']]);
    const r = makeReport('gip-2021');
    const quiet = { ...r, sections: { ...r.sections, other: [...r.sections.other, para('（联系人：林耀，联系方式：0591-23163387）')] } };
    expect(checkReport(quiet).filter((d) => d.rule === 'G13')).toEqual([]);
  });

  it('is an error naming the place, masked in the message, with the span to underline', () => {
    const r = makeReport('gip-2021');
    const bad = {
      ...r,
      sections: {
        ...r.sections,
        overview: [...r.sections.overview, para('全年受理申请12件，其中申请人王小明（身份证号11010519491231002X）申请公开征收补偿信息。')],
      },
    };
    const found = checkReport(bad).filter((d) => d.rule === 'G13');
    expect(found.map((d) => d.message)).toEqual([
      expect.stringMatching(/第\d+段：疑似个人姓名“王＊明”，公开的年报不得含有个人信息，请删除或遮蔽$/),
      expect.stringMatching(/第\d+段：疑似身份证号码“1＊{16}X”，公开的年报不得含有个人信息，请删除或遮蔽$/),
    ]);
    expect(found.every((d) => d.severity === 'error' && d.spans?.[0]?.section === 'overview')).toBe(true);
    expect(maskPersonal('张三')).toBe('张＊');
  });
});
