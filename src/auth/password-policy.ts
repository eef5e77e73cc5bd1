import zxcvbn from '@zxcvbn-ts/core';
import common from '@zxcvbn-ts/language-common';
import dutch from '@zxcvbn-ts/language-nl-be';

// A new password is long enough and not guessable: at least 12 characters (NIST SP 800-63B asks 8,
// the issue 12) and not found, with its variations (capitals, l33t, appended years, keyboard walks),
// in zxcvbn-ts's lists: the 49k most common passwords of leaked password corpora, and Dutch words and
// names, and the person's own name and address. Offline: the lists ship with the packages. A
// password zxcvbn scores below 4 (fewer than 10^10 guesses: "very unguessable") is refused; at 3
// it would still let 'Wachtwoord2024!' through.

const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase; a bound on what one sign-in makes the server hash. */
const MAX_PASSWORD_LENGTH = 256;

const checker = new zxcvbn.ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...dutch.dictionary },
  graphs: common.adjacencyGraphs,
});

/** Words a password must not lean on: the application's, the person's own. */
const APPLICATION_WORDS = ['zorgvuldig', 'wachtwoord', 'zorg', 'welkom'];

/** Why the password may not be used, in words for the person choosing it; undefined when it may. */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `moet minstens ${MIN_PASSWORD_LENGTH} tekens lang zijn (nu ${length})`;
  if (length > MAX_PASSWORD_LENGTH) return `mag hoogstens ${MAX_PASSWORD_LENGTH} tekens lang zijn`;
  const inputs = [...APPLICATION_WORDS, ...(person.email?.split(/[@.]/) ?? []), ...(person.name?.split(/\s+/) ?? [])].filter((w) => w.length > 2);
  const result = checker.check(password.slice(0, 100), inputs);
  if (result.score < 4) {
    return 'is te makkelijk te raden (het staat in een lijst van veelgebruikte of uitgelekte wachtwoorden, of lijkt daar te veel op); kies bijvoorbeeld vier losse woorden';
  }
  return undefined;
}
