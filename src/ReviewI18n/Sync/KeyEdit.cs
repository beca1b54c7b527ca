using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Sync;

/// <summary>
/// One key to set in one document's front matter: replaced in place when present, inserted where
/// <paramref name="KeyOrder"/> (the source document's key order) puts it when absent.
/// </summary>
public sealed record KeyEdit(string Key, SharedValue Value, IReadOnlyList<string> KeyOrder)
{
    /// <summary>The node written: the source's node, or a plain string for local and derived values.</summary>
    public YamlNode Node => Value.Node ?? new YamlScalarNode(Value.Display);
}
