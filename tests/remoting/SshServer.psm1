# An OpenSSH server for the remoting tests (#13): Debian's sshd on 127.0.0.1, a free port, its own
# config, host key and a throwaway client key in a new folder; the PowerShell subsystem runs this
# PowerShell with the built module on its module path. Started by the test, stopped by PID.

# Get-FreePort and Wait-Listening (its own socket on the port, or exited), shared with the network tests.
Import-Module (Join-Path $PSScriptRoot '../network/TestNetwork.psm1')

function Start-WuSshServer {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$ModulePath)
    $dir = Join-Path ([System.IO.Path]::GetTempPath()) ('wutrust-ssh-' + [guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $dir
    foreach ($key in 'host_key', 'id') { & ssh-keygen -q -t ed25519 -N '' -C 'wutrust-test' -f (Join-Path $dir $key) | Out-Null }
    Copy-Item -LiteralPath (Join-Path $dir 'id.pub') -Destination (Join-Path $dir 'authorized_keys')
    # sshd's privilege separation folder (Debian's service creates it at boot; a test may run first).
    if (-not (Test-Path -LiteralPath '/run/sshd')) { $null = New-Item -ItemType Directory -Path '/run/sshd' }
    $exe = (Get-Process -Id $PID).Path
    $pwsh = if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { "$exe $(Join-Path $PSHOME 'pwsh.dll')" } else { $exe }
    # A port free a moment before sshd starts can be taken in between: sshd then exits, and it starts
    # again on another port; it counts as started only when the listening socket is its own.
    for ($attempt = 1; ; $attempt++) {
        $port = Get-FreePort
        $config = @(
            "Port $port"
            'ListenAddress 127.0.0.1'
            "HostKey $(Join-Path $dir 'host_key')"
            "PidFile $(Join-Path $dir 'sshd.pid')"
            "AuthorizedKeysFile $(Join-Path $dir 'authorized_keys')"
            'PasswordAuthentication no'
            'KbdInteractiveAuthentication no'
            'PubkeyAuthentication yes'
            'PermitRootLogin prohibit-password'
            'StrictModes no'
            'UsePAM no'
            "Subsystem powershell /usr/bin/env PSModulePath=$ModulePath $pwsh -sshs -NoLogo -NoProfile"
        )
        $configPath = Join-Path $dir 'sshd_config'
        Set-Content -LiteralPath $configPath -Value $config
        $start = [System.Diagnostics.ProcessStartInfo]::new('/usr/sbin/sshd')
        foreach ($a in '-D', '-e', '-f', $configPath) { $start.ArgumentList.Add($a) }
        $start.RedirectStandardError = $true
        $start.UseShellExecute = $false
        $process = [System.Diagnostics.Process]::Start($start)
        try {
            if (Wait-Listening -Port $port -Process $process -Seconds 10 -What 'sshd') { break }
        } catch {
            $process.Kill()
            throw
        }
        if ($attempt -ge 3) { throw "sshd did not start on 127.0.0.1:$port`: $($process.StandardError.ReadToEnd())" }
    }
    [pscustomobject]@{ Process = $process; Pid = $process.Id; Port = $port; KeyFile = (Join-Path $dir 'id'); Folder = $dir }
}

function New-WuSshSession {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)]$Server)
    $options = @{ StrictHostKeyChecking = 'no'; UserKnownHostsFile = '/dev/null'; LogLevel = 'ERROR' }
    New-PSSession -HostName 127.0.0.1 -Port $Server.Port -UserName ([System.Environment]::UserName) -KeyFilePath $Server.KeyFile -Options $options
}

function Stop-WuSshServer {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)]$Server)
    # By PID, never by name: only the server this test started.
    $p = $Server.Process
    if (-not $p.HasExited) { $p.Kill($true); $null = $p.WaitForExit(5000) }
    Remove-Item -LiteralPath $Server.Folder -Recurse -Force -ErrorAction SilentlyContinue
}

Export-ModuleMember -Function Start-WuSshServer, New-WuSshSession, Stop-WuSshServer
