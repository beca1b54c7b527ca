using ReviewI18n.Content;

namespace ReviewI18n.Sync;

/// <summary>
/// The last line of defence before a write: the edited text must parse, every edited key must
/// now mean the planned value, every other key must mean what it meant, keys keep their order,
/// and everything outside the front matter is unchanged.
/// </summary>
public static class EditVerifier
{
    public static string? Verify(ReviewDocument doc, string edited, IReadOnlyList<KeyEdit> edits)
    {
        var before = doc.FrontMatter!;
        var after = FrontMatterParser.Parse(edited, out var problem);
        if (after is null) return $"the edited front matter would not parse ({problem?.Message})";
        var original = doc.Text;
        if (!original.AsSpan(before.Block.BodyStart).SequenceEqual(edited.AsSpan(after.Block.BodyStart)))
        {
            return "the edit would change the body";
        }
        if (!original.AsSpan(0, before.Block.YamlStart).SequenceEqual(edited.AsSpan(0, after.Block.YamlStart)))
        {
            return "the edit would change the opening line";
        }
        var planned = edits.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var expectedKeys = before.Fields.Select(f => f.Key).ToList();
        var afterKeys = after.Fields.Select(f => f.Key).Where(k => !(planned.ContainsKey(k) && before[k] is null)).ToList();
        if (!expectedKeys.SequenceEqual(afterKeys, StringComparer.Ordinal)) return "the edit would change the keys or their order";
        if (after.Fields.Count != before.Fields.Count + edits.Count(e => before[e.Key] is null))
        {
            return "the edit would add or lose keys";
        }
        foreach (var field in after.Fields)
        {
            var meaning = SharedValue.From(field.Value);
            if (planned.TryGetValue(field.Key, out var value))
            {
                if (!meaning.SameAs(value)) return $"'{field.Key}' would read back as {meaning.Display}, not {value.Display}";
            }
            else if (!meaning.SameAs(SharedValue.From(before[field.Key]!.Value)))
            {
                return $"the edit would change '{field.Key}'";
            }
        }
        return null;
    }
}
