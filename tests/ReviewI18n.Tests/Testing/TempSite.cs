using System.Text;

namespace ReviewI18n.Tests.Testing;

/// <summary>A throw-away site folder for one test: write files, run the CLI in it, delete it after.</summary>
public sealed class TempSite : IDisposable
{
    public const string DefaultConfig = """
        {
          "sourceLocale": "en",
          "locales": ["en", "ja"],
          "collections": [
            { "name": "products", "path": "content/{locale}/products", "permalink": "/products/{locale}/{ref}/" },
            { "name": "companies", "path": "content/{locale}/companies", "permalink": "/companies/{locale}/{ref}/" }
          ],
          "frontMatter": { "required": [] }
        }
        """;

    public TempSite(string? config = DefaultConfig)
    {
        Root = Path.Combine(Path.GetTempPath(), "review-i18n-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (config is not null) Write("pipeline.json", config);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public TempSite Write(string relative, string text) => Write(relative, new UTF8Encoding(false).GetBytes(text));

    public TempSite Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>A loader for the products and companies of en and ja, laid out as <see cref="DefaultConfig"/> says.</summary>
    public ReviewI18n.Content.ContentLoader Loader() => new(
        ReviewI18n.Configuration.PipelineConfig.From(new ReviewI18n.Configuration.PipelineOptions
        {
            Locales = ["en", "ja"],
            Collections =
            [
                new ReviewI18n.Configuration.CollectionOptions { Name = "products", Path = "content/{locale}/products" },
                new ReviewI18n.Configuration.CollectionOptions { Name = "companies", Path = "content/{locale}/companies" },
            ],
        }, PathOf("pipeline.json")),
        Microsoft.Extensions.Logging.Abstractions.NullLogger<ReviewI18n.Content.ContentLoader>.Instance);

    public Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(Root, args);

    /// <summary>Runs git in the site folder as a fixed test user; fails the test when git fails.</summary>
    public void Git(params string[] args) => GitOutput(args);

    /// <summary>As <see cref="Git"/>, giving back what git wrote to standard output.</summary>
    public string GitOutput(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-c", "user.name=Tester", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false" }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error.Result}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A minimal review with the given front matter lines and body.</summary>
    public static string Review(string frontMatter, string body = "## Overview\n\nText.\n") => $"---\n{frontMatter.TrimEnd('\n')}\n---\n{body}";
}
