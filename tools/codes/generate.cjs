// Generates src/codes/table.ts, the engine's error-code table (#12), from public machine-readable
// headers (tools/codes/SOURCES.md): Windows Update codes from mingw-w64's wuerror.h, and from Wine's
// winerror.h, winhttp.h and wininet.h the CRYPT_E_*, TRUST_E_*, CERT_E_*, WININET_E_* HRESULTs, the
// WinHTTP and WinINet error numbers (as HRESULT_FROM_WIN32) and the Win32 codes update logs show.
// Only names and values are taken; no header text. The table is one string the engine splits on
// first use, so the bundle stays small and Jint parses no large literal.
//
//   node tools/codes/generate.cjs <mingw include dir> <wine windows include dir> [out file]
//   (build.ps1 -Task Codes extracts both from Debian's mingw-w64-common and libwine-dev packages)
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const [mingw, wine, out = path.join(__dirname, '..', '..', 'src', 'codes', 'table.ts')] = process.argv.slice(2);
if (!mingw || !wine) {
  console.error('usage: node tools/codes/generate.cjs <mingw include dir> <wine windows include dir> [out file]');
  process.exit(64);
}
const read = (dir, file) => fs.readFileSync(path.join(dir, file), 'latin1');

/**
 * Win32 codes common in Windows Update, CBS and setup logs (by name; their values come from
 * winerror.h). The list is WuTrust's choice, made from the codes FACTS.md 5-6 and the seeds cite
 * and the file, access, service and installer errors those logs print around them.
 */
const WIN32_NAMES = [
  'ERROR_SUCCESS',
  'ERROR_INVALID_FUNCTION',
  'ERROR_FILE_NOT_FOUND',
  'ERROR_PATH_NOT_FOUND',
  'ERROR_ACCESS_DENIED',
  'ERROR_INVALID_HANDLE',
  'ERROR_NOT_ENOUGH_MEMORY',
  'ERROR_INVALID_DATA',
  'ERROR_OUTOFMEMORY',
  'ERROR_NOT_READY',
  'ERROR_SHARING_VIOLATION',
  'ERROR_LOCK_VIOLATION',
  'ERROR_HANDLE_EOF',
  'ERROR_NOT_SUPPORTED',
  'ERROR_FILE_EXISTS',
  'ERROR_INVALID_PARAMETER',
  'ERROR_DISK_FULL',
  'ERROR_INSUFFICIENT_BUFFER',
  'ERROR_INVALID_NAME',
  'ERROR_DIR_NOT_EMPTY',
  'ERROR_ALREADY_EXISTS',
  'ERROR_FILENAME_EXCED_RANGE',
  'ERROR_MORE_DATA',
  'ERROR_NO_MORE_ITEMS',
  'ERROR_DIRECTORY',
  'ERROR_OPERATION_ABORTED',
  'ERROR_IO_PENDING',
  'ERROR_NOACCESS',
  'ERROR_CANTOPEN',
  'ERROR_CANTREAD',
  'ERROR_CANTWRITE',
  'ERROR_REGISTRY_CORRUPT',
  'ERROR_KEY_DELETED',
  'ERROR_SERVICE_REQUEST_TIMEOUT',
  'ERROR_SERVICE_DISABLED',
  'ERROR_SERVICE_DOES_NOT_EXIST',
  'ERROR_SERVICE_NOT_ACTIVE',
  'ERROR_SERVICE_DATABASE_LOCKED',
  'ERROR_SERVICE_MARKED_FOR_DELETE',
  'ERROR_SHUTDOWN_IN_PROGRESS',
  'ERROR_NO_SYSTEM_RESOURCES',
  'ERROR_TIMEOUT',
  'ERROR_INVALID_DATATYPE',
  'ERROR_INSTALL_USEREXIT',
  'ERROR_INSTALL_FAILURE',
  'ERROR_INSTALL_SUSPEND',
  'ERROR_UNKNOWN_PRODUCT',
  'ERROR_INSTALL_SERVICE_FAILURE',
  'ERROR_INSTALL_PACKAGE_INVALID',
  'ERROR_INSTALL_ALREADY_RUNNING',
  'ERROR_INSTALL_PACKAGE_OPEN_FAILED',
  'ERROR_INSTALL_LOG_FAILURE',
  'ERROR_PATCH_PACKAGE_INVALID',
  'ERROR_PATCH_PACKAGE_REJECTED',
  'ERROR_PATCH_TARGET_NOT_FOUND',
  'ERROR_INSTALL_PLATFORM_UNSUPPORTED',
  'ERROR_SUCCESS_REBOOT_INITIATED',
  'ERROR_SUCCESS_REBOOT_REQUIRED',
  'ERROR_INSTALL_TRANSFORM_FAILURE',
  'ERROR_PRODUCT_VERSION',
  'ERROR_INTERNAL_ERROR',
  'ERROR_NOT_FOUND',
  'ERROR_CANCELLED',
  'ERROR_CONNECTION_REFUSED',
  'ERROR_CONNECTION_ABORTED',
  'ERROR_NETWORK_UNREACHABLE',
  'ERROR_HOST_UNREACHABLE',
  'ERROR_INVALID_STATE',
  'ERROR_SXS_ASSEMBLY_MISSING',
  'ERROR_SXS_COMPONENT_STORE_CORRUPT',
  'ERROR_SXS_FILE_HASH_MISMATCH',
  'ERROR_SXS_ASSEMBLY_NOT_FOUND',
  'ERROR_PRIVILEGE_NOT_HELD',
  'ERROR_LOGON_FAILURE',
  'ERROR_BAD_NETPATH',
  'ERROR_BAD_NET_NAME',
  'ERROR_SEM_TIMEOUT',
  'ERROR_INVALID_ACCESS',
  'ERROR_CRC',
  'ERROR_WRITE_PROTECT',
];

const entries = []; // [unsigned HRESULT, name, source]
const add = (hresult, name, source) => entries.push([hresult >>> 0, name, source]);
const fromWin32 = (n) => (n === 0 ? 0 : (0x80070000 | (n & 0xffff)) >>> 0);

// mingw-w64 wuerror.h: #define WU_E_NO_SERVICE _HRESULT_TYPEDEF_(0x80240001)
for (const m of read(mingw, 'wuerror.h').matchAll(
  /^#define\s+(WU_[ES]_\w+)\s+_HRESULT_TYPEDEF_\(\s*(0x[0-9A-Fa-f]+)L?\s*\)/gm,
)) {
  add(parseInt(m[2], 16), m[1], 'wuerror.h');
}
const winerror = read(wine, 'winerror.h');
for (const m of winerror.matchAll(
  /^#define\s+((?:CRYPT_E|TRUST_E|CERT_E|WININET_E)_\w+)\s+_HRESULT_TYPEDEF_\(\s*(0x[0-9A-Fa-f]+)L?\s*\)/gm,
)) {
  add(parseInt(m[2], 16), m[1], 'winerror.h');
}
const win32 = new Map();
for (const m of winerror.matchAll(/^#define\s+(ERROR_\w+)\s+(\d+)\s*$/gm))
  if (!win32.has(m[1])) win32.set(m[1], Number(m[2]));
for (const name of WIN32_NAMES) {
  if (!win32.has(name)) throw new Error(`winerror.h has no ${name}`);
  add(fromWin32(win32.get(name)), name, 'winerror.h');
}
for (const m of read(wine, 'winhttp.h').matchAll(
  /^#define\s+(ERROR_WINHTTP_\w+)\s+\(\s*WINHTTP_ERROR_BASE\s*\+\s*(\d+)\s*\)/gm,
)) {
  add(fromWin32(12000 + Number(m[2])), m[1], 'winhttp.h');
}
for (const m of read(wine, 'wininet.h').matchAll(
  /^#define\s+(ERROR_(?:INTERNET|HTTP)_\w+)\s+\(\s*INTERNET_ERROR_BASE\s*\+\s*(\d+)\s*\)/gm,
)) {
  add(fromWin32(12000 + Number(m[2])), m[1], 'wininet.h');
}

// One line per (value, name), sorted by value then name; a name defined twice keeps its first value.
const seen = new Set();
const rows = entries
  .filter(([, name]) => (seen.has(name) ? false : (seen.add(name), true)))
  .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  .map(([h, name, source]) => `${h.toString(16).toUpperCase().padStart(8, '0')} ${name} ${source}`);
const text = `// Generated by tools/codes/generate.cjs from the headers named in tools/codes/SOURCES.md. Do not edit.
// ${rows.length} codes: HRESULT (hex), symbolic name, header. Split on first use (src/codes/catalogue.ts).
export const CODE_ROWS = \`
${rows.join('\n')}
\`;
`;
fs.writeFileSync(out, text);
console.log(`${rows.length} codes written to ${out}`);
