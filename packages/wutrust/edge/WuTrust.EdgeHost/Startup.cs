// The in-process bridge of the wutrust Node package (issue #14). edge-js loads this assembly into
// Node and calls Startup.Invoke with one JSON request; the answer is one JSON response, the engine
// boundary's shape: {"ok":true,"result":...} or {"ok":false,"error":{"id":...,"message":...}}.
// Nothing is thrown across the boundary.
//
// It collects nothing itself: it hosts PowerShell (the SDK) and runs the WuTrust module's own
// Export-WuTrustSnapshot, exactly what the spawn bridge runs in a child PowerShell. Request text is
// data: the module path and the output path go to PowerShell as parameter values, never as script.
// One runspace lives as long as the Node process, so the second and later collections of a
// `wutrust watch` skip PowerShell's start and the module's import.
using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Management.Automation.Runspaces;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace WuTrust.EdgeHost
{
    public sealed class Startup
    {
        private static readonly object Gate = new object();
        private static Runspace runspace;
        private static string importedModule;

        public Task<object> Invoke(object input)
        {
            string response;
            try
            {
                response = Handle(input as string);
            }
            catch (Exception exception)
            {
                response = Fail("WuTrust.EdgeHost." + exception.GetType().Name, exception.Message);
            }
            return Task.FromResult<object>(response);
        }

        private static string Handle(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return Fail("WuTrust.EdgeHost.InvalidRequest", "The request is empty; expected a JSON object with an 'op'.");
            }
            JsonObject request;
            try
            {
                request = JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException exception)
            {
                return Fail("WuTrust.EdgeHost.InvalidRequest", "The request is not JSON: " + exception.Message);
            }
            if (request == null)
            {
                return Fail("WuTrust.EdgeHost.InvalidRequest", "The request is not a JSON object.");
            }
            string op = Text(request, "op");
            lock (Gate)
            {
                switch (op)
                {
                    case "describe":
                        return Describe();
                    case "collect":
                        return Collect(Text(request, "module"), Text(request, "path"), Flag(request, "skipNetwork"));
                    default:
                        return Fail("WuTrust.EdgeHost.InvalidRequest", "Unknown op '" + op + "'; expected 'describe' or 'collect'.");
                }
            }
        }

        // What runs here: the PowerShell version and where its own modules come from ($PSHOME), so
        // `wutrust --version` can say which bridge is active and on what.
        private static string Describe()
        {
            string psHome = Path.GetDirectoryName(typeof(PowerShell).Assembly.Location);
            var result = new JsonObject
            {
                ["powershell"] = ProductVersion(),
                ["psHome"] = psHome,
                ["modulesFolder"] = Directory.Exists(Path.Combine(psHome, "Modules")),
                ["dotnet"] = Environment.Version.ToString(),
            };
            return Ok(result);
        }

        // The assembly's informational version ("7.6.9 SHA: ..."), as $PSVersionTable would show it,
        // without opening a runspace.
        private static string ProductVersion()
        {
            var attribute = typeof(PowerShell).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>();
            string text = attribute != null ? attribute.InformationalVersion : typeof(PowerShell).Assembly.GetName().Version.ToString();
            int cut = text.IndexOfAny(new[] { ' ', '+' });
            return cut > 0 ? text.Substring(0, cut) : text;
        }

        private static string Collect(string module, string path, bool skipNetwork)
        {
            if (string.IsNullOrEmpty(module) || string.IsNullOrEmpty(path))
            {
                return Fail("WuTrust.EdgeHost.InvalidRequest", "A collect request needs 'module' and 'path'.");
            }
            Runspace current = Open();
            if (!string.Equals(importedModule, module, StringComparison.Ordinal))
            {
                using (PowerShell import = PowerShell.Create())
                {
                    import.Runspace = current;
                    import.AddCommand("Import-Module").AddParameter("Name", module).AddParameter("Force")
                        .AddParameter("ErrorAction", ActionPreference.Stop);
                    string failure = Run(import);
                    if (failure != null)
                    {
                        return failure;
                    }
                }
                importedModule = module;
            }
            using (PowerShell export = PowerShell.Create())
            {
                export.Runspace = current;
                export.AddCommand("Export-WuTrustSnapshot").AddParameter("Path", path).AddParameter("Force")
                    .AddParameter("ErrorAction", ActionPreference.Stop);
                if (skipNetwork)
                {
                    export.AddParameter("SkipNetwork");
                }
                string failure = Run(export);
                if (failure != null)
                {
                    return failure;
                }
            }
            return Ok(new JsonObject { ["path"] = path });
        }

        private static Runspace Open()
        {
            if (runspace == null)
            {
                // The machine's execution policy applies, as it does to the spawned PowerShell: the
                // bridge does not bypass it.
                InitialSessionState state = InitialSessionState.CreateDefault2();
                Runspace opened = RunspaceFactory.CreateRunspace(state);
                opened.Open();
                runspace = opened;
            }
            return runspace;
        }

        // Runs a pipeline; null when it succeeded, else the failure as a response.
        private static string Run(PowerShell pipeline)
        {
            try
            {
                pipeline.Invoke();
                if (pipeline.HadErrors && pipeline.Streams.Error.Count > 0)
                {
                    ErrorRecord record = pipeline.Streams.Error[0];
                    return Fail(record.FullyQualifiedErrorId, record.Exception.Message);
                }
                return null;
            }
            catch (RuntimeException exception)
            {
                string id = exception.ErrorRecord != null ? exception.ErrorRecord.FullyQualifiedErrorId : exception.GetType().Name;
                return Fail(id, exception.Message);
            }
        }

        private static string Text(JsonObject request, string name)
        {
            JsonNode node = request[name];
            return node is JsonValue value && value.TryGetValue(out string text) ? text : null;
        }

        private static bool Flag(JsonObject request, string name)
        {
            JsonNode node = request[name];
            return node is JsonValue value && value.TryGetValue(out bool flag) && flag;
        }

        private static string Ok(JsonNode result)
        {
            return new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString();
        }

        private static string Fail(string id, string message)
        {
            var error = new JsonObject { ["id"] = id, ["message"] = message };
            return new JsonObject { ["ok"] = false, ["error"] = error }.ToJsonString();
        }
    }
}
