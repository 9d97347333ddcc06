# -AsSystem (#11): collection as LocalSystem through a one-shot scheduled task. The scheduled-task
# cmdlets sit behind the thin *-WuSystemTask functions, mocked here; the script the task runs is run
# for real in a child PowerShell (without traffic: -SkipNetwork).
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    function Set-TaskMock($Result) {
        $script:TaskResult = $Result
        Mock -ModuleName WuTrust Test-WuIsWindows { $true }
        Mock -ModuleName WuTrust Test-WuElevation { $true }
        Mock -ModuleName WuTrust Get-WuAsSystemRoot { $TestDrive }
        Mock -ModuleName WuTrust New-WuSecureFolder { $null = New-Item -ItemType Directory -Path $Path }
        Mock -ModuleName WuTrust Wait-WuTrustInterval { }
        Mock -ModuleName WuTrust Register-WuSystemTask {
            $script:Registered = @{ TaskName = $TaskName; Execute = $Execute; Argument = $Argument }
            # What the task will run, as written at registration.
            $folder = Split-Path -Parent ([regex]::Match($Argument, '-File "([^"]+)"').Groups[1].Value)
            $script:Script = Get-Content -Raw -LiteralPath (Join-Path $folder 'Collect.ps1')
            $script:Request = Get-Content -Raw -LiteralPath (Join-Path $folder 'request.json') | ConvertFrom-Json
        }
        Mock -ModuleName WuTrust Start-WuSystemTask {
            if ($null -ne $script:TaskResult) { Set-Content -LiteralPath $script:Request.output -Value $script:TaskResult -Encoding ascii }
        }
        Mock -ModuleName WuTrust Get-WuSystemTaskState { if ($null -ne $script:TaskResult) { 'Ready' } else { 'Running' } }
        Mock -ModuleName WuTrust Unregister-WuSystemTask { }
    }
    $script:HealthyJson = Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot 'healthy.json')
}

Describe 'Get-WuTrustStatus -AsSystem' {
    It 'collects through a one-shot SYSTEM task, judges what it wrote, and removes the task and its folder' {
        $answer = [ordered]@{ ok = $true; json = $script:HealthyJson; error = $null } | ConvertTo-Json -Compress
        Set-TaskMock -Result $answer
        $report = Get-WuTrustStatus -AsSystem -TimeoutSeconds 4
        $report.Status | Should -Be 'Healthy'
        $report.Source | Should -Be 'Live (SYSTEM)'
        $script:Registered.TaskName | Should -BeLike 'WuTrust-AsSystem-*'
        $script:Registered.Argument | Should -BeLike '-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "*Collect.ps1" "*request.json"'
        $script:Request.kind | Should -Be 'Snapshot'
        $script:Request.options.TimeoutSeconds | Should -Be 4
        $script:Script | Should -Be (InModuleScope WuTrust { $script:WuAsSystemScript })
        Should -Invoke -ModuleName WuTrust Unregister-WuSystemTask -Times 1 -Exactly -ParameterFilter { $TaskName -eq $script:Registered.TaskName }
        @(Get-ChildItem -LiteralPath $TestDrive -Filter 'AsSystem-*').Count | Should -Be 0
    }

    It 'gives up after its bounded wait, says so, and still removes the task' {
        Set-TaskMock -Result $null
        { Get-WuTrustStatus -AsSystem -TimeoutSeconds 1 -ErrorAction Stop } | Should -Throw -ErrorId 'WuTrust.AsSystemTimedOut,Get-WuTrustStatus'
        Should -Invoke -ModuleName WuTrust Get-WuSystemTaskState -Times 121 -Exactly
        Should -Invoke -ModuleName WuTrust Unregister-WuSystemTask -Times 1 -Exactly
        @(Get-ChildItem -LiteralPath $TestDrive -Filter 'AsSystem-*').Count | Should -Be 0
    }

    It 'reports the error the SYSTEM run met' {
        Set-TaskMock -Result '{"ok":false,"json":null,"error":"Access to the path is denied."}'
        { Get-WuTrustStatus -AsSystem -ErrorAction Stop } | Should -Throw -ExpectedMessage '*failed: Access to the path is denied.*'
    }

    It 'needs an elevated session, and registers nothing without one' {
        Set-TaskMock -Result $null
        Mock -ModuleName WuTrust Test-WuElevation { $false }
        { Get-WuTrustStatus -AsSystem -ErrorAction Stop } | Should -Throw -ErrorId 'WuTrust.AsSystemNeedsElevation,Get-WuTrustStatus'
        Should -Invoke -ModuleName WuTrust Register-WuSystemTask -Times 0 -Exactly
    }
}

Describe 'Test-WuUpdateEndpoint -AsSystem' {
    It 'judges the network section the SYSTEM run collected, with the options it was given' {
        $sample = Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot 'seed-001-tls-intercepted.json') | ConvertFrom-Json
        $network = $sample.network | ConvertTo-Json -Depth 12 -Compress
        Set-TaskMock -Result ([ordered]@{ ok = $true; json = $network; error = $null } | ConvertTo-Json -Compress)
        $rows = @(Test-WuUpdateEndpoint -AsSystem -Name 'fe3.delivery.mp.microsoft.com' -DnsServer '1.1.1.1')
        $rows[0].Verdict | Should -Be 'Intercepted'
        $script:Request.kind | Should -Be 'Network'
        $script:Request.options.DnsServer | Should -Be '1.1.1.1'
        @($script:Request.options.Names) | Should -Be @('fe3.delivery.mp.microsoft.com')
    }
}

Describe 'The script the SYSTEM task runs' {
    It 'imports the module, collects what request.json says (here without traffic) and writes result.json' {
        $folder = Join-Path $TestDrive 'run'
        $null = New-Item -ItemType Directory -Path $folder
        $scriptPath = Join-Path $folder 'Collect.ps1'
        Set-Content -LiteralPath $scriptPath -Value (InModuleScope WuTrust { $script:WuAsSystemScript }) -Encoding ascii
        $request = [ordered]@{ kind = 'Network'; module = $script:BuiltManifest; output = (Join-Path $folder 'result.json')
            options = [ordered]@{ SkipNetwork = $true; TimeoutSeconds = 2 } }
        Set-Content -LiteralPath (Join-Path $folder 'request.json') -Value ($request | ConvertTo-Json) -Encoding ascii
        $null = Invoke-WuFreshPwsh -Command "& '$scriptPath' '$(Join-Path $folder 'request.json')'"
        $LASTEXITCODE | Should -Be 0
        $answer = Get-Content -Raw -LiteralPath (Join-Path $folder 'result.json') | ConvertFrom-Json
        $answer.ok | Should -BeTrue
        ($answer.json | ConvertFrom-Json).probesSkipped | Should -BeLike 'by -SkipNetwork*'
    }

    It 'writes the failure when the collection fails (a snapshot needs Windows)' {
        $folder = Join-Path $TestDrive 'fail'
        $null = New-Item -ItemType Directory -Path $folder
        $scriptPath = Join-Path $folder 'Collect.ps1'
        Set-Content -LiteralPath $scriptPath -Value (InModuleScope WuTrust { $script:WuAsSystemScript }) -Encoding ascii
        $request = [ordered]@{ kind = 'Snapshot'; module = $script:BuiltManifest; output = (Join-Path $folder 'result.json')
            options = [ordered]@{ SkipNetwork = $true; TimeoutSeconds = 2 } }
        Set-Content -LiteralPath (Join-Path $folder 'request.json') -Value ($request | ConvertTo-Json) -Encoding ascii
        $null = Invoke-WuFreshPwsh -Command "& '$scriptPath' '$(Join-Path $folder 'request.json')'"
        $answer = Get-Content -Raw -LiteralPath (Join-Path $folder 'result.json') | ConvertFrom-Json
        if ($IsWindows) { $answer.ok | Should -BeTrue } else { $answer.error | Should -BeLike '*needs Windows*' }
    }
}
