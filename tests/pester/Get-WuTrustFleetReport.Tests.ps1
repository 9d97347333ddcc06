BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule

    function New-WuFleetFolder {
        # The samples, plus files that must be listed as not analysed.
        $dir = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $dir
        Copy-Item -Path (Join-Path $script:SamplesRoot '*.json') -Destination $dir
        Set-Content -LiteralPath (Join-Path $dir 'cut.json') -Value '{"schemaVersion":1,"collectedAt":'
        $newer = Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot 'healthy.json') | ConvertFrom-Json
        $newer.schemaVersion = 7
        $newer | ConvertTo-Json -Depth 30 | Set-Content -LiteralPath (Join-Path $dir 'newer.json')
        Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'healthy.json') -AsJson | Set-Content -LiteralPath (Join-Path $dir 'report.json')
        $dir
    }

    $script:Chromium = $env:WUTRUST_CHROMIUM
    if ([string]::IsNullOrEmpty($script:Chromium)) { $script:Chromium = '/usr/bin/chromium' }
    $script:BrowserScript = Join-Path $script:RepoRoot 'tests/browser/fleet-report.cjs'
    $script:TestOutput = Join-Path $script:RepoRoot 'out/test-output'
    $null = New-Item -ItemType Directory -Path $script:TestOutput -Force

    function Invoke-WuBrowserCheck {
        param([string]$Html, [string]$JsonLines, [string]$Screenshot, [string]$Mode = 'fleet')
        $text = & node $script:BrowserScript $Html $JsonLines $Screenshot $Mode
        $text | Out-String | ConvertFrom-Json
    }
}

Describe 'Get-WuTrustFleetReport' {
    It 'judges every snapshot as Get-WuTrustStatus does and lists the files it could not analyse, with the reason' {
        $dir = New-WuFleetFolder
        $report = Get-WuTrustFleetReport -Path $dir
        $report.PSObject.TypeNames[0] | Should -Be 'WuTrust.FleetReport'
        $report.MachineCount | Should -Be 5
        foreach ($m in $report.Machines) {
            $single = Get-WuTrustStatus -Snapshot $m.Source
            $m.Status | Should -Be $single.Status
            $m.FindingIds | Should -Be @($single.Findings | ForEach-Object Id | Select-Object -Unique)
        }
        ($report.Healthy + $report.Unhealthy + $report.Incomplete) | Should -Be 5
        $why = @{}
        foreach ($n in $report.NotAnalysed) { $why[[System.IO.Path]::GetFileName($n.Source)] = $n.Code }
        $why['cut.json'] | Should -Be 'InvalidJson'
        $why['newer.json'] | Should -Be 'UnsupportedSchemaVersion'
        $why['report.json'] | Should -Be 'InvalidSnapshot'
        ($report.NotAnalysed | Where-Object Code -eq 'InvalidSnapshot').Reason | Should -BeLike '*WuTrust report*not a snapshot*'
    }

    It 'lists root causes first and counts a finding a root cause explains under that cause' {
        $report = Get-WuTrustFleetReport -Path $script:SamplesRoot
        $ids = @($report.Findings.Id)
        $firstPlain = [array]::IndexOf([bool[]]@($report.Findings.RootCause), $false)
        @($report.Findings | Select-Object -Skip $firstPlain | Where-Object RootCause).Count | Should -Be 0
        $ids | Should -Contain 'WUT-CTL-100'
        ($report.RootCauses | Where-Object Id -eq 'WUT-CTL-100').Machines | Should -Be 1
        $ctl = $report.Findings | Where-Object Id -eq 'WUT-CTL-001'
        $ctl.Explained | Should -Be $ctl.Machines
        $report.UnhealthyWithoutRootCause | Should -Be 0
    }

    It 'makes one engine call per batch, not one per file' {
        # The mock does what Invoke-WuTrustEngine does, so the report is still made; Pester counts the calls.
        Mock -ModuleName WuTrust Invoke-WuTrustEngine {
            $resolved = & (Get-Module -Name WuTrust) {
                param($c, $r, $x) Invoke-WuTrustEngineSafe -Command $c -RequestJson $r -Context $x
            } $Command $RequestJson $Context
            if ($null -ne $resolved.ErrorRecord) { throw $resolved.ErrorRecord }
            $resolved.Result
        }
        $null = Get-WuTrustFleetReport -Path $script:SamplesRoot -BatchSize 2 -ThrottleLimit 1
        Should -Invoke -ModuleName WuTrust Invoke-WuTrustEngine -Times 3 -Exactly
    }

    It 'carries the summary across batches: one file per batch gives the report one batch gives' {
        $one = Get-WuTrustFleetReport -Path $script:SamplesRoot -BatchSize 1
        $all = Get-WuTrustFleetReport -Path $script:SamplesRoot -BatchSize 100
        ($one.Findings | ConvertTo-Json -Depth 4) | Should -Be ($all.Findings | ConvertTo-Json -Depth 4)
        $one.Healthy | Should -Be $all.Healthy
    }

    It 'gives the same report with several engines at once (-ThrottleLimit) as with one, machines in file order' {
        $dir = New-WuFleetFolder
        $jsonOne = Join-Path $TestDrive 'one.jsonl'
        $jsonTwo = Join-Path $TestDrive 'two.jsonl'
        $one = Get-WuTrustFleetReport -Path $dir -BatchSize 2 -ThrottleLimit 1 -JsonLines $jsonOne
        $two = Get-WuTrustFleetReport -Path $dir -BatchSize 2 -ThrottleLimit 2 -JsonLines $jsonTwo
        @($two.Machines.Source) | Should -Be @($one.Machines.Source)
        ($two.Findings | Select-Object Id, Machines, Explained, Severity | ConvertTo-Json) |
            Should -Be ($one.Findings | Select-Object Id, Machines, Explained, Severity | ConvertTo-Json)
        @($two.NotAnalysed.Source | Sort-Object) | Should -Be @($one.NotAnalysed.Source | Sort-Object)
        (Get-Content -Raw -LiteralPath $jsonTwo) | Should -Be (Get-Content -Raw -LiteralPath $jsonOne)
        $two.Healthy | Should -Be $one.Healthy
    }

    It 'writes JSON Lines: one machine per line, with its findings and evidence' {
        $file = Join-Path $TestDrive 'fleet.jsonl'
        $report = Get-WuTrustFleetReport -Path $script:SamplesRoot -JsonLines $file
        $lines = @(Get-Content -LiteralPath $file)
        $lines.Count | Should -Be $report.MachineCount
        $seed = $lines | ForEach-Object { $_ | ConvertFrom-Json } | Where-Object computerName -eq 'PC-SEED000'
        $finding = $seed.findings | Where-Object id -eq 'WUT-CTL-100'
        $finding.rootCause | Should -BeTrue
        @($finding.evidence).Count | Should -BeGreaterThan 0
        $finding.remedy | Should -BeLike 'Repair-WuAutoUpdateAcl*'
    }

    It 'writes one self-contained HTML file: no address to fetch, a policy that forbids fetching, data that cannot end its block' {
        $dir = New-WuFleetFolder
        $evil = Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot 'healthy.json') | ConvertFrom-Json
        $evil.machine.computerName = '</script><script>alert(1)</script>/*WU-META*/'
        $evil | ConvertTo-Json -Depth 30 | Set-Content -LiteralPath (Join-Path $dir 'evil.json')
        $file = Join-Path $TestDrive 'fleet.html'
        $null = Get-WuTrustFleetReport -Path $dir -Html $file -Title 'Contoso <fleet>'
        $html = Get-Content -Raw -LiteralPath $file
        $html | Should -Match "Content-Security-Policy"
        $html | Should -Match "default-src 'none'"
        $html | Should -Not -Match '(src|href)\s*=\s*"?(https?:)?//'
        $html | Should -Not -Match '@import|url\('
        ([regex]::Matches($html, '</script>')).Count | Should -Be 5
        $html | Should -Match '\\u003c/script>\\u003cscript>alert'
        $html | Should -Match '<title>Contoso &lt;fleet&gt;</title>'
    }

    It 'hashes names with -Redact: none of the computer names reaches the objects, the JSON Lines or the HTML' {
        $html = Join-Path $TestDrive 'redacted.html'
        $jsonl = Join-Path $TestDrive 'redacted.jsonl'
        $report = Get-WuTrustFleetReport -Path $script:SamplesRoot -Redact -Html $html -JsonLines $jsonl
        $names = @(Get-ChildItem -Path $script:SamplesRoot -Filter '*.json' | ForEach-Object {
                (Get-Content -Raw -LiteralPath $_.FullName | ConvertFrom-Json).machine.computerName
            })
        $report.Redacted | Should -BeTrue
        foreach ($m in $report.Machines) { $m.ComputerName | Should -Match '^PC-[0-9A-F]{8}$' }
        $texts = @((Get-Content -Raw -LiteralPath $html), (Get-Content -Raw -LiteralPath $jsonl), ($report.Machines | ConvertTo-Json -Depth 4))
        foreach ($name in $names) {
            foreach ($text in $texts) { $text.Contains($name) | Should -BeFalse -Because "$name must not appear" }
        }
        $again = Get-WuTrustFleetReport -Path $script:SamplesRoot -Redact
        @($again.Machines.ComputerName) | Should -Be @($report.Machines.ComputerName)
        $keyed = Get-WuTrustFleetReport -Path $script:SamplesRoot -RedactKey 'contoso-2026'
        $keyed.Machines[0].ComputerName | Should -Not -Be $report.Machines[0].ComputerName
    }

    It 'refuses an output folder that does not exist, before reading anything' {
        $missing = Join-Path $TestDrive 'no/such/folder/fleet.html'
        { Get-WuTrustFleetReport -Path $script:SamplesRoot -Html $missing -ErrorAction Stop } |
            Should -Throw -ExpectedMessage "*-Html*does not exist*"
    }

    It 'reports an empty folder as an empty fleet' {
        $dir = Join-Path $TestDrive 'empty'
        $null = New-Item -ItemType Directory -Path $dir
        $report = Get-WuTrustFleetReport -Path $dir
        $report.MachineCount | Should -Be 0
        @($report.Findings).Count | Should -Be 0
    }
}

Describe 'The fleet HTML report in headless Chromium' -Tag 'Browser' {
    BeforeAll {
        $script:HaveBrowser = [System.IO.File]::Exists($script:Chromium)
    }

    It 'shows the counts of the data, sorts its tables, shows evidence on a click, and fetches nothing' {
        if (-not $script:HaveBrowser) { Set-ItResult -Skipped -Because "no Chromium at $script:Chromium" }
        $dir = New-WuFleetFolder
        $html = Join-Path $script:TestOutput 'fleet-report.html'
        $jsonl = Join-Path $script:TestOutput 'fleet-report.jsonl'
        $null = Get-WuTrustFleetReport -Path $dir -Html $html -JsonLines $jsonl
        $check = Invoke-WuBrowserCheck -Html $html -JsonLines $jsonl -Screenshot (Join-Path $script:TestOutput 'fleet-report.png')
        @($check.problems) | Should -BeNullOrEmpty
        $check.shown.machines | Should -Be 5
        $check.shown.sortAscending | Should -BeTrue
        $check.shown.sortDescending | Should -BeTrue
        @($check.requests).Count | Should -Be 1
        [System.IO.File]::Exists($check.screenshot) | Should -BeTrue
    }

    It 'is the one-page help-desk report for one snapshot: verdict, root cause, evidence and remedies' {
        if (-not $script:HaveBrowser) { Set-ItResult -Skipped -Because "no Chromium at $script:Chromium" }
        $html = Join-Path $script:TestOutput 'ticket.html'
        $null = Get-WuTrustFleetReport -Path (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json') -Html $html
        $check = Invoke-WuBrowserCheck -Html $html -JsonLines '-' -Screenshot (Join-Path $script:TestOutput 'ticket.png') -Mode 'single'
        @($check.problems) | Should -BeNullOrEmpty
        $check.shown.single | Should -Be 'PC-SEED000: Unhealthy'
        $check.shown.fleetHidden | Should -BeTrue
        $single = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json')
        $check.shown.findings | Should -Be @($single.Findings).Count
        $check.shown.remedies | Should -Contain ($single.Findings | Where-Object Id -eq 'WUT-CTL-100').Remedy
    }

    It 'renders 10,000 machines with counts that match the data' {
        if (-not $script:HaveBrowser) { Set-ItResult -Skipped -Because "no Chromium at $script:Chromium" }
        # The five samples judged once, each record copied 2,000 times under its own name; the
        # summary's counts multiplied to match (the engine's throughput is the bench's business).
        $jsonl = Join-Path $script:TestOutput 'fleet-10000.jsonl'
        $html = Join-Path $script:TestOutput 'fleet-10000.html'
        $base = Get-WuTrustFleetReport -Path $script:SamplesRoot -JsonLines (Join-Path $TestDrive 'five.jsonl')
        $lines = @(Get-Content -LiteralPath (Join-Path $TestDrive 'five.jsonl'))
        $records = [System.Collections.Generic.List[string]]::new()
        $builder = [System.Text.StringBuilder]::new()
        for ($copy = 0; $copy -lt 2000; $copy++) {
            foreach ($line in $lines) {
                $name = (ConvertFrom-Json $line).computerName
                if ($builder.Length -gt 0) { [void]$builder.Append("`n") }
                [void]$builder.Append($line.Replace("`"computerName`":`"$name`"", "`"computerName`":`"$name-$('{0:D4}' -f $copy)`""))
            }
        }
        $records.Add($builder.ToString())
        [System.IO.File]::WriteAllText($jsonl, $builder.ToString())
        $summary = [ordered]@{
            machines = 10000; notAnalysed = 0
            byStatus = [ordered]@{ Healthy = 2000 * $base.Healthy; Unhealthy = 2000 * $base.Unhealthy; Incomplete = 2000 * $base.Incomplete }
            rootCauses = @($base.RootCauses | ForEach-Object { [ordered]@{ id = $_.Id; title = $_.Title; machines = 2000 * $_.Machines } })
            unhealthyWithoutRootCause = 2000 * $base.UnhealthyWithoutRootCause
            findings = @($base.Findings | ForEach-Object {
                    [ordered]@{
                        id = $_.Id; severity = $_.Severity; family = $_.Family; title = $_.Title; rootCause = $_.RootCause
                        machines = 2000 * $_.Machines; explained = 2000 * $_.Explained; sample = @()
                    }
                })
        }
        $page = InModuleScope WuTrust -Parameters @{ S = ($summary | ConvertTo-Json -Depth 6 -Compress); R = $records } {
            param($S, $R)
            ConvertTo-WuFleetHtml -SummaryJson $S -Records $R -NotAnalysed @() -Title '10,000 machines'
        }
        [System.IO.File]::WriteAllText($html, $page)
        $check = Invoke-WuBrowserCheck -Html $html -JsonLines $jsonl -Screenshot (Join-Path $script:TestOutput 'fleet-10000.png')
        @($check.problems) | Should -BeNullOrEmpty
        $check.shown.rows | Should -Be 10000
        $check.shown.machines | Should -Be 10000
        Write-Host "    10,000 machines: $([math]::Round((Get-Item $html).Length / 1MB, 1)) MB of HTML, ready in $($check.renderMs) ms"
    }
}
