import { numericColumns } from './numeric-columns';

describe('numericColumns', () => {
  it.each<[string, string[][], boolean[]]>([
    [
      'counts, decimals, percentages and empty cells are numeric',
      [
        ['Wmo', '12', '1.234,5', '40%'],
        ['Jeugd', '', '-3', '7 %'],
      ],
      [false, true, true, true],
    ],
    [
      'one word makes a column text',
      [
        ['1', '2'],
        ['3', 'n.v.t.'],
      ],
      [true, false],
    ],
    [
      'an empty column is not numeric',
      [
        ['a', ''],
        ['b', ''],
      ],
      [false, false],
    ],
    ['ragged rows count missing cells as empty', [['a', '1'], ['b']], [false, true]],
    ['no rows, no columns', [], []],
  ])('%s', (_name, rows, expected) => {
    expect(numericColumns(rows)).toEqual(expected);
  });
});
