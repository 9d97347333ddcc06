// Where the engine's script work goes under Jint, two ways (build.ps1 -Task Steps):
//   WuTrust.Steps <bundle.js> <snapshot folder> [top]
//     counts the statements Jint executes per line of the bundle for one fleetReport batch (every
//     snapshot in the folder, once) and prints them by source file and by function;
//   WuTrust.Steps <bundle.js> <snapshot folder> --against <other bundle.js> [rounds]
//     times one fleetReport batch (the folder's snapshots, four times over) in each bundle, one engine
//     per bundle with the module's Jint options (constraints included), the bundles in turn for the
//     given rounds (default 30); prints ms per snapshot (minimum, median), the median of the
//     round-by-round ratios, and whether both bundles answered the same, byte for byte.
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jint;
using Jint.Runtime.Debugger;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: WuTrust.Steps <WuTrust.Engine.js> <folder of snapshots> [top | --against <bundle> [rounds]]");
    return 2;
}
var bundle = args[0];
var files = Directory.GetFiles(args[1], "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
if (files.Length == 0)
{
    Console.Error.WriteLine($"no *.json in {args[1]}");
    return 2;
}
if (args.Length > 3 && args[2] == "--against")
{
    return TimeBundles(bundle, args[3], files, args.Length > 4 ? int.Parse(args[4]) : 30);
}
var top = args.Length > 2 ? int.Parse(args[2]) : 25;
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

var text = BatchRequest(files, 1);
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

// A fleetReport request holding every file `copies` times (each copy under its own source name).
static string BatchRequest(string[] files, int copies)
{
    var request = new StringBuilder("{\"items\":[");
    var first = true;
    for (var copy = 0; copy < copies; copy++)
    {
        foreach (var file in files)
        {
            if (!first) request.Append(',');
            first = false;
            request.Append("{\"source\":").Append(JsonSerializer.Serialize($"{Path.GetFileName(file)}#{copy}"))
                .Append(",\"text\":").Append(JsonSerializer.Serialize(File.ReadAllText(file))).Append('}');
        }
    }
    return request.Append("],\"summary\":null}").ToString();
}

// The module's Jint options (module/Private/Engine/Initialize-WuTrustJint.ps1), constraints included.
static (Engine Engine, Jint.Native.JsValue Entry) ModuleEngine(string bundlePath)
{
    var options = new Options();
    options.Strict(true).Culture(System.Globalization.CultureInfo.InvariantCulture).LocalTimeZone(TimeZoneInfo.Utc)
        .LimitRecursion(512).DisableStringCompilation(true).MaxJsonParseDepth(128);
    options.TimeoutInterval(TimeSpan.FromSeconds(30)).MaxStatements(50_000_000).LimitMemory(512L * 1024 * 1024);
    var engine = new Engine(options);
    engine.Execute(Engine.PrepareScript(File.ReadAllText(bundlePath), "WuTrust.Engine.js", true, null));
    return (engine, engine.GetValue("WuTrustInvoke"));
}

static int TimeBundles(string a, string b, string[] files, int rounds)
{
    const int copies = 4;
    var text = BatchRequest(files, copies);
    var snapshots = files.Length * copies;
    var bundles = new[] { a, b };
    var engines = bundles.Select(ModuleEngine).ToArray();
    var answers = engines.Select(e => e.Engine.Invoke(e.Entry, "fleetReport", text).ToString()).ToArray();
    var times = new[] { new List<double>(), new List<double>() };
    for (var round = 0; round < rounds; round++)
    {
        for (var k = 0; k < 2; k++)
        {
            var clock = Stopwatch.StartNew();
            engines[k].Engine.Invoke(engines[k].Entry, "fleetReport", text);
            times[k].Add(clock.Elapsed.TotalMilliseconds / snapshots);
        }
    }
    Console.WriteLine($"one fleetReport batch of {snapshots} snapshots ({files.Length} files x {copies}), {rounds} rounds, bundles in turn");
    for (var k = 0; k < 2; k++)
    {
        var sorted = times[k].OrderBy(x => x).ToList();
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(answers[k])))[..12];
        Console.WriteLine($"{bundles[k]}: min {sorted[0]:F2} ms/snapshot, median {sorted[rounds / 2]:F2}; " +
            $"answer {answers[k].Length} chars, sha256 {hash}");
    }
    var ratios = Enumerable.Range(0, rounds).Select(r => times[0][r] / times[1][r]).OrderBy(x => x).ToList();
    Console.WriteLine($"first/second, median of the round ratios: {ratios[rounds / 2]:F3}");
    Console.WriteLine(answers[0] == answers[1] ? "answers: identical" : "answers: DIFFERENT");
    return answers[0] == answers[1] ? 0 : 1;
}
