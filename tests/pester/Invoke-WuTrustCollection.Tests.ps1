BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    $script:Seed000 = Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json'

    function New-WuOutputFolder {
        $dir = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $dir
        $dir
    }
}

Describe 'Invoke-WuTrustCollection (remoting mocked)' {
    BeforeEach {
        $script:SeedText = Get-Content -Raw -LiteralPath $script:Seed000
        Mock -ModuleName WuTrust Invoke-WuRemoteCommand {
            $answer = { param($name, $status, $id, $reason, $json)
                [pscustomobject]@{
                    PSComputerName = $name; ComputerName = $name.ToUpper(); Status = $status; ErrorId = $id; Reason = $reason; Json = $json
                }
            }
            & $answer 'pc01' 'Collected' $null $null $script:SeedText
            & $answer 'linux01' 'Failed' 'WuTrust.LiveCollectionNeedsWindows,Export-WuTrustSnapshot' 'Export-WuTrustSnapshot ... needs Windows.' $null
            & $answer 'pc03' 'Failed' 'WuTrust.ModuleMissing' 'The WuTrust module is not installed on this computer.' $null
            $message = 'Connecting to remote server pc04 failed: cannot resolve'
            $transport = [System.Management.Automation.Remoting.PSRemotingTransportException]::new($message)
            [System.Management.Automation.ErrorRecord]::new($transport, 'ComputerNotFound,PSSessionStateBroken', 'OpenError', 'pc04')
            $denied = [System.Management.Automation.Remoting.PSRemotingTransportException]::new('Access is denied.')
            $denied.ErrorCode = 5
            [System.Management.Automation.ErrorRecord]::new($denied, 'AccessDenied,PSSessionStateBroken', 'OpenError', 'pc05')
        }
    }

    It 'gives every target one record: collected with its file, or the reason it has none' {
        $folder = New-WuOutputFolder
        $records = @(Invoke-WuTrustCollection -ComputerName pc01, linux01, pc03, pc04, pc05, pc06 -OutputFolder $folder)
        $records.Count | Should -Be 6
        $by = @{}
        foreach ($r in $records) { $by[$r.ComputerName] = $r }
        $by['pc01'].Status | Should -Be 'Collected'
        (Get-Content -Raw -LiteralPath $by['pc01'].SnapshotPath) | Should -Be $script:SeedText
        $by['linux01'].Kind | Should -Be 'NeedsWindows'
        $by['pc03'].Kind | Should -Be 'ModuleMissing'
        $by['pc04'].Kind | Should -Be 'Unreachable'
        $by['pc05'].Kind | Should -Be 'AccessDenied'
        $by['pc06'].Reason | Should -BeLike '*neither a result nor an error*'
        @($records | Where-Object Status -eq 'Failed').Count | Should -Be 5
        Should -Invoke -ModuleName WuTrust Invoke-WuRemoteCommand -Times 1 -Exactly -ParameterFilter {
            $Invoke.ThrottleLimit -eq 32 -and @($Invoke.ComputerName).Count -eq 6
        }
    }

    It 'analyses what it collected with -Analyze' {
        $results = @(Invoke-WuTrustCollection -ComputerName pc01, linux01 -OutputFolder (New-WuOutputFolder) -Analyze)
        $report = $results | Where-Object { $_.PSObject.TypeNames[0] -eq 'WuTrust.FleetReport' }
        $report.MachineCount | Should -Be 1
        $report.RootCauses[0].Id | Should -Be 'WUT-CTL-100'
    }

    It 'passes the throttle limit and the credential on, and refuses an output folder that does not exist' {
        $password = ConvertTo-SecureString -String 'x' -AsPlainText -Force
        $credential = [System.Management.Automation.PSCredential]::new('contoso\admin', $password)
        $null = Invoke-WuTrustCollection -ComputerName pc01 -ThrottleLimit 5 -Credential $credential -OutputFolder (New-WuOutputFolder)
        Should -Invoke -ModuleName WuTrust Invoke-WuRemoteCommand -Times 1 -Exactly -ParameterFilter {
            $Invoke.ThrottleLimit -eq 5 -and $Invoke.Credential.UserName -eq 'contoso\admin'
        }
        { Invoke-WuTrustCollection -ComputerName pc01 -OutputFolder (Join-Path $TestDrive 'none') -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*-OutputFolder*does not exist*'
    }
}

Describe 'Invoke-WuTrustCollection over PowerShell remoting (SSH to 127.0.0.1)' -Tag 'Remoting' {
    BeforeAll {
        Import-Module (Join-Path $script:RepoRoot 'tests/remoting/SshServer.psm1') -Force
        $script:Server = Start-WuSshServer -ModulePath (Split-Path -Parent $script:BuiltModuleRoot)
        $script:Session = New-WuSshSession -Server $script:Server
    }
    AfterAll {
        if ($script:Session) { Remove-PSSession -Session $script:Session }
        if ($script:Server) { Stop-WuSshServer -Server $script:Server }
    }

    It 'reports NeedsWindows for a target that is not Windows, as a record for that machine' {
        $records = @(Invoke-WuTrustCollection -Session $script:Session -OutputFolder (New-WuOutputFolder))
        $records.Count | Should -Be 1
        $records[0].ComputerName | Should -Be '127.0.0.1'
        $records[0].Status | Should -Be 'Failed'
        $records[0].Kind | Should -Be 'NeedsWindows'
        $records[0].Reason | Should -BeLike '*needs Windows*'
    }

    It 'brings a snapshot back from the target and analyses it (-ExistingSnapshot, -Analyze)' {
        $folder = New-WuOutputFolder
        $results = @(Invoke-WuTrustCollection -Session $script:Session -OutputFolder $folder -ExistingSnapshot $script:Seed000 -Analyze)
        $record = $results | Where-Object { $_.PSObject.TypeNames[0] -eq 'WuTrust.CollectionResult' }
        $record.Status | Should -Be 'Collected'
        (Get-Content -Raw -LiteralPath $record.SnapshotPath) | Should -Be (Get-Content -Raw -LiteralPath $script:Seed000)
        $report = $results | Where-Object { $_.PSObject.TypeNames[0] -eq 'WuTrust.FleetReport' }
        $report.Unhealthy | Should -Be 1
        $report.RootCauses[0].Id | Should -Be 'WUT-CTL-100'
    }

    It 'reports a snapshot path that does not exist on the target' {
        $records = @(Invoke-WuTrustCollection -Session $script:Session -OutputFolder (New-WuOutputFolder) -ExistingSnapshot '/no/such/file.json')
        $records[0].Status | Should -Be 'Failed'
        $records[0].Reason | Should -BeLike "*'/no/such/file.json' does not exist*"
    }

    It 'returns reports through remoting as objects: findings with their evidence and remedy data, not strings' {
        $report = Invoke-Command -Session $script:Session -ScriptBlock {
            param($file) Import-Module WuTrust; Get-WuTrustStatus -Snapshot $file
        } -ArgumentList $script:Seed000
        $report.PSObject.TypeNames[0] | Should -Be 'Deserialized.WuTrust.Report'
        $finding = $report.Findings | Where-Object Id -eq 'WUT-CTL-001'
        $finding | Should -Not -BeOfType [string]
        $evidence = @($finding.Evidence)[0]
        $evidence | Should -Not -BeOfType [string]
        $evidence.Item | Should -Be 'HKLM DisallowedCertLastSyncTime'
        $evidence.Raw | Should -Match '^[0-9A-F]+$'
        $root = $report.Findings | Where-Object Id -eq 'WUT-CTL-100'
        $root.RemedyParameters.Strategy | Should -Be 'Auto'
    }
}
