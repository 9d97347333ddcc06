BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
}

Describe 'The engine host (Jint)' {
    It 'loads the engine once per session and reuses it' {
        InModuleScope WuTrust {
            Initialize-WuTrustJint
            $first = $script:WuTrustJint.Engine
            $null = Invoke-WuTrustEngine -Command 'engineInfo' -RequestJson '{}'
            Initialize-WuTrustJint
            [object]::ReferenceEquals($first, $script:WuTrustJint.Engine) | Should -BeTrue
        }
    }

    It 'runs the engine whose version equals the module version' {
        InModuleScope WuTrust {
            $info = Invoke-WuTrustEngine -Command 'engineInfo' -RequestJson '{}'
            $info.engineVersion | Should -Be ([string](Get-Module WuTrust).Version)
            $info.schemaVersion | Should -Be 1
        }
    }

    It 'turns an engine error into an ErrorRecord with the engine code and message' {
        InModuleScope WuTrust {
            $err = $null
            try { Invoke-WuTrustEngine -Command 'noSuchCommand' -RequestJson '{}' } catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -Be 'WuTrust.Engine.UnknownCommand'
            $err.Exception.Message | Should -BeLike '*noSuchCommand*'
            $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        }
    }

    It 'names the context in the error message' {
        InModuleScope WuTrust {
            $call = { Invoke-WuTrustEngine -Command 'diagnose' -RequestJson 'nope' -Context "Snapshot file 'x.json'" }
            $call | Should -Throw -ExpectedMessage "Snapshot file 'x.json': *not valid JSON*"
        }
    }

    It 'returns the engine JSON unchanged with -Raw' {
        InModuleScope WuTrust {
            $raw = Invoke-WuTrustEngine -Command 'engineInfo' -RequestJson '{}' -Raw
            $response = Invoke-WuTrustEngineText -Command 'engineInfo' -RequestJson '{}'
            $raw | Should -BeExactly ($response -replace '^\{"ok":true,"result":(.*)\}$', '$1')
        }
    }

    It 'loads the ReadyToRun build that matches this runtime and platform, else the IL build' {
        InModuleScope WuTrust {
            $path = Get-WuTrustJintLibraryPath
            $expected = 'net{0}.0-{1}' -f [System.Environment]::Version.Major, (Get-WuRuntimePlatform)
            if (Test-Path -LiteralPath (Join-Path $script:ModuleRoot "lib/$expected/Jint.dll")) {
                Split-Path -Leaf $path | Should -Be $expected
            } else {
                Split-Path -Leaf $path | Should -Be 'netstandard2.1'
            }
            $loaded = [System.AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Jint' }
            [System.IO.Path]::GetDirectoryName($loaded.Location) | Should -Be ([System.IO.Path]::GetFullPath($path))
        }
    }

    It 'falls back to the IL build when no ReadyToRun build matches' {
        InModuleScope WuTrust {
            Mock Get-WuRuntimePlatform { 'plan9-mips' }
            Split-Path -Leaf (Get-WuTrustJintLibraryPath) | Should -Be 'netstandard2.1'
        }
    }

    It 'gives the script no CLR access' {
        InModuleScope WuTrust {
            Initialize-WuTrustJint
            $result = $script:WuTrustJint.Engine.Evaluate('typeof System === "undefined" && typeof importNamespace === "undefined"').ToString()
            $result | Should -Be 'true'
        }
    }

    It 'refuses string compilation (eval) inside the engine' {
        InModuleScope WuTrust {
            Initialize-WuTrustJint
            { $script:WuTrustJint.Engine.Evaluate('eval("1+1")') } | Should -Throw
        }
    }

    It 'runs the engine in strict mode with UTC and the invariant culture' {
        InModuleScope WuTrust {
            Initialize-WuTrustJint
            $script:WuTrustJint.Engine.Evaluate('(function () { return this === undefined; })()').ToString() | Should -Be 'true'
            $script:WuTrustJint.Engine.Evaluate('new Date(0).getTimezoneOffset()').ToString() | Should -Be '0'
            $script:WuTrustJint.Engine.Evaluate('(1.5).toLocaleString()').ToString() | Should -Be '1.5'
        }
    }

    It 'stops runaway script with a statement or time limit, as an ErrorRecord' {
        InModuleScope WuTrust {
            Initialize-WuTrustJint
            $err = $null
            try { $null = $script:WuTrustJint.Engine.Evaluate('while (true) {}') } catch { $err = $_ }
            $err | Should -Not -BeNullOrEmpty
            $limits = 'Jint\.Runtime\.(StatementsCountOverflowException|TimeoutException)|System\.TimeoutException'
            $err.Exception.GetBaseException().GetType().FullName | Should -Match $limits
        }
    }

    It 'stops deep recursion' {
        InModuleScope WuTrust {
            Initialize-WuTrustJint
            { $script:WuTrustJint.Engine.Evaluate('(function f(n) { return f(n + 1); })(0)') } | Should -Throw -ExpectedMessage '*recursion*'
        }
    }

    It 'reports a missing bundle clearly' {
        InModuleScope WuTrust {
            $saved = $script:WuTrustJint
            $savedRoot = $script:ModuleRoot
            try {
                $script:WuTrustJint = $null
                $script:ModuleRoot = $TestDrive
                { Initialize-WuTrustJint } | Should -Throw -ExpectedMessage '*missing*build.ps1*'
            } finally {
                $script:WuTrustJint = $saved
                $script:ModuleRoot = $savedRoot
            }
        }
    }
}

Describe 'A repeated JSON key in Jint' {
    It 'is refused the same way before and after a snapshot of the same shape was parsed in the session' {
        # Jint 4.18's JSON.parse keeps both copies of a repeated key once it has parsed an object of
        # the same shape earlier in the session; the engine's verdict must not depend on that history.
        $twice = (Get-Content -Raw -LiteralPath (Join-Path $script:CasesRoot 'ctl/duplicate-key.json') | ConvertFrom-Json).requestText
        $once = $twice.Replace('"status":"NotFound","status":"Ok"}', '"status":"NotFound"}')
        $once | Should -Not -Be $twice
        InModuleScope WuTrust -Parameters @{ Once = $once; Twice = $twice } {
            param($Once, $Twice)
            $script:WuTrustJint = $null
            $before = Invoke-WuTrustEngineText -Command 'diagnose' -RequestJson $Twice
            (Invoke-WuTrustEngineText -Command 'diagnose' -RequestJson $Once) | Should -BeLike '{"ok":true*'
            $after = Invoke-WuTrustEngineText -Command 'diagnose' -RequestJson $Twice
            $before | Should -BeLike '*"code":"InvalidSnapshot"*ctl.policy.status: the key \"status\" appears more than once*'
            $after | Should -BeExactly $before
        }
    }
}

Describe 'JSON from the engine (ConvertFrom-WuJson)' {
    It 'gives the same objects as ConvertFrom-Json' {
        InModuleScope WuTrust {
            $text = '{"a":1,"b":"x","c":[1,"two",{"d":null}],"e":{"f":true,"g":2.5},"h":[]}'
            $mine = ConvertFrom-WuJson -Text $text
            $theirs = ConvertFrom-Json -InputObject $text
            ($mine | ConvertTo-Json -Depth 5 -Compress) | Should -Be ($theirs | ConvertTo-Json -Depth 5 -Compress)
            $mine.a | Should -BeOfType ($theirs.a.GetType())
            $mine.c.Count | Should -Be 3
            @($mine.h).Count | Should -Be 0
        }
    }

    It 'rejects text that is not JSON with an error, not a partial object' {
        InModuleScope WuTrust {
            { ConvertFrom-WuJson -Text '{"a":' } | Should -Throw
        }
    }
}

Describe 'The first engine call in a new session' {
    It 'autoloads no other module, on a machine where PowerShell never ran before (its cost would land on every cold start)' {
        $sample = Join-Path $script:RepoRoot 'samples/seed-000-stale-disallowed-ctl.json'
        $command = "Import-Module '$script:BuiltManifest'; `$r = Get-WuTrustStatus -Snapshot '$sample'; `$r.Status; (Get-Module).Name -join ','"
        # A new machine: no module analysis cache and no profile from earlier sessions.
        $output = @(Invoke-WuFreshPwsh -Command $command)
        $LASTEXITCODE | Should -Be 0
        $output[0] | Should -Be 'Unhealthy'
        $output[-1] | Should -Be 'WuTrust'
    }
}
