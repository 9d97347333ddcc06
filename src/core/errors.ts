/** Error codes the engine returns across the boundary; never thrown to the host. */
export type EngineErrorCode =
  | 'InvalidJson'
  | 'InvalidRequest'
  | 'UnknownCommand'
  | 'InvalidSnapshot'
  | 'InvalidBackup'
  | 'RestoreRefused'
  | 'InvalidSddl'
  | 'UnsupportedSchemaVersion'
  | 'InternalError';

/** Raised inside the engine and turned into `{ ok: false, error }` by the facade. */
export class EngineError extends Error {
  readonly code: EngineErrorCode;

  constructor(code: EngineErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'EngineError';
  }
}
