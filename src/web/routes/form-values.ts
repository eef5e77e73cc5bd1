import type { FormValues } from '../entry-forms.ts';

/** A posted field as one string ('' when absent). */
export function text(values: FormValues | undefined, name: string): string {
  const value = values?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}
