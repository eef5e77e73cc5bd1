// The burgerservicenummer's eleven-test (elfproef): the digits weighted 9, 8, …, 2 and the last
// one −1 must sum to a multiple of 11. A number of zeros passes the sum but is no BSN.

export function passesElevenTest(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn) || /^0+$/.test(bsn)) return false;
  const digits = [...bsn].map(Number);
  const sum = digits.reduce((total, digit, i) => total + digit * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}
