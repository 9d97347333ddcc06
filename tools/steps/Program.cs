// Counts the statements Jint executes per line of the engine bundle for one fleetReport batch
// (every snapshot in a folder, once), then prints them by source file and by function.
// Usage: dotnet run -c Release -- <bundle.js> <snapshot folder> [top]
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jint;
using Jint.Runtime.Debugger;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: WuTrust.Steps <WuTrust.Engine.js> <folder of snapshots> [top]");
    return 2;
}
var bundle = args[0];
var files = Directory.GetFiles(args[1], "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
var top = args.Length > 2 ? int.Parse(args[2]) : 25;
if (files.Length == 0)
{
    Console.Error.WriteLine($"no *.json in {args[1]}");
    return 2;
}
var code = File.ReadAllText(bundle);

// The module's options (module/Private/Engine/Initialize-WuTrustJint.ps1) with the debugger on;
// the constraints are left out: they do not change which statements run.
var options = new Options();
options.Strict(true).Culture(System.Globalization.CultureInfo.InvariantCulture).LocalTimeZone(TimeZoneInfo.Utc)
    .LimitRecursion(512).MaxJsonParseDepth(128).DebugMode(true).InitialStepMode(StepMode.Into);
var engine = new Engine(options);
engine.Execute(Engine.PrepareScript(code, "WuTrust.Engine.js", true, null));
var entry = engine.GetValue("WuTrustInvoke");
var counts = new Dictionary<int, long>();
var counting = false;
engine.Debugger.Step += (_, info) =>
{
    if (counting)
    {
        var line = info.Location.Start.Line;
        counts[line] = counts.GetValueOrDefault(line) + 1;
    }
    return StepMode.Into;
};

var request = new StringBuilder("{\"items\":[");
for (var i = 0; i < files.Length; i++)
{
    if (i > 0) request.Append(',');
    request.Append("{\"source\":").Append(JsonSerializer.Serialize(Path.GetFileName(files[i])))
        .Append(",\"text\":").Append(JsonSerializer.Serialize(File.ReadAllText(files[i]))).Append('}');
}
request.Append("],\"summary\":null}");
var text = request.ToString();
engine.Invoke(entry, "fleetReport", text); // once to settle what runs only the first time
counting = true;
var answer = engine.Invoke(entry, "fleetReport", text).ToString();
counting = false;
if (!answer.StartsWith("{\"ok\":true", StringComparison.Ordinal))
{
    Console.Error.WriteLine("the engine refused the batch: " + answer[..Math.Min(400, answer.Length)]);
    return 1;
}

// Each line's source file (esbuild's "// src/..." comments) and enclosing function (the nearest
// function or method opened above it at a smaller indentation).
var lines = code.Split('\n');
var fileOf = new string[lines.Length + 1];
var functionOf = new string[lines.Length + 1];
var source = "(bundle)";
var open = new Stack<(int Indent, string Name)>();
var header = new Regex(@"^\s*// ((?:src|node_modules)/\S+)");
var function = new Regex(
    @"^(\s*)(?:(?:async\s+)?function\*?\s+([\w$]+)|(?:var|let|const)\s+([\w$]+)\s*=\s*(?:async\s*)?(?:function|\([^)]*\)\s*=>|[\w$]+\s*=>)|""?([~\w$]+)""?\s*\([^)]*\)\s*\{)");
for (var i = 0; i < lines.Length; i++)
{
    var l = lines[i];
    var h = header.Match(l);
    if (h.Success) source = h.Groups[1].Value;
    var indent = l.Length - l.TrimStart().Length;
    if (l.Trim().Length > 0)
    {
        while (open.Count > 0 && indent <= open.Peek().Indent && !l.TrimStart().StartsWith('}')) open.Pop();
        var m = function.Match(l);
        if (m.Success)
        {
            var name = new[] { m.Groups[2], m.Groups[3], m.Groups[4] }.First(g => g.Success).Value;
            // A schema's "~run" method is named by the function that builds it (object, pipe, ...).
            if (name.StartsWith('~') && open.Count > 0) name = open.Peek().Name.Split(' ')[0] + "." + name;
            if (name is not ("if" or "for" or "while" or "switch" or "catch")) open.Push((indent, $"{name} ({source}:{i + 1})"));
        }
    }
    fileOf[i + 1] = source;
    functionOf[i + 1] = open.Count > 0 ? open.Peek().Name : "(top level)";
}

var total = counts.Values.Sum();
Console.WriteLine($"{files.Length} snapshots, one fleetReport batch: {total:N0} statements");
void Print(string title, Func<int, string> key)
{
    Console.WriteLine();
    Console.WriteLine(title);
    foreach (var g in counts.GroupBy(kv => key(kv.Key)).Select(g => (g.Key, Sum: g.Sum(kv => kv.Value)))
        .OrderByDescending(g => g.Sum).Take(top))
    {
        Console.WriteLine($"{100.0 * g.Sum / total,6:F2}% {g.Sum,10:N0}  {g.Key}");
    }
}
Print("by source file", l => fileOf[l]);
Print("by function", l => functionOf[l]);
return 0;
