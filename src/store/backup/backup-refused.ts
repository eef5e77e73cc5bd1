/**
 * A backup or restore that cannot be done as asked, for a reason outside its arguments (the folder
 * is in use, the versions do not fit): the message says why and what to do; the CLI exits 1.
 */
export class BackupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}
