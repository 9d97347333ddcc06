/** The engine's version; build.ps1 checks it equals the module manifest's ModuleVersion. */
export const ENGINE_VERSION = '0.1.0';
