// Pathological inputs for the linear-time check: a 10x longer input may take at most ~12x as long.
export const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'digits 1111…': (n) => '1'.repeat(n),
  'spaced digits 1 1 1…': (n) => '1 '.repeat(n / 2),
  'hex abcdef…': (n) => 'abcdef0123456789'.repeat(n / 16),
  'aaaa…@': (n) => `${'a'.repeat(n - 1)}@`,
  'a@a@a@…': (n) => 'a@'.repeat(n / 2),
  'a.a.a…@x': (n) => `${'a.'.repeat(n / 2 - 2)}@x.com`,
  'sk-aaaa…': (n) => `sk-${'a'.repeat(n - 3)}`,
  '1a-1a-…': (n) => '1a-'.repeat(n / 3),
  'eyJ.eyJ.…': (n) => 'eyJa.'.repeat(n / 5),
  'password=password=…': (n) => 'password='.repeat(n / 9),
  '://://…': (n) => 'x://'.repeat(n / 4),
  '-----BEGIN…': (n) => '-----BEGIN '.repeat(n / 11),
  '密码密码…': (n) => '密码'.repeat(n / 2),
  'zero-width ６\u200b…': (n) => '６\u200b'.repeat(n / 2),
  'mixed card chain': (n) => '6222 '.repeat(n / 5),
};
