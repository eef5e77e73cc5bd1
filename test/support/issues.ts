import assert from 'node:assert/strict';
import { InvalidInputError, type ValidationIssue } from '../../src/domain/errors.ts';

/** The issues of the InvalidInputError that `run` throws; fails the test when it throws none. */
export function issuesOf(run: () => unknown): ValidationIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues;
    throw error;
  }
  assert.fail('expected InvalidInputError');
}
