import { instantFromLocalTime, parseInstant, type Fold, type Instant } from '../../domain/agreement/instants.ts';
import { isValidIsoDate } from '../../domain/calendar/dates.ts';
import type { IsoDate } from '../../domain/dossier/types.ts';
import { InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';

// Reading the agreement's request bodies (the API's JSON, a page's form turned into the same
// shape): each field checked where it is read, every problem collected with its JSON path and a
// Dutch reason, and nothing changed unless all of them are right.

export class Fields {
  readonly issues: ValidationIssue[] = [];
  private readonly body: Record<string, unknown>;
  private readonly prefix: string;

  constructor(body: unknown, prefix = '$') {
    this.prefix = prefix;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      this.issues.push({ path: prefix, message: 'moet een object zijn' });
      this.body = {};
    } else {
      this.body = body as Record<string, unknown>;
    }
  }

  private fail(name: string, message: string): undefined {
    this.issues.push({ path: `${this.prefix}.${name}`, message });
    return undefined;
  }

  has(name: string): boolean {
    return this.body[name] !== undefined && this.body[name] !== null && this.body[name] !== '';
  }

  raw(name: string): unknown {
    return this.body[name];
  }

  text(name: string, max = 2000): string | undefined {
    const value = this.body[name];
    if (typeof value !== 'string' || value.trim() === '') return this.fail(name, 'ontbreekt');
    if (value.length > max) return this.fail(name, `is te lang (ten hoogste ${max} tekens)`);
    return value.trim();
  }

  optionalText(name: string, max = 2000): string | undefined {
    return this.has(name) ? this.text(name, max) : undefined;
  }

  date(name: string): IsoDate | undefined {
    const value = this.body[name];
    if (typeof value !== 'string' || !isValidIsoDate(value)) return this.fail(name, 'is geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag');
    return value;
  }

  optionalDate(name: string): IsoDate | undefined {
    return this.has(name) ? this.date(name) : undefined;
  }

  integer(name: string, min: number, max: number): number | undefined {
    const value = this.body[name];
    const number = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < min || number > max) {
      return this.fail(name, `moet een geheel getal van ${min} tot en met ${max} zijn`);
    }
    return number;
  }

  choice<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.body[name];
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) return this.fail(name, `moet een van deze waarden zijn: ${allowed.join(', ')}`);
    return value as T;
  }

  boolean(name: string): boolean | undefined {
    const value = this.body[name];
    if (value === true || value === 'ja') return true;
    if (value === false || value === 'nee') return false;
    return this.fail(name, 'moet true of false zijn');
  }

  /**
   * A moment: with its offset ('2026-03-30T10:00+02:00'), or as Dutch wall-clock time
   * ('2026-03-30T10:00'), which in the autumn fold needs `<name>Fold` ('earlier' or 'later').
   */
  instant(name: string): Instant | undefined {
    const value = this.body[name];
    if (typeof value !== 'string') return this.fail(name, 'ontbreekt; gebruik JJJJ-MM-DDTUU:MM');
    const fold = this.body[`${name}Fold`];
    try {
      return /(Z|[+-]\d{2}:\d{2})$/.test(value)
        ? parseInstant(value, `${this.prefix}.${name}`)
        : instantFromLocalTime(value, `${this.prefix}.${name}`, fold === 'earlier' || fold === 'later' ? (fold as Fold) : undefined);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      this.issues.push(...error.issues);
      return undefined;
    }
  }

  /** Throws every problem found; afterwards the values read are all there. */
  done(): void {
    if (this.issues.length > 0) throw new InvalidInputError(this.issues);
  }
}
