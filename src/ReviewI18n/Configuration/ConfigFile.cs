using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace ReviewI18n.Configuration;

/// <summary>
/// Finds pipeline.json and checks its shape before the options binder sees it: malformed JSON
/// (with its line), unknown keys and values of the wrong kind are errors naming the key. The
/// binder alone would silently ignore a misspelt key.
/// </summary>
public static class ConfigFile
{
    public const string DefaultName = "pipeline.json";

    /// <summary><c>pipeline.json</c> in <paramref name="startFolder"/> or the nearest parent that has one.</summary>
    public static string? Find(string startFolder)
    {
        for (var dir = new DirectoryInfo(startFolder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static void CheckShape(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, $"cannot be read: {ex.Message}");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var reason = ex.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
            throw new ConfigurationException(path, $"malformed JSON: {reason}", line);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationException(path, "must hold a JSON object");
            }
            var problem = Walk(document.RootElement, typeof(PipelineOptions), "").FirstOrDefault();
            if (problem is not null) throw new ConfigurationException(path, problem);
        }
    }

    /// <remarks>Reads the options' properties by reflection: the native build roots this assembly, so none is trimmed away.</remarks>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The native build roots this assembly (TrimmerRootAssembly in ReviewI18n.Cli.csproj).")]
    private static IEnumerable<string> Walk(JsonElement element, Type type, string at)
    {
        if (type == typeof(string))
        {
            if (element.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) yield return $"{Key(at)}: expected a string";
            yield break;
        }
        if ((Nullable.GetUnderlyingType(type) ?? type) is var number && (number == typeof(decimal) || number == typeof(int) || number == typeof(double)))
        {
            if (element.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null)) yield return $"{Key(at)}: expected a number";
            yield break;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            if (element.ValueKind != JsonValueKind.Object) { yield return $"{Key(at)}: expected an object"; yield break; }
            var valueType = type.GetGenericArguments()[1];
            foreach (var p in element.EnumerateObject())
            {
                foreach (var e in Walk(p.Value, valueType, $"{at}.{p.Name}")) yield return e;
            }
            yield break;
        }
        if (typeof(IList).IsAssignableFrom(type))
        {
            if (element.ValueKind != JsonValueKind.Array) { yield return $"{Key(at)}: expected an array"; yield break; }
            var itemType = type.GetGenericArguments()[0];
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var e in Walk(item, itemType, $"{at}[{i}]")) yield return e;
                i++;
            }
            yield break;
        }
        if (element.ValueKind != JsonValueKind.Object) { yield return $"{Key(at)}: expected an object"; yield break; }
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in element.EnumerateObject())
        {
            var key = at.Length == 0 ? p.Name : $"{at}.{p.Name}";
            // The configuration binder would stop at a repeated key with an unexpected failure.
            if (!seen.Add(p.Name)) { yield return $"{key}: the key is given twice"; continue; }
            if (at.Length == 0 && p.Name == "$schema") continue;
            if (!properties.TryGetValue(p.Name, out var property))
            {
                yield return $"{key}: unknown key (known here: {string.Join(", ", properties.Keys)})";
                continue;
            }
            foreach (var e in Walk(p.Value, property.PropertyType, key)) yield return e;
        }
    }

    private static string Key(string at) => at.Length == 0 ? "(root)" : at;
}
