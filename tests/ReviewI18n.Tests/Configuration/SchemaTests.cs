using System.Reflection;
using System.Text.Json;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;

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
}
