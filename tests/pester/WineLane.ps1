# The Windows-API lane's helper (#10): scratch fixtures for the WindowsApi tests, and every place
# where Wine 8 is not Windows, named once, with what the tests assert instead. Source:
# ../shared/spikes/wine.md ("Deviations from Windows found"), measured on this machine kind.
#
#   1  Set-Acl on HKCU:\ / HKLM:\ fails (the provider opens keys without WRITE_DAC).
#      -> no test uses Set-Acl; the module's writer opens with ChangePermissions and is tested.
#   2  The protected flag (D:P, and AI) is dropped by every .NET/PowerShell DACL write.
#      -> under Wine, tests compare ACE presence, never the P flag after a module write; fixtures
#         that need D:P are written with RegSetKeySecurity (Set-WuLaneKeySecurity).
#   3  No inheritance model: new keys get Wine's fixed default DACL; unprotecting pulls in nothing.
#      -> the Inherit repair is judged by the ID copies WuTrust writes itself.
#   4  The first DACL write changes owner and group to the Wine token's group.
#      -> tests compare the D: part of an SDDL only (Get-WuLaneDacl).
#   5  Security descriptors are not saved across a wineserver restart.
#      -> the whole lane runs in one PowerShell process (tests/wine/Invoke-WindowsApiLane.ps1).
#   6  NT SERVICE\CryptSvc cannot be translated to a name.
#      -> tests use SIDs only.
#   7  Get-CimInstance fails and then hangs the next registry call.
#      -> the lane defines a Get-CimInstance that fails at once; service facts are asserted as a
#         status (NotSupportedOnThisOS or Error), never as running services.
#   8  The CLR crashes without DOTNET_EnableWriteXorExecute=0. -> build.ps1 sets it for Wine.
#   9  The console host needs a console. -> tools/winhost runs a runspace, not a console host.
#  10  GetAccessControl(All) needs the SACL privilege, as on Windows. -> Access, Owner, Group only.
#  11  (found by this lane, not in the study) The CLR dies with 0xC0000005 in
#      DynamicMethod.CreateDelegate when Pester writes its NUnit XML at the end of the run, every
#      time; with DOTNET_TieredCompilation=0 the run hangs instead.
#      -> the lane writes no XML; its totals go to out/winelane/result.json.
#  12  (found by this lane) An ACL read back through .NET comes in canonical order, not the order
#      written: (SY)(user)(BU) reads back as (SY)(BU)(user). This is .NET's doing, so Windows may do
#      the same. -> the engine's compareItem compares the set of entries and the protected flag;
#      tests look for each entry, not for an order.
#  13  (found with the network collectors, #11) X500 names come back with values that hold spaces in
#      quotes (CN="Zscaler Root CA", O=Zscaler Inc.), where .NET on Windows and Linux writes none.
#      -> the engine reads names by their RDNs, quoted or not (src/network/chain.ts parseDn).
#  14  (#11) Creating an RSA key for a certificate (CertificateRequest with RSA.Create) fails with
#      0xC1000002, so no TLS server can be made inside the lane.
#      -> build.ps1 starts the loopback test network on the Linux side (tests/network) and passes
#         its ports in WUTRUST_LANE_NETWORK; the Wine process only connects, as the module does.

$script:UnderWine = $false
try {
    $script:UnderWine = $null -ne [Microsoft.Win32.Registry]::LocalMachine.OpenSubKey('Software\Wine')
} catch {
    $script:UnderWine = $false
}
$script:LaneRoot = 'Software\WuTrustLane'

function New-WuLaneKey {
    # A scratch key under HKCU (or HKLM) \Software\WuTrustLane\<name>; returns its sub key path.
    param([ValidateSet('CurrentUser', 'LocalMachine')][string]$Hive = 'CurrentUser', [string]$Name = [guid]::NewGuid().ToString('N'))
    $subKey = "$script:LaneRoot\$Name"
    $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]$Hive, [Microsoft.Win32.RegistryView]::Registry64)
    try { $base.CreateSubKey($subKey).Dispose() } finally { $base.Dispose() }
    $subKey
}

function Remove-WuLaneKeys {
    foreach ($hive in 'CurrentUser', 'LocalMachine') {
        $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]$hive, [Microsoft.Win32.RegistryView]::Registry64)
        try { $base.DeleteSubKeyTree($script:LaneRoot, $false) } catch { $null = $_ } finally { $base.Dispose() }
    }
}

function Set-WuLaneValue {
    # Writes a value of any kind with raw bytes, through the module's own writer.
    param([string]$Hive = 'CurrentUser', [string]$SubKey, [string]$Name, [string]$Type, [string]$Hex)
    $write = { param($h, $k, $n, $t, $x) Write-WuRegistryValue -Hive $h -SubKey $k -Name $n -Type $t -Hex $x }
    & (Get-Module WuTrust) $write $Hive $SubKey $Name $Type $Hex
}

function Initialize-WuLaneNative {
    # The two advapi32 calls .NET does not offer, compiled once per lane (Add-Type runs Roslyn
    # in-process: seconds, so once, not per helper).
    if ('WuTrustLane.Native' -as [type]) { return }
    Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
namespace WuTrustLane {
    public static class Native {
        [DllImport("advapi32.dll", CharSet = CharSet.Unicode)]
        static extern int RegOpenKeyExW(IntPtr hKey, string subKey, int options, int samDesired, out IntPtr result);
        [DllImport("advapi32.dll")]
        static extern int RegSetKeySecurity(IntPtr hKey, int securityInformation, byte[] descriptor);
        [DllImport("advapi32.dll")]
        static extern int RegCloseKey(IntPtr hKey);
        [DllImport("advapi32.dll", CharSet = CharSet.Unicode)]
        static extern int RegSetKeyValueW(IntPtr hKey, string subKey, string name, int type, byte[] data, int size);
        static IntPtr Root(bool localMachine) {
            return new IntPtr(localMachine ? unchecked((int)0x80000002) : unchecked((int)0x80000001));
        }
        public static int SetSecurity(bool localMachine, string subKey, byte[] descriptor, int information) {
            IntPtr key;
            int rc = RegOpenKeyExW(Root(localMachine), subKey, 0, 0x00040000 | 0x00080000 | 0x0100, out key);
            if (rc != 0) return rc;
            try { return RegSetKeySecurity(key, information, descriptor); } finally { RegCloseKey(key); }
        }
        public static int SetValue(string subKey, string name, int type, byte[] data) {
            return RegSetKeyValueW(Root(false), subKey, name, type, data, data.Length);
        }
    }
}
'@
}

function Set-WuLaneRawValue {
    # Writes a value with any type and any bytes (RegSetKeyValueW), e.g. a REG_DWORD of 3 bytes,
    # which .NET's SetValue cannot write.
    param([string]$SubKey, [string]$Name, [int]$Type, [byte[]]$Bytes)
    Initialize-WuLaneNative
    $rc = [WuTrustLane.Native]::SetValue($SubKey, $Name, $Type, $Bytes)
    if ($rc -ne 0) { throw "RegSetKeyValueW on HKCU\$SubKey\$Name returned $rc" }
}

function Get-WuLaneDacl {
    # The D: part of an SDDL (deviation 4: owner and group are not Windows').
    param([string]$Sddl)
    $at = $Sddl.IndexOf('D:')
    if ($at -lt 0) { return '' }
    $end = $Sddl.IndexOf('S:', $at)
    if ($end -lt 0) { $Sddl.Substring($at) } else { $Sddl.Substring($at, $end - $at) }
}

function Set-WuLaneKeySecurity {
    # Writes a whole descriptor with RegSetKeySecurity, the one path that keeps D:P under Wine
    # (deviation 2).
    param([string]$Hive = 'CurrentUser', [string]$SubKey, [string]$Sddl)
    Initialize-WuLaneNative
    $raw = [System.Security.AccessControl.RawSecurityDescriptor]::new($Sddl)
    $bytes = [byte[]]::new($raw.BinaryLength)
    $raw.GetBinaryForm($bytes, 0)
    # OWNER | GROUP | DACL, and PROTECTED_DACL when the SDDL says D:P.
    $information = 0x1 -bor 0x2 -bor 0x4
    if ($Sddl -match 'D:P') { $information = $information -bor 0x80000000 }
    $rc = [WuTrustLane.Native]::SetSecurity($Hive -eq 'LocalMachine', $SubKey, $bytes, $information)
    if ($rc -ne 0) { throw "RegSetKeySecurity on $Hive\$SubKey returned $rc" }
}
