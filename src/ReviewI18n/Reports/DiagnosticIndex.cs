using ReviewI18n.Diagnostics;

namespace ReviewI18n.Reports;

/// <summary>Findings grouped by the review and locale they belong to, so each pair finds its own in one look-up.</summary>
internal sealed class DiagnosticIndex
{
    private static readonly IReadOnlyList<Diagnostic> None = [];

    private readonly Dictionary<(string?, string?, string?), List<Diagnostic>> _byReview = [];

    public DiagnosticIndex(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var key = (d.Collection, d.Ref, d.Locale);
            if (!_byReview.TryGetValue(key, out var list)) _byReview[key] = list = [];
            list.Add(d);
        }
    }

    public IReadOnlyList<Diagnostic> Of(string collection, string reference, string locale) =>
        _byReview.TryGetValue((collection, reference, locale), out var list) ? list : None;
}
