using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Pairing;

namespace ReviewI18n.Init;

/// <summary>What <c>init</c> proposes for a site: pipeline.json text and a heading glossary.</summary>
public sealed record InitProposal(string PipelineJson, string HeadingsYaml, int Documents, int Pairs, IReadOnlyList<DetectedCollection> Collections, IReadOnlyList<string> Locales)
{
    /// <summary>Sanctioned local values of shared fields (glossary/values.yml), when the pairs show some.</summary>
    public string? ValuesYaml { get; init; }

    /// <summary>Sites that name one source across locales (glossary/sources.yml), when the pairs prove some.</summary>
    public string? SourcesYaml { get; init; }
}

/// <summary>
/// <c>init</c>: looks at an existing site, finds its locales and collections, loads it with the
/// proposed layout, and proposes the field lists and a heading glossary from its pairs.
/// </summary>
public static class SiteInitializer
{
    public static InitProposal? Propose(string root, out string? problem)
    {
        var (locales, collections) = SiteLayout.Detect(root);
        if (collections.Count == 0 || locales.Count < 2)
        {
            problem = $"no folder under {root} holds Markdown in two or more locale folders (such as _products/en and _products/ja, or content/en and content/ja)";
            return null;
        }
        var source = locales.Contains("en") ? "en" : locales[0];
        var options = new PipelineOptions
        {
            SourceLocale = source,
            Locales = [source, .. locales.Where(l => l != source)],
            Collections = collections.Select(c => new CollectionOptions { Name = c.Name, Path = c.PathTemplate }).ToList(),
            FrontMatter = new FrontMatterOptions { Shared = [], Localized = [], Required = [] },
        };
        var config = PipelineConfig.From(options, Path.Combine(root, ConfigFile.DefaultName));
        var loaded = new ContentLoader(config, NullLogger<ContentLoader>.Instance).Load();
        var site = Pairer.Pair(config, loaded.Documents);
        var (shared, localized, required) = FieldClassifier.Classify(site);
        // lang and permalink differ per locale by construction: never shared.
        foreach (var derived in new[] { "lang", "permalink" })
        {
            if (shared.Remove(derived) && !localized.Contains(derived)) localized.Add(derived);
        }

        var json = new JsonObject
        {
            ["$schema"] = "https://review-i18n.invalid/schemas/pipeline.schema.json",
            ["sourceLocale"] = source,
            ["locales"] = new JsonArray([.. options.Locales.Select(l => (JsonNode)l)]),
            ["collections"] = new JsonArray([.. collections.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["path"] = c.PathTemplate,
                ["permalink"] = PermalinkTemplate(site, c.Name),
            })]),
            ["frontMatter"] = new JsonObject
            {
                ["shared"] = new JsonArray([.. shared.Select(s => (JsonNode)s)]),
                ["localized"] = new JsonArray([.. localized.Select(s => (JsonNode)s)]),
                ["required"] = new JsonArray([.. required.Select(s => (JsonNode)s)]),
            },
            ["glossary"] = "glossary",
            ["baseline"] = ".review-i18n/baseline.json",
        };
        if (PriceProposal.Propose(site, localized, source) is { } prices) json["prices"] = prices;
        if (json["collections"] is JsonArray array)
        {
            foreach (var c in array.OfType<JsonObject>().Where(c => c["permalink"] is null).ToList()) c.Remove("permalink");
        }
        problem = null;
        var text = json.ToJsonString(Output.JsonOutput.Serializer) + "\n";
        return new InitProposal(text, HeadingGlossaryBuilder.Build(site), site.Documents.Count, site.Pairs.Count, collections, options.Locales)
        {
            ValuesYaml = ValuesProposal.Propose(site, shared),
            SourcesYaml = SourcesProposal.Propose(site),
        };
    }

    /// <summary>The permalink template most documents of a collection follow, when one does.</summary>
    private static string? PermalinkTemplate(SiteModel site, string collection)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var doc in site.Documents.Where(d => d.Collection.Name == collection))
        {
            if (doc.FrontMatter?.GetScalar("permalink") is not { } permalink || doc.Ref is not { } reference) continue;
            total++;
            var template = permalink.Replace($"/{doc.Locale}/", "/{locale}/", StringComparison.Ordinal).Replace($"/{reference}/", "/{ref}/", StringComparison.Ordinal);
            if (template.EndsWith($"/{reference}", StringComparison.Ordinal)) template = template[..^reference.Length] + "{ref}";
            if (template.Contains("{ref}", StringComparison.Ordinal)) counts[template] = counts.GetValueOrDefault(template) + 1;
        }
        var best = counts.OrderByDescending(p => p.Value).FirstOrDefault();
        return best.Key is not null && best.Value >= 0.9 * total ? best.Key : null;
    }
}
