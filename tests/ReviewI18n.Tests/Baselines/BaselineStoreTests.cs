using System.Text.Json.Nodes;
using ReviewI18n.Configuration;
using ReviewI18n.Baselines;
using ReviewI18n.Sync;

namespace ReviewI18n.Tests.Baselines;

public sealed class BaselineStoreTests
{
    [Fact]
    public void Rewriting_keeps_properties_of_other_features_and_sorts_keys()
    {
        using var site = new Testing.TempSite(config: null);
        site.Write(".review-i18n/baseline.json", """
            { "schemaVersion": 1, "pairs": { "products/ja/b": { "sourceCommit": "abc", "sections": { "overview": "h1" } },
              "products/ja/a": { "shared": { "date": "2025-01-01" }, "acceptedBy": "kim" } } }
            """);
        var store = new BaselineStore(Config(site.Root));
        var baseline = store.Load();
        baseline.GetOrAdd("products/ja/b").SetShared("rating", SharedValue.FromJson(JsonNode.Parse("[2.3, 0.5]")));
        store.Save(baseline);

        Assert.Equal("""
            {
              "pairs": {
                "products/ja/a": {
                  "acceptedBy": "kim",
                  "shared": {
                    "date": "2025-01-01"
                  }
                },
                "products/ja/b": {
                  "sections": {
                    "overview": "h1"
                  },
                  "shared": {
                    "rating": [2.3, 0.5]
                  },
                  "sourceCommit": "abc"
                }
              },
              "schemaVersion": 1
            }

            """.ReplaceLineEndings("\n"), site.Read(".review-i18n/baseline.json"));
    }

    [Fact]
    public void A_missing_file_is_an_empty_baseline()
    {
        using var site = new Testing.TempSite(config: null);
        Assert.Equal(0, new BaselineStore(Config(site.Root)).Load().Count);
    }

    [Fact]
    public void Stored_values_compare_by_meaning_with_front_matter_values()
    {
        var stored = SharedValue.FromJson(JsonNode.Parse("[2.30, 0.5]"));
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader("[2.3, 0.50]"));
        Assert.True(stored.SameAs(SharedValue.From(yaml.Documents[0].RootNode)));
    }

    private static PipelineConfig Config(string root) => PipelineConfig.From(new PipelineOptions { Locales = ["en", "ja"] }, Path.Combine(root, "pipeline.json"));
}
