using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Cli;
using ReviewI18n.Diagnostics;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Pipeline;

/// <summary>
/// A large site is checked in batches of whole pairing groups; the findings must be exactly those
/// of the whole site read at once. The bundled sample site has a planted defect of every kind
/// (a missing translation, an orphan, a ref that disagrees with its file name, a duplicate ref...),
/// which is what a batch boundary could get wrong.
/// </summary>
public sealed class BatchedCheckTests
{
    [Theory]
    [InlineData(1)] // every pairing group its own batch
    [InlineData(20_000)] // a few groups per batch
    public void Batches_find_exactly_what_the_whole_site_finds(long batchBytes)
    {
        var whole = Findings(CheckBatching.Default);
        var batched = Findings(new CheckBatching(WholeSiteBytes: 0, batchBytes));

        Assert.Equal(whole.Documents, batched.Documents);
        Assert.Equal(whole.Pairs, batched.Pairs);
        Assert.Equal(whole.Diagnostics.Select(Shown), batched.Diagnostics.Select(Shown));
        Assert.Contains(whole.Diagnostics, d => d.Rule == Rules.MissingTranslation);
        Assert.Contains(whole.Diagnostics, d => d.Rule == Rules.OrphanTranslation);
        Assert.Contains(whole.Diagnostics, d => d.Rule == Rules.RefMismatch);
    }

    [Fact]
    public void Findings_of_a_small_site_are_those_of_a_whole_check()
    {
        using var host = Host(CheckBatching.Default);
        var pipeline = host.Services.GetRequiredService<ReviewPipeline>();

        var findings = pipeline.FindingsInBatches();
        var check = pipeline.CheckWholeSite();

        Assert.Equal(check.Site.Documents.Count, findings.Documents);
        Assert.Equal(check.Diagnostics.Select(Shown), findings.Diagnostics.Select(Shown));
    }

    private static string Shown(Diagnostic d) =>
        $"{d.Rule.Name} {d.Severity} {d.File}:{d.Line}:{d.Column} [{d.Locale}/{d.Ref}/{d.Section}] {d.Message}";

    private static CheckFindings Findings(CheckBatching batching)
    {
        using var host = Host(batching);
        return host.Services.GetRequiredService<ReviewPipeline>().FindingsInBatches();
    }

    private static Microsoft.Extensions.Hosting.IHost Host(CheckBatching batching)
    {
        var console = new CliConsole(new StringWriter(), new StringWriter(), Repository.Root, false, new Dictionary<string, string?>());
        return HostFactory.Build(console, new GlobalSettings(null, true, false, true), services => services.AddSingleton(batching));
    }
}
