# The WuTrust module on a pretend Windows machine, as one module a collector bridge can import
# (WUTRUST_MODULE points here): it imports the real module given by WUTRUST_FAKE_WUTRUST into the
# session and replaces the module's thinnest Windows wrappers with tests/intune/FakeWindows.ps1
# (state in WUTRUST_FAKE_STATE). Export-WuTrustSnapshot is then the module's own command, run the
# same way by the spawn bridge and the in-process (edge-js) bridge.
$real = Import-Module -Name $env:WUTRUST_FAKE_WUTRUST -Global -Force -PassThru
& $real { . (Join-Path $args[0] 'FakeWindows.ps1') } $PSScriptRoot
