using System.Diagnostics;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Cli;

/// <summary>
/// The native build (publish profile <c>native-linux-x64</c>): it trims what reflection does not
/// show, so it is published here and must print exactly what the JIT build prints, exit code
/// included, for the commands translators and CI run.
/// </summary>
public sealed class NativeBuildTests
{
    [NativeToolchainFact]
    public async Task The_native_build_prints_what_the_jit_build_prints()
    {
        using var folder = new TempFolder();
        var (published, log) = Run("dotnet", Repository.Root,
            ["publish", "src/ReviewI18n.Cli", "-p:PublishProfile=native-linux-x64", $"-p:PublishDir={folder.Path}/", "--nologo"]);
        Assert.True(published == 0, log);
        var native = Path.Combine(folder.Path, "review-i18n");

        string[][] commands =
        [
            ["check", "--format", "json", "--no-cache"],
            ["check", "--format", "sarif", "--no-cache", "--no-history"],
            ["pending", "--format", "json"],
            ["report", "--format", "json"],
            ["export"],
            ["sync", "--check"],
            ["check", "--config", "no-such-pipeline.json"],
        ];
        foreach (var args in commands)
        {
            var expected = await CliRunner.RunAsync(Repository.Root, args);
            var (exit, output) = Run(native, Repository.Root, args, stdoutOnly: true);
            Assert.True(expected.ExitCode == exit, $"{string.Join(' ', args)}: exit {exit}, expected {expected.ExitCode}\n{output}");
            Assert.Equal(expected.Out, output);
        }
    }

    private static (int Exit, string Output) Run(string file, string folder, string[] args, bool stdoutOnly = false)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdoutOnly ? output : output + error.Result);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("review-i18n-native-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

/// <summary>
/// A test that needs a C toolchain to link a native executable (gcc or clang): skipped, with the
/// reason, where there is none.
/// </summary>
public sealed class NativeToolchainFactAttribute : FactAttribute
{
    public NativeToolchainFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.Equals(System.Runtime.InteropServices.Architecture.X64))
        {
            Skip = "the native build is made for linux-x64 only";
        }
        else if (!new[] { "/usr/bin/gcc", "/usr/bin/clang", "/usr/bin/cc" }.Any(File.Exists))
        {
            Skip = "no C toolchain to link the native build (install gcc or clang)";
        }
    }
}
