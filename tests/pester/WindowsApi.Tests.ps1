# Tests tagged WindowsApi: the module's live collectors and writers against the real Windows APIs
# (advapi32 through .NET), on scratch keys under HKCU and HKLM\Software\WuTrustLane only. On Linux
# build.ps1 runs them under Wine (tools/winhost; WineLane.ps1 names every deviation worked around);
# on Windows they run in the normal suite. Off both they are reported as not run, never as passed.
BeforeDiscovery {
    $onWindows = ($PSVersionTable.PSEdition -ne 'Core') -or [bool](Get-Variable -Name IsWindows -ValueOnly -ErrorAction SilentlyContinue)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'WineLane.ps1')
    Import-WuTrustBuiltModule
    $script:CS = 'S-1-5-80-242729624-280608522-2219052887-3187409060-2225943459'
    $script:Me = [System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value
    function Get-WuLaneFact {
        param([string]$SubKey, [string]$Hive = 'CurrentUser')
        InModuleScope WuTrust -Parameters @{ K = $SubKey; H = $Hive } { param($K, $H) Get-WuRegistryKeyFact -Hive $H -SubKey $K }
    }
    function Get-WuLaneSddl {
        param([string]$SubKey)
        InModuleScope WuTrust -Parameters @{ K = $SubKey } { param($K) Get-WuRegistryKeySddl -Hive CurrentUser -SubKey $K }
    }
    function Set-WuLaneStateDefault {
        # Set-WinTrustState -Default's act step on a scratch hive path ($script:Hive), backups in $script:Backups.
        Invoke-WuLaneTransaction -Parameters @{ K = $script:Hive; B = $script:Backups } -Body {
            param($Cmdlet, $A)
            $target = [ordered]@{ scope = 'CurrentUser'; sid = $null; hive = 'CurrentUser'; subKey = $A.K; path = "HKCU\$($A.K)" }
            Invoke-WuWinTrustChange -Caller $Cmdlet -Target $target -Change ([ordered]@{ default = $true; force = $false }) -BackupPath $A.B
        }
    }
    function Restore-WuLaneBackup {
        # Restore-WuTrustBackup's act step (the file checked, then each item restored), backups in $script:Backups.
        param([string]$Path)
        Invoke-WuLaneTransaction -Parameters @{ F = $Path; B = $script:Backups } -Body {
            param($Cmdlet, $A)
            $read = Read-WuTrustBackupFile -Path $A.F
            Invoke-WuBackupRestore -Caller $Cmdlet -Path $A.F -Backup $read.Backup -BackupPath $A.B
        }
    }
    function Invoke-WuLaneTransaction {
        # Runs a module act function as a cmdlet with ShouldProcess (the module's commands do the same).
        param([scriptblock]$Body, [hashtable]$Parameters = @{})
        InModuleScope WuTrust -Parameters @{ Body = $Body; Parameters = $Parameters } {
            param($Body, $Parameters)
            function Invoke-LaneStep {
                [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
                param($Step, $Arguments)
                & $Step $PSCmdlet $Arguments
            }
            Invoke-LaneStep -Step ([scriptblock]::Create($Body.ToString())) -Arguments $Parameters
        }
    }
}

AfterAll {
    Remove-WuLaneKeys
}

Describe 'Registry collectors against advapi32' -Tag 'WindowsApi' -Skip:(-not $onWindows) {
    BeforeAll {
        $script:Key = New-WuLaneKey
        Set-WuLaneValue -SubKey $script:Key -Name 'Bin' -Type REG_BINARY -Hex '0001FEFF80'
        Set-WuLaneValue -SubKey $script:Key -Name 'Dw' -Type REG_DWORD -Hex 'EFBEADDE'
        Set-WuLaneValue -SubKey $script:Key -Name 'Qw' -Type REG_QWORD -Hex '0102030405060708'
        Set-WuLaneValue -SubKey $script:Key -Name 'Sz' -Type REG_SZ -Hex '68006900'
        Set-WuLaneValue -SubKey $script:Key -Name 'Ex' -Type REG_EXPAND_SZ -Hex '250053007900730074006500' # %Syste
        $script:Fact = InModuleScope WuTrust -Parameters @{ K = $script:Key } {
            param($K)
            Get-WuRegistryKeyFact -Hive CurrentUser -SubKey $K -ExpectedValue 'Missing' -SizeOnlyValue 'Qw'
        }
    }

    It 'reads the key with status Ok and its path' {
        $script:Fact.status | Should -Be 'Ok'
        $script:Fact.path | Should -Be "HKCU\$script:Key"
    }
    It 'keeps REG_BINARY bytes exactly' {
        $script:Fact.values['Bin'].type | Should -Be 'REG_BINARY'
        $script:Fact.values['Bin'].hex | Should -Be '0001FEFF80'
    }
    It 'reads a REG_DWORD above 0x7FFFFFFF as 4 little-endian bytes' {
        $script:Fact.values['Dw'].type | Should -Be 'REG_DWORD'
        $script:Fact.values['Dw'].hex | Should -Be 'EFBEADDE'
    }
    It 'records a size-only value by its size' {
        $script:Fact.values['Qw'].type | Should -Be 'REG_QWORD'
        $script:Fact.values['Qw'].size | Should -Be 8
    }
    It 'reads REG_SZ as UTF-16LE bytes and text' {
        $script:Fact.values['Sz'].type | Should -Be 'REG_SZ'
        $script:Fact.values['Sz'].text | Should -Be 'hi'
    }
    It 'reads REG_EXPAND_SZ without expanding it' {
        $script:Fact.values['Ex'].type | Should -Be 'REG_EXPAND_SZ'
        $script:Fact.values['Ex'].text | Should -BeLike '%Syste*'
    }
    It 'records an expected value that is absent as NotFound' {
        $script:Fact.values['Missing'].status | Should -Be 'NotFound'
    }
    It 'reads a REG_QWORD as 8 little-endian bytes when not size-only' {
        $fact = Get-WuLaneFact -SubKey $script:Key
        $fact.values['Qw'].hex | Should -Be '0102030405060708'
    }
    It 'reads a value of the wrong type as it is (a State stored as REG_SZ)' {
        Set-WuLaneValue -SubKey $script:Key -Name 'State' -Type REG_SZ -Hex '3200'
        $item = InModuleScope WuTrust -Parameters @{ K = $script:Key } {
            param($K)
            (Get-WuRegistryValueItem -Hive CurrentUser -SubKey $K -Name 'State' -Path "HKCU\$K").Fact
        }
        $item.type | Should -Be 'REG_SZ'
        $item.hex | Should -Be '3200'
    }
    It 'keeps the raw bytes of a REG_DWORD of the wrong length (3 and 6 bytes), for the engine to judge' {
        Set-WuLaneRawValue -SubKey $script:Key -Name 'Short' -Type 4 -Bytes ([byte[]](1, 2, 3))
        Set-WuLaneRawValue -SubKey $script:Key -Name 'Long' -Type 4 -Bytes ([byte[]](1, 2, 3, 4, 5, 6))
        $fact = Get-WuLaneFact -SubKey $script:Key
        $fact.values['Short'].status | Should -Be 'Ok'
        $fact.values['Short'].type | Should -Be 'REG_DWORD'
        $fact.values['Short'].hex | Should -Be '010203'
        $fact.values['Long'].hex | Should -Be '010203040506'
        $reading = InModuleScope WuTrust -Parameters @{ F = $fact.values['Short'] } {
            param($F)
            Invoke-WuTrustEngine -Command 'readWinTrustState' -RequestJson (ConvertTo-Json -Compress -Depth 4 -InputObject @{ fact = $F })
        }
        $reading.presence | Should -Be 'Malformed'
        $reading.note | Should -BeLike '*3 bytes, expected 4*'
        $reading.raw | Should -Be '010203'
    }
    It 'reports a missing key as NotFound' {
        $fact = InModuleScope WuTrust { Get-WuRegistryKeyFact -Hive CurrentUser -SubKey 'Software\WuTrustLane\no-such-key' }
        $fact.status | Should -Be 'NotFound'
    }
    It 'reads a scratch key under HKLM' {
        $hklm = New-WuLaneKey -Hive LocalMachine
        Set-WuLaneValue -Hive LocalMachine -SubKey $hklm -Name 'DisallowedCertLastSyncTime' -Type REG_BINARY -Hex '0010B6BE5573DD01'
        $fact = Get-WuLaneFact -SubKey $hklm -Hive LocalMachine
        $fact.values['DisallowedCertLastSyncTime'].hex | Should -Be '0010B6BE5573DD01'
    }
    It 'reports a key closed by a deny-all DACL as AccessDenied' {
        $closed = New-WuLaneKey
        Set-WuLaneKeySecurity -SubKey $closed -Sddl 'O:BAG:BAD:P(D;;KA;;;WD)'
        $fact = Get-WuLaneFact -SubKey $closed
        $fact.status | Should -Be 'AccessDenied'
    }
}

Describe 'Security descriptors against advapi32' -Tag 'WindowsApi' -Skip:(-not $onWindows) {
    It 'reads the DACL RegSetKeySecurity wrote (the D: part; deviation 4)' {
        $key = New-WuLaneKey
        Set-WuLaneKeySecurity -SubKey $key -Sddl "O:BAG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;$script:Me)(A;CI;KR;;;BU)"
        $fact = Get-WuLaneSddl -SubKey $key
        $fact.status | Should -Be 'Ok'
        $dacl = Get-WuLaneDacl $fact.sddl
        # RegSetKeySecurity keeps the protected flag (deviation 2 is about .NET writes); the entries
        # come back in .NET's canonical order, so each is looked for, not the order.
        $dacl | Should -Match '^D:PAI?\('
        foreach ($ace in '(A;CI;KA;;;SY)', "(A;CI;KA;;;$script:Me)", '(A;CI;KR;;;BU)') { $dacl | Should -Match ([regex]::Escape($ace)) }
    }
    It 'reports the SDDL of a missing key as NotFound' {
        $fact = InModuleScope WuTrust { Get-WuRegistryKeySddl -Hive CurrentUser -SubKey 'Software\WuTrustLane\none' }
        $fact.status | Should -Be 'NotFound'
    }
    It 'writes a DACL through the module''s writer and reads its entries back (the P flag: deviation 2)' {
        $key = New-WuLaneKey
        InModuleScope WuTrust -Parameters @{ K = $key; Me = $script:Me; CS = $script:CS } {
            param($K, $Me, $CS)
            Set-WuRegistryKeySddl -Hive CurrentUser -SubKey $K -Sddl "D:PAI(A;CI;KA;;;$Me)(A;CI;KA;;;$CS)"
        }
        $fact = Get-WuLaneSddl -SubKey $key
        $fact.sddl | Should -Match ([regex]::Escape("(A;CI;KA;;;$script:CS)"))
        if (-not $script:UnderWine) { Get-WuLaneDacl $fact.sddl | Should -Match '^D:P' }
    }
    It 'lets Test-WuAutoUpdateAcl judge a descriptor read from the registry' {
        $key = New-WuLaneKey
        Set-WuLaneKeySecurity -SubKey $key -Sddl "O:BAG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;$script:Me)(A;CI;KR;;;BU)"
        $fact = Get-WuLaneSddl -SubKey $key
        Test-WuAutoUpdateAcl -Sddl $fact.sddl -Quiet | Should -BeFalse
    }
}

Describe 'The change transaction against advapi32' -Tag 'WindowsApi' -Skip:(-not $onWindows) {
    BeforeEach {
        $script:Backups = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $script:Backups
    }

    It 'repairs a protected key without CryptSvc (Grant): backup first, write, re-read, verified' {
        $parent = New-WuLaneKey
        $child = "$parent\AutoUpdate"
        $null = New-WuLaneKey -Name ($child.Substring($script:LaneRoot.Length + 1))
        Set-WuLaneKeySecurity -SubKey $parent -Sddl "O:BAG:SYD:PAI(A;CI;KA;;;$script:Me)(A;CI;KA;;;SY)"
        Set-WuLaneKeySecurity -SubKey $child -Sddl "O:BAG:SYD:PAI(A;CI;KA;;;$script:Me)(A;CI;KA;;;SY)"
        $result = Invoke-WuLaneTransaction -Parameters @{ C = $child; P = $parent; B = $script:Backups } -Body {
            param($Cmdlet, $A)
            Invoke-WuAclRepair -Caller $Cmdlet -Hive CurrentUser -SubKey $A.C -ParentSubKey $A.P -Strategy Grant -BackupPath $A.B
        }
        $result.Verified | Should -BeTrue
        $result.Changed | Should -BeTrue
        Test-Path -LiteralPath $result.BackupPath | Should -BeTrue
        $after = Get-WuLaneSddl -SubKey $child
        $after.sddl | Should -Match ([regex]::Escape(";;;$script:CS)"))
    }

    It 'repairs by re-enabling inheritance (Inherit): the inherited copies are written (deviation 3)' {
        $parent = New-WuLaneKey
        $child = "$parent\AutoUpdate"
        $null = New-WuLaneKey -Name ($child.Substring($script:LaneRoot.Length + 1))
        Set-WuLaneKeySecurity -SubKey $parent -Sddl "O:BAG:SYD:PAI(A;CI;KA;;;$script:Me)(A;OICI;GA;;;$script:CS)"
        Set-WuLaneKeySecurity -SubKey $child -Sddl "O:BAG:SYD:PAI(A;CI;KA;;;$script:Me)"
        $result = Invoke-WuLaneTransaction -Parameters @{ C = $child; P = $parent; B = $script:Backups } -Body {
            param($Cmdlet, $A)
            Invoke-WuAclRepair -Caller $Cmdlet -Hive CurrentUser -SubKey $A.C -ParentSubKey $A.P -Strategy Inherit -BackupPath $A.B
        }
        $result.Verified | Should -BeTrue
        $result.Strategy | Should -Be 'Inherit'
        $after = Get-WuLaneSddl -SubKey $child
        $after.sddl | Should -Match ([regex]::Escape("ID;GA;;;$script:CS)"))
    }

    It 'rolls back a change that does not verify, and verifies the rollback' {
        $key = New-WuLaneKey
        Set-WuLaneKeySecurity -SubKey $key -Sddl "O:BAG:SYD:PAI(A;CI;KA;;;$script:Me)(A;CI;KA;;;SY)"
        $err = $null
        try {
            $null = Invoke-WuLaneTransaction -Parameters @{ K = $key; B = $script:Backups; Me = $script:Me } -Body {
                param($Cmdlet, $A)
                $adapter = Get-WuChangeAdapter -Type RegistryAcl -Hive CurrentUser -SubKey $A.K
                $current = & $adapter.Read $adapter
                $desired = [ordered]@{ type = 'RegistryAcl'; hive = 'CurrentUser'; subKey = $A.K; path = $adapter.Path
                    sddl = "D:PAI(A;CI;KA;;;$($A.Me))(A;CI;KA;;;SY)(A;CI;KR;;;BU)" }
                $change = @{
                    Caller = $Cmdlet; Adapter = $adapter; Current = $current; Desired = $desired; Target = $adapter.Path
                    Verdict = { param($After) @{ verified = $false; reason = 'forced by the test' } }
                    Operation = 'lane: forced failure'; Action = 'Repair'; BackupName = 'LaneForced'; BackupReason = 'lane'; BackupPath = $A.B
                }
                Invoke-WuChange @change
            }
        } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.VerificationFailed*'
        $err.Exception.Message | Should -BeLike '*previous state was put back*'
        $after = Get-WuLaneSddl -SubKey $key
        $after.sddl | Should -Not -Match ([regex]::Escape('(A;CI;KR;;;BU)'))
        @(Get-ChildItem -LiteralPath $script:Backups -Filter '*.json').Count | Should -Be 1
    }

    It 'restores an ACL backup and verifies it; a second restore changes nothing' {
        $key = New-WuLaneKey
        Set-WuLaneKeySecurity -SubKey $key -Sddl "O:BAG:SYD:PAI(A;CI;KA;;;$script:Me)(A;CI;KA;;;SY)"
        $backup = Join-Path $script:Backups 'acl.json'
        $text = [ordered]@{ kind = 'WuTrust.Backup'; formatVersion = 1; computerName = [System.Environment]::MachineName
            items = @([ordered]@{
                    type = 'RegistryAcl'; hive = 'CurrentUser'; subKey = $key; sddl = "D:(A;CI;KA;;;$script:Me)(A;CI;KA;;;SY)(A;CI;KR;;;BU)"
                })
        }
        Set-Content -LiteralPath $backup -Value ($text | ConvertTo-Json -Depth 5)
        $first = Restore-WuLaneBackup -Path $backup
        $first.Verified | Should -BeTrue
        $first.Changed | Should -BeTrue
        $second = Restore-WuLaneBackup -Path $backup
        $second.Changed | Should -BeFalse
    }

    It 'refuses to restore a scratch key through the public command (not something WuTrust manages)' {
        $key = New-WuLaneKey
        $backup = Join-Path $script:Backups 'scratch.json'
        $text = [ordered]@{ kind = 'WuTrust.Backup'; formatVersion = 1; computerName = [System.Environment]::MachineName
            items = @([ordered]@{ type = 'RegistryAcl'; hive = 'CurrentUser'; subKey = $key; sddl = 'D:(A;;KA;;;WD)' }) }
        Set-Content -LiteralPath $backup -Value ($text | ConvertTo-Json -Depth 5)
        { Restore-WuTrustBackup -Path $backup -Confirm:$false } | Should -Throw -ExpectedMessage '*not something WuTrust manages*'
    }
}

Describe 'Registry values written by the module against advapi32' -Tag 'WindowsApi' -Skip:(-not $onWindows) {
    BeforeEach {
        $script:Backups = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $script:Backups
        $script:Hive = New-WuLaneKey
    }

    It 'sets the Windows default on a scratch State (0xC9 -> 0x23C49), as REG_DWORD, verified' {
        Set-WuLaneValue -SubKey $script:Hive -Name 'State' -Type REG_DWORD -Hex 'C9000000'
        $result = Set-WuLaneStateDefault
        $result.Verified | Should -BeTrue
        $result.After | Should -Be '0x23C49'
        $fact = Get-WuLaneFact -SubKey $script:Hive
        $fact.values['State'].type | Should -Be 'REG_DWORD'
        $fact.values['State'].hex | Should -Be '493C0200'
    }

    It 'writes the default where State was absent' {
        $result = Set-WuLaneStateDefault
        $result.After | Should -Be '0x23C00'
        (Get-Content -Raw -LiteralPath $result.BackupPath | ConvertFrom-Json).items[0].existed | Should -BeFalse
    }

    It 'rewrites a REG_BINARY State as REG_DWORD' {
        Set-WuLaneValue -SubKey $script:Hive -Name 'State' -Type REG_BINARY -Hex 'C9000000'
        $null = Set-WuLaneStateDefault
        $fact = Get-WuLaneFact -SubKey $script:Hive
        $fact.values['State'].type | Should -Be 'REG_DWORD'
    }

    It 'restores a State backup: the old REG_DWORD comes back' {
        Set-WuLaneValue -SubKey $script:Hive -Name 'State' -Type REG_DWORD -Hex 'C9000000'
        $set = Set-WuLaneStateDefault
        $back = Restore-WuLaneBackup -Path $set.BackupPath
        $back.Verified | Should -BeTrue
        $fact = Get-WuLaneFact -SubKey $script:Hive
        $fact.values['State'].hex | Should -Be 'C9000000'
    }

    It 'removes a sync value with a backup and verifies it is gone (Reset-WuCtlSyncTime''s transaction)' {
        Set-WuLaneValue -SubKey $script:Hive -Name 'DisallowedCertLastSyncTime' -Type REG_BINARY -Hex '00D4E1F6E85BDF01'
        $result = Invoke-WuLaneTransaction -Parameters @{ K = $script:Hive; B = $script:Backups } -Body {
            param($Cmdlet, $A)
            $adapter = Get-WuChangeAdapter -Type RegistryValue -Hive CurrentUser -SubKey $A.K -Name 'DisallowedCertLastSyncTime'
            $current = & $adapter.Read $adapter
            $desired = [ordered]@{ type = 'RegistryValue'; hive = 'CurrentUser'; subKey = $A.K; path = $adapter.Path
                name = 'DisallowedCertLastSyncTime'; existed = $false }
            $change = @{
                Caller = $Cmdlet; Adapter = $adapter; Current = $current; Desired = $desired; Target = $adapter.Path
                Verdict = { param($After) @{ verified = (Test-WuSameItem -Expected $desired -Actual $After); reason = 'removed' } }
                Operation = 'lane: remove'; Action = 'ResetCtlSyncTime'; BackupName = 'LaneReset'; BackupReason = 'lane'; BackupPath = $A.B
            }
            Invoke-WuChange @change
        }
        $result.Verified | Should -BeTrue
        $fact = InModuleScope WuTrust -Parameters @{ K = $script:Hive } {
            param($K) Get-WuRegistryKeyFact -Hive CurrentUser -SubKey $K -ExpectedValue 'DisallowedCertLastSyncTime'
        }
        $fact.values['DisallowedCertLastSyncTime'].status | Should -Be 'NotFound'
    }
}

Describe 'Live collection end to end against Windows APIs' -Tag 'WindowsApi' -Skip:(-not $onWindows) {
    It 'diagnoses this machine live without throwing, every missing key a check not run or a finding' {
        # -SkipNetwork: this lane tests the registry collectors; the probes run against loopback below.
        $report = Get-WuTrustStatus -SkipNetwork
        $report.Source | Should -Be 'Live'
        $report.Status | Should -BeIn @('Healthy', 'Unhealthy', 'Incomplete')
        @($report.ChecksRun).Count + @($report.ChecksNotRun).Count | Should -BeGreaterThan 10
    }

    It 'exports a snapshot the engine validates, and diagnoses it to the same findings' {
        $file = Join-Path $TestDrive 'live.json'
        Export-WuTrustSnapshot -Path $file -SkipNetwork
        $fromFile = Get-WuTrustStatus -Snapshot $file -ErrorAction Stop
        $fromFile.Source | Should -Be $file
        $snapshot = Get-Content -Raw -LiteralPath $file | ConvertFrom-Json
        $snapshot.schemaVersion | Should -Be 1
        $snapshot.ctl.autoUpdate.PSObject.Properties.Name | Should -Contain 'DEFAULT'
        $snapshot.acl.authRootKeys.PSObject.Properties.Name | Should -Contain 'CRLs'
    }

    It 'records the collecting account with a SID' {
        $account = InModuleScope WuTrust { Get-WuCollectingAccount }
        $account.sid | Should -Match '^S-1-5-'
        $account.name | Should -Not -BeNullOrEmpty
    }

    It 'lists the loaded user hives by SID and this session''s SID' {
        InModuleScope WuTrust {
            Get-WuCurrentUserSid | Should -Match '^S-1-5-'
            $names = @(Get-WuUserHiveSid)
            $names | Should -Contain '.DEFAULT'
            @($names | Where-Object { $_ -match '^S-1-5-' }).Count | Should -BeGreaterThan 0
        }
    }

    It 'reads this account''s WinTrust State (present, absent or malformed, never an error)' {
        $state = Get-WinTrustState -Scope CurrentUser
        $state.Presence | Should -BeIn @('Present', 'Absent', 'Malformed', 'Unavailable')
    }

    It 'reports services as a status when CIM is not there (deviation 7 under Wine)' {
        $facts = InModuleScope WuTrust { Get-WuServiceFact -Name 'CryptSvc' }
        if ($script:UnderWine) { $facts['CryptSvc'].status | Should -BeIn @('NotSupportedOnThisOS', 'Error') }
        else { $facts['CryptSvc'].status | Should -Be 'Ok' }
    }

    It 'answers the elevation question with a bool' {
        InModuleScope WuTrust { Test-WuElevation | Should -BeOfType [bool] }
    }
}

# The network collectors (#11) through the Windows TLS and socket stacks. Under Wine, build.ps1
# starts the loopback test network on the Linux side (tests/network/TestNetwork.psm1) and names its
# ports and test PKI in WUTRUST_LANE_NETWORK; without it these tests do not run.
Describe 'Network collectors against Windows APIs' -Tag 'WindowsApi' -Skip:(-not $onWindows -or -not $env:WUTRUST_LANE_NETWORK) {
    BeforeAll {
        $script:LaneNet = $env:WUTRUST_LANE_NETWORK | ConvertFrom-Json
        $pki = $script:LaneNet.pki
        $script:LaneTrusted = @((Join-Path $pki 'root-rsa.crt'), (Join-Path $pki 'int-rsa.crt'), (Join-Path $pki 'root-ecc.crt'),
            (Join-Path $pki 'int-ecc.crt'))
        function Test-LaneEndpoint([string]$Proxy, [string]$Name, [string]$PortName, [string]$Path = '/') {
            $endpoint = @{ Name = $Name; Port = $script:LaneNet.ports.$PortName; Address = '127.0.0.1'; Path = $Path }
            @(Test-WuUpdateEndpoint -Endpoint $endpoint -Proxy $Proxy -TrustedCertificate $script:LaneTrusted -TimeoutSeconds 3)[0]
        }
    }

    It 'completes a TLS handshake with SNI through the Windows TLS stack and judges the genuine chain Genuine' {
        $row = Test-LaneEndpoint 'Direct' 'fe3.update.test' 'https-rsa'
        $row.Verdict | Should -Be 'Genuine'
        @($row.Certificates | Where-Object Source -eq 'Leaf').Count | Should -Be 1
    }

    It 'names the interceptor through a forging proxy (CONNECT over a Windows socket)' {
        $row = Test-LaneEndpoint "127.0.0.1:$($script:LaneNet.ports.'mitm-zscaler')" 'fe3cr.update.test' 'https-ecc'
        $row.Verdict | Should -Be 'Intercepted'
        $row.Product | Should -Be 'Zscaler'
    }

    It 'reads the Date for the clock skew' {
        (Test-LaneEndpoint 'Direct' 'fe3.update.test' 'https-rsa' '/?skew=-7200').SkewSeconds | Should -BeIn (7198..7202)
    }

    It 'times out a listener that never answers within the timeout' {
        $row = Test-LaneEndpoint 'Direct' 'hang.update.test' 'hang1'
        $row.Outcome | Should -Be 'Timeout'
        $row.TimeMs | Should -BeLessThan 3600
    }

    It 'asks DNS over a Windows UDP socket: a sinkhole answer' {
        $fact = InModuleScope WuTrust -Parameters @{ P = [int]$script:LaneNet.ports.dns } {
            param($P)
            Invoke-WuDnsQuery -Name 'sinkhole-zero.update.test' -Server '127.0.0.1' -Port $P -RecordType A
        }
        $fact.rcode | Should -Be 'NOERROR'
        $fact.answers[0].data | Should -Be '0.0.0.0'
    }

    It 'reads WinHttpSettings from the 32-bit registry view (WOW6432Node) apart from the 64-bit one' {
        $subKey = 'Software\WuTrustLane\Proxy32'
        $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey('LocalMachine', 'Registry32')
        try {
            $key = $base.CreateSubKey($subKey)
            $key.SetValue('WinHttpSettings', [byte[]](0x18, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 'Binary')
            $key.Dispose()
        } finally { $base.Dispose() }
        $facts = InModuleScope WuTrust -Parameters @{ K = $subKey } {
            param($K)
            @((Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $K -View Registry32), (Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $K))
        }
        $facts[0].values.WinHttpSettings.hex | Should -Be '1800000000000000010000000000000000000000'
        $facts[1].status | Should -Be 'NotFound'
        $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey('LocalMachine', 'Registry32')
        try { $base.DeleteSubKeyTree('Software\WuTrustLane', $false) } finally { $base.Dispose() }
    }
}
