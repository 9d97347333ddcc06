# Module quality: every exported command has a test file and full help; every module file is
# ASCII, parses, and uses nothing Windows PowerShell 5.1 lacks; the manifest matches the files.
BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $manifest = Import-PowerShellDataFile -Path (Join-Path $script:RepoRoot 'module/WuTrust.psd1')
    $commands = @($manifest.FunctionsToExport | ForEach-Object { @{ Name = $_ } })
    $moduleFiles = @('*.ps1', '*.psm1', '*.psd1', '*.ps1xml', '*.txt')
    $sourceFiles = @(Get-ChildItem -Path (Join-Path $script:RepoRoot 'module') -Recurse -File -Include $moduleFiles |
            ForEach-Object { @{ Name = $_.FullName.Substring($script:RepoRoot.Length + 1).Replace('\', '/'); Path = $_.FullName } })
    $scriptFiles = @($sourceFiles | Where-Object { $_.Name -match '\.ps(m|d)?1$' })
    # The repository's own files, as git sees them (tracked, or new and not ignored): out/ holds the
    # Wine lane's prefix, whose dosdevices links lead back to / (a walk that never ends), and build
    # folders hold PowerShell's own module files.
    $repoScripts = @(& git -C $script:RepoRoot ls-files --cached --others --exclude-standard -- '*.ps1' '*.psm1' '*.psd1' |
            Sort-Object -Unique | ForEach-Object { @{ Name = $_; Path = (Join-Path $script:RepoRoot $_) } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
}

Describe 'Exported command <Name>' -ForEach $commands {
    BeforeAll {
        $help = Get-Help -Name $Name -Full
        $command = Get-Command -Name $Name -Module WuTrust
    }
    It 'is exported by the module' {
        $command | Should -Not -BeNullOrEmpty
    }
    It 'has a test file tests/pester/<Name>.Tests.ps1' {
        Test-Path -LiteralPath (Join-Path $script:RepoRoot "tests/pester/$Name.Tests.ps1") | Should -BeTrue
    }
    It 'has a synopsis' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis.Trim() | Should -Not -BeLike "$Name *"
    }
    It 'has a description' {
        ($help.Description | Out-String).Trim().Length | Should -BeGreaterThan 40
    }
    It 'has at least one example with an explanation' {
        @($help.Examples.Example).Count | Should -BeGreaterThan 0
        foreach ($example in @($help.Examples.Example)) {
            $example.Code | Should -Not -BeNullOrEmpty
            ($example.Remarks | Out-String).Trim() | Should -Not -BeNullOrEmpty
        }
    }
    It 'describes every parameter' {
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        foreach ($parameter in $command.Parameters.Keys | Where-Object { $_ -notin $common }) {
            $entry = @($help.Parameters.Parameter) | Where-Object { $_.Name -eq $parameter }
            ($entry.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "parameter -$parameter needs a description"
        }
    }
    It 'uses an approved verb' {
        (Get-Verb).Verb | Should -Contain ($Name -split '-')[0]
    }
}

Describe 'Module file <Name>' -ForEach $sourceFiles {
    It 'is ASCII only' {
        $bytes = [System.IO.File]::ReadAllBytes($Path)
        $offending = @($bytes | Where-Object { $_ -gt 0x7F })
        $offending.Count | Should -Be 0 -Because 'Windows PowerShell 5.1 reads a file without a BOM as ANSI'
    }
}

Describe 'PowerShell file <Name>' -ForEach $repoScripts {
    It 'has no line over 150 characters' {
        $lines = [System.IO.File]::ReadAllLines($Path)
        $long = @(for ($i = 0; $i -lt $lines.Count; $i++) { if ($lines[$i].Length -gt 150) { "line $($i + 1): $($lines[$i].Length) characters" } })
        $long | Should -BeNullOrEmpty -Because 'splat or break long lines (STYLE.md; the architecture review)'
    }
    It 'parses without errors' {
        $tokens = $null
        $errors = $null
        [void][System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$tokens, [ref]$errors)
        $errors | Should -BeNullOrEmpty
    }
}

Describe 'Module script <Name> on Windows PowerShell 5.1' -ForEach $scriptFiles {
    It 'uses no construct that only PowerShell 6+ has' {
        Find-WuPs7OnlyConstruct -Text ([System.IO.File]::ReadAllText($Path)) -Name $Name | Should -BeNullOrEmpty
    }
}

Describe 'The 5.1 scanner' {
    It 'finds <Label>' -ForEach @(
        @{ Label = 'the ternary operator'; Code = '$a = $b ? 1 : 2' }
        @{ Label = 'null-coalescing'; Code = '$a = $b ?? 3' }
        @{ Label = 'null-coalescing assignment'; Code = '$a ??= 3' }
        @{ Label = 'a pipeline chain'; Code = 'Get-Item x && Get-Item y' }
        @{ Label = 'null-conditional member access'; Code = '${a}?.Name' }
        @{ Label = 'ForEach-Object -Parallel'; Code = '1..2 | ForEach-Object -Parallel { $_ }' }
        @{ Label = 'ConvertFrom-Json -AsHashtable'; Code = '$x | ConvertFrom-Json -AsHashtable' }
        @{ Label = 'Get-Content -AsByteStream'; Code = 'Get-Content -Path x -AsByteStream' }
        @{ Label = 'Set-Content -Encoding utf8NoBOM'; Code = 'Set-Content -Path x -Value 1 -Encoding utf8NoBOM' }
        @{ Label = 'Test-Json'; Code = 'Test-Json -Json $x' }
        @{ Label = '$IsWindows'; Code = 'if ($IsWindows) { 1 }' }
    ) {
        @(Find-WuPs7OnlyConstruct -Text $Code).Count | Should -BeGreaterThan 0
    }
    It 'accepts plain 5.1 code' {
        $plain = 'if ($null -eq $a) { $b = 1 } else { $b = 2 }; Get-Content -Path x -Encoding UTF8 | ConvertFrom-Json'
        Find-WuPs7OnlyConstruct -Text $plain | Should -BeNullOrEmpty
    }
}

Describe 'Format file' {
    It 'has 5.1-compatible script blocks in every view' {
        [xml]$format = Get-Content -Raw -LiteralPath (Join-Path $script:RepoRoot 'module/WuTrust.Format.ps1xml')
        foreach ($block in $format.SelectNodes('//ScriptBlock')) {
            Find-WuPs7OnlyConstruct -Text $block.InnerText -Name 'WuTrust.Format.ps1xml' | Should -BeNullOrEmpty
        }
    }
}

Describe 'Module manifest' {
    It 'is valid and exports exactly the commands in module/Public' {
        $manifest = Test-ModuleManifest -Path (Join-Path $script:RepoRoot 'module/WuTrust.psd1') -ErrorAction Stop
        $public = @(Get-ChildItem -Path (Join-Path $script:RepoRoot 'module/Public') -Filter '*.ps1' | ForEach-Object BaseName | Sort-Object)
        @($manifest.ExportedFunctions.Keys | Sort-Object) | Should -Be $public
    }
    It 'supports both editions from 5.1 on' {
        $data = Import-PowerShellDataFile -Path (Join-Path $script:RepoRoot 'module/WuTrust.psd1')
        $data.PowerShellVersion | Should -Be '5.1'
        $data.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
    }
    It 'ships the engine bundle and Jint for both editions in the built module' {
        $shipped = @(
            'engine/WuTrust.Engine.js'
            'lib/netstandard2.1/Jint.dll'
            'lib/net10.0-win-x64/Jint.dll'
            'lib/net10.0-win-x64/Acornima.dll'
            'lib/netstandard2.1/Acornima.dll'
            'lib/net462/Jint.dll'
            'lib/net462/Acornima.dll'
            'lib/net462/System.Memory.dll'
            'lib/net462/System.Runtime.CompilerServices.Unsafe.dll'
        )
        foreach ($file in $shipped) {
            Test-Path -LiteralPath (Join-Path $script:BuiltModuleRoot $file) | Should -BeTrue -Because "$file belongs in the module"
        }
    }
    It 'gives PowerShell 7 Jint built for netstandard2.1, whose options do not enumerate the system time zones' {
        # Jint's net8.0/net10.0 builds list every system time zone when the first Jint.Options is
        # created (about 400 ms on Linux, bench/README.md); its netstandard2.1 build does not.
        $all = Get-ChildItem -Path (Join-Path $script:BuiltModuleRoot 'lib') -Recurse -Filter 'Jint.dll'
        $dlls = @($all | Where-Object { $_.Directory.Name -ne 'net462' })
        $dlls.Count | Should -BeGreaterOrEqual 3
        foreach ($dll in $dlls) {
            # Read the TargetFramework attribute from metadata without loading the assembly.
            $stream = [System.IO.File]::OpenRead($dll.FullName)
            try {
                $pe = New-Object System.Reflection.PortableExecutable.PEReader -ArgumentList $stream
                $md = [System.Reflection.Metadata.PEReaderExtensions]::GetMetadataReader($pe)
                $framework = $null
                foreach ($handle in $md.GetAssemblyDefinition().GetCustomAttributes()) {
                    $attribute = $md.GetCustomAttribute($handle)
                    $ctor = $md.GetMemberReference([System.Reflection.Metadata.MemberReferenceHandle]$attribute.Constructor)
                    $type = $md.GetTypeReference([System.Reflection.Metadata.TypeReferenceHandle]$ctor.Parent)
                    if ($md.GetString($type.Name) -eq 'TargetFrameworkAttribute') {
                        $blob = $md.GetBlobBytes($attribute.Value)
                        $framework = [System.Text.Encoding]::UTF8.GetString($blob, 3, $blob[2])
                    }
                }
                $framework | Should -Be '.NETStandard,Version=v2.1' -Because "$($dll.FullName) must be Jint's netstandard2.1 build"
            } finally {
                $stream.Dispose()
            }
        }
    }
    It 'has an about_WuTrust help topic' {
        Test-Path -LiteralPath (Join-Path $script:RepoRoot 'module/en-US/about_WuTrust.help.txt') | Should -BeTrue
        Get-Help about_WuTrust -ErrorAction SilentlyContinue | Should -Not -BeNullOrEmpty
    }
}

Describe 'The module layout' {
    It 'has one function per file under Private, named as the file, in Engine, Collect, Act or Output' {
        $private = Join-Path $script:RepoRoot 'module/Private'
        $files = @(Get-ChildItem -Path $private -Recurse -Filter '*.ps1')
        $files.Count | Should -BeGreaterThan 50
        foreach ($file in $files) {
            $file.Directory.Name | Should -BeIn @('Engine', 'Collect', 'Act', 'Output') -Because "$($file.FullName) is in a layer folder"
            $ast = [System.Management.Automation.Language.Parser]::ParseFile($file.FullName, [ref]$null, [ref]$null)
            $functions = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $false))
            @($functions | ForEach-Object Name) | Should -Be @($file.BaseName) -Because "$($file.Name) holds exactly its own function"
            @($ast.EndBlock.Statements).Count | Should -Be 1 -Because "$($file.Name) holds nothing besides its function"
        }
    }
    It 'builds snapshots from the family list: New-WuTrustSnapshot names no family' {
        $text = Get-Content -Raw -LiteralPath (Join-Path $script:RepoRoot 'module/Private/Collect/New-WuTrustSnapshot.ps1')
        $loader = Get-Content -Raw -LiteralPath (Join-Path $script:RepoRoot 'module/WuTrust.psm1')
        $builders = @([regex]::Matches($loader, "SectionBuilder = '([\w-]+)'") | ForEach-Object { $_.Groups[1].Value })
        $builders.Count | Should -BeGreaterOrEqual 3
        foreach ($builder in $builders) {
            $text | Should -Not -Match ([regex]::Escape($builder))
            Test-Path -LiteralPath (Join-Path $script:RepoRoot "module/Private/Collect/$builder.ps1") | Should -BeTrue
        }
    }
}

Describe 'Every module function' {
    It 'declares CmdletBinding' {
        $files = Get-ChildItem -Path (Join-Path $script:RepoRoot 'module') -Recurse -Filter '*.ps1'
        foreach ($file in $files) {
            $ast = [System.Management.Automation.Language.Parser]::ParseFile($file.FullName, [ref]$null, [ref]$null)
            foreach ($function in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true)) {
                $attributes = @($function.Body.ParamBlock.Attributes | ForEach-Object { $_.TypeName.Name })
                $attributes | Should -Contain 'CmdletBinding' -Because "$($function.Name) in $($file.Name) needs [CmdletBinding()]"
            }
        }
    }
}

Describe 'The Windows runner workflow (#10)' {
    BeforeAll {
        $script:Workflow = Get-Content -LiteralPath (Join-Path $script:RepoRoot '.github/workflows/windows.yml')
    }
    It 'runs on Windows runners in both editions: a pwsh step and a Windows PowerShell (powershell) step' {
        @($script:Workflow | Where-Object { $_ -match '^\s+runs-on:\s+windows-' }).Count | Should -BeGreaterOrEqual 2
        @($script:Workflow | Where-Object { $_ -match '^\s+shell:\s+pwsh\s*$' }).Count | Should -BeGreaterOrEqual 1
        @($script:Workflow | Where-Object { $_ -match '^\s+shell:\s+powershell\s*$' }).Count | Should -BeGreaterOrEqual 1
    }
    It 'runs the whole Pester suite with both tags, Windows and WindowsApi (no tag filter excludes them)' {
        $text = $script:Workflow -join "`n"
        $text | Should -Match 'build\.ps1 -Task Test'
        $text | Should -Match '\$config\.Filter\.Tag = @\(\)'
        $text | Should -Not -Match 'ExcludeTag'
        $text | Should -Match 'tags Windows and WindowsApi'
        # build.ps1 on Windows excludes neither tag.
        $build = Get-Content -Raw -LiteralPath (Join-Path $script:RepoRoot 'build.ps1')
        $build | Should -Match "if \(-not \`$onWindows\) \{ \`$exclude = @\('Windows', 'WindowsApi'\) \}"
    }
    It 'uploads the test results' {
        @($script:Workflow | Where-Object { $_ -match 'actions/upload-artifact' }).Count | Should -Be 2
    }
}
