function ConvertTo-WuTrustedCertificate {
    <#
    .SYNOPSIS
    A certificate the caller counts as genuine, as the engine takes it: { thumbprint, name, ski }.
    Accepts an X509Certificate2, a certificate file (.cer, .crt, .pem) or a SHA-1 thumbprint; anything
    else is a terminating error naming the input.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory = $true)][object]$InputObject,
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Cmdlet
    )
    $certificate = $null
    if ($InputObject -is [System.Security.Cryptography.X509Certificates.X509Certificate2]) {
        $certificate = $InputObject
    } elseif ($InputObject -is [string] -and $InputObject -match '^[0-9A-Fa-f]{40}$') {
        return [ordered]@{ thumbprint = $InputObject.ToUpperInvariant(); name = "certificate $($InputObject.ToUpperInvariant())" }
    } else {
        $path = [string]$InputObject
        if ($InputObject -is [System.IO.FileInfo]) { $path = $InputObject.FullName }
        try {
            $full = $Cmdlet.GetUnresolvedProviderPathFromPSPath($path)
            $certificate = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList @(, $full)
        } catch {
            $record = @{
                Message      = "-TrustedCertificate '$path' is not a certificate file, an X509Certificate2 or a SHA-1 " +
                    "thumbprint (40 hex digits): $($_.Exception.Message)"
                ErrorId      = 'WuTrust.InvalidTrustedCertificate'
                Category     = 'InvalidArgument'
                TargetObject = $InputObject
            }
            $Cmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
        }
    }
    $simpleName = $certificate.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $false)
    $entry = [ordered]@{ thumbprint = $certificate.Thumbprint.ToUpperInvariant(); name = $simpleName }
    foreach ($ext in $certificate.Extensions) {
        if ($ext -is [System.Security.Cryptography.X509Certificates.X509SubjectKeyIdentifierExtension]) { $entry.ski = $ext.SubjectKeyIdentifier }
    }
    $entry
}
