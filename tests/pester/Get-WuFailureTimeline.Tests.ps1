# Get-WuFailureTimeline and the update-log collector (#12): real files written here, read by the
# streaming pre-filter, judged by the engine.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    # Seed 000's excerpt (FACTS.md 6.1), re-dated, with lines no failure pre-filter lets through.
    $at = '2026/11/18 22:19:0'
    $url = 'HTTPS://slscr.update.microsoft.com/SLS/x'
    $script:Seed = @(
        "${at}1.4037009 19924 14968 SLS             Making request with URL $url and send SLS events."
        "${at}1.8143606 19924 14968 Misc            *FAILED* [80072F8F] Send request"
        "${at}1.8143657 19924 14968 Misc            *FAILED* [80072F8F] WinHttp: SendRequestToServerForFileInformation (retrying with default proxy)"
        "${at}2.2028507 19924 14968 Agent           Update 1 is pending"
        "${at}4.5990314 19924 14968 SLS             Complete the request URL $url with [80072F8F] and http status code[0] and send SLS events."
        "${at}4.5990361 19924 14968 SLS             *FAILED* [80072F8F] GetDownloadedOnWeakSSLCert"
        '2026/11/19 07:00:00.0000000 19924 14968 Agent           *FAILED* [8024402C] Method failed [CAgent::Sync:1]'
    )
}

Describe 'Get-WuFailureTimeline' {
    It 'reads a WindowsUpdate.log into distinct failures with names, causes and endpoints (<Encoding>)' -ForEach @(
        @{ Encoding = 'UTF-8 with CRLF'; Bytes = { param($t) [System.Text.Encoding]::UTF8.GetBytes(($t -join "`r`n") + "`r`n") } }
        @{ Encoding = 'UTF-16 LE with a BOM'; Bytes = { param($t) [byte[]](0xFF, 0xFE) + [System.Text.Encoding]::Unicode.GetBytes($t -join "`n") } }
        @{ Encoding = 'UTF-16 LE without a BOM'; Bytes = { param($t) [System.Text.Encoding]::Unicode.GetBytes($t -join "`n") } }
    ) {
        $file = Join-Path $TestDrive 'WindowsUpdate.log'
        [System.IO.File]::WriteAllBytes($file, (& $Bytes $script:Seed))
        $rows = @(Get-WuFailureTimeline -Path $file)
        $rows.Count | Should -Be 5
        $rows[0].PSObject.TypeNames | Should -Contain 'WuTrust.LogFailure'
        $misc = $rows | Where-Object { $_.Component -eq 'Misc' -and $null -eq $_.Marker }
        $misc.Code | Should -Be '0x80072F8F'
        $misc.Name | Should -Be 'ERROR_WINHTTP_SECURE_FAILURE'
        $misc.Cause | Should -BeLike 'TLS failure*'
        $misc.First | Should -Be ([datetime]'2026-11-18T22:19:01.8143606')
        ($rows | Where-Object Endpoint -eq 'slscr.update.microsoft.com').Count | Should -Be 1
        ($rows | Where-Object Marker -eq 'GetDownloadedOnWeakSSLCert').Count | Should -Be 1
        ($rows | Where-Object Code -eq '0x8024402C').Checks | Should -Contain 'NET.Dns'
        $rows[0].Radix | Should -BeLike '*decimal*'
    }

    It 'reads past 2 GB (64-bit offsets): a failure at the start and one after 2 GB of nothing (a sparse file)' {
        $file = Join-Path $TestDrive 'huge.log'
        $first = [System.Text.Encoding]::ASCII.GetBytes($script:Seed[1] + "`n")
        $last = [System.Text.Encoding]::ASCII.GetBytes("`n" + $script:Seed[6] + "`n")
        $stream = [System.IO.File]::Create($file)
        try {
            $stream.Write($first, 0, $first.Length)
            $stream.SetLength(2GB + 4096)
            $stream.Position = 2GB + 100
            $stream.Write($last, 0, $last.Length)
        } finally { $stream.Dispose() }
        (Get-Item -LiteralPath $file).Length | Should -BeGreaterThan 2GB
        $rows = @(Get-WuFailureTimeline -Path $file)
        @($rows.Code | Sort-Object) | Should -Be @('0x80072F8F', '0x8024402C')
        Remove-Item -LiteralPath $file
    }

    It 'keeps only failures at or after -Since' {
        $file = Join-Path $TestDrive 'WindowsUpdate.log'
        Set-Content -LiteralPath $file -Value $script:Seed -Encoding ascii
        $rows = @(Get-WuFailureTimeline -Path $file -Since ([datetime]'2026-11-19T00:00:00'))
        @($rows.Code) | Should -Be @('0x8024402C')
    }

    It 'reads CBS.log by its name' {
        $file = Join-Path $TestDrive 'CBS.log'
        Set-Content -LiteralPath $file -Encoding ascii -Value @(
            ('2026-11-18 09:12:01, Error                 CBS    Failed to verify signature of package ' +
                '[HRESULT = 0x800b010e - CERT_E_REVOCATION_FAILURE]')
            '2026-11-18 09:12:02, Info                  CBS    Loaded servicing stack'
        )
        $rows = @(Get-WuFailureTimeline -Path $file)
        $rows.Count | Should -Be 1
        $rows[0].Source | Should -Be 'Cbs'
        $rows[0].Name | Should -Be 'CERT_E_REVOCATION_FAILURE'
        @($rows[0].Checks) | Should -Contain 'WTR.State'
    }

    It 'reads a log far larger than its chunk (16 MB against 40,000 bytes), every failure counted across chunk boundaries' {
        $file = Join-Path $TestDrive 'big.log'
        $writer = New-Object System.IO.StreamWriter -ArgumentList $file
        try {
            $fail = '2026/11/18 22:19:01.8143606 19924 14968 Misc            *FAILED* [80072F8F] Send request'
            $info = '2026/11/18 22:19:01.8143606 19924 14968 Agent           ' + ('x' * 100)
            for ($i = 0; $i -lt 120000; $i++) { $writer.WriteLine($(if ($i % 50 -eq 0) { $fail } else { $info })) }
        } finally { $writer.Dispose() }
        (Get-Item $file).Length | Should -BeGreaterThan 16MB
        $rows = @(Get-WuFailureTimeline -Path $file)
        $rows.Count | Should -Be 1
        $rows[0].Count | Should -Be 2400
    }

    It 'reports a missing file as one error naming it' {
        $rows = @(Get-WuFailureTimeline -Path (Join-Path $TestDrive 'none.log') -ErrorVariable bad -ErrorAction SilentlyContinue)
        $rows.Count | Should -Be 0
        $bad[0].FullyQualifiedErrorId | Should -Be 'WuTrust.LogNotFound,Get-WuFailureTimeline'
    }

    It 'needs Windows without -Path' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        { Get-WuFailureTimeline -ErrorAction Stop } | Should -Throw -ErrorId 'WuTrust.LiveCollectionNeedsWindows,Get-WuFailureTimeline'
    }
}

Describe 'The update-log section of a live snapshot' {
    It 'reads WindowsUpdate.log and CBS.log from the paths given, and says where a text log is missing' {
        $wu = Join-Path $TestDrive 'WindowsUpdate.log'
        Set-Content -LiteralPath $wu -Value $script:Seed -Encoding ascii
        $section = InModuleScope WuTrust -Parameters @{ W = $wu; C = (Join-Path $TestDrive 'nocbs.log') } {
            param($W, $C)
            (Get-WuUpdateLogSection -Options @{ WindowsUpdateLogPath = $W; CbsLogPath = $C }).updateLogs
        }
        $section.windowsUpdate.status | Should -Be 'Ok'
        $section.windowsUpdate.aggregate.failures.Count | Should -Be 5
        $section.cbs.status | Should -Be 'NotFound'
    }

    It '-ConvertUpdateLog: Get-WindowsUpdateLog writes a temporary log, which is read and then deleted' {
        Mock -ModuleName WuTrust Invoke-WuWindowsUpdateLogConversion {
            $script:ConvertedTo = $Path
            Set-Content -LiteralPath $Path -Value $script:Seed -Encoding ascii
        }
        $section = InModuleScope WuTrust { (Get-WuUpdateLogSection -Options @{ ConvertUpdateLog = $true; CbsLogPath = 'none.log' }).updateLogs }
        $section.windowsUpdate.status | Should -Be 'Ok'
        $section.windowsUpdate.aggregate.failures.Count | Should -Be 5
        $section.windowsUpdate.path | Should -Be $script:ConvertedTo
        Test-Path -LiteralPath $script:ConvertedTo | Should -BeFalse
    }

    It '-ConvertUpdateLog: a conversion that fails is the reason the log was not read' {
        Mock -ModuleName WuTrust Invoke-WuWindowsUpdateLogConversion { throw 'symbols unavailable' }
        Mock -ModuleName WuTrust Get-WuUpdateLogFact { [ordered]@{ path = $Path; status = 'NotFound' } }
        $section = InModuleScope WuTrust { (Get-WuUpdateLogSection -Options @{ ConvertUpdateLog = $true }).updateLogs }
        $section.windowsUpdate.message | Should -Be 'Get-WindowsUpdateLog failed: symbols unavailable'
    }

    It 'looks in the default places when no path is given, and says a missing text log is missing (found by the Wine lane)' {
        $section = InModuleScope WuTrust { (Get-WuUpdateLogSection -Options @{}).updateLogs }
        $section.windowsUpdate.status | Should -BeIn @('NotFound', 'Ok')
        if ($section.windowsUpdate.status -eq 'NotFound') { $section.windowsUpdate.message | Should -BeLike '*Get-WindowsUpdateLog*' }
        $section.cbs.status | Should -BeIn @('NotFound', 'Ok', 'AccessDenied')
    }
}

Describe 'The update event logs (Get-WinEvent mocked, event XML fixtures)' {
    BeforeAll {
        $provider = "<Provider Name='Microsoft-Windows-WindowsUpdateClient' Guid='{945a8954-c147-4acd-923f-40c45405a658}'/>"
        $script:Event20 = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>$provider<EventID>20</EventID>" +
        "<TimeCreated SystemTime='2026-11-18T08:54:51.1234567Z'/></System><EventData><Data Name='errorCode'>0x80070643</Data>" +
        "<Data Name='updateTitle'>.NET Framework update (KB5046742)</Data></EventData></Event>"
        $script:Event25 = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>$provider<EventID>25</EventID>" +
        "<TimeCreated SystemTime='2026-11-18T09:00:00.0000000Z'/></System><EventData><Data Name='errorCode'>0x80072f8f</Data></EventData></Event>"
    }

    It 'asks for events 20, 25 and 31 of the update client and CAPI2''s, and aggregates them with the engine' {
        function global:Get-WinEvent { throw 'the wrapper is mocked' }
        try {
            Mock -ModuleName WuTrust Get-WuUtcNow { [datetime]::new(2026, 11, 20, 10, 0, 0, [System.DateTimeKind]::Utc) }
            Mock -ModuleName WuTrust Get-WuWinEventXml -ParameterFilter { $LogName -eq 'System' } { $script:Event20; $script:Event25 }
            Mock -ModuleName WuTrust Get-WuWinEventXml { }
            $fact = InModuleScope WuTrust { Get-WuUpdateEventFact }
            $fact.status | Should -Be 'Ok'
            @($fact.aggregate.failures.code) | Should -Be @('80070643', '80072F8F')
            $fact.aggregate.failures[0].lines[0] | Should -BeLike 'Event 20 Microsoft-Windows-WindowsUpdateClient 0x80070643: .NET Framework update*'
            Should -Invoke -ModuleName WuTrust Get-WuWinEventXml -Times 1 -Exactly -ParameterFilter {
                $LogName -eq 'System' -and $ProviderName -eq 'Microsoft-Windows-WindowsUpdateClient' -and ($Id -join ',') -eq '20,25,31'
            }
            $capi2 = { $LogName -eq 'Microsoft-Windows-CAPI2/Operational' }
            Should -Invoke -ModuleName WuTrust Get-WuWinEventXml -Times 1 -Exactly -ParameterFilter $capi2
        } finally {
            Remove-Item -Path 'function:global:Get-WinEvent'
        }
    }

    It 'says so where Get-WinEvent does not exist' {
        if (Get-Command -Name 'Get-WinEvent' -ErrorAction SilentlyContinue) { return }
        $fact = InModuleScope WuTrust { Get-WuUpdateEventFact }
        $fact.status | Should -Be 'NotSupportedOnThisOS'
    }
}
