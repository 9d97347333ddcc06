/**
 * Snapshot schema version 1: raw facts collected on one machine, never conclusions.
 * Every fact carries a status; a fact without a value says why (ARCHITECTURE.md "The snapshot").
 * Unknown fields are kept by the collector and ignored here.
 */
export const SNAPSHOT_SCHEMA_VERSION = 1;

export type FactStatus =
  | 'Ok'
  | 'NotFound'
  | 'AccessDenied'
  | 'NotSupportedOnThisOS'
  | 'Timeout'
  | 'Malformed'
  | 'Error';

/** Registry value types as Windows names them. */
export type RegistryType =
  | 'REG_NONE'
  | 'REG_SZ'
  | 'REG_EXPAND_SZ'
  | 'REG_BINARY'
  | 'REG_DWORD'
  | 'REG_DWORD_BIG_ENDIAN'
  | 'REG_LINK'
  | 'REG_MULTI_SZ'
  | 'REG_QWORD'
  | 'REG_UNKNOWN';

/**
 * One registry value. `hex` holds the raw data: binary as stored, DWORD/QWORD little-endian,
 * strings as UTF-16LE without the terminating NUL. Large blobs (encoded CTLs) carry only `size`.
 */
export interface RegistryValueFact {
  status: FactStatus;
  type?: RegistryType | string;
  hex?: string;
  size?: number;
  text?: string;
  message?: string;
}

export interface RegistryKeyFact {
  path?: string;
  status: FactStatus;
  message?: string;
  values?: Record<string, RegistryValueFact>;
}

export interface ServiceFact {
  status: FactStatus;
  message?: string;
  state?: string;
  startType?: string;
  account?: string;
}

/** A key's security descriptor as SDDL (owner, group, DACL; the SACL is not read). */
export interface SddlFact {
  path?: string;
  status: FactStatus;
  sddl?: string;
  message?: string;
}

export interface MachineFacts {
  computerName?: string | null;
  osVersion?: string | null;
  osBuild?: number | null;
  psEdition?: string | null;
  psVersion?: string | null;
  isElevated?: boolean | null;
}

export interface Snapshot {
  schemaVersion: number;
  collectedAt: string;
  machine?: MachineFacts;
  ctl?: {
    autoUpdate?: { HKLM?: RegistryKeyFact; HKCU?: RegistryKeyFact };
    policy?: RegistryKeyFact;
  };
  services?: Record<string, ServiceFact>;
  wintrust?: {
    hives?: { scope: 'System' | 'NetworkService' | 'LocalService' | 'User' | 'CurrentUser'; sid?: string | null; path?: string; key: RegistryKeyFact }[];
  };
  logs?: {
    /** Lines of .NET/KB setup logs that mention signatures, errors or the final result. */
    setup?: { path?: string; status: FactStatus; lines?: string[]; message?: string }[];
  };
  acl?: {
    authRoot?: SddlFact;
    autoUpdate?: SddlFact;
    autoUpdateHKCU?: SddlFact;
  };
}
