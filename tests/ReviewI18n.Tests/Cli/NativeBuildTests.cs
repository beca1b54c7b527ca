using System.Diagnostics;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Cli;

/// <summary>
/// The native build (the linux-x64 tool package, publish profile <c>native-linux-x64</c>): it
/// trims what reflection does not show and binds pipeline.json with generated code, so it is
/// published here and must print exactly what the JIT build prints, exit code included, for the
/// commands translators, maintainers and the GitHub Action run, on the bundled sample site with a
/// git history and an edit not yet committed; and its watch must see an edit.
/// </summary>
[Collection(nameof(NativeBuildTests))] // alone: publishing takes both cores for a minute, which would shake timing-sensitive tests
public sealed class NativeBuildTests(NativeBuildTests.NativeBuild build) : IClassFixture<NativeBuildTests.NativeBuild>
{
    [NativeToolchainFact]
    public async Task The_native_build_prints_what_the_jit_build_prints()
    {
        var native = build.Executable;
        using var site = SampleSite();
        Assert.Equal(0, (await site.RunAsync("export", "--out", "pending.xlf")).ExitCode);
        string[][] commands =
        [
            ["check", "--format", "json", "--no-cache"],
            ["check", "--format", "sarif", "--no-cache", "--no-history"],
            ["check", "--format", "github", "--changed-since", "HEAD", "--no-cache"],
            ["pending", "--format", "json"],
            ["report", "--format", "json", "--history", "3"],
            ["export", "--format", "xliff12"],
            ["import", "pending.xlf", "--dry-run"],
            ["sync", "--check"],
            ["fix-encoding"],
            ["scaffold", "--dry-run"],
        ];
        foreach (var args in commands) await AssertSame(site, native, args);

        // pipeline.json's keys are checked by reflection over the options, and bound by generated code.
        using var unknownKey = new TempSite(TempSite.DefaultConfig.Replace("\"sourceLocale\"", "\"sourceLocal\": \"en\", \"sourceLocale\"", StringComparison.Ordinal));
        await AssertSame(unknownKey, native, ["check"]);
        using var wrongType = new TempSite(TempSite.DefaultConfig.Replace("\"locales\": [\"en\", \"ja\"]", "\"locales\": \"en\"", StringComparison.Ordinal));
        await AssertSame(wrongType, native, ["check"]);
    }

    [NativeToolchainFact]
    public void The_native_watch_sees_an_edit()
    {
        using var site = new TempSite()
            .Write("content/en/products/a/one.md", "---\nref: one\nlang: en\n---\nText.\n")
            .Write("content/ja/products/a/one.md", "---\nref: one\nlang: ja\n---\n本文。\n");

        using var watch = new Process { StartInfo = Start(build.Executable, site.Root, ["watch", "--debounce", "50", "--no-history", "--no-color"]) };
        var output = new System.Text.StringBuilder();
        watch.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        watch.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        watch.Start();
        watch.BeginOutputReadLine();
        watch.BeginErrorReadLine();
        try
        {
            var started = WaitFor(output, "Watching");
            Assert.True(started.Contains("Watching 2 documents, 1 pairs: 0 findings.", StringComparison.Ordinal), started);
            site.Write("content/ja/products/a/one.md", "---\nref: one\nlang: en\n---\n本文。\n");
            var changed = WaitFor(output, "locale-mismatch");
            Assert.True(changed.Contains("ja/one: locale-mismatch 0 -> 1", StringComparison.Ordinal), changed);
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            watch.WaitForExit(10_000);
        }
    }

    /// <summary>What the process has printed once <paramref name="text"/> is among it, or after 30 s.</summary>
    private static string WaitFor(System.Text.StringBuilder output, string text)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            string now;
            lock (output) now = output.ToString();
            if (now.Contains(text, StringComparison.Ordinal) || DateTime.UtcNow > until) return now;
            Thread.Sleep(20);
        }
    }

    /// <summary>The repository's own sample site, committed to a fresh git history, with one source edited since.</summary>
    private static TempSite SampleSite()
    {
        var site = new TempSite(config: null);
        foreach (var item in new[] { "pipeline.json", "content", "glossary" })
        {
            var from = Path.Combine(Repository.Root, item);
            if (File.Exists(from)) File.Copy(from, site.PathOf(item));
            else CopyTree(from, site.PathOf(item));
        }
        site.Git("init", "-q");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "sample");
        var source = Directory.EnumerateFiles(site.PathOf("content/en"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(source, "\n## Advice\n\nA new paragraph the translation does not have yet.\n");
        return site;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task AssertSame(TempSite site, string native, string[] args)
    {
        ClearCaches(site);
        var expected = await site.RunAsync(args);
        ClearCaches(site);
        var (exit, output, error) = Run(native, site.Root, args, TimeSpan.FromMinutes(2));
        Assert.True(expected.ExitCode == exit, $"{string.Join(' ', args)}: exit {exit}, expected {expected.ExitCode}\n{output}{error}\n{expected}");
        Assert.Equal(expected.Out, output);
        Assert.Equal(expected.Error, error);
    }

    /// <summary>Each build starts from nothing cached: neither may read what the other worked out.</summary>
    private static void ClearCaches(TempSite site)
    {
        var cache = site.PathOf(".review-i18n/cache");
        if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
    }

    /// <summary>A process of the tool, without the GitHub Actions variables of the run the tests may be in (the in-process runs see none).</summary>
    private static ProcessStartInfo Start(string file, string folder, string[] args)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k is "CI" or "NO_COLOR").ToList()) start.Environment.Remove(name);
        return start;
    }

    private static (int Exit, string Output, string Error) Run(string file, string folder, string[] args, TimeSpan timeout)
    {
        using var process = Process.Start(Start(file, folder, args))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout) || !Task.WaitAll([output, error], TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
            return (-1, "", $"{file} {string.Join(' ', args)} did not end within {timeout}");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The native build, published once for the tests of this class (about a minute on 2 cores), into a folder deleted after them.</summary>
    public sealed class NativeBuild : IDisposable
    {
        private readonly Lazy<string> _executable;
        private string? _folder;

        public NativeBuild() => _executable = new Lazy<string>(Publish);

        /// <summary>The published executable; publishing failed makes every test that asks fail with dotnet's output.</summary>
        public string Executable => _executable.Value;

        private string Publish()
        {
            _folder = Directory.CreateTempSubdirectory("review-i18n-native-").FullName;
            var (exit, output, error) = Run("dotnet", Repository.Root,
                // No build servers: none is left running, and none holds the output open past the publish.
                ["publish", "src/ReviewI18n.Cli", "-p:PublishProfile=native-linux-x64", $"-p:PublishDir={_folder}/", "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false"],
                TimeSpan.FromMinutes(10));
            Assert.True(exit == 0, output + error);
            return System.IO.Path.Combine(_folder, "review-i18n");
        }

        public void Dispose()
        {
            if (_folder is not null) Directory.Delete(_folder, recursive: true);
        }
    }
}

[CollectionDefinition(nameof(NativeBuildTests), DisableParallelization = true)]
public sealed class NativeBuildCollection;

/// <summary>
/// A test that links a native executable: skipped, with the reason, where the toolchain Native
/// AOT needs (a C compiler and objcopy) is absent.
/// </summary>
public sealed class NativeToolchainFactAttribute : FactAttribute
{
    public NativeToolchainFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            Skip = "the native build is made for linux-x64 only";
        }
        else if (!new[] { "/usr/bin/clang", "/usr/bin/gcc", "/usr/bin/cc" }.Any(File.Exists) || !File.Exists("/usr/bin/objcopy"))
        {
            Skip = "no C toolchain to link the native build (install gcc or clang, and binutils)";
        }
    }
}
