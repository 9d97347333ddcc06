// The Windows-API lane's PowerShell host: runs one script in a runspace (not a console host, which
// needs a real console under Wine) with ExecutionPolicy Bypass, and passes its streams through:
// output and information to stdout, warnings and errors to stderr. Exit code: 0 when the script
// ran without errors, 1 when it wrote errors, 2 when it ended with a terminating error, or the
// script's own exit code when it set $global:WuTrustLaneExitCode.
using System.Management.Automation;
using System.Management.Automation.Runspaces;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: wutrust-winhost <script.ps1> [arguments...]");
    return 64;
}

var state = InitialSessionState.CreateDefault2();
state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
using var runspace = RunspaceFactory.CreateRunspace(state);
runspace.Open();
using var shell = PowerShell.Create();
shell.Runspace = runspace;
shell.AddCommand(Path.GetFullPath(args[0]));
// "-Name value" binds a named parameter, "-Name" alone (last, or before another -Name) a switch,
// anything else a positional argument.
for (var i = 1; i < args.Length; i++)
{
    var argument = args[i];
    if (argument.Length > 1 && argument[0] == '-' && char.IsLetter(argument[1]))
    {
        var name = argument.Substring(1);
        if (i + 1 < args.Length && !(args[i + 1].Length > 1 && args[i + 1][0] == '-' && char.IsLetter(args[i + 1][1])))
        {
            shell.AddParameter(name, args[++i]);
        }
        else
        {
            shell.AddParameter(name, true);
        }
        continue;
    }
    shell.AddArgument(argument);
}

shell.Streams.Error.DataAdded += (_, e) => Console.Error.WriteLine("ERROR: " + shell.Streams.Error[e.Index]);
shell.Streams.Warning.DataAdded += (_, e) => Console.Error.WriteLine("WARNING: " + shell.Streams.Warning[e.Index]);
shell.Streams.Information.DataAdded += (_, e) => Console.WriteLine(shell.Streams.Information[e.Index]);
var output = new PSDataCollection<PSObject>();
output.DataAdded += (_, e) => Console.WriteLine(output[e.Index]?.ToString());

try
{
    shell.Invoke<PSObject, PSObject>(null, output, new PSInvocationSettings());
}
catch (RuntimeException ex)
{
    Console.Error.WriteLine("TERMINATING: " + ex.Message);
    Console.Error.WriteLine(ex.ErrorRecord?.InvocationInfo?.PositionMessage);
    return 2;
}

var code = runspace.SessionStateProxy.GetVariable("WuTrustLaneExitCode");
if (code is int exitCode)
{
    return exitCode;
}
return shell.HadErrors ? 1 : 0;
