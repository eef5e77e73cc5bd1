// Errors the domain raises for callers to map onto their medium: HTTP status, CLI exit code, a
// message beside a form field. Messages are Dutch because they reach care workers.

export interface ValidationIssue {
  /** Where the problem is, as a JSON path such as `$.entries[2].date`. */
  path: string;
  /** Why, in Dutch. */
  message: string;
}

/** Input that does not meet the contract; nothing was changed. */
export class InvalidInputError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}

/** The actor may not do this to this resource. */
export class ForbiddenError extends Error {
  constructor(message = 'U heeft geen toegang tot deze gegevens of handeling.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** The resource does not exist, or the actor may not know that it exists. */
export class NotFoundError extends Error {
  constructor(message = 'Niet gevonden.') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The request conflicts with the current state (a duplicate entry id, for instance). */
export class ConflictError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'ConflictError';
    this.issues = issues;
  }
}

/** The caller did not prove who it is (no, a wrong or a revoked credential). */
export class UnauthenticatedError extends Error {
  constructor(message = 'Niet aangemeld of ongeldige inloggegevens.') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** The server is doing as much of this as it will at once (the PDF workers' queue is full); try again later. */
export class TooBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TooBusyError';
  }
}
