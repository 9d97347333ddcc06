'use strict';
// The in-process collector bridge: edge-js (an optional peer dependency) loads .NET into this Node
// process, and edge/WuTrust.EdgeHost (built by `wutrust bridge build`) hosts PowerShell there to run
// the module's own Export-WuTrustSnapshot. The first collection pays for PowerShell's start and the
// module's import; later ones (watch) reuse the runspace.
//
// Three edge-js 26.1.0 behaviours shape this file (measured, ../shared/spikes/edge-js.md):
// - npm exits 0 when edge-js's native or managed build failed, so the build outputs are checked here;
// - on Linux edge-js hosts CoreCLR only, on Windows it defaults to .NET Framework, where PowerShell 7's
//   SDK cannot run: EDGE_USE_CORECLR=1 asks for CoreCLR everywhere;
// - edge-js's assembly resolver looks in the NuGet package cache (NUGET_PACKAGES, else
//   ~/.nuget/packages) before the host's own folder, so on a machine with the PowerShell SDK in its
//   cache PowerShell would load from there and miss its Modules folder. While edge-js starts,
//   NUGET_PACKAGES points at an empty folder of the host's, so what loads is what was built.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const PACKAGE = require('../package.json');
const HOST_ASSEMBLY = 'WuTrust.EdgeHost.dll';
const HOST_PROJECT = path.join(__dirname, '..', 'edge', 'WuTrust.EdgeHost', 'WuTrust.EdgeHost.csproj');

/** The .NET runtime identifier of this machine, for the host's publish. */
function runtimeId() {
  const osPart = { win32: 'win', linux: 'linux', darwin: 'osx' }[process.platform];
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (!osPart || !arch) return null;
  return `${osPart}-${arch}`;
}

/** Where the built host lives: WUTRUST_EDGE_HOST, else ~/.wutrust/edge-host/<version>-<rid>. */
function hostDir() {
  if (process.env.WUTRUST_EDGE_HOST) return path.resolve(process.env.WUTRUST_EDGE_HOST);
  return path.join(os.homedir(), '.wutrust', 'edge-host', `${PACKAGE.version}-${runtimeId() || 'unknown'}`);
}

/** edge-js's folder, or null when it is not installed where this package can require it. */
function edgeJsDir() {
  try {
    return path.dirname(require.resolve('edge-js/package.json'));
  } catch {
    return null;
  }
}

/** edge-js's managed half, which the host's deps file must list (bridge build references it). */
const edgeJsDll = (dir) => path.join(dir, 'src', 'double', 'Edge.js', 'bin', 'Release', 'net8.0', 'EdgeJs.dll');

/** The files a working edge-js install has (npm's exit code does not prove them). */
function edgeJsOutputs(dir) {
  const files = [edgeJsDll(dir), path.join(dir, 'lib', 'bootstrap', 'bin', 'Release', 'bootstrap.dll')];
  // Windows gets edge-js's prebuilt addon; elsewhere node-gyp builds it at install.
  if (process.platform !== 'win32') files.push(path.join(dir, 'build', 'Release', 'edge_coreclr.node'));
  return files.map((file) => ({ file, exists: fs.existsSync(file) }));
}

/** Why the in-process bridge cannot be used, or null when it can be tried. */
function unavailableReason() {
  const dir = edgeJsDir();
  if (!dir) return 'edge-js is not installed (see the README: the in-process bridge)';
  const missing = edgeJsOutputs(dir).filter((o) => !o.exists);
  if (missing.length > 0) {
    return `edge-js is installed but its build is incomplete (missing ${missing.map((m) => path.relative(dir, m.file)).join(', ')}; npm does not report a failed edge-js build: see the README)`;
  }
  if (!fs.existsSync(path.join(hostDir(), HOST_ASSEMBLY))) {
    return `edge-js is installed, but the PowerShell host is not built in ${hostDir()} (run: wutrust bridge build)`;
  }
  return null;
}

let loaded = null;

/** Loads edge-js and the host once; returns {invoke, describe} or throws with the reason. */
function load() {
  if (loaded) return loaded;
  const reason = unavailableReason();
  if (reason) throw new Error(reason);
  const dir = hostDir();
  // The empty folder must be the user's own: edge-js would load an assembly planted in it. The
  // host's folder (made by bridge build), else a new private temporary one.
  let empty = path.join(dir, 'no-nuget-packages');
  try {
    fs.mkdirSync(empty, { recursive: true });
  } catch {
    empty = fs.mkdtempSync(path.join(os.tmpdir(), 'wutrust-no-nuget-'));
  }
  const names = ['EDGE_USE_CORECLR', 'EDGE_APP_ROOT', 'NUGET_PACKAGES'];
  const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
  process.env.EDGE_USE_CORECLR = '1';
  process.env.EDGE_APP_ROOT = dir;
  process.env.NUGET_PACKAGES = empty;
  try {
    const edge = require('edge-js');
    const func = edge.func({
      assemblyFile: path.join(dir, HOST_ASSEMBLY),
      typeName: 'WuTrust.EdgeHost.Startup',
      methodName: 'Invoke',
    });
    const invoke = (request) => {
      const response = JSON.parse(func(JSON.stringify(request), true));
      if (!response.ok) {
        const error = new Error(response.error.message);
        error.id = response.error.id;
        throw error;
      }
      return response.result;
    };
    const describe = invoke({ op: 'describe' });
    loaded = { invoke, describe };
    return loaded;
  } catch (e) {
    // edge-js's own words when CoreCLR did not start (it prints the HRESULT on stderr).
    const said = /initializeClrFunc is not a function/.test(e.message)
      ? `.NET did not start in this process (edge-js: ${e.message}); rebuild the host (wutrust bridge build) ` +
        'and check that the .NET 10 runtime is installed'
      : e.message;
    throw new Error(`edge-js is installed but did not load the PowerShell host in ${dir}: ${said}`);
  } finally {
    for (const n of names) {
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
    }
  }
}

/** The module's Export-WuTrustSnapshot in this process, writing to `out`; the module's error (with its id) is thrown. */
function edgeExport(options, module, out) {
  load().invoke({ op: 'collect', module, path: out, skipNetwork: options.skipNetwork === true });
}

/**
 * Builds the host for this machine into hostDir(): dotnet publish of edge/WuTrust.EdgeHost (the
 * .NET SDK 10 is needed, and the PowerShell SDK 7.6.9 package from the NuGet feed), then checks
 * what it made. Returns the host's folder; throws when the build did not produce the host.
 */
function buildHost(write) {
  const dir = edgeJsDir();
  if (!dir) throw new Error('edge-js is not installed: install it first (see the README: the in-process bridge).');
  const missing = edgeJsOutputs(dir).filter((o) => !o.exists);
  if (missing.length > 0) {
    throw new Error(
      `edge-js's build is incomplete (missing ${missing.map((m) => m.file).join(', ')}). ` +
        'Copy edge/Directory.Build.targets of this package to your npm project root and reinstall edge-js.',
    );
  }
  const rid = runtimeId();
  if (!rid) throw new Error(`No .NET runtime identifier for ${process.platform}-${process.arch}.`);
  const out = hostDir();
  const artifacts = fs.mkdtempSync(path.join(os.tmpdir(), 'wutrust-edge-build-'));
  const args = ['publish', HOST_PROJECT, '-c', 'Release', '-r', rid, '--self-contained', 'false', '-o', out];
  args.push(`-p:EdgeJsDll=${edgeJsDll(dir)}`, '--artifacts-path', artifacts, '-nologo', '--verbosity', 'quiet');
  write(`Building the PowerShell host for ${rid} into ${out} (dotnet publish) ...`);
  const run = spawnSync('dotnet', args, { encoding: 'utf8', windowsHide: true });
  fs.rmSync(artifacts, { recursive: true, force: true });
  if (run.error)
    throw new Error(`dotnet could not be started: ${run.error.message} (the .NET SDK 10 is needed to build the host).`);
  if (run.status !== 0)
    throw new Error(`dotnet publish failed (exit ${run.status}):\n${(run.stdout || '') + (run.stderr || '')}`);
  const expected = [
    HOST_ASSEMBLY,
    'System.Management.Automation.dll',
    'EdgeJs.dll',
    path.join('Modules', 'Microsoft.PowerShell.Utility'),
  ];
  const absent = expected.filter((f) => !fs.existsSync(path.join(out, f)));
  if (absent.length > 0) throw new Error(`dotnet publish exited 0 but made no ${absent.join(', ')} in ${out}.`);
  write(`Built: ${path.join(out, HOST_ASSEMBLY)}`);
  return out;
}

module.exports = { edgeExport, buildHost, load, unavailableReason, hostDir, edgeJsDir, edgeJsOutputs, runtimeId };
