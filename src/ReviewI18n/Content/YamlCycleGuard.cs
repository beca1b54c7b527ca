using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Content;

/// <summary>
/// Finds an alias that refers to a node containing itself (<c>x: &amp;a [*a]</c>): YamlDotNet
/// builds a cycle from it, and every walk over the value (its end, its text, a comparison) would
/// never end. Iterative, and linear in the number of distinct nodes, so shared nodes (an alias
/// bomb) cost nothing.
/// </summary>
internal static class YamlCycleGuard
{
    /// <summary>The first node found inside itself, or null.</summary>
    public static YamlNode? FindCycle(YamlNode root)
    {
        var done = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var open = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(YamlNode Node, IEnumerator<YamlNode> Children)>();
        Push(root);
        while (stack.Count > 0)
        {
            var (node, children) = stack.Peek();
            if (!children.MoveNext())
            {
                stack.Pop();
                open.Remove(node);
                done.Add(node);
                continue;
            }
            var child = children.Current;
            if (open.Contains(child)) return child;
            if (!done.Contains(child)) Push(child);
        }
        return null;

        void Push(YamlNode node)
        {
            open.Add(node);
            stack.Push((node, ChildrenOf(node).GetEnumerator()));
        }
    }

    private static IEnumerable<YamlNode> ChildrenOf(YamlNode node) => node switch
    {
        YamlSequenceNode seq => seq.Children,
        YamlMappingNode map => map.Children.SelectMany(p => new[] { p.Key, p.Value }),
        _ => [],
    };
}
