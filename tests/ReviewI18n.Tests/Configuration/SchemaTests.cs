using System.Reflection;
using System.Text.Json;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Configuration;

/// <summary>The shipped JSON schema must describe exactly what the options bind and the rules that exist.</summary>
public sealed class SchemaTests
{
    private static JsonDocument LoadSchema()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "schemas", "pipeline.schema.json");
            if (File.Exists(path)) return JsonDocument.Parse(File.ReadAllText(path));
        }
        throw new FileNotFoundException("schemas/pipeline.schema.json not found above the test folder");
    }

    private static IEnumerable<string> Keys(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);

    [Fact]
    public void Schema_lists_every_option_key()
    {
        using var schema = LoadSchema();
        var properties = schema.RootElement.GetProperty("properties");
        Assert.Equal(Keys(typeof(PipelineOptions)).Append("$schema").Order(), properties.EnumerateObject().Select(p => p.Name).Order());
        var collection = properties.GetProperty("collections").GetProperty("items").GetProperty("properties");
        Assert.Equal(Keys(typeof(CollectionOptions)).Order(), collection.EnumerateObject().Select(p => p.Name).Order());
        var frontMatter = properties.GetProperty("frontMatter").GetProperty("properties");
        Assert.Equal(Keys(typeof(FrontMatterOptions)).Order(), frontMatter.EnumerateObject().Select(p => p.Name).Order());
        var report = properties.GetProperty("reports").GetProperty("items").GetProperty("properties");
        Assert.Equal(Keys(typeof(ReportOptions)).Order(), report.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public void Schema_lists_every_rule()
    {
        using var schema = LoadSchema();
        var names = schema.RootElement.GetProperty("properties").GetProperty("rules").GetProperty("propertyNames").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString());
        Assert.Equal(Rules.All.Select(r => r.Name).Order(), names.Order());
    }

    [Fact]
    public void Rule_names_and_codes_are_unique()
    {
        Assert.Equal(Rules.All.Count, Rules.All.Select(r => r.Name).Distinct().Count());
        Assert.Equal(Rules.All.Count, Rules.All.Select(r => r.Code).Distinct().Count());
    }

    private static readonly SchemaCheck Pipeline = SchemaCheck.Load(Path.Combine(Repository.Root, "schemas", "pipeline.schema.json"));

    [Theory]
    [InlineData("pipeline.json")]
    [InlineData("examples/jekyll/pipeline.json")]
    public void The_shipped_configurations_follow_the_schema(string file)
    {
        var errors = Pipeline.Validate(File.ReadAllText(Path.Combine(Repository.Root, file)));

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public async Task The_configuration_init_writes_follows_the_schema()
    {
        using var site = new TempSite(config: null)
            .Write("content/en/products/a/one.md", TempSite.Review("ref: one\nlang: en\nrating: 4", "## Overview\n\nText.\n"))
            .Write("content/ja/products/a/one.md", TempSite.Review("ref: one\nlang: ja\nrating: 4", "## 概要\n\n本文。\n"));
        var init = await site.RunAsync("init");
        Assert.True(init.ExitCode == 0, init.ToString());

        var errors = Pipeline.Validate(site.Read("pipeline.json"));

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    /// <summary>The schema is not vacuous: what the binder refuses (ConfigErrorTests), it refuses too, at the value.</summary>
    [Theory]
    [InlineData("""{"sourceLocale":"en","locales":["en","ja"],"collections":[{"name":"products","path":"content/{locale}/products"}],"colections":[]}""", "/colections", "additionalProperties")]
    [InlineData("""{"sourceLocale":"en","locales":["en","ja"],"collections":[{"name":"products","path":"content/{locale}/products"}],"rules":{"no-such-rule":"error"}}""", "/rules/no-such-rule", "enum")]
    [InlineData("""{"sourceLocale":"en","locales":["en","ja"],"collections":[{"name":"products","path":"content/{locale}/products"}],"rules":{"stale-section":"loud"}}""", "/rules/stale-section", "enum")]
    [InlineData("""{"sourceLocale":"en","locales":"en","collections":[{"name":"products","path":"content/{locale}/products"}]}""", "/locales", "type")]
    public void The_schema_refuses_a_broken_configuration_at_the_value(string config, string path, string keyword)
    {
        var errors = Pipeline.Validate(config);

        Assert.Equal((path, keyword), errors.Select(e => (e.Path, e.Keyword)).Single());
    }

    [Fact]
    public void A_draft_04_schema_with_a_boolean_bound_is_refused_rather_than_read_as_a_later_draft()
    {
        var error = Assert.Throws<NotSupportedException>(() => SchemaCheck.Parse(
            """{"$schema":"http://json-schema.org/draft-04/schema#","properties":{"n":{"minimum":0,"exclusiveMinimum":true}}}"""));

        Assert.StartsWith("#/properties/n/exclusiveMinimum", error.Message, StringComparison.Ordinal);
    }
}
